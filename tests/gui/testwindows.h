// SPDX-License-Identifier: Apache-2.0
// Windows of the application made for the checks that look at every window as it first shows
// (keyboard access, accessible names, fit at 800 x 600): those that need more than one line to
// make.
#pragma once

#include "fakesecretstore.h"
#include "profiles/memorysecretstore.h"
#include "ui/profiledialog.h"
#include "profiles/profilestore.h"

#include <QString>

#include <memory>

namespace testing {

// A new profile's dialog with the CA key included (its most controls), over a profile store in
// `storeFile` and secrets kept in memory.
class ProfileDialogUnderTest {
public:
    explicit ProfileDialogUnderTest(const QString &storeFile) : m_store(storeFile)
    {
        m_loaded = m_store.load(&m_error);
        profiles::Profile profile;
        profile.includeKey = true;
        m_dialog =
            std::make_unique<ui::ProfileDialog>(ui::ProfileDialog::Mode::Create, profile, &m_store,
                                                &m_keychain, &m_session, QStringList());
    }

    bool loaded() const { return m_loaded; }
    const QString &error() const { return m_error; }
    ui::ProfileDialog *dialog() const { return m_dialog.get(); }

private:
    profiles::ProfileStore m_store;
    profiles::FakeSecretStore m_keychain;
    profiles::MemorySecretStore m_session;
    QString m_error;
    bool m_loaded = false;
    std::unique_ptr<ui::ProfileDialog> m_dialog;
};

} // namespace testing
