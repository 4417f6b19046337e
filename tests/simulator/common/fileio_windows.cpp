// SPDX-License-Identifier: Apache-2.0
// fileio.h with the wide Win32 API: UTF-8 paths are converted to UTF-16, so any path works.
// Descriptors are C runtime descriptors (binary mode) whose system handle does the I/O.
#include "common/fileio.h"

#include "common/utf16.h"

#include <windows.h>

#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cwchar>
#include <vector>

namespace certsrvsim::fileio {

namespace {

// Larger transfers are split: ReadFile and WriteFile take a DWORD count.
constexpr std::size_t kMaxChunk = std::size_t{1} << 30;

std::wstring wide(const std::string &utf8)
{
    const std::u16string units = utf16::fromUtf8(utf8);
    return std::wstring(units.begin(), units.end());
}

std::string narrow(const wchar_t *text, std::size_t length)
{
    return utf16::toUtf8(std::u16string(text, text + length));
}

std::string narrow(const std::wstring &text)
{
    return narrow(text.data(), text.size());
}

// Sets errno from a Win32 error, for errnoText(errno) in the callers' messages.
void setErrno(DWORD error)
{
    switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_NAME:
    case ERROR_BAD_NETPATH:
        errno = ENOENT;
        break;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        errno = EACCES;
        break;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS:
        errno = EEXIST;
        break;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        errno = ENOSPC;
        break;
    case ERROR_DIR_NOT_EMPTY:
        errno = ENOTEMPTY;
        break;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
        errno = ENOMEM;
        break;
    default:
        errno = EIO;
        break;
    }
}

void setErrnoFromLastError()
{
    setErrno(::GetLastError());
}

HANDLE systemHandle(int fd)
{
    if (fd < 0)
        return INVALID_HANDLE_VALUE;
    return reinterpret_cast<HANDLE>(::_get_osfhandle(fd));
}

OVERLAPPED at(std::uint64_t offset)
{
    OVERLAPPED position{};
    position.Offset = static_cast<DWORD>(offset & 0xFFFFFFFFu);
    position.OffsetHigh = static_cast<DWORD>(offset >> 32);
    return position;
}

bool writeHandle(HANDLE handle, const void *data, std::size_t size, const std::uint64_t *offset)
{
    const auto *p = static_cast<const std::uint8_t *>(data);
    std::uint64_t position = offset ? *offset : 0;
    while (size > 0) {
        const auto chunk = static_cast<DWORD>(std::min(size, kMaxChunk));
        OVERLAPPED where = at(position);
        DWORD written = 0;
        if (!::WriteFile(handle, p, chunk, &written, offset ? &where : nullptr)) {
            setErrnoFromLastError();
            return false;
        }
        if (written == 0) {
            errno = EIO;
            return false;
        }
        p += written;
        size -= written;
        position += written;
    }
    return true;
}

// Windows has no wine_get_* functions: they exist only under Wine, where kernel32 exports them to
// translate between DOS and Unix file names. Both return memory from the process heap.
using WineDosFileName = WCHAR *(CDECL *)(LPCSTR unixName);
using WineUnixFileName = char *(CDECL *)(LPCWSTR dosName);

template <typename Function> Function wineFunction(const char *name)
{
    HMODULE kernel32 = ::GetModuleHandleW(L"kernel32.dll");
    if (kernel32 == nullptr)
        return nullptr;
    const FARPROC address = ::GetProcAddress(kernel32, name);
    // Through void (*)(), the generic function pointer type, to the function's real type.
    return reinterpret_cast<Function>(reinterpret_cast<void (*)()>(address));
}

} // namespace

int openFile(const std::string &path, OpenMode how, unsigned mode)
{
    (void)mode;
    const std::wstring name = wide(path);
    switch (how) {
    case OpenMode::Read:
        return ::_wopen(name.c_str(), _O_RDONLY | _O_BINARY | _O_NOINHERIT);
    case OpenMode::ReadWrite:
        return ::_wopen(name.c_str(), _O_RDWR | _O_BINARY | _O_NOINHERIT);
    case OpenMode::CreateNew:
        return ::_wopen(name.c_str(), _O_RDWR | _O_CREAT | _O_EXCL | _O_BINARY | _O_NOINHERIT,
                        _S_IREAD | _S_IWRITE);
    }
    errno = EINVAL;
    return -1;
}

void closeFile(int fd)
{
    if (fd >= 0)
        ::_close(fd);
}

bool syncFile(int fd)
{
    const HANDLE handle = systemHandle(fd);
    if (handle == INVALID_HANDLE_VALUE || !::FlushFileBuffers(handle)) {
        setErrnoFromLastError();
        return false;
    }
    return true;
}

