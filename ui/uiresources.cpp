// SPDX-License-Identifier: Apache-2.0
#include "uiresources.h"

#include <QFile>
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

QIcon icon(const QString &name)
{
    const QString svg = QStringLiteral(":/icons/%1.svg").arg(name);
    if (QFile::exists(svg)) {
        return QIcon(svg);
    }
    QIcon result;
    for (const int size : {16, 24, 32, 48, 64, 256}) {
        const QString png = QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size);
        if (QFile::exists(png)) {
            result.addFile(png, QSize(size, size));
        }
    }
    return result;
}

const QIcon &stateIcon(StateIcon state)
{
    static const QIcon icons[] = {
        icon(QStringLiteral("state-ok")), icon(QStringLiteral("state-warning")),
        icon(QStringLiteral("state-failed")), icon(QStringLiteral("state-cancelled")),
        icon(QStringLiteral("state-unknown"))};
    return icons[static_cast<int>(state)];
}

} // namespace ui
