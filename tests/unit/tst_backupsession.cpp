// SPDX-License-Identifier: Apache-2.0
// The certadm loader and the RAII backup context, against a scripted certadm library: every
// Prepare gets its End and every Open its Close, on every path, and every list is freed.
#include "certadm/backupsession.h"
#include "certadm/certadmlibrary.h"
#include "fakecertadmstate.h"

#include <QTest>

using namespace certadm;

class TestBackupSession final : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<CertadmLibrary> m_library;
    FakeCertadmState *m_state = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        std::string error;
        m_library = CertadmLibrary::load(FAKECERTADM_PATH, error);
        QVERIFY2(m_library, error.c_str());
        m_state = fakeCertadmState(FAKECERTADM_PATH);
        QVERIFY(m_state != nullptr);
    }

    void init() { *m_state = FakeCertadmState(); }

    void missingSymbolIsNamed()
    {
        std::string error;
        QVERIFY(!CertadmLibrary::load(FAKECERTADM_NOEND_PATH, error));
        QVERIFY2(error.find("CertSrvBackupEnd") != std::string::npos, error.c_str());
    }

    void missingLibraryIsNamed()
    {
        std::string error;
        QVERIFY(!CertadmLibrary::load("/nonexistent/libcertadm.so", error));
        QVERIFY(error.find("/nonexistent/libcertadm.so") != std::string::npos);
    }

    void libraryPathPrecedence()
    {
        QCOMPARE(
            QString::fromStdString(resolveLibraryPath(std::string("/cli.so"), "/env.so", "/bin")),
            QStringLiteral("/cli.so"));
        QCOMPARE(QString::fromStdString(resolveLibraryPath(std::nullopt, "/env.so", "/bin")),
                 QStringLiteral("/env.so"));
#if defined(_WIN32)
        // Windows: the system's own certadm.dll, found by the loader's search order.
        const QString platformDefault = QStringLiteral("certadm.dll");
#else
        const QString platformDefault = QStringLiteral("/bin/libcertadm-sim.so");
#endif
        QCOMPARE(QString::fromStdString(resolveLibraryPath(std::nullopt, "", "/bin")),
                 platformDefault);
        QCOMPARE(QString::fromStdString(resolveLibraryPath(std::string(), nullptr, "/bin")),
                 platformDefault);
    }

    void failedPrepareNeedsNoEnd()
    {
        m_state->prepareHr = static_cast<HRESULT>(0x80070005u);
        try {
            BackupSession session(m_library, u"FAKE", BackupType::Full);
            QFAIL("Prepare should have thrown");
        } catch (const CertadmError &error) {
            QCOMPARE(error.hr(), static_cast<HRESULT>(0x80070005u));
            QCOMPARE(QString::fromStdString(error.call()), QStringLiteral("CertSrvBackupPrepareW"));
        }
        QCOMPARE(m_state->prepares, 1);
        QCOMPARE(m_state->ends, 0);
    }

    void endOnException()
    {
        m_state->openHr = static_cast<HRESULT>(0x80070002u);
        try {
            BackupSession session(m_library, u"FAKE", BackupType::Full);
            session.openFile(u"whatever", 0);
            QFAIL("Open should have thrown");
        } catch (const CertadmError &error) {
            QCOMPARE(error.hr(), static_cast<HRESULT>(0x80070002u));
        }
        QCOMPARE(m_state->ends, 1);
        QCOMPARE(m_state->contextsOpen, 0);
    }

    void closeThenEndWhenAReadFails()
    {
        m_state->readFailAfter = 1000;
        m_state->readHr = static_cast<HRESULT>(0x8007001Eu);
        try {
            BackupSession session(m_library, u"FAKE", BackupType::Full);
            const auto names = session.databaseNames();
            QCOMPARE(names.size(), std::size_t(1));
            BackupFile file = session.openFile(names[0].name, 0);
            QCOMPARE(file.size(), m_state->databaseSize);
            char buffer[4096];
            for (;;) {
                file.read(buffer, sizeof buffer);
            }
        } catch (const CertadmError &error) {
            QCOMPARE(error.hr(), static_cast<HRESULT>(0x8007001Eu));
        }
        QCOMPARE(m_state->opens, 1);
        QCOMPARE(m_state->closes, 1);
        QCOMPARE(m_state->ends, 1);
        QCOMPARE(m_state->listsAllocated, m_state->listsFreed);
    }

    void explicitCloseAndEnd()
    {
        {
            BackupSession session(m_library, u"FAKE", BackupType::Full);
            const auto logs = session.backupLogs();
            QCOMPARE(logs.size(), std::size_t(3));
            BackupFile file = session.openFile(logs[0].name, 0);
            QVERIFY_THROWS_EXCEPTION(std::logic_error, session.truncateLogs());
            QVERIFY_THROWS_EXCEPTION(std::logic_error, session.openFile(logs[1].name, 0));
            file.close();
            session.truncateLogs();
            QCOMPARE(session.end(), 0);
            QVERIFY(session.ended());
        }
        QCOMPARE(m_state->closes, 1);
        QCOMPARE(m_state->ends, 1); // not a second time from the destructor
        QCOMPARE(m_state->truncates, 1);
    }

    void locationsKeepRawBytes()
    {
        BackupSession session(m_library, u"FAKE", BackupType::Full);
        const BackupSession::Locations locations = session.databaseLocations();
        QCOMPARE(locations.entries.size(), std::size_t(3));
        QCOMPARE(locations.entries[0].type, FileType::Database);
        // Three entries, their NULs and the final NUL, as UTF-16 bytes.
        std::size_t units = 1;
        for (const ListEntry &entry : locations.entries) {
            units += entry.name.size() + 2;
        }
        QCOMPARE(locations.rawBytes.size(), units * 2);
        const auto dynamic = session.dynamicFileList();
        QCOMPARE(dynamic.size(), std::size_t(1));
        QCOMPARE(m_state->listsAllocated, 2);
        QCOMPARE(m_state->listsFreed, 2);
    }

    void online()
    {
        QVERIFY(isServerOnline(*m_library, u"FAKE").online);
        m_state->online = 0;
        const ServerOnline paused = isServerOnline(*m_library, u"FAKE");
        QCOMPARE(paused.hr, 0);
        QVERIFY(!paused.online);
        m_state->onlineHr = static_cast<HRESULT>(0x800706BAu);
        QVERIFY(!isServerOnline(*m_library, u"FAKE").online);
    }
};

QTEST_APPLESS_MAIN(TestBackupSession)
#include "tst_backupsession.moc"
