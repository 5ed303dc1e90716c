#pragma once

#include <QAbstractTableModel>

#include "store/runlog.h"

namespace LeadBridge {

/// The run log's rows (newest first, as read); texts are made here, at display time, in the current
/// language, from the codes the log keeps.
class RunLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLogModel)
public:
    enum Column {
        StartedColumn,
        DurationColumn,
        ResultColumn,
        FetchedColumn,
        CreatedColumn,
        UpdatedColumn,
        SkippedColumn,
        NoContactColumn,
        FailedColumn,
        DealsColumn,
        DealsFailedColumn,
        ErrorsColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, ResultCodeRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<RunRecord> &records);
    [[nodiscard]] const RunRecord &record(int row) const { return m_records.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "OK", "Some items failed", … (translated).
    [[nodiscard]] static QString resultText(RunResult result);
    /// What stopped the run, in words, with its codes ("retailCRM: auth, HTTP 401").
    [[nodiscard]] static QString stopText(const RunRecord &record);
    /// Asks the views to draw the texts again (the language changed).
    void retranslate();

private:
    QList<RunRecord> m_records;
};

} // namespace LeadBridge
