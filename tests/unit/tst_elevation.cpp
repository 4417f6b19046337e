// SPDX-License-Identifier: Apache-2.0
// The pkexec restart: the elevated copy is a child of this process until its window is open
// (pkexec refuses to ask for a password for a parent that has ended), a cancelled or refused
// prompt comes back as a message, and the copy gets the display, the language and the
// operator's config and data locations. A stand-in pkexec answers as pkexec does.
#include "platform/elevation_pkexec.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <unistd.h>

namespace {

class TestElevation : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Writes a stand-in pkexec: refuses a parent other than this test process, as pkexec does
    // for a parent that ended (a detached start's parent is init), then runs `body`.
    QString standIn(const QString &body)
    {
        const QString path = m_dir.filePath(QStringLiteral("pkexec"));
        QFile::remove(path);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return QString();
        }
        file.write(QStringLiteral("#!/bin/sh\n"
                                  "[ \"$PPID\" = \"%1\" ] || { echo dead parent >&2; exit 127; }\n"
                                  "%2\n")
                       .arg(getpid())
                       .arg(body)
                       .toLocal8Bit());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    // Runs relaunch() and waits for its answer.
    std::optional<platform::ElevationResult> relaunch(platform::Elevation &elevation,
                                                      const QStringList &program)
    {
        QObject context;
        std::optional<platform::ElevationResult> answer;
        elevation.relaunch(program.first(), program.mid(1), &context,
                           [&answer](const platform::ElevationResult &r) { answer = r; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000)) {
            return std::nullopt;
        }
        return answer;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void startedOnceTheCopyIsReady()
    {
        // Like pkexec: a cleared environment with PKEXEC_UID, then the program.
        const auto elevation = platform::makePkexecElevation(
            standIn(QStringLiteral("exec env -i PKEXEC_UID=%1 \"$@\"").arg(getuid())));
        QVERIFY(elevation->canRelaunch());
        const QString seen = m_dir.filePath(QStringLiteral("environment"));
        qputenv("LANGUAGE", "de");
        qputenv("DISPLAY", ":42");
        const auto answer = relaunch(
            *elevation, {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                         QStringLiteral("env > '%1'; : > \"$CERTSRV_ELEVATION_READY\"").arg(seen)});
        QVERIFY(answer);
        QVERIFY2(answer->started, qPrintable(answer->message));
        QFile file(seen);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList environment = QString::fromLocal8Bit(file.readAll()).split('\n');
        QVERIFY(environment.contains(QStringLiteral("LANGUAGE=de")));
        QVERIFY(environment.contains(QStringLiteral("DISPLAY=:42")));
        QVERIFY(environment.contains(
            QStringLiteral("XDG_CONFIG_HOME=") +
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
        QVERIFY(environment.contains(
            QStringLiteral("XDG_DATA_HOME=") +
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    }

    void cancelledPrompt()
    {
        const auto elevation = platform::makePkexecElevation(standIn(QStringLiteral("exit 126")));
        const auto answer = relaunch(*elevation, {QStringLiteral("/bin/true")});
        QVERIFY(answer);
        QVERIFY(!answer->started);
        QVERIFY2(answer->message.contains(QStringLiteral("cancelled")),
                 qPrintable(answer->message));
    }

    void refusedPrompt()
    {
        const auto elevation = platform::makePkexecElevation(standIn(QStringLiteral("exit 127")));
        const auto answer = relaunch(*elevation, {QStringLiteral("/bin/true")});
        QVERIFY(answer);
        QVERIFY(!answer->started);
        QVERIFY2(answer->message.contains(QStringLiteral("refused")), qPrintable(answer->message));
        QVERIFY2(answer->message.contains(QStringLiteral("sudo -E /bin/true")),
                 qPrintable(answer->message));
    }

    void copyEndsBeforeItsWindow()
    {
        const auto elevation =
            platform::makePkexecElevation(standIn(QStringLiteral("exec \"$@\"")));
        const auto answer = relaunch(*elevation, {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                                  QStringLiteral("exit 3")});
        QVERIFY(answer);
        QVERIFY(!answer->started);
        QVERIFY2(answer->message.contains(QStringLiteral("exit code 3")),
                 qPrintable(answer->message));
    }

    void noAnswerAfterTheContextIsGone()
    {
        const QString ended = m_dir.filePath(QStringLiteral("ended"));
        const auto elevation =
            platform::makePkexecElevation(standIn(QStringLiteral(": > '%1'; exit 126").arg(ended)));
        bool called = false;
        {
            QObject context;
            elevation->relaunch(QStringLiteral("/bin/true"), {}, &context,
                                [&called](const platform::ElevationResult &) { called = true; });
        }
        QTRY_VERIFY(QFile::exists(ended));
        // The stand-in has ended; nothing may call into the gone context, however long it waits.
        QVERIFY(!QTest::qWaitFor([&called] { return called; }, 1000));
    }

    void withoutPkexec()
    {
        const auto elevation =
            platform::makePkexecElevation(m_dir.filePath(QStringLiteral("no-such-pkexec")));
        // A configured program that is missing: the start itself fails with the reason.
        const auto answer = relaunch(*elevation, {QStringLiteral("/bin/true")});
        QVERIFY(answer);
        QVERIFY(!answer->started);
        QVERIFY(!answer->message.isEmpty());
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestElevation)
#include "tst_elevation.moc"
