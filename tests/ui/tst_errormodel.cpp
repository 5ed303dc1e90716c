#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/errormodel.h"
#include "store/store.h"
#include "uitestdata.h"

using namespace LeadBridge;

class tst_ErrorModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsErrors();
    void filtersAndSorts();
    void opensHundredThousandRows();

private:
    QTemporaryDir m_dir;
};

void tst_ErrorModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ErrorModel::showsErrors()
{
    Store store(QStringLiteral("ui-test"));
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("a.db"))).isOk());
    TestSupport::seedDeals(store, 10);
    TestSupport::seedErrors(store, 10);
    ErrorModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The ten errors and the open error of deal 10009, which Calltouch refused hours ago.
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(10, ErrorModel::ItemColumn).data(ErrorModel::ItemRole).toString(),
        QStringLiteral("deal:10009"));
    QCOMPARE(
        model.index(10, ErrorModel::ItemColumn).data().toString(), QStringLiteral("Deal of order 10009A"));
    // Newest first: error 1.
    QCOMPARE(model.index(0, ErrorModel::ItemColumn).data(ErrorModel::ItemRole).toString(),
        QStringLiteral("lead:request:512340001"));
    QCOMPARE(model.index(0, ErrorModel::ItemColumn).data().toString(), QStringLiteral("Request 512340001"));
    QCOMPARE(model.index(0, ErrorModel::DirectionColumn).data().toString(),
        QStringLiteral("Calltouch → retailCRM"));
    QCOMPARE(
        model.index(1, ErrorModel::ItemColumn).data().toString(), QStringLiteral("Deal of order 10002A"));
    QCOMPARE(model.index(2, ErrorModel::ResolvedColumn).data().toString(), QStringLiteral("Yes"));
    QVERIFY(model.index(2, ErrorModel::NextRetryColumn).data().toString().isEmpty());
    QVERIFY(!model.index(0, ErrorModel::NextRetryColumn).data().toString().isEmpty());
}

void tst_ErrorModel::filtersAndSorts()
{
    Store store(QStringLiteral("ui-test"));
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("b.db"))).isOk());
    TestSupport::seedErrors(store, 90);
    ErrorModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatusFilter(QStringLiteral("open"));
    QCOMPARE(model.rowCount(), 60);
    model.setStatusFilter(QStringLiteral("resolved"));
    QCOMPARE(model.rowCount(), 30);
    model.setStatusFilter(QStringLiteral("deals"));
    QCOMPARE(model.rowCount(), 45);
    model.setStatusFilter(QString());
    model.setTextFilter(QStringLiteral("rate-limited")); // the search finds codes and parameters
    QCOMPARE(model.rowCount(), 45);
    model.setTextFilter(QStringLiteral("lead:chat"));
    QCOMPARE(model.rowCount(), 15);
    model.setTextFilter(QString());
    model.sort(ErrorModel::AttemptsColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ErrorModel::AttemptsColumn).data().toInt(), 4);
    model.sort(ErrorModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, ErrorModel::ItemColumn).data(ErrorModel::ItemRole).toString(),
        QStringLiteral("deal:10090"));
}

void tst_ErrorModel::opensHundredThousandRows()
{
    Store store(QStringLiteral("ui-test"));
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("c.db"))).isOk());
    TestSupport::seedErrors(store, 100000);
    ErrorModel model(&store);
    QCOMPARE(model.rowCount(), PagedTableModel::kChunk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.matchingCount(), 100000);
    model.setStatusFilter(QStringLiteral("open"));
    QVERIFY(model.rowCount() <= 3 * PagedTableModel::kChunk);
    QCOMPARE(model.matchingCount(), 66667);
}

QTEST_MAIN(tst_ErrorModel)
#include "tst_errormodel.moc"
