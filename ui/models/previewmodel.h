#pragma once

#include <QAbstractTableModel>

#include "sync/dryrunreport.h"

namespace LeadBridge {

/// The dry run's table: a row per lead, what the first sync would do with it and why.
class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewModel)
public:
    using QAbstractTableModel::QAbstractTableModel;
    enum Column {
        DateColumn,
        KindColumn,
        LeadIdColumn,
        ContactColumn,
        OutcomeColumn,
        OrderColumn,
        CustomerColumn,
        WhyColumn,
        ColumnCount
    };
    /// The outcome of a row (DryRunRow::Outcome as int), on every column.
    static constexpr int OutcomeRole = Qt::UserRole + 1;

    void setRows(const QList<DryRunRow> &rows);
    [[nodiscard]] const QList<DryRunRow> &rows() const { return m_rows; }
    /// The texts again, in the current language.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DryRunRow> m_rows;
};

} // namespace LeadBridge
