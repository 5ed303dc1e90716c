#pragma once

#include "calltouch/calltouchtypes.h"
#include "store/problem.h"
#include "store/queries/tablequery.h"
#include "store/states.h"

namespace LeadBridge {

/// What an error is about (errors.item: "lead:<kind>:<id>", "deal:<order id>" or another text).
struct ErrorItem
{
    enum class Type { Lead, Deal, Other };
    Type type = Type::Other;
    Calltouch::Lead::Kind leadKind = Calltouch::Lead::Kind::Call;
    QString leadRemoteId;
    qint64 dealOrderId = 0;
    QString text; ///< as stored

    [[nodiscard]] static ErrorItem parse(const QString &item);
};

/// One row of the errors table.
struct ErrorRecord
{
    qint64 id = 0;
    qint64 at = 0; ///< UTC ms
    Db::ErrorDirection direction = Db::ErrorDirection::Leads;
    ErrorItem item;
    Problem problem; ///< code, parameters and technical detail; worded by util/problemtext.h
    int attempts = 0;
    qint64 nextRetryAt = 0; ///< UTC ms; 0 = none
    bool resolved = false;
    QString orderNumber; ///< the order number of a deal item, when the deal is known
    qint64 leadId = 0; ///< the local id of a lead item, when the lead is known
};

/// The errors table's SQL. Status keys: open, resolved, leads, deals.
class ErrorsTable
{
public:
    /// The columns the errors view shows; TableRequest::sortColumn is one of them.
    enum Column {
        TimeColumn,
        DirectionColumn,
        ItemColumn,
        MessageColumn,
        RemedyColumn, ///< what to do (made from the code; sorts by code)
        AttemptsColumn,
        NextRetryColumn,
        ResolvedColumn,
        ColumnCount
    };

    [[nodiscard]] static const RowQuery<ErrorRecord> &query();
};

} // namespace LeadBridge
