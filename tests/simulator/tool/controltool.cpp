// SPDX-License-Identifier: Apache-2.0
#include "tool/controltool.h"

#include "common/connection.h"
#include "common/daemonstate.h"
#include "common/faultset.h"
#include "common/fileio.h"
#include "common/framereader.h"
#include "common/framewriter.h"
#include "common/hresults.h"
#include "common/logfile.h"
#include "common/restorestate.h"
#include "common/serverconfig.h"
#include "common/units.h"
#include "common/utf16.h"
#include "tool/jsonwriter.h"
#include "tool/servercreator.h"
#include "tool/setchecker.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace certsrvsim {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr auto kStartTimeout = std::chrono::seconds(10);
constexpr auto kStopTimeout = std::chrono::seconds(30);
constexpr auto kPollInterval = std::chrono::milliseconds(50);

const char kUsage[] =
    "usage: certsrv-sim [--home DIR] COMMAND [ARGS]\n"
    "\n"
    "Simulated Certificate Services servers for testing backups on Linux.\n"
    "\n"
    "commands:\n"
    "  create NAME --ca-name \"CA NAME\" [--db-size SIZE] [--certificates N] [--logs N]\n"
    "        new server; SIZE like 64MiB (default), 512KiB, 2GiB; --certificates N are\n"
    "        pre-issued into the database; --logs N fills N closed 1 MiB logs on top\n"
    "  start NAME [--issue-rate N] [--fault SPEC]...\n"
    "        start the daemon (certsrv-simd) detached; N certificates per second\n"
    "  stop NAME             stop the daemon (SIGTERM) and wait for it to exit\n"
    "  list [--json]         NAME <tab> CA name <tab> running|stopped, one server a line\n"
    "  status NAME [--json]  state, log generations, checkpoint, serials, last backup,\n"
    "                        restore registered or recovered\n"
    "  fault NAME SPEC...    change faults of a running daemon; fault NAME --clear\n"
    "  check SET_DIR [--json]\n"
    "        replay a backup set's logs onto a copy of its database and verify it;\n"
    "        for a logs-only set (*-logs) the chain back to a full set is used\n"
    "\n"
    "faults: paused, access-denied, short-reads, read-error-after=BYTES,\n"
    "        drop-after=BYTES, stall=MS, oversize=BYTES (no-NAME turns one off; comma\n"
    "        lists allowed)\n"
    "home:   --home DIR, else $CERTSRV_SIM_HOME, else $XDG_DATA_HOME/certsrv-sim,\n"
    "        else ~/.local/share/certsrv-sim\n"
    "exit:   0 ok, 1 failure (check: set not consistent), 2 usage or I/O error\n";

int usageError(const std::string &message)
{
    std::fprintf(stderr, "certsrv-sim: %s\n(run certsrv-sim --help for the usage)\n",
                 message.c_str());
    return kExitUsage;
}

int failure(const std::string &message)
{
    std::fprintf(stderr, "certsrv-sim: %s\n", message.c_str());
    return kExitFailure;
}

// Splits "--json" style flags off the positional arguments of simple commands.
bool takeFlag(std::vector<std::string> &args, const std::string &flag)
{
    const auto it = std::find(args.begin(), args.end(), flag);
    if (it == args.end())
        return false;
    args.erase(it);
    return true;
}

std::string lastLines(const std::string &path, std::size_t count)
{
    const auto text = fileio::readTextFile(path);
    if (!text)
        return {};
    std::size_t pos = text->size();
    if (pos > 0 && (*text)[pos - 1] == '\n')
        --pos;
    for (std::size_t n = 0; n < count && pos > 0; ++n) {
        const std::size_t nl = text->rfind('\n', pos - 1);
        if (nl == std::string::npos) {
            pos = 0;
            break;
        }
        pos = nl;
    }
    return text->substr(pos == 0 ? 0 : pos + 1);
}

bool looksLikeDaemon(pid_t pid)
{
    const auto cmdline = fileio::readTextFile("/proc/" + std::to_string(pid) + "/cmdline");
    return cmdline && cmdline->find("certsrv-simd") != std::string::npos;
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> items;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t comma = text.find(',', pos);
        const std::string item =
            text.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        if (!item.empty())
            items.push_back(item);
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    return items;
}

std::string yesNo(bool v)
{
    return v ? "yes" : "no";
}

} // namespace

