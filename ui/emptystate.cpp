// SPDX-License-Identifier: Apache-2.0
#include "emptystate.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace ui {

EmptyState::EmptyState(QAbstractItemView *view, const QString &text)
    : QObject(view), m_view(view), m_label(new QLabel(text, view->viewport()))
{
    m_label->setObjectName(view->objectName() + QStringLiteral("EmptyState"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setMargin(12);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    QAbstractItemModel *model = view->model();
    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, this, &EmptyState::update);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
    view->viewport()->installEventFilter(this);
    update();
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        update();
    }
    return QObject::eventFilter(watched, event);
}

void EmptyState::activate()
{
    m_active = true;
    update();
}

void EmptyState::update()
{
    const bool empty = m_active && m_view->model()->rowCount() == 0;
    m_label->setGeometry(m_view->viewport()->rect());
    m_label->setVisible(empty);
}

} // namespace ui
