// SPDX-License-Identifier: Apache-2.0
// The CLI's translations for the system locale, dropped for --json.
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace cli {
namespace {

Translations *g_current = nullptr;

} // namespace

Translations::Translations()
{
    m_qtInstalled = m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
                    QCoreApplication::installTranslator(&m_qt);
    m_appInstalled = m_app.load(QLocale(), QStringLiteral("certsrv-backup"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")) &&
                     QCoreApplication::installTranslator(&m_app);
    g_current = this;
}

Translations::~Translations()
{
    useSourceTexts();
    g_current = nullptr;
}

void Translations::useSourceTexts()
{
    // Sizes and numbers in messages too ("1.5 MB", not "1,5 MB").
    QLocale::setDefault(QLocale::c());
    if (!g_current) {
        return;
    }
    if (g_current->m_appInstalled) {
        QCoreApplication::removeTranslator(&g_current->m_app);
        g_current->m_appInstalled = false;
    }
    if (g_current->m_qtInstalled) {
        QCoreApplication::removeTranslator(&g_current->m_qt);
        g_current->m_qtInstalled = false;
    }
}

} // namespace cli
