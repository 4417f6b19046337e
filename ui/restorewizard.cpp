// SPDX-License-Identifier: Apache-2.0
#include "restorewizard.h"

#include "platform/cafolders.h"
#include "engine/manifest.h"
#include "engine/restorerunner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ui {
namespace {

QLabel *wrappingLabel(QWidget *parent, const QString &text = QString())
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

// The pages reach their wizard's choices and plan through this. Each page is a Q_OBJECT of this
// namespace, so that tr() finds its texts under the page's own name.
class RestorePage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;

protected:
    RestoreWizard *restoreWizard() const { return qobject_cast<RestoreWizard *>(wizard()); }
};

// Page 1: the set, with its chain checked off the GUI thread as the operator types or browses.
class SetPage : public RestorePage {
    Q_OBJECT
public:
    explicit SetPage(QWidget *parent) : RestorePage(parent)
    {
        setObjectName(QStringLiteral("restoreSetPage"));
        auto *layout = new QVBoxLayout(this);
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("Backup &set:"), this);
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("setPathEdit"));
        label->setBuddy(m_path);
        auto *browse = new QPushButton(tr("&Browse..."), this);
        row->addWidget(label);
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        layout->addLayout(row);
        m_status = wrappingLabel(this);
        m_status->setObjectName(QStringLiteral("setStatusLabel"));
        layout->addWidget(m_status);
        m_chainLabel = new QLabel(this);
        QLabel *chainLabel = m_chainLabel;
        m_chain = new QListWidget(this);
        m_chain->setObjectName(QStringLiteral("chainList"));
        m_chain->setAccessibleName(tr("Sets in the chain, oldest first"));
        chainLabel->setBuddy(m_chain);
        layout->addWidget(chainLabel);
        layout->addWidget(m_chain, 1);
        m_debounce.setSingleShot(true);
        m_debounce.setInterval(250);
        connect(&m_debounce, &QTimer::timeout, this, &SetPage::plan);
        connect(m_path, &QLineEdit::textChanged, this, [this] {
            m_planned = false;
            Q_EMIT completeChanged();
            m_debounce.start();
        });
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString folder = QFileDialog::getExistingDirectory(
                this, tr("Choose the folder of a backup set"), m_path->text());
            if (!folder.isEmpty()) {
                m_path->setText(QDir::toNativeSeparators(folder));
            }
        });
        connect(&m_watcher, &QFutureWatcher<engine::RestorePlan>::finished, this, [this] {
            const engine::RestorePlan plan = m_watcher.result();
            if (plan.chain.isEmpty() && plan.ok()) {
                return;
            }
            showPlan(plan);
        });
    }

    void initializePage() override
    {
        RestoreWizard *w = restoreWizard();
        setTitle(w->mode() == RestoreWizard::Mode::Drill ? tr("Test restore: choose the set")
                                                         : tr("Restore: choose the set"));
        setSubTitle(w->mode() == RestoreWizard::Mode::Drill
                        ? tr("The set and every set it depends on are copied to a scratch "
                             "folder and recovered there. No CA is touched.")
                        : tr("The CA gets the state of this set: its full set and every "
                             "logs-only set up to it are restored."));
        setCommitPage(w->mode() == RestoreWizard::Mode::Drill);
        m_chainLabel->setText(w->mode() == RestoreWizard::Mode::Drill
                                  ? tr("&Chain tested, oldest first:")
                                  : tr("&Chain restored, oldest first:"));
        setButtonText(QWizard::CommitButton, tr("&Test restore"));
        m_path->setText(QDir::toNativeSeparators(w->choices().setPath));
        plan();
    }

    bool isComplete() const override { return m_planned && restoreWizard()->plan().ok(); }

    int nextId() const override
    {
        return restoreWizard()->mode() == RestoreWizard::Mode::Drill ? RestoreWizard::ProgressPageId
                                                                     : RestoreWizard::TargetPageId;
    }

    bool validatePage() override
    {
        restoreWizard()->choices().setPath = QDir::fromNativeSeparators(m_path->text().trimmed());
        return true;
    }

