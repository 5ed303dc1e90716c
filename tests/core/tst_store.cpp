#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "store/databaselock.h"
#include "store/store.h"

using namespace LeadBridge;

class tst_Store : public QObject
{
    Q_OBJECT
private slots:
    void createsSchemaWithOwnerOnlyMode();
    void upgradesAnOlderDatabase();
    void refusesANewerDatabase();
    void corruptFileIsKeptAsideAndReported();
    void fileThatIsNotSqliteIsRefusedAndLeftUntouched();
    void damagedFileWithoutOurMarkerIsLeftUntouched();
    void anotherProgramsDatabaseIsRefused();
    void readOnlyDatabaseIsAnErrorAndIsNotChmodded();
    void lockedDatabaseIsAClearErrorAtOpen();
    void failedWriteReportsTheDatabaseError();
    void secondLockNamesTheHolder();
    void staleLockIsTakenOver();
    void transactionRollsBack();
    void cursorsPersistAcrossReopen();
    void oneConnectionPerThread();
    void integrityIsCheckedOnlyAfterAnUncleanShutdown();
    void verifyIntegrityFindsDamageWithoutMovingTheFile();
};

void tst_Store::createsSchemaWithOwnerOnlyMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/leadbridge.db"));
    Store store;
    const StoreError error = store.open(path);
    QVERIFY2(error.isOk(), qPrintable(error.message));
    QCOMPARE(store.schemaVersion(), Store::kSchemaVersion);
    QCOMPARE(QFile::permissions(path)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QCOMPARE(store.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    for (const char *table : { "leads", "lead_outcomes", "orders", "deals", "errors", "cursors", "outbox" }) {
        QCOMPARE(
            store
                .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?"),
                    { QString::fromLatin1(table) })
                .toInt(),
            1);
    }
}

void tst_Store::upgradesAnOlderDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        // A version-0 database that holds an unrelated table: it must be kept and upgraded.
        Store raw;
        QVERIFY(raw.open(dir.filePath(QStringLiteral("scratch.db"))).isOk());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes VALUES ('kept')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    Store store;
    const StoreError error = store.open(path);
    QVERIFY2(error.isOk(), qPrintable(error.message));
    QCOMPARE(store.schemaVersion(), Store::kSchemaVersion);
    QCOMPARE(store.scalar(QStringLiteral("SELECT text FROM notes")).toString(), QStringLiteral("kept"));
}

void tst_Store::refusesANewerDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    {
        Store store;
        QVERIFY(store.open(path).isOk());
        QVERIFY(store.exec(QStringLiteral("PRAGMA user_version=99")).ok);
    }
    Store store;
    const StoreError error = store.open(path);
    QCOMPARE(error.kind, StoreError::Kind::TooNew);
    QVERIFY(error.message.contains(QLatin1String("99")));
    QVERIFY(!store.isOpen());
    QVERIFY(QFile::exists(path));
}

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

/// A LeadBridge database whose pages after the first (the schema's) are overwritten.
QByteArray damagedDatabase(const QString &scratchPath)
{
    {
        Store store;
        if (!store.open(scratchPath).isOk())
            return {};
        for (int i = 0; i < 200; ++i) {
            if (!store.setCursor(QStringLiteral("c%1").arg(i), QString(300, QLatin1Char('x'))).ok)
                return {};
        }
    } // closed: the WAL is checkpointed into the file
    QByteArray bytes = readAll(scratchPath);
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(0x5a);
    return bytes;
}

/// The file's mode bits (owner, group, others), without what the current user happens to be allowed.
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) & QFileDevice::Permissions(0x7077);
}

QStringList filesBeside(const QString &path)
{
    return QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

void tst_Store::corruptFileIsKeptAsideAndReported()
{
    // Our own database (it carries the marker), damaged: moved aside, kept, reported.
    QTemporaryDir dir;
    const QByteArray damaged = damagedDatabase(dir.filePath(QStringLiteral("scratch.db")));
    QVERIFY(damaged.size() > 8192);
    const QString path = dir.filePath(QStringLiteral("broken.db"));
    writeFile(path, damaged);

    Store store;
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("database is corrupt")));
    const StoreError error = store.open(path);
    QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    QVERIFY(!error.keptAsidePath.isEmpty());
    QVERIFY(QFile::exists(error.keptAsidePath));
    QCOMPARE(readAll(error.keptAsidePath), damaged);
    QVERIFY(error.message.contains(error.keptAsidePath));
}

void tst_Store::fileThatIsNotSqliteIsRefusedAndLeftUntouched()
{
    // The settings file passed as --db by a typo: refused, byte-identical, same mode, nothing beside it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leadbridge.ini"));
    const QByteArray ini = "[retailcrm]\nurl=https://shop.retailcrm.ru\n[calltouch]\nsiteId=12345\n";
    writeFile(path, ini);
    const QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ReadGroup | QFileDevice::ReadOther; // 0644
    QVERIFY(QFile::setPermissions(path, mode));
    const QStringList before = filesBeside(path);

    Store store;
    const StoreError error = store.open(path);
    QCOMPARE(error.kind, StoreError::Kind::Foreign);
    QVERIFY2(error.message.contains(path) && error.message.contains(QLatin1String("not an SQLite")),
        qPrintable(error.message));
    QVERIFY(!store.isOpen());
    QCOMPARE(readAll(path), ini);
    QCOMPARE(modeOf(path), mode);
    QCOMPARE(filesBeside(path), before);
}

