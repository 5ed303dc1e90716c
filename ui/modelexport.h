#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QTableView;

namespace LeadBridge {

/// Writes a small table that is all in memory (the Log tab, the Reconciliation tab) to a CSV file as
/// the view shows it: its visible columns in their order, its rows as sorted and filtered, the texts it
/// shows; UTF-8 with a BOM, as every export (core/util/csv). The store-backed tables go through
/// TableExport, page by page; these have at most a few thousand rows and are written at once.
class ModelExport
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::ModelExport)
public:
    /// The whole file or nothing (QSaveFile); false with a translated @p error. @p rows: rows written.
    [[nodiscard]] static bool write(const QTableView &view, const QString &path, QString *error, int *rows);
};

} // namespace LeadBridge
