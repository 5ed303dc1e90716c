#include "reconcilereport.h"

#include <algorithm>

#include "dryrunreport.h"
#include "util/formats.h"

namespace LeadBridge {

using Kind = ReconcileLine::Kind;

namespace {
    QString leadName(const ReconcileLine &line)
    {
        if (line.leadId.isEmpty())
            return {};
        switch (line.leadKind) {
        case Calltouch::Lead::Kind::Call:
            return ReconcileReport::tr("Call %1").arg(line.leadId);
        case Calltouch::Lead::Kind::Request:
            return ReconcileReport::tr("Website request %1").arg(line.leadId);
        case Calltouch::Lead::Kind::Chat:
            return ReconcileReport::tr("Chat %1").arg(line.leadId);
        }
        return line.leadId;
    }

    QString orderName(const ReconcileLine &line)
    {
        if (line.orderNumber.isEmpty())
            return line.orderId > 0 ? QString::number(line.orderId) : QString();
        return line.orderNumber;
    }

    QString localTime(const QDateTime &utc)
    {
        return Formats::dateTime(utc); // the reader's zone and locale, as in the tables
    }
} // namespace

int ReconcileReport::count(Kind kind) const
{
    return int(std::count_if(
        lines.cbegin(), lines.cend(), [kind](const ReconcileLine &line) { return line.kind == kind; }));
}

bool ReconcileReport::isClean() const
{
    return error.isOk() && missingFields.isEmpty() && lines.isEmpty() && leadsWithoutId == 0;
}

int ReconcileReport::exitCode() const
{
    if (error.isCredentialProblem() || !missingFields.isEmpty())
        return 2;
    return isClean() ? 0 : 1;
}

QString ReconcileReport::summaryText() const
{
    if (!missingFields.isEmpty()) {
        return tr("Nothing was checked: retailCRM has no order field %1 to search by, so LeadBridge has "
                  "not synced into this account yet. Run the setup wizard (it creates the fields), then "
                  "reconcile.")
            .arg(missingFields.join(QStringLiteral(", ")));
    }
    QString text =
        tr("Reconciliation of %1 to %2: %3 lead(s) read from Calltouch, %4 with a contact checked, "
           "%5 without a contact; %6 retailCRM order(s) created in the period.")
            .arg(Formats::date(from), Formats::date(to))
            .arg(leadsRead)
            .arg(leadsChecked)
            .arg(leadsWithoutContact)
            .arg(ordersRead);
    text += QLatin1Char('\n');
    text += tr("Leads in no order: %1. Orders naming a lead Calltouch does not know: %2. "
               "Leads not checked (retailCRM did not answer): %3. Leads in no order by the rules (the "
               "customer's open order already has an earlier lead): %4.")
                .arg(count(Kind::LeadInNoOrder))
                .arg(count(Kind::UnknownLead))
                .arg(count(Kind::LookupFailed))
                .arg(leadsSkippedByRule);
    text += QLatin1Char('\n');
    if (dealsChecked) {
        text += tr("%1 deal(s) in Calltouch. Orders without a deal: %2. Deals whose status or revenue "
                   "differs from the order: %3.")
                    .arg(dealsRead)
                    .arg(count(Kind::OrderWithoutDeal))
                    .arg(count(Kind::DealDiffers));
    } else {
        text += tr("Deal sync is switched off: orders were not compared with Calltouch deals.");
    }
    if (leadsWithoutId > 0) {
        text += QLatin1Char('\n');
        text += tr("%1 journal record(s) have no ID and cannot be looked up.").arg(leadsWithoutId);
    }
    if (!error.isOk()) {
        text += QLatin1Char('\n');
        text += tr("The reconciliation stopped: %1 answered: %2").arg(errorService, error.userMessage());
    }
    return text;
}

QString ReconcileReport::leadText(const ReconcileLine &line)
{
    return leadName(line);
}

QString ReconcileReport::orderText(const ReconcileLine &line)
{
    return orderName(line);
}

QString ReconcileReport::kindText(Kind kind)
{
    switch (kind) {
    case Kind::LeadInNoOrder:
        return tr("Lead in no order");
    case Kind::UnknownLead:
        return tr("Unknown lead");
    case Kind::OrderWithoutDeal:
        return tr("Order without a deal");
    case Kind::DealDiffers:
        return tr("Deal differs");
    case Kind::LookupFailed:
        return tr("Not checked");
    }
    return {};
}

QString ReconcileReport::lineText(const ReconcileLine &line)
{
    switch (line.kind) {
    case Kind::LeadInNoOrder: {
        const QString text = tr("%1 of %2 (%3) is in no retailCRM order.")
                                 .arg(leadName(line), localTime(line.leadAt), line.contact);
        if (line.reason == Db::LeadReason::None)
            return text;
        // Worded as the dry run words it: what sending the lead again would do now.
        DryRunRow row;
        row.reason = line.reason;
        return text + QLatin1Char(' ') + DryRunReport::reasonText(row);
    }
    case Kind::UnknownLead:
        return tr("Order %1 holds %2, which the Calltouch journals do not have.")
            .arg(orderName(line), leadName(line));
    case Kind::OrderWithoutDeal:
        return tr("Order %1 of %2 has no deal in Calltouch.")
            .arg(orderName(line), localTime(line.orderCreatedAt));
    case Kind::DealDiffers: {
        QStringList parts;
        if (line.orderStatus != line.dealStatus)
            parts << tr("status %1 in retailCRM, %2 in Calltouch").arg(line.orderStatus, line.dealStatus);
        if (line.orderRevenue != line.dealRevenue)
            parts << tr("revenue %1 in retailCRM, %2 in Calltouch").arg(line.orderRevenue, line.dealRevenue);
        return tr("The deal of order %1 differs: %2.").arg(orderName(line), parts.join(QStringLiteral("; ")));
    }
    case Kind::LookupFailed:
        return tr("%1 (%2) could not be looked up in retailCRM: %3")
            .arg(leadName(line), line.contact, line.error.userMessage());
    }
    return {};
}

} // namespace LeadBridge
