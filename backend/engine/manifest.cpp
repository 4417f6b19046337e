// SPDX-License-Identifier: Apache-2.0
#include "manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

namespace engine {

QString setTypeName(SetType type)
{
    return type == SetType::Full ? QStringLiteral("full") : QStringLiteral("logs");
}

bool parseSetType(const QString &name, SetType *type)
{
    if (name == QLatin1String("full")) {
        *type = SetType::Full;
        return true;
    }
    if (name == QLatin1String("logs")) {
        *type = SetType::LogsOnly;
        return true;
    }
    return false;
}

quint32 logGenerationFromName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^edb([0-9A-Fa-f]{5,8})\\.log$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch()) {
        return 0;
    }
    bool ok = false;
    const quint32 generation = match.captured(1).toUInt(&ok, 16);
    return ok ? generation : 0;
}

qint64 Manifest::totalBytes() const
{
    qint64 total = 0;
    for (const ManifestFile &file : files) {
        total += file.size;
    }
    return total;
}

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject Manifest::toJson() const
{
    QJsonArray fileArray;
    for (const ManifestFile &file : files) {
        QJsonObject entry{{QStringLiteral("path"), file.path},
                          {QStringLiteral("kind"), file.kind},
                          {QStringLiteral("size"), file.size},
                          {QStringLiteral("sha256"), file.sha256}};
        if (file.generation != 0) {
            entry.insert(QStringLiteral("generation"), static_cast<qint64>(file.generation));
        }
        fileArray.append(entry);
    }
    QJsonArray locations;
    for (const RestoreLocation &location : restoreLocations) {
        locations.append(QJsonObject{{QStringLiteral("type"), location.type},
                                     {QStringLiteral("path"), location.path}});
    }
    QJsonObject root{
        {QStringLiteral("format_version"), formatVersion},
        {QStringLiteral("tool"), tool},
        {QStringLiteral("tool_version"), toolVersion},
        {QStringLiteral("server"), server},
        {QStringLiteral("ca_name"), caName},
        {QStringLiteral("type"), setTypeName(type)},
        {QStringLiteral("started"), isoUtc(started)},
        {QStringLiteral("finished"), isoUtc(finished)},
        {QStringLiteral("log_generation_low"), static_cast<qint64>(logGenerationLow)},
        {QStringLiteral("log_generation_high"), static_cast<qint64>(logGenerationHigh)},
        {QStringLiteral("keep_logs"), keepLogs},
        {QStringLiteral("files"), fileArray},
        {QStringLiteral("dynamic_files"), QJsonArray::fromStringList(dynamicFiles)},
        {QStringLiteral("restore_locations"), locations},
    };
    if (!caCertificateSha256.isEmpty()) {
        root.insert(QStringLiteral("ca_certificate_sha256"), caCertificateSha256);
    }
    if (type == SetType::LogsOnly) {
        root.insert(QStringLiteral("extends"),
                    extendsSet.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(extendsSet));
        root.insert(QStringLiteral("base_full_set"),
                    baseFullSet.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(baseFullSet));
    }
    return root;
}

QByteArray Manifest::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

namespace {

bool requireString(const QJsonObject &object, const char *key, QString *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString()) {
        *error =
            QStringLiteral("the field \"%1\" is missing or not a string").arg(QLatin1String(key));
        return false;
    }
    *out = value.toString();
    return true;
}

bool requireCount(const QJsonObject &object, const char *key, qint64 *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const double number = value.toDouble(-1);
    // The range check comes first: converting a double beyond qint64 is undefined behaviour.
    if (!value.isDouble() || number < 0 || number >= 9223372036854775808.0 /* 2^63 */ ||
        number != static_cast<double>(qint64(number))) {
        *error = QStringLiteral("the field \"%1\" is missing or not a whole number")
                     .arg(QLatin1String(key));
        return false;
    }
    *out = static_cast<qint64>(number);
    return true;
}

bool requireTime(const QJsonObject &object, const char *key, QDateTime *out, QString *error)
{
    QString text;
    if (!requireString(object, key, &text, error)) {
        return false;
    }
    *out = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!out->isValid()) {
        *error = QStringLiteral("the field \"%1\" is not a valid time").arg(QLatin1String(key));
        return false;
    }
    return true;
}

} // namespace

