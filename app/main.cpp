// Start-up only: arguments, logging, translations, then the window or the headless engine.
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "translator.h"
#include "util/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>
#include <memory>

using namespace LeadBridge;

namespace {

bool wantsConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        for (const char *option : {"--headless", "--once", "--help", "-h", "--version", "-v", "--help-all"}) {
            if (std::strcmp(arg, option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    installLogging();
    std::unique_ptr<QCoreApplication> app;
    if (wantsConsoleOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadBridge"));
    QCoreApplication::setApplicationName(QStringLiteral("leadbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADBRIDGE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "LeadBridge: Calltouch leads become retailCRM orders, and "
                                            "retailCRM orders become Calltouch deals."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QCoreApplication::translate("main", "Use this settings file (INI)."),
        QStringLiteral("file"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Use this database file."),
                                      QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Interface language: ru or en."),
                                        QStringLiteral("code"));
    parser.addOptions({configOption, dbOption, langOption});

    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n'
                            << QCoreApplication::translate("main", "Run leadbridge --help for the options.")
                            << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QString language = parser.value(langOption);
    if (!language.isEmpty() && language != QLatin1String("ru") && language != QLatin1String("en")) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Unknown language \"%1\": use ru or en.")
                                   .arg(language)
                            << '\n';
        return 2;
    }

    AppSettings settings = parser.isSet(configOption) ? AppSettings(parser.value(configOption)) : AppSettings();
    Translator translator;
    translator.setLanguage(language.isEmpty() ? settings.language() : language);

    MainWindow window(&translator);
    window.show();
    return app->exec();
}
