// SPDX-License-Identifier: Apache-2.0
#include "elevation.h"

#include <QCoreApplication>
#include <QDir>

#include <windows.h>
#include <shellapi.h>

namespace platform {
namespace {

// Quotes one argument the way CommandLineToArgvW reads it back.
QString quoteArgument(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(QLatin1Char(' ')) &&
        !argument.contains(QLatin1Char('\t')) && !argument.contains(QLatin1Char('"'))) {
        return argument;
    }
    QString quoted = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted += QString(backslashes * 2 + 1, QLatin1Char('\\'));
        } else {
            quoted += QString(backslashes, QLatin1Char('\\'));
        }
        backslashes = 0;
        quoted += c;
    }
    quoted += QString(backslashes * 2, QLatin1Char('\\'));
    quoted += QLatin1Char('"');
    return quoted;
}

class RunAsElevation final : public Elevation {
public:
    bool canRelaunch() const override { return true; }

    void relaunch(const QString &program, const QStringList &arguments, QObject * /*context*/,
                  std::function<void(const ElevationResult &)> done) override
    {
        // ShellExecuteExW returns once the consent prompt is answered and the process exists.
        ElevationResult result;
        QStringList quoted;
        for (const QString &argument : arguments) {
            quoted << quoteArgument(argument);
        }
        const std::wstring file = QDir::toNativeSeparators(program).toStdWString();
        const std::wstring parameters = quoted.join(QLatin1Char(' ')).toStdWString();
        SHELLEXECUTEINFOW info{};
        info.cbSize = sizeof info;
        info.fMask = SEE_MASK_NOASYNC;
        info.lpVerb = L"runas";
        info.lpFile = file.c_str();
        info.lpParameters = parameters.c_str();
        info.nShow = SW_SHOWNORMAL;
        if (ShellExecuteExW(&info)) {
            result.started = true;
        } else if (GetLastError() == ERROR_CANCELLED) {
            result.message = QCoreApplication::translate(
                "platform::Elevation", "The administrator prompt was declined. Nothing was "
                                       "changed: choose \"Restart as administrator\" again, or "
                                       "start the application as administrator.");
        } else {
            result.message =
                QCoreApplication::translate("platform::Elevation",
                                            "Windows could not start the program elevated "
                                            "(error %1).")
                    .arg(GetLastError());
        }
        done(result);
    }
};

} // namespace

Elevation &systemElevation()
{
    static RunAsElevation instance;
    return instance;
}

void reportElevatedStart()
{
    // ShellExecuteExW has said that the elevated copy started.
}

void returnFilesToOperator()
{
    // An elevated copy runs under the operator's own account and profile.
}

} // namespace platform
