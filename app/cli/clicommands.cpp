#include "clicommands.h"

#include "backuprunner.h"
#include "backupsession.h"
#include "catalog.h"
#include "certadmloader.h"
#include "exitcodes.h"
#include "runlog.h"
#include "serverdiscovery.h"
#include "setverifier.h"
#include "terminalprogress.h"
#include "utf16.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

#if defined(_WIN32)
#include <io.h>
#define CERTSRV_ISATTY _isatty
#define CERTSRV_FILENO _fileno
#else
#include <unistd.h>
#define CERTSRV_ISATTY isatty
#define CERTSRV_FILENO fileno
#endif

namespace cli {
namespace {

std::atomic<int> g_interrupts{0};

extern "C" void onInterrupt(int)
{
    g_interrupts.fetch_add(1);
}

void out(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputs("\n", stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

void printJson(const QJsonArray &array)
{
    std::fputs(QJsonDocument(array).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

int exitCodeFor(certadm::ErrorCategory category)
{
    switch (category) {
    case certadm::ErrorCategory::None:
        return ExitSuccess;
    case certadm::ErrorCategory::NeedsElevation:
        return ExitNeedsElevation;
    case certadm::ErrorCategory::ServerUnavailable:
        return ExitServerOffline;
    default:
        return ExitFailed;
    }
}

int usageError(const QString &message)
{
    err(QStringLiteral("certsrv-backup-cli: %1").arg(message));
    err(QStringLiteral("Run 'certsrv-backup-cli --help' for the commands and options."));
    return ExitUsage;
}

struct Options {
    QCommandLineOption server{QStringLiteral("server"),
                              QStringLiteral("CA server (NetBIOS or DNS name)."),
                              QStringLiteral("name")};
    QCommandLineOption type{QStringLiteral("type"), QStringLiteral("Backup type: full or logs."),
                            QStringLiteral("full|logs")};
    QCommandLineOption dest{QStringLiteral("dest"),
                            QStringLiteral("Destination folder (one subfolder per CA)."),
                            QStringLiteral("dir")};
    QCommandLineOption keepLogs{QStringLiteral("keep-logs"),
                                QStringLiteral("Do not truncate the CA's logs after a full "
                                               "backup.")};
    QCommandLineOption verify{QStringLiteral("verify"),
                              QStringLiteral("Verify the set against its manifest after the "
                                             "backup.")};
    QCommandLineOption json{QStringLiteral("json"),
                            QStringLiteral("Print one machine-readable JSON result.")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               QStringLiteral("Print the job's log lines on standard error.")};
    QCommandLineOption library{QStringLiteral("certadm-library"),
                               QStringLiteral("The certadm library to load instead of the "
                                              "default (also: CERTSRV_BACKUP_CERTADM_LIBRARY)."),
                               QStringLiteral("path")};
};

QJsonObject errorJson(HRESULT hr, const QString &call, const QString &message,
                      const QString &action)
{
    const certadm::HresultDescription d = certadm::describeHresult(hr);
    return QJsonObject{{QStringLiteral("hresult"), QString::fromStdString(d.code)},
                       {QStringLiteral("symbol"), QString::fromStdString(d.symbol)},
                       {QStringLiteral("call"), call},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("action"), action}};
}

std::shared_ptr<const certadm::CertadmLibrary>
loadLibraryOrReport(const QCommandLineParser &parser, const Options &o, bool json, int *exitCode)
{
    QString error;
    auto library = engine::loadCertadmLibrary(parser.value(o.library), &error);
    if (!library) {
        if (json) {
            printJson(QJsonObject{
                {QStringLiteral("ok"), false},
                {QStringLiteral("error"),
                 errorJson(certadm::kHrFail, QStringLiteral("load"), error,
                           QStringLiteral("Install the Certificate Services tools or pass "
                                          "--certadm-library."))}});
        } else {
            err(error);
        }
        *exitCode = ExitFailed;
    }
    return library;
}

int runBackup(const QCommandLineParser &parser, const Options &o)
{
    const bool json = parser.isSet(o.json);
    if (!parser.isSet(o.server) || parser.value(o.server).trimmed().isEmpty()) {
        return usageError(QStringLiteral("backup needs --server NAME"));
    }
    if (!parser.isSet(o.dest) || parser.value(o.dest).isEmpty()) {
        return usageError(QStringLiteral("backup needs --dest DIR"));
    }
    engine::BackupRequest request;
    const QString typeName = parser.isSet(o.type) ? parser.value(o.type) : QStringLiteral("full");
    if (!engine::parseSetType(typeName, &request.type)) {
        return usageError(QStringLiteral("--type must be full or logs, not \"%1\"").arg(typeName));
    }
    if (request.type == engine::SetType::LogsOnly && parser.isSet(o.keepLogs)) {
        err(QStringLiteral("note: --keep-logs has no effect on a logs-only backup (logs are only "
                           "truncated after a full backup)"));
    }
    request.server = parser.value(o.server).trimmed();
    request.destination = QDir(parser.value(o.dest)).absolutePath();
    request.keepLogs = parser.isSet(o.keepLogs);
    request.verifyAfter = parser.isSet(o.verify);
    int exitCode = ExitSuccess;
    request.library = loadLibraryOrReport(parser, o, json, &exitCode);
    if (!request.library) {
        return exitCode;
    }

    const bool interactive = !json && CERTSRV_ISATTY(CERTSRV_FILENO(stderr)) != 0;
    const bool verbose = parser.isSet(o.verbose);
    TerminalProgress bar(interactive);
    engine::BackupRunner runner;
    QEventLoop loop;
    engine::BackupResult result;
    QObject::connect(&runner, &engine::BackupRunner::progress, &loop,
                     [&bar](const engine::BackupProgress &p) { bar.update(p); });
    QObject::connect(&runner, &engine::BackupRunner::logLine, &loop,
                     [&bar, verbose](const QString &line) {
                         if (verbose) {
                             bar.finish();
                             err(line);
                         }
                     });
    QObject::connect(&runner, &engine::BackupRunner::finished, &loop,
                     [&](const engine::BackupResult &r) {
                         result = r;
                         loop.quit();
                     });

    // Ctrl-C (and SIGTERM from a scheduler) cancel cleanly: the job ends its backup context and
    // removes the unfinished set. The flag is polled because little is safe in a signal handler.
    g_interrupts = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    int seenInterrupts = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const int now = g_interrupts.load();
        if (now != seenInterrupts) {
            seenInterrupts = now;
            bar.finish();
            err(QStringLiteral("Cancelling: ending the backup on the server and removing the "
                               "unfinished set..."));
            runner.cancel();
        }
    });
    poll.start(50);

    if (!runner.start(request)) {
        return ExitFailed;
    }
    loop.exec();
    poll.stop();
    bar.finish();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    // Every run, scheduled ones included, lands in the run log the GUI's history reads.
    QString logError;
    if (!engine::RunLog().append(engine::RunRecord::fromResult(result, QStringLiteral("cli")),
                                 &logError)) {
        err(QStringLiteral("warning: cannot write the run log: ") + logError);
    }

    QJsonArray warnings = QJsonArray::fromStringList(result.warnings);
    if (result.succeeded()) {
        if (json) {
            QJsonObject object{
                {QStringLiteral("ok"), true},
                {QStringLiteral("set"), QDir::toNativeSeparators(result.setPath)},
                {QStringLiteral("type"), engine::setTypeName(result.type)},
                {QStringLiteral("server"), result.server},
                {QStringLiteral("ca_name"), result.caName},
                {QStringLiteral("bytes"), result.bytes},
                {QStringLiteral("files"), result.files},
                {QStringLiteral("seconds"), result.seconds},
                {QStringLiteral("log_generation_low"),
                 static_cast<qint64>(result.logGenerationLow)},
                {QStringLiteral("log_generation_high"),
                 static_cast<qint64>(result.logGenerationHigh)},
                {QStringLiteral("logs_truncated"), result.logsTruncated},
                {QStringLiteral("warnings"), warnings},
            };
            if (request.verifyAfter) {
                object.insert(QStringLiteral("verified"), result.verified);
            }
            printJson(object);
        } else {
            const double rate =
                result.seconds > 0 ? static_cast<double>(result.bytes) / result.seconds : 0;
            out(QStringLiteral("Backup complete: %1")
                    .arg(QDir::toNativeSeparators(result.setPath)));
            out(QStringLiteral("  %1 backup of %2 (%3): %4 files, %5 in %6 s (%7/s)")
                    .arg(engine::setTypeName(result.type), result.caName, result.server)
                    .arg(result.files)
                    .arg(TerminalProgress::bytes(result.bytes))
                    .arg(result.seconds, 0, 'f', 1)
                    .arg(TerminalProgress::bytes(static_cast<qint64>(rate))));
            out(QStringLiteral("  log generations %1-%2, logs %3")
                    .arg(result.logGenerationLow)
                    .arg(result.logGenerationHigh)
                    .arg(result.logsTruncated ? QStringLiteral("truncated on the server")
                                              : QStringLiteral("kept on the server")));
            if (!result.verifySummary.isEmpty()) {
                out(QStringLiteral("  verification: ") + result.verifySummary);
            }
            for (const QString &warning : result.warnings) {
                err(QStringLiteral("warning: ") + warning);
            }
        }
        if (request.verifyAfter && !result.verified) {
            return ExitVerificationFailed;
        }
        return ExitSuccess;
    }

    if (json) {
        printJson(QJsonObject{
            {QStringLiteral("ok"), false},
            {QStringLiteral("cancelled"),
             result.outcome == engine::BackupResult::Outcome::Cancelled},
            {QStringLiteral("type"), engine::setTypeName(result.type)},
            {QStringLiteral("server"), result.server},
            {QStringLiteral("seconds"), result.seconds},
            {QStringLiteral("error"),
             errorJson(result.hresult, result.failedCall, result.message, result.action)},
        });
    } else {
        const certadm::HresultDescription d = certadm::describeHresult(result.hresult);
        err(QStringLiteral("Backup %1: %2")
                .arg(result.outcome == engine::BackupResult::Outcome::Cancelled
                         ? QStringLiteral("cancelled")
                         : QStringLiteral("failed"),
                     result.message));
        err(QStringLiteral("  code %1 %2 (in %3)")
                .arg(QString::fromStdString(d.code), QString::fromStdString(d.symbol),
                     result.failedCall));
        err(QStringLiteral("  what to do: ") + result.action);
    }
    if (result.outcome == engine::BackupResult::Outcome::Cancelled) {
        return ExitCancelled;
    }
    return exitCodeFor(result.category);
}

QJsonObject reportJson(const engine::VerifyReport &report)
{
    return QJsonObject{
        {QStringLiteral("ok"), report.ok},
        {QStringLiteral("set"), QDir::toNativeSeparators(report.setPath)},
        {QStringLiteral("type"),
         report.manifestError.isEmpty() ? engine::setTypeName(report.manifest.type) : QString()},
        {QStringLiteral("ca_name"), report.manifest.caName},
        {QStringLiteral("files_checked"), report.filesChecked},
        {QStringLiteral("bytes_checked"), report.bytesChecked},
        {QStringLiteral("manifest_error"), report.manifestError},
        {QStringLiteral("missing"), QJsonArray::fromStringList(report.missing)},
        {QStringLiteral("extra"), QJsonArray::fromStringList(report.extra)},
        {QStringLiteral("changed"), QJsonArray::fromStringList(report.changed)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
        {QStringLiteral("chain"), QJsonArray::fromStringList(report.chain)},
    };
}

int runVerify(const QCommandLineParser &parser, const Options &o)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return usageError(QStringLiteral("verify needs exactly one SET folder"));
    }
    const engine::VerifyReport report = engine::SetVerifier::verify(positional.at(1));
    if (parser.isSet(o.json)) {
        printJson(reportJson(report));
    } else {
        out(report.summary());
        for (const QString &path : report.missing) {
            out(QStringLiteral("  missing: ") + path);
        }
        for (const QString &line : report.changed) {
            out(QStringLiteral("  changed: ") + line);
        }
        for (const QString &path : report.extra) {
            out(QStringLiteral("  extra: ") + path);
        }
        for (const QString &line : report.problems) {
            out(QStringLiteral("  problem: ") + line);
        }
        if (report.ok && report.manifest.type == engine::SetType::LogsOnly) {
            out(QStringLiteral("  chain: ") + report.chain.join(QStringLiteral(" -> ")));
        }
    }
    return report.ok ? ExitSuccess : ExitVerificationFailed;
}

int runList(const QCommandLineParser &parser, const Options &o)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return usageError(QStringLiteral("list needs exactly one destination folder"));
    }
    const QString folder = positional.at(1);
    if (!QDir(folder).exists()) {
        err(QStringLiteral("%1 does not exist: name the destination folder of earlier backups")
                .arg(folder));
        return ExitFailed;
    }
    const engine::Catalog catalog = engine::Catalog::scan(folder);
    if (parser.isSet(o.json)) {
        QJsonArray sets;
        for (const engine::CatalogEntry &entry : catalog.sets) {
            sets.append(QJsonObject{
                {QStringLiteral("set"), QDir::toNativeSeparators(entry.path)},
                {QStringLiteral("name"), entry.folderName},
                {QStringLiteral("ca_name"), entry.manifest.caName},
                {QStringLiteral("server"), entry.manifest.server},
                {QStringLiteral("type"), engine::setTypeName(entry.manifest.type)},
                {QStringLiteral("started"), entry.manifest.started.toString(Qt::ISODate)},
                {QStringLiteral("finished"), entry.manifest.finished.toString(Qt::ISODate)},
                {QStringLiteral("bytes"), entry.manifest.totalBytes()},
                {QStringLiteral("log_generation_low"),
                 static_cast<qint64>(entry.manifest.logGenerationLow)},
                {QStringLiteral("log_generation_high"),
                 static_cast<qint64>(entry.manifest.logGenerationHigh)},
                {QStringLiteral("chain"), QJsonArray::fromStringList(entry.chain)},
                {QStringLiteral("chain_problem"), entry.chainProblem},
            });
        }
        printJson(QJsonObject{
            {QStringLiteral("sets"), sets},
            {QStringLiteral("incomplete"), QJsonArray::fromStringList(catalog.incomplete)},
            {QStringLiteral("unreadable"), QJsonArray::fromStringList(catalog.unreadable)}});
        return ExitSuccess;
    }
    if (catalog.sets.isEmpty()) {
        out(QStringLiteral("No backup sets in %1").arg(QDir::toNativeSeparators(folder)));
    }
    for (const engine::CatalogEntry &entry : catalog.sets) {
        const QString chain = entry.manifest.type == engine::SetType::Full
                                  ? QStringLiteral("full set")
                              : entry.chainProblem.isEmpty()
                                  ? QStringLiteral("extends %1").arg(entry.chain.value(0))
                                  : QStringLiteral("BROKEN CHAIN: %1").arg(entry.chainProblem);
        out(QStringLiteral("%1  %2  %3  %4  %5  logs %6-%7  %8")
                .arg(entry.manifest.caName, entry.folderName,
                     engine::setTypeName(entry.manifest.type),
                     entry.manifest.started.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                     TerminalProgress::bytes(entry.manifest.totalBytes()))
                .arg(entry.manifest.logGenerationLow)
                .arg(entry.manifest.logGenerationHigh)
                .arg(chain));
    }
    for (const QString &path : catalog.incomplete) {
        out(QStringLiteral("(ignored, incomplete: %1)").arg(QDir::toNativeSeparators(path)));
    }
    for (const QString &line : catalog.unreadable) {
        out(QStringLiteral("(ignored, unreadable manifest: %1)").arg(line));
    }
    return ExitSuccess;
}

