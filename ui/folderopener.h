// SPDX-License-Identifier: Apache-2.0
// "Open folder" for a set: the desktop's file manager shows it; where none answers (a server
// without a desktop, a missing xdg-open), the operator gets the path, copied to the clipboard,
// instead of a click that does nothing.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace ui {

class FolderOpener {
    Q_DECLARE_TR_FUNCTIONS(FolderOpener)
public:
    using Opener = std::function<bool(const QUrl &)>;

    // Opens `path` in the file manager; when that fails, says so beside `parent` with the path.
    // Returns whether the file manager took it.
    static bool open(QWidget *parent, const QString &path);

    // The opener used instead of QDesktopServices::openUrl (tests; empty: the desktop's).
    static void setOpener(Opener opener);
};

} // namespace ui
