// The secret stores without a real keychain: the fake and the session store answer from the
// event loop, the blocking helpers time out, and every failure is said in words.
#include "fakesecretstore.h"
#include "memorysecretstore.h"
#include "profile.h"

#include <QTest>

using namespace profiles;

Q_DECLARE_METATYPE(profiles::SecretStatus)
Q_DECLARE_METATYPE(profiles::KeychainState)

class TestSecretStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fakeRoundTrip()
    {
        FakeSecretStore store;
        QVERIFY(store.persistent());
        const QString key = keyPasswordSecretKey(QStringLiteral("Root"));
        QCOMPARE(store.readBlocking(key).status, SecretStatus::NotFound);
        QVERIFY(store.writeBlocking(key, QStringLiteral("pw 1")).ok());
        SecretResult read = store.readBlocking(key);
        QVERIFY(read.ok());
        QCOMPARE(read.secret, QStringLiteral("pw 1"));
        QCOMPARE(read.keychainState(), KeychainState::Available);
        QVERIFY(store.writeBlocking(key, QStringLiteral("pw 2")).ok());
        QCOMPARE(store.readBlocking(key).secret, QStringLiteral("pw 2"));
        QCOMPARE(store.contents().value(key), QStringLiteral("pw 2"));
        QVERIFY(store.removeBlocking(key).ok());
        QCOMPARE(store.readBlocking(key).status, SecretStatus::NotFound);
        QVERIFY(store.removeBlocking(key).ok()); // removing twice is fine
    }

    void answersComeFromTheEventLoop()
    {
        FakeSecretStore store;
        bool called = false;
        store.read(QStringLiteral("k"), [&called](const SecretResult &) { called = true; });
        QVERIFY(!called); // never from inside the call
        QTRY_VERIFY(called);
    }

    void sessionStoreIsNotPersistent()
    {
        MemorySecretStore session;
        QVERIFY(!session.persistent());
        QVERIFY(session.writeBlocking(QStringLiteral("k"), QStringLiteral("v")).ok());
        const SecretResult read = session.readBlocking(QStringLiteral("k"));
        QCOMPARE(read.secret, QStringLiteral("v"));
        QVERIFY(read.message().contains(QStringLiteral("this session only")));
    }

    void failuresInWords_data()
    {
        QTest::addColumn<SecretStatus>("status");
        QTest::addColumn<KeychainState>("state");
        QTest::addColumn<QString>("words");
        QTest::newRow("unavailable")
            << SecretStatus::Unavailable << KeychainState::Unavailable
            << "not available (backend says no). Nothing was stored, as passwords are never "
               "written in plain text";
        QTest::newRow("locked") << SecretStatus::Denied << KeychainState::LockedOrDenied
                                << "locked or refused access";
    }

    void failuresInWords()
    {
        QFETCH(SecretStatus, status);
        QFETCH(KeychainState, state);
        QFETCH(QString, words);
        FakeSecretStore store;
        store.setBehaviour(status, QStringLiteral("backend says no"));
        for (const SecretResult &result :
             {store.readBlocking(QStringLiteral("k")),
              store.writeBlocking(QStringLiteral("k"), QStringLiteral("v")),
              store.removeBlocking(QStringLiteral("k"))}) {
            QCOMPARE(result.status, status);
            QCOMPARE(result.keychainState(), state);
            QVERIFY2(result.message().contains(words), qPrintable(result.message()));
            QVERIFY(result.message().contains(QStringLiteral("backend says no")));
            // The operator is offered the two ways on, and told nothing went to plain text.
            QVERIFY(result.message().contains(QStringLiteral("ask me each time")));
            QVERIFY(result.message().contains(QStringLiteral("keep for this session")));
        }
        QVERIFY(store.contents().isEmpty());
    }

    void blockingCallsTimeOut()
    {
        FakeSecretStore store;
        store.setBehaviour(SecretStatus::TimedOut);
        // The fake never answers: the blocking call must come back on its own, as TimedOut.
        const SecretResult result = store.readBlocking(QStringLiteral("k"), 200);
        QCOMPARE(result.status, SecretStatus::TimedOut);
        QCOMPARE(result.keychainState(), KeychainState::Unavailable);
        QVERIFY(result.message().contains(QStringLiteral("did not answer in time")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
