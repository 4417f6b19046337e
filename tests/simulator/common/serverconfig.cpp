// SPDX-License-Identifier: Apache-2.0
#include "common/serverconfig.h"

#include "common/keyvaluefile.h"

namespace certsrvsim {

std::optional<ServerConfig> ServerConfig::load(const std::string &path, std::string *error)
{
    const auto file = KeyValueFile::load(path);
    if (!file) {
        if (error)
            *error = "cannot read " + path;
        return std::nullopt;
    }
    ServerConfig config;
    config.caName = file->value("ca_name");
    config.dbPages = file->u64("db_pages");
    config.created = file->value("created");
    if (config.caName.empty() || config.dbPages < 2) {
        if (error)
            *error = path + " lacks ca_name or db_pages";
        return std::nullopt;
    }
    return config;
}

bool ServerConfig::save(const std::string &path, std::string *error) const
{
    KeyValueFile file;
    file.set("ca_name", caName);
    file.setU64("db_pages", dbPages);
    file.set("created", created);
    return file.saveAtomic(path, 0644, error);
}

} // namespace certsrvsim
