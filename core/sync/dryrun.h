#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QObject>

#include "retailcrm/retailcrmtypes.h"
#include "sync/dryrunreport.h"
#include "sync/syncconfig.h"

namespace LeadBridge {

class ReadOnlyClients;

namespace RetailCrm {
    class Client;
}
namespace Calltouch {
    class Client;
}

/// The dry run (issue 17): reads the last days of Calltouch's calls and website requests and, per lead,
/// the CRM's customers and orders, runs the engine's rules (Sync::decideLead) and reports what the first
/// sync would do. Nothing is written, by construction: the planner has no store, and it builds its own
/// clients over transports made read-only before any request (a POST is refused before it is sent).
/// Leads of one contact see what the earlier ones would have done (a new order, an order given a lead),
/// as the engine, which handles them one after the other, would.
///
/// Requests go through rate limiters with the engine's rates.
class DryRunPlanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunPlanner)
public:
    static constexpr int kDefaultDays = 7;
    static constexpr int kMaxDays = 90;

    explicit DryRunPlanner(const SyncConfig &config, QObject *parent = nullptr);
    ~DryRunPlanner() override;

    /// Test hooks (before run()).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setRateLimitsEnabled(bool enabled);

    /// Reads the last @p days days (today included, the Calltouch project's days); finished() follows
    /// once. A second call while running is ignored.
    void run(int days = kDefaultDays);
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// The report so far (complete after finished()).
    [[nodiscard]] const DryRunReport &report() const { return m_report; }

signals:
    /// @p done of @p total leads decided.
    void progress(int done, int total);
    void finished(const LeadBridge::DryRunReport &report);

private:
    /// What the CRM holds for one contact, plus what earlier leads of the run would have made.
    struct ContactState
    {
        QList<RetailCrm::Customer> customers;
        QList<RetailCrm::Order> orders; ///< of the newest customer
    };

    [[nodiscard]] QDateTime now() const;
    void readSettings();
    void readStatuses();
    void readJournal(int kindIndex);
    void next();
    void lookUp(const QString &key, const QString &phone, const QString &email);
    void loadOrders(const QString &key, const QList<RetailCrm::Customer> &customers);
    void decide(const QString &key);
    void failLead(const ApiError &error);
    void stopWith(const QString &service, const ApiError &error);
    void finish();

    SyncConfig m_config;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<ReadOnlyClients> m_clients;
    RetailCrm::Client *m_retail; ///< m_clients'
    Calltouch::Client *m_calltouch; ///< m_clients'

    bool m_running = false;
    DryRunReport m_report;
    QList<Calltouch::Lead> m_leads; ///< oldest first
    int m_index = 0;
    QHash<QString, QString> m_statusGroups;
    QHash<QString, ContactState> m_contacts; ///< by "phone:…" / "email:…"
    qint64 m_nextVirtualId = -1; ///< ids of what the run would create (negative: never a CRM id)
};

} // namespace LeadBridge