ControlTool::ControlTool() : m_home(SimHome::fromEnvironment()) {}

int ControlTool::run(int argc, char **argv)
{
    Args args(argv + 1, argv + argc);
    if (args.size() >= 2 && args[0] == "--home") {
        m_home = SimHome(args[1]);
        args.erase(args.begin(), args.begin() + 2);
    }
    if (args.empty())
        return usageError("no command given");
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    if (command == "create")
        return create(args);
    if (command == "start")
        return start(args);
    if (command == "stop")
        return stop(args);
    if (command == "list")
        return list(args);
    if (command == "status")
        return status(args);
    if (command == "fault")
        return fault(args);
    if (command == "check")
        return check(args);
    return usageError("unknown command '" + command + "'");
}

std::optional<ServerPaths> ControlTool::findServer(const std::string &name) const
{
    const auto stored = m_home.findServer(name);
    if (!stored) {
        std::fprintf(stderr,
                     "certsrv-sim: no server named '%s' in %s\n"
                     "(create it with: certsrv-sim create %s --ca-name \"CA NAME\")\n",
                     name.c_str(), m_home.serversDirectory().c_str(), name.c_str());
        return std::nullopt;
    }
    return ServerPaths(m_home.serverDirectory(*stored), *stored);
}

std::optional<Registration> ControlTool::runningDaemon(const ServerPaths &paths) const
{
    const auto reg = Registration::load(paths.registrationFile());
    if (!reg || !Registration::processAlive(reg->pid))
        return std::nullopt;
    std::unique_ptr<Connection> connection;
    if (Connection::open(m_home, paths.name(), Connection::clientIsElevated(), connection) !=
        hr::kOk)
        return std::nullopt;
    return reg;
}

int ControlTool::create(const Args &args)
{
    CreateOptions options;
    bool haveCaName = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == "--ca-name" && hasValue) {
            options.caName = args[++i];
            haveCaName = true;
        } else if (arg == "--db-size" && hasValue) {
            const auto size = units::parseSize(args[++i]);
            if (!size)
                return usageError("--db-size wants a size such as 64MiB, 512KiB or 2GiB");
            options.databaseSize = *size;
        } else if (arg == "--certificates" && hasValue) {
            const auto n = units::parseCount(args[++i]);
            if (!n)
                return usageError("--certificates wants a number");
            options.certificates = *n;
        } else if (arg == "--logs" && hasValue) {
            const auto n = units::parseCount(args[++i]);
            if (!n)
                return usageError("--logs wants a number");
            options.logs = *n;
        } else if (!arg.empty() && arg[0] != '-' && options.name.empty()) {
            options.name = arg;
        } else {
            return usageError("create: unexpected argument '" + arg + "'");
        }
    }
    if (options.name.empty() || !haveCaName)
        return usageError("create needs NAME and --ca-name \"CA NAME\"");
    std::string error;
    std::string summary;
    const auto started = std::chrono::steady_clock::now();
    if (!ServerCreator(m_home).create(options, &error, &summary))
        return failure(error);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("%s (%.1f s)\n", summary.c_str(), seconds);
    return kExitOk;
}

