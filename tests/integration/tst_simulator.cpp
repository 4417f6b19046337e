// SPDX-License-Identifier: Apache-2.0
// Integration test of the simulated Certificate Services server: drives certsrv-sim with QProcess
// and calls libcertadm-sim directly, as the application does through its loader, against real
// daemons in a temporary home folder.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstring>
#include <string>
#include <unistd.h>

#include "client/certadmsim.h"

namespace {

constexpr HRESULT hresult(quint32 value)
{
    return static_cast<HRESULT>(value);
}

const HRESULT kOk = 0;
const HRESULT kNotImpl = hresult(0x80004001u);
const HRESULT kFileNotFound = hresult(0x80070002u);
const HRESULT kAccessDenied = hresult(0x80070005u);
const HRESULT kInvalidHandle = hresult(0x80070006u);
const HRESULT kNotReady = hresult(0x80070015u);
const HRESULT kReadFault = hresult(0x8007001Eu);
const HRESULT kSharingViolation = hresult(0x80070020u);
const HRESULT kInvalidArg = hresult(0x80070057u);
const HRESULT kServerUnavailable = hresult(0x800706BAu);
const HRESULT kCallFailed = hresult(0x800706BEu);
const HRESULT kBackupInProgress = hresult(0xC80001F9u);
const HRESULT kInvalidSequence = hresult(0xC8000209u);
const HRESULT kMissingFullBackup = hresult(0xC8000230u);
const HRESULT kRestoreLayout = hresult(0x8007010Bu);

constexpr DWORD KiB = 1024;
constexpr DWORD MiB = 1024 * 1024;

// HRESULTs compared as hex text, so a failure message shows 0x800706BA rather than -2147023174.
QString hex(HRESULT value)
{
    return QStringLiteral("0x%1")
        .arg(static_cast<quint32>(value), 8, 16, QLatin1Char('0'))
        .toUpper();
}

std::u16string w(const QString &text)
{
    return text.toStdU16String();
}

// Splits a list returned by the API. Checks the byte count is even and that the list ends with
// the entry terminator and the extra NUL, all within the byte count.
QStringList parseList(const WCHAR *list, DWORD bytes, bool *wellFormed)
{
    *wellFormed = list != nullptr && bytes % 2 == 0 && bytes >= 4;
    QStringList entries;
    if (!*wellFormed)
        return entries;
    const DWORD units = bytes / 2;
    *wellFormed = list[units - 1] == 0 && list[units - 2] == 0;
    DWORD start = 0;
    for (DWORD i = 0; i + 1 < units; ++i) {
        if (list[i] == 0) {
            if (i == start)
                break;
            entries << QString::fromUtf16(list + start, static_cast<qsizetype>(i - start));
            start = i + 1;
        }
    }
    return entries;
}

// In --leak-context mode the test binary is its own helper: a client that prepares a backup and
// exits without CertSrvBackupEnd, as a crashed backup tool would.
int leakContext(const char *server)
{
    HCSBC hbc = nullptr;
    const std::u16string name(server, server + std::strlen(server));
    const HRESULT result = CertSrvBackupPrepareW(name.c_str(), 0, CSBACKUP_TYPE_FULL, &hbc);
    std::printf("%08X\n", static_cast<unsigned>(result));
    std::fflush(stdout);
    ::_exit(result == 0 ? 0 : 1);
}

} // namespace

class TestSimulator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void unknownServer();
    void onlineAndPaused();
    void invalidFlags();
    void listSizes();
    void readHintRounding_data();
    void readHintRounding();
    void logsOnlyBeforeFull();
    void secondPrepareInProgress();
    void truncateWithFileOpen();
    void leakedContext();
    void fullBackupWhileIssuing();
    void faultAccessDenied();
    void faultShortReads();
    void faultReadError();
    void faultDropAfter();
    void faultStall();
    void serverControlShutdown();
    void restoreRegistrationGatesStart();

private:
    int sim(const QStringList &args, QByteArray *out = nullptr);
    QJsonObject status(const QString &server);
    QJsonObject check(const QString &setDir, int *exitCode);
    void setFaults(const QString &server, const QStringList &specs);
    QString daemonLog(const QString &server);

    // Reads the open file to its end into `path` (or nowhere); returns bytes read or -1.
    qint64 readOpenFile(HCSBC hbc, DWORD bufferSize, qint64 size, const QString &path, int pauseMs,
                        bool expectShortReads);
    // A whole FULL or LOGS_ONLY backup as the engine runs it, written to `setDir`.
    void runBackup(const QString &server, ULONG type, const QString &setDir, DWORD hint,
                   DWORD bufferSize, int pauseMs, bool expectShortReads);

    QTemporaryDir m_home;
    QString m_sets;
    QStringList m_started;
};

