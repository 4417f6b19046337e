// SPDX-License-Identifier: Apache-2.0
#include "elevation.h"
#include "elevation_pkexec.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <pwd.h>

extern char **environ;

namespace platform {
namespace {

constexpr char kReadyVariable[] = "CERTSRV_ELEVATION_READY";
// The folder below the operator's config and data locations that the application writes.
constexpr char kAppFolder[] = "/CertSrvBackupManager";

// One pkexec call: its process, and the file the elevated copy creates once its window is open.
// It watches both until one of them answers, calls `done` and deletes itself.
class PkexecAttempt final : public QObject {
    Q_DECLARE_TR_FUNCTIONS(platform::Elevation)
public:
    PkexecAttempt(QObject *context, pid_t pid, std::unique_ptr<QTemporaryDir> folder,
                  QString program, std::function<void(const ElevationResult &)> done)
        : QObject(context), m_pid(pid), m_folder(std::move(folder)), m_program(std::move(program)),
          m_done(std::move(done))
    {
        // pkexec says nothing until the password prompt is over; its end or the ready file is
        // what there is to wait for.
        connect(&m_poll, &QTimer::timeout, this, &PkexecAttempt::poll);
        m_poll.start(100);
    }

    static QString readyFile(const QTemporaryDir &folder)
    {
        return folder.filePath(QStringLiteral("ready"));
    }

private:
    void poll()
    {
        if (QFile::exists(readyFile(*m_folder))) {
            // The elevated copy runs on its own from here; the caller quits, and the copy is
            // handed to init like any orphan.
            finish({true, QString()});
            return;
        }
        int status = 0;
        const pid_t ended = waitpid(m_pid, &status, WNOHANG);
        if (ended == 0 || (ended < 0 && errno == EINTR)) {
            return;
        }
        ElevationResult result;
        if (ended < 0) {
            result.message = tr("The elevated copy could not be watched (%1). Start the "
                                "application as root instead, for example: sudo -E %2")
                                 .arg(QString::fromLocal8Bit(strerror(errno)), m_program);
        } else if (WIFEXITED(status) && WEXITSTATUS(status) == 126) {
            result.message = tr("The administrator password prompt was cancelled. Nothing was "
                                "changed: choose \"Restart as administrator\" again, or start the "
                                "application as root.");
        } else if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
            result.message =
                tr("pkexec refused to start the application as root: the password was wrong, "
                   "this account may not become root, or no polkit authentication agent runs "
                   "in this desktop session. Start it as root instead, for example: sudo -E %1")
                    .arg(m_program);
        } else {
            const QString how = WIFEXITED(status) ? tr("exit code %1").arg(WEXITSTATUS(status))
                                                  : tr("signal %1").arg(WTERMSIG(status));
            result.message = tr("The application started as root ended before its window opened "
                                "(%1). Start it as root in a terminal to see why, for example: "
                                "sudo -E %2")
                                 .arg(how, m_program);
        }
        finish(result);
    }

    void finish(const ElevationResult &result)
    {
        m_poll.stop();
        const auto done = std::move(m_done);
        deleteLater();
        done(result);
    }

    pid_t m_pid;
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_program;
    std::function<void(const ElevationResult &)> m_done;
    QTimer m_poll;
};

class PkexecElevation final : public Elevation {
    Q_DECLARE_TR_FUNCTIONS(platform::Elevation)
public:
    explicit PkexecElevation(QString pkexec) : m_pkexec(std::move(pkexec)) {}

    bool canRelaunch() const override { return !pkexec().isEmpty(); }

