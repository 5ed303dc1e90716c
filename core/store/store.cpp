#include "store.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include "migrations.h"
#include "util/logging.h"

namespace LeadBridge {
namespace {

    QAtomicInt g_connectionCounter;

    /// The "clean_shutdown" cursor: "1" while no connection has the file open (the last one to close
    /// sets it), "0" while one has. Found "0" (or unreadable) by the first opener: a crash happened.
    const QString kCleanShutdown = QStringLiteral("clean_shutdown");

    /// How many connections of this process have each database file open.
    QMutex g_openMutex;
    QHash<QString, int> g_openCount;
    /// Files a check on demand found damaged: the next start checks them (and moves them aside).
    QSet<QString> g_suspect;

    QString canonical(const QString &path)
    {
        const QString resolved = QFileInfo(path).canonicalFilePath();
        return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
    }

    bool looksCorrupt(const QSqlError &error)
    {
        const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
        return text.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("corrupt"), Qt::CaseInsensitive);
    }

} // namespace

Store::Store(const QString &purpose)
    : m_connectionName(
        QStringLiteral("leadbridge-%1-%2").arg(purpose).arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{}

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/leadbridge.db");
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::isOpen() const
{
    return database().isOpen();
}

void Store::close()
{
    bool last = false;
    if (m_registered) {
        m_registered = false;
        const QMutexLocker locker(&g_openMutex);
        const QString key = canonical(m_path);
        last = --g_openCount[key] <= 0;
        if (last)
            g_openCount.remove(key);
        if (g_suspect.contains(key))
            last = false; // stays marked "in use": the next open checks it
    }
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // The last connection of this process: the next start need not check the file.
            if (last && m_transactionDepth == 0)
                static_cast<void>(setCursor(kCleanShutdown, QStringLiteral("1")));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("Store", text);
    }

    constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

    quint32 bigEndian32(const QByteArray &bytes, int offset)
    {
        const auto *data = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
        return (quint32(data[0]) << 24) | (quint32(data[1]) << 16) | (quint32(data[2]) << 8)
            | quint32(data[3]);
    }

} // namespace

StoreError Store::checkFile(bool *isOurs)
{
    // Looks at the file before SQLite does: nothing here writes to it.
    *isOurs = false;
    const QFileInfo info(m_path);
    if (!info.exists())
        return {};
    if (!info.isFile())
        return { StoreError::Kind::Foreign, tr("%1 is not a database file.").arg(m_path), {} };
    if (info.size() > 0) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return { StoreError::Kind::CannotOpen,
                tr("Cannot read the database %1: %2").arg(m_path, file.errorString()), {} };
        const QByteArray header = file.read(100);
        if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
            return { StoreError::Kind::Foreign,
                tr("%1 is not a LeadBridge database (it is not an SQLite database at all). "
                   "It was left untouched; check the --db option.")
                    .arg(m_path),
                {} };
        }
        const qint32 applicationId = qint32(bigEndian32(header, 68));
        if (applicationId != 0 && applicationId != kApplicationId) {
            return { StoreError::Kind::Foreign,
                tr("%1 is another program's database, not LeadBridge's. It was left untouched; "
                   "check the --db option.")
                    .arg(m_path),
                {} };
        }
        *isOurs = applicationId == kApplicationId;
    }
    const QFileDevice::Permissions permissions = info.permissions();
    // The owner's write bit is checked itself: root may write to any file, but a 0444 database was made
    // read-only on purpose and is never chmod-ed back.
    if (!(permissions & QFileDevice::WriteOwner) || !info.isWritable()
        || !QFileInfo(info.absolutePath()).isWritable()) {
        return { StoreError::Kind::ReadOnly,
            tr("The database %1 is read-only. LeadBridge must write to it: make the file and its folder "
               "writable for this user, or choose another file with --db.")
                .arg(m_path),
            {} };
    }
    // Only the owner may read the database; SQLite gives the -wal and -shm files the same mode.
    if (permissions & kGroupOrOther)
        QFile::setPermissions(m_path, permissions & ~kGroupOrOther);
    return {};
}

