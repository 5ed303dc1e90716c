#include "syncstatuswidget.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>

#include "elidedlabel.h"
#include "models/timetext.h"

namespace LeadBridge {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_connection(new ElidedLabel(this))
    , m_activity(new ElidedLabel(this))
    , m_next(new ElidedLabel(this))
    , m_backlog(new ElidedLabel(this))
{
    m_connection->setObjectName(QStringLiteral("syncConnection"));
    m_activity->setObjectName(QStringLiteral("syncActivity"));
    m_next->setObjectName(QStringLiteral("syncNext"));
    m_backlog->setObjectName(QStringLiteral("syncBacklog"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The short parts (connection, next sync, backlog) keep their whole text; when the bar is narrow
    // only the activity ("Last sync: … · leads … · 4.2 s") is cut, at a word, with the text on hover.
    for (ElidedLabel *part : { m_connection, m_next, m_backlog })
        part->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    layout->addWidget(m_connection);
    layout->addWidget(m_activity, 1);
    layout->addWidget(m_next);
    layout->addWidget(m_backlog);
    render();
}

void SyncStatusWidget::setSetup(Setup setup)
{
    m_setup = setup;
    render();
}

void SyncStatusWidget::setEngineStatus(const EngineStatus &status)
{
    m_status = status;
    m_hasStatus = true;
    // The engine answered a "Sync now": it runs a cycle (progress follows) or it did not start one.
    m_requested = false;
    render();
}

void SyncStatusWidget::setProgress(const SyncProgress &progress)
{
    m_progress = progress;
    m_requested = false;
    render();
}

void SyncStatusWidget::setLastRun(const SyncSummary &summary)
{
    m_lastRun = summary;
    m_hasRun = true;
    m_progress = {};
    render();
}

void SyncStatusWidget::showSyncRequested()
{
    if (m_status.paused)
        return;
    m_requested = true;
    render();
}

QString SyncStatusWidget::timeText(const QDateTime &time)
{
    return clockText(time);
}

QString SyncStatusWidget::stepText(const SyncProgress &progress)
{
    using Step = SyncProgress::Step;
    switch (progress.step) {
    case Step::Idle:
        return {};
    case Step::Starting:
        return tr("Starting");
    case Step::CheckingSetup:
        return tr("Checking the CRM's fields");
    case Step::ReadingReference:
        return tr("Reading the CRM's statuses and shops");
    case Step::ReadingCalls:
        return tr("Reading Calltouch calls");
    case Step::ReadingRequests:
        return tr("Reading Calltouch requests");
    case Step::SendingLeads:
        return progress.total > 0 ? tr("Sending leads %1 of %2").arg(progress.done).arg(progress.total)
                                  : tr("Sending leads");
    case Step::ReadingOrders:
        return tr("Reading order changes");
    case Step::CheckingDeals:
        return tr("Checking unconfirmed deals");
    case Step::SendingDeals:
        return progress.total > 0 ? tr("Sending deals: %1").arg(progress.total) : tr("Sending deals");
    case Step::UpdatingDeals:
        return progress.total > 0 ? tr("Updating deals: %1").arg(progress.total) : tr("Updating deals");
    }
    return {};
}

QString SyncStatusWidget::lastRunText() const
{
    if (!m_hasRun) {
        return m_status.lastSync.isValid()
            ? QCoreApplication::translate("MainWindow", "Last sync: %1").arg(timeText(m_status.lastSync))
            : QCoreApplication::translate("MainWindow", "Last sync: never");
    }
    const SyncSummary &run = m_lastRun;
    const double seconds = double(qMax<qint64>(0, run.durationMs)) / 1000.0;
    const QString duration = tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const QString at = timeText(run.finishedAt.isValid() ? run.finishedAt : QDateTime::currentDateTimeUtc());
    if (!run.storeError.isEmpty() || !run.fatalError.isEmpty())
        return tr("Last sync failed: %1 · %2").arg(at, duration);
    const int leads =
        run.ordersCreated + run.ordersUpdated + run.leadsSkipped + run.leadsWithoutContact + run.leadsFailed;
    const int orders = run.ordersCreated + run.ordersUpdated;
    // "leads: 12" rather than plural forms: the same sentence reads well in every language.
    QString counts = tr("leads: %1, orders: %2").arg(leads).arg(orders);
    if (run.dealsCreated + run.dealsUpdated > 0)
        counts += QStringLiteral(", ") + tr("deals: %1").arg(run.dealsCreated + run.dealsUpdated);
    if (run.leadsFailed + run.dealsFailed + run.readsFailed > 0)
        counts += QStringLiteral(", ")
            + tr("failed: %1", "items that failed in the last sync")
                  .arg(run.leadsFailed + run.dealsFailed + run.readsFailed);
    return tr("Last sync: %1 · %2 · %3").arg(at, counts, duration);
}

// The texts the status bar had before this widget keep their context ("MainWindow"), and with it their
// translations.
void SyncStatusWidget::render()
{
    if (!m_hasStatus) {
        switch (m_setup) {
        case Setup::NoEngine:
            m_connection->setText(QCoreApplication::translate("MainWindow", "Sync is not running"));
            break;
        case Setup::NotSetUp:
            m_connection->setText(QCoreApplication::translate("MainWindow", "Not set up yet"));
            break;
        case Setup::Starting:
            m_connection->setText(QCoreApplication::translate("MainWindow", "Starting…"));
            break;
        }
    } else if (m_status.paused) {
        m_connection->setText(QCoreApplication::translate("MainWindow", "Paused"));
    } else if (m_status.connected) {
        m_connection->setText(QCoreApplication::translate("MainWindow", "Connected"));
    } else if (m_status.lastError.isEmpty() && isSyncing()) {
        m_connection->setText(tr("Connecting…")); // the first cycle runs: nothing has failed
    } else {
        m_connection->setText(m_status.lastError.isEmpty()
                ? QCoreApplication::translate("MainWindow", "Not connected")
                : QCoreApplication::translate("MainWindow", "Not connected: %1").arg(m_status.lastError));
    }
    const bool syncing = isSyncing();
    if (syncing) {
        const QString step = stepText(m_progress);
        m_activity->setText(step.isEmpty() ? tr("Syncing…") : tr("Syncing… %1").arg(step));
    } else {
        m_activity->setText(lastRunText());
    }
    m_next->setText(!syncing && m_status.nextSync.isValid() && !m_status.paused
            ? QCoreApplication::translate("MainWindow", "Next sync: %1").arg(timeText(m_status.nextSync))
            : QString());
    m_next->setVisible(!m_next->text().isEmpty());
    m_backlog->setText(QCoreApplication::translate(
        "MainWindow", "Waiting to be sent: %n lead(s)", nullptr, m_status.backlog));
    emit statusLineChanged(statusLine());
}

QString SyncStatusWidget::statusLine() const
{
    QStringList parts { m_activity->text() };
    if (!m_next->text().isEmpty())
        parts << m_next->text();
    if (!isSyncing() && !m_status.connected && m_hasStatus)
        parts.prepend(m_connection->text());
    return parts.join(QStringLiteral(" · "));
}

QString SyncStatusWidget::statusText() const
{
    QStringList parts { m_connection->text(), m_activity->text() };
    if (!m_next->text().isEmpty())
        parts << m_next->text();
    parts << m_backlog->text();
    return parts.join(QStringLiteral(" | "));
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace LeadBridge
