#include "secretstore.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace profiles {

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

SecretResult SecretStore::wait(const std::function<void(Callback)> &start, int timeoutMs)
{
    // Shared with the callback, which may run after this function returned (a late answer).
    struct State {
        bool done = false;
        SecretResult result;
        QEventLoop *loop = nullptr;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    start([state](const SecretResult &result) {
        if (state->done) {
            return;
        }
        state->done = true;
        state->result = result;
        if (state->loop != nullptr) {
            state->loop->quit();
        }
    });
    if (!state->done) {
        QTimer timer;
        timer.setSingleShot(true);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    state->loop = nullptr;
    if (!state->done) {
        state->done = true;
        SecretResult timedOut;
        timedOut.status = SecretStatus::TimedOut;
        timedOut.storeName = name();
        return timedOut;
    }
    return state->result;
}

SecretResult SecretStore::readBlocking(const QString &key, int timeoutMs)
{
    return wait([this, &key](Callback done) { read(key, std::move(done)); }, timeoutMs);
}

SecretResult SecretStore::writeBlocking(const QString &key, const QString &secret, int timeoutMs)
{
    return wait([this, &key, &secret](Callback done) { write(key, secret, std::move(done)); },
                timeoutMs);
}

SecretResult SecretStore::removeBlocking(const QString &key, int timeoutMs)
{
    return wait([this, &key](Callback done) { remove(key, std::move(done)); }, timeoutMs);
}

} // namespace profiles
