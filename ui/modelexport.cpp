#include "modelexport.h"

#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>

#include "util/csv.h"

namespace LeadBridge {

bool ModelExport::write(const QTableView &view, const QString &path, QString *error, int *rows)
{
    const QAbstractItemModel *model = view.model();
    const QHeaderView *header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; model && visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns << column;
    }
    QString text;
    QStringList fields;
    for (const int column : std::as_const(columns))
        fields << model->headerData(column, Qt::Horizontal).toString();
    text += Csv::record(fields);
    const int count = model ? model->rowCount() : 0;
    for (int row = 0; row < count; ++row) {
        fields.clear();
        for (const int column : std::as_const(columns))
            fields << model->index(row, column).data().toString();
        text += Csv::record(fields);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Csv::kBom) < 0 || file.write(text.toUtf8()) < 0
        || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    *rows = count;
    return true;
}

} // namespace LeadBridge
