// SPDX-License-Identifier: Apache-2.0
// An inline message bar at the top of a window: errors and notices stay in the window instead of
// a cascade of modal boxes. A message can carry action buttons; errors stay until dismissed.
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace ui {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Success, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `text`, replacing what was shown. Actions are (label, id) pairs; a click emits
    // actionTriggered(id). Information and success messages hide after `timeoutMs` (0: stay).
    void showMessage(Kind kind, const QString &text,
                     const QList<QPair<QString, QString>> &actions = {}, int timeoutMs = 0);
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const; // empty while hidden
    // What the last message said, also once it was dismissed.
    QString lastText() const;

Q_SIGNALS:
    void actionTriggered(const QString &id);
    void dismissed();

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_actions;
    QPushButton *m_close;
    int m_generation = 0;
};

} // namespace ui
