// SPDX-License-Identifier: Apache-2.0
// What an empty table says instead of nothing: a line in the middle of its viewport that tells
// the operator what to do first, shown while the table has no rows.
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QLabel;

namespace ui {

class EmptyState final : public QObject {
    Q_OBJECT
public:
    // Says nothing until activate(): a table that is still loading is not empty.
    EmptyState(QAbstractItemView *view, const QString &text);
    void activate();

    QLabel *label() const { return m_label; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QAbstractItemView *m_view;
    QLabel *m_label;
    bool m_active = false;
};

} // namespace ui