int ControlTool::start(const Args &args)
{
    std::string name;
    std::vector<std::string> daemonArgs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == "--issue-rate" && hasValue) {
            const std::string &rate = args[++i];
            char *end = nullptr;
            const double value = std::strtod(rate.c_str(), &end);
            if (rate.empty() || *end != '\0' || !(value >= 0) || value > 1e6)
                return usageError("--issue-rate wants certificates per second (0..1000000)");
            daemonArgs.insert(daemonArgs.end(), {"--issue-rate", rate});
        } else if (arg == "--fault" && hasValue) {
            FaultSet check;
            std::string error;
            if (!check.apply(args[++i], &error))
                return usageError(error);
            daemonArgs.insert(daemonArgs.end(), {"--fault", args[i]});
        } else if (!arg.empty() && arg[0] != '-' && name.empty()) {
            name = arg;
        } else {
            return usageError("start: unexpected argument '" + arg + "'");
        }
    }
    if (name.empty())
        return usageError("start needs NAME");
    const auto paths = findServer(name);
    if (!paths)
        return kExitFailure;
    if (const auto reg = runningDaemon(*paths)) {
        std::printf("%s is already running (pid %d, port %u); stop it first to change its "
                    "issue rate or faults, or use certsrv-sim fault\n",
                    paths->name().c_str(), static_cast<int>(reg->pid), reg->port);
        return kExitOk;
    }
    ::unlink(paths->registrationFile().c_str()); // stale: its daemon is gone or does not answer

    const std::string daemon = fileio::joinPath(fileio::executableDirectory(), "certsrv-simd");
    if (::access(daemon.c_str(), X_OK) != 0)
        return failure("cannot find the daemon " + daemon +
                       " (it is built beside certsrv-sim; build the certsrv-simd target)");
    char resolved[PATH_MAX];
    if (::realpath(m_home.root().c_str(), resolved) == nullptr)
        return failure("cannot resolve the home folder " + m_home.root() + ": " +
                       fileio::errnoText(errno));

    std::vector<std::string> argvStrings{daemon, "--home", resolved, "--name", paths->name()};
    argvStrings.insert(argvStrings.end(), daemonArgs.begin(), daemonArgs.end());
    std::vector<char *> argvPointers;
    for (auto &s : argvStrings)
        argvPointers.push_back(s.data());
    argvPointers.push_back(nullptr);
    const std::string logPath = paths->daemonLogFile();

    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0)
        return failure("cannot start the daemon: fork failed: " + fileio::errnoText(errno));
    if (pid == 0) {
        // Detached: own session, no terminal, stdio to daemon.log, nothing inherited.
        ::setsid();
        const int devNull = ::open("/dev/null", O_RDONLY);
        const int log = ::open(logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (devNull >= 0)
            ::dup2(devNull, 0);
        if (log >= 0) {
            ::dup2(log, 1);
            ::dup2(log, 2);
        }
        const long maxFd = std::min<long>(::sysconf(_SC_OPEN_MAX), 65536);
        for (long fd = 3; fd < maxFd; ++fd)
            ::close(static_cast<int>(fd));
        if (::chdir("/") != 0)
            ::_exit(126);
        ::execv(argvPointers[0], argvPointers.data());
        ::_exit(127);
    }

    const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
    while (std::chrono::steady_clock::now() < deadline) {
        int wstatus = 0;
        if (::waitpid(pid, &wstatus, WNOHANG) == pid) {
            const std::string tail = lastLines(logPath, 5);
            return failure("the daemon exited during startup (" +
                           (WIFEXITED(wstatus) ? "exit code " + std::to_string(WEXITSTATUS(wstatus))
                                               : std::string("killed by a signal")) +
                           "); last lines of " + logPath + ":\n" + tail);
        }
        const auto reg = Registration::load(paths->registrationFile());
        if (reg && reg->pid == pid) {
            std::unique_ptr<Connection> connection;
            if (Connection::open(m_home, paths->name(), Connection::clientIsElevated(),
                                 connection) == hr::kOk) {
                std::printf("started %s (pid %d, port %u)\n", paths->name().c_str(),
                            static_cast<int>(pid), reg->port);
                return kExitOk;
            }
        }
        std::this_thread::sleep_for(kPollInterval);
    }
    ::kill(pid, SIGTERM);
    return failure("the daemon did not answer within 10 s and was stopped; see " + logPath);
}

int ControlTool::stop(const Args &args)
{
    if (args.size() != 1)
        return usageError("stop needs exactly one NAME");
    const auto paths = findServer(args[0]);
    if (!paths)
        return kExitFailure;
    const auto reg = Registration::load(paths->registrationFile());
    if (!reg || !Registration::processAlive(reg->pid)) {
        if (reg)
            ::unlink(paths->registrationFile().c_str());
        std::printf("%s is not running%s\n", paths->name().c_str(),
                    reg ? " (stale registration removed)" : "");
        return kExitOk;
    }
    // Never signal a pid that merely reused a stale registration's number.
    if (!runningDaemon(*paths) && !looksLikeDaemon(reg->pid)) {
        ::unlink(paths->registrationFile().c_str());
        std::printf("%s is not running (stale registration removed)\n", paths->name().c_str());
        return kExitOk;
    }
    if (::kill(reg->pid, SIGTERM) != 0)
        return failure("cannot signal pid " + std::to_string(reg->pid) + ": " +
                       fileio::errnoText(errno));
    const auto deadline = std::chrono::steady_clock::now() + kStopTimeout;
    while (Registration::processAlive(reg->pid)) {
        if (std::chrono::steady_clock::now() >= deadline)
            return failure(paths->name() + " (pid " + std::to_string(reg->pid) +
                           ") did not stop within 30 s; see " + paths->daemonLogFile() +
                           ", or end it with kill -KILL " + std::to_string(reg->pid));
        std::this_thread::sleep_for(kPollInterval);
    }
    std::printf("stopped %s\n", paths->name().c_str());
    return kExitOk;
}

