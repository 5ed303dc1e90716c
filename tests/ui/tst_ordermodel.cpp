#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/ordermodel.h"
#include "store/store.h"
#include "uitestdata.h"

using namespace LeadBridge;

class tst_OrderModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsOrdersWithTheirLead();
    void filtersAndSorts();
    void opensHundredThousandRows();

private:
    QTemporaryDir m_dir;
};

void tst_OrderModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_OrderModel::showsOrdersWithTheirLead()
{
    Store store(QStringLiteral("ui-test"));
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("a.db"))).isOk());
    TestSupport::seedLeads(store, 200);
    TestSupport::seedOrders(store);
    OrderModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // One row per lead that reached an order (created, updated, skipped or matched).
    const int orders = store
                           .scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE order_id IS NOT NULL"
                                                  " AND state IN ('done','skipped')"))
                           .toInt();
    QVERIFY(orders > 100);
    QCOMPARE(model.rowCount(), orders);
    QCOMPARE(model.columnCount(), int(OrderModel::ColumnCount));
    const int row = model.rowOfId(4); // lead 4: an updated order
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, OrderModel::NumberColumn).data().toString(), QStringLiteral("10004A"));
    QCOMPARE(model.index(row, OrderModel::ActionColumn).data().toString(), QStringLiteral("Updated"));
    QCOMPARE(model.index(row, OrderModel::LeadColumn).data().toString(), QStringLiteral("Request 512340004"));
    QCOMPARE(model.index(row, 0).data(OrderModel::LeadIdRole).toLongLong(), 4);
    QVERIFY(!model.index(row, OrderModel::TimeColumn).data().toString().isEmpty());
    QVERIFY(model.index(row, OrderModel::ReasonColumn).data().toString().contains(QStringLiteral("open")));
}

void tst_OrderModel::filtersAndSorts()
{
    Store store(QStringLiteral("ui-test"));
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("b.db"))).isOk());
    TestSupport::seedLeads(store, 600);
    TestSupport::seedOrders(store);
    OrderModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatusFilter(QStringLiteral("skipped"));
    QCOMPARE(model.matchingCount(),
        store
            .scalar(
                QStringLiteral("SELECT COUNT(*) FROM leads WHERE state='skipped' AND order_id IS NOT NULL"))
            .toInt());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, OrderModel::ActionColumn).data().toString(), QStringLiteral("Skipped"));
    model.setStatusFilter(QString());
    model.setTextFilter(QStringLiteral("мебель-нет"));
    QCOMPARE(model.rowCount(), 0);
    model.setTextFilter(QStringLiteral("outlet"));
    QCOMPARE(model.matchingCount(),
        store
            .scalar(QStringLiteral("SELECT COUNT(*) FROM orders o JOIN leads l ON l.order_id = o.order_id"
                                   " WHERE o.site='outlet' AND l.state IN ('done','skipped')"))
            .toInt());
    model.setTextFilter(QStringLiteral("звонок от"));
    QVERIFY(model.rowCount() > 0);
    model.setTextFilter(QString());
    model.sort(OrderModel::NumberColumn, Qt::AscendingOrder);
    QVERIFY(model.index(0, OrderModel::NumberColumn).data(PagedTableModel::SortRole).toLongLong()
        < model.index(1, OrderModel::NumberColumn).data(PagedTableModel::SortRole).toLongLong());
    model.sort(OrderModel::ShopColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, OrderModel::ShopColumn).data().toString(), QStringLiteral("outlet"));
}

void tst_OrderModel::opensHundredThousandRows()
{
    Store store(QStringLiteral("ui-test"));
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("c.db"))).isOk());
    // 116 000 leads as the engine settles them: over 100 000 reached an order (the rest failed, had no
    // contact or still wait).
    TestSupport::seedLeads(store, 116000);
    const auto count = [&store](const QString &where) {
        return store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE ") + where).toInt();
    };
    const int orders = count(QStringLiteral("1"));
    QVERIFY(orders >= 100000);
    OrderModel model(&store);
    QCOMPARE(model.rowCount(), PagedTableModel::kChunk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.matchingCount(), orders);
    model.setStatusFilter(QStringLiteral("updated"));
    QVERIFY(count(QStringLiteral("action='updated'")) > 10000);
    QCOMPARE(model.matchingCount(), count(QStringLiteral("action='updated'")));
    model.setTextFilter(QStringLiteral("109999A"));
    QCOMPARE(model.rowCount(), 0); // lead 99999 created a customer and order 109999, it updated none
    model.setStatusFilter(QString());
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(tst_OrderModel)
#include "tst_ordermodel.moc"
