#pragma once

#include "pagedtablemodel.h"
#include "store/queries/errorstable.h"

namespace LeadBridge {

/// Sync errors: what failed, in which direction, how often, and when it is retried.
/// Its columns are ErrorsTable::Column.
class ErrorModel final : public RowTableModel<ErrorRecord>, public ErrorsTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorModel)
public:
    /// The raw item, e.g. "lead:call:123" or "deal:456".
    static constexpr int ItemRole = Qt::UserRole + 10;
    /// The direction, a Db::ErrorDirection.
    static constexpr int DirectionRole = Qt::UserRole + 11;
    /// The local id of a lead item's lead (0 = not a lead, or not known).
    static constexpr int LeadIdRole = Qt::UserRole + 12;
    /// The order id of a deal item (0 = not a deal).
    static constexpr int DealIdRole = Qt::UserRole + 13;

    explicit ErrorModel(Store *store, QObject *parent = nullptr);

protected:
    [[nodiscard]] QVariant roleData(const ErrorRecord &row, int role) const override;

private:
    [[nodiscard]] static Description description();
};

} // namespace LeadBridge
