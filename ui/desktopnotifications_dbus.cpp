// SPDX-License-Identifier: Apache-2.0
#include "desktopnotifications.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace ui {
namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
        bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                    SLOT(onClosed(uint, uint)));
    }
}

bool DesktopNotifications::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() != nullptr &&
           bus.interface()->isServiceRegistered(kService).value();
}

bool DesktopNotifications::show(const QString &title, const QString &body, bool persistent,
                                const QString &key)
{
    if (!isAvailable()) {
        return false;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    // Urgency 2 (critical) keeps failures on screen on servers that honour it.
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(persistent ? 2 : 1));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("certsrv-backup"));
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("certsrv-backup")
         << title << body << QStringList{QStringLiteral("default"), tr("Show")} << hints
         << int(persistent ? 0 : -1);
    // Asynchronous: a slow notification server must never stall the window.
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, key] {
        const QDBusPendingReply<uint> reply = *watcher;
        watcher->deleteLater();
        if (reply.isValid()) {
            m_keys.insert(reply.value(), key);
        }
    });
    return true;
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    Q_UNUSED(action)
    const auto it = m_keys.constFind(id);
    if (it != m_keys.constEnd()) {
        Q_EMIT activated(it.value());
    }
}

void DesktopNotifications::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_keys.remove(id);
}

} // namespace ui
