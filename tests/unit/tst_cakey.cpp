// SPDX-License-Identifier: Apache-2.0
// The CA key backup: <CA name>.p12 exported from a (simulated) local CA with AES-256 and a
// SHA-256 MAC, written into the set before the database, and verified with its password
// against the CA the set came from. A key that cannot be exported stops the job before the
// database is copied.
#include "engine/backuprunner.h"
#include "engine/cakeyfile.h"
#include "platform/cakeysource.h"
#include "engine/catalog.h"
#include "certadm/certadmlibrary.h"
#include "fakecertadmstate.h"
#include "engine/setverifier.h"
#include "engine/sha256.h"
#include "testkeypair.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace engine;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCaKey final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    TestKeyPair m_pair{QStringLiteral("Fake CA")};
    std::shared_ptr<const certadm::CertadmLibrary> m_library;
    FakeCertadmState *m_state = nullptr;
    std::unique_ptr<QTemporaryDir> m_dest;

    QString caFolder() const { return m_home.filePath(QStringLiteral("servers/FAKE/ca")); }

    // Runs one backup into *result; false (and the test fails) when it does not finish in time.
    [[nodiscard]] bool runBackup(BackupResult *result, const QString &password,
                                 bool verifyAfter = false)
    {
        BackupRequest request;
        request.server = QStringLiteral("FAKE");
        request.type = SetType::Full;
        request.destination = m_dest->path();
        request.library = m_library;
        request.bufferSize = 64 * 1024;
        request.includeKey = true;
        request.keyPassword = password;
        request.verifyAfter = verifyAfter;
        BackupRunner runner;
        QSignalSpy finished(&runner, &BackupRunner::finished);
        if (!runner.start(request)) {
            qWarning("the runner did not start the backup");
            return false;
        }
        if (!finished.wait(30000)) {
            qWarning("the backup did not finish within 30 s");
            return false;
        }
        *result = finished.at(0).at(0).value<BackupResult>();
        return true;
    }

    void rewriteManifestEntry(const QString &set, const QString &path, const QByteArray &bytes)
    {
        Manifest m;
        QString error;
        QVERIFY(Manifest::fromBytes(readFile(set + QStringLiteral("/manifest.json")), &m, &error));
        Sha256 hash;
        hash.update(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        for (ManifestFile &file : m.files) {
            if (file.path == path) {
                file.size = bytes.size();
                file.sha256 = hash.finishHex();
            }
        }
        writeFile(set + QLatin1Char('/') + path, bytes);
        writeFile(set + QStringLiteral("/manifest.json"), m.toBytes());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("CERTSRV_SIM_HOME", QFile::encodeName(m_home.path()));
        QVERIFY(m_pair.isValid());
        registerEngineMetaTypes();
        std::string error;
        m_library = certadm::CertadmLibrary::load(FAKECERTADM_PATH, error);
        QVERIFY2(m_library, error.c_str());
        m_state = fakeCertadmState(FAKECERTADM_PATH);
        QVERIFY(m_state != nullptr);
    }

    void init()
    {
        *m_state = FakeCertadmState();
        m_dest = std::make_unique<QTemporaryDir>();
        QVERIFY(m_pair.install(m_home.filePath(QStringLiteral("servers/FAKE"))));
    }

    void exportIsAes256AndOpensWithItsPassword()
    {
        QVERIFY(platform::CaKeySource::isLocal(QStringLiteral("fake"))); // case-insensitive
        // CPU time as well as wall time: a busy build machine stretches the latter.
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const platform::CaKeyExport exported = platform::CaKeySource::exportPkcs12(
            QStringLiteral("FAKE"), QStringLiteral("Fake CA"), QStringLiteral("pässword 1"));
        const qint64 exportMs = timer.elapsed();
        const double exportCpuMs =
            1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        QVERIFY2(exported.ok, qPrintable(exported.error));
        qInfo("PKCS#12 export: %lld ms wall, %.0f ms CPU, %lld bytes", exportMs, exportCpuMs,
              static_cast<long long>(exported.pkcs12.size()));
#if !defined(__SANITIZE_ADDRESS__)
        // (AddressSanitizer intercepts every memcpy of the key derivation and is far slower.)
        QVERIFY2(exportCpuMs < 1000, "the export must stay well under a second");
#endif
        QCOMPARE(exported.certificateSha256.size(), 64);

        timer.restart();
        const CaKeyInspection inspection =
            CaKeyFile::inspect(exported.pkcs12, QStringLiteral("pässword 1"));
        qInfo("PKCS#12 open and check: %lld ms", timer.elapsed());
        QVERIFY2(inspection.opened, qPrintable(inspection.error));
        QVERIFY(inspection.hasKey);
        QVERIFY(inspection.keyMatchesCertificate);
        QCOMPARE(inspection.keyCertificateCommonName, QStringLiteral("Fake CA"));
        QCOMPARE(inspection.keyCertificateSha256, exported.certificateSha256);
        qInfo("protection: %s", qPrintable(inspection.encryption));
        // Key and certificates with AES-256 under PBKDF2/HMAC-SHA256, a SHA-256 MAC; no RC2 or
        // 3DES anywhere.
        QVERIFY(inspection.encryption.contains(
            QStringLiteral("certificates: AES-256-CBC (PBKDF2 hmacWithSHA256")));
        QVERIFY(inspection.encryption.contains(
            QStringLiteral("key: AES-256-CBC (PBKDF2 hmacWithSHA256")));
        QVERIFY(inspection.encryption.contains(QStringLiteral("MAC: SHA256")));
        QVERIFY(!inspection.encryption.contains(QStringLiteral("RC2")));
        QVERIFY(!inspection.encryption.contains(QStringLiteral("3-Key")));
        // Iterations well above the old 2048 default, everywhere.
        const QRegularExpression iterations(QStringLiteral("(\\d+) iterations"));
        auto it = iterations.globalMatch(inspection.encryption);
        int seen = 0;
        while (it.hasNext()) {
            QVERIFY(it.next().captured(1).toInt() >= 100000);
            ++seen;
        }
        QCOMPARE(seen, 3);

        const CaKeyInspection wrong = CaKeyFile::inspect(exported.pkcs12, QStringLiteral("x"));
        QVERIFY(!wrong.opened);
        QVERIFY(wrong.error.contains(QStringLiteral("password")));
        QVERIFY(!CaKeyFile::inspect("not pkcs12", QStringLiteral("x")).opened);
    }

    void exportRefusals()
    {
        QString why;
        QVERIFY(!platform::CaKeySource::isLocal(QStringLiteral("FARAWAY"), &why));
        QVERIFY(why.contains(QStringLiteral("on the CA itself")));
        platform::CaKeyExport e = platform::CaKeySource::exportPkcs12(
            QStringLiteral("FARAWAY"), QStringLiteral("Fake CA"), QStringLiteral("pw"));
        QVERIFY(!e.ok);
        QVERIFY(!e.action.isEmpty());

        e = platform::CaKeySource::exportPkcs12(QStringLiteral("FAKE"), QStringLiteral("Fake CA"),
                                                QString());
        QVERIFY(!e.ok);
        QVERIFY(e.error.contains(QStringLiteral("No password")));

        e = platform::CaKeySource::exportPkcs12(QStringLiteral("FAKE"),
                                                QStringLiteral("Another CA"), QStringLiteral("pw"));
        QVERIFY(!e.ok);
        QVERIFY2(e.error.contains(QStringLiteral("issued to \"Fake CA\"")), qPrintable(e.error));

        const TestKeyPair other(QStringLiteral("Fake CA"));
        writeFile(caFolder() + QStringLiteral("/ca-key.pem"), other.keyPem());
        e = platform::CaKeySource::exportPkcs12(QStringLiteral("FAKE"), QStringLiteral("Fake CA"),
                                                QStringLiteral("pw"));
        QVERIFY(!e.ok);
        QVERIFY(e.error.contains(QStringLiteral("does not belong")));

        QFile::remove(caFolder() + QStringLiteral("/ca-key.pem"));
        e = platform::CaKeySource::exportPkcs12(QStringLiteral("FAKE"), QStringLiteral("Fake CA"),
                                                QStringLiteral("pw"));
        QVERIFY(!e.ok);
        QVERIFY(e.error.contains(QStringLiteral("cannot be read")));
    }

    void backupWritesAndVerifiesTheKey()
    {
        BackupResult result;
        QVERIFY(runBackup(&result, QStringLiteral("set password"), true));
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QCOMPARE(result.caKeyFile, QStringLiteral("Fake CA.p12"));
        QVERIFY(result.verified);
        QVERIFY(result.verifySummary.contains(QStringLiteral("CA key opened")));
        const QString p12 = result.setPath + QStringLiteral("/Fake CA.p12");
        QVERIFY(QFileInfo::exists(p12));
        QCOMPARE(result.files, 6); // the key, certbkxp.dat, the database, three logs

        VerifyReport report =
            SetVerifier::verify(result.setPath, {}, nullptr, QStringLiteral("set password"));
        QVERIFY2(report.ok, qPrintable(report.summary() + report.problems.join(';')));
        QCOMPARE(report.caKey, CaKeyState::Verified);
        QCOMPARE(report.caKeyFile, QStringLiteral("Fake CA.p12"));
        bool listed = false;
        for (const ManifestFile &file : report.manifest.files) {
            if (file.path == QLatin1String("Fake CA.p12")) {
                listed = file.kind == QLatin1String("ca-key") && file.sha256.size() == 64;
            }
        }
        QVERIFY(listed);
        QCOMPARE(report.manifest.caCertificateSha256.size(), 64);

        // Without a password: present and listed, not opened, still a good set.
        report = SetVerifier::verify(result.setPath);
        QVERIFY(report.ok);
        QCOMPARE(report.caKey, CaKeyState::NotChecked);
        QVERIFY(report.summary().contains(QStringLiteral("not opened")));

        report = SetVerifier::verify(result.setPath, {}, nullptr, QStringLiteral("wrong"));
        QVERIFY(!report.ok);
        QCOMPARE(report.caKey, CaKeyState::Failed);
        QVERIFY(report.caKeyDetail.contains(QStringLiteral("password")));

        // Another CA's key under the right name, with a manifest that matches its bytes.
        const TestKeyPair other(QStringLiteral("Other CA"));
        rewriteManifestEntry(result.setPath, QStringLiteral("Fake CA.p12"),
                             other.pkcs12("set password"));
        report = SetVerifier::verify(result.setPath, {}, nullptr, QStringLiteral("set password"));
        QVERIFY(!report.ok);
        QVERIFY2(report.caKeyDetail.contains(QStringLiteral("\"Other CA\"")),
                 qPrintable(report.caKeyDetail));

        // The right CA name but not the certificate recorded at backup time.
        const TestKeyPair renewed(QStringLiteral("Fake CA"));
        rewriteManifestEntry(result.setPath, QStringLiteral("Fake CA.p12"),
                             renewed.pkcs12("set password"));
        report = SetVerifier::verify(result.setPath, {}, nullptr, QStringLiteral("set password"));
        QVERIFY(!report.ok);
        QVERIFY(report.caKeyDetail.contains(QStringLiteral("recorded at backup time")));

        // Changed bytes: reported as changed, and the key as unusable.
        QFile file(p12);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(40);
        file.write("XX");
        file.close();
        report = SetVerifier::verify(result.setPath, {}, nullptr, QStringLiteral("set password"));
        QVERIFY(!report.ok);
        QCOMPARE(report.caKey, CaKeyState::Failed);
        QCOMPARE(report.changed.size(), 1);
    }

    void noKeyNoSetAndNoDatabaseCopy()
    {
        QFile::remove(caFolder() + QStringLiteral("/ca-key.pem"));
        BackupResult result;
        QVERIFY(runBackup(&result, QStringLiteral("pw")));
        QCOMPARE(result.outcome, BackupResult::Outcome::Failed);
        QCOMPARE(result.failedCall, QStringLiteral("export CA key"));
        QVERIFY(result.message.contains(QStringLiteral("no set was written")));
        QVERIFY(!result.action.isEmpty());
        QCOMPARE(m_state->prepares, 1);
        QCOMPARE(m_state->opens, 0); // failed before the database was opened
        QCOMPARE(m_state->ends, 1);
        QCOMPARE(m_state->truncates, 0);
        QCOMPARE(m_state->contextsOpen, 0);
        QCOMPARE(Catalog::scan(m_dest->path()).sets.size(), 0);
        QCOMPARE(Catalog::scan(m_dest->path()).incomplete.size(), 0);
    }

    void remoteServerOrNoPasswordFailsBeforePrepare()
    {
        QVERIFY(QDir(m_home.filePath(QStringLiteral("servers/FAKE")))
                    .rename(m_home.filePath(QStringLiteral("servers/FAKE")),
                            m_home.filePath(QStringLiteral("servers/ELSEWHERE"))));
        BackupResult result;
        QVERIFY(runBackup(&result, QStringLiteral("pw")));
        QVERIFY(QDir().rename(m_home.filePath(QStringLiteral("servers/ELSEWHERE")),
                              m_home.filePath(QStringLiteral("servers/FAKE"))));
        QCOMPARE(result.outcome, BackupResult::Outcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("on the CA itself")),
                 qPrintable(result.message));
        QCOMPARE(m_state->prepares, 0);

        QVERIFY(runBackup(&result, QString()));
        QCOMPARE(result.outcome, BackupResult::Outcome::Failed);
        QVERIFY(result.message.contains(QStringLiteral("no password")));
        QCOMPARE(m_state->prepares, 0);
        QCOMPARE(Catalog::scan(m_dest->path()).sets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaKey)
#include "tst_cakey.moc"
