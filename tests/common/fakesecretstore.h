// SPDX-License-Identifier: Apache-2.0
// A SecretStore for tests: behaves like the keychain (persistent, answers from the event loop)
// but holds its secrets in memory, and can be told to fail like an unavailable or locked
// keychain, to answer late, or to never answer. Tests of the GUI and of profile runs use it
// instead of a real keychain.
#pragma once

#include "profiles/memorysecretstore.h"

#include <memory>

namespace profiles {

class FakeSecretStore final : public MemorySecretStore {
public:
    FakeSecretStore() = default;

    // Ok: works normally. Unavailable / Denied: every call fails with that status and
    // `detail`. TimedOut: calls never answer.
    void setBehaviour(SecretStatus status, const QString &detail = QString());
    // Every answer comes `milliseconds` later than it would (a keychain behind a slow bus or an
    // unlock prompt); 0 answers on the next turn of the event loop.
    void setAnswerDelay(int milliseconds) { m_answerDelayMs = milliseconds; }
    // Every key and secret stored, for assertions.
    QHash<QString, QString> contents() const { return m_secrets; }
    int calls() const { return m_calls; }
    // Answers the store has given, whether or not the caller's context still lived to get them.
    int answers() const { return m_answers; }

    QString name() const override;
    bool persistent() const override { return true; }

private:
    void readSecret(const QString &key, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, Callback done) override;
    void removeSecret(const QString &key, Callback done) override;

    // `done`, counted and delayed as set.
    Callback answering(Callback done);
    // True when the scripted behaviour answered (or swallowed) the call.
    bool scripted(const Callback &done);

    SecretStatus m_behaviour = SecretStatus::Ok;
    QString m_detail;
    int m_answerDelayMs = 0;
    int m_calls = 0;
    int m_answers = 0;
    std::shared_ptr<const bool> m_alive = std::make_shared<const bool>(true);
};

} // namespace profiles
