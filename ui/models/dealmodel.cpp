#include "dealmodel.h"

#include <QLocale>

#include "labels.h"

namespace LeadBridge {

DealModel::DealModel(Store *store, QObject *parent)
    : RowTableModel(DealsTable::query(), description(), store, parent)
{}

DealModel::Description DealModel::description()
{
    using Row = DealRecord;
    const auto stateColor = [](const Row &r) { return Labels::color(Labels::tone(r.state)); };
    const auto error = [](const Row &r) -> QVariant { return r.error; };
    Description d;
    d.columns = {
        { [] { return tr("Order"); }, [](const Row &r) -> QVariant { return r.orderNumber; },
            [](const Row &r) -> QVariant { return r.id; } },
        { [] { return tr("Shop"); }, [](const Row &r) -> QVariant { return r.site; } },
        { [] { return tr("Status"); }, [](const Row &r) -> QVariant { return r.status; } },
        { [] { return tr("Revenue"); },
            [](const Row &r) -> QVariant {
                bool ok = false;
                const double revenue = r.revenue.toDouble(&ok);
                return ok ? QLocale().toString(revenue, 'f', 2) : r.revenue;
            },
            [](const Row &r) -> QVariant { return r.revenue.toDouble(); }, nullptr, nullptr, true },
        { [] { return tr("Manager"); }, [](const Row &r) -> QVariant { return r.manager; } },
        { [] { return tr("Lead"); },
            [](const Row &r) -> QVariant {
                const QString text = Labels::bindingText(r.bindingKind, r.bindingLeadId);
                return r.leadSource.isEmpty()
                    ? text
                    : tr("%1 · %2", "lead and its utm_source").arg(text, r.leadSource);
            },
            nullptr, [](const Row &r) -> QVariant { return r.bindingNote; },
            [](const Row &r) {
                return r.bindingLeadId.isEmpty() ? Labels::color(Labels::Tone::Muted) : QVariant();
            } },
        { [] { return tr("State"); }, [](const Row &r) -> QVariant { return Labels::dealStateText(r.state); },
            nullptr, nullptr, stateColor },
        { [] { return tr("Last pushed"); },
            [](const Row &r) -> QVariant { return localTime(r.lastPushedAt); },
            [](const Row &r) -> QVariant { return r.lastPushedAt; } },
        { [] { return tr("Error"); }, error, nullptr, error, stateColor },
    };
    d.statuses = {
        { QString(), [] { return tr("All deals"); } },
        { QStringLiteral("pending"), [] { return tr("Waiting"); } },
        { QStringLiteral("created"), [] { return tr("In Calltouch"); } },
        { QStringLiteral("failed"), [] { return tr("Failed"); } },
        { QStringLiteral("bound"), [] { return tr("Bound to a lead"); } },
        { QStringLiteral("not-found"), [] { return tr("Lead not found"); } },
        { QStringLiteral("no-contacts"), [] { return tr("No contacts"); } },
    };
    d.sortColumn = OrderColumn;
    d.order = Qt::DescendingOrder;
    return d;
}

} // namespace LeadBridge
