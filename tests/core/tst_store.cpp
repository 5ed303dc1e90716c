#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

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
    void transactionRollsBack();
    void cursorsPersistAcrossReopen();
    void oneConnectionPerThread();
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
        QVERIFY(store.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    Store store;
    const StoreError error = store.open(path);
    QCOMPARE(error.kind, StoreError::Kind::TooNew);
    QVERIFY(error.message.contains(QLatin1String("99")));
    QVERIFY(!store.isOpen());
    QVERIFY(QFile::exists(path));
}

void tst_Store::corruptFileIsKeptAsideAndReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray garbage(8192, 'x');
    file.write("this is not SQLite at all ");
    file.write(garbage);
    file.close();

    Store store;
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("database is corrupt")));
    const StoreError error = store.open(path);
    QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    QVERIFY(!error.keptAsidePath.isEmpty());
    QVERIFY(QFile::exists(error.keptAsidePath));
    QFile kept(error.keptAsidePath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().startsWith("this is not SQLite"));
    QVERIFY(error.message.contains(error.keptAsidePath));
}

void tst_Store::transactionRollsBack()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("t.db"))).isOk());
    const bool committed = store.inTransaction([&store] {
        store.setCursor(QStringLiteral("a"), QStringLiteral("1"));
        return false;
    });
    QVERIFY(!committed);
    QCOMPARE(store.cursor(QStringLiteral("a")), QString());
    QVERIFY(
        store.inTransaction([&store] { return store.setCursor(QStringLiteral("a"), QStringLiteral("2")); }));
    QCOMPARE(store.cursor(QStringLiteral("a")), QStringLiteral("2"));
}

void tst_Store::cursorsPersistAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.db"));
    {
        Store store;
        QVERIFY(store.open(path).isOk());
        QVERIFY(store.setCursor(QStringLiteral("history.sinceId"), QStringLiteral("9001")));
        QVERIFY(store.setCursor(QStringLiteral("history.sinceId"), QStringLiteral("9002")));
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
        workerOk =
            worker.open(path).isOk() && worker.setCursor(QStringLiteral("w"), QStringLiteral("from worker"));
        workerConnection = worker.database().connectionName();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(workerOk);
    QVERIFY(workerConnection != main.database().connectionName());
    QCOMPARE(main.cursor(QStringLiteral("w")), QStringLiteral("from worker"));
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
