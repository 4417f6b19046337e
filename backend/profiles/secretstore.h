// SPDX-License-Identifier: Apache-2.0
// Where a profile's secrets (the CA key password) are kept: an interface with the OS keychain
// behind it (KeychainSecretStore), an in-memory store for "keep for this session"
// (MemorySecretStore) and, in tests/common, a scriptable fake (FakeSecretStore). A secret is
// never written in plain text: when the keychain is unavailable or locked, the caller is told so
// in words and chooses "ask me each time" or "keep for this session".
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace profiles {

enum class SecretStatus {
    Ok,          // done; for a read the secret is in SecretResult::secret
    NotFound,    // nothing is stored under that key
    Unavailable, // no keychain service answers (QtKeychain NoBackendAvailable, OtherError, ...)
    Denied,      // the keychain is locked or refused access (QtKeychain AccessDenied...)
    TimedOut,    // no answer in time; the keychain may be waiting for someone to unlock it
};

// What the keychain as a whole is like, for the GUI's wording and choices.
enum class KeychainState { Available, Unavailable, LockedOrDenied };

struct SecretResult {
    SecretStatus status = SecretStatus::Unavailable;
    QString secret;    // reads only
    QString detail;    // the backend's own error text, may be empty
    QString storeName; // "the system keychain", "memory (this session only)"

    bool ok() const { return status == SecretStatus::Ok; }
    KeychainState keychainState() const;
    // One or two sentences for the operator: what happened and what can be done.
    QString message() const;
};

// Service name of the keychain entries (ignored by the Windows Credential Manager, hence the
// application name in every key as well: see keyPasswordSecretKey()).
inline constexpr const char *kKeychainService = "CertSrvBackupManager";

class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    using Callback = std::function<void(const SecretResult &result)>;
    static constexpr int kDefaultTimeoutMs = 15000;

    virtual ~SecretStore();

    // For "stored in %1": "the system keychain", "memory (this session only)".
    virtual QString name() const = 0;
    // Whether secrets outlive this process (false for the session store).
    virtual bool persistent() const = 0;

    // Asynchronous: `done` is called once, from the event loop of the calling thread (never from
    // inside the call itself), and only while `context` lives. A keychain may answer long after
    // the dialog or window that asked is gone: that answer is dropped, so a callback can use the
    // context's members. `context` lives in the calling thread; a null context gets no answer.
    void read(const QString &key, const QObject *context, Callback done);
    void write(const QString &key, const QString &secret, const QObject *context, Callback done);
    void remove(const QString &key, const QObject *context, Callback done);

    // Blocking forms for the CLI and tests: a local event loop runs until the answer arrives or
    // `timeoutMs` passes (then TimedOut; a late answer is dropped).
    SecretResult readBlocking(const QString &key, int timeoutMs = kDefaultTimeoutMs);
    SecretResult writeBlocking(const QString &key, const QString &secret,
                               int timeoutMs = kDefaultTimeoutMs);
    SecretResult removeBlocking(const QString &key, int timeoutMs = kDefaultTimeoutMs);

protected:
    SecretStore() = default;

    // What a store implements: call `done` exactly once, from the event loop of the calling
    // thread. The context guard is added by read(), write() and remove().
    virtual void readSecret(const QString &key, Callback done) = 0;
    virtual void writeSecret(const QString &key, const QString &secret, Callback done) = 0;
    virtual void removeSecret(const QString &key, Callback done) = 0;

private:
    SecretResult wait(const std::function<void(const QObject *, Callback)> &start, int timeoutMs);
};

} // namespace profiles
