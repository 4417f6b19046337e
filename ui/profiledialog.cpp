// SPDX-License-Identifier: Apache-2.0
#include "profiledialog.h"

#include "platform/cakeysource.h"
#include "engine/keypassword.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

ProfileDialog::ProfileDialog(Mode mode, const profiles::Profile &profile,
                             profiles::ProfileStore *store, profiles::SecretStore *secrets,
                             profiles::SecretStore *sessionSecrets, const QStringList &knownServers,
                             QWidget *parent)
    : QDialog(parent), m_mode(mode), m_originalName(profile.name), m_profile(profile),
      m_store(store), m_secrets(secrets), m_sessionSecrets(sessionSecrets),
      m_name(new QLineEdit(this)), m_server(new QComboBox(this)), m_caName(new QLineEdit(this)),
      m_full(new QRadioButton(tr("&Full (database and logs)"), this)),
      m_logs(new QRadioButton(tr("&Logs only (incremental)"), this)),
      m_keepLogs(new QCheckBox(tr("K&eep log files (do not truncate)"), this)),
      m_destination(new QLineEdit(this)),
      m_verify(new QCheckBox(tr("&Verify the set after the backup"), this)),
      m_drill(new QCheckBox(tr("&Test-restore the set after the backup (restore drill)"), this)),
      m_keepFull(new QSpinBox(this)),
      m_includeKey(new QCheckBox(tr("Include the CA &key and certificate (%1.p12)"), this)),
      m_keyKeychain(new QRadioButton(tr("Store the key password in the system keychain"), this)),
      m_keyAsk(new QRadioButton(tr("Ask me for the key password each time"), this)),
      m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_keyNote(new QLabel(this)),
      m_notes(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(mode == Mode::Edit ? tr("Edit profile") : tr("New profile"));
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_server->setObjectName(QStringLiteral("profileServerCombo"));
    m_server->setEditable(true);
    m_server->setAccessibleName(tr("Server name"));
    m_server->lineEdit()->setAccessibleName(m_server->accessibleName());
    m_server->addItems(knownServers);
    m_caName->setObjectName(QStringLiteral("profileCaNameEdit"));
    m_caName->setPlaceholderText(tr("filled in by the first backup"));
    m_full->setObjectName(QStringLiteral("profileFullRadio"));
    m_logs->setObjectName(QStringLiteral("profileLogsRadio"));
    m_keepLogs->setObjectName(QStringLiteral("profileKeepLogsCheck"));
    m_destination->setObjectName(QStringLiteral("profileDestinationEdit"));
    m_verify->setObjectName(QStringLiteral("profileVerifyCheck"));
    m_drill->setObjectName(QStringLiteral("profileDrillCheck"));
    m_drill->setToolTip(tr("Each new set is copied to a scratch folder and recovered there, which "
                           "proves it restorable; retention then removes older sets only when "
                           "it passed."));
    m_keepFull->setObjectName(QStringLiteral("profileKeepFullSpin"));
    m_keepFull->setRange(0, 999);
    m_keepFull->setSpecialValueText(tr("keep all sets"));
    m_keepFull->setSuffix(tr(" full sets and their logs-only sets"));
    m_includeKey->setObjectName(QStringLiteral("profileIncludeKeyCheck"));
    m_keyKeychain->setObjectName(QStringLiteral("profileKeyKeychainRadio"));
    m_keyAsk->setObjectName(QStringLiteral("profileKeyAskRadio"));
    m_password->setObjectName(QStringLiteral("profileKeyPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Key password"));
    m_confirm->setObjectName(QStringLiteral("profileKeyConfirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Confirm the key password"));
    m_keyNote->setObjectName(QStringLiteral("profileKeyNote"));
    m_keyNote->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("profileNotesEdit"));
    m_notes->setMaximumHeight(70);
    m_error->setObjectName(QStringLiteral("profileErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a94442;"));
    m_error->hide();

    // The type and the key password's source are two choices: without groups of their own, the
    // four radio buttons of one parent would act as one.
    auto *typeGroup = new QButtonGroup(this);
    typeGroup->addButton(m_full);
    typeGroup->addButton(m_logs);
    auto *sourceGroup = new QButtonGroup(this);
    sourceGroup->addButton(m_keyKeychain);
    sourceGroup->addButton(m_keyAsk);

    auto *browse = new QToolButton(this);
    browse->setText(tr("&Browse..."));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup destination"),
                                                                 m_destination->text());
        if (!chosen.isEmpty()) {
            m_destination->setText(QDir::toNativeSeparators(chosen));
        }
    });
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);
    // One above the other: side by side they make the dialog wider than 800 pixels in German.
    auto *typeRow = new QVBoxLayout;
    typeRow->addWidget(m_full);
    typeRow->addWidget(m_logs);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("C&A name:"), m_caName);
    form->addRow(tr("Type:"), typeRow);
    form->addRow(QString(), m_keepLogs);
    // A row of a layout gets no buddy from the form: the label names the folder field itself.
    auto *destinationLabel = new QLabel(tr("&Destination:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    form->addRow(QString(), m_verify);
    form->addRow(QString(), m_drill);
    form->addRow(tr("&Retention:"), m_keepFull);
    form->addRow(QString(), m_includeKey);
    form->addRow(QString(), m_keyKeychain);
    form->addRow(QString(), m_keyAsk);
    form->addRow(tr("Key &password:"), m_password);
    form->addRow(tr("&Confirm:"), m_confirm);
    form->addRow(QString(), m_keyNote);
    form->addRow(tr("N&otes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_name->setText(mode == Mode::Duplicate ? tr("%1 (copy)").arg(profile.name) : profile.name);
    m_server->setEditText(profile.server);
    m_caName->setText(profile.caName);
    m_full->setChecked(profile.type == engine::SetType::Full);
    m_logs->setChecked(profile.type == engine::SetType::LogsOnly);
    m_keepLogs->setChecked(profile.keepLogs);
    m_destination->setText(QDir::toNativeSeparators(profile.destination));
    m_verify->setChecked(profile.verifyAfter);
    m_drill->setChecked(profile.drillAfter);
    m_keepFull->setValue(profile.keepFull);
    m_includeKey->setChecked(profile.includeKey);
    m_keyKeychain->setChecked(profile.keyPasswordSource == profiles::KeyPasswordSource::Keychain);
    m_keyAsk->setChecked(profile.keyPasswordSource == profiles::KeyPasswordSource::AskEachTime);
    m_notes->setPlainText(profile.notes);
    if (mode == Mode::Edit) {
        m_password->setPlaceholderText(tr("unchanged"));
    }
    for (QObject *sender : {static_cast<QObject *>(m_includeKey), static_cast<QObject *>(m_keyAsk),
                            static_cast<QObject *>(m_keyKeychain), static_cast<QObject *>(m_logs),
                            static_cast<QObject *>(m_full)}) {
        connect(qobject_cast<QAbstractButton *>(sender), &QAbstractButton::toggled, this,
                &ProfileDialog::updateKeyState);
    }
    connect(m_server, &QComboBox::currentTextChanged, this, &ProfileDialog::updateKeyState);
    connect(m_caName, &QLineEdit::textChanged, this, &ProfileDialog::updateKeyState);
    updateKeyState();
}

void ProfileDialog::updateKeyState()
{
    m_keepLogs->setEnabled(m_full->isChecked());
    const QString caName = m_caName->text().trimmed();
    m_includeKey->setText(tr("Include the CA &key and certificate (%1.p12)")
                              .arg(caName.isEmpty() ? tr("<CA name>") : caName));
    const bool key = m_includeKey->isChecked();
    m_keyKeychain->setEnabled(key);
    m_keyAsk->setEnabled(key);
    const bool typed = key && m_keyKeychain->isChecked();
    m_password->setEnabled(typed);
    m_confirm->setEnabled(typed);
    QString why;
    const QString server = m_server->currentText().trimmed();
    if (key && !server.isEmpty() && !platform::CaKeySource::isLocal(server, &why)) {
        m_keyNote->setText(why);
        m_keyNote->show();
    } else {
        m_keyNote->hide();
    }
}

profiles::Profile ProfileDialog::collect() const
{
    profiles::Profile p = m_profile;
    p.name = m_name->text().trimmed();
    p.server = m_server->currentText().trimmed();
    p.caName = m_caName->text().trimmed();
    p.type = m_logs->isChecked() ? engine::SetType::LogsOnly : engine::SetType::Full;
    p.keepLogs = m_keepLogs->isChecked() && !m_logs->isChecked();
    p.destination = QDir::fromNativeSeparators(m_destination->text().trimmed());
    p.verifyAfter = m_verify->isChecked();
    p.drillAfter = m_drill->isChecked();
    p.keepFull = m_keepFull->value();
    p.includeKey = m_includeKey->isChecked();
    p.keyPasswordSource = m_keyAsk->isChecked() ? profiles::KeyPasswordSource::AskEachTime
                                                : profiles::KeyPasswordSource::Keychain;
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

void ProfileDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ProfileDialog::accept()
{
    const profiles::Profile p = collect();
    const QString invalid = p.validate();
    if (!invalid.isEmpty()) {
        showError(invalid);
        return;
    }
    const bool renamed =
        m_mode != Mode::Edit || p.name.compare(m_originalName, Qt::CaseInsensitive) != 0;
    if (renamed && m_store->find(p.name)) {
        showError(tr("A profile named \"%1\" exists already: choose another name.").arg(p.name));
        return;
    }
    const bool typed = p.includeKey && p.keyPasswordSource == profiles::KeyPasswordSource::Keychain;
    const QString password = m_password->text();
    if (typed && password != m_confirm->text()) {
        showError(tr("The two key passwords differ."));
        return;
    }
    if (typed && password.isEmpty() && m_mode != Mode::Edit) {
        showError(tr("Type the password that protects the CA key, or choose \"Ask me for the key "
                     "password each time\"."));
        return;
    }
    if (typed && password.isEmpty() && renamed) {
        showError(tr("Type the key password again: it is stored under the profile's name."));
        return;
    }
    if (typed && !password.isEmpty()) {
        const QString weakness = engine::KeyPassword::weakness(password);
        if (!weakness.isEmpty()) {
            showError(weakness + QLatin1Char(' ') + engine::KeyPassword::advice());
            return;
        }
    }
    if (!typed || password.isEmpty()) {
        save(p);
        return;
    }
    // The keychain answers asynchronously; the dialog stays until it did. An answer after the
    // dialog is gone (closed by its owner meanwhile) is dropped.
    setEnabled(false);
    m_secrets->write(
        profiles::keyPasswordSecretKey(p.name), password, this,
        [this, p, password](const profiles::SecretResult &result) {
            setEnabled(true);
            if (result.ok()) {
                save(p);
                return;
            }
            QMessageBox box(QMessageBox::Warning, tr("Keychain unavailable"), result.message(),
                            QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("keychainFailedBox"));
            QPushButton *ask = box.addButton(tr("Ask me each time"), QMessageBox::AcceptRole);
            QPushButton *session =
                box.addButton(tr("Keep for this session"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() == ask) {
                profiles::Profile changed = p;
                changed.keyPasswordSource = profiles::KeyPasswordSource::AskEachTime;
                m_keyAsk->setChecked(true);
                save(changed);
            } else if (box.clickedButton() == session) {
                m_sessionSecrets->write(profiles::keyPasswordSecretKey(p.name), password, this,
                                        [](const profiles::SecretResult &) {});
                m_usedSession = true;
                save(p);
            }
        });
}

void ProfileDialog::save(const profiles::Profile &profile)
{
    const bool renamed =
        m_mode == Mode::Edit && profile.name.compare(m_originalName, Qt::CaseInsensitive) != 0;
    QString error;
    const bool saved =
        renamed ? m_store->rename(m_originalName, profile, &error) : m_store->save(profile, &error);
    if (!saved) {
        // Nothing changed in the store: the old profile and its key password stay as they were.
        showError(error);
        return;
    }
    if (renamed) {
        // The old profile is gone and the password was written under the new name: the old
        // keychain entry is no longer anyone's.
        m_secrets->remove(profiles::keyPasswordSecretKey(m_originalName), this,
                          [](const profiles::SecretResult &) {});
    }
    m_profile = profile;
    QDialog::accept();
}

} // namespace ui