int TestSimulator::sim(const QStringList &args, QByteArray *out)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(CERTSRV_BIN_DIR "/certsrv-sim"), args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        qWarning() << "certsrv-sim" << args << "did not finish";
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    const QByteArray stdErr = process.readAllStandardError();
    if (!stdErr.isEmpty())
        qDebug().noquote() << "certsrv-sim" << args.join(QLatin1Char(' ')) << ":"
                           << stdErr.trimmed();
    if (out)
        *out = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QJsonObject TestSimulator::status(const QString &server)
{
    QByteArray out;
    if (sim({QStringLiteral("status"), server, QStringLiteral("--json")}, &out) != 0)
        return {};
    return QJsonDocument::fromJson(out).object();
}

QJsonObject TestSimulator::check(const QString &setDir, int *exitCode)
{
    QByteArray out;
    *exitCode = sim({QStringLiteral("check"), setDir, QStringLiteral("--json")}, &out);
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    if (!result.value(QStringLiteral("problems")).toArray().isEmpty())
        qDebug().noquote() << "check" << setDir << ":" << out.trimmed();
    return result;
}

void TestSimulator::setFaults(const QString &server, const QStringList &specs)
{
    QStringList args{QStringLiteral("fault"), server};
    args << (specs.isEmpty() ? QStringList{QStringLiteral("--clear")} : specs);
    QCOMPARE(sim(args), 0);
}

QString TestSimulator::daemonLog(const QString &server)
{
    QFile file(m_home.filePath(QStringLiteral("servers/%1/daemon.log").arg(server)));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestSimulator::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("CERTSRV_SIM_HOME", m_home.path().toLocal8Bit());
    qunsetenv("CERTSRV_SIM_UNELEVATED");
    m_sets = m_home.filePath(QStringLiteral("sets"));

    // SIMA: quiet (no issuance), for the API contract and faults. SIMC: issues 200/s while it is
    // backed up. SIMD: shut down through the API. STOPPED: exists but never runs.
    QCOMPARE(sim({"create", "SIMA", "--ca-name", "Sim A CA", "--db-size", "8MiB", "--certificates",
                  "1000", "--logs", "1"}),
             0);
    QCOMPARE(sim({"create", "SIMC", "--ca-name", "Contoso Issuing CA", "--db-size", "8MiB",
                  "--certificates", "500", "--logs", "2"}),
             0);
    QCOMPARE(sim({"create", "SIMD", "--ca-name", "Sim D CA", "--db-size", "1MiB"}), 0);
    QCOMPARE(sim({"create", "STOPPED", "--ca-name", "Stopped CA", "--db-size", "1MiB"}), 0);
    QCOMPARE(sim({"create", "sima", "--ca-name", "Duplicate"}), 1); // names are case-insensitive
    QCOMPARE(sim({"create", "TOOSMALL", "--ca-name", "X", "--db-size", "1MiB", "--logs", "2"}), 1);

    for (const char *name : {"SIMA", "SIMD"}) {
        QCOMPARE(sim({"start", name}), 0);
        m_started << QString::fromLatin1(name);
    }
    QCOMPARE(sim({"start", "SIMC", "--issue-rate", "200"}), 0);
    m_started << QStringLiteral("SIMC");
    QCOMPARE(sim({"start", "SIMA"}), 0); // already running: says so, exit 0

    QByteArray listing;
    QCOMPARE(sim({"list"}, &listing), 0);
    QVERIFY(listing.contains("SIMA\tSim A CA\trunning"));
    QVERIFY(listing.contains("STOPPED\tStopped CA\tstopped"));
}

void TestSimulator::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_started))
        sim({QStringLiteral("stop"), name});
    for (const QString &name : std::as_const(m_started))
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("servers/%1/daemon.reg").arg(name))));
}

void TestSimulator::unknownServer()
{
    BOOL online = 1;
    QCOMPARE(hex(CertSrvIsServerOnlineW(u"NOSUCHCA", &online)), hex(kServerUnavailable));
    QCOMPARE(online, 0);
    HCSBC hbc = reinterpret_cast<HCSBC>(1);
    QCOMPARE(hex(CertSrvBackupPrepareW(u"NOSUCHCA", 0, CSBACKUP_TYPE_FULL, &hbc)),
             hex(kServerUnavailable));
    QVERIFY(hbc == nullptr);
    QCOMPARE(hex(CertSrvBackupPrepareW(u"STOPPED", 0, CSBACKUP_TYPE_FULL, &hbc)),
             hex(kServerUnavailable));
    QCOMPARE(hex(CertSrvIsServerOnlineW(u"\\\\stopped.contoso.com", &online)),
             hex(kServerUnavailable));
    DWORD cb = 7;
    BYTE *pb = reinterpret_cast<BYTE *>(&cb);
    QCOMPARE(hex(CertSrvServerControlW(u"NOSUCHCA", CSCONTROL_SHUTDOWN, &cb, &pb)),
             hex(kServerUnavailable));
    QCOMPARE(hex(CertSrvBackupRead(reinterpret_cast<HCSBC>(&cb), &cb, 4, &cb)),
             hex(kInvalidHandle));
    CertSrvBackupFree(nullptr); // a no-op
}

