#pragma once

#include "pagedsqlmodel.h"

namespace LeadBridge {

/// The leads table: every Calltouch call, request and chat, what happened to it and why.
class LeadModel final : public PagedSqlModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadModel)
public:
    enum Column {
        KindColumn,
        ContactColumn,
        TimeColumn,
        UtmSourceColumn,
        UtmMediumColumn,
        UtmCampaignColumn,
        StateColumn,
        ReasonColumn,
        OrderColumn,
        AttemptsColumn,
        ColumnCount
    };

    explicit LeadModel(Store *store, QObject *parent = nullptr);
    [[nodiscard]] QList<StatusOption> statusOptions() const override;

protected:
    [[nodiscard]] QString selectSql() const override;
    [[nodiscard]] QStringList sortExpressions() const override;
    [[nodiscard]] QString keyExpression() const override;
    [[nodiscard]] QStringList searchExpressions() const override;
    [[nodiscard]] QStringList phoneExpressions() const override;
    [[nodiscard]] QString statusCondition(const QString &key) const override;
    [[nodiscard]] QString headerText(int column) const override;
    [[nodiscard]] QVariant cellData(const Row &row, int column, int role) const override;
};

} // namespace LeadBridge
