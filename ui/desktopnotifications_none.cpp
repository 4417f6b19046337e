// SPDX-License-Identifier: Apache-2.0
#include "desktopnotifications.h"

namespace ui {

// No D-Bus on this platform: the system tray (always there on Windows) or the in-window banner
// carries notifications.
DesktopNotifications::DesktopNotifications(QObject *parent) : QObject(parent) {}

bool DesktopNotifications::isAvailable() const
{
    return false;
}

bool DesktopNotifications::show(const QString &, const QString &, bool, const QString &)
{
    return false;
}

void DesktopNotifications::onActionInvoked(uint, const QString &) {}

void DesktopNotifications::onClosed(uint, uint) {}

} // namespace ui
