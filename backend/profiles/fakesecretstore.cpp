#include "fakesecretstore.h"

namespace profiles {

void FakeSecretStore::setBehaviour(SecretStatus status, const QString &detail)
{
    m_behaviour = status;
    m_detail = detail;
}

QString FakeSecretStore::name() const
{
    return tr("the test keychain");
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

void FakeSecretStore::read(const QString &key, Callback done)
{
    if (!scripted(done)) {
        MemorySecretStore::read(key, std::move(done));
    }
}

void FakeSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    if (!scripted(done)) {
        MemorySecretStore::write(key, secret, std::move(done));
    }
}

void FakeSecretStore::remove(const QString &key, Callback done)
{
    if (!scripted(done)) {
        MemorySecretStore::remove(key, std::move(done));
    }
}

} // namespace profiles