    void relaunch(const QString &program, const QStringList &arguments, QObject *context,
                  std::function<void(const ElevationResult &)> done) override
    {
        const QString pkexecProgram = pkexec();
        if (pkexecProgram.isEmpty()) {
            done({false, tr("pkexec is not installed, so the application cannot restart itself "
                            "as root. Start it as root instead, for example: sudo -E %1")
                             .arg(program)});
            return;
        }
        auto folder = std::make_unique<QTemporaryDir>();
        if (!folder->isValid()) {
            done({false, tr("No temporary folder for the restart: %1").arg(folder->errorString())});
            return;
        }
        // pkexec clears the environment and sets HOME to root's: hand over the display, the
        // language and the operator's settings, run log and profiles, so that the elevated copy
        // shows where the operator is and works on the operator's data.
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList args{QStringLiteral("env")};
        for (const char *name :
             {"DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "XDG_RUNTIME_DIR", "LANG", "LANGUAGE",
              "LC_ALL", "LC_MESSAGES", "CERTSRV_SIM_HOME", "CERTSRV_BACKUP_CERTADM_LIBRARY"}) {
            const QString key = QString::fromLatin1(name);
            if (env.contains(key)) {
                args << key + QLatin1Char('=') + env.value(key);
            }
        }
        args << QStringLiteral("XDG_CONFIG_HOME=") +
                    QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
             << QStringLiteral("XDG_DATA_HOME=") +
                    QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
             << QString::fromLatin1(kReadyVariable) + QLatin1Char('=') +
                    PkexecAttempt::readyFile(*folder)
             << program << arguments;

        // A child of this process, not a detached one: pkexec asks the polkit agent on behalf
        // of its parent and refuses when that parent has ended.
        std::vector<QByteArray> bytes;
        bytes.push_back(QFile::encodeName(pkexecProgram));
        for (const QString &arg : std::as_const(args)) {
            bytes.push_back(arg.toLocal8Bit());
        }
        std::vector<char *> argv;
        for (QByteArray &b : bytes) {
            argv.push_back(b.data());
        }
        argv.push_back(nullptr);
        pid_t pid = 0;
        const int error = posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ);
        if (error != 0) {
            done({false, tr("pkexec could not be started: %1")
                             .arg(QString::fromLocal8Bit(strerror(error)))});
            return;
        }
        new PkexecAttempt(context, pid, std::move(folder), program, std::move(done));
    }

private:
    QString pkexec() const
    {
        return m_pkexec.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("pkexec"))
                                  : m_pkexec;
    }

    QString m_pkexec;
};

// Gives `path` to `uid` when root owns it.
void giveBack(const QString &path, uid_t uid, gid_t gid)
{
    struct stat st {};
    const QByteArray name = QFile::encodeName(path);
    if (lstat(name.constData(), &st) == 0 && st.st_uid == 0) {
        if (lchown(name.constData(), uid, gid) != 0) {
            qWarning("cannot give %s back to uid %u: %s", name.constData(), unsigned(uid),
                     strerror(errno));
        }
    }
}

void giveBackTree(const QString &folder, const QString &stopAt, uid_t uid, gid_t gid)
{
    if (!QFileInfo::exists(folder)) {
        return;
    }
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        giveBack(it.next(), uid, gid);
    }
    // The folders above it that the elevated copy created (~/.config on a new account), up to
    // the operator's home.
    for (QString dir = folder; !dir.isEmpty() && dir != stopAt && dir != QLatin1String("/");
         dir = QFileInfo(dir).path()) {
        giveBack(dir, uid, gid);
    }
}

} // namespace

std::unique_ptr<Elevation> makePkexecElevation(const QString &pkexecProgram)
{
    return std::make_unique<PkexecElevation>(pkexecProgram);
}

Elevation &systemElevation()
{
    static const std::unique_ptr<Elevation> instance = makePkexecElevation();
    return *instance;
}

void reportElevatedStart()
{
    const QString ready = qEnvironmentVariable(kReadyVariable);
    if (ready.isEmpty()) {
        return;
    }
    qunsetenv(kReadyVariable); // not for the programs this copy starts
    QFile file(ready);
    if (!file.open(QIODevice::WriteOnly)) {
        qWarning("cannot tell the starting copy that this one runs: %s",
                 qPrintable(file.errorString()));
    }
}

void returnFilesToOperator()
{
    bool ok = false;
    const uint uid = qEnvironmentVariableIntValue("PKEXEC_UID", &ok);
    if (!ok || geteuid() != 0 || uid == 0) {
        return;
    }
    const passwd *account = getpwuid(uid);
    if (account == nullptr) {
        return;
    }
    const QString home = QFile::decodeName(account->pw_dir);
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation}) {
        const QString base = QStandardPaths::writableLocation(location);
        // Only the operator's own locations, as handed over by the restart.
        if (base.startsWith(home + QLatin1Char('/'))) {
            giveBackTree(base + QLatin1String(kAppFolder), home, uid, account->pw_gid);
        }
    }
}

} // namespace platform