int ControlTool::list(const Args &args)
{
    Args rest = args;
    const bool json = takeFlag(rest, "--json");
    if (!rest.empty())
        return usageError("list takes no arguments besides --json");
    JsonWriter out;
    out.beginArray();
    for (const auto &name : m_home.serverNames()) {
        const ServerPaths paths(m_home.serverDirectory(name), name);
        const auto config = ServerConfig::load(paths.configFile(), nullptr);
        const std::string caName = config ? config->caName : "?";
        const bool running = runningDaemon(paths).has_value();
        if (json) {
            out.beginObject()
                .value("name", name)
                .value("ca_name", caName)
                .value("running", running);
            out.endObject();
        } else {
            std::printf("%s\t%s\t%s\n", name.c_str(), caName.c_str(),
                        running ? "running" : "stopped");
        }
    }
    out.endArray();
    if (json)
        std::printf("%s\n", out.text().c_str());
    return kExitOk;
}

KeyValueFile ControlTool::statusFromFiles(const ServerPaths &paths) const
{
    KeyValueFile s;
    const auto config = ServerConfig::load(paths.configFile(), nullptr);
    const DaemonState state = DaemonState::load(paths.stateFile());
    std::vector<std::uint32_t> gens;
    for (const auto &file : fileio::listDirectory(paths.certLogDirectory())) {
        if (const auto gen = LogFile::generationFromFileName(file))
            gens.push_back(*gen);
    }
    std::sort(gens.begin(), gens.end());
    const auto checkpoint = KeyValueFile::load(paths.checkpointFile());
    s.set("name", paths.name());
    s.set("ca_name", config ? config->caName : "");
    s.setBool("running", false);
    s.setBool("online", false);
    s.setBool("paused", false);
    s.setBool("backup_in_progress", false);
    s.setU64("leaked_contexts", state.leakedContexts);
    s.setU64("log_gen_low", gens.empty() ? 0 : gens.front());
    s.setU64("log_gen_high", gens.size() < 2 ? 0 : gens.back() - 1);
    s.setU64("log_gen_current", gens.empty() ? 0 : gens.back());
    s.setU64("checkpoint", checkpoint ? checkpoint->u64("checkpoint_generation") : 0);
    s.setU64("highest_serial", state.highestSerial);
    s.setU64("capacity", config ? (config->dbPages - 1) * format::kSlotsPerPage : 0);
    s.setBool("database_full", false);
    s.set("issue_rate", "0");
    s.setU64("pid", 0);
    s.setU64("port", 0);
    s.set("faults", "");
    state.writeTo(s);
    std::string error;
    if (const auto pending = RestoreState::load(paths.restoreStateFile(), &error))
        pending->writeTo(s);
    else
        s.set("restore_status", error.empty() ? "none" : "unreadable: " + error);
    return s;
}

