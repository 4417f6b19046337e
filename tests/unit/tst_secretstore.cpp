// SPDX-License-Identifier: Apache-2.0
// The secret stores without a real keychain: the fake and the session store answer from the
// event loop, never to a caller whose context is gone, the blocking helpers time out, and every
// failure is said in words.
#include "fakesecretstore.h"
#include "profiles/memorysecretstore.h"
#include "profiles/profile.h"

#include <QTest>

#include <functional>
#include <memory>

using namespace profiles;

Q_DECLARE_METATYPE(profiles::SecretStatus)
Q_DECLARE_METATYPE(profiles::KeychainState)

namespace {

using Call = std::function<void(SecretStore &, const QObject *, SecretStore::Callback)>;

// The three asynchronous calls, for data-driven tests.
void addCalls()
{
    QTest::addColumn<Call>("call");
    QTest::newRow("read") << Call(
        [](SecretStore &store, const QObject *context, SecretStore::Callback done) {
            store.read(QStringLiteral("k"), context, std::move(done));
        });
    QTest::newRow("write") << Call(
        [](SecretStore &store, const QObject *context, SecretStore::Callback done) {
            store.write(QStringLiteral("k"), QStringLiteral("v"), context, std::move(done));
        });
    QTest::newRow("remove") << Call(
        [](SecretStore &store, const QObject *context, SecretStore::Callback done) {
            store.remove(QStringLiteral("k"), context, std::move(done));
        });
}

} // namespace

Q_DECLARE_METATYPE(Call)

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

    void answersComeFromTheEventLoop_data() { addCalls(); }
    void answersComeFromTheEventLoop()
    {
        QFETCH(Call, call);
        FakeSecretStore store;
        QObject context;
        int called = 0;
        call(store, &context, [&called](const SecretResult &) { ++called; });
        QCOMPARE(called, 0); // never from inside the call
        QTRY_COMPARE(called, 1);
        QCOMPARE(store.answers(), 1);
    }

    void lateAnswerToAGoneContextIsDropped_data() { addCalls(); }
    void lateAnswerToAGoneContextIsDropped()
    {
        // A dialog asks, the keychain takes its time, the dialog is closed and deleted; the
        // answer must not reach the callback, which would touch the deleted dialog.
        QFETCH(Call, call);
        FakeSecretStore store;
        store.setAnswerDelay(50);
        auto context = std::make_unique<QObject>();
        QObject survivor;
        bool goneCalled = false;
        bool survivorCalled = false;
        call(store, context.get(), [&goneCalled](const SecretResult &) { goneCalled = true; });
        call(store, &survivor, [&survivorCalled](const SecretResult &) { survivorCalled = true; });
        context.reset();
        QTRY_COMPARE(store.answers(), 2); // both answers were given...
        QVERIFY(!goneCalled);             // ...and the one for the deleted context dropped
        QVERIFY(survivorCalled);
    }

    void answerOnTheNextTurnToAGoneContextIsDropped()
    {
        // The session store answers on the next turn of the event loop: a context deleted before
        // then gets nothing either.
        MemorySecretStore session;
        auto context = std::make_unique<QObject>();
        QObject survivor;
        bool goneCalled = false;
        bool survivorCalled = false;
        session.write(QStringLiteral("k"), QStringLiteral("v"), context.get(),
                      [&goneCalled](const SecretResult &) { goneCalled = true; });
        session.read(QStringLiteral("k"), &survivor,
                     [&survivorCalled](const SecretResult &) { survivorCalled = true; });
        context.reset();
        QTRY_VERIFY(survivorCalled);
        QVERIFY(!goneCalled);
    }

    void noContextNoAnswer()
    {
        FakeSecretStore store;
        bool called = false;
        store.read(QStringLiteral("k"), nullptr,
                   [&called](const SecretResult &) { called = true; });
        QTRY_COMPARE(store.answers(), 1);
        QVERIFY(!called);
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

    void lateAnswerAfterABlockingTimeoutIsDropped()
    {
        FakeSecretStore store;
        store.setAnswerDelay(300);
        const SecretResult result =
            store.writeBlocking(QStringLiteral("k"), QStringLiteral("v"), 50);
        QCOMPARE(result.status, SecretStatus::TimedOut);
        // The answer comes after the call returned; it must not touch the call's gone state.
        QTRY_COMPARE(store.answers(), 1);
        QCOMPARE(store.readBlocking(QStringLiteral("k"), 5000).secret, QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
