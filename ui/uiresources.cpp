// SPDX-License-Identifier: Apache-2.0
#include "uiresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace ui {

void initResources()
{
    initUiResources();
}

} // namespace ui
