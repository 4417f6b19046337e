// SPDX-License-Identifier: Apache-2.0
// Tells the operator that a backup ended, through the best channel there is: the tray icon's
// message, else a desktop notification over D-Bus, else the in-window banner. Never a silent loss.
// Availability checks can be replaced, so tests walk the whole fallback chain.
#pragma once

#include <QObject>

#include <functional>

class QSystemTrayIcon;

namespace ui {

class DesktopNotifications;
class MessageBar;

class Notifier : public QObject {
    Q_OBJECT
public:
    enum class Channel { Tray, Desktop, Banner };

    Notifier(QSystemTrayIcon *tray, DesktopNotifications *desktop, MessageBar *banner,
             QObject *parent = nullptr);

    // Tests: what counts as available.
    void setTrayAvailable(std::function<bool()> check) { m_trayAvailable = std::move(check); }
    void setDesktopAvailable(std::function<bool()> check) { m_desktopAvailable = std::move(check); }

    // Shows a notification; `failure` ones stay until dismissed. `key` comes back in activated()
    // when the operator clicks it. Returns the channel used.
    Channel notify(const QString &title, const QString &body, bool failure, const QString &key);

Q_SIGNALS:
    void activated(const QString &key);

private:
    QSystemTrayIcon *m_tray;
    DesktopNotifications *m_desktop;
    MessageBar *m_banner;
    std::function<bool()> m_trayAvailable;
    std::function<bool()> m_desktopAvailable;
    QString m_trayKey;
};

} // namespace ui
