#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/dealmodel.h"
#include "store/store.h"
#include "uitestdata.h"

using namespace LeadBridge;

class tst_DealModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsBindingsAndStates();
    void filtersAndSorts();
    void opensHundredThousandRows();

private:
    QTemporaryDir m_dir;
};

void tst_DealModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_DealModel::showsBindingsAndStates()
{
    Store store(QStringLiteral("ui-test"));
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("a.db"))).isOk());
    TestSupport::seedLeads(store, 100);
    TestSupport::seedDeals(store, 60);
    DealModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 60);
    const auto cell = [&model](qint64 orderId, int column) {
        return model.index(model.rowOfId(orderId), column).data().toString();
    };
    // Deal 1: bound to request 512340001, whose lead came from google.
    QCOMPARE(cell(10001, DealModel::LeadColumn), QStringLiteral("Request 512340001 · google"));
    QCOMPARE(cell(10005, DealModel::LeadColumn), QStringLiteral("Lead not found"));
    QCOMPARE(cell(10013, DealModel::LeadColumn), QStringLiteral("No contacts"));
    QCOMPARE(cell(10002, DealModel::LeadColumn), QStringLiteral("Matched by Calltouch"));
    QCOMPARE(cell(10009, DealModel::StateColumn), QStringLiteral("Failed"));
    // The sentence is made from the stored code; Calltouch's own text stays behind "Details".
    QCOMPARE(cell(10009, DealModel::ErrorColumn), QStringLiteral("Calltouch rejected this deal."));
    QCOMPARE(cell(10003, DealModel::StateColumn), QStringLiteral("In Calltouch"));
    QVERIFY(!cell(10003, DealModel::PushedColumn).isEmpty());
    QCOMPARE(cell(10001, DealModel::StateColumn), QStringLiteral("Waiting"));
    QVERIFY(model.index(model.rowOfId(10005), DealModel::LeadColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("12 months")));
}

void tst_DealModel::filtersAndSorts()
{
    Store store(QStringLiteral("ui-test"));
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("b.db"))).isOk());
    TestSupport::seedDeals(store, 700);
    DealModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatusFilter(QStringLiteral("not-found"));
    QCOMPARE(model.matchingCount(),
        store.scalar(QStringLiteral("SELECT COUNT(*) FROM deals WHERE binding_kind='not-found'")).toInt());
    QCOMPARE(model.index(0, DealModel::LeadColumn).data().toString(), QStringLiteral("Lead not found"));
    model.setStatusFilter(QStringLiteral("failed"));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, DealModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    model.setStatusFilter(QString());
    model.sort(DealModel::RevenueColumn, Qt::DescendingOrder);
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1, DealModel::RevenueColumn).data(PagedTableModel::SortRole).toDouble()
            >= model.index(row, DealModel::RevenueColumn).data(PagedTableModel::SortRole).toDouble());
    }
    model.setTextFilter(QStringLiteral("орлова"));
    QCOMPARE(model.matchingCount(),
        store.scalar(QStringLiteral("SELECT COUNT(*) FROM deals WHERE manager LIKE 'Орлова%'")).toInt());
    model.setTextFilter(QStringLiteral("10123A"));
    QCOMPARE(model.rowCount(), 1);
}

void tst_DealModel::opensHundredThousandRows()
{
    Store store(QStringLiteral("ui-test"));
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("c.db"))).isOk());
    TestSupport::seedDeals(store, 100000);
    DealModel model(&store);
    QCOMPARE(model.rowCount(), PagedTableModel::kChunk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.matchingCount(), 100000);
    model.sort(DealModel::RevenueColumn, Qt::AscendingOrder);
    QVERIFY(model.rowCount() <= 3 * PagedTableModel::kChunk);
    model.setStatusFilter(QStringLiteral("no-contacts"));
    QVERIFY(model.matchingCount() > 1000);
}

QTEST_MAIN(tst_DealModel)
#include "tst_dealmodel.moc"