private:
    void plan()
    {
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        m_chain->clear();
        if (path.isEmpty()) {
            m_status->setText(tr("Choose a set in the history, or the folder of a set (the one "
                                 "that holds DataBase)."));
            return;
        }
        m_status->setText(tr("Checking the set and its chain..."));
        m_watcher.setFuture(
            QtConcurrent::run([path] { return engine::RestorePlan::forSet(path); }));
    }

    void showPlan(const engine::RestorePlan &plan)
    {
        RestoreWizard *w = restoreWizard();
        w->setPlan(plan);
        m_planned = true;
        m_chain->clear();
        for (const engine::PlannedSet &set : plan.chain) {
            m_chain->addItem(tr("%1  (%2, log generations %3 to %4)")
                                 .arg(set.folderName, set.type == engine::SetType::Full
                                                          ? tr("full")
                                                          : tr("logs only"))
                                 .arg(set.genLow)
                                 .arg(set.genHigh));
        }
        if (!plan.ok()) {
            m_status->setText(tr("This set cannot be restored: %1").arg(plan.problem));
            m_status->setStyleSheet(QStringLiteral("color: #a94442;"));
        } else {
            QString text =
                tr("CA \"%1\": %n set(s), ", nullptr, static_cast<int>(plan.chain.size()))
                    .arg(plan.caName) +
                tr("%n file(s), %1 MiB.", nullptr, plan.fileCount()).arg(plan.totalBytes() >> 20);
            for (const QString &warning : plan.warnings) {
                text += QLatin1Char('\n') + warning;
            }
            m_status->setText(text);
            m_status->setStyleSheet(QString());
        }
        Q_EMIT completeChanged();
    }

    QLineEdit *m_path;
    QLabel *m_status;
    QListWidget *m_chain;
    QLabel *m_chainLabel;
    QTimer m_debounce;
    QFutureWatcher<engine::RestorePlan> m_watcher;
    bool m_planned = false;
};