void TestSimulator::onlineAndPaused()
{
    BOOL online = 0;
    for (const char16_t *name : {u"SIMA", u"sima", u"\\\\SIMA", u"sima.corp.contoso.com"}) {
        online = 0;
        QCOMPARE(hex(CertSrvIsServerOnlineW(name, &online)), hex(kOk));
        QCOMPARE(online, 1);
    }
    setFaults(QStringLiteral("SIMA"), {QStringLiteral("paused")});
    QCOMPARE(hex(CertSrvIsServerOnlineW(u"SIMA", &online)), hex(kOk));
    QCOMPARE(online, 0);
    QVERIFY(status(QStringLiteral("SIMA")).value(QStringLiteral("paused")).toBool());
    HCSBC hbc = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &hbc)), hex(kNotReady));
    QVERIFY(daemonLog(QStringLiteral("SIMA")).contains(QStringLiteral("paused (ERROR_NOT_READY)")));
    setFaults(QStringLiteral("SIMA"), {});
    QCOMPARE(hex(CertSrvIsServerOnlineW(u"SIMA", &online)), hex(kOk));
    QCOMPARE(online, 1);
}

void TestSimulator::invalidFlags()
{
    HCSBC hbc = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, 0, &hbc)), hex(kInvalidArg));
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_MASK, &hbc)), hex(kInvalidArg));
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, 4, &hbc)), hex(kInvalidArg));
    QVERIFY(hbc == nullptr);
}

void TestSimulator::listSizes()
{
    HCSBC hbc = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &hbc)), hex(kOk));
    QVERIFY(hbc != nullptr);
    bool wellFormed = false;

    WCHAR *list = nullptr;
    DWORD bytes = 0;
    QCOMPARE(hex(CertSrvRestoreGetDatabaseLocationsW(hbc, &list, &bytes)), hex(kOk));
    QStringList entries = parseList(list, bytes, &wellFormed);
    QVERIFY(wellFormed);
    const QString certLog = QStringLiteral("C:\\Windows\\system32\\CertLog");
    QCOMPARE(entries, QStringList({QChar(0x44) + certLog + QStringLiteral("\\Sim A CA.edb"),
                                   QChar(0x82) + certLog, QChar(0x83) + certLog}));
    qsizetype expected = 2;
    for (const QString &entry : std::as_const(entries))
        expected += (entry.size() + 1) * 2;
    QCOMPARE(qsizetype(bytes), expected);
    CertSrvBackupFree(list);

    QCOMPARE(hex(CertSrvBackupGetDatabaseNamesW(hbc, &list, &bytes)), hex(kOk));
    entries = parseList(list, bytes, &wellFormed);
    QVERIFY(wellFormed);
    const QString dbName = QStringLiteral("\\\\SIMA\\C$\\Windows\\system32\\CertLog\\Sim A CA.edb");
    QCOMPARE(entries, QStringList{QLatin1Char('D') + dbName});
    // One entry, its NUL and the list's extra NUL, in bytes.
    QCOMPARE(qsizetype(bytes), (1 + dbName.size() + 1 + 1) * 2);
    QCOMPARE(list[dbName.size() + 1], WCHAR(0));
    QCOMPARE(list[dbName.size() + 2], WCHAR(0));
    CertSrvBackupFree(list);

    QCOMPARE(hex(CertSrvBackupGetDynamicFileListW(hbc, &list, &bytes)), hex(kOk));
    entries = parseList(list, bytes, &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries[0].startsWith(QStringLiteral("\\\\SIMA\\C$\\")));
    QVERIFY(entries[0].endsWith(QStringLiteral("\\Sim A CA.crt")));
    QVERIFY(entries[1].endsWith(QStringLiteral("\\Sim A CA.crl")));
    CertSrvBackupFree(list);

    LARGE_INTEGER size{};
    QCOMPARE(hex(CertSrvBackupOpenFileW(hbc, w(entries[0]).c_str(), 0, &size)), hex(kFileNotFound));
    QCOMPARE(hex(CertSrvBackupOpenFileW(
                 hbc, u"\\\\SIMA\\C$\\Windows\\system32\\CertLog\\edb00001.log", 0, &size)),
             hex(kFileNotFound)); // not listed by this context
    QCOMPARE(hex(CertSrvBackupClose(hbc)), hex(kInvalidSequence));
    QCOMPARE(hex(CertSrvBackupOpenFileW(hbc, w(dbName).c_str(), 0, &size)), hex(kOk));
    QCOMPARE(size.QuadPart, qint64(8 * MiB));
    QCOMPARE(hex(CertSrvBackupOpenFileW(hbc, w(dbName).c_str(), 0, &size)), hex(kInvalidSequence));
    QCOMPARE(hex(CertSrvBackupClose(hbc)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kInvalidHandle)); // freed by the first End
}

void TestSimulator::readHintRounding_data()
{
    QTest::addColumn<DWORD>("hint");
    QTest::addColumn<DWORD>("readSize");
    QTest::newRow("0 -> default 512 KiB") << DWORD(0) << 512 * KiB;
    QTest::newRow("1 -> minimum 64 KiB") << DWORD(1) << 64 * KiB;
    QTest::newRow("64 KiB") << 64 * KiB << 64 * KiB;
    QTest::newRow("64 KiB + 1 -> 128 KiB") << 64 * KiB + 1 << 128 * KiB;
    QTest::newRow("100000 -> 128 KiB") << DWORD(100000) << 128 * KiB;
    QTest::newRow("3 MiB -> 4 MiB") << 3 * MiB << 4 * MiB;
    QTest::newRow("5 MiB -> maximum 4 MiB") << 5 * MiB << 4 * MiB;
}

