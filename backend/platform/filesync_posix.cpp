// SPDX-License-Identifier: Apache-2.0
#include "filesync.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace platform {

bool syncFile(QFile &file)
{
    const int fd = file.handle();
    return fd >= 0 && ::fsync(fd) == 0;
}

bool syncDirectory(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace platform
