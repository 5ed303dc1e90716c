#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include "calltouch/calltouchtypes.h"
#include "store/states.h"

namespace LeadBridge {

class Store;

/// The numbers the dashboard draws.
struct DashboardNumbers
{
    /// Deal revenue for one lead source.
    struct SourceRevenue
    {
        enum class Kind {
            Source, ///< the bound lead's utm_source
            NoSource, ///< a bound lead without utm_source
            Chain, ///< bound by Calltouch through the customer's contacts
            NotFound, ///< no lead
        };
        Kind kind = Kind::Source;
        QString source; ///< for Kind::Source
        double revenue = 0;
    };

    QList<QDate> days; ///< the last DashboardQuery::kDays local days, oldest first
    QMap<Calltouch::Lead::Kind, QList<int>> leadsPerDay; ///< every kind, a count per day
    /// Leads per result (LeadResults: one per lead that reached an order), only results that occurred.
    QMap<Db::OrderAction, int> orderActions;
    QList<SourceRevenue> revenueBySource; ///< largest first
};

/// The dashboard's aggregates over the store.
class DashboardQuery
{
public:
    static constexpr int kDays = 14;

    /// The numbers for the kDays local days up to @p today; zeros (and the days) without a store.
    [[nodiscard]] static DashboardNumbers compute(Store *store, const QDate &today);
};

} // namespace LeadBridge