std::optional<std::uint64_t> openFileSize(int fd)
{
    LARGE_INTEGER size{};
    const HANDLE handle = systemHandle(fd);
    if (handle == INVALID_HANDLE_VALUE || !::GetFileSizeEx(handle, &size))
        return std::nullopt;
    return static_cast<std::uint64_t>(size.QuadPart);
}

bool writeAll(int fd, const void *data, std::size_t size)
{
    return writeHandle(systemHandle(fd), data, size, nullptr);
}

bool preadAll(int fd, void *data, std::size_t size, std::uint64_t offset)
{
    const HANDLE handle = systemHandle(fd);
    auto *p = static_cast<std::uint8_t *>(data);
    while (size > 0) {
        const auto chunk = static_cast<DWORD>(std::min(size, kMaxChunk));
        OVERLAPPED where = at(offset);
        DWORD got = 0;
        if (!::ReadFile(handle, p, chunk, &got, &where)) {
            // Reading past the end: the file is shorter than its format says, treat as damage.
            if (::GetLastError() == ERROR_HANDLE_EOF)
                errno = EIO;
            else
                setErrnoFromLastError();
            return false;
        }
        if (got == 0) {
            errno = EIO;
            return false;
        }
        p += got;
        size -= got;
        offset += got;
    }
    return true;
}

bool pwriteAll(int fd, const void *data, std::size_t size, std::uint64_t offset)
{
    return writeHandle(systemHandle(fd), data, size, &offset);
}

