// SPDX-License-Identifier: Apache-2.0
#include "common/faultset.h"

#include "common/units.h"

namespace certsrvsim {

namespace {

bool applyOne(FaultSet &faults, std::string_view spec, std::string *error)
{
    const std::size_t eq = spec.find('=');
    const std::string_view name = spec.substr(0, eq);
    const std::string_view value =
        eq == std::string_view::npos ? std::string_view{} : spec.substr(eq + 1);
    const bool hasValue = eq != std::string_view::npos;
    auto fail = [&](const std::string &why) {
        if (error)
            *error = why;
        return false;
    };
    auto flag = [&](bool &target, bool on) {
        if (hasValue)
            return fail("fault '" + std::string(name) + "' takes no value");
        target = on;
        return true;
    };
    auto bytes = [&](std::optional<std::uint64_t> &target) {
        const auto parsed = units::parseSize(value);
        if (!hasValue || !parsed)
            return fail("fault '" + std::string(name) + "' needs a byte count, e.g. " +
                        std::string(name) + "=1MiB");
        target = *parsed;
        return true;
    };

    if (name == "paused")
        return flag(faults.paused, true);
    if (name == "no-paused")
        return flag(faults.paused, false);
    if (name == "access-denied")
        return flag(faults.accessDenied, true);
    if (name == "no-access-denied")
        return flag(faults.accessDenied, false);
    if (name == "short-reads")
        return flag(faults.shortReads, true);
    if (name == "no-short-reads")
        return flag(faults.shortReads, false);
    if (name == "read-error-after")
        return bytes(faults.readErrorAfter);
    if (name == "no-read-error-after") {
        faults.readErrorAfter.reset();
        return true;
    }
    if (name == "drop-after")
        return bytes(faults.dropAfter);
    if (name == "no-drop-after") {
        faults.dropAfter.reset();
        return true;
    }
    if (name == "oversize")
        return bytes(faults.oversize);
    if (name == "no-oversize") {
        faults.oversize.reset();
        return true;
    }
    if (name == "stall") {
        const auto ms = units::parseCount(value);
        if (!hasValue || !ms || *ms > 600000)
            return fail("fault 'stall' needs milliseconds (0..600000), e.g. stall=2000");
        faults.stallMs = static_cast<std::uint32_t>(*ms);
        return true;
    }
    if (name == "no-stall") {
        faults.stallMs = 0;
        return true;
    }
    return fail("unknown fault '" + std::string(spec) +
                "' (known: paused, access-denied, short-reads, read-error-after=BYTES, "
                "drop-after=BYTES, stall=MS, oversize=BYTES; prefix no- to turn one off)");
}

} // namespace

bool FaultSet::apply(std::string_view spec, std::string *error)
{
    // Work on a copy so a list with one bad entry changes nothing.
    FaultSet updated = *this;
    std::size_t pos = 0;
    bool any = false;
    while (pos <= spec.size()) {
        const std::size_t comma = spec.find(',', pos);
        const std::string_view item = spec.substr(
            pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos);
        if (!item.empty()) {
            if (!applyOne(updated, item, error))
                return false;
            any = true;
        }
        if (comma == std::string_view::npos)
            break;
        pos = comma + 1;
    }
    if (!any) {
        if (error)
            *error = "empty fault specification";
        return false;
    }
    *this = updated;
    return true;
}

std::vector<std::string> FaultSet::describe() const
{
    std::vector<std::string> specs;
    if (paused)
        specs.emplace_back("paused");
    if (accessDenied)
        specs.emplace_back("access-denied");
    if (shortReads)
        specs.emplace_back("short-reads");
    if (readErrorAfter)
        specs.push_back("read-error-after=" + std::to_string(*readErrorAfter));
    if (dropAfter)
        specs.push_back("drop-after=" + std::to_string(*dropAfter));
    if (stallMs != 0)
        specs.push_back("stall=" + std::to_string(stallMs));
    if (oversize)
        specs.push_back("oversize=" + std::to_string(*oversize));
    return specs;
}

} // namespace certsrvsim
