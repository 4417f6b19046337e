// SPDX-License-Identifier: Apache-2.0
// The profile editor: create, edit or duplicate a saved server profile, and where its CA key
// password goes (the system keychain, or asked for each run). A keychain that is unavailable or
// locked is said in words, with "ask me each time" or "keep for this session"; a secret is never
// written in plain text.
#pragma once

#include "profiles/profile.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace profiles {
class ProfileStore;
class SecretStore;
} // namespace profiles

namespace ui {

class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Edit, Duplicate };

    // `secrets` is where a typed key password goes; `sessionSecrets` the fallback the operator
    // may pick when the keychain fails. Both must outlive the dialog.
    ProfileDialog(Mode mode, const profiles::Profile &profile, profiles::ProfileStore *store,
                  profiles::SecretStore *secrets, profiles::SecretStore *sessionSecrets,
                  const QStringList &knownServers, QWidget *parent = nullptr);

    const profiles::Profile &profile() const { return m_profile; }
    // Whether the key password of this profile now lives in the session store.
    bool usesSessionSecret() const { return m_usedSession; }

public Q_SLOTS:
    void accept() override;

private:
    profiles::Profile collect() const;
    void updateKeyState();
    void save(const profiles::Profile &profile);
    void showError(const QString &text);

    Mode m_mode;
    QString m_originalName;
    profiles::Profile m_profile;
    profiles::ProfileStore *m_store;
    profiles::SecretStore *m_secrets;
    profiles::SecretStore *m_sessionSecrets;
    bool m_usedSession = false;

    QLineEdit *m_name;
    QComboBox *m_server;
    QLineEdit *m_caName;
    QRadioButton *m_full;
    QRadioButton *m_logs;
    QCheckBox *m_keepLogs;
    QLineEdit *m_destination;
    QCheckBox *m_verify;
    QCheckBox *m_drill;
    QSpinBox *m_keepFull;
    QCheckBox *m_includeKey;
    QRadioButton *m_keyKeychain;
    QRadioButton *m_keyAsk;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_keyNote;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
};

} // namespace ui
