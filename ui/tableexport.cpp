#include "tableexport.h"

#include <QTimer>

#include "models/pagedtablemodel.h"
#include "store/store.h"
#include "util/csv.h"

namespace LeadBridge {

TableExport::TableExport(PagedTableModel *model, QList<int> columns, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_columns(std::move(columns))
{
    if (m_model)
        m_request = m_model->request();
}

bool TableExport::open(const QString &path)
{
    m_path = path;
    m_error.clear();
    m_written = 0;
    m_cursor = PageCursor();
    if (!m_model) {
        m_error = tr("The table is gone.");
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_total = m_model->countMatching(m_request);
    QStringList titles;
    for (int column : std::as_const(m_columns))
        titles << m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    m_file.write(Csv::kBom); // Excel reads the file as UTF-8
    m_file.write(Csv::record(titles).toUtf8());
    m_running = true;
    return true;
}

bool TableExport::start(const QString &path)
{
    if (m_running || !open(path))
        return false;
    emit progress(0, m_total);
    scheduleNext();
    return true;
}

bool TableExport::runNow(const QString &path)
{
    if (m_running || !open(path))
        return false;
    while (m_running && writePage()) {}
    if (m_running)
        finish(m_error.isEmpty());
    return m_error.isEmpty();
}

void TableExport::scheduleNext()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        if (writePage())
            scheduleNext();
        else if (m_running)
            finish(m_error.isEmpty());
    });
}

bool TableExport::writePage()
{
    // A database closed under the export (another file opened, the window closing) would end it early
    // with a file that looks complete.
    if (!m_model || !m_model->store() || !m_model->store()->isOpen()) {
        m_error = tr("The database was closed during the export; %1 was not written.").arg(m_path);
        return false;
    }
    QVector<QStringList> rows;
    const int read = m_model->readTexts(m_request, &m_cursor, kPageRows, m_columns, &rows);
    QString text;
    for (const QStringList &row : std::as_const(rows))
        text += Csv::record(row);
    if (m_file.write(text.toUtf8()) < 0) {
        m_error = tr("Cannot write %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    m_written += read;
    emit progress(m_written, qMax(m_total, m_written));
    return read == kPageRows;
}

void TableExport::cancel()
{
    if (!m_running)
        return;
    m_error.clear();
    finish(false);
}

void TableExport::finish(bool ok)
{
    m_running = false;
    if (ok && !m_file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(m_path, m_file.errorString());
        ok = false;
    }
    if (!ok && m_file.isOpen()) {
        m_file.cancelWriting();
        (void)m_file.commit(); // after cancelWriting(): removes the temporary file, writes nothing
    }
    emit finished(ok);
}

} // namespace LeadBridge
