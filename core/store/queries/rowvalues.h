#pragma once

#include <QSqlQuery>
#include <QVariant>

#include "calltouch/calltouchtypes.h"
#include "store/states.h"

/// Helpers for the query objects' row readers (core only: the UI never sees a QSqlQuery).
namespace LeadBridge::RowValues {

/// A stored UTC millisecond time; 0 for NULL or none.
inline qint64 ms(const QSqlQuery &q, int field)
{
    const QVariant value = q.value(field);
    return value.isNull() ? 0 : value.toLongLong();
}

inline QString text(const QSqlQuery &q, int field)
{
    return q.value(field).toString();
}

/// A database text as its enum (states.h holds the one mapping).
template <typename E> E value(const QSqlQuery &q, int field)
{
    return Db::fromDb<E>(q.value(field).toString());
}

/// A lead kind as stored (call | request | chat); @p found false for none or an unknown text.
inline Calltouch::Lead::Kind kind(const QSqlQuery &q, int field, bool *found = nullptr)
{
    Calltouch::Lead::Kind kind = Calltouch::Lead::Kind::Call;
    const bool ok =
        !q.value(field).isNull() && Calltouch::Lead::kindFromName(q.value(field).toString(), &kind);
    if (found)
        *found = ok;
    return kind;
}

/// A deal's binding kind; the first schema's "none" means the lead was not found.
inline Db::BindingKind bindingKind(const QSqlQuery &q, int field)
{
    const QString text = q.value(field).toString();
    return text == QLatin1String("none") ? Db::BindingKind::NotFound : Db::fromDb<Db::BindingKind>(text);
}

} // namespace LeadBridge::RowValues
