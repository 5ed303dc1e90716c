#include "databaselock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace LeadBridge {

namespace {
    QString tr(const char *text)
    {
        return QCoreApplication::translate("DatabaseLock", text);
    }
} // namespace

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_lock(lockPath(databasePath))
{
    // No age limit: a desktop session runs for weeks. A lock is stale only when its process is gone.
    m_lock.setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

QString DatabaseLock::lockPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

bool DatabaseLock::tryLock(QString *error)
{
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    if (m_lock.tryLock(0))
        return true;
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        const bool known = m_lock.getLockInfo(&pid, &host, &application);
        const QDateTime since = QFileInfo(lockPath(m_databasePath)).lastModified();
        if (error) {
            *error = known
                ? tr("The database %1 is in use by another LeadBridge (process %2 on %3, since %4). "
                     "Only one LeadBridge may use a database: close the other one first.")
                      .arg(m_databasePath)
                      .arg(pid)
                      .arg(host, QLocale().toString(since, QLocale::ShortFormat))
                : tr("The database %1 is in use by another LeadBridge (its lock file %2 cannot be read). "
                     "Close the other one first.")
                      .arg(m_databasePath, lockPath(m_databasePath));
        }
        return false;
    }
    case QLockFile::PermissionError:
        if (error)
            *error = tr("Cannot create the lock file %1: the folder is not writable.")
                         .arg(lockPath(m_databasePath));
        return false;
    default:
        if (error)
            *error = tr("Cannot create the lock file %1.").arg(lockPath(m_databasePath));
        return false;
    }
}

} // namespace LeadBridge