// Page 2: the CA to restore into and what to restore.
class TargetPage : public RestorePage {
    Q_OBJECT
public:
    explicit TargetPage(QWidget *parent) : RestorePage(parent)
    {
        setObjectName(QStringLiteral("restoreTargetPage"));
        setTitle(tr("Restore: target and contents"));
        setSubTitle(tr("A restore works on the CA itself, on this computer."));
        auto *form = new QFormLayout(this);
        m_server = new QLineEdit(this);
        m_server->setObjectName(QStringLiteral("serverEdit"));
        form->addRow(tr("CA &server:"), m_server);
        m_serverStatus = wrappingLabel(this);
        m_serverStatus->setObjectName(QStringLiteral("serverStatusLabel"));
        form->addRow(QString(), m_serverStatus);
        m_both = new QRadioButton(tr("&Everything: database, logs and CA key"), this);
        m_database = new QRadioButton(tr("&Database and logs only"), this);
        m_key = new QRadioButton(tr("CA &key and certificate only"), this);
        m_database->setObjectName(QStringLiteral("databaseOnlyRadio"));
        m_key->setObjectName(QStringLiteral("keyOnlyRadio"));
        m_both->setObjectName(QStringLiteral("bothRadio"));
        auto *group = new QButtonGroup(this);
        for (QRadioButton *button : {m_database, m_key, m_both}) {
            group->addButton(button);
        }
        auto *what = new QVBoxLayout;
        what->addWidget(m_database);
        what->addWidget(m_key);
        what->addWidget(m_both);
        form->addRow(tr("Restore:"), what);
        m_keyNote = wrappingLabel(this);
        m_keyNote->setObjectName(QStringLiteral("keyNoteLabel"));
        form->addRow(QString(), m_keyNote);
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("keyPasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Key &password:"), m_password);
        m_stop = new QCheckBox(tr("S&top the CA first if it runs"), this);
        m_stop->setObjectName(QStringLiteral("stopCheck"));
        m_start = new QCheckBox(tr("Start the CA &afterwards"), this);
        m_start->setObjectName(QStringLiteral("startCheck"));
        form->addRow(QString(), m_stop);
        form->addRow(QString(), m_start);
        form->addRow(QString(), wrappingLabel(this, tr("At its start the CA recovers the restored "
                                                       "database from its logs; a start that "
                                                       "fails undoes the restore.")));
        m_database->setChecked(true);
        m_stop->setChecked(true);
        m_start->setChecked(true);
        connect(m_server, &QLineEdit::textChanged, this, &TargetPage::checkServer);
        connect(group, &QButtonGroup::buttonToggled, this, [this] {
            m_password->setEnabled(!m_database->isChecked());
            Q_EMIT completeChanged();
        });
        connect(m_password, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        RestoreWizard *w = restoreWizard();
        QString server = w->choices().server;
        if (server.isEmpty() && !w->plan().chain.isEmpty()) {
            QFile file(w->plan().chain.last().path + QLatin1Char('/') +
                       QLatin1String(engine::kManifestFileName));
            engine::Manifest manifest;
            QString error;
            if (file.open(QIODevice::ReadOnly) &&
                engine::Manifest::fromBytes(file.readAll(), &manifest, &error)) {
                server = manifest.server;
            }
        }
        bool hasKey = false;
        for (const engine::PlannedSet &set : w->plan().chain) {
            hasKey = hasKey || !set.caKeyFile.isEmpty();
        }
        m_key->setEnabled(hasKey);
        m_both->setEnabled(hasKey);
        const QString noKey = hasKey ? QString()
                                     : tr("This set holds no CA key: it was taken without "
                                          "\"include the CA key\".");
        m_key->setToolTip(noKey);
        m_both->setToolTip(noKey);
        m_keyNote->setText(noKey);
        m_keyNote->setVisible(!hasKey);
        m_password->setEnabled(false);
        m_server->setText(server);
        checkServer();
    }

    bool isComplete() const override
    {
        return !m_folders.database.isEmpty() &&
               (m_database->isChecked() || !m_password->text().isEmpty());
    }

    bool validatePage() override
    {
        RestoreChoices &c = restoreWizard()->choices();
        c.server = m_server->text().trimmed();
        c.database = !m_key->isChecked();
        c.caKey = !m_database->isChecked();
        c.keyPassword = c.caKey ? m_password->text() : QString();
        c.stopService = m_stop->isChecked();
        c.startService = m_start->isChecked();
        return true;
    }

private:
    void checkServer()
    {
        const QString server = m_server->text().trimmed();
        m_folders = server.isEmpty() ? platform::CaFolders() : platform::CaFolderLookup::of(server);
        if (server.isEmpty()) {
            m_serverStatus->setText(tr("Name the CA server."));
        } else if (m_folders.database.isEmpty()) {
            m_folders = platform::CaFolders();
            m_serverStatus->setText(tr("%1 is not a CA on this computer. Run the restore on the "
                                       "CA server itself; from here you can only test-restore "
                                       "the set.")
                                        .arg(server));
        } else {
            m_serverStatus->setText(
                tr("CA \"%1\", database in %2")
                    .arg(m_folders.caName, QDir::toNativeSeparators(m_folders.database)));
        }
        Q_EMIT completeChanged();
    }

    QLineEdit *m_server;
    QLabel *m_serverStatus;
    QRadioButton *m_database;
    QRadioButton *m_key;
    QRadioButton *m_both;
    QLabel *m_keyNote;
    QLineEdit *m_password;
    QCheckBox *m_stop;
    QCheckBox *m_start;
    platform::CaFolders m_folders;
};

