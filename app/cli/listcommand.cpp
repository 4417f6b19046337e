// SPDX-License-Identifier: Apache-2.0
// The list command: the sets under a destination, unfinished ones removed.
#include "listcommand.h"

#include "engine/catalog.h"
#include "commandoptions.h"
#include "exitcodes.h"
#include "engine/partialset.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

using O = CommandOptions;

ListCommand::ListCommand() : Command(QStringLiteral("list")) {}

QString ListCommand::description() const
{
    return tr("List the sets under a destination, with their chains.");
}

QList<QCommandLineOption> ListCommand::options() const
{
    return {O::json(), O::verbose()};
}

QList<Command::Argument> ListCommand::arguments() const
{
    return {{QStringLiteral("DIR"), tr("The destination folder of earlier backups.")}};
}

int ListCommand::execute(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString folder = positional.at(0);
    if (!QDir(folder).exists()) {
        err(tr("%1 does not exist: name the destination folder of earlier backups").arg(folder));
        return ExitFailed;
    }
    // Unfinished sets of interrupted runs are removed here too, so that they never pile up.
    const QList<engine::PartialSet> partials = engine::sweepPartialSets(folder, true);
    const engine::Catalog catalog = engine::Catalog::scan(folder);
    QStringList incomplete;
    for (const QString &path : catalog.incomplete) {
        if (!path.endsWith(QLatin1String(engine::kPartialSuffix))) {
            incomplete.append(path); // .partial folders are reported with their state below
        }
    }
    if (parser.isSet(O::json())) {
        QJsonArray partialArray;
        for (const engine::PartialSet &partial : partials) {
            const bool inUse = partial.state == engine::PartialSet::State::InUse;
            QJsonObject entry{
                {QStringLiteral("path"), QDir::toNativeSeparators(partial.path)},
                {QStringLiteral("state"),
                 inUse ? QStringLiteral("in_use") : QStringLiteral("stale")},
                {QStringLiteral("removed"), partial.removed},
                {QStringLiteral("bytes"), partial.bytes},
                {QStringLiteral("message"), partial.describe()},
            };
            if (inUse) {
                entry.insert(QStringLiteral("owner_pid"), partial.ownerPid);
                entry.insert(QStringLiteral("owner_host"), partial.ownerHost);
            }
            partialArray.append(entry);
        }
        QJsonArray sets;
        for (const engine::CatalogEntry &entry : catalog.sets) {
            sets.append(QJsonObject{
                {QStringLiteral("set"), QDir::toNativeSeparators(entry.path)},
                {QStringLiteral("name"), entry.folderName},
                {QStringLiteral("ca_name"), entry.manifest.caName},
                {QStringLiteral("server"), entry.manifest.server},
                {QStringLiteral("type"), engine::setTypeName(entry.manifest.type)},
                {QStringLiteral("started"), entry.manifest.started.toString(Qt::ISODate)},
                {QStringLiteral("finished"), entry.manifest.finished.toString(Qt::ISODate)},
                {QStringLiteral("bytes"), entry.manifest.totalBytes()},
                {QStringLiteral("log_generation_low"),
                 static_cast<qint64>(entry.manifest.logGenerationLow)},
                {QStringLiteral("log_generation_high"),
                 static_cast<qint64>(entry.manifest.logGenerationHigh)},
                {QStringLiteral("chain"), QJsonArray::fromStringList(entry.chain)},
                {QStringLiteral("chain_problem"), entry.chainProblem},
            });
        }
        printJson(QJsonObject{
            {QStringLiteral("sets"), sets},
            {QStringLiteral("partial"), partialArray},
            {QStringLiteral("incomplete"), QJsonArray::fromStringList(incomplete)},
            {QStringLiteral("unreadable"), QJsonArray::fromStringList(catalog.unreadable)}});
        return ExitSuccess;
    }
    if (catalog.sets.isEmpty()) {
        out(tr("No backup sets in %1").arg(QDir::toNativeSeparators(folder)));
    }
    for (const engine::CatalogEntry &entry : catalog.sets) {
        const QString chain = entry.manifest.type == engine::SetType::Full ? tr("full set")
                              : entry.chainProblem.isEmpty()
                                  ? tr("extends %1").arg(entry.chain.value(0))
                                  : tr("BROKEN CHAIN: %1").arg(entry.chainProblem);
        out(tr("%1  %2  %3  %4  %5  logs %6-%7  %8")
                .arg(entry.manifest.caName, entry.folderName,
                     engine::setTypeName(entry.manifest.type),
                     entry.manifest.started.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                     TerminalProgress::bytes(entry.manifest.totalBytes()))
                .arg(entry.manifest.logGenerationLow)
                .arg(entry.manifest.logGenerationHigh)
                .arg(chain));
    }
    for (const engine::PartialSet &partial : partials) {
        out(QStringLiteral("(%1)").arg(partial.describe()));
    }
    for (const QString &path : std::as_const(incomplete)) {
        out(tr("(ignored, incomplete: %1)").arg(QDir::toNativeSeparators(path)));
    }
    for (const QString &line : catalog.unreadable) {
        out(tr("(ignored, unreadable manifest: %1)").arg(line));
    }
    return ExitSuccess;
}

} // namespace cli
