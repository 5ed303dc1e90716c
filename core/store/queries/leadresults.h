#pragma once

#include <QMap>
#include <QString>

#include "store/states.h"

namespace LeadBridge {

class Store;

/// The one definition of "what a lead did to an order" and its counts: every lead that reached an
/// order counts once, by its own result (an order with a created and a skipped lead counts in both).
/// The dashboard's pie, the Leads tab's status filters and the Orders tab (one row per lead→order
/// action) are all built from these conditions, so their numbers agree with each other and the log.
class LeadResults
{
public:
    /// The SQL condition on the leads table (alias @p alias) for the leads whose result is @p action.
    [[nodiscard]] static QString condition(
        Db::OrderAction action, const QString &alias = QStringLiteral("l"));
    /// The leads that reached an order (any of the four results).
    [[nodiscard]] static QString anyCondition(const QString &alias = QStringLiteral("l"));
    /// An SQL expression giving a lead's result as the database text of its Db::OrderAction.
    [[nodiscard]] static QString actionExpression(const QString &alias = QStringLiteral("l"));
    /// How many leads have each result (only results that occurred); empty without a store.
    [[nodiscard]] static QMap<Db::OrderAction, int> count(Store *store);
};

} // namespace LeadBridge
