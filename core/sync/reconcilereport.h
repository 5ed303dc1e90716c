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
#include "store/states.h"

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
    /// LeadInNoOrder: the rules' reason on the CRM as it is now (what sending the lead again would do).
    Db::LeadReason reason = Db::LeadReason::None;
    ApiError error; ///< LookupFailed: why
    Calltouch::Lead lead; ///< LeadInNoOrder: the lead as read from the journal (its fix sends it)

    /// What became of the line's one-click fix (kept with the last report).
    enum class Fix {
        None, ///< not asked for
        Requested, ///< handed to the sync: the lead is sent again / the deal pushed in the next cycle
        UnknownOrder, ///< the deal cannot be pushed: LeadBridge has not read the order from retailCRM
    };
    qint64 id = 0; ///< the line's row in the kept report; 0 when it was not kept
    Fix fix = Fix::None;
    QDateTime fixAt; ///< UTC, when the fix was asked for

    /// Resend the lead (LeadInNoOrder) or push the deal (OrderWithoutDeal, DealDiffers).
    [[nodiscard]] bool hasFix() const
    {
        return kind == Kind::LeadInNoOrder || kind == Kind::OrderWithoutDeal || kind == Kind::DealDiffers;
    }
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
    QDateTime ranAt; ///< UTC, when it finished (set by whoever keeps it)

    [[nodiscard]] int count(ReconcileLine::Kind kind) const;
    /// Nothing off, and every read worked.
    [[nodiscard]] bool isClean() const;
    /// 0 clean; 1 something is off or a read failed; 2 credentials were rejected or fields are missing.
    [[nodiscard]] int exitCode() const;
    /// The counts as one translated paragraph.
    [[nodiscard]] QString summaryText() const;
    /// One translated sentence for a line.
    [[nodiscard]] static QString lineText(const ReconcileLine &line);
    /// "Call 123", "Website request 45" (translated); empty for a line without a lead.
    [[nodiscard]] static QString leadText(const ReconcileLine &line);
    /// The order's number (its id when it has none); empty for a line without an order.
    [[nodiscard]] static QString orderText(const ReconcileLine &line);
    /// "Lead in no order", … (translated).
    [[nodiscard]] static QString kindText(ReconcileLine::Kind kind);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::ReconcileReport)