bool Manifest::fromBytes(const QByteArray &bytes, Manifest *out, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isNull() || !document.isObject()) {
        *error = QStringLiteral("not valid JSON (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    Manifest m;
    qint64 number = 0;
    if (!requireCount(root, "format_version", &number, error)) {
        return false;
    }
    if (number > kFormatVersion || number < 1) {
        *error = QStringLiteral("format version %1 is not one this version reads (up to %2); "
                                "use a newer CertSrv Backup Manager")
                     .arg(number)
                     .arg(kFormatVersion);
        return false;
    }
    m.formatVersion = static_cast<int>(number);
    QString typeName;
    if (!requireString(root, "tool_version", &m.toolVersion, error) ||
        !requireString(root, "server", &m.server, error) ||
        !requireString(root, "ca_name", &m.caName, error) ||
        !requireString(root, "type", &typeName, error) ||
        !requireTime(root, "started", &m.started, error) ||
        !requireTime(root, "finished", &m.finished, error)) {
        return false;
    }
    if (!parseSetType(typeName, &m.type)) {
        *error = QStringLiteral("unknown set type \"%1\"").arg(typeName);
        return false;
    }
    if (!requireCount(root, "log_generation_low", &number, error)) {
        return false;
    }
    m.logGenerationLow = static_cast<quint32>(number);
    if (!requireCount(root, "log_generation_high", &number, error)) {
        return false;
    }
    m.logGenerationHigh = static_cast<quint32>(number);
    m.keepLogs = root.value(QLatin1String("keep_logs")).toBool();
    // Optional fields: sets written by other tools or older versions lack them.
    m.tool = root.value(QLatin1String("tool")).toString();
    m.caCertificateSha256 = root.value(QLatin1String("ca_certificate_sha256")).toString();
    m.extendsSet = root.value(QLatin1String("extends")).toString();
    m.baseFullSet = root.value(QLatin1String("base_full_set")).toString();

    const QJsonValue filesValue = root.value(QLatin1String("files"));
    if (!filesValue.isArray()) {
        *error = QStringLiteral("the field \"files\" is missing or not a list");
        return false;
    }
    qint64 total = 0; // the set's size must fit what totalBytes() returns
    for (const QJsonValue &value : filesValue.toArray()) {
        const QJsonObject entry = value.toObject();
        ManifestFile file;
        if (!requireString(entry, "path", &file.path, error) ||
            !requireString(entry, "kind", &file.kind, error) ||
            !requireString(entry, "sha256", &file.sha256, error) ||
            !requireCount(entry, "size", &file.size, error)) {
            *error = QStringLiteral("a file entry: ") + *error;
            return false;
        }
        if (file.size > std::numeric_limits<qint64>::max() - total) {
            *error = QStringLiteral("the file sizes add up to more than any disk holds");
            return false;
        }
        total += file.size;
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(file.sha256).hasMatch()) {
            *error = QStringLiteral("the SHA-256 of %1 is malformed").arg(file.path);
            return false;
        }
        if (file.path.isEmpty() || file.path.startsWith(QLatin1Char('/')) ||
            file.path.contains(QLatin1Char('\\')) ||
            file.path.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
            *error = QStringLiteral("the file path \"%1\" leaves the set").arg(file.path);
            return false;
        }
        if (entry.contains(QLatin1String("generation"))) {
            if (!requireCount(entry, "generation", &number, error)) {
                return false;
            }
            file.generation = static_cast<quint32>(number);
        }
        m.files.append(file);
    }
    for (const QJsonValue &value : root.value(QLatin1String("dynamic_files")).toArray()) {
        m.dynamicFiles.append(value.toString());
    }
    for (const QJsonValue &value : root.value(QLatin1String("restore_locations")).toArray()) {
        const QJsonObject entry = value.toObject();
        m.restoreLocations.append({entry.value(QLatin1String("type")).toString(),
                                   entry.value(QLatin1String("path")).toString()});
    }
    *out = m;
    return true;
}

} // namespace engine
