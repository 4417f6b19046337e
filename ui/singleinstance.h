// SPDX-License-Identifier: Apache-2.0
// One desktop application per operator: a second start hands its command line to the first,
// which comes to the front (and opens the wizard or runs the profile it was started for).
//
// Built on Qt Core only (a lock file and a watched folder), since the Windows build's Qt has no
// network module for a local socket. An elevated copy is a separate instance: it never hands over
// to one without the privilege it was started for.
#pragma once

#include <QFileSystemWatcher>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace ui {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Claim {
        First,      // no other instance runs: this one receives the others' starts
        HandedOver, // another runs and took `arguments`: this process ends
        NoAnswer,   // another holds the lock but did not take the arguments in time
        Alone,      // the lock could not be used (an unwritable folder): run without it
    };

    // `folder`: a folder only this account writes; `name` tells instances apart (elevation).
    SingleInstance(QString folder, QString name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The folder and name for this account and session (elevated or not).
    static SingleInstance *forThisSession(QObject *parent = nullptr);

    // Becomes the first instance, or hands `arguments` to the running one (waiting up to
    // `answerMs` for it to take them).
    Claim claim(const QStringList &arguments, int answerMs = 5000);
    // The process id of the running instance after a claim that was not First (0 if unknown).
    qint64 otherProcessId() const { return m_otherPid; }
    // Why the claim came out Alone or NoAnswer.
    QString detail() const { return m_detail; }

Q_SIGNALS:
    // Another start of the application, with its command line (without the program).
    void activated(const QStringList &arguments);

private:
    void readInbox();
    QString inbox() const;

    QString m_folder;
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QFileSystemWatcher m_watcher;
    qint64 m_otherPid = 0;
    QString m_detail;
};

} // namespace ui