void TestSimulator::readHintRounding()
{
    QFETCH(DWORD, hint);
    QFETCH(DWORD, readSize);
    HCSBC hbc = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &hbc)), hex(kOk));
    WCHAR *list = nullptr;
    DWORD bytes = 0;
    QCOMPARE(hex(CertSrvBackupGetDatabaseNamesW(hbc, &list, &bytes)), hex(kOk));
    const std::u16string name(list + 1); // without the type character
    CertSrvBackupFree(list);
    LARGE_INTEGER size{};
    QCOMPARE(hex(CertSrvBackupOpenFileW(hbc, name.c_str(), hint, &size)), hex(kOk));
    QByteArray buffer(int(8 * MiB), '\0');
    DWORD read = 0;
    QCOMPARE(hex(CertSrvBackupRead(hbc, buffer.data(), DWORD(buffer.size()), &read)), hex(kOk));
    QCOMPARE(read, readSize); // the context's read size bounds a big buffer
    QCOMPARE(hex(CertSrvBackupRead(hbc, buffer.data(), 1000, &read)), hex(kOk));
    QCOMPARE(read, DWORD(1000)); // a small buffer bounds the read
    QCOMPARE(hex(CertSrvBackupClose(hbc)), hex(kOk));
    // A later Open's hint does not change the context's read size.
    QCOMPARE(hex(CertSrvBackupOpenFileW(hbc, name.c_str(), 4 * MiB, &size)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupRead(hbc, buffer.data(), DWORD(buffer.size()), &read)), hex(kOk));
    QCOMPARE(read, readSize);
    QCOMPARE(hex(CertSrvBackupClose(hbc)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kOk));
}

void TestSimulator::logsOnlyBeforeFull()
{
    HCSBC hbc = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_LOGS_ONLY, &hbc)),
             hex(kMissingFullBackup));
    QVERIFY(hbc == nullptr);
}

void TestSimulator::secondPrepareInProgress()
{
    HCSBC first = nullptr;
    HCSBC second = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &first)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &second)),
             hex(kBackupInProgress));
    QCOMPARE(hex(CertSrvBackupPrepareW(u"sima.contoso.com", 0, CSBACKUP_TYPE_LOGS_ONLY, &second)),
             hex(kBackupInProgress));
    QVERIFY(status(QStringLiteral("SIMA")).value(QStringLiteral("backup_in_progress")).toBool());
    QCOMPARE(hex(CertSrvBackupEnd(first)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &second)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupEnd(second)), hex(kOk));
}

void TestSimulator::truncateWithFileOpen()
{
    HCSBC hbc = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &hbc)), hex(kOk));
    WCHAR *list = nullptr;
    DWORD bytes = 0;
    QCOMPARE(hex(CertSrvBackupGetDatabaseNamesW(hbc, &list, &bytes)), hex(kOk));
    const std::u16string name(list + 1);
    CertSrvBackupFree(list);
    LARGE_INTEGER size{};
    QCOMPARE(hex(CertSrvBackupOpenFileW(hbc, name.c_str(), 0, &size)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupTruncateLogs(hbc)), hex(kInvalidSequence));
    QCOMPARE(hex(CertSrvBackupClose(hbc)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kOk));
}

void TestSimulator::leakedContext()
{
    const qint64 before =
        status(QStringLiteral("SIMA")).value(QStringLiteral("leaked_contexts")).toInteger();
    QProcess helper;
    helper.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--leak-context"), QStringLiteral("SIMA")});
    QVERIFY(helper.waitForFinished(20000));
    QCOMPARE(helper.exitCode(), 0);

    // The daemon notices the closed connection, ends that backup and counts the leak.
    QJsonObject s;
    QTRY_VERIFY_WITH_TIMEOUT(
        (s = status(QStringLiteral("SIMA")),
         s.value(QStringLiteral("leaked_contexts")).toInteger() == before + 1 &&
             !s.value(QStringLiteral("backup_in_progress")).toBool()),
        10000);
    QVERIFY(daemonLog(QStringLiteral("SIMA")).contains(QStringLiteral("leaked context")));
    HCSBC hbc = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &hbc)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kOk));
}

