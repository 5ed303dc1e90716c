#pragma once

#include <QAbstractTableModel>

#include "sync/reconcilereport.h"

namespace LeadBridge {

/// The reconciliation tab's table: a row per thing found off between Calltouch and retailCRM, with the
/// line's one-click fix (or what became of it).
class ReconcileModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcileModel)
public:
    using QAbstractTableModel::QAbstractTableModel;
    enum Column {
        ProblemColumn,
        DateColumn,
        LeadColumn,
        ContactColumn,
        OrderColumn,
        FixColumn,
        DetailColumn,
        ColumnCount
    };
    /// The order column also answers PagedTableModel::OrderIdRole with the line's order (a CRM link).
    enum Role {
        /// The line's id on the fix column while its fix can be clicked; 0 otherwise.
        FixRole = Qt::UserRole + 100,
        KindRole, ///< ReconcileLine::Kind as int, on every column
    };

    void setLines(const QList<ReconcileLine> &lines);
    [[nodiscard]] const QList<ReconcileLine> &lines() const { return m_lines; }
    /// The line with id @p lineId, or nullptr.
    [[nodiscard]] const ReconcileLine *line(qint64 lineId) const;
    /// What became of a line's fix (the engine's answer).
    void setFix(qint64 lineId, ReconcileLine::Fix fix, const QDateTime &at);
    /// The texts again, in the current language.
    void retranslate();

    /// "Resend the lead" / "Push the deal" (translated).
    [[nodiscard]] static QString fixText(const ReconcileLine &line);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString cellText(const ReconcileLine &line, int column) const;

    QList<ReconcileLine> m_lines;
};

} // namespace LeadBridge
