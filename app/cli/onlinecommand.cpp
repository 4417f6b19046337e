// SPDX-License-Identifier: Apache-2.0
// The online command: whether Certificate Services answers on a server.
#include "onlinecommand.h"

#include "commandoptions.h"
#include "commandsupport.h"
#include "engine/errortext.h"
#include "exitcodes.h"
#include "engine/serverinventory.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace cli {

using O = CommandOptions;

OnlineCommand::OnlineCommand() : Command(QStringLiteral("online")) {}

QString OnlineCommand::description() const
{
    return tr("Check whether Certificate Services answers on a server.");
}

QList<QCommandLineOption> OnlineCommand::options() const
{
    return {O::server(), O::json(), O::verbose(), O::certadmLibrary()};
}

int OnlineCommand::execute(const QCommandLineParser &parser, const QStringList &)
{
    if (!parser.isSet(O::server()) || parser.value(O::server()).trimmed().isEmpty()) {
        return usageError(tr("online needs --server NAME"));
    }
    const bool json = parser.isSet(O::json());
    int exitCode = ExitSuccess;
    const auto library = loadLibraryOrReport(parser.value(O::certadmLibrary()), json, &exitCode);
    if (!library) {
        return exitCode;
    }
    const QString server = parser.value(O::server()).trimmed();
    const engine::OnlineStatus status = engine::probeOnline(*library, server);
    // The engine classifies; the words and the detail are this tool's.
    QString detail;
    if (status.state == engine::OnlineState::Unreachable) {
        const engine::ErrorText d = engine::describeError(status.hresult);
        detail = QStringLiteral("%1 %2 %3").arg(d.code, d.meaning, d.action);
    } else if (status.state == engine::OnlineState::Paused) {
        detail = tr("Certificate Services is paused; resume it to back up.");
    }
    const QString word = engine::onlineStateWord(status.state);
    if (json) {
        printJson(QJsonObject{{QStringLiteral("server"), server},
                              {QStringLiteral("state"), word},
                              {QStringLiteral("hresult"),
                               QString::fromStdString(certadm::formatHresult(status.hresult))},
                              {QStringLiteral("detail"), detail}});
    } else {
        out(tr("%1: %2%3")
                .arg(server, word, detail.isEmpty() ? QString() : QStringLiteral(" - ") + detail));
    }
    return status.state == engine::OnlineState::Online ? ExitSuccess : ExitServerOffline;
}

} // namespace cli