// Page 3: what will happen, confirmed by typing the CA name.
class ConfirmPage : public RestorePage {
    Q_OBJECT
public:
    explicit ConfirmPage(QWidget *parent) : RestorePage(parent)
    {
        setObjectName(QStringLiteral("restoreConfirmPage"));
        setTitle(tr("Restore: confirm"));
        setSubTitle(tr("Read what happens, then type the CA's name to allow the restore."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Restore"));
        auto *layout = new QVBoxLayout(this);
        m_text = wrappingLabel(this);
        m_text->setObjectName(QStringLiteral("confirmText"));
        layout->addWidget(m_text);
        m_force = new QCheckBox(this);
        m_force->setObjectName(QStringLiteral("forceCheck"));
        m_force->setAccessibleName(tr("Restore although the CA names differ"));
        layout->addWidget(m_force);
        auto *typeLabel = wrappingLabel(this);
        typeLabel->setObjectName(QStringLiteral("typeNameLabel"));
        m_typeLabel = typeLabel;
        layout->addWidget(typeLabel);
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("typedCaName"));
        m_typed->setAccessibleName(tr("CA name, typed to confirm the restore"));
        typeLabel->setBuddy(m_typed);
        layout->addWidget(m_typed);
        layout->addStretch(1);
        connect(m_typed, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_force, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        RestoreWizard *w = restoreWizard();
        const RestoreChoices &c = w->choices();
        m_targetName = platform::CaFolderLookup::of(c.server).caName;
        const QString setName = w->plan().caName;
        m_namesDiffer =
            !m_targetName.isEmpty() && m_targetName.compare(setName, Qt::CaseInsensitive) != 0;
        QStringList lines;
        if (c.database) {
            lines << tr("The database and logs of CA \"%1\" on %2 are replaced by the state of "
                        "%3 (a chain of %n set(s)).",
                        nullptr, static_cast<int>(w->plan().chain.size()))
                         .arg(m_targetName.isEmpty() ? setName : m_targetName, c.server,
                              QFileInfo(c.setPath).fileName());
            lines << tr("The CA's current database and logs are moved aside into a "
                        "before-restore folder inside its database folder, never deleted; a "
                        "failure or a cancel puts them back.");
            if (c.stopService) {
                lines << tr("The CA is stopped if it runs.");
            }
            lines << (c.startService
                          ? tr("The CA is started afterwards and recovers the restored database.")
                          : tr("Start the CA yourself afterwards."));
            lines << tr("Backups taken before the restore cannot be chained with later ones: "
                        "take a full backup right after it.");
        }
        if (c.caKey) {
            lines << tr("The CA key and certificate in the set are imported.");
        }
        m_text->setText(lines.join(QStringLiteral("\n\n")));
        m_force->setVisible(m_namesDiffer);
        m_force->setChecked(false);
        m_force->setText(tr("The set is of CA \"%1\", the CA on %2 is \"%3\": restore anyway")
                             .arg(setName, c.server, m_targetName));
        m_expected = m_targetName.isEmpty() ? setName : m_targetName;
        m_typeLabel->setText(tr("&Type the CA name \"%1\" to confirm:").arg(m_expected));
        m_typed->clear();
        m_typed->setFocus();
    }

    bool isComplete() const override
    {
        return m_typed->text() == m_expected && (!m_namesDiffer || m_force->isChecked());
    }

    bool validatePage() override
    {
        restoreWizard()->choices().force = m_namesDiffer && m_force->isChecked();
        return true;
    }

private:
    QLabel *m_text;
    QCheckBox *m_force;
    QLabel *m_typeLabel;
    QLineEdit *m_typed;
    QString m_targetName;
    QString m_expected;
    bool m_namesDiffer = false;
};

// Page 4: the run and its result.
class RestoreProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreProgressPage(QWidget *parent) : QWizardPage(parent)
    {
        setObjectName(QStringLiteral("restoreProgressPage"));
        auto *layout = new QVBoxLayout(this);
        m_step = new QLabel(this);
        m_step->setObjectName(QStringLiteral("stepLabel"));
        layout->addWidget(m_step);
        m_bar = new QProgressBar(this);
        m_bar->setObjectName(QStringLiteral("restoreProgress"));
        layout->addWidget(m_bar);
        m_result = wrappingLabel(this);
        m_result->setObjectName(QStringLiteral("resultLabel"));
        layout->addWidget(m_result);
        m_log = new QPlainTextEdit(this);
        m_log->setObjectName(QStringLiteral("restoreLog"));
        m_log->setReadOnly(true);
        m_log->setAccessibleName(tr("Restore log"));
        layout->addWidget(m_log, 1);
        auto *buttons = new QHBoxLayout;
        m_cancel = new QPushButton(tr("&Cancel"), this);
        m_cancel->setObjectName(QStringLiteral("cancelRestoreButton"));
        m_backupNow = new QPushButton(tr("Take a full backup &now"), this);
        m_backupNow->setObjectName(QStringLiteral("fullBackupButton"));
        buttons->addStretch(1);
        buttons->addWidget(m_backupNow);
        buttons->addWidget(m_cancel);
        layout->addLayout(buttons);
        m_runner = new engine::RestoreRunner(this);
        connect(m_runner, &engine::RestoreRunner::progress, this,
                [this](const engine::RestoreProgress &p) {
                    m_step->setText(engine::restoreStepText(p.step));
                    if (p.bytesTotal > 0) {
                        m_bar->setRange(0, 1000);
                        m_bar->setValue(static_cast<int>(p.bytesDone * 1000 / p.bytesTotal));
                    }
                });
        connect(m_runner, &engine::RestoreRunner::logLine, m_log, &QPlainTextEdit::appendPlainText);
        connect(m_runner, &engine::RestoreRunner::finished, this, &RestoreProgressPage::onFinished);
        connect(m_cancel, &QPushButton::clicked, this, &RestoreProgressPage::confirmCancel);
        connect(m_backupNow, &QPushButton::clicked, this, [this] {
            auto *w = qobject_cast<RestoreWizard *>(wizard());
            Q_EMIT w->fullBackupRequested(w->choices().server);
            w->accept();
        });
    }

    void initializePage() override
    {
        auto *w = qobject_cast<RestoreWizard *>(wizard());
        const bool drill = w->mode() == RestoreWizard::Mode::Drill;
        setTitle(drill ? tr("Testing the restore") : tr("Restoring"));
        m_done = false;
        m_result->clear();
        m_log->clear();
        m_bar->setRange(0, 0);
        m_backupNow->hide();
        m_cancel->show();
        m_cancel->setEnabled(true);
        const RestoreChoices &c = w->choices();
        engine::RestoreRequest request;
        request.setPath = c.setPath;
        request.server = c.server;
        request.database = c.database;
        request.caKey = c.caKey;
        request.keyPassword = c.keyPassword;
        request.stopService = c.stopService;
        request.startService = c.startService;
        request.force = c.force;
        request.library = w->library();
        if (drill) {
            m_runner->startDrill(request);
        } else {
            m_runner->start(request);
        }
    }

    bool isComplete() const override { return m_done; }
    bool isRunning() const { return m_runner->isRunning(); }

    bool confirmCancel()
    {
        if (!m_runner->isRunning()) {
            return false;
        }
        const auto answer = QMessageBox::question(
            this, tr("Cancel the restore?"),
            tr("The restore stops and everything it changed is undone: the CA keeps its "
               "current database."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes && m_runner->isRunning()) {
            m_runner->cancel();
            m_cancel->setEnabled(false);
            m_step->setText(tr("Cancelling..."));
            return true;
        }
        return false;
    }

private:
    void onFinished(const engine::RestoreResult &result)
    {
        auto *w = qobject_cast<RestoreWizard *>(wizard());
        m_done = true;
        m_cancel->hide();
        setTitle(result.succeeded()
                     ? (result.drill ? tr("Test restore passed") : tr("Restore complete"))
                 : result.outcome == engine::RestoreResult::Outcome::Cancelled
                     ? tr("Cancelled")
                     : (result.drill ? tr("Test restore failed") : tr("Restore failed")));
        m_bar->setRange(0, 1);
        m_bar->setValue(result.succeeded() ? 1 : 0);
        QStringList lines;
        if (result.succeeded() && result.drill) {
            m_step->setText(tr("Test restore passed"));
            lines << tr("%1 can be restored: %2 certificates, highest serial %3.")
                         .arg(QFileInfo(result.setPath).fileName())
                         .arg(result.certificates)
                         .arg(result.highestSerial);
            lines << result.checks;
        } else if (result.succeeded()) {
            m_step->setText(tr("Restore complete"));
            lines << tr("%1 files restored (log generations %2 to %3).")
                         .arg(result.files)
                         .arg(result.genLow)
                         .arg(result.genHigh);
            if (!result.asideFolder.isEmpty()) {
                lines << tr("The previous database and logs are kept in %1.")
                             .arg(QDir::toNativeSeparators(result.asideFolder));
            }
            if (result.databaseRestored) {
                lines << (result.serviceStarted
                              ? tr("The CA is running on the restored database.")
                              : tr("Start the CA to finish: it recovers the restored database "
                                   "at start."));
                lines << tr("Next step: take a full backup now. Sets taken before the restore "
                            "cannot be chained with later ones.");
                m_backupNow->setVisible(result.serviceStarted);
            }
        } else if (result.outcome == engine::RestoreResult::Outcome::Cancelled) {
            m_step->setText(tr("Cancelled"));
            lines << (result.rolledBack ? tr("Everything the restore changed was undone.")
                                        : tr("Nothing was changed."));
        } else {
            m_step->setText(result.drill ? tr("Test restore failed") : tr("Restore failed"));
            lines << result.message;
            if (result.rolledBack) {
                lines << tr("The restore was undone: the CA has its previous database and logs.");
            }
            if (!result.action.isEmpty()) {
                lines << tr("What to do: %1").arg(result.action);
            }
        }
        for (const QString &warning : result.warnings) {
            lines << tr("Warning: %1").arg(warning);
        }
        m_result->setText(lines.join(QLatin1Char('\n')));
        m_result->setStyleSheet(result.outcome == engine::RestoreResult::Outcome::Failed
                                    ? QStringLiteral("color: #a94442;")
                                    : QString());
        Q_EMIT completeChanged();
        Q_EMIT w->restoreFinished(result);
    }

    QLabel *m_step;
    QProgressBar *m_bar;
    QLabel *m_result;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QPushButton *m_backupNow;
    engine::RestoreRunner *m_runner;
    bool m_done = false;
};

RestoreWizard::RestoreWizard(Mode mode, engine::CertadmHandle library, const QString &setPath,
                             QWidget *parent)
    : QWizard(parent), m_mode(mode), m_library(std::move(library))
{
    setObjectName(mode == Mode::Drill ? QStringLiteral("drillWizard")
                                      : QStringLiteral("restoreWizard"));
    setWindowTitle(mode == Mode::Drill ? tr("Test restore") : tr("Restore"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_choices.setPath = setPath;
    setPage(SetPageId, new SetPage(this));
    if (mode == Mode::Restore) {
        setPage(TargetPageId, new TargetPage(this));
        setPage(ConfirmPageId, new ConfirmPage(this));
    }
    m_progress = new RestoreProgressPage(this);
    setPage(ProgressPageId, m_progress);
    setStartId(SetPageId);
    resize(680, 540);
}

bool RestoreWizard::isRunning() const
{
    return m_progress->isRunning();
}

void RestoreWizard::reject()
{
    if (isRunning()) {
        m_progress->confirmCancel();
        return;
    }
    QWizard::reject();
}

void RestoreWizard::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        m_progress->confirmCancel();
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace ui

#include "restorewizard.moc"
