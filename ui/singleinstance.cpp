// SPDX-License-Identifier: Apache-2.0
#include "singleinstance.h"

#include "platform/privilege.h"
#include "uilog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

namespace ui {
namespace {

const QString kSuffix = QStringLiteral(".start");

} // namespace

SingleInstance::SingleInstance(QString folder, QString name, QObject *parent)
    : QObject(parent), m_folder(std::move(folder)), m_name(std::move(name))
{
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &SingleInstance::readInbox);
}

SingleInstance::~SingleInstance() = default;

SingleInstance *SingleInstance::forThisSession(QObject *parent)
{
    // A folder of this account alone: the runtime folder (XDG_RUNTIME_DIR) on Linux, the
    // account's temporary folder on Windows (its RuntimeLocation is the profile folder itself).
#ifdef Q_OS_WIN
    const auto location = QStandardPaths::TempLocation;
#else
    const auto location = QStandardPaths::RuntimeLocation;
#endif
    QString name = QCoreApplication::applicationName();
    if (platform::isElevated()) {
        name += QStringLiteral("-elevated");
    }
    return new SingleInstance(QStandardPaths::writableLocation(location), name, parent);
}

QString SingleInstance::inbox() const
{
    return m_folder + QLatin1Char('/') + m_name + QStringLiteral(".starts");
}

SingleInstance::Claim SingleInstance::claim(const QStringList &arguments, int answerMs)
{
    if (m_folder.isEmpty() || !QDir().mkpath(m_folder)) {
        m_detail = QStringLiteral("no folder for the instance lock");
        return Claim::Alone;
    }
    m_lock =
        std::make_unique<QLockFile>(m_folder + QLatin1Char('/') + m_name + QStringLiteral(".lock"));
    // Only a lock whose process has ended is stale, however long the first instance runs.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        QDir box(inbox());
        if (!box.mkpath(QStringLiteral(".")) || !m_watcher.addPath(box.path())) {
            m_detail = QStringLiteral("cannot watch %1").arg(box.path());
            qCWarning(lcUi).noquote() << "other starts cannot reach this one:" << m_detail;
            return Claim::First;
        }
        // Starts left by an instance that ended before it read them are not for this one.
        for (const QString &old : box.entryList(QDir::Files)) {
            box.remove(old);
        }
        return Claim::First;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_detail = QStringLiteral("the lock file cannot be written");
        return Claim::Alone;
    }
    QString host;
    QString application;
    m_lock->getLockInfo(&m_otherPid, &host, &application);

    const QString file = inbox() + QLatin1Char('/') +
                         QStringLiteral("%1-%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch()) +
                         kSuffix;
    QSaveFile request(file);
    if (!request.open(QIODevice::WriteOnly) ||
        request.write(QJsonDocument(QJsonArray::fromStringList(arguments)).toJson()) < 0 ||
        !request.commit()) {
        m_detail = request.errorString();
        return Claim::NoAnswer;
    }
    // The first instance deletes the request once it has taken it.
    const QDeadlineTimer deadline(answerMs);
    while (QFile::exists(file)) {
        if (deadline.hasExpired()) {
            QFile::remove(file);
            m_detail = QStringLiteral("no answer within %1 ms").arg(answerMs);
            return Claim::NoAnswer;
        }
        QThread::msleep(20);
    }
    return Claim::HandedOver;
}

void SingleInstance::readInbox()
{
    QDir box(inbox());
    const QStringList names =
        box.entryList({QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QString &name : names) {
        QFile file(box.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        file.close();
        box.remove(name);
        QStringList arguments;
        for (const QJsonValue &value : document.array()) {
            arguments << value.toString();
        }
        qCInfo(lcUi) << "another start of the application:" << arguments;
        Q_EMIT activated(arguments);
    }
}

} // namespace ui
