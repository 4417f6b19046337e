// SPDX-License-Identifier: Apache-2.0
// The notification fallback chain: the tray first, then org.freedesktop.Notifications over D-Bus,
// then the in-window banner; failures stay, and clicking a notification comes back with its key.
// Runs inside dbus-run-session with a fake notification server on its own bus connection.
#include "ui/desktopnotifications.h"
#include "ui/messagebar.h"
#include "ui/notifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// Records what the application asked for, the way a desktop's notification daemon receives it.
class FakeNotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Received {
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout;
    };
    QList<Received> received;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        Q_UNUSED(app)
        Q_UNUSED(replaces)
        Q_UNUSED(icon)
        received.append({summary, body, actions, hints, timeout});
        return static_cast<uint>(received.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
};

} // namespace

class TestNotifier final : public QObject {
    Q_OBJECT
private:
    QDBusConnection m_serverBus{QStringLiteral("unused")};
    FakeNotificationServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "run inside dbus-run-session (ctest does)");
        m_serverBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                    QStringLiteral("fake-notification-server"));
        QVERIFY(m_serverBus.isConnected());
    }

    // The fake notification server is one test's: it goes, whatever that test's outcome.
    void cleanup()
    {
        m_serverBus.unregisterService(kService);
        m_serverBus.unregisterObject(kPath);
        m_server.received.clear();
    }

    void trayFirst()
    {
        MessageBarHolder holder;
        QSystemTrayIcon tray;
        ui::DesktopNotifications desktop;
        ui::Notifier notifier(&tray, &desktop, holder.bar);
        notifier.setTrayAvailable([] { return true; });
        QCOMPARE(notifier.notify(QStringLiteral("Backup of CA01 succeeded"), QStringLiteral("set"),
                                 false, QStringLiteral("k1")),
                 ui::Notifier::Channel::Tray);
        QVERIFY(holder.bar->isHidden());
        // A failure also stays in the window: a balloon goes away by itself.
        QCOMPARE(notifier.notify(QStringLiteral("Backup of CA01 failed"),
                                 QStringLiteral("0x800706BA"), true, QStringLiteral("k2")),
                 ui::Notifier::Channel::Tray);
        QVERIFY(!holder.bar->isHidden());
        QCOMPARE(holder.bar->kind(), ui::MessageBar::Kind::Error);
        QSignalSpy activated(&notifier, &ui::Notifier::activated);
        emit tray.messageClicked();
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("k2"));
    }

    void desktopNotificationWithoutTray()
    {
        QVERIFY(m_serverBus.registerObject(kPath, &m_server, QDBusConnection::ExportAllSlots));
        QVERIFY(m_serverBus.registerService(kService));
        MessageBarHolder holder;
        ui::DesktopNotifications desktop;
        ui::Notifier notifier(nullptr, &desktop, holder.bar);
        notifier.setTrayAvailable([] { return false; });
        QVERIFY(desktop.isAvailable());
        QCOMPARE(notifier.notify(QStringLiteral("Backup of CA01 failed"),
                                 QStringLiteral("0xC8000230"), true, QStringLiteral("run-7")),
                 ui::Notifier::Channel::Desktop);
        QTRY_COMPARE(m_server.received.size(), 1);
        const FakeNotificationServer::Received &n = m_server.received.first();
        QCOMPARE(n.summary, QStringLiteral("Backup of CA01 failed"));
        QCOMPARE(n.body, QStringLiteral("0xC8000230"));
        QCOMPARE(n.timeout, 0); // a failure stays until dismissed
        QCOMPARE(n.hints.value(QStringLiteral("urgency")).toInt(), 2);
        QVERIFY(n.actions.contains(QStringLiteral("default")));
        QVERIFY(holder.bar->isHidden());

        // Clicking the notification: the server emits ActionInvoked with the id it returned. The
        // notifier learns that id from the asynchronous reply to Notify, and cannot match a click
        // before it: the click is repeated until one is matched.
        QSignalSpy activated(&notifier, &ui::Notifier::activated);
        auto click = [this] {
            QDBusMessage signal =
                QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
            signal << uint(1) << QStringLiteral("default");
            return m_serverBus.send(signal);
        };
        QTRY_VERIFY(click() && !activated.isEmpty());
        for (const QList<QVariant> &arguments : std::as_const(activated)) {
            QCOMPARE(arguments.at(0).toString(), QStringLiteral("run-7"));
        }

        QCOMPARE(notifier.notify(QStringLiteral("Backup of CA01 succeeded"), QStringLiteral("ok"),
                                 false, QStringLiteral("run-8")),
                 ui::Notifier::Channel::Desktop);
        QTRY_COMPARE(m_server.received.size(), 2);
        QCOMPARE(m_server.received.at(1).timeout, -1);
    }

    void bannerLast()
    {
        MessageBarHolder holder;
        ui::DesktopNotifications desktop;
        ui::Notifier notifier(nullptr, &desktop, holder.bar);
        notifier.setTrayAvailable([] { return false; });
        QTRY_VERIFY(!desktop.isAvailable()); // no notification server on this bus now
        QCOMPARE(notifier.notify(QStringLiteral("Backup of CA01 failed"), QStringLiteral("why"),
                                 true, QStringLiteral("run-9")),
                 ui::Notifier::Channel::Banner);
        QVERIFY(!holder.bar->isHidden());
        QVERIFY(holder.bar->text().contains(QStringLiteral("Backup of CA01 failed")));
        QSignalSpy activated(&notifier, &ui::Notifier::activated);
        auto *show =
            holder.bar->findChild<QPushButton *>(QStringLiteral("messageBarAction_show:run-9"));
        QVERIFY(show != nullptr);
        show->click();
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("run-9"));
    }

private:
    struct MessageBarHolder {
        QWidget window;
        ui::MessageBar *bar = new ui::MessageBar(&window);
    };
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    TestNotifier test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notifier.moc"
