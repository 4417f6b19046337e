// SPDX-License-Identifier: Apache-2.0
// The rule for a new CA key password: it protects the CA's private key in every set taken with
// it, so whoever holds a set and its password can sign as the CA. Checked where a password is
// chosen (the backup wizard, the profile editor), never where an existing one is typed.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace engine {

class KeyPassword {
    Q_DECLARE_TR_FUNCTIONS(KeyPassword)
public:
    static constexpr int kMinimumLength = 12;
    static constexpr int kMinimumDistinct = 5;

    // Why `password` is too weak to protect a CA key, in one sentence; empty when it is not.
    static QString weakness(const QString &password);
    // What a good key password is, for the operator who chose a weak one.
    static QString advice();
};

} // namespace engine
