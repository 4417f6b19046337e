// SPDX-License-Identifier: Apache-2.0
// The language of certsrv-backup-cli: the system locale's (LANGUAGE, LC_ALL, LANG), from the
// translations the desktop application uses, and Qt's own for the command-line parser's texts.
#pragma once

#include <QTranslator>

namespace cli {

class Translations {
public:
    Translations(); // installs them for the rest of the process
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // English and C-locale numbers from here on: a --json result reads the same in every
    // language, its engine messages included.
    static void useSourceTexts();

private:
    QTranslator m_qt;
    QTranslator m_app;
    bool m_qtInstalled = false;
    bool m_appInstalled = false;
};

} // namespace cli
