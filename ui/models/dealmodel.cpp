#include "dealmodel.h"

#include <QLocale>

#include "labels.h"
#include "rules/dealbinding.h"
#include "util/formats.h"
#include "util/problemtext.h"

namespace LeadBridge {

DealModel::DealModel(Store *store, QObject *parent)
    : RowTableModel(DealsTable::query(), description(), store, parent)
{}

QVariant DealModel::roleData(const DealRecord &row, int role) const
{
    return role == OrderIdRole ? QVariant(row.id) : QVariant();
}

DealModel::Description DealModel::description()
{
    using Row = DealRecord;
    const auto stateColor = [](const Row &r) { return Labels::color(Labels::tone(r.state)); };
    const auto error = [](const Row &r) -> QVariant { return ProblemText::sentence(r.error); };
    const auto errorTip = [](const Row &r) -> QVariant {
        return r.error.isEmpty() ? QVariant() : QVariant(Labels::problemToolTip(r.error));
    };
    Description d;
    d.columns = {
        { [] { return tr("Order"); }, &field<&Row::orderNumber>, &field<&Row::id> },
        { [] { return tr("Shop"); },
            [](const Row &r) -> QVariant { return Labels::referenceText(r.siteName, r.site); }, nullptr,
            [](const Row &r) -> QVariant { return Labels::codeToolTip(r.site); } },
        { [] { return tr("Status"); },
            [](const Row &r) -> QVariant { return Labels::referenceText(r.statusName, r.status); }, nullptr,
            [](const Row &r) -> QVariant { return Labels::codeToolTip(r.status); } },
        { [] { return tr("Revenue"); },
            [](const Row &r) -> QVariant {
                bool ok = false;
                const double revenue = r.revenue.toDouble(&ok);
                return ok ? Formats::money(revenue, QStringLiteral("RUB"), QLocale(), 2) : r.revenue;
            },
            [](const Row &r) -> QVariant { return r.revenue.toDouble(); }, nullptr, nullptr, true },
        { [] { return tr("Manager"); }, &field<&Row::manager> },
        { [] { return tr("Lead"); },
            [](const Row &r) -> QVariant {
                const QString text = Labels::bindingText(r.bindingKind, r.bindingLeadId);
                return r.leadSource.isEmpty()
                    ? text
                    : tr("%1 · %2", "lead and its utm_source").arg(text, r.leadSource);
            },
            nullptr,
            [](const Row &r) -> QVariant {
                return Sync::bindingNote(Sync::DealBinding { r.bindingKind, r.bindingLeadId });
            },
            [](const Row &r) {
                return r.bindingLeadId.isEmpty() ? Labels::color(Labels::Tone::Muted) : QVariant();
            } },
        { [] { return tr("State"); }, [](const Row &r) -> QVariant { return Labels::dealStateText(r.state); },
            nullptr, nullptr, stateColor },
        { [] { return tr("Last pushed"); },
            [](const Row &r) -> QVariant { return localTime(r.lastPushedAt); }, &field<&Row::lastPushedAt>,
            nullptr, nullptr, false, &isoTime<&Row::lastPushedAt> },
        { [] { return tr("Error"); }, error, nullptr, errorTip, stateColor },
    };
    d.statuses = {
        { QString(), [] { return tr("All deals"); } },
        { QStringLiteral("pending"), [] { return Labels::dealStateText(Db::DealState::Pending); } },
        { QStringLiteral("created"), [] { return Labels::dealStateText(Db::DealState::Created); } },
        { QStringLiteral("failed"), [] { return Labels::dealStateText(Db::DealState::Failed); } },
        { QStringLiteral("bound"), [] { return tr("Bound to a lead"); } },
        { QStringLiteral("not-found"), [] { return Labels::bindingText(Db::BindingKind::NotFound, {}); } },
        { QStringLiteral("no-contacts"),
            [] { return Labels::bindingText(Db::BindingKind::NoContacts, {}); } },
    };
    d.sortColumn = OrderColumn;
    d.order = Qt::DescendingOrder;
    return d;
}

} // namespace LeadBridge
