// SPDX-License-Identifier: Apache-2.0
#include "settingsdialog.h"

#include "engine/destinationcheck.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

SettingsDialog::SettingsDialog(const Values &values, QWidget *parent)
    : QDialog(parent),
      m_destination(new QLineEdit(QDir::toNativeSeparators(values.defaultDestination), this)),
      m_browse(new QToolButton(this)), m_problem(new QLabel(this)), m_days(new QSpinBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_destination->setObjectName(QStringLiteral("defaultDestinationEdit"));
    m_destination->setAccessibleName(tr("Default destination"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setText(tr("B&rowse..."));
    m_browse->setAccessibleName(tr("Choose the default destination folder"));
    m_problem->setObjectName(QStringLiteral("destinationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a94442;"));
    m_problem->hide();
    m_days->setObjectName(QStringLiteral("warningDaysSpin"));
    m_days->setRange(1, 365);
    m_days->setValue(values.fullBackupWarningDays);
    m_days->setSuffix(tr(" days"));

    // Labels above their fields: the long German and French labels leave the folder its width.
    m_destination->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto *destinationLabel = new QLabel(tr("Default &destination:"), this);
    destinationLabel->setBuddy(m_destination);
    auto *row = new QHBoxLayout;
    row->addWidget(m_destination, 1);
    row->addWidget(m_browse);
    auto *daysLabel = new QLabel(tr("&Warn when the last full backup is older than:"), this);
    daysLabel->setWordWrap(true);
    daysLabel->setBuddy(m_days);
    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(daysLabel, 1);
    daysRow->addWidget(m_days);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(destinationLabel);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(daysRow);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_destination, &QLineEdit::textChanged, this, [this] { showProblem(QString()); });
    connect(m_browse, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Default destination"), QDir::fromNativeSeparators(m_destination->text()));
        if (!chosen.isEmpty()) {
            m_destination->setText(QDir::toNativeSeparators(chosen));
        }
    });
}

SettingsDialog::Values SettingsDialog::values() const
{
    return {QDir::fromNativeSeparators(m_destination->text().trimmed()), m_days->value()};
}

void SettingsDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // Taller by the reason's lines, so that none is cut off.
    if (isVisible() && height() < sizeHint().height()) {
        resize(width(), sizeHint().height());
    }
}

void SettingsDialog::accept()
{
    if (m_checking) {
        return;
    }
    // The folder is looked at off the GUI thread: a share may take its time to answer.
    m_checking = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString typed = m_destination->text();
    auto *watcher = new QFutureWatcher<engine::DestinationProblem>(this);
    connect(watcher, &QFutureWatcher<engine::DestinationProblem>::finished, this,
            [this, watcher, typed] {
                const engine::DestinationProblem problem = watcher->result();
                watcher->deleteLater();
                m_checking = false;
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                if (m_destination->text() != typed) {
                    return; // changed while it was looked at: the operator confirms again
                }
                if (!problem.ok()) {
                    showProblem(problem.message);
                    m_destination->setFocus();
                    return;
                }
                QDialog::accept();
            });
    watcher->setFuture(
        QtConcurrent::run([typed] { return engine::DestinationCheck::problemOfTyped(typed); }));
}

} // namespace ui
