#pragma once

#include <QLockFile>
#include <QString>

namespace LeadBridge {

/// One LeadBridge per database: a lock file next to it (<db>.lock, QLockFile) held for the whole run.
/// A lock left by a process that no longer runs (same host) is stale and taken over; a live holder is
/// named in the error (PID, host, since when).
class DatabaseLock
{
public:
    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    [[nodiscard]] static QString lockPath(const QString &databasePath);

    /// Takes the lock at once; false with a translated message (who holds it) in @p error.
    [[nodiscard]] bool tryLock(QString *error);
    [[nodiscard]] bool isLocked() const { return m_lock.isLocked(); }

private:
    QString m_databasePath;
    QLockFile m_lock;
};

} // namespace LeadBridge
