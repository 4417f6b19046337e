// SPDX-License-Identifier: Apache-2.0
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_actions(new QHBoxLayout), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setFlat(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &MessageBar::dismiss);
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

QString MessageBar::lastText() const
{
    return m_text->text();
}

void MessageBar::showMessage(Kind kind, const QString &text,
                             const QList<QPair<QString, QString>> &actions, int timeoutMs)
{
    m_kind = kind;
    ++m_generation;
    m_text->setText(text);
    setAccessibleName(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor background(0xd9, 0xea, 0xf7);
    switch (kind) {
    case Kind::Information:
        break;
    case Kind::Success:
        background = QColor(0xdf, 0xf0, 0xd8);
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        background = QColor(0xfc, 0xf8, 0xe3);
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        background = QColor(0xf2, 0xde, 0xde);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, Qt::black);
    setPalette(p);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));

    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auto &action : actions) {
        auto *button = new QPushButton(action.first, this);
        button->setObjectName(QStringLiteral("messageBarAction_") + action.second);
        const QString id = action.second;
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT actionTriggered(id); });
        m_actions->addWidget(button);
    }
    show();
    if (timeoutMs > 0 && (kind == Kind::Information || kind == Kind::Success)) {
        const int generation = m_generation;
        QTimer::singleShot(timeoutMs, this, [this, generation] {
            if (generation == m_generation) {
                hide();
            }
        });
    }
}

void MessageBar::dismiss()
{
    hide();
    Q_EMIT dismissed();
}

} // namespace ui