qint64 TestSimulator::readOpenFile(HCSBC hbc, DWORD bufferSize, qint64 size, const QString &path,
                                   int pauseMs, bool expectShortReads)
{
    QFile out(path);
    if (!path.isEmpty() && !out.open(QIODevice::WriteOnly))
        return -1;
    QByteArray buffer(int(bufferSize), '\0');
    qint64 total = 0;
    for (;;) {
        DWORD read = 0;
        const HRESULT result = CertSrvBackupRead(hbc, buffer.data(), bufferSize, &read);
        if (result != kOk) {
            qWarning() << "Read failed" << hex(result);
            return -1;
        }
        if (read == 0)
            break;
        const qint64 full = qMin<qint64>(bufferSize, size - total);
        if (expectShortReads && full > 1 && (read >= full || read % 2 == 0)) {
            qWarning() << "not a short read:" << read << "of" << full;
            return -1;
        }
        if (!expectShortReads && read != full) {
            qWarning() << "unexpected read size" << read << "remaining" << size - total;
            return -1;
        }
        if (!path.isEmpty())
            out.write(buffer.constData(), read);
        total += read;
        if (pauseMs > 0)
            QThread::msleep(static_cast<unsigned long>(pauseMs));
    }
    return total;
}

void TestSimulator::runBackup(const QString &server, ULONG type, const QString &setDir, DWORD hint,
                              DWORD bufferSize, int pauseMs, bool expectShortReads)
{
    const QString dataBase = setDir + QStringLiteral("/DataBase");
    QVERIFY(QDir().mkpath(dataBase));
    HCSBC hbc = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(w(server).c_str(), 0, type, &hbc)), hex(kOk));

    WCHAR *list = nullptr;
    DWORD bytes = 0;
    bool wellFormed = false;
    QCOMPARE(hex(CertSrvRestoreGetDatabaseLocationsW(hbc, &list, &bytes)), hex(kOk));
    {
        QFile dat(dataBase + QStringLiteral("/certbkxp.dat"));
        QVERIFY(dat.open(QIODevice::WriteOnly));
        dat.write(reinterpret_cast<const char *>(list), bytes);
    }
    CertSrvBackupFree(list);

    auto copyAll = [&](const QStringList &names) {
        for (const QString &entry : names) {
            const QString name = entry.mid(1); // strip the type character
            LARGE_INTEGER size{};
            QCOMPARE(hex(CertSrvBackupOpenFileW(hbc, w(name).c_str(), hint, &size)), hex(kOk));
            const QString local = dataBase + QLatin1Char('/') + name.section(QLatin1Char('\\'), -1);
            QCOMPARE(readOpenFile(hbc, bufferSize, size.QuadPart, local, pauseMs, expectShortReads),
                     size.QuadPart);
            QCOMPARE(hex(CertSrvBackupClose(hbc)), hex(kOk));
        }
    };

    if (type == CSBACKUP_TYPE_FULL) {
        QCOMPARE(hex(CertSrvBackupGetDatabaseNamesW(hbc, &list, &bytes)), hex(kOk));
        const QStringList names = parseList(list, bytes, &wellFormed);
        CertSrvBackupFree(list);
        QVERIFY(wellFormed);
        QCOMPARE(names.size(), 1);
        copyAll(names);
    } else {
        QCOMPARE(hex(CertSrvBackupGetDatabaseNamesW(hbc, &list, &bytes)), hex(kInvalidSequence));
    }

    QCOMPARE(hex(CertSrvBackupGetBackupLogsW(hbc, &list, &bytes)), hex(kOk));
    const QStringList logs = parseList(list, bytes, &wellFormed);
    CertSrvBackupFree(list);
    QVERIFY(wellFormed);
    QVERIFY(!logs.isEmpty());
    for (const QString &log : logs)
        QVERIFY(log.startsWith(QLatin1Char('!')) && log.endsWith(QStringLiteral(".log")));
    copyAll(logs);

    QCOMPARE(hex(CertSrvBackupGetDynamicFileListW(hbc, &list, &bytes)), hex(kOk));
    CertSrvBackupFree(list);
    QCOMPARE(hex(CertSrvBackupTruncateLogs(hbc)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kOk));
}

