// SPDX-License-Identifier: Apache-2.0
#include "profileexchange.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace profiles {
namespace {

constexpr const char *kFormatName = "certsrv-backup-profiles";

} // namespace

QByteArray ProfileExchange::toJson(const QList<Profile> &profiles,
                                   const QHash<QString, QString> &keyPasswords)
{
    QJsonArray array;
    for (const Profile &profile : profiles) {
        QJsonObject object = profile.toJson();
        const auto secret = keyPasswords.constFind(profile.name);
        if (secret != keyPasswords.constEnd() && !secret.value().isEmpty()) {
            object.insert(QStringLiteral("key_password"), secret.value());
        }
        array.append(object);
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormatName)},
        {QStringLiteral("schema_version"), kSchemaVersion},
        {QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("contains_secrets"), !keyPasswords.isEmpty()},
        {QStringLiteral("profiles"), array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProfileExchange::fromJson(const QByteArray &bytes, QList<ExchangedProfile> *out,
                               QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        *error = tr("not a JSON object (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormatName)) {
        *error = tr("not a profiles file of CertSrv Backup Manager (no \"format\": \"%1\")")
                     .arg(QLatin1String(kFormatName));
        return false;
    }
    const QJsonValue schemaValue = root.value(QLatin1String("schema_version"));
    const int schema = schemaValue.toInt(-1);
    if (!schemaValue.isDouble() || schema < 1) {
        *error = tr("the schema version is missing or malformed");
        return false;
    }
    if (schema > kSchemaVersion) {
        *error = tr("written by a newer version (schema %1; this version reads up to %2)")
                     .arg(schema)
                     .arg(kSchemaVersion);
        return false;
    }
    const QJsonValue list = root.value(QLatin1String("profiles"));
    if (!list.isArray()) {
        *error = tr("the field \"profiles\" is missing or not a list");
        return false;
    }
    QList<ExchangedProfile> result;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        ExchangedProfile entry;
        QString why;
        const QJsonObject object = array.at(i).toObject();
        if (!array.at(i).isObject() || !Profile::fromJson(object, &entry.profile, &why)) {
            *error = tr("profile %1 in the file: %2")
                         .arg(i + 1)
                         .arg(why.isEmpty() ? tr("not an object") : why);
            return false;
        }
        const QJsonValue secret = object.value(QLatin1String("key_password"));
        if (!secret.isUndefined() && !secret.isString()) {
            *error = tr("profile %1 in the file: the key password is not text").arg(i + 1);
            return false;
        }
        entry.keyPassword = secret.toString();
        for (const ExchangedProfile &earlier : std::as_const(result)) {
            if (earlier.profile.name.compare(entry.profile.name, Qt::CaseInsensitive) == 0) {
                *error = tr("the file names the profile \"%1\" twice").arg(entry.profile.name);
                return false;
            }
        }
        result.append(entry);
    }
    *out = result;
    return true;
}

} // namespace profiles
