#include "simulatorfixture.h"

#include <QJsonDocument>
#include <QProcess>

namespace testing {

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
                                 const QProcessEnvironment &extra, int timeoutMs) const
{
    QProcess process;
    QProcessEnvironment env = m_env;
    for (const QString &key : extra.keys()) {
        env.insert(key, extra.value(key));
    }
    process.setProcessEnvironment(env);
    process.start(binary(program), arguments);
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

} // namespace testing
