// SPDX-License-Identifier: Apache-2.0
// The icons of resources/resources.qrc live in the static ui library; whoever shows a window
// (the application, the GUI tests) calls this once so that Qt registers them.
#pragma once

namespace ui {

void initResources();

} // namespace ui
