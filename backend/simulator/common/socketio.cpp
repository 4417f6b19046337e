// SPDX-License-Identifier: Apache-2.0
// The system-independent part of socketio.h: frames over sendAll and receiveAll.
#include "common/socketio.h"

#include "common/bytes.h"
#include "common/protocol.h"

namespace certsrvsim::socketio {

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
