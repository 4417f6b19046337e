// SPDX-License-Identifier: Apache-2.0
// The live HCSBC handles of the client library.
//
// A handle is the address of the backup context's connection, but it is only ever used after a
// lookup here: a stale or foreign handle gets E_HANDLE instead of undefined behaviour, and a call
// running on one thread keeps the connection alive even if another thread ends the context.
#pragma once

#include <map>
#include <memory>
#include <mutex>

#include "common/connection.h"

namespace certsrvsim {

class HandleRegistry {
public:
    static HandleRegistry &instance();

    void *add(std::unique_ptr<Connection> connection);
    std::shared_ptr<Connection> find(void *handle);
    // Removes the handle; the connection closes when the last caller using it lets go.
    std::shared_ptr<Connection> take(void *handle);

private:
    std::mutex m_mutex;
    std::map<void *, std::shared_ptr<Connection>> m_handles;
};

} // namespace certsrvsim
