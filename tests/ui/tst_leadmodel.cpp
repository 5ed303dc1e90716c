#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/leadmodel.h"
#include "store/store.h"
#include "store/syncstore.h"
#include "uitestdata.h"

using namespace LeadBridge;

class tst_LeadModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStoreHasNoRows();
    void fetchesInChunks();
    void sortsInSql();
    void filtersByText();
    void filtersByPhoneDigits();
    void filtersByStatus();
    void reloadKeepsLoadedRows();
    void retranslateUpdatesHeaders();
    void opensHundredThousandRows();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void tst_LeadModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_LeadModel::init()
{
    m_store = std::make_unique<Store>(QStringLiteral("ui-test"));
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    QVERIFY(m_store->open(path).isOk());
}

void tst_LeadModel::cleanup()
{
    m_store.reset();
}

void tst_LeadModel::emptyStoreHasNoRows()
{
    LeadModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(LeadModel::ColumnCount));
    QVERIFY(!model.canFetchMore({}));
    LeadModel detached(nullptr);
    QCOMPARE(detached.rowCount(), 0);
}

void tst_LeadModel::fetchesInChunks()
{
    TestSupport::seedLeads(*m_store, 1200);
    LeadModel model(m_store.get());
    QCOMPARE(model.rowCount(), PagedTableModel::kChunk);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * PagedTableModel::kChunk);
    // The tester fetches more itself, as a view would.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1200);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.matchingCount(), 1200);
    // Every id once.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.idAt(row));
    QCOMPARE(ids.size(), 1200);
    QCOMPARE(model.rowOfId(model.idAt(700)), 700);
}

void tst_LeadModel::sortsInSql()
{
    TestSupport::seedLeads(*m_store, 800);
    LeadModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Default: newest first.
    QCOMPARE(model.sortColumn(), int(LeadModel::TimeColumn));
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1, LeadModel::TimeColumn).data(PagedTableModel::SortRole).toLongLong()
            >= model.index(row, LeadModel::TimeColumn).data(PagedTableModel::SortRole).toLongLong());
    }
    model.sort(LeadModel::TimeColumn, Qt::AscendingOrder);
    QVERIFY(model.index(0, LeadModel::TimeColumn).data(PagedTableModel::SortRole).toLongLong()
        <= model.index(1, LeadModel::TimeColumn).data(PagedTableModel::SortRole).toLongLong());
    model.sort(LeadModel::AttemptsColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, LeadModel::AttemptsColumn).data(PagedTableModel::SortRole).toInt(), 3);
    model.sort(LeadModel::KindColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, LeadModel::KindColumn).data().toString(), QStringLiteral("Call"));
    model.sort(LeadModel::KindColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, LeadModel::KindColumn).data().toString(), QStringLiteral("Request"));
    // The sort covers all rows, not only the loaded ones: the last loaded row of a full fetch agrees.
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 800);
    QCOMPARE(model.index(799, LeadModel::KindColumn).data().toString(), QStringLiteral("Call"));
}

void tst_LeadModel::filtersByText()
{
    TestSupport::seedLeads(*m_store, 900);
    LeadModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTextFilter(QStringLiteral("client41@example.ru"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, LeadModel::ContactColumn).data().toString().isEmpty(), false);
    // Cyrillic, typed in lower case, finds the capitalised name.
    model.setTextFilter(QStringLiteral("ольга"));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.matchingCount(), model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, LeadModel::ContactColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Ольга")));
    model.setTextFilter(QStringLiteral("spring_sale"));
    QCOMPARE(model.matchingCount(), 180);
    model.setTextFilter(QStringLiteral("100% no such"));
    QCOMPARE(model.rowCount(), 0);
    model.setTextFilter(QString());
    QCOMPARE(model.matchingCount(), 900);
}

void tst_LeadModel::filtersByPhoneDigits()
{
    TestSupport::seedLeads(*m_store, 300);
    LeadModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString phone = TestSupport::samplePhone(1); // +7999xxxxxxx
    const QString national = QStringLiteral("8 (%1) %2-%3-%4")
                                 .arg(phone.mid(2, 3), phone.mid(5, 3), phone.mid(8, 2), phone.mid(10, 2));
    model.setTextFilter(national);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, LeadModel::ContactColumn).data().toString(), phone);
}

