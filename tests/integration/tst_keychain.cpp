// SPDX-License-Identifier: Apache-2.0
// KeychainSecretStore against a real gnome-keyring (run by with-test-keyring.sh inside its own
// D-Bus session, unlocked first), and against no keychain at all: secrets round-trip under the
// application-prefixed key, and an unavailable keychain is said in words with nothing written
// anywhere in plain text. CERTSRV_TEST_KEYCHAIN (set by ctest) says which case this run is.
#include "profiles/keychainsecretstore.h"
#include "profiles/profile.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace profiles;

namespace {

// A marker no keyring format would contain by chance, to search the disk for.
const QString kSecret = QStringLiteral("plain-text-marker-5f1c8e ü");

// Every file under `folder` whose bytes contain the secret as plain UTF-8.
QStringList filesHoldingTheSecret(const QString &folder)
{
    QStringList found;
    const QByteArray needle = kSecret.toUtf8();
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() < 64 << 20 && file.open(QIODevice::ReadOnly) &&
            file.readAll().contains(needle)) {
            found.append(file.fileName());
        }
    }
    return found;
}

} // namespace

class TestKeychain final : public QObject {
    Q_OBJECT
private:
    static bool runningAs(const char *mode)
    {
        return qEnvironmentVariable("CERTSRV_TEST_KEYCHAIN") == QLatin1String(mode);
    }

private Q_SLOTS:
    void realKeychain()
    {
        if (!runningAs("real")) {
            QSKIP("run through ctest (with-test-keyring.sh sets CERTSRV_TEST_KEYCHAIN=real)");
        }
        KeychainSecretStore keychain;
        QVERIFY(keychain.persistent());
        const QString key = keyPasswordSecretKey(QStringLiteral("Integration Test"));
        const QString otherKey = keyPasswordSecretKey(QStringLiteral("Other Profile"));
        QVERIFY(keychain.removeBlocking(key).ok()); // a clean start; absent is fine

        SecretResult read = keychain.readBlocking(key);
        QCOMPARE(read.status, SecretStatus::NotFound);
        QCOMPARE(read.keychainState(), KeychainState::Available);

        const SecretResult written = keychain.writeBlocking(key, kSecret);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QVERIFY(keychain.writeBlocking(otherKey, QStringLiteral("other")).ok());
        read = keychain.readBlocking(key);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QCOMPARE(read.secret, kSecret);
        QCOMPARE(keychain.readBlocking(otherKey).secret, QStringLiteral("other"));

        // Stored under the application-prefixed key, visible to other Secret Service clients.
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty()) {
            QProcess tool;
            tool.start(QStringLiteral("secret-tool"),
                       {QStringLiteral("lookup"), QStringLiteral("user"), key,
                        QStringLiteral("server"), QLatin1String(kKeychainService)});
            QVERIFY(tool.waitForFinished(20000));
            QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()), kSecret);
        }

        QVERIFY(keychain.writeBlocking(key, QStringLiteral("second")).ok());
        QCOMPARE(keychain.readBlocking(key).secret, QStringLiteral("second"));
        QVERIFY(keychain.writeBlocking(key, kSecret).ok());

        // The keyring file on disk is encrypted: the secret is nowhere in plain text.
#if defined(_WIN32)
        // Windows: the Credential Manager keeps it; nothing in the application's own files
        // (%LOCALAPPDATA%, where the profiles live).
        QCOMPARE(filesHoldingTheSecret(
                     QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)),
                 QStringList());
#else
        QCOMPARE(filesHoldingTheSecret(QDir::homePath()), QStringList());
#endif

        QVERIFY(keychain.removeBlocking(key).ok());
        QCOMPARE(keychain.readBlocking(key).status, SecretStatus::NotFound);
        QVERIFY(keychain.removeBlocking(key).ok());
        QCOMPARE(keychain.readBlocking(otherKey).secret, QStringLiteral("other"));
        QVERIFY(keychain.removeBlocking(otherKey).ok());
    }

    void unavailable()
    {
        if (!runningAs("none")) {
            QSKIP("run through ctest (CERTSRV_TEST_KEYCHAIN=none, with no D-Bus session)");
        }
        KeychainSecretStore keychain;
        const QString key = keyPasswordSecretKey(QStringLiteral("Integration Test"));
        for (const SecretResult &result :
             {keychain.writeBlocking(key, kSecret), keychain.readBlocking(key)}) {
            QCOMPARE(result.status, SecretStatus::Unavailable);
            QCOMPARE(result.keychainState(), KeychainState::Unavailable);
            QVERIFY2(result.message().contains(QStringLiteral("not available")),
                     qPrintable(result.message()));
            QVERIFY(result.message().contains(QStringLiteral("plain text")));
        }
        // No fallback file anywhere in this test's HOME.
        QCOMPARE(filesHoldingTheSecret(QDir::homePath()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
