#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>

#include "retailcrm/retailcrmtypes.h"
#include "sync/reconcilereport.h"
#include "sync/syncconfig.h"

namespace LeadBridge {

class ReadOnlyClients;
class Store;
struct ReconcileBasis;

namespace RetailCrm {
    class Client;
}
namespace Calltouch {
    class Client;
}

/// The reconciliation report (issue 17): for a period, re-reads Calltouch's calls and website requests
/// and the CRM's orders of the period, finds each lead's order (the order holding its ID in the
/// Calltouch field: first among the orders read, then with filter[customFields]), and compares the
/// orders with Calltouch's deals journal. Reports leads with a contact in no order, orders naming a lead
/// the journals do not have, orders without a deal, and deals whose status or revenue is not the
/// order's.
///
/// Read-only by construction, like the dry run: it writes no store (whoever runs it keeps the report),
/// and its own clients go over transports made read-only before any request. Requests go through rate
/// limiters with the engine's rates. Before the first request, estimate() says about how many it takes
/// from what the local database knows; after the planning reads (journals, orders) it announces how many
/// more the lookups take (planned()).
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)
public:
    static constexpr int kDefaultDays = 30;
    static constexpr int kMaxDays = 366;

    explicit Reconciler(const SyncConfig &config, QObject *parent = nullptr);
    ~Reconciler() override;

    /// Test hooks (before run()).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setRateLimitsEnabled(bool enabled);

    /// The default period: the last kDefaultDays days up to today (the Calltouch project's days).
    [[nodiscard]] QPair<QDate, QDate> defaultPeriod() const;

    /// About how many requests reconciling [@p from, @p to] takes and how long at the rate limits, said
    /// before the first request: from what this computer knows of the period (the leads it stored,
    /// those not in an order of their own, the orders it saw). Exact for an account that matches.
    struct Estimate
    {
        int requests = 0;
        int seconds = 0;
    };
    [[nodiscard]] Estimate estimate(const ReconcileBasis &basis, const QDate &from, const QDate &to) const;
    /// The same, reading the basis from @p store (the engine's database; only read). Invalid dates: the
    /// default period.
    [[nodiscard]] Estimate estimate(Store &store, const QDate &from, const QDate &to) const;
    /// Reconciles the days [@p from, @p to] (inclusive; invalid dates: the default period). finished()
    /// follows once. A second call while running is ignored.
    void run(const QDate &from = {}, const QDate &to = {});
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const ReconcileReport &report() const { return m_report; }

signals:
    /// The requests made for planning so far, how many more the rest takes (@p moreRequests when every
    /// lead is in an order; up to @p atMost when none is, as each such lead's customer and orders are
    /// read too), and about how long that takes at the rate limits (the larger count).
    void planned(int requestsSoFar, int moreRequests, int atMost, int secondsEstimate);
    /// @p done of @p total steps (lookups plus the deals journal).
    void progress(int done, int total);
    void finished(const LeadBridge::ReconcileReport &report);

private:
    [[nodiscard]] QDateTime now() const;
    void readSettings();
    void readStatuses();
    void readFields();
    void readJournal(int kindIndex);
    /// The days the journals are read for: the period with a day of margin on both sides.
    [[nodiscard]] QPair<QDate, QDate> journalDays(const QDate &from, const QDate &to) const;
    void readOrders(int page);
    void plan();
    void lookUpNext();
    /// A lead no order holds: the engine's rules on the CRM as it is now say whether it is in no order
    /// by design (its customer's open order already has an earlier lead) or is missing.
    void checkRules(const Calltouch::Lead &lead, ReconcileLine line);
    void decide(const Calltouch::Lead &lead, ReconcileLine line, const QList<RetailCrm::Customer> &customers,
        const QList<RetailCrm::Order> &orders);
    void lookUpFailed(ReconcileLine line, const ApiError &error);
    void lookedUp();
    void readDeals();
    void compareDeals(const QList<Calltouch::JournalDeal> &deals);
    void stopWith(const QString &service, const ApiError &error);
    void finish();
    void step();

    SyncConfig m_config;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<ReadOnlyClients> m_clients;
    RetailCrm::Client *m_retail; ///< m_clients'
    Calltouch::Client *m_calltouch; ///< m_clients'
    QTimeZone m_crmZone;

    bool m_running = false;
    ReconcileReport m_report;
    QList<Calltouch::Lead> m_leads; ///< of the period read with a margin, every kind
    QSet<QString> m_knownLeads; ///< "call:ID" / "request:ID" in the journals
    QList<RetailCrm::Order> m_orders; ///< created from the day before the period on
    QSet<QString> m_leadsInOrders; ///< "call:ID" / "request:ID" held by an order read
    QList<Calltouch::Lead> m_toLookUp;
    QHash<QString, QString> m_statusGroups;
    int m_lookUpIndex = 0;
    int m_steps = 0;
    int m_stepsDone = 0;
};

} // namespace LeadBridge
