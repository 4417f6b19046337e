// SPDX-License-Identifier: Apache-2.0
// The OS keychain behind SecretStore, through QtKeychain: the Secret Service (gnome-keyring,
// KWallet) on Linux, the Credential Manager on Windows. Never falls back to a plain-text file.
#pragma once

#include "secretstore.h"

namespace profiles {

class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QLatin1String(kKeychainService));

    QString name() const override;
    bool persistent() const override { return true; }

private:
    void readSecret(const QString &key, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, Callback done) override;
    void removeSecret(const QString &key, Callback done) override;

    QString m_service;
};

} // namespace profiles
