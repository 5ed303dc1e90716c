#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace LeadBridge {

Translator::Translator(QObject *parent)
    : QObject(parent)
{}

QString Translator::systemLanguage()
{
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

void Translator::setLanguage(const QString &code)
{
    const QString language =
        (code == QLatin1String("ru") || code == QLatin1String("en")) ? code : systemLanguage();
    if (language == m_language)
        return;
    m_language = language;
    const QLocale locale(language == QLatin1String("ru") ? QLocale::Russian : QLocale::English,
        language == QLatin1String("ru") ? QLocale::Russia : QLocale::UnitedStates);
    QLocale::setDefault(locale);

    if (m_own) {
        QCoreApplication::removeTranslator(m_own);
        delete m_own;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
    }
    m_own = new QTranslator(this);
    if (m_own->load(locale, QStringLiteral("leadbridge"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_own);
    m_qt = new QTranslator(this);
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
}

} // namespace LeadBridge
