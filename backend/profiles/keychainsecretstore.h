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
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_service;
};

} // namespace profiles