void tst_LeadModel::filtersByStatus()
{
    TestSupport::seedLeads(*m_store, 1000);
    LeadModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto options = model.statusOptions();
    QVERIFY(options.size() >= 6);
    QVERIFY(options.first().key.isEmpty());
    const int failed =
        m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE state='failed'")).toInt();
    QVERIFY(failed > 0);
    model.setStatusFilter(QStringLiteral("failed"));
    QCOMPARE(model.rowCount(), failed);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(
            model.index(row, LeadModel::StateColumn).data().toString().startsWith(QStringLiteral("Failed")));
    model.setStatusFilter(QStringLiteral("no_contact"));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, LeadModel::StateColumn).data().toString(), QStringLiteral("No contact"));
    QVERIFY(model.index(0, LeadModel::ReasonColumn).data().toString().contains(QStringLiteral("neither")));
    // Status and text together.
    model.setStatusFilter(QStringLiteral("updated"));
    const int updated = model.matchingCount();
    model.setTextFilter(QStringLiteral("yandex"));
    QVERIFY(model.matchingCount() < updated);
    QVERIFY(model.matchingCount() > 0);
    model.setStatusFilter(QString());
    model.setTextFilter(QString());
    QCOMPARE(model.matchingCount(), 1000);
}

void tst_LeadModel::reloadKeepsLoadedRows()
{
    TestSupport::seedLeads(*m_store, 1100);
    LeadModel model(m_store.get());
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int loaded = model.rowCount();
    QVERIFY(loaded >= 1000);
    // A lead still waiting (the second newest) fails in the queue, as LeadJob::fail writes it.
    const int row = 1;
    const qint64 id = model.idAt(row);
    QCOMPARE(model.index(row, LeadModel::StateColumn).data().toString(), QStringLiteral("Waiting"));
    SyncStore sync(*m_store);
    const Problem timeout = Problem::make(Db::ErrorCode::Timeout);
    const qint64 now = TestSupport::uiTestNowMs();
    QVERIFY(m_store
                ->inTransaction([&] {
                    return sync.setLeadFailed(id, timeout, 1, now + 60000, now).ok
                        && sync.recordError(Db::ErrorDirection::Leads, QStringLiteral("lead:chat:512340002"),
                                   timeout, 1, now + 60000, now)
                               .ok;
                })
                .ok);
    model.reload();
    QCOMPARE(model.rowCount(), loaded);
    QCOMPARE(model.index(model.rowOfId(id), LeadModel::StateColumn).data().toString(),
        QStringLiteral("Failed, will retry"));
}

void tst_LeadModel::retranslateUpdatesHeaders()
{
    TestSupport::seedLeads(*m_store, 10);
    LeadModel model(m_store.get());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(cells.count(), 1);
    QCOMPARE(
        model.headerData(LeadModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("What happened"));
}

void tst_LeadModel::opensHundredThousandRows()
{
    TestSupport::seedLeads(*m_store, 100000);
    LeadModel model(m_store.get());
    QCOMPARE(model.rowCount(), PagedTableModel::kChunk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Only what was asked for is loaded.
    QVERIFY(model.rowCount() <= 3 * PagedTableModel::kChunk);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.matchingCount(), 100000);
    model.sort(LeadModel::ContactColumn, Qt::AscendingOrder);
    QVERIFY(model.rowCount() <= 3 * PagedTableModel::kChunk);
    QVERIFY(model.index(0, LeadModel::ContactColumn).data().toString()
        <= model.index(1, LeadModel::ContactColumn).data().toString());
    model.setStatusFilter(QStringLiteral("failed"));
    QVERIFY(model.matchingCount() > 5000);
    model.setStatusFilter(QString());
    model.setTextFilter(QStringLiteral("512399999"));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(tst_LeadModel)
#include "tst_leadmodel.moc"
