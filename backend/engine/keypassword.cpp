// SPDX-License-Identifier: Apache-2.0
#include "keypassword.h"

#include <QSet>

namespace engine {

QString KeyPassword::weakness(const QString &password)
{
    const QList<uint> characters = password.toUcs4();
    if (characters.size() < kMinimumLength) {
        return tr("The key password has %n character(s); a CA key needs at least %1.", nullptr,
                  static_cast<int>(characters.size()))
            .arg(kMinimumLength);
    }
    const QSet<uint> distinct(characters.cbegin(), characters.cend());
    if (distinct.size() < kMinimumDistinct) {
        return tr("The key password repeats too few different characters (%1; at least %2).")
            .arg(distinct.size())
            .arg(kMinimumDistinct);
    }
    return {};
}

QString KeyPassword::advice()
{
    return tr("It protects the CA's private key in every set: whoever has a set and its password "
              "can sign as the CA. A passphrase of several words is easy to type and hard to "
              "guess.");
}

} // namespace engine
