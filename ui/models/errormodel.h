#pragma once

#include "pagedsqlmodel.h"

namespace LeadBridge {

/// Sync errors: what failed, in which direction, how often, and when it is retried.
class ErrorModel final : public PagedSqlModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorModel)
public:
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
    static constexpr int DirectionRole = Qt::UserRole + 11;

    explicit ErrorModel(Store *store, QObject *parent = nullptr);
    [[nodiscard]] QList<StatusOption> statusOptions() const override;

protected:
    [[nodiscard]] QString selectSql() const override;
    [[nodiscard]] QStringList sortExpressions() const override;
    [[nodiscard]] QString keyExpression() const override;
    [[nodiscard]] QStringList searchExpressions() const override;
    [[nodiscard]] QString statusCondition(const QString &key) const override;
    [[nodiscard]] QString headerText(int column) const override;
    [[nodiscard]] QVariant cellData(const Row &row, int column, int role) const override;
};

} // namespace LeadBridge
