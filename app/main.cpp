// Start-up only: arguments, logging, translations, then the windows or the headless engine.
#include <cstring>
#include <memory>
#include <utility>

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "desktopsession.h"
#include "runner.h"
#include "sandbox/sandbox.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "signalwatcher.h"
#include "store/databaselock.h"
#include "store/store.h"
#include "sync/dryrun.h"
#include "sync/reconciler.h"
#include "translator.h"
#include "util/logging.h"
#include "webhookurlcommand.h"

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace LeadBridge;

namespace {

/// The process holds the retailCRM API key and the Calltouch token in memory: a core dump would hold
/// them too. So no core file, and (Linux) no other process of the same user may read our memory.
void forbidCoreDumps()
{
#if defined(Q_OS_UNIX)
    const rlimit none { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool wantsConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : { "--headless", "--once", "--dry-run", "--days", "--reconcile", "--from",
                 "--to", "--webhook-url", "--help", "-h", "--version", "-v", "--help-all" }) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

/// --from / --to of --reconcile: ISO days, from <= to, at most Reconciler::kMaxDays days. False (the
/// problem printed) when they are wrong or given without --reconcile.
bool parseReconcilePeriod(const QCommandLineParser &parser, const QCommandLineOption &reconcile,
    const QCommandLineOption &fromOption, const QCommandLineOption &toOption, QDate *from, QDate *to)
{
    if (!parser.isSet(reconcile)) {
        if (parser.isSet(fromOption) || parser.isSet(toOption)) {
            QTextStream(stderr) << tr("--from and --to are options of --reconcile.") << '\n';
            return false;
        }
        return true;
    }
    for (const auto &[option, target] : { std::pair { &fromOption, from }, std::pair { &toOption, to } }) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid()) {
            QTextStream(stderr) << tr("\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30.")
                                       .arg(parser.value(*option))
                                << '\n';
            return false;
        }
    }
    if (to->isValid() && from->isValid() && *from > *to) {
        QTextStream(stderr) << tr("--from must not be after --to.") << '\n';
        return false;
    }
    if (!from->isValid() && !to->isValid())
        return true; // the Reconciler's default: the last 30 days of the Calltouch project
    if (!to->isValid())
        *to = QDate::currentDate();
    if (!from->isValid())
        *from = to->addDays(-(Reconciler::kDefaultDays - 1));
    if (*from > *to || from->daysTo(*to) >= Reconciler::kMaxDays) {
        QTextStream(stderr)
            << tr("The period must be 1 to %1 days and --from not after --to.").arg(Reconciler::kMaxDays)
            << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    forbidCoreDumps();
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
    parser.setApplicationDescription(tr(
        "LeadBridge: Calltouch leads become retailCRM orders, and retailCRM orders become Calltouch deals."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), tr("Use this settings file (INI)."), QStringLiteral("file"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("Use this database file."), QStringLiteral("file"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), tr("Interface language: ru or en."), QStringLiteral("code"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"), tr("Run the sync without windows until SIGTERM or SIGINT."));
    const QCommandLineOption onceOption(QStringLiteral("once"),
        tr("Run one sync cycle without windows and exit: 0 all succeeded, 1 some read or write failed, "
           "2 configuration, credential or database error."));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        tr("Run against simulated retailCRM and Calltouch services on 127.0.0.1 with sample data."));
    const QCommandLineOption webhookUrlOption(QStringLiteral("webhook-url"),
        tr("Print the webhook URLs to paste into Calltouch (with --config FILE) and exit."));
    const QCommandLineOption minimizedOption(QStringLiteral("minimized"),
        tr("Start in the system tray without opening the window (as \"Start with the system\" does)."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
        tr("With --once: write nothing; read the last days of Calltouch leads and the retailCRM customers "
           "and orders, and print what the first sync would do with each lead. Exit 0, 1 when a read "
           "failed, 2 configuration or credential error."));
    const QCommandLineOption daysOption(QStringLiteral("days"),
        tr("With --dry-run: how many days back to read (today included; default 7, at most 90)."),
        QStringLiteral("n"));
    const QCommandLineOption reconcileOption(QStringLiteral("reconcile"),
        tr("Write nothing; compare the Calltouch leads and deals of a period with the retailCRM orders and "
           "print what is off. Exit 0 when everything matches, 1 when something is off or a read failed, "
           "2 configuration or credential error."));
    const QCommandLineOption fromOption(QStringLiteral("from"),
        tr("With --reconcile: the first day (YYYY-MM-DD; default 29 days before --to)."),
        QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        tr("With --reconcile: the last day (YYYY-MM-DD; default today)."), QStringLiteral("date"));
    parser.addOptions({ configOption, dbOption, langOption, headlessOption, onceOption, sandboxOption,
        webhookUrlOption, minimizedOption, dryRunOption, daysOption, reconcileOption, fromOption, toOption });

    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n'
                            << tr("Run leadbridge --help for the options.") << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QString language = parser.value(langOption);
    if (!language.isEmpty() && language != QLatin1String("ru") && language != QLatin1String("en")) {
        QTextStream(stderr) << tr("Unknown language \"%1\": use ru or en.").arg(language) << '\n';
        return 2;
    }
    int dryRunDays = 0;
    if (parser.isSet(dryRunOption)) {
        bool ok = true;
        dryRunDays =
            parser.isSet(daysOption) ? parser.value(daysOption).toInt(&ok) : DryRunPlanner::kDefaultDays;
        if (!ok || dryRunDays < 1 || dryRunDays > DryRunPlanner::kMaxDays) {
            QTextStream(stderr)
                << tr("--days takes a number of days from 1 to %1.").arg(DryRunPlanner::kMaxDays) << '\n';
            return 2;
        }
    } else if (parser.isSet(daysOption)) {
        QTextStream(stderr) << tr("--days is an option of --dry-run.") << '\n';
        return 2;
    }
    QDate reconcileFrom;
    QDate reconcileTo;
    if (!parseReconcilePeriod(parser, reconcileOption, fromOption, toOption, &reconcileFrom, &reconcileTo))
        return 2;
    const bool sandboxMode = parser.isSet(sandboxOption);
    AppSettings settings =
        parser.isSet(configOption) ? AppSettings(parser.value(configOption)) : AppSettings();

    // The sandbox keeps its own database in a temporary folder: it never mixes with a real account.
    QTemporaryDir sandboxDir;
    QString databasePath = parser.isSet(dbOption) ? parser.value(dbOption) : Store::defaultPath();
    std::unique_ptr<Sandbox> sandbox;
    SyncConfig config = settings.toSyncConfig();
    if (sandboxMode) {
        sandbox = std::make_unique<Sandbox>();
        QString error;
        if (!sandbox->start(&error)) {
            QTextStream(stderr) << error << '\n';
            return 2;
        }
        config = sandbox->config();
        if (!parser.isSet(dbOption))
            databasePath = sandboxDir.filePath(QStringLiteral("sandbox.db"));
        QTextStream(stdout) << tr("Sandbox: simulated retailCRM at %1, Calltouch at %2.")
                                   .arg(config.retailCrmUrl.toString(), config.calltouchApiUrl.toString())
                            << '\n';
    }

    if (parser.isSet(webhookUrlOption)) {
        KeychainSecretStore keychain;
        EnvironmentSecretStore secrets(&keychain);
        WebhookUrlCommand command(settings.webhookListen(), settings.webhookPublicUrl(), &secrets);
        QObject::connect(&command, &WebhookUrlCommand::finished, app.get(),
            [](int code) { QCoreApplication::exit(code); });
        command.start();
        return app->exec();
    }

    // The dry run and the reconciliation write nothing, not even the database: they need no lock and
    // run next to a sync.
    if (dryRunDays > 0 || parser.isSet(reconcileOption)) {
        KeychainSecretStore keychain;
        EnvironmentSecretStore secrets(&keychain);
        HeadlessRunner runner(config, databasePath, true, &secrets);
        if (dryRunDays > 0)
            runner.setDryRun(dryRunDays);
        else
            runner.setReconcile(reconcileFrom, reconcileTo);
        SignalWatcher signalWatcher;
        QObject::connect(
            &signalWatcher, &SignalWatcher::terminationRequested, &runner, &HeadlessRunner::requestStop);
        QObject::connect(
            &runner, &HeadlessRunner::finished, app.get(), [](int code) { QCoreApplication::exit(code); });
        runner.start();
        return app->exec();
    }

    // One LeadBridge per database: a second one (a forgotten headless run next to the desktop) says who
    // holds it and does not start.
    DatabaseLock databaseLock(databasePath);
    QString lockError;
    const bool locked = databaseLock.tryLock(&lockError);

    if (parser.isSet(headlessOption) || parser.isSet(onceOption)) {
        if (!locked) {
            QTextStream(stderr) << lockError << '\n';
            return 2;
        }
        KeychainSecretStore keychain;
        EnvironmentSecretStore secrets(&keychain);
        HeadlessRunner runner(config, databasePath, parser.isSet(onceOption), &secrets);
        SignalWatcher signalWatcher;
        QObject::connect(
            &signalWatcher, &SignalWatcher::terminationRequested, &runner, &HeadlessRunner::requestStop);
        QObject::connect(
            &runner, &HeadlessRunner::finished, app.get(), [](int code) { QCoreApplication::exit(code); });
        runner.start();
        return app->exec();
    }

    Translator translator;
    translator.setLanguage(language.isEmpty() ? settings.language() : language);
    if (!locked) {
        QTextStream(stderr) << lockError << '\n';
        QMessageBox::critical(nullptr, tr("LeadBridge is already running"), lockError);
        return 2;
    }
    // Desktop: in the sandbox, settings and secrets stay in the temporary folder and in memory.
    std::unique_ptr<AppSettings> sandboxSettings;
    AppSettings *activeSettings = &settings;
    std::unique_ptr<SecretStore> memorySecrets;
    std::unique_ptr<KeychainSecretStore> keychain;
    std::unique_ptr<EnvironmentSecretStore> secrets;
    if (sandboxMode) {
        sandboxSettings = std::make_unique<AppSettings>(sandboxDir.filePath(QStringLiteral("sandbox.ini")));
        // The wizard runs as for a new user; its pages show the demo values (with a fill-in button).
        sandboxSettings->setSince(config.since);
        sandboxSettings->setSyncIntervalSeconds(config.syncIntervalSeconds);
        sandboxSettings->setLanguage(settings.language());
        sandboxSettings->sync();
        activeSettings = sandboxSettings.get();
        auto *memory = new MemorySecretStore;
        memorySecrets.reset(memory);
        secrets = std::make_unique<EnvironmentSecretStore>(memory);
        // Only the desktop sandbox is live: new leads and CRM changes keep coming (the headless
        // `--sandbox --once` and the tests stay still).
        sandbox->setLive(true);
    } else {
        keychain = std::make_unique<KeychainSecretStore>();
        secrets = std::make_unique<EnvironmentSecretStore>(keychain.get());
    }
    // With a tray, closing the window keeps LeadBridge running there; Quit ends it.
    QApplication::setQuitOnLastWindowClosed(!QSystemTrayIcon::isSystemTrayAvailable());
    DesktopSession session(activeSettings, secrets.get(), &translator, databasePath);
    if (sandboxMode)
        session.setSandbox(config, sandbox->live());
    session.setStartMinimized(parser.isSet(minimizedOption));
    QTimer::singleShot(0, &session, &DesktopSession::start);
    return app->exec();
}
