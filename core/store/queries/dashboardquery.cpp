#include "dashboardquery.h"

#include <QSqlQuery>

#include "store/queries/dealstable.h"
#include "store/queries/leadresults.h"
#include "store/queries/rowreader.h"
#include "store/store.h"

namespace LeadBridge {
namespace {

    using SourceKind = DashboardNumbers::SourceRevenue::Kind;

    void countLeadsPerDay(Store *store, DashboardNumbers *numbers)
    {
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("SELECT date(occurred_at / 1000, 'unixepoch', 'localtime') AS day, kind,"
                                 " COUNT(*) FROM leads WHERE occurred_at >= ? GROUP BY day, kind"));
        q.addBindValue(numbers->days.first().startOfDay().toMSecsSinceEpoch());
        if (!q.exec())
            return;
        while (q.next()) {
            QString day;
            std::optional<Calltouch::Lead::Kind> kind;
            int count = 0;
            RowReader(q) >> day >> kind >> count;
            const int index = int(numbers->days.indexOf(QDate::fromString(day, Qt::ISODate)));
            if (index >= 0 && kind)
                numbers->leadsPerDay[*kind][index] += count;
        }
    }

    void sumRevenueBySource(Store *store, DashboardNumbers *numbers)
    {
        // One group per source: chain, no lead, a lead without utm_source, or the lead's utm_source.
        const QString sql =
            QStringLiteral("SELECT CASE WHEN d.binding_kind = '%1' THEN %2 WHEN l.id IS NULL THEN %3"
                           " WHEN l.utm_source = '' THEN %4 ELSE %5 END AS grp, l.utm_source,"
                           " SUM(CAST(d.revenue AS REAL)) AS total FROM deals d%6"
                           " GROUP BY grp, CASE WHEN grp = %5 THEN l.utm_source END ORDER BY total DESC")
                .arg(Db::toDb(Db::BindingKind::Chain))
                .arg(int(SourceKind::Chain))
                .arg(int(SourceKind::NotFound))
                .arg(int(SourceKind::NoSource))
                .arg(int(SourceKind::Source))
                .arg(DealsTable::boundLeadJoin());
        QSqlQuery q(store->database());
        if (!q.exec(sql))
            return;
        while (q.next()) {
            DashboardNumbers::SourceRevenue revenue;
            revenue.kind = SourceKind(q.value(0).toInt());
            if (revenue.kind == SourceKind::Source)
                revenue.source = q.value(1).toString();
            revenue.revenue = q.value(2).toDouble();
            numbers->revenueBySource << revenue;
        }
    }

} // namespace

DashboardNumbers DashboardQuery::compute(Store *store, const QDate &today)
{
    DashboardNumbers numbers;
    for (int i = kDays - 1; i >= 0; --i)
        numbers.days << today.addDays(-i);
    for (const auto kind :
        { Calltouch::Lead::Kind::Call, Calltouch::Lead::Kind::Request, Calltouch::Lead::Kind::Chat })
        numbers.leadsPerDay.insert(kind, QList<int>(kDays, 0));
    if (!store || !store->isOpen())
        return numbers;
    countLeadsPerDay(store, &numbers);
    numbers.orderActions = LeadResults::count(store);
    sumRevenueBySource(store, &numbers);
    return numbers;
}

} // namespace LeadBridge
