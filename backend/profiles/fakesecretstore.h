// A SecretStore for tests: behaves like the keychain (persistent, answers from the event loop)
// but holds its secrets in memory, and can be told to fail like an unavailable or locked
// keychain, or to never answer. Tests of the GUI and of profile runs use it instead of a real
// keychain.
#pragma once

#include "memorysecretstore.h"

namespace profiles {

class FakeSecretStore final : public MemorySecretStore {
public:
    FakeSecretStore() = default;

    // Ok: works normally. Unavailable / Denied: every call fails with that status and
    // `detail`. TimedOut: calls never answer.
    void setBehaviour(SecretStatus status, const QString &detail = QString());
    // Every key and secret stored, for assertions.
    QHash<QString, QString> contents() const { return m_secrets; }
    int calls() const { return m_calls; }

    QString name() const override;
    bool persistent() const override { return true; }
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    // True when the scripted behaviour answered (or swallowed) the call.
    bool scripted(const Callback &done);

    SecretStatus m_behaviour = SecretStatus::Ok;
    QString m_detail;
    int m_calls = 0;
};

} // namespace profiles