void TestSimulator::fullBackupWhileIssuing()
{
    const QString server = QStringLiteral("SIMC");
    // Issuance and the lazy writer get going first.
    QTRY_VERIFY_WITH_TIMEOUT(
        status(server).value(QStringLiteral("highest_serial")).toInteger() > 500 + 2 * 7280, 20000);
    const qint64 serialBefore = status(server).value(QStringLiteral("highest_serial")).toInteger();

    // Small reads with pauses: the database keeps changing while it is copied (a fuzzy backup).
    const QString fullSet = m_sets + QStringLiteral("/Contoso Issuing CA/20240101-000000-full");
    runBackup(server, CSBACKUP_TYPE_FULL, fullSet, 64 * KiB, 64 * KiB, 3, false);
    if (QTest::currentTestFailed())
        return;

    QJsonObject s = status(server);
    QJsonObject last = s.value(QStringLiteral("last_backup")).toObject();
    QCOMPARE(last.value(QStringLiteral("type")).toString(), QStringLiteral("full"));
    QVERIFY(last.value(QStringLiteral("completed")).toBool());
    QVERIFY(s.value(QStringLiteral("full_backup_completed")).toBool());
    QCOMPARE(last.value(QStringLiteral("gen_low")).toInteger(), 1);
    const qint64 fullHigh = last.value(QStringLiteral("gen_high")).toInteger();
    QVERIFY(fullHigh >= 3);
    const qint64 serialAtLogs = last.value(QStringLiteral("serial_at_logs")).toInteger();
    QVERIFY(serialAtLogs > serialBefore);

    int exitCode = -1;
    QJsonObject result = check(fullSet, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(result.value(QStringLiteral("consistent")).toBool());
    QCOMPARE(result.value(QStringLiteral("highest_serial")).toInteger(), serialAtLogs);
    QCOMPARE(result.value(QStringLiteral("certificates")).toInteger(), serialAtLogs);
    QCOMPARE(result.value(QStringLiteral("gen_low")).toInteger(), 1);
    QCOMPARE(result.value(QStringLiteral("gen_high")).toInteger(), fullHigh);

    // Truncation forced a checkpoint and removed every log the set holds.
    const QJsonObject generations =
        status(server).value(QStringLiteral("log_generations")).toObject();
    QCOMPARE(generations.value(QStringLiteral("low")).toInteger(), fullHigh + 1);
    QCOMPARE(generations.value(QStringLiteral("current")).toInteger(), fullHigh + 1);

    // A logs-only backup continues exactly where the full one ended.
    // Certificates issued after the full set's logs, for the logs-only set to carry.
    QTRY_VERIFY_WITH_TIMEOUT(
        status(server).value(QStringLiteral("highest_serial")).toInteger() > serialAtLogs, 20000);
    const QString logsSet = m_sets + QStringLiteral("/Contoso Issuing CA/20240101-000100-logs");
    runBackup(server, CSBACKUP_TYPE_LOGS_ONLY, logsSet, 0, 512 * KiB, 0, false);
    if (QTest::currentTestFailed())
        return;
    last = status(server).value(QStringLiteral("last_backup")).toObject();
    QCOMPARE(last.value(QStringLiteral("type")).toString(), QStringLiteral("logs-only"));
    QCOMPARE(last.value(QStringLiteral("gen_low")).toInteger(), fullHigh + 1);
    QVERIFY(last.value(QStringLiteral("completed")).toBool());
    result = check(logsSet, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(result.value(QStringLiteral("consistent")).toBool());
    QCOMPARE(result.value(QStringLiteral("highest_serial")).toInteger(),
             last.value(QStringLiteral("serial_at_logs")).toInteger());
    QCOMPARE(result.value(QStringLiteral("chain")).toArray().size(), 2);

    // A damaged copy is reported, and the set itself is left as it was.
    const QString damaged = m_sets + QStringLiteral("/damaged/20240101-000000-full");
    QVERIFY(QDir().mkpath(damaged + QStringLiteral("/DataBase")));
    for (const QString &file : QDir(fullSet + QStringLiteral("/DataBase")).entryList(QDir::Files))
        QVERIFY(QFile::copy(fullSet + QStringLiteral("/DataBase/") + file,
                            damaged + QStringLiteral("/DataBase/") + file));
    QFile edb(damaged + QStringLiteral("/DataBase/Contoso Issuing CA.edb"));
    QVERIFY(edb.open(QIODevice::ReadWrite));
    edb.seek(3 * 8192 + 100);
    edb.write("X");
    edb.close();
    result = check(damaged, &exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY(!result.value(QStringLiteral("consistent")).toBool());
    QVERIFY(!result.value(QStringLiteral("problems")).toArray().isEmpty());
    QCOMPARE(sim({QStringLiteral("check"), m_sets + QStringLiteral("/nothing-here")}), 2);
}

void TestSimulator::faultAccessDenied()
{
    setFaults(QStringLiteral("SIMA"), {QStringLiteral("access-denied")});
    HCSBC hbc = nullptr;
    if (::geteuid() == 0) {
        QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &hbc)), hex(kOk));
        QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kOk));
    }
    qputenv("CERTSRV_SIM_UNELEVATED", "1");
    const HRESULT unelevated = CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &hbc);
    qunsetenv("CERTSRV_SIM_UNELEVATED");
    QCOMPARE(hex(unelevated), hex(kAccessDenied));
    QVERIFY(hbc == nullptr);
    setFaults(QStringLiteral("SIMA"), {});
}

