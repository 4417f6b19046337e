// SPDX-License-Identifier: Apache-2.0
// Secrets kept in this process's memory only: "keep for this session" when the keychain is
// unavailable or locked. Nothing is written anywhere; everything is gone when the program ends.
#pragma once

#include "secretstore.h"

#include <QHash>

namespace profiles {

class MemorySecretStore : public SecretStore {
public:
    MemorySecretStore() = default;

    QString name() const override;
    bool persistent() const override { return false; }

protected:
    void readSecret(const QString &key, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, Callback done) override;
    void removeSecret(const QString &key, Callback done) override;

    // Calls `done` from the event loop, as the keychain does, so that callers meet the same
    // ordering with every store.
    static void answerLater(Callback done, const SecretResult &result);

    QHash<QString, QString> m_secrets;
};

} // namespace profiles
