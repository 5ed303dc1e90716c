#include "leadresults.h"

#include <QSqlQuery>

#include "store/store.h"

namespace LeadBridge {
namespace {

    constexpr Db::OrderAction kActions[] = { Db::OrderAction::Created, Db::OrderAction::Updated,
        Db::OrderAction::Skipped, Db::OrderAction::Matched };

    QString quoted(const QString &text)
    {
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }

} // namespace

QString LeadResults::condition(Db::OrderAction action, const QString &alias)
{
    using Db::LeadAction;
    const QString done = QStringLiteral("%1.state=%2").arg(alias, quoted(Db::toDb(Db::LeadState::Done)));
    switch (action) {
    case Db::OrderAction::Created:
        return QStringLiteral("%1 AND %2.action IN (%3,%4)")
            .arg(done, alias, quoted(Db::toDb(LeadAction::CreatedCustomerAndOrder)),
                quoted(Db::toDb(LeadAction::CreatedOrder)));
    case Db::OrderAction::Updated:
        return QStringLiteral("%1 AND %2.action=%3")
            .arg(done, alias, quoted(Db::toDb(LeadAction::UpdatedOrder)));
    case Db::OrderAction::Skipped:
        return QStringLiteral("%1.state=%2 AND %1.order_id IS NOT NULL")
            .arg(alias, quoted(Db::toDb(Db::LeadState::Skipped)));
    case Db::OrderAction::Matched:
        return QStringLiteral("%1 AND %2.action=%3")
            .arg(done, alias, quoted(Db::toDb(LeadAction::AlreadyApplied)));
    }
    return QStringLiteral("0");
}

QString LeadResults::anyCondition(const QString &alias)
{
    QStringList parts;
    for (const auto action : kActions)
        parts << QLatin1Char('(') + condition(action, alias) + QLatin1Char(')');
    return QStringLiteral("%1.order_id IS NOT NULL AND (%2)").arg(alias, parts.join(QStringLiteral(" OR ")));
}

QString LeadResults::actionExpression(const QString &alias)
{
    QString expression = QStringLiteral("CASE");
    for (const auto action : kActions)
        expression +=
            QStringLiteral(" WHEN %1 THEN %2").arg(condition(action, alias), quoted(Db::toDb(action)));
    return expression + QStringLiteral(" ELSE '' END");
}

QMap<Db::OrderAction, int> LeadResults::count(Store *store)
{
    QMap<Db::OrderAction, int> counts;
    if (!store || !store->isOpen())
        return counts;
    QSqlQuery q(store->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 AS result, COUNT(*) FROM leads l WHERE %2 GROUP BY result")
                    .arg(actionExpression(), anyCondition())))
        return counts;
    while (q.next()) {
        const QString text = q.value(0).toString();
        const auto action = Db::fromDb<Db::OrderAction>(text);
        if (Db::toDb(action) == text && q.value(1).toInt() > 0)
            counts.insert(action, q.value(1).toInt());
    }
    return counts;
}

} // namespace LeadBridge