void tst_Store::damagedFileWithoutOurMarkerIsLeftUntouched()
{
    // An SQLite file without our marker is not ours to move, even when it is damaged.
    QTemporaryDir dir;
    QByteArray damaged = damagedDatabase(dir.filePath(QStringLiteral("scratch.db")));
    QVERIFY(damaged.size() > 8192);
    for (int i = 68; i < 72; ++i)
        damaged[i] = 0; // application_id 0: another program's, or an old file
    const QString path = dir.filePath(QStringLiteral("other.db"));
    writeFile(path, damaged);
    const QStringList before = filesBeside(path);

    Store store;
    const StoreError error = store.open(path);
    QCOMPARE(error.kind, StoreError::Kind::Foreign);
    QVERIFY(error.keptAsidePath.isEmpty());
    QCOMPARE(readAll(path), damaged);
    QCOMPARE(filesBeside(path), before);
}

void tst_Store::anotherProgramsDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("places.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id=1234")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE places (url TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray bytes = readAll(path);

    Store store;
    const StoreError error = store.open(path);
    QCOMPARE(error.kind, StoreError::Kind::Foreign);
    QCOMPARE(readAll(path), bytes);
}

void tst_Store::readOnlyDatabaseIsAnErrorAndIsNotChmodded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    {
        Store store;
        QVERIFY(store.open(path).isOk());
        QVERIFY(store.setCursor(QStringLiteral("kept"), QStringLiteral("1")).ok);
    }
    const QByteArray bytes = readAll(path);
    const QFileDevice::Permissions readOnly =
        QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(path, readOnly)); // 0444

    // Also as root (CI), who could write to it anyway: the mode says no.
    Store store;
    const StoreError error = store.open(path);
    QCOMPARE(error.kind, StoreError::Kind::ReadOnly);
    QVERIFY2(error.message.contains(QLatin1String("read-only")), qPrintable(error.message));
    QVERIFY(!store.isOpen());
    QCOMPARE(modeOf(path), readOnly);
    QCOMPARE(readAll(path), bytes);
}

void tst_Store::lockedDatabaseIsAClearErrorAtOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.db"));
    Store holder(QStringLiteral("holder"));
    QVERIFY(holder.open(path).isOk());
    QSqlQuery hold(holder.database());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

    Store store(QStringLiteral("second"));
    store.setBusyTimeout(300);
    QElapsedTimer timer;
    timer.start();
    const StoreError error = store.open(path);
    QCOMPARE(error.kind, StoreError::Kind::Locked);
    QVERIFY(timer.elapsed() >= 250); // it waited for the busy timeout first
    QVERIFY2(error.message.contains(QLatin1String("locked")), qPrintable(error.message));
    QVERIFY(!store.isOpen());

    // A short lock is waited for.
    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    QVERIFY(store.open(path).isOk());
}

void tst_Store::failedWriteReportsTheDatabaseError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    Store holder(QStringLiteral("holder"));
    QVERIFY(holder.open(path).isOk());
    Store store(QStringLiteral("writer"));
    store.setBusyTimeout(200);
    QVERIFY(store.open(path).isOk());
    QSqlQuery hold(holder.database());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("query failed")));
    const StoreResult cursor = store.setCursor(QStringLiteral("a"), QStringLiteral("1"));
    QVERIFY(!cursor.ok);
    QVERIFY2(cursor.error.contains(QLatin1String("locked")), qPrintable(cursor.error));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("query failed")));
    const StoreResult transaction = store.inTransaction(
        [&store] { return store.setCursor(QStringLiteral("b"), QStringLiteral("2")).ok; });
    QVERIFY(!transaction.ok);
    QVERIFY(!transaction.error.isEmpty());

    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    QVERIFY(store.setCursor(QStringLiteral("a"), QStringLiteral("1")).ok);
    QCOMPARE(holder.cursor(QStringLiteral("a")), QStringLiteral("1"));
}

void tst_Store::secondLockNamesTheHolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leadbridge.db"));
    DatabaseLock first(path);
    QString error;
    QVERIFY2(first.tryLock(&error), qPrintable(error));
    QVERIFY(QFile::exists(DatabaseLock::lockPath(path)));

    DatabaseLock second(path);
    QVERIFY(!second.tryLock(&error));
    QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
    QVERIFY2(error.contains(QSysInfo::machineHostName()), qPrintable(error));
    QVERIFY(error.contains(path));
}

