// SPDX-License-Identifier: Apache-2.0
#include "client/handleregistry.h"

namespace certsrvsim {

HandleRegistry &HandleRegistry::instance()
{
    static HandleRegistry registry;
    return registry;
}

void *HandleRegistry::add(std::unique_ptr<Connection> connection)
{
    std::shared_ptr<Connection> shared(std::move(connection));
    void *handle = shared.get();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_handles[handle] = std::move(shared);
    return handle;
}

std::shared_ptr<Connection> HandleRegistry::find(void *handle)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_handles.find(handle);
    return it == m_handles.end() ? nullptr : it->second;
}

std::shared_ptr<Connection> HandleRegistry::take(void *handle)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_handles.find(handle);
    if (it == m_handles.end())
        return nullptr;
    auto connection = std::move(it->second);
    m_handles.erase(it);
    return connection;
}

} // namespace certsrvsim
