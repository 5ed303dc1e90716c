#pragma once

// Helpers shared by the parts of SyncStore (syncstore.cpp: leads, outbox, errors; syncstore_deals.cpp).

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include "problem.h"
#include "store.h"

namespace LeadBridge::SyncStoreDetail {

inline bool run(Store &store, QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(Store::bindable(value));
    if (!query.exec()) {
        store.noteError(query.lastError().text());
        return false;
    }
    return true;
}

inline StoreResult runWrite(Store &store, QSqlQuery &query, const QVariantList &values)
{
    if (!run(store, query, values))
        return StoreResult::failure(store.lastError());
    return StoreResult::success(query.numRowsAffected() > 0);
}

/// The stored code of a problem: "" for none.
inline QString codeText(const Problem &problem)
{
    return problem.isEmpty() ? QString() : Db::toDb(problem.code);
}

} // namespace LeadBridge::SyncStoreDetail
