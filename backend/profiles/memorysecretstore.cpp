// SPDX-License-Identifier: Apache-2.0
#include "memorysecretstore.h"

#include <QTimer>

namespace profiles {

QString MemorySecretStore::name() const
{
    return tr("memory (this session only)");
}

void MemorySecretStore::answerLater(Callback done, const SecretResult &result)
{
    QTimer::singleShot(0, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::readSecret(const QString &key, Callback done)
{
    SecretResult result;
    result.storeName = name();
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        result.status = SecretStatus::NotFound;
    } else {
        result.status = SecretStatus::Ok;
        result.secret = it.value();
    }
    answerLater(std::move(done), result);
}

void MemorySecretStore::writeSecret(const QString &key, const QString &secret, Callback done)
{
    m_secrets.insert(key, secret);
    SecretResult result;
    result.status = SecretStatus::Ok;
    result.storeName = name();
    answerLater(std::move(done), result);
}

void MemorySecretStore::removeSecret(const QString &key, Callback done)
{
    m_secrets.remove(key);
    SecretResult result;
    result.status = SecretStatus::Ok;
    result.storeName = name();
    answerLater(std::move(done), result);
}

} // namespace profiles