void tst_Store::staleLockIsTakenOver()
{
    // A lock left by a process that has ended (a crash, a kill -9) does not block the next start.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leadbridge.db"));
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList());
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    writeFile(DatabaseLock::lockPath(path),
        QByteArray::number(pid) + "\nleadbridge\n" + QSysInfo::machineHostName().toUtf8() + "\n");

    DatabaseLock lock(path);
    QString error;
    QVERIFY2(lock.tryLock(&error), qPrintable(error));
}

void tst_Store::transactionRollsBack()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("t.db"))).isOk());
    bool written = false;
    const StoreResult committed = store.inTransaction([&] {
        written = store.setCursor(QStringLiteral("a"), QStringLiteral("1")).ok;
        return false;
    });
    QVERIFY(written);
    QVERIFY(!committed.ok);
    QCOMPARE(store.cursor(QStringLiteral("a")), QString());
    QVERIFY(
        store.inTransaction([&store] { return store.setCursor(QStringLiteral("a"), QStringLiteral("2")).ok; })
            .ok);
    QCOMPARE(store.cursor(QStringLiteral("a")), QStringLiteral("2"));
}

void tst_Store::cursorsPersistAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.db"));
    {
        Store store;
        QVERIFY(store.open(path).isOk());
        QVERIFY(store.setCursor(QStringLiteral("history.sinceId"), QStringLiteral("9001")).ok);
        QVERIFY(store.setCursor(QStringLiteral("history.sinceId"), QStringLiteral("9002")).ok);
    }
    Store store;
    QVERIFY(store.open(path).isOk());
    QCOMPARE(store.cursor(QStringLiteral("history.sinceId")), QStringLiteral("9002"));
}

void tst_Store::oneConnectionPerThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("threads.db"));
    Store main(QStringLiteral("ui"));
    QVERIFY(main.open(path).isOk());
    QString workerConnection;
    bool workerOk = false;
    QThread *thread = QThread::create([&] {
        Store worker(QStringLiteral("engine"));
        workerOk = worker.open(path).isOk()
            && worker.setCursor(QStringLiteral("w"), QStringLiteral("from worker")).ok;
        workerConnection = worker.database().connectionName();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(workerOk);
    QVERIFY(workerConnection != main.database().connectionName());
    QCOMPARE(main.cursor(QStringLiteral("w")), QStringLiteral("from worker"));
}

void tst_Store::integrityIsCheckedOnlyAfterAnUncleanShutdown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clean.db"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.db"));
    {
        Store first;
        QVERIFY(first.open(path).isOk());
        QVERIFY(!first.integrityChecked()); // a new file
        QVERIFY(first.setCursor(QStringLiteral("x"), QStringLiteral("1")).ok);
        // A second connection of the same process (the GUI's beside the engine's) does not check again.
        Store second;
        QVERIFY(second.open(path).isOk());
        QVERIFY(!second.integrityChecked());
        // The files as a crash would leave them: copied while the connections are open.
        for (const QString &suffix : { QString(), QStringLiteral("-wal") })
            QVERIFY(QFile::copy(path + suffix, crashed + suffix));
    } // both closed cleanly

    Store reopened;
    QVERIFY(reopened.open(path).isOk());
    QVERIFY2(!reopened.integrityChecked(), "checked after a clean shutdown");
    QCOMPARE(reopened.cursor(QStringLiteral("x")), QStringLiteral("1"));

    Store afterCrash;
    QVERIFY(afterCrash.open(crashed).isOk());
    QVERIFY2(afterCrash.integrityChecked(), "not checked after an unclean shutdown");
    QCOMPARE(afterCrash.cursor(QStringLiteral("x")), QStringLiteral("1"));
    afterCrash.close();
    // Closed cleanly this time: the next start skips the check.
    QVERIFY(afterCrash.open(crashed).isOk());
    QVERIFY(!afterCrash.integrityChecked());
}

void tst_Store::verifyIntegrityFindsDamageWithoutMovingTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sound.db"));
    Store store;
    QVERIFY(store.open(path).isOk());
    QStringList problems { QStringLiteral("stale") };
    QVERIFY(store.verifyIntegrity(&problems));
    QVERIFY(problems.isEmpty());
    store.close();

    // Damaged while LeadBridge thinks it was shut down cleanly: open() trusts it, the check on demand
    // finds the damage and reports it, and the file stays where it is.
    const QString broken = dir.filePath(QStringLiteral("broken.db"));
    {
        Store writer;
        QVERIFY(writer.open(broken).isOk());
        for (int i = 0; i < 300; ++i)
            QVERIFY(writer.setCursor(QStringLiteral("c%1").arg(i), QString(300, QLatin1Char('x'))).ok);
    }
    QByteArray bytes = readAll(broken);
    QVERIFY(bytes.size() > 3 * 4096);
    for (qsizetype i = bytes.size() - 4096; i < bytes.size(); ++i)
        bytes[i] = char(0x5a);
    writeFile(broken, bytes);
    Store damaged;
    QVERIFY(damaged.open(broken).isOk());
    QVERIFY(!damaged.integrityChecked());
    QVERIFY(!damaged.verifyIntegrity(&problems));
    QVERIFY(!problems.isEmpty());
    QVERIFY(QFile::exists(broken));
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
