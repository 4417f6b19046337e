// SPDX-License-Identifier: Apache-2.0
#include "simulatorfixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace testing {

QStringList unfinishedEntries(const QString &destination)
{
    QStringList found;
    QDirIterator it(destination, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String(".partial"))) {
            found.append(path);
        }
    }
    return found;
}

bool killNow(QProcess &process)
{
    const qint64 pid = process.processId(); // 0 once it ended: never kill(0, ...)
    const bool running = process.state() != QProcess::NotRunning && pid > 0;
    if (running) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    process.waitForFinished(10000);
    return running;
}

QJsonObject ProcessRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

SimulatorFixture::SimulatorFixture(QString binDir) : m_binDir(std::move(binDir))
{
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("CERTSRV_SIM_HOME"), m_home.filePath(QStringLiteral("sim")));
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_env.remove(QStringLiteral("CERTSRV_BACKUP_CERTADM_LIBRARY"));
    m_env.remove(QStringLiteral("CERTSRV_SIM_UNELEVATED"));
    // The tools' texts in English whatever the caller's language; a test asks for another.
    m_env.remove(QStringLiteral("LANGUAGE"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

SimulatorFixture::~SimulatorFixture()
{
    for (const QString &name : std::as_const(m_started)) {
        sim({QStringLiteral("stop"), name});
    }
}

void SimulatorFixture::exportEnvironment() const
{
    for (const char *name : {"CERTSRV_SIM_HOME", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"}) {
        qputenv(name, m_env.value(QString::fromLatin1(name)).toLocal8Bit());
    }
    qunsetenv("CERTSRV_BACKUP_CERTADM_LIBRARY");
    qunsetenv("CERTSRV_SIM_UNELEVATED");
}

ProcessRun SimulatorFixture::run(const QString &program, const QStringList &arguments,
                                 const QProcessEnvironment &extra, int timeoutMs,
                                 const QByteArray &input) const
{
    QProcess process;
    QProcessEnvironment env = m_env;
    for (const QString &key : extra.keys()) {
        env.insert(key, extra.value(key));
    }
    process.setProcessEnvironment(env);
    process.start(binary(program), arguments);
    process.write(input);
    process.closeWriteChannel();
    ProcessRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessRun SimulatorFixture::sim(const QStringList &arguments) const
{
    return run(QStringLiteral("certsrv-sim"), arguments);
}

bool SimulatorFixture::createAndStart(const QString &name, const QStringList &startArguments,
                                      QString *error, const QStringList &createArguments)
{
    const ProcessRun created =
        sim(QStringList{QStringLiteral("create"), name, QStringLiteral("--ca-name"),
                        name + QStringLiteral(" Issuing CA"), QStringLiteral("--db-size"),
                        QStringLiteral("16MiB"), QStringLiteral("--certificates"),
                        QStringLiteral("3000")} +
            createArguments);
    if (created.exitCode != 0) {
        if (error != nullptr) {
            *error = QString::fromLocal8Bit(created.err);
        }
        return false;
    }
    const ProcessRun started = sim(QStringList{QStringLiteral("start"), name} + startArguments);
    if (started.exitCode != 0) {
        if (error != nullptr) {
            *error = QString::fromLocal8Bit(started.err);
        }
        return false;
    }
    m_started.append(name);
    return true;
}

QJsonObject SimulatorFixture::status(const QString &name) const
{
    return sim({QStringLiteral("status"), name, QStringLiteral("--json")}).json();
}

qint64 SimulatorFixture::lowGeneration(const QString &name) const
{
    return status(name)
        .value(QStringLiteral("log_generations"))
        .toObject()
        .value(QStringLiteral("low"))
        .toInteger();
}

bool SimulatorFixture::waitUntilNoBackup(const QString &name, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    do {
        if (!status(name).value(QStringLiteral("backup_in_progress")).toBool()) {
            return true;
        }
        QTest::qWait(50);
    } while (timer.elapsed() < timeoutMs);
    return false;
}

} // namespace testing
