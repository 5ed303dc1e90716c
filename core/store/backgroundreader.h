#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QString>
#include <QThread>

namespace LeadBridge {

class Store;

/// Reads the database off the calling (GUI) thread: a worker thread with its own Store connection,
/// opened on first use. Jobs run one after another in the worker; each job's @p done runs afterwards
/// in this object's thread (never after this object is gone). SQLite's WAL lets these reads run while
/// the engine writes.
class BackgroundReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundReader)
public:
    explicit BackgroundReader(QObject *parent = nullptr);
    /// Waits for the job in flight; the jobs still queued do not run.
    ~BackgroundReader() override;

    /// The database file the worker reads; the worker's connection reopens on the next job.
    void setDatabasePath(const QString &path);
    [[nodiscard]] QString databasePath() const { return m_path; }

    /// Runs @p job in the worker with its connection (nullptr when the file cannot be opened: the job
    /// says so itself), then @p done here.
    void run(std::function<void(Store *store)> job, std::function<void()> done);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
    QString m_path;
};

} // namespace LeadBridge
