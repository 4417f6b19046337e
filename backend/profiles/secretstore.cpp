// SPDX-License-Identifier: Apache-2.0
#include "secretstore.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace profiles {

namespace {

// `done`, called only while `context` lives.
SecretStore::Callback guarded(const QObject *context, SecretStore::Callback done)
{
    return [context = QPointer<const QObject>(context),
            done = std::move(done)](const SecretResult &result) {
        if (!context.isNull()) {
            done(result);
        }
    };
}

} // namespace

KeychainState SecretResult::keychainState() const
{
    switch (status) {
    case SecretStatus::Ok:
    case SecretStatus::NotFound:
        return KeychainState::Available;
    case SecretStatus::Denied:
        return KeychainState::LockedOrDenied;
    case SecretStatus::Unavailable:
    case SecretStatus::TimedOut:
        break;
    }
    return KeychainState::Unavailable;
}

QString SecretResult::message() const
{
    const QString where = storeName.isEmpty() ? SecretStore::tr("the system keychain") : storeName;
    const QString because =
        detail.isEmpty() ? QString() : SecretStore::tr(" (%1)").arg(detail.trimmed());
    switch (status) {
    case SecretStatus::Ok:
        return SecretStore::tr("Done: the password is kept in %1.").arg(where);
    case SecretStatus::NotFound:
        return SecretStore::tr("No password is stored in %1 for this profile.").arg(where);
    case SecretStatus::Unavailable:
        return SecretStore::tr("The password cannot be kept or read: %1 is not available%2. "
                               "Nothing was stored, as passwords are never written in plain "
                               "text. Start or unlock the keychain, or choose \"ask me each "
                               "time\" or \"keep for this session\".")
            .arg(where, because);
    case SecretStatus::Denied:
        return SecretStore::tr("The password cannot be kept or read: %1 is locked or refused "
                               "access%2. Unlock it and try again, or choose \"ask me each "
                               "time\" or \"keep for this session\".")
            .arg(where, because);
    case SecretStatus::TimedOut:
        return SecretStore::tr("The password cannot be kept or read: %1 did not answer in "
                               "time and may be waiting to be unlocked. Unlock it and try "
                               "again, or choose \"ask me each time\".")
            .arg(where);
    }
    return {};
}

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString &key, const QObject *context, Callback done)
{
    readSecret(key, guarded(context, std::move(done)));
}

void SecretStore::write(const QString &key, const QString &secret, const QObject *context,
                        Callback done)
{
    writeSecret(key, secret, guarded(context, std::move(done)));
}

void SecretStore::remove(const QString &key, const QObject *context, Callback done)
{
    removeSecret(key, guarded(context, std::move(done)));
}

SecretResult SecretStore::wait(const std::function<void(const QObject *, Callback)> &start,
                               int timeoutMs)
{
    // The loop is the context: an answer after the timeout, when this function has returned and
    // the loop is gone, is dropped.
    std::optional<SecretResult> answer;
    QEventLoop loop;
    start(&loop, [&answer, &loop](const SecretResult &result) {
        if (!answer) {
            answer = result;
            loop.quit();
        }
    });
    if (!answer) {
        QTimer timer;
        timer.setSingleShot(true);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    if (!answer) {
        SecretResult timedOut;
        timedOut.status = SecretStatus::TimedOut;
        timedOut.storeName = name();
        return timedOut;
    }
    return *answer;
}

SecretResult SecretStore::readBlocking(const QString &key, int timeoutMs)
{
    return wait([this, &key](const QObject *context,
                             Callback done) { read(key, context, std::move(done)); },
                timeoutMs);
}

SecretResult SecretStore::writeBlocking(const QString &key, const QString &secret, int timeoutMs)
{
    return wait(
        [this, &key, &secret](const QObject *context, Callback done) {
            write(key, secret, context, std::move(done));
        },
        timeoutMs);
}

SecretResult SecretStore::removeBlocking(const QString &key, int timeoutMs)
{
    return wait([this, &key](const QObject *context,
                             Callback done) { remove(key, context, std::move(done)); },
                timeoutMs);
}

} // namespace profiles
