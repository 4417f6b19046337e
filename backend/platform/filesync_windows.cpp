// SPDX-License-Identifier: Apache-2.0
#include "filesync.h"

#include <QFile>

#include <io.h>
#include <windows.h>

namespace platform {

bool syncFile(QFile &file)
{
    const int fd = file.handle();
    if (fd < 0) {
        return false;
    }
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
    return handle != INVALID_HANDLE_VALUE && FlushFileBuffers(handle) != 0;
}

bool syncDirectory(const QString &)
{
    return true;
}

} // namespace platform
