// SPDX-License-Identifier: Apache-2.0
#include "common/daemonstate.h"

#include "common/keyvaluefile.h"

namespace certsrvsim {

namespace {

std::uint32_t gen(const KeyValueFile &file, const char *key)
{
    return static_cast<std::uint32_t>(file.u64(key) & 0xFFFFFFFFu);
}

} // namespace

DaemonState DaemonState::load(const std::string &path)
{
    DaemonState state;
    const auto file = KeyValueFile::load(path);
    if (!file)
        return state;
    state.fullBackupCompleted = file->boolean("full_backup_completed");
    state.lastFullHighGeneration = gen(*file, "last_full_high_gen");
    state.lastBackupHighGeneration = gen(*file, "last_backup_high_gen");
    state.leakedContexts = file->u64("leaked_contexts");
    state.highestSerial = file->u64("highest_serial");
    state.lastBackupType = file->value("last_backup_type", "none");
    state.lastBackupGenLow = gen(*file, "last_backup_gen_low");
    state.lastBackupGenHigh = gen(*file, "last_backup_gen_high");
    state.lastBackupSerialAtLogs = file->u64("last_backup_serial_at_logs");
    state.lastBackupCompleted = file->boolean("last_backup_completed");
    state.lastTruncatedGeneration = gen(*file, "last_truncated_gen");
    state.lastRestoreTime = file->value("last_restore_time");
    state.lastRestoreGenHigh = gen(*file, "last_restore_gen_high");
    state.restoresRecovered = file->u64("restores_recovered");
    return state;
}

void DaemonState::writeTo(KeyValueFile &file) const
{
    file.setBool("full_backup_completed", fullBackupCompleted);
    file.setU64("last_full_high_gen", lastFullHighGeneration);
    file.setU64("last_backup_high_gen", lastBackupHighGeneration);
    file.setU64("leaked_contexts", leakedContexts);
    file.setU64("highest_serial", highestSerial);
    file.set("last_backup_type", lastBackupType);
    file.setU64("last_backup_gen_low", lastBackupGenLow);
    file.setU64("last_backup_gen_high", lastBackupGenHigh);
    file.setU64("last_backup_serial_at_logs", lastBackupSerialAtLogs);
    file.setBool("last_backup_completed", lastBackupCompleted);
    file.setU64("last_truncated_gen", lastTruncatedGeneration);
    file.set("last_restore_time", lastRestoreTime);
    file.setU64("last_restore_gen_high", lastRestoreGenHigh);
    file.setU64("restores_recovered", restoresRecovered);
}

bool DaemonState::save(const std::string &path, std::string *error) const
{
    KeyValueFile file;
    writeTo(file);
    return file.saveAtomic(path, 0644, error);
}

} // namespace certsrvsim