struct OnlineState {
    QString word; // online, paused, unreachable
    QString detail;
    HRESULT hr = 0;
};

OnlineState checkOnline(const certadm::CertadmLibrary &library, const QString &server)
{
    const certadm::ServerOnline online =
        certadm::isServerOnline(library, certadm::toUtf16(server.toStdString()));
    OnlineState state;
    state.hr = online.hr;
    if (!certadm::hrSucceeded(online.hr)) {
        const certadm::HresultDescription d = certadm::describeHresult(online.hr);
        state.word = QStringLiteral("unreachable");
        state.detail = QStringLiteral("%1 %2 %3")
                           .arg(QString::fromStdString(d.code), QString::fromStdString(d.meaning),
                                QString::fromStdString(d.action));
    } else if (!online.online) {
        state.word = QStringLiteral("paused");
        state.detail = QStringLiteral("Certificate Services is paused; resume it to back up.");
    } else {
        state.word = QStringLiteral("online");
    }
    return state;
}

int runOnline(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.server) || parser.value(o.server).trimmed().isEmpty()) {
        return usageError(QStringLiteral("online needs --server NAME"));
    }
    const bool json = parser.isSet(o.json);
    int exitCode = ExitSuccess;
    const auto library = loadLibraryOrReport(parser, o, json, &exitCode);
    if (!library) {
        return exitCode;
    }
    const QString server = parser.value(o.server).trimmed();
    const OnlineState state = checkOnline(*library, server);
    if (json) {
        printJson(QJsonObject{
            {QStringLiteral("server"), server},
            {QStringLiteral("state"), state.word},
            {QStringLiteral("hresult"), QString::fromStdString(certadm::formatHresult(state.hr))},
            {QStringLiteral("detail"), state.detail}});
    } else {
        out(QStringLiteral("%1: %2%3")
                .arg(server, state.word,
                     state.detail.isEmpty() ? QString() : QStringLiteral(" - ") + state.detail));
    }
    return state.word == QLatin1String("online") ? ExitSuccess : ExitServerOffline;
}

