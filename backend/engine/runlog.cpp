// SPDX-License-Identifier: Apache-2.0
#include "runlog.h"

#include "certadm/hresult.h"
#include "restorejob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace engine {

namespace {

// The words of the file. They are the format: changing one makes older logs unreadable.
const QLatin1String kProfilePrefix("profile:");

QString outcomeText(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case RunOutcome::Failed:
        return QStringLiteral("failed");
    case RunOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool parseOutcome(const QString &text, RunOutcome *outcome)
{
    for (const RunOutcome candidate :
         {RunOutcome::Succeeded, RunOutcome::Failed, RunOutcome::Cancelled}) {
        if (text == outcomeText(candidate)) {
            *outcome = candidate;
            return true;
        }
    }
    return false;
}

QString kindText(RunKind kind)
{
    switch (kind) {
    case RunKind::Backup:
        return QStringLiteral("backup");
    case RunKind::Restore:
        return QStringLiteral("restore");
    case RunKind::Drill:
        return QStringLiteral("drill");
    }
    return {};
}

bool parseKind(const QString &text, RunKind *kind)
{
    for (const RunKind candidate : {RunKind::Backup, RunKind::Restore, RunKind::Drill}) {
        if (text == kindText(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

// "gui", "cli", "profile:NAME".
QString sourceText(RunSource source, const QString &profileName)
{
    switch (source) {
    case RunSource::Wizard:
        return QStringLiteral("gui");
    case RunSource::CommandLine:
        return QStringLiteral("cli");
    case RunSource::Profile:
        return QString(kProfilePrefix) + profileName;
    }
    return {};
}

bool parseSource(const QString &text, RunSource *source, QString *profileName)
{
    if (text.startsWith(kProfilePrefix)) {
        *source = RunSource::Profile;
        *profileName = text.sliced(kProfilePrefix.size());
        return true;
    }
    for (const RunSource candidate : {RunSource::Wizard, RunSource::CommandLine}) {
        if (text == sourceText(candidate, QString())) {
            *source = candidate;
            profileName->clear();
            return true;
        }
    }
    return false;
}

} // namespace

QString runOutcomeWord(RunOutcome outcome)
{
    return outcomeText(outcome);
}

RunRecord RunRecord::fromResult(const BackupResult &result, RunSource source,
                                const QString &profileName)
{
    RunRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.kind = RunKind::Backup;
    r.source = source;
    r.profileName = source == RunSource::Profile ? profileName : QString();
    r.server = result.server;
    r.caName = result.caName;
    r.type = result.type;
    r.outcome = result.outcome;
    r.setPath = result.setPath;
    r.bytes = result.bytes;
    r.files = result.files;
    r.seconds = result.seconds;
    if (!result.succeeded()) {
        r.hresult = QString::fromStdString(certadm::formatHresult(result.hresult));
        r.message = result.message;
        r.action = result.action;
    }
    r.warnings = result.warnings;
    return r;
}

RunRecord RunRecord::fromRestore(const RestoreResult &result, RunSource source,
                                 const QString &profileName)
{
    RunRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.kind = result.drill ? RunKind::Drill : RunKind::Restore;
    r.source = source;
    r.profileName = source == RunSource::Profile ? profileName : QString();
    r.server = result.server;
    r.caName = result.caName;
    r.type = result.chain.size() > 1 ? SetType::LogsOnly : SetType::Full;
    r.outcome = result.outcome;
    r.setPath = result.setPath;
    r.bytes = result.bytes;
    r.files = result.files;
    r.seconds = result.seconds;
    if (!result.succeeded()) {
        r.hresult = QString::fromStdString(certadm::formatHresult(result.hresult));
        r.message = result.message;
        r.action = result.action;
    }
    r.warnings = result.warnings;
    r.certificates = result.certificates;
    r.highestSerial = result.highestSerial;
    return r;
}

RunLog::RunLog()
    : RunLog(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
             QStringLiteral("/CertSrvBackupManager/runs.jsonl"))
{}

RunLog::RunLog(QString path) : m_path(std::move(path)) {}

bool RunLog::append(const RunRecord &record, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error != nullptr) {
            *error = file.errorString();
        }
        return false;
    }
    QJsonObject object{
        {QStringLiteral("time"), record.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("kind"), kindText(record.kind)},
        {QStringLiteral("source"), sourceText(record.source, record.profileName)},
        {QStringLiteral("server"), record.server},
        {QStringLiteral("ca_name"), record.caName},
        {QStringLiteral("type"), setTypeName(record.type)},
        {QStringLiteral("outcome"), outcomeText(record.outcome)},
        {QStringLiteral("set"), record.setPath},
        {QStringLiteral("bytes"), record.bytes},
        {QStringLiteral("files"), record.files},
        {QStringLiteral("seconds"), record.seconds},
        {QStringLiteral("hresult"), record.hresult},
        {QStringLiteral("message"), record.message},
        {QStringLiteral("action"), record.action},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(record.warnings)},
        {QStringLiteral("pruned"), QJsonArray::fromStringList(record.pruned)},
    };
    if (record.attended) {
        object.insert(QStringLiteral("attended"), true);
    }
    if (record.certificates >= 0) {
        object.insert(QStringLiteral("certificates"), record.certificates);
        object.insert(QStringLiteral("highest_serial"), record.highestSerial);
    }
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size()) {
        if (error != nullptr) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

QList<RunRecord> RunLog::read(int limit) const
{
    QList<RunRecord> records;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return records;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty()) {
            continue;
        }
        RunRecord r;
        r.time =
            QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        const QJsonValue kind = o.value(QLatin1String("kind"));
        if (!r.time.isValid() ||
            !parseSetType(o.value(QLatin1String("type")).toString(), &r.type) ||
            !parseSource(o.value(QLatin1String("source")).toString(), &r.source, &r.profileName) ||
            !parseOutcome(o.value(QLatin1String("outcome")).toString(), &r.outcome) ||
            (!kind.isUndefined() && !parseKind(kind.toString(), &r.kind))) {
            continue;
        }
        r.attended = o.value(QLatin1String("attended")).toBool(false);
        r.server = o.value(QLatin1String("server")).toString();
        r.caName = o.value(QLatin1String("ca_name")).toString();
        r.setPath = o.value(QLatin1String("set")).toString();
        r.bytes = o.value(QLatin1String("bytes")).toInteger();
        r.files = o.value(QLatin1String("files")).toInt();
        r.seconds = o.value(QLatin1String("seconds")).toDouble();
        r.hresult = o.value(QLatin1String("hresult")).toString();
        r.message = o.value(QLatin1String("message")).toString();
        r.action = o.value(QLatin1String("action")).toString();
        for (const QJsonValue &w : o.value(QLatin1String("warnings")).toArray()) {
            r.warnings.append(w.toString());
        }
        for (const QJsonValue &p : o.value(QLatin1String("pruned")).toArray()) {
            r.pruned.append(p.toString());
        }
        r.certificates = o.value(QLatin1String("certificates")).toInteger(-1);
        r.highestSerial = o.value(QLatin1String("highest_serial")).toInteger(-1);
        records.append(r);
        if (records.size() > limit) {
            records.removeFirst();
        }
    }
    return records;
}

} // namespace engine
