// SPDX-License-Identifier: Apache-2.0
#include "errortext.h"

#include <QCoreApplication>

namespace engine {

ErrorText describeError(HRESULT hr)
{
    const certadm::HresultDescription d = certadm::describeHresult(hr);
    ErrorText text;
    text.code = QString::fromStdString(d.code);
    text.symbol = QString::fromStdString(d.symbol);
    text.category = d.category;
    text.known = d.known;
    if (d.meaningText.empty()) {
        text.meaning = QString::fromStdString(d.meaning); // in the system's language already
    } else {
        text.meaning = QCoreApplication::translate("certadm", d.meaningText.c_str());
        if (!d.meaningArgument.empty()) {
            text.meaning = text.meaning.arg(QString::fromStdString(d.meaningArgument));
        }
    }
    if (!d.action.empty()) {
        text.action = QCoreApplication::translate("certadm", d.action.c_str());
    }
    return text;
}

} // namespace engine
