// SPDX-License-Identifier: Apache-2.0
#include "tool/setchecker.h"

#include "common/databasefile.h"
#include "common/fileio.h"
#include "common/format.h"
#include "common/logfile.h"
#include "common/recovery.h"

#include <algorithm>
#include <utility>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace certsrvsim {

using namespace format;

namespace {

bool endsWith(const std::string &text, const std::string &suffix)
{
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Removes the temporary copy however the check ends.
class TempFile {
public:
    TempFile() = default;
    ~TempFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_path.empty())
            ::unlink(m_path.c_str());
    }
    TempFile(const TempFile &) = delete;
    TempFile &operator=(const TempFile &) = delete;

    bool create(std::string *error)
    {
        const char *dir = std::getenv("TMPDIR");
        std::string pattern =
            fileio::joinPath(dir && *dir ? dir : "/tmp", "certsrv-sim-check-XXXXXX");
        std::vector<char> buf(pattern.begin(), pattern.end());
        buf.push_back('\0');
        m_fd = ::mkstemp(buf.data());
        if (m_fd < 0) {
            *error = "cannot create a temporary file in " + fileio::dirName(pattern) + ": " +
                     fileio::errnoText(errno) + " (set TMPDIR to a folder with enough space)";
            return false;
        }
        m_path = buf.data();
        return true;
    }
    int fd() const { return m_fd; }
    const std::string &path() const { return m_path; }

private:
    int m_fd = -1;
    std::string m_path;
};

bool copyFile(const std::string &from, int toFd, std::string *error)
{
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        *error = "cannot open " + from + ": " + fileio::errnoText(errno);
        return false;
    }
    std::vector<std::uint8_t> buf(4u << 20);
    bool ok = true;
    for (;;) {
        const ssize_t n = ::read(in, buf.data(), buf.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = "cannot read " + from + ": " + fileio::errnoText(errno);
            ok = false;
            break;
        }
        if (n == 0)
            break;
        if (!fileio::writeAll(toFd, buf.data(), static_cast<std::size_t>(n))) {
            *error = "cannot write the temporary copy: " + fileio::errnoText(errno) +
                     " (set TMPDIR to a folder with enough space)";
            ok = false;
            break;
        }
    }
    ::close(in);
    return ok;
}

} // namespace

bool SetChecker::inventory(const std::string &path, SetInventory &set)
{
    set = SetInventory{};
    set.path = path;
    set.name = fileio::baseName(path);
    return inventoryFolder(fileio::joinPath(path, "DataBase"), set);
}

bool SetChecker::inventoryFolder(const std::string &folder, SetInventory &set)
{
    if (!fileio::isDirectory(folder))
        return false;
    for (const auto &file : fileio::listDirectory(folder)) {
        const std::string full = fileio::joinPath(folder, file);
        if (!fileio::isRegularFile(full))
            continue;
        if (endsWith(file, ".edb"))
            set.databases.push_back(full);
        else if (const auto gen = LogFile::generationFromFileName(file))
            set.logs[*gen] = full;
    }
    return true;
}

bool SetChecker::checkFolder(const std::string &folder, CheckResult &result, std::string *error)
{
    result = CheckResult{};
    SetInventory server;
    server.path = folder;
    server.name = fileio::baseName(folder);
    if (!inventoryFolder(folder, server) || server.databases.size() != 1) {
        *error = folder + " holds no single .edb database";
        return false;
    }
    result.chain.push_back(server.name);
    if (!verifyAndReplay({server}, result, error))
        return false;
    result.consistent = result.problems.empty();
    return true;
}

bool SetChecker::check(const std::string &setDirectory, CheckResult &result, std::string *error)
{
    result = CheckResult{};
    std::string path = setDirectory;
    while (path.size() > 1 && path.back() == '/')
        path.pop_back();
    SetInventory target;
    if (!fileio::isDirectory(path)) {
        *error = path + " is not a folder; pass a backup set folder (the one holding DataBase/)";
        return false;
    }
    if (!inventory(path, target)) {
        *error =
            path + " has no DataBase folder; pass a backup set folder (the one holding DataBase/)";
        return false;
    }

    std::vector<SetInventory> chain;
    if (!target.databases.empty()) {
        if (target.databases.size() > 1)
            result.problems.push_back("the set holds " + std::to_string(target.databases.size()) +
                                      " databases; one was expected");
        chain.push_back(target);
    } else if (endsWith(target.name, "-logs")) {
        if (target.logs.empty()) {
            result.problems.push_back("the logs-only set holds no logs");
            return true;
        }
        if (!findChain(target, chain, result))
            return true;
    } else {
        *error = path + "/DataBase holds no .edb file and the folder name does not end in -logs: "
                        "not a full or logs-only backup set";
        return false;
    }
    for (const auto &set : chain)
        result.chain.push_back(set.name);
    if (!verifyAndReplay(chain, result, error))
        return false;
    result.consistent = result.problems.empty();
    return true;
}