StoreError Store::open(const QString &path)
{
    close();
    m_path = path;
    m_lastError.clear();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return { StoreError::Kind::CannotOpen, tr("Cannot create the folder %1.").arg(info.absolutePath()),
            {} };
    bool isOurs = false;
    StoreError error = checkFile(&isOurs);
    if (!error.isOk())
        return error;
    const bool existed = info.exists() && info.size() > 0;
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return { StoreError::Kind::CannotOpen,
                tr("Cannot create the database %1: %2").arg(path, file.errorString()), {} };
        file.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open())
        return { StoreError::Kind::CannotOpen,
            tr("Cannot open the database %1: %2").arg(path, db.lastError().text()), {} };

    m_integrityChecked = false;
    // A file created just now has nothing to check.
    if (existed && !shutDownCleanly()) {
        m_integrityChecked = true;
        error = checkIntegrity(isOurs);
        if (!error.isOk())
            return error;
    }
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    error = checkWritable();
    if (!error.isOk()) {
        close();
        return error;
    }
    error = migrate();
    if (!error.isOk()) {
        close();
        return error;
    }
    registerOpen();
    return error;
}

bool Store::shutDownCleanly()
{
    {
        const QMutexLocker locker(&g_openMutex);
        if (g_openCount.value(canonical(m_path)) > 0)
            return true; // another connection of this process opened (and checked) it
    }
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT value FROM cursors WHERE name = 'clean_shutdown'")))
        // No cursors table: a new (empty) file is cheap to check; anything else is suspect.
        return false;
    return query.next() && query.value(0).toString() == QLatin1String("1");
}

void Store::registerOpen()
{
    {
        const QMutexLocker locker(&g_openMutex);
        ++g_openCount[canonical(m_path)];
        m_registered = true;
    }
    // Until the last connection closes cleanly, a new start checks the file.
    if (!setCursor(kCleanShutdown, QStringLiteral("0")).ok)
        qCWarning(lcStore) << "cannot mark the database as in use";
}

bool Store::verifyIntegrity(QStringList *problems)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (problems)
            *problems = QStringList { query.lastError().text() };
        return false;
    }
    QStringList found;
    while (query.next())
        found << query.value(0).toString();
    const bool ok = found == QStringList { QStringLiteral("ok") };
    if (!ok) {
        const QMutexLocker locker(&g_openMutex);
        g_suspect.insert(canonical(m_path));
    }
    if (problems)
        *problems = ok ? QStringList() : found;
    return ok;
}

StoreError Store::checkWritable()
{
    // Takes the write lock once (waiting up to the busy timeout): a database another program holds, or
    // one SQLite could open only for reading, is a clear error now rather than a failed journal later.
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")) && query.exec(QStringLiteral("COMMIT")))
        return {};
    const QString text = query.lastError().text();
    query.exec(QStringLiteral("ROLLBACK"));
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("busy"), Qt::CaseInsensitive)) {
        return { StoreError::Kind::Locked,
            tr("The database %1 is locked by another program (waited %2 s). Close the other program "
               "that uses it, then start LeadBridge again.")
                .arg(m_path)
                .arg(m_busyTimeoutMs / 1000.0),
            {} };
    }
    if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("read-only"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("read only"), Qt::CaseInsensitive)) {
        return { StoreError::Kind::ReadOnly,
            tr("The database %1 is read-only. LeadBridge must write to it: make the file and its folder "
               "writable for this user, or choose another file with --db.")
                .arg(m_path),
            {} };
    }
    return { StoreError::Kind::CannotOpen, tr("Cannot write to the database %1: %2").arg(m_path, text), {} };
}

StoreError Store::checkIntegrity(bool isOurs)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    bool ok = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next()
        && query.value(0).toString() == QLatin1String("ok");
    if (ok)
        return {};
    const QSqlError sqlError = query.lastError();
    if (sqlError.isValid() && !looksCorrupt(sqlError)) {
        query.finish();
        close();
        return { StoreError::Kind::CannotOpen,
            tr("Cannot read the database %1: %2").arg(m_path, sqlError.text()), {} };
    }
    query.finish();
    close();
    if (!isOurs) {
        // Without our marker the file may be anything: it is not ours to move.
        return { StoreError::Kind::Foreign,
            tr("%1 is damaged or is not a LeadBridge database. It was left untouched; check the --db "
               "option.")
                .arg(m_path),
            {} };
    }
    // Corrupt: keep the file aside for inspection, report, never replace silently.
    const QString aside = m_path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss"));
    QFile::rename(m_path, aside);
    QFile::rename(m_path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    qCCritical(lcStore) << "database is corrupt, moved to" << aside;
    return { StoreError::Kind::Corrupt,
        tr("The database %1 is damaged. It was moved to %2 and kept; "
           "LeadBridge will start with an empty history.")
            .arg(m_path, aside),
        aside };
}