bool writeFileAtomic(const std::string &path, const std::string &content, unsigned mode,
                     std::string *error)
{
    (void)mode; // the new file gets the folder's inherited permissions
    const std::string tmp = path + ".tmp." + std::to_string(::GetCurrentProcessId());
    const std::wstring wideTmp = wide(tmp);
    const HANDLE handle = ::CreateFileW(wideTmp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                                        FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        setErrnoFromLastError();
        if (error)
            *error = "cannot create " + tmp + ": " + errnoText(errno);
        return false;
    }
    bool ok = writeHandle(handle, content.data(), content.size(), nullptr);
    if (ok && !::FlushFileBuffers(handle)) {
        setErrnoFromLastError();
        ok = false;
    }
    const int err = errno;
    ::CloseHandle(handle);
    if (!ok) {
        ::DeleteFileW(wideTmp.c_str());
        if (error)
            *error = "cannot write " + tmp + ": " + errnoText(err);
        return false;
    }
    if (!::MoveFileExW(wideTmp.c_str(), wide(path).c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        setErrnoFromLastError();
        const int renameErr = errno;
        ::DeleteFileW(wideTmp.c_str());
        if (error)
            *error = "cannot rename " + tmp + " to " + path + ": " + errnoText(renameErr);
        return false;
    }
    return true;
}

std::optional<std::string> readTextFile(const std::string &path)
{
    const HANDLE handle = ::CreateFileW(wide(path).c_str(), GENERIC_READ,
                                        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                        nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        setErrnoFromLastError();
        return std::nullopt;
    }
    std::string out;
    char buf[4096];
    for (;;) {
        DWORD got = 0;
        if (!::ReadFile(handle, buf, sizeof buf, &got, nullptr)) {
            setErrnoFromLastError();
            ::CloseHandle(handle);
            return std::nullopt;
        }
        if (got == 0)
            break;
        out.append(buf, got);
    }
    ::CloseHandle(handle);
    return out;
}

bool makeDirectory(const std::string &path, std::string *error)
{
    if (::CreateDirectoryW(wide(path).c_str(), nullptr))
        return true;
    const DWORD failure = ::GetLastError();
    // A drive root or any existing folder: nothing to do ("C:\\" answers access denied).
    if (failure == ERROR_ALREADY_EXISTS || isDirectory(path))
        return true;
    setErrno(failure);
    if (error)
        *error = "cannot create folder " + path + ": " + errnoText(errno);
    return false;
}

bool removeTree(const std::string &path)
{
    const std::wstring name = wide(path);
    const DWORD attributes = ::GetFileAttributesW(name.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES)
        return false;
    if ((attributes & FILE_ATTRIBUTE_DIRECTORY) == 0) {
        if ((attributes & FILE_ATTRIBUTE_READONLY) != 0)
            ::SetFileAttributesW(name.c_str(), attributes & ~DWORD{FILE_ATTRIBUTE_READONLY});
        return ::DeleteFileW(name.c_str()) != 0;
    }
    // A junction or symbolic link to a folder is removed, never followed.
    bool ok = true;
    if ((attributes & FILE_ATTRIBUTE_REPARSE_POINT) == 0) {
        for (const auto &entry : listDirectory(path))
            ok = removeTree(joinPath(path, entry)) && ok;
    }
    return ::RemoveDirectoryW(name.c_str()) != 0 && ok;
}

std::vector<std::string> listDirectory(const std::string &path)
{
    std::vector<std::string> names;
    WIN32_FIND_DATAW found{};
    const HANDLE search = ::FindFirstFileExW(wide(joinPath(path, "*")).c_str(), FindExInfoBasic,
                                             &found, FindExSearchNameMatch, nullptr, 0);
    if (search == INVALID_HANDLE_VALUE)
        return names;
    do {
        const std::wstring name = found.cFileName;
        if (name != L"." && name != L"..")
            names.push_back(narrow(name));
    } while (::FindNextFileW(search, &found));
    ::FindClose(search);
    std::sort(names.begin(), names.end());
    return names;
}

bool isDirectory(const std::string &path)
{
    const DWORD attributes = ::GetFileAttributesW(wide(path).c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
}

bool isRegularFile(const std::string &path)
{
    const DWORD attributes = ::GetFileAttributesW(wide(path).c_str());
    return attributes != INVALID_FILE_ATTRIBUTES &&
           (attributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_DEVICE)) == 0;
}

std::optional<std::uint64_t> fileSize(const std::string &path)
{
    WIN32_FILE_ATTRIBUTE_DATA data{};
    if (!::GetFileAttributesExW(wide(path).c_str(), GetFileExInfoStandard, &data))
        return std::nullopt;
    return (std::uint64_t{data.nFileSizeHigh} << 32) | data.nFileSizeLow;
}

std::string resolvedPath(const std::string &path)
{
    const std::wstring name = wide(path);
    const DWORD needed = ::GetFullPathNameW(name.c_str(), 0, nullptr, nullptr);
    if (needed == 0)
        return path;
    std::vector<wchar_t> full(needed);
    const DWORD length = ::GetFullPathNameW(name.c_str(), needed, full.data(), nullptr);
    if (length == 0 || length >= needed)
        return path;
    std::wstring result(full.data(), length);

    // Links and short names resolved through an open handle, when the file exists.
    const HANDLE handle =
        ::CreateFileW(result.c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                      nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle != INVALID_HANDLE_VALUE) {
        std::vector<wchar_t> final(MAX_PATH);
        DWORD finalLength =
            ::GetFinalPathNameByHandleW(handle, final.data(), static_cast<DWORD>(final.size()),
                                        FILE_NAME_NORMALIZED | VOLUME_NAME_DOS);
        if (finalLength >= final.size()) {
            final.resize(finalLength + 1);
            finalLength =
                ::GetFinalPathNameByHandleW(handle, final.data(), static_cast<DWORD>(final.size()),
                                            FILE_NAME_NORMALIZED | VOLUME_NAME_DOS);
        }
        ::CloseHandle(handle);
        if (finalLength > 0 && finalLength < final.size()) {
            std::wstring resolved(final.data(), finalLength);
            if (resolved.rfind(L"\\\\?\\UNC\\", 0) == 0)
                resolved = L"\\\\" + resolved.substr(8);
            else if (resolved.rfind(L"\\\\?\\", 0) == 0)
                resolved = resolved.substr(4);
            result = resolved;
        }
    }
    return narrow(result);
}

bool samePathText(const std::string &a, const std::string &b)
{
    const std::wstring wa = wide(a);
    const std::wstring wb = wide(b);
    if (wa.size() > INT_MAX || wb.size() > INT_MAX)
        return false;
    return ::CompareStringOrdinal(wa.c_str(), static_cast<int>(wa.size()), wb.c_str(),
                                  static_cast<int>(wb.size()), TRUE) == CSTR_EQUAL;
}

std::string executableDirectory()
{
    std::vector<wchar_t> buffer(MAX_PATH);
    for (;;) {
        const DWORD length =
            ::GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (length == 0)
            return ".";
        if (length < buffer.size())
            return dirName(narrow(buffer.data(), length));
        buffer.resize(buffer.size() * 2);
    }
}

std::string fromDaemonHost(const std::string &path)
{
    // Only a Unix absolute path needs it: "/tmp/x" (not "//server/share", not "C:\\x").
    if (path.size() < 2 || path[0] != '/' || path[1] == '/')
        return path;
    const auto toDos = wineFunction<WineDosFileName>("wine_get_dos_file_name");
    if (toDos == nullptr)
        return path;
    WCHAR *dos = toDos(path.c_str());
    if (dos == nullptr)
        return path;
    const std::string result = narrow(dos, std::wcslen(dos));
    ::HeapFree(::GetProcessHeap(), 0, dos);
    return result;
}

std::string forDaemonHost(const std::string &path)
{
    if (path.empty())
        return path;
    const auto toUnix = wineFunction<WineUnixFileName>("wine_get_unix_file_name");
    if (toUnix == nullptr)
        return path;
    char *unixName = toUnix(wide(path).c_str());
    if (unixName == nullptr)
        return path;
    const std::string result = unixName;
    ::HeapFree(::GetProcessHeap(), 0, unixName);
    return result;
}

} // namespace certsrvsim::fileio
