// The CRM's names of statuses and shops: loaded by the engine from the simulated retailCRM's reference
// books into the store, joined by the orders and deals queries; the rows keep the codes.
#include <QTest>

#include "store/queries/dealstable.h"
#include "store/queries/orderstable.h"
#include "store/referencenames.h"
#include "syncfixture.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

class tst_ReferenceNames : public QObject
{
    Q_OBJECT
private slots:
    void engineKeepsTheCrmNames();
    void namesFollowTheCrm();
    void replaceWritesOnlyChanges();
};

namespace {

qint64 addOrder(SyncFixture &f, const QString &status, const QString &site, const QString &phone)
{
    RetailCrm::Order order;
    order.site = site;
    order.phone = phone;
    order.status = status;
    order.totalSumm = QStringLiteral("1500.50");
    order.createdAt = f.now.addSecs(-3600);
    return f.crm->addOrder(order);
}

} // namespace

void tst_ReferenceNames::engineKeepsTheCrmNames()
{
    SyncFixture f;
    f.config.dealSync = true;
    const qint64 assembling =
        addOrder(f, QStringLiteral("assembling"), QStringLiteral("outlet"), QStringLiteral("+79160000001"));
    const qint64 prepayed =
        addOrder(f, QStringLiteral("prepayed"), QStringLiteral("main-shop"), QStringLiteral("+79160000002"));
    // A call whose lead creates an order in the default shop (the first by ordering: "Main shop").
    f.ct->addCall(f.now.addSecs(-3600), QStringLiteral("+79160000009"), QStringLiteral("yandex"));
    f.makeEngine();
    const SyncSummary summary = f.cycle();
    QVERIFY(summary.storeError.isEmpty());

    Store store(QStringLiteral("test"));
    QVERIFY(store.open(f.databasePath()).isOk());
    const QHash<QString, QString> statuses = ReferenceNames::read(store, ReferenceNames::Kind::Status);
    QCOMPARE(statuses.value(QStringLiteral("assembling")), QStringLiteral("Комплектуется"));
    QCOMPARE(statuses.value(QStringLiteral("new")), QStringLiteral("Новый"));
    const QHash<QString, QString> sites = ReferenceNames::read(store, ReferenceNames::Kind::Site);
    QCOMPARE(sites.size(), 2);
    QCOMPARE(sites.value(QStringLiteral("main-shop")), QStringLiteral("Main shop"));
    QCOMPARE(sites.value(QStringLiteral("outlet")), QStringLiteral("Outlet"));

    const std::optional<DealRecord> deal = DealsTable::query().row(&store, assembling);
    QVERIFY(deal);
    QCOMPARE(deal->status, QStringLiteral("assembling")); // the row keeps the code
    QCOMPARE(deal->statusName, QStringLiteral("Комплектуется"));
    QCOMPARE(deal->site, QStringLiteral("outlet"));
    QCOMPARE(deal->siteName, QStringLiteral("Outlet"));
    std::optional<DealRecord> other = DealsTable::query().row(&store, prepayed);
    QVERIFY(other);
    QCOMPARE(other->statusName, QStringLiteral("Предоплата поступила"));
    QCOMPARE(other->siteName, QStringLiteral("Main shop"));
    // A status the CRM's book no longer has (deleted there): no name, the table shows the code.
    QHash<QString, QString> remaining = statuses;
    remaining.remove(QStringLiteral("prepayed"));
    QList<ReferenceNames::Entry> entries;
    for (auto it = remaining.cbegin(); it != remaining.cend(); ++it)
        entries.append({ it.key(), it.value() });
    QVERIFY(ReferenceNames::replace(store, ReferenceNames::Kind::Status, entries).ok);
    other = DealsTable::query().row(&store, prepayed);
    QVERIFY(other);
    QCOMPARE(other->status, QStringLiteral("prepayed"));
    QVERIFY(other->statusName.isEmpty());

    // The lead's new order, in the orders table, with its shop's name.
    const QVector<OrderRecord> orders = OrdersTable::query().page(&store, TableRequest(), 0, 10);
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().site, QStringLiteral("main-shop"));
    QCOMPARE(orders.first().siteName, QStringLiteral("Main shop"));

    // The filter finds rows by the names shown, not only by the codes.
    TableRequest byName;
    byName.text = QStringLiteral("комплектуется");
    QCOMPARE(DealsTable::query().count(&store, byName), 1);
}

void tst_ReferenceNames::namesFollowTheCrm()
{
    SyncFixture f;
    f.makeEngine();
    f.cycle();
    QCOMPARE(f.sql(QStringLiteral("SELECT name FROM reference_names WHERE kind='site' AND code='outlet'"))
                 .toString(),
        QStringLiteral("Outlet"));
    RetailCrm::Site renamed;
    renamed.code = QStringLiteral("outlet");
    renamed.name = QStringLiteral("Дисконт-центр");
    renamed.ordering = 2;
    f.crm->addSite(renamed);
    // The reference books are read again after ten minutes.
    f.now = f.now.addSecs(11 * 60);
    f.cycle();
    QCOMPARE(f.sql(QStringLiteral("SELECT name FROM reference_names WHERE kind='site' AND code='outlet'"))
                 .toString(),
        QStringLiteral("Дисконт-центр"));
    QCOMPARE(f.sql(QStringLiteral("SELECT COUNT(*) FROM reference_names WHERE kind='site'")).toInt(), 2);
}

void tst_ReferenceNames::replaceWritesOnlyChanges()
{
    QTemporaryDir dir;
    Store store(QStringLiteral("test"));
    QVERIFY(store.open(dir.filePath(QStringLiteral("names.db"))).isOk());
    using Kind = ReferenceNames::Kind;
    const QList<ReferenceNames::Entry> first { { QStringLiteral("new"), QStringLiteral("Новый") },
        { QStringLiteral("3"), QString() }, { QStringLiteral("complete"), QStringLiteral("Выполнен") } };
    StoreResult result = ReferenceNames::replace(store, Kind::Status, first);
    QVERIFY(result.ok);
    QVERIFY(result.changed);
    QHash<QString, QString> names = ReferenceNames::read(store, Kind::Status);
    QCOMPARE(names.size(), 3);
    QCOMPARE(names.value(QStringLiteral("3")), QStringLiteral("3")); // no name: the code
    result = ReferenceNames::replace(store, Kind::Status, first);
    QVERIFY(result.ok);
    QVERIFY(!result.changed);
    // Another kind is separate; a code the CRM dropped goes.
    QVERIFY(
        ReferenceNames::replace(store, Kind::Site, { { QStringLiteral("new"), QStringLiteral("Shop") } }).ok);
    result = ReferenceNames::replace(store, Kind::Status, { first.at(0) });
    QVERIFY(result.ok && result.changed);
    names = ReferenceNames::read(store, Kind::Status);
    QCOMPARE(names.keys(), QList<QString> { QStringLiteral("new") });
    QCOMPARE(ReferenceNames::read(store, Kind::Site).value(QStringLiteral("new")), QStringLiteral("Shop"));
}

QTEST_GUILESS_MAIN(tst_ReferenceNames)
#include "tst_referencenames.moc"