void TestSimulator::faultShortReads()
{
    setFaults(QStringLiteral("SIMA"), {QStringLiteral("short-reads")});
    // Pages split across short reads must still arrive whole and consistent: check proves it.
    const QString set = m_sets + QStringLiteral("/Sim A CA/20240102-000000-full");
    runBackup(QStringLiteral("SIMA"), CSBACKUP_TYPE_FULL, set, 0, 256 * KiB, 0, true);
    setFaults(QStringLiteral("SIMA"), {});
    if (QTest::currentTestFailed())
        return;
    int exitCode = -1;
    const QJsonObject result = check(set, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(result.value(QStringLiteral("consistent")).toBool());
    QCOMPARE(result.value(QStringLiteral("highest_serial")).toInteger(), 1000 + 7280);
}

void TestSimulator::faultReadError()
{
    setFaults(QStringLiteral("SIMA"), {QStringLiteral("read-error-after=100000")});
    HCSBC hbc = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &hbc)), hex(kOk));
    WCHAR *list = nullptr;
    DWORD bytes = 0;
    QCOMPARE(hex(CertSrvBackupGetDatabaseNamesW(hbc, &list, &bytes)), hex(kOk));
    const std::u16string name(list + 1);
    CertSrvBackupFree(list);
    LARGE_INTEGER size{};
    QCOMPARE(hex(CertSrvBackupOpenFileW(hbc, name.c_str(), 64 * KiB, &size)), hex(kOk));
    QByteArray buffer(int(64 * KiB), '\0');
    DWORD read = 0;
    QCOMPARE(hex(CertSrvBackupRead(hbc, buffer.data(), 64 * KiB, &read)), hex(kOk));
    QCOMPARE(read, 64 * KiB);
    QCOMPARE(hex(CertSrvBackupRead(hbc, buffer.data(), 64 * KiB, &read)), hex(kOk));
    QCOMPARE(read, DWORD(100000 - 64 * KiB));
    QCOMPARE(hex(CertSrvBackupRead(hbc, buffer.data(), 64 * KiB, &read)), hex(kReadFault));
    QCOMPARE(read, DWORD(0));
    QCOMPARE(hex(CertSrvBackupRead(hbc, buffer.data(), 64 * KiB, &read)), hex(kReadFault));
    QCOMPARE(hex(CertSrvBackupClose(hbc)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kOk));
    setFaults(QStringLiteral("SIMA"), {});
}

void TestSimulator::faultDropAfter()
{
    const qint64 leakedBefore =
        status(QStringLiteral("SIMA")).value(QStringLiteral("leaked_contexts")).toInteger();
    setFaults(QStringLiteral("SIMA"), {QStringLiteral("drop-after=200000")});
    HCSBC hbc = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &hbc)), hex(kOk));
    WCHAR *list = nullptr;
    DWORD bytes = 0;
    QCOMPARE(hex(CertSrvBackupGetDatabaseNamesW(hbc, &list, &bytes)), hex(kOk));
    const std::u16string name(list + 1);
    CertSrvBackupFree(list);
    LARGE_INTEGER size{};
    QCOMPARE(hex(CertSrvBackupOpenFileW(hbc, name.c_str(), 64 * KiB, &size)), hex(kOk));
    QByteArray buffer(int(64 * KiB), '\0');
    DWORD read = 0;
    qint64 total = 0;
    HRESULT result = kOk;
    while ((result = CertSrvBackupRead(hbc, buffer.data(), 64 * KiB, &read)) == kOk && read > 0)
        total += read;
    QCOMPARE(hex(result), hex(kCallFailed));
    QCOMPARE(total, qint64(200000));
    QCOMPARE(hex(CertSrvBackupRead(hbc, buffer.data(), 64 * KiB, &read)), hex(kCallFailed));
    QCOMPARE(hex(CertSrvBackupClose(hbc)), hex(kCallFailed));
    QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kCallFailed));
    QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kInvalidHandle)); // End freed the handle anyway
    setFaults(QStringLiteral("SIMA"), {});
    QJsonObject s;
    QTRY_VERIFY_WITH_TIMEOUT((s = status(QStringLiteral("SIMA")),
                              !s.value(QStringLiteral("backup_in_progress")).toBool()),
                             5000);
    // The daemon hung up itself: that is not a context the client leaked.
    QCOMPARE(s.value(QStringLiteral("leaked_contexts")).toInteger(), leakedBefore);
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &hbc)), hex(kOk));
    QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kOk));
}

void TestSimulator::faultStall()
{
    setFaults(QStringLiteral("SIMA"), {QStringLiteral("stall=400")});
    QElapsedTimer timer;
    timer.start();
    HCSBC hbc = nullptr;
    QCOMPARE(hex(CertSrvBackupPrepareW(u"SIMA", 0, CSBACKUP_TYPE_FULL, &hbc)), hex(kOk));
    QVERIFY2(timer.elapsed() >= 390, qPrintable(QString::number(timer.elapsed())));
    timer.restart();
    WCHAR *list = nullptr;
    DWORD bytes = 0;
    QCOMPARE(hex(CertSrvBackupGetDatabaseNamesW(hbc, &list, &bytes)), hex(kOk));
    CertSrvBackupFree(list);
    QVERIFY2(timer.elapsed() >= 390, qPrintable(QString::number(timer.elapsed())));
    // Calls that are not on a backup context still answer. (A stall is a sleep, so the lower
    // bounds above hold on any machine; an upper bound would only measure the machine's load.)
    BOOL online = 0;
    QCOMPARE(hex(CertSrvIsServerOnlineW(u"SIMA", &online)), hex(kOk));
    QCOMPARE(online, 1);
    timer.restart();
    QCOMPARE(hex(CertSrvBackupEnd(hbc)), hex(kOk));
    QVERIFY2(timer.elapsed() >= 390, qPrintable(QString::number(timer.elapsed())));
    setFaults(QStringLiteral("SIMA"), {});
}

