// Fails when a Russian translation is missing or unfinished, or when the .qm files are not built in.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QWizard>
#include <QXmlStreamReader>

#include "translator.h"

using namespace LeadBridge;

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void russianIsComplete();
    void compiledTranslationsAreEmbedded();
    void switchingLanguageTranslatesAtRunTime();
    void qtOwnButtonsAreTranslated();
};

void tst_Translations::russianIsComplete()
{
    QFile file(QStringLiteral(LEADBRIDGE_SOURCE_DIR "/translations/leadbridge_ru.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool plural = false;
    QStringList problems;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            if (plural) {
                int forms = 0;
                while (xml.readNextStartElement()) {
                    const QString form = xml.readElementText();
                    if (!form.trimmed().isEmpty())
                        ++forms;
                    text += form;
                }
                if (forms != 3) // Russian: one, few, many
                    problems << context + QStringLiteral(": ") + source + QStringLiteral(" (plural forms)");
            } else {
                text = xml.readElementText();
            }
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                problems << context + QStringLiteral(": ") + source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 10, "the Russian .ts file holds almost nothing: run update_translations");
    QVERIFY2(
        problems.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + problems.join(QLatin1Char('\n'))));
}

void tst_Translations::compiledTranslationsAreEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/leadbridge_ru.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/leadbridge_en.qm")));
}

void tst_Translations::switchingLanguageTranslatesAtRunTime()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("ru"));
    QCOMPARE(QCoreApplication::translate("LeadBridge::MainWindow", "Leads"), QStringLiteral("Лиды"));
    translator.setLanguage(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("LeadBridge::MainWindow", "Leads"), QStringLiteral("Leads"));
}

void tst_Translations::qtOwnButtonsAreTranslated()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("ru"));
    QWizard wizard;
    const QString next = wizard.buttonText(QWizard::NextButton);
    translator.setLanguage(QStringLiteral("en"));
    QVERIFY2(next.contains(QStringLiteral("Далее")), qPrintable(next));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
