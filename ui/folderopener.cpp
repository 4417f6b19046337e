// SPDX-License-Identifier: Apache-2.0
#include "folderopener.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>

namespace ui {
namespace {

FolderOpener::Opener &opener()
{
    static FolderOpener::Opener instance;
    return instance;
}

} // namespace

void FolderOpener::setOpener(Opener replacement)
{
    opener() = std::move(replacement);
}

bool FolderOpener::open(QWidget *parent, const QString &path)
{
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = opener() ? opener()(url) : QDesktopServices::openUrl(url);
    if (opened) {
        return true;
    }
    const QString native = QDir::toNativeSeparators(path);
    QGuiApplication::clipboard()->setText(native);
    QMessageBox box(QMessageBox::Information, tr("Open folder"),
                    tr("No file manager opened the folder. Its path is copied to the clipboard:"),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("openFolderFailedBox"));
    box.setInformativeText(native);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
    return false;
}

} // namespace ui
