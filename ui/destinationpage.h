// SPDX-License-Identifier: Apache-2.0
// Wizard page 3: where the set goes. Free space against the expected size, and the set's final
// path shown before anything is written. The folder is looked at (free space, the sets already
// there) off the GUI thread, once typing pauses.
#pragma once

#include "engine/catalog.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace ui {

class DestinationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DestinationPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // What the last look at a folder found.
    struct Facts {
        QString destination;
        QString ancestor; // the nearest folder that exists; empty when none
        QString problem;  // why no set can go there; empty when one can
        qint64 available = 0;
        std::optional<engine::CatalogEntry> lastFull;
    };

private:
    // The preview of the set's path: no file system access, shown at once.
    void updatePreview();
    // Starts a look at the folder typed now; its answer is shown if the text is still the same.
    void startCheck();
    void showFacts(const Facts &facts);
    QString currentDestination() const;

    QLineEdit *m_destination;
    QToolButton *m_browse;
    QLabel *m_space;
    QLabel *m_preview;
    QLabel *m_warning;
    QTimer *m_debounce;
    std::optional<Facts> m_facts; // of the text shown, once its check answered
    quint64 m_generation = 0;
};

} // namespace ui
