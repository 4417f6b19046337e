// SPDX-License-Identifier: Apache-2.0
// Fuzzes the profile import (`profiles import FILE`, the GUI's import): the file comes from
// another machine or another person. What it accepts must be profiles that could be saved,
// with distinct names, and an export of them must import to the same profiles and secrets.
#include "profiles/profileexchange.h"

#include <QHash>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace profiles;

namespace {

bool same(const Profile &a, const Profile &b)
{
    return a.name == b.name && a.server == b.server && a.caName == b.caName && a.type == b.type &&
           a.keepLogs == b.keepLogs && a.destination == b.destination &&
           a.includeKey == b.includeKey && a.verifyAfter == b.verifyAfter &&
           a.keepFull == b.keepFull && a.notes == b.notes &&
           a.keyPasswordSource == b.keyPasswordSource;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<ExchangedProfile> imported;
    QString error;
    if (!ProfileExchange::fromJson(bytes, &imported, &error)) {
        if (error.isEmpty() || !imported.isEmpty()) {
            std::abort(); // a refusal says why and hands out nothing
        }
        return 0;
    }

    QList<Profile> profiles;
    QHash<QString, QString> secrets;
    for (qsizetype i = 0; i < imported.size(); ++i) {
        const Profile &profile = imported.at(i).profile;
        if (!profile.validate().isEmpty()) {
            std::abort(); // the store would refuse to save it
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (imported.at(j).profile.name.compare(profile.name, Qt::CaseInsensitive) == 0) {
                std::abort(); // two profiles of one name
            }
        }
        profiles.append(profile);
        if (!imported.at(i).keyPassword.isEmpty()) {
            secrets.insert(profile.name, imported.at(i).keyPassword);
        }
    }

    QList<ExchangedProfile> again;
    if (!ProfileExchange::fromJson(ProfileExchange::toJson(profiles, secrets), &again, &error) ||
        again.size() != imported.size()) {
        std::abort();
    }
    for (qsizetype i = 0; i < again.size(); ++i) {
        if (!same(again.at(i).profile, imported.at(i).profile) ||
            again.at(i).keyPassword != imported.at(i).keyPassword) {
            std::abort();
        }
    }
    return 0;
}
