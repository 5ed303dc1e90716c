#pragma once

#include <optional>
#include <type_traits>

#include <QSqlQuery>
#include <QVariant>

#include "calltouch/calltouchtypes.h"
#include "store/problem.h"
#include "store/queries/errorstable.h"
#include "store/states.h"

namespace LeadBridge {

/// Reads the fields of a query's current row in their SELECT order into typed values:
/// `RowReader(q) >> row.id >> row.kind >> ...`. NULL reads as 0 or empty; database texts read as the
/// enums of states.h (core only: the UI never sees a QSqlQuery).
class RowReader
{
public:
    explicit RowReader(const QSqlQuery &query)
        : m_query(query)
    {}

    RowReader &operator>>(qint64 &value)
    {
        value = next().toLongLong();
        return *this;
    }
    RowReader &operator>>(int &value)
    {
        value = next().toInt();
        return *this;
    }
    RowReader &operator>>(bool &value)
    {
        value = next().toInt() != 0;
        return *this;
    }
    RowReader &operator>>(QString &value)
    {
        value = next().toString();
        return *this;
    }
    /// A lead kind as stored (call | request | chat).
    RowReader &operator>>(Calltouch::Lead::Kind &value)
    {
        std::optional<Calltouch::Lead::Kind> kind;
        *this >> kind;
        value = kind.value_or(Calltouch::Lead::Kind::Call);
        return *this;
    }
    /// A lead kind, or none for NULL (no such lead) or an unknown text.
    RowReader &operator>>(std::optional<Calltouch::Lead::Kind> &value)
    {
        Calltouch::Lead::Kind kind = Calltouch::Lead::Kind::Call;
        value.reset();
        if (Calltouch::Lead::kindFromName(next().toString(), &kind))
            value = kind;
        return *this;
    }
    /// The first schema's "none" means the lead was not found.
    RowReader &operator>>(Db::BindingKind &value)
    {
        const QString text = next().toString();
        value = text == QLatin1String("none") ? Db::BindingKind::NotFound : Db::fromDb<Db::BindingKind>(text);
        return *this;
    }
    RowReader &operator>>(ErrorItem &value)
    {
        value = ErrorItem::parse(next().toString());
        return *this;
    }
    /// Three fields: code, params (JSON), detail. An empty code with an empty detail is no problem.
    RowReader &operator>>(Problem &value)
    {
        const QString code = next().toString();
        const QString params = next().toString();
        const QString detail = next().toString();
        value = code.isEmpty() && detail.isEmpty() ? Problem() : Problem::fromDb(code, params, detail);
        return *this;
    }
    /// Any other enum of states.h.
    template <typename E, typename = std::enable_if_t<std::is_enum_v<E>>> RowReader &operator>>(E &value)
    {
        value = Db::fromDb<E>(next().toString());
        return *this;
    }

    /// A whole row: each table defines this for its row type.
    template <typename Row> static Row read(const QSqlQuery &query)
    {
        Row row;
        RowReader reader(query);
        reader >> row;
        return row;
    }

private:
    QVariant next() { return m_query.value(m_field++); }

    const QSqlQuery &m_query;
    int m_field = 0;
};

} // namespace LeadBridge