int runServers(const QCommandLineParser &parser, const Options &o)
{
    const bool json = parser.isSet(o.json);
    int exitCode = ExitSuccess;
    const auto library = loadLibraryOrReport(parser, o, json, &exitCode);
    if (!library) {
        return exitCode;
    }
    const QList<platform::DiscoveredServer> servers = platform::discoverServers();
    QJsonArray array;
    for (const platform::DiscoveredServer &server : servers) {
        const OnlineState state = checkOnline(*library, server.server);
        if (json) {
            array.append(QJsonObject{{QStringLiteral("server"), server.server},
                                     {QStringLiteral("ca_name"), server.caName},
                                     {QStringLiteral("source"), server.source},
                                     {QStringLiteral("state"), state.word}});
        } else {
            out(QStringLiteral("%1  %2  %3  (%4)")
                    .arg(server.server, server.caName, state.word, server.source));
        }
    }
    if (json) {
        printJson(array);
    } else if (servers.isEmpty()) {
        out(QStringLiteral("No servers found. Name one with --server."));
    }
    return ExitSuccess;
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Back up Windows Certificate Services (AD CS) certification authorities.\n\n"
        "Commands:\n"
        "  backup --server NAME --type full|logs --dest DIR [--keep-logs] [--verify]\n"
        "  verify SET           re-hash a set against its manifest, check its chain\n"
        "  list DIR             the sets under a destination, with their chains\n"
        "  servers              the servers this machine knows, with their state\n"
        "  online --server NAME whether Certificate Services answers\n\n"
        "Exit codes: 0 success, 1 failed, 2 usage, 3 needs elevation, 4 server offline or "
        "unreachable, 5 verification failed, 130 cancelled."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options o;
    parser.addOptions(
        {o.server, o.type, o.dest, o.keepLogs, o.verify, o.json, o.verbose, o.library});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("backup, verify, list, servers or online"));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return ExitSuccess;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out(QCoreApplication::applicationName() + QLatin1Char(' ') +
            QCoreApplication::applicationVersion());
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return usageError(QStringLiteral("no command given"));
    }
    const QString command = positional.first();
    if (command == QLatin1String("backup")) {
        if (positional.size() != 1) {
            return usageError(QStringLiteral("backup takes no positional arguments"));
        }
        return runBackup(parser, o);
    }
    if (command == QLatin1String("verify")) {
        return runVerify(parser, o);
    }
    if (command == QLatin1String("list")) {
        return runList(parser, o);
    }
    if (command == QLatin1String("servers")) {
        return runServers(parser, o);
    }
    if (command == QLatin1String("online")) {
        return runOnline(parser, o);
    }
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}

} // namespace cli
