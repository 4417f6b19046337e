// SPDX-License-Identifier: Apache-2.0
// Simulated CAs for tests: a private CERTSRV_SIM_HOME, certsrv-sim driven through QProcess, and
// every daemon a test started stopped again when the fixture goes.
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace testing {

struct ProcessRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

// Everything under `destination` whose name says "unfinished" (.partial folders, their locks).
QStringList unfinishedEntries(const QString &destination);

// A child process as a crash or a power cut ends it (SIGKILL); false when it had already ended.
bool killNow(QProcess &process);

class SimulatorFixture {
public:
    // `binDir`: where certsrv-sim and the other executables are built.
    explicit SimulatorFixture(QString binDir);
    ~SimulatorFixture();
    SimulatorFixture(const SimulatorFixture &) = delete;
    SimulatorFixture &operator=(const SimulatorFixture &) = delete;

    bool isValid() const { return m_home.isValid(); }
    QString path(const QString &relative) const { return m_home.filePath(relative); }
    QString binary(const QString &name) const { return m_binDir + QLatin1Char('/') + name; }
    // The environment for child processes: the private simulator home, HOME and XDG folders,
    // English texts.
    const QProcessEnvironment &environment() const { return m_env; }
    // Also exports that environment into this process (for an in-process certadm library).
    void exportEnvironment() const;

    // Runs `program` from the build folder with `input` on its standard input (then closed).
    ProcessRun run(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &extra = {}, int timeoutMs = 60000,
                   const QByteArray &input = {}) const;
    ProcessRun sim(const QStringList &arguments) const;

    // `certsrv-sim create NAME --ca-name "NAME Issuing CA" --db-size 16MiB --certificates 3000`
    // followed by `start NAME startArguments...`; false with the tool's message on failure.
    bool createAndStart(const QString &name, const QStringList &startArguments,
                        QString *error = nullptr, const QStringList &createArguments = {});
    QJsonObject status(const QString &name) const;
    // The lowest log generation the server still holds (what a truncation moves).
    qint64 lowGeneration(const QString &name) const;
    // Waits until the server holds no backup context; false when one is still held after
    // `timeoutMs` (a dead client's context is ended by the daemon on its own).
    bool waitUntilNoBackup(const QString &name, int timeoutMs = 15000) const;

private:
    QString m_binDir;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QStringList m_started;
};

} // namespace testing
