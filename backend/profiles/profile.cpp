// SPDX-License-Identifier: Apache-2.0
#include "profile.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace profiles {
namespace {

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            return true;
        }
    }
    return false;
}

bool readString(const QJsonObject &object, const char *key, bool required, QString *out,
                QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() && !required) {
        return true;
    }
    if (!value.isString()) {
        *error = Profile::tr("the field \"%1\" is missing or not text").arg(QLatin1String(key));
        return false;
    }
    *out = value.toString();
    return true;
}

bool readBool(const QJsonObject &object, const char *key, bool *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        return true; // optional: the default stays
    }
    if (!value.isBool()) {
        *error = Profile::tr("the field \"%1\" is not true or false").arg(QLatin1String(key));
        return false;
    }
    *out = value.toBool();
    return true;
}

} // namespace

QString Profile::validate() const
{
    if (name.trimmed().isEmpty()) {
        return tr("The profile needs a name.");
    }
    if (name != name.trimmed() || name.size() > 64 || hasControlCharacter(name) ||
        name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        return tr("The profile name \"%1\" is not usable: at most 64 characters, no leading or "
                  "trailing spaces, no slashes or control characters.")
            .arg(name);
    }
    if (server.trimmed().isEmpty()) {
        return tr("The profile \"%1\" needs a server.").arg(name);
    }
    if (destination.trimmed().isEmpty()) {
        return tr("The profile \"%1\" needs a destination folder.").arg(name);
    }
    if (keepFull < 0) {
        return tr("The number of full sets to keep cannot be negative.");
    }
    return {};
}

QJsonObject Profile::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("server"), server},
        {QStringLiteral("ca_name"), caName},
        {QStringLiteral("type"), engine::setTypeName(type)},
        {QStringLiteral("keep_logs"), keepLogs},
        {QStringLiteral("destination"), destination},
        {QStringLiteral("include_key"), includeKey},
        {QStringLiteral("key_password_source"), keyPasswordSourceName(keyPasswordSource)},
        {QStringLiteral("verify_after"), verifyAfter},
        {QStringLiteral("drill_after"), drillAfter},
        {QStringLiteral("keep_full"), keepFull},
        {QStringLiteral("notes"), notes},
    };
}

bool Profile::fromJson(const QJsonObject &object, Profile *out, QString *error)
{
    Profile p;
    QString typeName = QStringLiteral("full");
    QString sourceName = QStringLiteral("keychain");
    if (!readString(object, "name", true, &p.name, error) ||
        !readString(object, "server", true, &p.server, error) ||
        !readString(object, "destination", true, &p.destination, error) ||
        !readString(object, "ca_name", false, &p.caName, error) ||
        !readString(object, "type", false, &typeName, error) ||
        !readString(object, "notes", false, &p.notes, error) ||
        !readString(object, "key_password_source", false, &sourceName, error) ||
        !readBool(object, "keep_logs", &p.keepLogs, error) ||
        !readBool(object, "include_key", &p.includeKey, error) ||
        !readBool(object, "verify_after", &p.verifyAfter, error) ||
        !readBool(object, "drill_after", &p.drillAfter, error)) {
        return false;
    }
    if (!engine::parseSetType(typeName, &p.type)) {
        *error = tr("the type \"%1\" is neither full nor logs").arg(typeName);
        return false;
    }
    if (!parseKeyPasswordSource(sourceName, &p.keyPasswordSource)) {
        *error = tr("the key password source \"%1\" is neither keychain nor ask").arg(sourceName);
        return false;
    }
    const QJsonValue keep = object.value(QLatin1String("keep_full"));
    if (!keep.isUndefined()) {
        const double number = keep.toDouble(-1);
        if (!keep.isDouble() || number < 0 || number > 100000 ||
            number != static_cast<double>(static_cast<int>(number))) {
            *error = tr("the field \"keep_full\" is not a whole number of 0 or more");
            return false;
        }
        p.keepFull = static_cast<int>(number);
    }
    const QString problem = p.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *out = p;
    return true;
}

QString keyPasswordSecretKey(const QString &profileName)
{
    return QStringLiteral("CertSrvBackupManager/%1/key-password").arg(profileName);
}

QString keyPasswordSourceName(KeyPasswordSource source)
{
    return source == KeyPasswordSource::Keychain ? QStringLiteral("keychain")
                                                 : QStringLiteral("ask");
}

bool parseKeyPasswordSource(const QString &name, KeyPasswordSource *source)
{
    if (name == QLatin1String("keychain")) {
        *source = KeyPasswordSource::Keychain;
        return true;
    }
    if (name == QLatin1String("ask")) {
        *source = KeyPasswordSource::AskEachTime;
        return true;
    }
    return false;
}

} // namespace profiles
