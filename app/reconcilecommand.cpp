#include "reconcilecommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include "store/reconcilestore.h"
#include "store/store.h"
#include "sync/reconciler.h"
#include "util/logging.h"

namespace LeadBridge {

ReconcileCommand::ReconcileCommand(
    const SyncConfig &config, const QDate &from, const QDate &to, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_reconciler(std::make_unique<Reconciler>(config))
    , m_from(from)
    , m_to(to)
    , m_databasePath(std::move(databasePath))
{
    connect(m_reconciler.get(), &Reconciler::planned, this, [](int soFar, int more, int atMost, int seconds) {
        QTextStream(stdout) << QCoreApplication::translate("main",
            "Journals and orders read with %1 request(s); checking takes %2 to %3 more request(s), "
            "at most about %4 s within the rate limits.")
                                   .arg(soFar)
                                   .arg(more)
                                   .arg(atMost)
                                   .arg(seconds)
                            << Qt::endl;
    });
    connect(m_reconciler.get(), &Reconciler::finished, this, [this](const ReconcileReport &report) {
        print(report);
        keep(report);
        emit finished(report.exitCode());
    });
}

ReconcileCommand::~ReconcileCommand() = default;

void ReconcileCommand::start()
{
    if (!m_databasePath.isEmpty()) {
        m_store = std::make_unique<Store>(QStringLiteral("reconcile"));
        const StoreError opened = m_store->open(m_databasePath);
        if (!opened.isOk()) {
            QTextStream(stderr) << QCoreApplication::translate("main", "The report could not be kept: %1")
                                       .arg(redact(opened.message))
                                << '\n';
            m_store.reset();
        }
    }
    if (m_store) {
        const Reconciler::Estimate estimate = m_reconciler->estimate(*m_store, m_from, m_to);
        QTextStream(stdout) << QCoreApplication::translate(
            "main", "Checking takes about %1 request(s) and about %2 s within the rate limits.")
                                   .arg(estimate.requests)
                                   .arg(estimate.seconds)
                            << Qt::endl;
    }
    m_reconciler->run(m_from, m_to);
}

void ReconcileCommand::print(const ReconcileReport &report)
{
    QTextStream out(stdout);
    out << QCoreApplication::translate("main", "Reconciliation, nothing was written.") << '\n'
        << report.summaryText() << '\n'
        << QCoreApplication::translate("main", "%n API request(s) made.", nullptr, int(report.requests))
        << '\n';
    if (!report.lines.isEmpty())
        out << '\n';
    for (const ReconcileLine &line : report.lines)
        out << ReconcileReport::kindText(line.kind) << ": " << ReconcileReport::lineText(line) << '\n';
    if (report.isClean())
        out << QCoreApplication::translate("main", "Everything matches.") << '\n';
    out.flush();
    if (!report.error.isOk())
        QTextStream(stderr) << redact(report.errorService + QStringLiteral(": ") + report.error.fullMessage())
                            << '\n';
}

void ReconcileCommand::keep(ReconcileReport report)
{
    if (!m_store)
        return;
    report.ranAt = QDateTime::currentDateTimeUtc();
    const StoreResult saved = ReconcileStore(*m_store).save(report);
    if (!saved.ok) {
        QTextStream(stderr) << QCoreApplication::translate("main", "The report could not be kept: %1")
                                   .arg(redact(saved.error))
                            << '\n';
        return;
    }
    QTextStream(stdout) << QCoreApplication::translate("main",
        "The report is kept: the Reconciliation tab of the window shows it, with a fix for each line.")
                        << Qt::endl;
}

} // namespace LeadBridge
