#include "dryrunreport.h"

#include <algorithm>

#include "rules/leadrules.h"
#include "util/csv.h"
#include "util/formats.h"

namespace LeadBridge {

using Outcome = DryRunRow::Outcome;

int DryRunReport::count(Outcome outcome) const
{
    return int(std::count_if(
        rows.cbegin(), rows.cend(), [outcome](const DryRunRow &row) { return row.outcome == outcome; }));
}

int DryRunReport::exitCode() const
{
    if (error.isCredentialProblem())
        return 2;
    if (!error.isOk() || withoutId > 0 || count(Outcome::Failed) > 0)
        return 1;
    return 0;
}

QString DryRunReport::summaryText() const
{
    return tr("%1 lead(s) read from Calltouch: %2 new customer(s) with an order, %3 new order(s) for "
              "existing customers, %4 open order(s) completed with the lead, %5 skipped, %6 without a "
              "contact, %7 of a kind switched off, %8 not readable in retailCRM.")
        .arg(leadsRead)
        .arg(count(Outcome::CreateCustomerAndOrder))
        .arg(count(Outcome::CreateOrder))
        .arg(count(Outcome::UpdateOrder))
        .arg(count(Outcome::Skip))
        .arg(count(Outcome::NoContact))
        .arg(count(Outcome::KindDisabled))
        .arg(count(Outcome::Failed));
}

QString DryRunReport::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::CreateCustomerAndOrder:
        return tr("Create customer and order");
    case Outcome::CreateOrder:
        return tr("Create order");
    case Outcome::UpdateOrder:
        return tr("Update order");
    case Outcome::Skip:
        return tr("Skip");
    case Outcome::NoContact:
        return tr("No contact");
    case Outcome::KindDisabled:
        return tr("Kind switched off");
    case Outcome::Failed:
        return tr("Not readable");
    }
    return {};
}

QString DryRunReport::reasonText(const DryRunRow &row)
{
    if (!row.detail.isEmpty())
        return row.detail;
    switch (row.reason) {
    case Db::LeadReason::NoContact:
        return tr("The lead has neither a phone nor an e-mail, so it cannot be matched to a customer.");
    case Db::LeadReason::NoCustomer:
        return tr("No customer with this contact: a customer and an order would be created.");
    case Db::LeadReason::NoOrders:
        return tr("The customer has no orders: a new order would be created.");
    case Db::LeadReason::NewestOrderCompleted:
        return tr("The customer's newest order is completed: a new order would be created.");
    case Db::LeadReason::NewestOrderCancelled:
        return tr("The customer's newest order is cancelled: a new order would be created.");
    case Db::LeadReason::OpenOrderWithoutLead:
        return tr("The customer's newest order is open and has no lead yet: it would get this lead.");
    case Db::LeadReason::OpenOrderHasLead:
        return tr("The customer's newest order is open and already has an earlier lead: nothing would "
                  "change.");
    case Db::LeadReason::KindDisabled:
        return Sync::reasonText(Db::LeadReason::KindDisabled);
    case Db::LeadReason::AlreadyInOrder:
        return tr("The lead is already in order %1 (synced before): nothing would change.")
            .arg(row.orderNumber);
    case Db::LeadReason::None:
    case Db::LeadReason::Error:
    case Db::LeadReason::AlreadyApplied:
        break;
    }
    return {};
}

QStringList DryRunReport::headers()
{
    return { tr("Date"), tr("Kind"), tr("Lead ID"), tr("Contact"), tr("What would happen"), tr("Order"),
        tr("Customer"), tr("Why") };
}

QStringList DryRunReport::cells(const DryRunRow &row)
{
    QString kind;
    switch (row.lead.kind) {
    case Calltouch::Lead::Kind::Call:
        kind = tr("Call");
        break;
    case Calltouch::Lead::Kind::Request:
        kind = tr("Website request");
        break;
    case Calltouch::Lead::Kind::Chat:
        kind = tr("Chat");
        break;
    }
    QString order = row.orderNumber;
    if (order.isEmpty()
        && (row.outcome == Outcome::CreateOrder || row.outcome == Outcome::CreateCustomerAndOrder))
        order = tr("new");
    return { Formats::dateTime(row.lead.occurredAt), kind, row.lead.id, row.contact, outcomeText(row.outcome),
        order, row.customerName, reasonText(row) };
}

QByteArray DryRunReport::toCsv() const
{
    QString csv = Csv::record(headers());
    for (const DryRunRow &row : rows)
        csv += Csv::record(cells(row));
    return QByteArray(Csv::kBom) + csv.toUtf8();
}

QString DryRunReport::toText() const
{
    // Every column but the last ("Why") is padded to its widest cell.
    QList<QStringList> table { headers() };
    for (const DryRunRow &row : rows)
        table << cells(row);
    QList<int> widths(table.first().size(), 0);
    for (const QStringList &line : table) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = qMax(widths.at(i), int(line.at(i).size()));
    }
    QString text;
    for (const QStringList &line : table) {
        QStringList padded;
        for (int i = 0; i < line.size(); ++i)
            padded << (i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i)) : line.at(i));
        text += padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return text;
}

} // namespace LeadBridge