int ControlTool::status(const Args &args)
{
    Args rest = args;
    const bool json = takeFlag(rest, "--json");
    if (rest.size() != 1)
        return usageError("status needs exactly one NAME");
    const auto paths = findServer(rest[0]);
    if (!paths)
        return kExitFailure;

    KeyValueFile s;
    bool fromDaemon = false;
    if (runningDaemon(*paths)) {
        std::unique_ptr<Connection> connection;
        if (Connection::open(m_home, paths->name(), Connection::clientIsElevated(), connection) ==
            hr::kOk) {
            FrameWriter request = FrameWriter::request(protocol::Op::Status);
            std::vector<std::uint8_t> fields;
            if (connection->call(request, fields) == hr::kOk) {
                FrameReader in(fields);
                const std::string text = utf16::toUtf8(in.str());
                if (in.ok()) {
                    s = KeyValueFile::parse(text);
                    fromDaemon = true;
                }
            }
        }
    }
    if (!fromDaemon)
        s = statusFromFiles(*paths);

    const auto faults = splitList(s.value("faults"));
    if (json) {
        JsonWriter out;
        out.beginObject()
            .value("name", s.value("name"))
            .value("ca_name", s.value("ca_name"))
            .value("running", s.boolean("running"))
            .value("online", s.boolean("online"))
            .value("paused", s.boolean("paused"))
            .value("backup_in_progress", s.boolean("backup_in_progress"))
            .value("leaked_contexts", s.u64("leaked_contexts"));
        out.beginObject("log_generations")
            .value("low", s.u64("log_gen_low"))
            .value("high", s.u64("log_gen_high"))
            .value("current", s.u64("log_gen_current"))
            .endObject();
        out.value("checkpoint", s.u64("checkpoint"))
            .value("highest_serial", s.u64("highest_serial"))
            .value("capacity", s.u64("capacity"))
            .value("database_full", s.boolean("database_full"))
            .number("issue_rate", s.value("issue_rate", "0"))
            .value("pid", s.u64("pid"))
            .value("port", s.u64("port"))
            .stringArray("faults", faults)
            .value("full_backup_completed", s.boolean("full_backup_completed"))
            .value("last_full_high_gen", s.u64("last_full_high_gen"))
            .value("last_backup_high_gen", s.u64("last_backup_high_gen"))
            .value("last_truncated_gen", s.u64("last_truncated_gen"));
        out.beginObject("last_backup")
            .value("type", s.value("last_backup_type", "none"))
            .value("gen_low", s.u64("last_backup_gen_low"))
            .value("gen_high", s.u64("last_backup_gen_high"))
            .value("serial_at_logs", s.u64("last_backup_serial_at_logs"))
            .value("completed", s.boolean("last_backup_completed"))
            .endObject();
        out.endObject();
        std::printf("%s\n", out.text().c_str());
        return kExitOk;
    }

    std::string faultText;
    for (const auto &f : faults)
        faultText += (faultText.empty() ? "" : ", ") + f;
    std::printf("Server:             %s (CA \"%s\")\n", s.value("name").c_str(),
                s.value("ca_name").c_str());
    if (s.boolean("running"))
        std::printf("State:              running (pid %llu, port %llu)\n",
                    static_cast<unsigned long long>(s.u64("pid")),
                    static_cast<unsigned long long>(s.u64("port")));
    else
        std::printf("State:              stopped\n");
    std::printf("Online:             %s%s\n", yesNo(s.boolean("online")).c_str(),
                s.boolean("paused") ? " (paused)" : "");
    std::printf("Backup in progress: %s\n", yesNo(s.boolean("backup_in_progress")).c_str());
    std::printf("Leaked contexts:    %llu\n",
                static_cast<unsigned long long>(s.u64("leaked_contexts")));
    std::printf("Log generations:    low %llu, high %llu, current %llu\n",
                static_cast<unsigned long long>(s.u64("log_gen_low")),
                static_cast<unsigned long long>(s.u64("log_gen_high")),
                static_cast<unsigned long long>(s.u64("log_gen_current")));
    std::printf("Checkpoint:         %llu\n", static_cast<unsigned long long>(s.u64("checkpoint")));
    std::printf("Highest serial:     %llu (capacity %llu%s)\n",
                static_cast<unsigned long long>(s.u64("highest_serial")),
                static_cast<unsigned long long>(s.u64("capacity")),
                s.boolean("database_full") ? ", full" : "");
    std::printf("Issue rate:         %s/s\n", s.value("issue_rate", "0").c_str());
    std::printf("Faults:             %s\n", faultText.empty() ? "none" : faultText.c_str());
    if (s.value("last_backup_type", "none") == "none") {
        std::printf("Last backup:        none\n");
    } else {
        std::printf("Last backup:        %s, generations %llu..%llu, serial_at_logs %llu, %s\n",
                    s.value("last_backup_type").c_str(),
                    static_cast<unsigned long long>(s.u64("last_backup_gen_low")),
                    static_cast<unsigned long long>(s.u64("last_backup_gen_high")),
                    static_cast<unsigned long long>(s.u64("last_backup_serial_at_logs")),
                    s.boolean("last_backup_completed") ? "completed" : "not completed");
    }
    if (!s.value("last_restore_time").empty())
        std::printf("Last restore:       recovered %s, log generations up to %llu (a full "
                    "backup must follow)\n",
                    s.value("last_restore_time").c_str(),
                    static_cast<unsigned long long>(s.u64("last_restore_gen_high")));
    const std::string restore = s.value("restore_status", "none");
    if (restore != "none")
        std::printf("Restore pending:    %s, log generations %s, complete_result %s\n",
                    restore.c_str(), s.value("restore_ranges").c_str(),
                    s.value("restore_complete_result").c_str());
    return kExitOk;
}

