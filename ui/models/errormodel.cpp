#include "errormodel.h"

#include "labels.h"
#include "util/problemtext.h"

namespace LeadBridge {

ErrorModel::ErrorModel(Store *store, QObject *parent)
    : RowTableModel(ErrorsTable::query(), description(), store, parent)
{}

QVariant ErrorModel::roleData(const ErrorRecord &row, int role) const
{
    switch (role) {
    case ItemRole:
        return row.item.text;
    case DirectionRole:
        return QVariant::fromValue(row.direction);
    case LeadIdRole:
        return row.leadId;
    case DealIdRole:
    case OrderIdRole:
        return row.item.type == ErrorItem::Type::Deal ? row.item.dealOrderId : qint64(0);
    default:
        return {};
    }
}

ErrorModel::Description ErrorModel::description()
{
    using Row = ErrorRecord;
    const auto muted = [](const Row &r) {
        return r.resolved ? Labels::color(Labels::Tone::Muted) : QVariant();
    };
    const auto attempts = &field<&Row::attempts>;
    Description d;
    d.columns = {
        { [] { return tr("Time"); }, [](const Row &r) -> QVariant { return localTime(r.at); },
            &field<&Row::at>, nullptr, muted, false, &isoTime<&Row::at> },
        { [] { return tr("Direction"); },
            [](const Row &r) -> QVariant { return Labels::directionText(r.direction); }, nullptr, nullptr,
            muted },
        { [] { return tr("Item"); },
            [](const Row &r) -> QVariant { return Labels::itemText(r.item, r.orderNumber); }, nullptr,
            nullptr, muted },
        { [] { return tr("Message"); },
            [](const Row &r) -> QVariant { return ProblemText::sentence(r.problem); }, nullptr,
            [](const Row &r) -> QVariant { return Labels::problemToolTip(r.problem); }, muted },
        { [] { return tr("What to do"); },
            [](const Row &r) -> QVariant { return ProblemText::remedy(r.problem); }, nullptr,
            [](const Row &r) -> QVariant { return ProblemText::remedy(r.problem); }, muted },
        { [] { return tr("Attempts"); }, attempts, attempts, nullptr, muted, true },
        { [] { return tr("Next retry"); },
            [](const Row &r) -> QVariant { return r.resolved ? QString() : localTime(r.nextRetryAt); },
            &field<&Row::nextRetryAt>, nullptr, muted, false,
            [](const Row &r) -> QVariant { return r.resolved ? QString() : isoLocalTime(r.nextRetryAt); } },
        { [] { return tr("Resolved"); },
            [](const Row &r) -> QVariant { return r.resolved ? tr("Yes") : tr("No"); },
            &field<&Row::resolved>, nullptr, muted },
    };
    d.statuses = {
        { QString(), [] { return tr("All errors"); } },
        { QStringLiteral("open"), [] { return tr("Not resolved"); } },
        { QStringLiteral("resolved"), [] { return tr("Resolved"); } },
        { Db::toDb(Db::ErrorDirection::Leads),
            [] { return Labels::directionText(Db::ErrorDirection::Leads); } },
        { Db::toDb(Db::ErrorDirection::Deals),
            [] { return Labels::directionText(Db::ErrorDirection::Deals); } },
    };
    d.sortColumn = TimeColumn;
    d.order = Qt::DescendingOrder;
    return d;
}

} // namespace LeadBridge
