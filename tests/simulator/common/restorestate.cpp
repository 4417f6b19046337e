// SPDX-License-Identifier: Apache-2.0
#include "common/restorestate.h"

#include "common/keyvaluefile.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace certsrvsim {

namespace {

std::optional<RestoreState::Range> parseRange(const std::string &text)
{
    const auto dash = text.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 >= text.size())
        return std::nullopt;
    char *end = nullptr;
    const unsigned long low = std::strtoul(text.c_str(), &end, 10);
    if (end != text.c_str() + dash)
        return std::nullopt;
    const unsigned long high = std::strtoul(text.c_str() + dash + 1, &end, 10);
    if (*end != '\0' || low == 0 || high < low || high > 0xFFFFFu)
        return std::nullopt;
    return RestoreState::Range{static_cast<std::uint32_t>(low), static_cast<std::uint32_t>(high)};
}

std::string rangesText(const std::vector<RestoreState::Range> &ranges)
{
    std::string text;
    for (const auto &[low, high] : ranges)
        text += (text.empty() ? "" : ",") + std::to_string(low) + "-" + std::to_string(high);
    return text;
}

} // namespace

std::string hresultText(std::int32_t hr)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", static_cast<unsigned>(hr));
    return text;
}

std::string RestoreState::statusName(Status status)
{
    switch (status) {
    case Status::Registered:
        return "registered";
    case Status::Complete:
        return "complete";
    case Status::Failed:
        return "failed";
    }
    return "registered";
}

std::uint32_t RestoreState::genHigh() const
{
    std::uint32_t high = 0;
    for (const auto &range : ranges)
        high = std::max(high, range.second);
    return high;
}

std::optional<RestoreState> RestoreState::load(const std::string &path, std::string *error)
{
    const auto file = KeyValueFile::load(path);
    if (!file)
        return std::nullopt;
    RestoreState state;
    const std::string status = file->value("status");
    if (status == "registered")
        state.status = Status::Registered;
    else if (status == "complete")
        state.status = Status::Complete;
    else if (status == "failed")
        state.status = Status::Failed;
    else {
        if (error)
            *error = path + ": unknown restore status '" + status + "'";
        return std::nullopt;
    }
    std::string list = file->value("ranges");
    for (std::size_t start = 0; start < list.size();) {
        const auto comma = list.find(',', start);
        const auto piece = list.substr(start, comma == std::string::npos ? comma : comma - start);
        const auto range = parseRange(piece);
        if (!range) {
            if (error)
                *error = path + ": malformed log range '" + piece + "'";
            return std::nullopt;
        }
        state.ranges.push_back(*range);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    if (state.ranges.empty()) {
        if (error)
            *error = path + ": no log range registered";
        return std::nullopt;
    }
    state.database = file->value("database");
    state.backupLogPath = file->value("backup_log_path");
    state.logPath = file->value("log_path");
    state.checkpointPath = file->value("checkpoint_path");
    state.completeResult = static_cast<std::int32_t>(
        std::strtoul(file->value("complete_result", "0").c_str(), nullptr, 0));
    return state;
}

bool RestoreState::save(const std::string &path, std::string *error) const
{
    KeyValueFile file;
    file.set("status", statusName(status));
    file.set("ranges", rangesText(ranges));
    file.set("database", database);
    file.set("backup_log_path", backupLogPath);
    file.set("log_path", logPath);
    file.set("checkpoint_path", checkpointPath);
    file.set("complete_result", hresultText(completeResult));
    return file.saveAtomic(path, 0644, error);
}

void RestoreState::writeTo(KeyValueFile &file) const
{
    file.set("restore_status", statusName(status));
    file.set("restore_ranges", rangesText(ranges));
    file.setU64("restore_gen_low", genLow());
    file.setU64("restore_gen_high", genHigh());
    file.set("restore_database", database);
    file.set("restore_complete_result", hresultText(completeResult));
}

} // namespace certsrvsim