int ControlTool::fault(const Args &args)
{
    if (args.size() < 2)
        return usageError("fault needs NAME and SPEC... or --clear");
    bool clear = false;
    std::vector<std::string> specs;
    FaultSet check;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--clear") {
            clear = true;
            continue;
        }
        std::string error;
        if (!check.apply(args[i], &error))
            return usageError(error);
        specs.push_back(args[i]);
    }
    const auto paths = findServer(args[0]);
    if (!paths)
        return kExitFailure;
    std::unique_ptr<Connection> connection;
    if (!runningDaemon(*paths) ||
        Connection::open(m_home, paths->name(), Connection::clientIsElevated(), connection) !=
            hr::kOk)
        return failure(paths->name() +
                       " is not running; faults can be given at start: certsrv-sim "
                       "start " +
                       paths->name() + " --fault SPEC");
    FrameWriter request = FrameWriter::request(protocol::Op::SetFaults);
    request.u8(clear ? 1 : 0).u32(static_cast<std::uint32_t>(specs.size()));
    for (const auto &spec : specs)
        request.str(utf16::fromUtf8(spec));
    std::vector<std::uint8_t> fields;
    const std::int32_t result = connection->call(request, fields);
    FrameReader in(fields);
    const std::string message = utf16::toUtf8(in.str());
    if (result != hr::kOk)
        return failure(message.empty() ? "the daemon refused the faults" : message);
    std::printf("%s: %s\n", paths->name().c_str(), message.c_str());
    return kExitOk;
}

int ControlTool::check(const Args &args)
{
    Args rest = args;
    const bool json = takeFlag(rest, "--json");
    const bool server = takeFlag(rest, "--server");
    if (rest.size() != 1)
        return usageError(server ? "check --server needs exactly one NAME"
                                 : "check needs exactly one SET_DIR");
    CheckResult result;
    std::string error;
    std::string folder = rest[0];
    if (server) {
        const auto paths = findServer(rest[0]);
        if (!paths)
            return kExitFailure;
        if (runningDaemon(*paths))
            return failure(paths->name() + " is running: stop it first (certsrv-sim stop " +
                           paths->name() + "), its files change while it runs");
        folder = paths->certLogDirectory();
    }
    if (!(server ? SetChecker().checkFolder(folder, result, &error)
                 : SetChecker().check(folder, result, &error))) {
        std::fprintf(stderr, "certsrv-sim: %s\n", error.c_str());
        return kExitUsage;
    }
    if (json) {
        JsonWriter out;
        out.beginObject()
            .value("consistent", result.consistent)
            .value("certificates", result.certificates)
            .value("highest_serial", result.highestSerial)
            .value("gen_low", std::uint64_t{result.genLow})
            .value("gen_high", std::uint64_t{result.genHigh})
            .stringArray("problems", result.problems)
            .stringArray("chain", result.chain)
            .endObject();
        std::printf("%s\n", out.text().c_str());
    } else {
        std::printf("%s %s\n", server ? "Server folder:  " : "Backup set:     ", folder.c_str());
        std::printf("Consistent:      %s\n", yesNo(result.consistent).c_str());
        std::printf("Certificates:    %llu\n",
                    static_cast<unsigned long long>(result.certificates));
        std::printf("Highest serial:  %llu\n",
                    static_cast<unsigned long long>(result.highestSerial));
        std::printf("Log generations: %u..%u\n", result.genLow, result.genHigh);
        std::string chain;
        for (const auto &set : result.chain)
            chain += (chain.empty() ? "" : " -> ") + set;
        std::printf("Chain:           %s\n", chain.empty() ? "(none)" : chain.c_str());
        if (result.problems.empty()) {
            std::printf("Problems:        none\n");
        } else {
            std::printf("Problems:\n");
            for (const auto &problem : result.problems)
                std::printf("  - %s\n", problem.c_str());
        }
    }
    return result.consistent ? kExitOk : kExitFailure;
}

} // namespace certsrvsim
