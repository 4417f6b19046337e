// SPDX-License-Identifier: Apache-2.0
// The online check off the GUI thread: answers arrive, a newer question wins, and a checker that
// goes away (its window closed) while a server does not answer does not wait for it.
#include "ui/onlinechecker.h"

#include "fakecertadmstate.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <memory>

class TestOnlineChecker final : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const certadm::CertadmLibrary> m_library;
    FakeCertadmState *m_state = nullptr;

    int returned() const { return __atomic_load_n(&m_state->onlineReturns, __ATOMIC_SEQ_CST); }
    int entered() const { return __atomic_load_n(&m_state->onlineCalls, __ATOMIC_SEQ_CST); }

private Q_SLOTS:
    void initTestCase()
    {
        std::string error;
        m_library = certadm::CertadmLibrary::load(FAKECERTADM_PATH, error);
        QVERIFY2(m_library, error.c_str());
        m_state = fakeCertadmState(FAKECERTADM_PATH);
        QVERIFY(m_state != nullptr);
    }

    void init()
    {
        // No probe of an earlier test may still be in the library when the state is reset.
        QTRY_COMPARE_WITH_TIMEOUT(returned(), entered(), 10000);
        *m_state = FakeCertadmState();
    }

    void cleanupTestCase() { QTRY_COMPARE_WITH_TIMEOUT(returned(), entered(), 10000); }

    void answers()
    {
        ui::OnlineChecker checker(m_library);
        QSignalSpy spy(&checker, &ui::OnlineChecker::answered);
        checker.check(QStringLiteral("FAKE"));
        QVERIFY(checker.isChecking());
        QVERIFY(spy.wait(10000));
        const auto answer = spy.at(0).at(0).value<ui::OnlineAnswer>();
        QCOMPARE(answer.server, QStringLiteral("FAKE"));
        QCOMPARE(answer.state, ui::OnlineAnswer::State::Online);
        QVERIFY(!checker.isChecking());

        m_state->online = 0;
        checker.check(QStringLiteral("FAKE"));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.at(1).at(0).value<ui::OnlineAnswer>().state, ui::OnlineAnswer::State::Paused);
    }

    void theNewestQuestionWins()
    {
        m_state->onlineDelayMs = 200;
        ui::OnlineChecker checker(m_library);
        QSignalSpy spy(&checker, &ui::OnlineChecker::answered);
        checker.check(QStringLiteral("FIRST"));
        checker.check(QStringLiteral("SECOND"));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<ui::OnlineAnswer>().server, QStringLiteral("SECOND"));
        QCOMPARE(entered(), 2);
    }

    void goingAwayDoesNotWaitForTheServer()
    {
        // A server that does not answer for seconds, as an unreachable one behind an RPC timeout.
        m_state->onlineDelayMs = 3000;
        auto checker = std::make_unique<ui::OnlineChecker>(m_library);
        bool answered = false;
        connect(checker.get(), &ui::OnlineChecker::answered, this,
                [&answered] { answered = true; });
        checker->check(QStringLiteral("FAKE"));
        QTRY_COMPARE(entered(), 1); // the probe is inside the call
        QElapsedTimer timer;
        timer.start();
        checker.reset();
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(returned(), 0);
        // The probe ends on its own later; its answer reaches nobody.
        QTRY_COMPARE_WITH_TIMEOUT(returned(), 1, 10000);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!answered);
    }

    void unreachableInTheOperatorsLanguage()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/certsrv-backup_de.qm")));
        QCoreApplication::installTranslator(&german);
        const auto removeTranslator =
            qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
        // A known code: its meaning and what to do, both German.
        const ui::OnlineAnswer rpc =
            ui::OnlineChecker::describe(QStringLiteral("CA01"), {engine::OnlineState::Unreachable,
                                                                 static_cast<qint32>(0x800706BAu)});
        QVERIFY2(rpc.text.contains(QLatin1String("0x800706BA")), qPrintable(rpc.text));
        QVERIFY2(rpc.text.contains(QLatin1String("RPC-Server")), qPrintable(rpc.text));
        QVERIFY2(rpc.text.contains(QLatin1String("Zertifikatdienste")), qPrintable(rpc.text));
        QVERIFY2(!rpc.text.contains(QLatin1String("unavailable")), qPrintable(rpc.text));
        QVERIFY2(!rpc.text.contains(QLatin1String("Check that")), qPrintable(rpc.text));
        // A database engine code without its own text: the number inside a German sentence.
        const ui::OnlineAnswer jet =
            ui::OnlineChecker::describe(QStringLiteral("CA01"), {engine::OnlineState::Unreachable,
                                                                 static_cast<qint32>(0xC80003F2u)});
        QVERIFY2(jet.text.contains(QLatin1String("-1010")), qPrintable(jet.text));
        QVERIFY2(!jet.text.contains(QLatin1String("reported error")), qPrintable(jet.text));
        QVERIFY2(!jet.text.contains(QLatin1String("See the log")), qPrintable(jet.text));
    }
};

QTEST_GUILESS_MAIN(TestOnlineChecker)
#include "tst_onlinechecker.moc"
