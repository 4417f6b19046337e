// SPDX-License-Identifier: Apache-2.0
#include "client/restorecontext.h"

#include "common/fileio.h"
#include "common/hresults.h"
#include "common/restorestate.h"
#include "common/serverconfig.h"
#include "common/utf16.h"

#include "backend/certadm/certbcli_abi.h"

namespace certsrvsim {

namespace {

// Both paths name the same file: compared by their resolved folders and the file name, so that
// "/a/./b/x.edb" and a symlinked home still match
// (on Windows, so do "C:/a/B/X.EDB" and "c:\\a\\b\\x.edb").
bool sameFile(const std::string &a, const std::string &b)
{
    const auto resolvedFolder = [](const std::string &path) {
        return fileio::resolvedPath(fileio::dirName(path));
    };
    return fileio::samePathText(fileio::baseName(a), fileio::baseName(b)) &&
           fileio::samePathText(resolvedFolder(a), resolvedFolder(b));
}

} // namespace

RestoreContexts &RestoreContexts::instance()
{
    static RestoreContexts contexts;
    return contexts;
}

std::int32_t RestoreContexts::open(const ServerPaths &paths, bool full, void **handle)
{
    std::string error;
    const auto config = ServerConfig::load(paths.configFile(), &error);
    if (!config)
        return hr::kFileNotFound;
    auto context = std::make_shared<RestoreContext>(RestoreContext{paths, config->caName, full});
    std::lock_guard<std::mutex> lock(m_mutex);
    *handle = context.get();
    m_contexts.emplace(*handle, std::move(context));
    return hr::kOk;
}

std::shared_ptr<RestoreContext> RestoreContexts::find(void *handle)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_contexts.find(handle);
    return it == m_contexts.end() ? nullptr : it->second;
}

std::shared_ptr<RestoreContext> RestoreContexts::take(void *handle)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_contexts.find(handle);
    if (it == m_contexts.end())
        return nullptr;
    auto context = std::move(it->second);
    m_contexts.erase(it);
    return context;
}

std::vector<std::u16string> RestoreContexts::locations(const RestoreContext &context)
{
    const std::u16string dir = utf16::fromUtf8(context.paths.certLogDirectory());
    const std::u16string db = utf16::fromUtf8(context.paths.databaseFile(context.caName));
    return {std::u16string(1, char16_t(CSBFT_CERTSERVER_DATABASE)) + db,
            std::u16string(1, char16_t(CSBFT_LOG_DIR)) + dir,
            std::u16string(1, char16_t(CSBFT_CHECKPOINT_DIR)) + dir};
}

std::int32_t RestoreContexts::registerRestore(
    RestoreContext &context, const std::string &checkpointPath, const std::string &logPath,
    const std::vector<std::pair<std::string, std::string>> &map, const std::string &backupLogPath,
    std::uint32_t genLow, std::uint32_t genHigh)
{
    if (genLow == 0 || genHigh < genLow || genHigh > 0xFFFFFu || backupLogPath.empty())
        return hr::kInvalidArg;
    const std::string stateFile = context.paths.restoreStateFile();
    std::string error;
    RestoreState state;
    if (context.full) {
        // The full set's registration maps the database it was backed up from to this CA's.
        if (map.size() != 1)
            return hr::kInvalidArg;
        if (!sameFile(map.front().second, context.paths.databaseFile(context.caName)))
            return hr::kDirectory;
        state.database = fileio::forDaemonHost(context.paths.databaseFile(context.caName));
    } else {
        // An incremental only extends a full restore that was registered and completed.
        if (!map.empty())
            return hr::kInvalidArg;
        const auto existing = RestoreState::load(stateFile, &error);
        if (!existing || existing->status != RestoreState::Status::Complete)
            return hr::kDirectory;
        state = *existing;
    }
    if (!fileio::isDirectory(backupLogPath))
        return hr::kDirectory;
    // restore.pending is read by the daemon: the paths in it as its host names them.
    state.status = RestoreState::Status::Registered;
    state.ranges.emplace_back(genLow, genHigh);
    state.backupLogPath = fileio::forDaemonHost(backupLogPath);
    state.logPath = fileio::forDaemonHost(logPath);
    state.checkpointPath = fileio::forDaemonHost(checkpointPath);
    state.completeResult = 0;
    if (!state.save(stateFile, &error))
        return hr::kAccessDenied;
    context.registered = true;
    return hr::kOk;
}

std::int32_t RestoreContexts::complete(RestoreContext &context, std::int32_t result)
{
    if (!context.registered)
        return hr::kJetInvalidBackupSequence;
    std::string error;
    auto state = RestoreState::load(context.paths.restoreStateFile(), &error);
    if (!state)
        return hr::kJetInvalidBackupSequence;
    state->status =
        result == hr::kOk ? RestoreState::Status::Complete : RestoreState::Status::Failed;
    state->completeResult = result;
    return state->save(context.paths.restoreStateFile(), &error) ? hr::kOk : hr::kAccessDenied;
}

} // namespace certsrvsim
