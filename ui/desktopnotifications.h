// SPDX-License-Identifier: Apache-2.0
// Desktop notifications through org.freedesktop.Notifications on D-Bus, for desktops without a
// system tray. On platforms without D-Bus (Windows) it is never available and the tray is used.
#pragma once

#include <QHash>
#include <QObject>

namespace ui {

class DesktopNotifications : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    // Whether a notification server runs on the session bus.
    bool isAvailable() const;
    // Shows a notification; `persistent` ones (failures) stay until the operator closes them.
    // Returns false when nothing could be shown.
    bool show(const QString &title, const QString &body, bool persistent, const QString &key);

Q_SIGNALS:
    // The operator clicked the notification that was shown with `key`.
    void activated(const QString &key);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QHash<uint, QString> m_keys;
};

} // namespace ui
