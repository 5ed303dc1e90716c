#pragma once

#include "pagedtablemodel.h"
#include "store/queries/errorstable.h"

namespace LeadBridge {

/// Sync errors: what failed, in which direction, how often, and when it is retried.
class ErrorModel final : public RowTableModel<ErrorRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorModel)
public:
    /// In the order of ErrorsTable::Sort.
    enum Column {
        TimeColumn,
        DirectionColumn,
        ItemColumn,
        MessageColumn,
        AttemptsColumn,
        NextRetryColumn,
        ResolvedColumn,
        ColumnCount
    };
    /// The raw item, e.g. "lead:call:123" or "deal:456".
    static constexpr int ItemRole = Qt::UserRole + 10;
    /// The direction, a Db::ErrorDirection.
    static constexpr int DirectionRole = Qt::UserRole + 11;
    /// The local id of a lead item's lead (0 = not a lead, or not known).
    static constexpr int LeadIdRole = Qt::UserRole + 12;
    /// The order id of a deal item (0 = not a deal).
    static constexpr int DealIdRole = Qt::UserRole + 13;

    explicit ErrorModel(Store *store, QObject *parent = nullptr);
    [[nodiscard]] QList<StatusOption> statusOptions() const override;

protected:
    [[nodiscard]] QVariant roleData(const ErrorRow &row, int role) const override;

private:
    [[nodiscard]] static QVector<ColumnSpec> columns();
};

} // namespace LeadBridge
