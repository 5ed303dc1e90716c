#include "runner.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include "reconcilecommand.h"
#include "secrets/secretstore.h"
#include "store/queries/silencehistory.h"
#include "sync/dryrun.h"
#include "sync/synccontroller.h"
#include "util/logging.h"

namespace LeadBridge {

HeadlessRunner::HeadlessRunner(
    SyncConfig config, QString databasePath, bool once, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_databasePath(std::move(databasePath))
    , m_once(once)
    , m_secrets(secrets)
{}

HeadlessRunner::~HeadlessRunner() = default;

void HeadlessRunner::setReconcile(const QDate &from, const QDate &to)
{
    m_reconcileWanted = true;
    m_reconcileFrom = from;
    m_reconcileTo = to;
}

void HeadlessRunner::fail(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    // Queued: this may run before the event loop, where an exit request would be lost.
    QTimer::singleShot(0, this, [this] { emit finished(2); });
}

void HeadlessRunner::readSecret(const QString &name, QString *target, std::function<void()> then)
{
    if (!target->isEmpty()) {
        then();
        return;
    }
    m_secrets->read(name, this, [this, name, target, then](const SecretResult &result) {
        if (result.status == SecretResult::Status::Ok && !result.value.isEmpty()) {
            *target = result.value;
            then();
            return;
        }
        const QString variable = EnvironmentSecretStore::environmentVariable(name);
        const QString what = name == SecretName::RetailCrmApiKey
            ? QCoreApplication::translate("main", "retailCRM API key")
            : name == SecretName::CalltouchToken
            ? QCoreApplication::translate("main", "Calltouch token")
            : QCoreApplication::translate("main", "chat receiver secret (webhook/listen is set)");
        QString message = result.status == SecretResult::Status::Unavailable
            ? result.message
            : QCoreApplication::translate("main", "No %1 is stored in the keychain.").arg(what);
        message += QLatin1Char(' ')
            + QCoreApplication::translate("main", "Run the setup wizard, or set the environment variable %1.")
                  .arg(variable);
        fail(message);
    });
}

void HeadlessRunner::start()
{
    if (!m_config.retailCrmUrl.isValid() || m_config.retailCrmUrl.host().isEmpty()
        || m_config.calltouchSiteId.isEmpty()) {
        fail(QCoreApplication::translate("main",
            "LeadBridge is not configured: the settings file needs "
            "retailcrm/url and calltouch/siteId (see README)."));
        return;
    }
    readSecret(SecretName::RetailCrmApiKey, &m_config.retailCrmApiKey, [this] {
        readSecret(SecretName::CalltouchToken, &m_config.calltouchToken, [this] {
            if (m_dryRunDays > 0) {
                startDryRun();
                return;
            }
            if (m_reconcileWanted) {
                m_reconcile = std::make_unique<ReconcileCommand>(
                    m_config, m_reconcileFrom, m_reconcileTo, m_databasePath);
                connect(m_reconcile.get(), &ReconcileCommand::finished, this, &HeadlessRunner::finished);
                m_reconcile->start();
                return;
            }
            if (m_config.webhookListen.isEmpty()) {
                startEngine();
                return;
            }
            readSecret(SecretName::WebhookSecret, &m_config.webhookSecret, [this] { startEngine(); });
        });
    });
}

void HeadlessRunner::startEngine()
{
    m_controller = std::make_unique<SyncController>(m_config, m_databasePath);
    connect(m_controller.get(), &SyncController::initialized, this, [this](bool ok, const QString &error) {
        if (!ok)
            fail(error);
    });
    connect(m_controller.get(), &SyncController::cycleFinished, this, [this](const SyncSummary &summary) {
        // --once answers with the summary; --headless (a service) logs it once per cycle through the
        // engine's "cycle finished" line at info level, so the journal gets one line per cycle.
        if (m_once)
            QTextStream(stdout) << QCoreApplication::translate("main",
                "Sync cycle: %1 orders created, %2 updated, %3 skipped, "
                "%4 failed; %5 deals created, %6 updated, %7 failed.")
                                       .arg(summary.ordersCreated)
                                       .arg(summary.ordersUpdated)
                                       .arg(summary.leadsSkipped)
                                       .arg(summary.leadsFailed)
                                       .arg(summary.dealsCreated)
                                       .arg(summary.dealsUpdated)
                                       .arg(summary.dealsFailed)
                                << '\n';
        if (!summary.fatalError.isEmpty())
            QTextStream(stderr) << redact(summary.fatalError) << '\n';
        if (m_once) {
            m_exitCode = summary.exitCode();
            requestStop();
        }
    });
    // A silence alert is printed once, when it opens (it stays an open error until a lead arrives).
    connect(m_controller.get(), &SyncController::errorRecorded, this,
        [](Db::ErrorDirection, const QString &item, const QString &message) {
            if (item == SilenceHistory::kItem)
                QTextStream(stderr) << message << Qt::endl;
        });
    // A store failure is printed once, when it happens (the cycle's summary does not repeat it).
    connect(m_controller.get(), &SyncController::storeFailed, this,
        [](const QString &message) { QTextStream(stderr) << redact(message) << '\n'; });
    connect(m_controller.get(), &SyncController::stopped, this, [this] { emit finished(m_exitCode); });
    connect(m_controller.get(), &SyncController::webhookListening, this, [](quint16 port) {
        QTextStream(stdout) << QCoreApplication::translate("main", "Receiving chats on port %1.").arg(port)
                            << Qt::endl;
    });
    connect(m_controller.get(), &SyncController::webhookFailed, this,
        [](const QString &message) { QTextStream(stderr) << redact(message) << Qt::endl; });
    m_controller->start();
}

void HeadlessRunner::startDryRun()
{
    m_dryRun = std::make_unique<DryRunPlanner>(m_config);
    connect(m_dryRun.get(), &DryRunPlanner::finished, this, [this](const DryRunReport &report) {
        QTextStream out(stdout);
        out << QCoreApplication::translate("main", "Dry run, nothing was written: leads of %1 to %2.")
                   .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate))
            << '\n'
            << report.summaryText() << '\n'
            << QCoreApplication::translate("main", "%n API request(s) made.", nullptr, int(report.requests))
            << "\n\n"
            << report.toText();
        out.flush();
        if (!report.error.isOk())
            QTextStream(stderr) << redact(
                report.errorService + QStringLiteral(": ") + report.error.fullMessage())
                                << '\n';
        if (report.withoutId > 0)
            QTextStream(stderr) << QCoreApplication::translate("main",
                "Calltouch sent %n record(s) without an id; they cannot be synced.", nullptr,
                report.withoutId)
                                << '\n';
        emit finished(report.exitCode());
    });
    m_dryRun->run(m_dryRunDays);
}

void HeadlessRunner::requestStop()
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (m_dryRun || m_reconcile) {
        emit finished(m_exitCode == 0 ? 1 : m_exitCode); // stopped before it was complete
        return;
    }
    if (m_controller)
        m_controller->stop();
    else
        emit finished(m_exitCode);
}

} // namespace LeadBridge
