// SPDX-License-Identifier: Apache-2.0
#include "notifier.h"

#include "desktopnotifications.h"
#include "messagebar.h"
#include "uilog.h"

#include <QSystemTrayIcon>

namespace ui {

Notifier::Notifier(QSystemTrayIcon *tray, DesktopNotifications *desktop, MessageBar *banner,
                   QObject *parent)
    : QObject(parent), m_tray(tray), m_desktop(desktop), m_banner(banner)
{
    // supportsMessages() is true even with no tray at all: only isSystemTrayAvailable() tells.
    m_trayAvailable = [this] {
        return m_tray != nullptr && m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
    };
    m_desktopAvailable = [this] { return m_desktop != nullptr && m_desktop->isAvailable(); };
    if (m_tray != nullptr) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { Q_EMIT activated(m_trayKey); });
    }
    if (m_desktop != nullptr) {
        connect(m_desktop, &DesktopNotifications::activated, this, &Notifier::activated);
    }
    connect(m_banner, &MessageBar::actionTriggered, this, [this](const QString &id) {
        if (id.startsWith(QLatin1String("show:"))) {
            Q_EMIT activated(id.mid(5));
        }
    });
}

Notifier::Channel Notifier::notify(const QString &title, const QString &body, bool failure,
                                   const QString &key)
{
    if (m_trayAvailable()) {
        m_trayKey = key;
        // A balloon cannot stay: failures also stay in the window's banner until dismissed.
        m_tray->showMessage(title, body,
                            failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information,
                            failure ? 30000 : 10000);
        if (failure) {
            m_banner->showMessage(MessageBar::Kind::Error, title + QStringLiteral(": ") + body,
                                  {{tr("Show"), QStringLiteral("show:") + key}});
        }
        qCInfo(lcUi) << "notified in the tray:" << title;
        return Channel::Tray;
    }
    if (m_desktopAvailable() && m_desktop->show(title, body, failure, key)) {
        qCInfo(lcUi) << "notified on the desktop:" << title;
        return Channel::Desktop;
    }
    qCInfo(lcUi) << "notified in the window's banner:" << title;
    m_banner->showMessage(failure ? MessageBar::Kind::Error : MessageBar::Kind::Success,
                          title + QStringLiteral(": ") + body,
                          {{tr("Show"), QStringLiteral("show:") + key}}, failure ? 0 : 15000);
    return Channel::Banner;
}

} // namespace ui
