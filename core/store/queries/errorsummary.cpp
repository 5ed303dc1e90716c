#include "errorsummary.h"

#include <QSqlQuery>
#include <QStringList>

#include "store/store.h"

namespace LeadBridge {

ErrorSummary ErrorSummary::read(Store *store)
{
    ErrorSummary summary;
    if (!store || !store->isOpen())
        return summary;
    summary.open = store->scalar(QStringLiteral("SELECT count(*) FROM errors WHERE resolved=0")).toInt();
    if (summary.open == 0)
        return summary;
    // The codes that stop the sync, as database texts (from the enum: nothing spelled twice).
    QStringList codes;
    for (int i = 0; i <= int(Db::ErrorCode::FieldMissing); ++i) {
        if (Problem::make(Db::ErrorCode(i)).stopsSync())
            codes << QStringLiteral("'%1'").arg(Db::toDb(Db::ErrorCode(i)));
    }
    QSqlQuery q(store->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, params, detail, direction FROM errors WHERE resolved=0"
                               " AND code IN (%1) ORDER BY at DESC, id DESC LIMIT 1")
                    .arg(codes.join(QLatin1Char(','))))
        || !q.next())
        return summary;
    summary.stopping = Problem::fromDb(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    summary.stoppingDirection = Db::fromDb<Db::ErrorDirection>(q.value(3).toString());
    return summary;
}

} // namespace LeadBridge
