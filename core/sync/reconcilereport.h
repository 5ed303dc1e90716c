#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "calltouch/calltouchtypes.h"
#include "net/apierror.h"

namespace LeadBridge {

/// One thing the reconciliation found off between Calltouch and retailCRM.
struct ReconcileLine
{
    enum class Kind {
        LeadInNoOrder, ///< a lead with a contact that no CRM order holds in its Calltouch field
        UnknownLead, ///< an order whose Calltouch field names a lead the journals do not have
        OrderWithoutDeal, ///< an order of the period without a deal in Calltouch
        DealDiffers, ///< the deal's status or revenue is not the order's
        LookupFailed, ///< the CRM could not be asked about this lead (see detail)
    };
    static constexpr int kKindCount = int(Kind::LookupFailed) + 1;

    Kind kind = Kind::LeadInNoOrder;
    // The lead (LeadInNoOrder, UnknownLead, LookupFailed).
    QString leadId;
    Calltouch::Lead::Kind leadKind = Calltouch::Lead::Kind::Call;
    QDateTime leadAt; ///< UTC, invalid for UnknownLead
    QString contact; ///< the canonical phone, else the e-mail
    // The order (UnknownLead, OrderWithoutDeal, DealDiffers).
    qint64 orderId = 0;
    QString orderNumber;
    QDateTime orderCreatedAt; ///< UTC
    // DealDiffers: both sides, as compared (revenue with two decimals).
    QString orderStatus, dealStatus;
    QString orderRevenue, dealRevenue;
    QString detail; ///< LookupFailed: why; LeadInNoOrder: what the sync's rules say now
};

/// The whole reconciliation of a period: counts of what was read and a line per thing found off.
struct ReconcileReport
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::ReconcileReport)
public:
    QDate from; ///< the first day of the period (inclusive)
    QDate to; ///< the last day (inclusive)
    int leadsRead = 0; ///< calls and website requests of the period in the journals
    int leadsChecked = 0; ///< of them, leads with a contact of a kind that is synced
    int leadsWithoutContact = 0;
    /// Leads in no order by the sync's rules: their customer's open order already has an earlier lead.
    int leadsSkippedByRule = 0;
    int leadsWithoutId = 0; ///< journal records without an id (cannot be looked up)
    int ordersRead = 0; ///< CRM orders created in the period (since the sync start)
    int dealsRead = 0; ///< deals in the Calltouch journal for the period
    bool dealsChecked = false; ///< false when deal sync is off: orders are not compared with deals
    int estimatedRequests = 0; ///< the estimate announced before the lookups
    qint64 requests = 0; ///< API requests made (both services, retries included)
    qint64 writesRefused = 0; ///< writes the read-only transports refused (always 0 unless a bug)
    QList<ReconcileLine> lines;
    /// Codes of LeadBridge's lead fields that retailCRM lacks (or cannot filter by): the CRM was never
    /// set up for the sync, so nothing was checked (a configuration problem, exit 2).
    QStringList missingFields;
    ApiError error; ///< a read that stopped the whole run
    QString errorService; ///< "retailCRM" / "Calltouch" for error
    bool finished = false;

    [[nodiscard]] int count(ReconcileLine::Kind kind) const;
    /// Nothing off, and every read worked.
    [[nodiscard]] bool isClean() const;
    /// 0 clean; 1 something is off or a read failed; 2 credentials were rejected or fields are missing.
    [[nodiscard]] int exitCode() const;
    /// The counts as one translated paragraph.
    [[nodiscard]] QString summaryText() const;
    /// One translated sentence for a line.
    [[nodiscard]] static QString lineText(const ReconcileLine &line);
    /// "Lead in no order", … (translated).
    [[nodiscard]] static QString kindText(ReconcileLine::Kind kind);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::ReconcileReport)
