#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace LeadBridge {

/// Installs LeadBridge's and Qt's own translations, and switches them at run time.
class Translator : public QObject
{
    Q_OBJECT
public:
    explicit Translator(QObject *parent = nullptr);
    /// "ru" or "en"; an empty code picks the system language (Russian if it is Russian, else English).
    void setLanguage(const QString &code);
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] static QString systemLanguage();

private:
    QTranslator *m_own = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_language;
};

} // namespace LeadBridge