int Store::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

StoreError Store::migrate()
{
    QSqlDatabase db = database();
    const QList<QStringList> &migrations = storeMigrations();
    const int current = schemaVersion();
    if (current > migrations.size()) {
        const QString message = QCoreApplication::translate("Store",
            "The database %1 was written by a newer LeadBridge (schema %2; "
            "this version knows %3). Update LeadBridge.")
                                    .arg(m_path)
                                    .arg(current)
                                    .arg(migrations.size());
        close();
        return { StoreError::Kind::TooNew, message, {} };
    }
    for (int version = current; version < migrations.size(); ++version) {
        if (!db.transaction())
            return { StoreError::Kind::Migration, db.lastError().text(), {} };
        QSqlQuery query(db);
        for (const QString &statement : migrations.at(version)) {
            if (!query.exec(statement)) {
                const QString text = query.lastError().text();
                db.rollback();
                return { StoreError::Kind::Migration,
                    QCoreApplication::translate("Store", "Cannot upgrade the database to schema %1: %2")
                        .arg(version + 1)
                        .arg(text),
                    {} };
            }
        }
        query.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
        query.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
        if (!db.commit())
            return { StoreError::Kind::Migration, db.lastError().text(), {} };
        qCInfo(lcStore) << "database migrated to schema" << version + 1;
    }
    QSqlQuery marker(db);
    if (marker.exec(QStringLiteral("PRAGMA application_id")) && marker.next()
        && marker.value(0).toInt() != kApplicationId) {
        marker.finish();
        if (!marker.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)))
            return { StoreError::Kind::Migration, marker.lastError().text(), {} };
    }
    return {};
}

QVariant Store::bindable(const QVariant &value)
{
    // A null QString would be bound as SQL NULL; the schema wants empty text there.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}

void Store::noteError(const QString &error) const
{
    m_lastError = error;
    ++m_errorCount;
    qCWarning(lcStore) << "query failed:" << error;
}

StoreResult Store::inTransaction(const std::function<bool()> &work)
{
    if (m_transactionDepth > 0) {
        // Nested: part of the outer transaction.
        ++m_transactionDepth;
        const bool ok = work();
        --m_transactionDepth;
        return ok ? StoreResult::success() : StoreResult::failure(m_lastError);
    }
    QSqlDatabase db = database();
    m_lastError.clear();
    if (!db.transaction()) {
        noteError(db.lastError().text());
        return StoreResult::failure(m_lastError);
    }
    m_transactionDepth = 1;
    const bool ok = work();
    m_transactionDepth = 0;
    if (!ok) {
        db.rollback();
        return StoreResult::failure(m_lastError.isEmpty() ? tr("the change was rolled back") : m_lastError);
    }
    if (!db.commit()) {
        noteError(db.lastError().text());
        db.rollback();
        return StoreResult::failure(m_lastError);
    }
    return StoreResult::success(true);
}

StoreResult Store::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database());
    if (!query.prepare(sql)) {
        noteError(query.lastError().text());
        return StoreResult::failure(m_lastError);
    }
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec()) {
        noteError(query.lastError().text());
        return StoreResult::failure(m_lastError);
    }
    return StoreResult::success(query.numRowsAffected() > 0);
}

QVariant Store::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (query.exec() && query.next())
        return query.value(0);
    if (query.lastError().isValid())
        noteError(query.lastError().text());
    return {};
}

QString Store::cursor(const QString &name) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM cursors WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return query.value(0).toString();
    if (query.lastError().isValid())
        noteError(query.lastError().text());
    return {};
}

StoreResult Store::setCursor(const QString &name, const QString &value)
{
    return exec(QStringLiteral("INSERT INTO cursors(name, value) VALUES(?, ?) "
                               "ON CONFLICT(name) DO UPDATE SET value = excluded.value"),
        { name, value });
}

} // namespace LeadBridge
