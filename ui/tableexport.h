#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QStringList>

#include "store/queries/tablequery.h"

namespace LeadBridge {

class PagedTableModel;

/// Writes a table, as its model sorts and filters it at the start, to a CSV file: UTF-8 with a BOM
/// (so that Excel reads Cyrillic), RFC 4180 (commas, CRLF, quotes doubled inside quoted fields), a
/// header row of the column titles, the texts the table shows (times as "2026-11-20 15:04:05", local).
/// It reads the store page by page (keyset paging), one page per turn of the event loop, so the window
/// stays responsive; the file appears only when every row is written (QSaveFile): a cancelled or failed
/// export leaves no file behind.
class TableExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableExport)
public:
    static constexpr int kPageRows = 2000;

    /// @p columns: the model's columns to write, in this order (the view's visible ones).
    TableExport(PagedTableModel *model, QList<int> columns, QObject *parent = nullptr);

    /// Starts writing to @p path; false (and errorString()) when the file cannot be created.
    bool start(const QString &path);
    /// Stops: nothing is written to the path; finished(false) follows with an empty errorString().
    void cancel();
    /// Writes the whole file now, without returning to the event loop (benchmarks, the command line).
    bool runNow(const QString &path);

    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int written() const { return m_written; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// Why the export failed, translated; empty when it worked or was cancelled.
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }

signals:
    void progress(int written, int total);
    /// @p ok: the file is complete at path(); otherwise cancelled (errorString() empty) or failed.
    void finished(bool ok);

private:
    bool open(const QString &path);
    /// Writes one page; false when done (or failed).
    bool writePage();
    void scheduleNext();
    void finish(bool ok);

    QPointer<PagedTableModel> m_model;
    QList<int> m_columns;
    TableRequest m_request;
    PageCursor m_cursor;
    QSaveFile m_file;
    QString m_path;
    QString m_error;
    int m_total = 0;
    int m_written = 0;
    bool m_running = false;
};

} // namespace LeadBridge