bool SetChecker::findChain(const SetInventory &target, std::vector<SetInventory> &chain,
                           CheckResult &result)
{
    // Set folders are named <UTC yyyyMMdd-HHmmss>[-N]-full / -logs: the time stamp orders them
    // to the second; within one second the log generations alone decide.
    const auto stamp = [](const std::string &name) { return name.substr(0, 15); };
    const std::string parent = fileio::dirName(target.path);
    std::vector<SetInventory> siblings;
    for (const auto &name : fileio::listDirectory(parent)) {
        const std::string sibling = fileio::joinPath(parent, name);
        SetInventory set;
        if (name == target.name || endsWith(name, ".partial") || !fileio::isDirectory(sibling) ||
            !inventory(sibling, set) || set.logs.empty() || stamp(name) > stamp(target.name))
            continue;
        if (!set.databases.empty() || endsWith(name, "-logs"))
            siblings.push_back(set);
    }

    // Walk back from the target: each step goes to the newest set whose logs end exactly one
    // generation before the current one's begin, until a full set. Sets may overlap (a run that
    // the server did not count as complete is repeated by the next one), so a forward walk from
    // the full set could take a wrong turn; this one cannot. The step count bounds it.
    std::vector<SetInventory> reversed{target};
    for (std::size_t steps = 0; steps <= siblings.size(); ++steps) {
        const SetInventory &current = reversed.back();
        if (!current.databases.empty()) {
            chain.assign(reversed.rbegin(), reversed.rend());
            return true;
        }
        const SetInventory *previous = nullptr;
        for (const auto &set : siblings) {
            if (set.genHigh() + 1 == current.genLow() && stamp(set.name) <= stamp(current.name) &&
                (previous == nullptr ||
                 std::make_pair(stamp(set.name), set.genLow()) >
                     std::make_pair(stamp(previous->name), previous->genLow())))
                previous = &set;
        }
        if (previous == nullptr)
            break;
        reversed.push_back(*previous);
    }
    result.problems.push_back("no full backup set in " + parent +
                              " connects to this logs-only set: its chain reaches back to "
                              "generation " +
                              std::to_string(reversed.back().genLow()) +
                              " and no full set plus logs-only sets ends at generation " +
                              std::to_string(reversed.back().genLow() - 1));
    return false;
}

bool SetChecker::verifyAndReplay(const std::vector<SetInventory> &chain, CheckResult &result,
                                 std::string *error)
{
    const SetInventory &full = chain.front();
    TempFile copy;
    if (!copy.create(error) || !copyFile(full.databases.front(), copy.fd(), error))
        return false;

    DatabaseFile db;
    std::string openError;
    if (!db.open(copy.path(), true, &openError)) {
        // Name the set's file, not the temporary copy the message was produced for.
        const std::string original = full.databases.front();
        for (std::size_t at = openError.find(copy.path()); at != std::string::npos;
             at = openError.find(copy.path(), at + original.size()))
            openError.replace(at, copy.path().size(), original);
        result.problems.push_back(openError);
        return true;
    }
    const std::uint32_t checkpoint = db.header().checkpointGeneration;

    // 1. Pages as they were copied: a bad checksum here is damage (or a torn read) in the set.
    DatabaseScan before;
    if (!scanDatabase(db, false, before, error))
        return false;
    for (const auto &problem : before.problems())
        result.problems.push_back(problem);

    // 2. Logs of the whole chain, in generation order, each validated before it is replayed.
    std::map<std::uint32_t, std::string> logs; // generation -> "set/edbXXXXX.log" path
    std::map<std::uint32_t, std::string> owner;
    for (const auto &set : chain) {
        for (const auto &[gen, logPath] : set.logs) {
            if (logs.count(gen) != 0)
                continue; // the same generation in two sets of the chain: the first copy is used
            logs[gen] = logPath;
            owner[gen] = set.name;
        }
    }
    if (logs.empty()) {
        result.problems.push_back("the set holds no log files: a database backed up online cannot "
                                  "be recovered without the logs written while it was read");
    } else {
        result.genLow = logs.begin()->first;
        result.genHigh = logs.rbegin()->first;
        if (result.genLow > checkpoint)
            result.problems.push_back(
                "the logs start at generation " + std::to_string(result.genLow) +
                " but the database checkpoint is generation " + std::to_string(checkpoint) +
                ": generations " + std::to_string(checkpoint) + ".." +
                std::to_string(result.genLow - 1) + " are missing");
        std::uint32_t previous = 0;
        for (const auto &[gen, logPath] : logs) {
            if (previous != 0 && gen == previous + 2)
                result.problems.push_back("log generation " + std::to_string(previous + 1) +
                                          " is missing");
            else if (previous != 0 && gen != previous + 1)
                result.problems.push_back("log generations " + std::to_string(previous + 1) + ".." +
                                          std::to_string(gen - 1) + " are missing");
            previous = gen;
            const std::string label = owner[gen] + "/DataBase/" + LogFile::fileName(gen);
            std::string readError;
            const auto contents = LogFile::read(logPath, &readError);
            if (!contents) {
                *error = readError;
                return false;
            }
            for (const auto &problem : contents->problems)
                result.problems.push_back(label + ": " + problem);
            if (contents->generation != 0 && contents->generation != gen)
                result.problems.push_back(label + ": header says generation " +
                                          std::to_string(contents->generation));
            if (contents->generation != 0 && contents->caName != db.header().caName)
                result.problems.push_back(label + ": belongs to CA '" + contents->caName +
                                          "', the database to '" + db.header().caName + "'");
            std::vector<LoggedRecord> records;
            records.reserve(contents->records.size());
            for (const auto &record : contents->records)
                records.push_back({gen, record});
            std::string applyError;
            if (!db.applyRecords(records, &applyError))
                result.problems.push_back(label + ": " + applyError);
        }
    }

    // 3. The recovered database: every serial from 1 to the highest must be in its slot (bad
    // checksums were reported from the copy as taken, before the replay resealed pages).
    DatabaseScan after;
    if (!scanDatabase(db, true, after, error))
        return false;
    after.badPages.clear();
    for (const auto &problem : after.problems())
        result.problems.push_back(problem);
    result.certificates = after.certificates;
    result.highestSerial = after.highestSerial;
    return true;
}

} // namespace certsrvsim
