#include "store.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include "migrations.h"
#include "util/logging.h"

namespace LeadBridge {
namespace {

    QAtomicInt g_connectionCounter;

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
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreError Store::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return { StoreError::Kind::CannotOpen,
            QCoreApplication::translate("Store", "Cannot create the folder %1.").arg(info.absolutePath()),
            {} };
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return { StoreError::Kind::CannotOpen,
                QCoreApplication::translate("Store", "Cannot create the database %1: %2")
                    .arg(path, file.errorString()),
                {} };
    }
    // Only the owner may read the database; SQLite gives the -wal and -shm files the same mode.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return { StoreError::Kind::CannotOpen,
            QCoreApplication::translate("Store", "Cannot open the database %1: %2")
                .arg(path, db.lastError().text()),
            {} };

    StoreError error = checkIntegrity();
    if (!error.isOk())
        return error;
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return migrate();
}

StoreError Store::checkIntegrity()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    bool ok = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next()
        && query.value(0).toString() == QLatin1String("ok");
    if (ok)
        return {};
    const QSqlError sqlError = query.lastError();
    if (sqlError.isValid() && !looksCorrupt(sqlError)) {
        return { StoreError::Kind::CannotOpen,
            QCoreApplication::translate("Store", "Cannot read the database %1: %2")
                .arg(m_path, sqlError.text()),
            {} };
    }
    // Corrupt: keep the file aside for inspection, report, never replace silently.
    query.finish();
    close();
    const QString aside = m_path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss"));
    QFile::rename(m_path, aside);
    QFile::rename(m_path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    qCCritical(lcStore) << "database is corrupt, moved to" << aside;
    return { StoreError::Kind::Corrupt,
        QCoreApplication::translate("Store",
            "The database %1 is damaged. It was moved to %2 and kept; "
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
        if (!db.commit())
            return { StoreError::Kind::Migration, db.lastError().text(), {} };
        qCInfo(lcStore) << "database migrated to schema" << version + 1;
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

bool Store::inTransaction(const std::function<bool()> &work)
{
    if (m_transactionDepth > 0) {
        // Nested: part of the outer transaction.
        ++m_transactionDepth;
        const bool ok = work();
        --m_transactionDepth;
        return ok;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        qCWarning(lcStore) << "cannot begin a transaction:" << db.lastError().text();
        return false;
    }
    m_transactionDepth = 1;
    const bool ok = work();
    m_transactionDepth = 0;
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        qCWarning(lcStore) << "commit failed:" << db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Store::exec(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(database());
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << query.lastError().text();
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec()) {
        qCWarning(lcStore) << "query failed:" << query.lastError().text();
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

QVariant Store::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (query.exec() && query.next())
        return query.value(0);
    return {};
}

QString Store::cursor(const QString &name) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM cursors WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool Store::setCursor(const QString &name, const QString &value)
{
    return exec(QStringLiteral("INSERT INTO cursors(name, value) VALUES(?, ?) "
                               "ON CONFLICT(name) DO UPDATE SET value = excluded.value"),
        { name, value });
}

} // namespace LeadBridge
