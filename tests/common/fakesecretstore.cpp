// SPDX-License-Identifier: Apache-2.0
#include "fakesecretstore.h"

#include <QTimer>

namespace profiles {

void FakeSecretStore::setBehaviour(SecretStatus status, const QString &detail)
{
    m_behaviour = status;
    m_detail = detail;
}

QString FakeSecretStore::name() const
{
    return QStringLiteral("the test keychain");
}

SecretStore::Callback FakeSecretStore::answering(Callback done)
{
    // A test's store may go before an answer it still owes (a dialog's last call): that answer
    // is dropped instead of counting on a store that is gone. The delay is read when the call is
    // made, while the store surely lives.
    const int delayMs = m_answerDelayMs;
    return [this, delayMs, alive = std::weak_ptr<const bool>(m_alive),
            done = std::move(done)](const SecretResult &result) {
        auto answer = [this, alive, done, result] {
            if (alive.expired()) {
                return;
            }
            ++m_answers;
            done(result);
        };
        if (delayMs > 0) {
            QTimer::singleShot(delayMs, answer);
        } else {
            answer();
        }
    };
}

bool FakeSecretStore::scripted(const Callback &done)
{
    ++m_calls;
    if (m_behaviour == SecretStatus::Ok || m_behaviour == SecretStatus::NotFound) {
        return false;
    }
    if (m_behaviour == SecretStatus::TimedOut) {
        return true; // never answers, like a keychain waiting behind an unlock prompt
    }
    SecretResult result;
    result.status = m_behaviour;
    result.detail = m_detail;
    result.storeName = name();
    answerLater(done, result);
    return true;
}

void FakeSecretStore::readSecret(const QString &key, Callback done)
{
    done = answering(std::move(done));
    if (!scripted(done)) {
        MemorySecretStore::readSecret(key, std::move(done));
    }
}

void FakeSecretStore::writeSecret(const QString &key, const QString &secret, Callback done)
{
    done = answering(std::move(done));
    if (!scripted(done)) {
        MemorySecretStore::writeSecret(key, secret, std::move(done));
    }
}

void FakeSecretStore::removeSecret(const QString &key, Callback done)
{
    done = answering(std::move(done));
    if (!scripted(done)) {
        MemorySecretStore::removeSecret(key, std::move(done));
    }
}

} // namespace profiles
