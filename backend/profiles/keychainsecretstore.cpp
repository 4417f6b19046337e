// SPDX-License-Identifier: Apache-2.0
#include "keychainsecretstore.h"

#include "profileslog.h"

#include <qt6keychain/keychain.h>

namespace profiles {
namespace {

SecretResult resultOf(const QKeychain::Job &job, const QString &storeName)
{
    SecretResult result;
    result.storeName = storeName;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStatus::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStatus::NotFound;
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStatus::Denied;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        result.status = SecretStatus::Unavailable;
        break;
    }
    result.detail = job.errorString();
    // The caller tells the operator what this means for the run; this keeps the store's words.
    qCInfo(lcProfiles).noquote() << storeName << "answered" << job.key() << "with error"
                                 << job.error() << result.detail;
    return result;
}

// Every job deletes itself once finished; plain-text fallback stays off on every job.
template <typename JobType> JobType *newJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

QString KeychainSecretStore::name() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::readSecret(const QString &key, Callback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    const QString store = name();
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, store, done = std::move(done)](QKeychain::Job *) {
                         SecretResult result = resultOf(*job, store);
                         if (result.ok()) {
                             result.secret = job->textData();
                         }
                         done(result);
                     });
    job->start();
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &secret, Callback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    const QString store = name();
    QObject::connect(
        job, &QKeychain::Job::finished, job,
        [job, store, done = std::move(done)](QKeychain::Job *) { done(resultOf(*job, store)); });
    job->start();
}

void KeychainSecretStore::removeSecret(const QString &key, Callback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    const QString store = name();
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, store, done = std::move(done)](QKeychain::Job *) {
                         SecretResult result = resultOf(*job, store);
                         // Removing what is not there leaves the wanted state.
                         if (result.status == SecretStatus::NotFound) {
                             result.status = SecretStatus::Ok;
                         }
                         done(result);
                     });
    job->start();
}

} // namespace profiles
