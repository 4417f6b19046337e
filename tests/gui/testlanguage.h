// SPDX-License-Identifier: Apache-2.0
// The GUI tests' language switch: the application's catalogue (from the test's resources, under
// :/i18n) and Qt's own texts (the wizard's Back, Next, Finish), as the application installs them.
#pragma once

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>

namespace testing {

class TestLanguage {
public:
    TestLanguage() = default;
    TestLanguage(const TestLanguage &) = delete;
    TestLanguage &operator=(const TestLanguage &) = delete;
    ~TestLanguage() { reset(); }

    // Switches to `language` ("en", "de", "fr"); false when a catalogue does not load.
    bool use(const QString &language)
    {
        reset();
        if (language == QLatin1String("en")) {
            return true;
        }
        if (!m_application.load(QStringLiteral(":/i18n/certsrv-backup_%1.qm").arg(language)) ||
            !m_qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            return false;
        }
        QCoreApplication::installTranslator(&m_application);
        QCoreApplication::installTranslator(&m_qt);
        return true;
    }

    void reset()
    {
        QCoreApplication::removeTranslator(&m_application);
        QCoreApplication::removeTranslator(&m_qt);
    }

    // The rows of a data function: one per language the application ships.
    static void addRows()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr"}) {
            QTest::newRow(language) << QString::fromLatin1(language);
        }
    }

private:
    QTranslator m_application;
    QTranslator m_qt;
};

} // namespace testing
