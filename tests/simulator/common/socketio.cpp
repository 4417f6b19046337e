// SPDX-License-Identifier: Apache-2.0
// The system-independent part of socketio.h: transfer loops over the os:: calls, and frames.
#include "common/socketio.h"

#include "common/bytes.h"
#include "common/protocol.h"

namespace certsrvsim::socketio {

namespace {

// Calls `step(position, left)` until `size` bytes moved. A step returns the bytes it moved, or
// os::kInterrupted to be called again, or 0 / os::kFailed to give up.
template <typename Byte, typename Step> bool transferAll(Byte *p, std::size_t size, Step step)
{
    while (size > 0) {
        const long n = step(p, size);
        if (n == os::kInterrupted)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

bool sendAll(Socket fd, const void *data, std::size_t size)
{
    return transferAll(
        static_cast<const std::uint8_t *>(data), size,
        [fd](const std::uint8_t *p, std::size_t left) { return os::send(fd, p, left); });
}

bool receiveAll(Socket fd, void *data, std::size_t size, std::optional<Deadline> deadline)
{
    return transferAll(
        static_cast<std::uint8_t *>(data), size, [fd, deadline](std::uint8_t *p, std::size_t left) {
            if (deadline) {
                const auto time = std::chrono::duration_cast<std::chrono::milliseconds>(
                    *deadline - std::chrono::steady_clock::now());
                if (time.count() <= 0)
                    return os::kFailed;
                const int ready = os::waitReadable(fd, static_cast<int>(time.count()));
                if (ready <= 0)
                    return ready == os::kInterrupted ? os::kInterrupted : os::kFailed;
            }
            return os::receive(fd, p, left);
        });
}

bool waitForPeerClose(Socket fd, int milliseconds)
{
    for (;;) {
        const int ready = os::waitReadable(fd, milliseconds);
        if (ready == os::kInterrupted)
            continue;
        if (ready <= 0)
            return false;
        char byte = 0;
        const long n = os::receive(fd, &byte, 1);
        if (n == 0 || n == os::kFailed)
            return true; // end of stream (or reset): the peer is gone
    }
}

bool sendFrame(Socket fd, const std::vector<std::uint8_t> &frame)
{
    return sendAll(fd, frame.data(), frame.size());
}

bool receiveFrame(Socket fd, std::vector<std::uint8_t> &payload)
{
    std::uint8_t prefix[4];
    if (!receiveAll(fd, prefix, sizeof prefix))
        return false;
    const std::uint32_t size = getU32(prefix);
    if (size > protocol::kMaxFramePayload)
        return false;
    payload.resize(size);
    return size == 0 || receiveAll(fd, payload.data(), size);
}

bool receiveFrameWithin(Socket fd, std::vector<std::uint8_t> &payload, std::size_t maxPayload,
                        int milliseconds)
{
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
    std::uint8_t prefix[4];
    if (!receiveAll(fd, prefix, sizeof prefix, deadline))
        return false;
    const std::uint32_t size = getU32(prefix);
    if (size > maxPayload)
        return false;
    payload.resize(size);
    return size == 0 || receiveAll(fd, payload.data(), size, deadline);
}

} // namespace certsrvsim::socketio