void TestSimulator::serverControlShutdown()
{
    HCSBC hbc = reinterpret_cast<HCSBC>(1);
    QCOMPARE(hex(CertSrvRestorePrepareW(u"SIMD", CSRESTORE_TYPE_FULL, &hbc)),
             hex(kSharingViolation));
    QVERIFY(hbc == nullptr);
    DWORD cb = 7;
    BYTE *pb = reinterpret_cast<BYTE *>(&cb);
    QCOMPARE(hex(CertSrvServerControlW(u"SIMD", CSCONTROL_SHUTDOWN, &cb, &pb)), hex(kOk));
    QCOMPARE(cb, DWORD(0));
    QVERIFY(pb == nullptr);
    // SHUTDOWN returns once the daemon is gone.
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("servers/SIMD/daemon.reg"))));
    QVERIFY(!status(QStringLiteral("SIMD")).value(QStringLiteral("running")).toBool());
    BOOL online = 1;
    QCOMPARE(hex(CertSrvIsServerOnlineW(u"SIMD", &online)), hex(kServerUnavailable));
    QCOMPARE(hex(CertSrvRestoreRegisterComplete(nullptr, kOk)), hex(kInvalidHandle));
}

void TestSimulator::restoreRegistrationGatesStart()
{
    // A stopped server: restore contexts work on its folder.
    QCOMPARE(sim({"create", "SIMR", "--ca-name", "Sim R CA", "--db-size", "1MiB"}), 0);
    const QString certLog = m_home.filePath(QStringLiteral("servers/SIMR/CertLog"));
    const QString pending = m_home.filePath(QStringLiteral("servers/SIMR/restore.pending"));
    HCSBC logsOnly = nullptr;
    QCOMPARE(hex(CertSrvRestorePrepareW(u"SIMR", 0, &logsOnly)), hex(kOk));
    QVERIFY(logsOnly != nullptr);
    // An incremental before its full set: the layout is wrong.
    const std::u16string folder = w(certLog);
    QCOMPARE(hex(CertSrvRestoreRegisterW(logsOnly, folder.c_str(), folder.c_str(), nullptr, 0,
                                         folder.c_str(), 2, 2)),
             hex(kRestoreLayout));
    QCOMPARE(hex(CertSrvRestoreRegisterComplete(logsOnly, kOk)), hex(kInvalidSequence));
    QCOMPARE(hex(CertSrvRestoreEnd(logsOnly)), hex(kOk));
    QCOMPARE(hex(CertSrvRestoreEnd(logsOnly)), hex(kInvalidHandle));

    HCSBC full = nullptr;
    QCOMPARE(hex(CertSrvRestorePrepareW(u"SIMR", CSRESTORE_TYPE_FULL, &full)), hex(kOk));
    WCHAR *list = nullptr;
    DWORD size = 0;
    QCOMPARE(hex(CertSrvRestoreGetDatabaseLocationsW(full, &list, &size)), hex(kOk));
    QVERIFY(list != nullptr && size > 0);
    QCOMPARE(static_cast<int>(list[0]), static_cast<int>(CSBFT_CERTSERVER_DATABASE));
    const QString database = QString::fromUtf16(list + 1);
    CertSrvBackupFree(list);
    QVERIFY2(database.startsWith(certLog), qPrintable(database));
    // The map must name this CA's database.
    std::u16string saved = u"C:\\Windows\\system32\\CertLog\\SIMR Issuing CA.edb";
    std::u16string wrong = w(certLog + QStringLiteral("/other.edb"));
    CSEDB_RSTMAPW map{saved.data(), wrong.data()};
    QCOMPARE(hex(CertSrvRestoreRegisterW(full, folder.c_str(), folder.c_str(), &map, 1,
                                         folder.c_str(), 1, 1)),
             hex(kRestoreLayout));
    std::u16string right = w(database);
    map.pwszNewDatabaseName = right.data();
    QCOMPARE(hex(CertSrvRestoreRegisterW(full, folder.c_str(), folder.c_str(), &map, 1,
                                         folder.c_str(), 1, 1)),
             hex(kOk));
    QVERIFY(QFile::exists(pending));
    // Registered, not completed: the CA refuses to start (CERTSRV_E_SERVER_SUSPENDED).
    QCOMPARE(hex(CertSrvRestoreEnd(full)), hex(kOk));
    QByteArray out;
    QCOMPARE(sim({QStringLiteral("start"), QStringLiteral("SIMR")}, &out), 1);
    QVERIFY2(daemonLog(QStringLiteral("SIMR")).contains(QStringLiteral("0x80094006")),
             qPrintable(daemonLog(QStringLiteral("SIMR"))));
    QVERIFY(sim({QStringLiteral("status"), QStringLiteral("SIMR")}, &out) == 0);
    QVERIFY2(out.contains("Restore pending:    registered"), out);
    QVERIFY(QFile::remove(pending));
    QCOMPARE(sim({QStringLiteral("start"), QStringLiteral("SIMR")}), 0);
    m_started.append(QStringLiteral("SIMR"));
}

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--leak-context") == 0)
        return leakContext(argv[2]);
    QCoreApplication app(argc, argv);
    TestSimulator test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_simulator.moc"
