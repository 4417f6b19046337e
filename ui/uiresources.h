// SPDX-License-Identifier: Apache-2.0
// The icons of resources/resources.qrc live in the static ui library; whoever shows a window
// (the application, the GUI tests) calls initResources() once so that Qt registers them.
#pragma once

#include <QIcon>
#include <QString>

namespace ui {

void initResources();

// The application's icon NAME ("backup", "tray-busy"): the SVG where the build has it, else its
// PNG renditions (CERTSRV_PNG_ICONS).
QIcon icon(const QString &name);

// The small icons that mark states in the tables: ok, warning, failed, cancelled, unknown.
enum class StateIcon { Ok, Warning, Failed, Cancelled, Unknown };
// Loaded once (a table asks for it with every row it paints).
const QIcon &stateIcon(StateIcon state);

} // namespace ui
