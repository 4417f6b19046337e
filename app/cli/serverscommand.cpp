// SPDX-License-Identifier: Apache-2.0
// The servers command: the main window's server inventory on the command line.
#include "serverscommand.h"

#include "commandoptions.h"
#include "commandsupport.h"
#include "exitcodes.h"
#include "profiles/profilestore.h"
#include "engine/serverinventory.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

using O = CommandOptions;

ServersCommand::ServersCommand() : Command(QStringLiteral("servers")) {}

QString ServersCommand::description() const
{
    return tr("List the servers this machine knows, with their state.");
}

QList<QCommandLineOption> ServersCommand::options() const
{
    return {O::json(), O::verbose(), O::certadmLibrary()};
}

int ServersCommand::execute(const QCommandLineParser &parser, const QStringList &)
{
    const bool json = parser.isSet(O::json());
    int exitCode = ExitSuccess;
    const auto library = loadLibraryOrReport(parser.value(O::certadmLibrary()), json, &exitCode);
    if (!library) {
        return exitCode;
    }
    // The inventory the main window shows: found on this machine, saved in profiles, used
    // before, with sets on disk; one CA under two names is one server.
    engine::InventoryRequest request;
    request.probeWith = library;
    profiles::ProfileStore store;
    QString storeError;
    if (store.load(&storeError)) {
        for (const profiles::Profile &profile : store.profiles()) {
            request.extra.append(
                {profile.server, profile.caName, QStringLiteral("profile %1").arg(profile.name)});
            request.destinations.append(profile.destination);
        }
    }
    const engine::Inventory inventory = engine::buildInventory(request);
    QJsonArray array;
    for (const engine::InventoryServer &server : inventory.servers) {
        const QString word = engine::onlineStateWord(server.online.state);
        if (json) {
            array.append(
                QJsonObject{{QStringLiteral("server"), server.server},
                            {QStringLiteral("ca_name"), server.caName},
                            {QStringLiteral("source"), server.source},
                            {QStringLiteral("aliases"), QJsonArray::fromStringList(server.aliases)},
                            {QStringLiteral("state"), word}});
        } else {
            out(tr("%1  %2  %3  (%4)%5")
                    .arg(server.server, server.caName, word, server.source,
                         server.aliases.isEmpty()
                             ? QString()
                             : tr(", also named %1")
                                   .arg(server.aliases.join(QStringLiteral(", ")))));
        }
    }
    if (json) {
        printJson(array);
    } else if (inventory.servers.isEmpty()) {
        out(tr("No servers found. Name one with --server."));
    }
    return ExitSuccess;
}

} // namespace cli
