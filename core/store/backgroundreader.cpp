#include "backgroundreader.h"

#include <QPointer>

#include "store/store.h"

namespace LeadBridge {

class BackgroundReader::Worker final : public QObject
{
public:
    Store *store(const QString &path)
    {
        if (m_store && m_store->path() == path && m_store->isOpen())
            return m_store.get();
        m_store = std::make_unique<Store>(QStringLiteral("reader"));
        if (path.isEmpty() || !m_store->open(path).isOk())
            m_store.reset();
        return m_store.get();
    }
    void close() { m_store.reset(); }

private:
    std::unique_ptr<Store> m_store;
};

BackgroundReader::BackgroundReader(QObject *parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("leadbridge-reader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

BackgroundReader::~BackgroundReader()
{
    // The connection belongs to the worker's thread: closed there, then the thread ends.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void BackgroundReader::setDatabasePath(const QString &path)
{
    m_path = path;
}

void BackgroundReader::run(std::function<void(Store *store)> job, std::function<void()> done)
{
    Worker *worker = m_worker;
    const QPointer<BackgroundReader> self(this);
    const QString path = m_path;
    QMetaObject::invokeMethod(
        worker,
        [worker, self, path, job = std::move(job), done = std::move(done)] {
            job(worker->store(path));
            // Dropped when the reader is gone by then (a queued call to a deleted context never runs).
            if (self)
                QMetaObject::invokeMethod(self, done, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace LeadBridge
