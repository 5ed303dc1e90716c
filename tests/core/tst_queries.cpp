// The read side of the store (core/store/queries) against a real SQLite file: paging, sorting, text and
// status filters, the typed values of each table, the dashboard's numbers and the details.
#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "store/queries/dashboardquery.h"
#include "store/queries/detailsquery.h"
#include "store/store.h"
#include "store/syncstore.h"
#include "uitestdata.h"

using namespace LeadBridge;
using Kind = Calltouch::Lead::Kind;

class tst_Queries : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pagesCoverEveryRowOnce();
    void sortsEveryColumnBothWays();
    void keysetPagesMatchOneReadOfEverySort();
    void filtersByTextAndPhone();
    void filtersByStatus();
    void leadRowsCarryEnums();
    void dealRowsCarryTheBinding();
    void errorRowsResolveTheirItems();
    void orderRowsCarryTheirLead();
    void dashboardNumbers();
    void dashboardWithoutStore();
    void detailsOfEachKind();
    void closedStoreReadsNothing();

private:
    [[nodiscard]] static TableRequest request(int column, Qt::SortOrder order = Qt::DescendingOrder);
    /// The id of the error row of @p item (the seeds write errors through SyncStore::recordError, in the
    /// engine's order, so the ids are the store's).
    [[nodiscard]] qint64 errorId(const QString &item) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

TableRequest tst_Queries::request(int column, Qt::SortOrder order)
{
    TableRequest request;
    request.sortColumn = column;
    request.order = order;
    return request;
}

qint64 tst_Queries::errorId(const QString &item) const
{
    return m_store->scalar(QStringLiteral("SELECT id FROM errors WHERE item = ?"), { item }).toLongLong();
}

void tst_Queries::init()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<Store>(QStringLiteral("queries-test"));
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    QVERIFY(m_store->open(path).isOk());
}

void tst_Queries::cleanup()
{
    m_store.reset();
}

void tst_Queries::pagesCoverEveryRowOnce()
{
    TestSupport::seedLeads(*m_store, 1200);
    const auto &query = LeadsTable::query();
    const TableRequest newest = request(LeadsTable::TimeColumn);
    QCOMPARE(query.count(m_store.get(), newest), 1200);
    QSet<qint64> ids;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int offset = 0; offset < 1500; offset += 500) {
        const QVector<LeadRecord> page = query.page(m_store.get(), newest, offset, 500);
        QCOMPARE(page.size(), offset < 1000 ? 500 : 200);
        for (const LeadRecord &row : page) {
            QVERIFY(row.occurredAt <= previous);
            previous = row.occurredAt;
            ids.insert(row.id);
        }
    }
    QCOMPARE(ids.size(), 1200);
    QVERIFY(query.page(m_store.get(), newest, 1200, 500).isEmpty());
}

namespace {

/// Every row through keyset pages of @p pageSize, as the table views read them; the keys in order.
template <typename Row>
QList<qint64> keysetRead(const RowQuery<Row> &query, Store *store, const TableRequest &request, int pageSize)
{
    QList<qint64> ids;
    PageCursor cursor;
    for (int pages = 0; pages < 1000; ++pages) {
        const QVector<Row> page = query.page(store, request, &cursor, pageSize);
        for (const Row &row : page)
            ids << row.id;
        if (page.size() < pageSize)
            break;
    }
    return ids;
}

template <typename Row>
QList<qint64> oneRead(const RowQuery<Row> &query, Store *store, const TableRequest &request)
{
    QList<qint64> ids;
    for (const Row &row : query.page(store, request, 0, 100000))
        ids << row.id;
    return ids;
}

} // namespace

void tst_Queries::keysetPagesMatchOneReadOfEverySort()
{
    // Small pages over columns with many equal values (kind, state) and NULLs (an order without a lead):
    // the same rows in the same order as one read, none twice, none lost.
    TestSupport::seedLeads(*m_store, 700);
    TestSupport::seedOrders(*m_store);
    TestSupport::seedDeals(*m_store, 150);
    TestSupport::seedErrors(*m_store, 60);
    for (int i = 0; i < 30; ++i) {
        QVERIFY(m_store
                    ->exec(QStringLiteral(
                               "INSERT INTO orders(order_id, number, site, action, lead_id, updated_at)"
                               " VALUES(?, ?, 'shop', 'matched', NULL, ?)"),
                        { 990000 + i, QStringLiteral("N%1").arg(i), 1000 + i % 3 })
                    .ok);
    }
    for (const auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        for (int column = 0; column < LeadsTable::ColumnCount; ++column) {
            const TableRequest r = request(column, order);
            QCOMPARE(keysetRead(LeadsTable::query(), m_store.get(), r, 37),
                oneRead(LeadsTable::query(), m_store.get(), r));
        }
        for (int column = 0; column < OrdersTable::ColumnCount; ++column) {
            const TableRequest r = request(column, order);
            QCOMPARE(keysetRead(OrdersTable::query(), m_store.get(), r, 23),
                oneRead(OrdersTable::query(), m_store.get(), r));
        }
        for (int column = 0; column < DealsTable::ColumnCount; ++column) {
            const TableRequest r = request(column, order);
            QCOMPARE(keysetRead(DealsTable::query(), m_store.get(), r, 11),
                oneRead(DealsTable::query(), m_store.get(), r));
        }
        for (int column = 0; column < ErrorsTable::ColumnCount; ++column) {
            const TableRequest r = request(column, order);
            QCOMPARE(keysetRead(ErrorsTable::query(), m_store.get(), r, 7),
                oneRead(ErrorsTable::query(), m_store.get(), r));
        }
    }
    // With a filter too.
    TableRequest failed = request(LeadsTable::ContactColumn);
    failed.status = QStringLiteral("failed");
    QCOMPARE(keysetRead(LeadsTable::query(), m_store.get(), failed, 9),
        oneRead(LeadsTable::query(), m_store.get(), failed));
    QVERIFY(!oneRead(LeadsTable::query(), m_store.get(), failed).isEmpty());
}

void tst_Queries::sortsEveryColumnBothWays()
{
    TestSupport::seedLeads(*m_store, 300);
    TestSupport::seedOrders(*m_store);
    TestSupport::seedDeals(*m_store, 100);
    TestSupport::seedErrors(*m_store, 50);
    // The 50 errors and the open errors of the failed leads and of the deals Calltouch refused.
    const int errors = m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM errors")).toInt();
    QVERIFY(errors > 50);
    for (const auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        for (int column = 0; column < LeadsTable::ColumnCount; ++column)
            QCOMPARE(LeadsTable::query().page(m_store.get(), request(column, order), 0, 1000).size(), 300);
        for (int column = 0; column < OrdersTable::ColumnCount; ++column)
            QVERIFY(OrdersTable::query().page(m_store.get(), request(column, order), 0, 1000).size() > 100);
        for (int column = 0; column < DealsTable::ColumnCount; ++column)
            QCOMPARE(DealsTable::query().page(m_store.get(), request(column, order), 0, 1000).size(), 100);
        for (int column = 0; column < ErrorsTable::ColumnCount; ++column)
            QCOMPARE(
                ErrorsTable::query().page(m_store.get(), request(column, order), 0, 1000).size(), errors);
    }
    const QVector<LeadRecord> byAttempts =
        LeadsTable::query().page(m_store.get(), request(LeadsTable::AttemptsColumn), 0, 10);
    QCOMPARE(byAttempts.first().attempts, 3);
    const QVector<DealRecord> byRevenue = DealsTable::query().page(
        m_store.get(), request(DealsTable::RevenueColumn, Qt::AscendingOrder), 0, 100);
    for (int i = 1; i < byRevenue.size(); ++i)
        QVERIFY(byRevenue.at(i - 1).revenue.toDouble() <= byRevenue.at(i).revenue.toDouble());
    const QVector<ErrorRecord> oldest =
        ErrorsTable::query().page(m_store.get(), request(ErrorsTable::TimeColumn, Qt::AscendingOrder), 0, 1);
    // The deal refused longest ago: order 10099, created 99 hours ago.
    QCOMPARE(oldest.first().item.text, QStringLiteral("deal:10099"));
}

void tst_Queries::filtersByTextAndPhone()
{
    TestSupport::seedLeads(*m_store, 900);
    const auto &query = LeadsTable::query();
    TableRequest filter = request(LeadsTable::TimeColumn);
    filter.text = QStringLiteral("client41@example.ru");
    QCOMPARE(query.count(m_store.get(), filter), 1);
    QCOMPARE(query.page(m_store.get(), filter, 0, 10).first().id, 41);
    filter.text = QStringLiteral("ольга"); // lower case finds "Ольга"
    const QVector<LeadRecord> olgas = query.page(m_store.get(), filter, 0, 1000);
    QVERIFY(!olgas.isEmpty());
    for (const LeadRecord &row : olgas)
        QVERIFY(row.name.contains(QStringLiteral("Ольга")));
    const QString phone = TestSupport::samplePhone(1);
    filter.text = QStringLiteral("8 (%1) %2-%3-%4")
                      .arg(phone.mid(2, 3), phone.mid(5, 3), phone.mid(8, 2), phone.mid(10, 2));
    QCOMPARE(query.page(m_store.get(), filter, 0, 10).first().phone, phone);
    // A failure's code and detail are searchable; LIKE's wildcards are taken literally.
    filter.text = QStringLiteral("timeout");
    QCOMPARE(query.count(m_store.get(), filter),
        m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE state='failed'")).toInt());
    filter.text = QStringLiteral("100%");
    QCOMPARE(query.count(m_store.get(), filter), 0);
}

void tst_Queries::filtersByStatus()
{
    TestSupport::seedLeads(*m_store, 1000);
    TestSupport::seedOrders(*m_store);
    TestSupport::seedDeals(*m_store, 700);
    TestSupport::seedErrors(*m_store, 90);
    TableRequest filter = request(0);
    filter.status = QStringLiteral("failed");
    const QVector<LeadRecord> failed = LeadsTable::query().page(m_store.get(), filter, 0, 1000);
    QCOMPARE(failed.size(),
        m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE state='failed'")).toInt());
    for (const LeadRecord &row : failed)
        QCOMPARE(row.state, Db::LeadState::Failed);
    filter.status = QStringLiteral("created");
    for (const LeadRecord &row : LeadsTable::query().page(m_store.get(), filter, 0, 1000))
        QVERIFY(row.action == Db::LeadAction::CreatedOrder
            || row.action == Db::LeadAction::CreatedCustomerAndOrder);
    filter.status = QStringLiteral("updated");
    filter.text = QStringLiteral("yandex");
    const int updatedFromYandex = LeadsTable::query().count(m_store.get(), filter);
    QVERIFY(updatedFromYandex > 0);
    filter.text.clear();
    QVERIFY(LeadsTable::query().count(m_store.get(), filter) > updatedFromYandex);
    filter.status = QStringLiteral("skipped");
    for (const OrderRecord &row : OrdersTable::query().page(m_store.get(), filter, 0, 1000))
        QCOMPARE(row.action, Db::OrderAction::Skipped);
    filter.status = QStringLiteral("not-found");
    QCOMPARE(DealsTable::query().count(m_store.get(), filter),
        m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM deals WHERE binding_kind='not-found'")).toInt());
    filter.status = QStringLiteral("bound");
    for (const DealRecord &row : DealsTable::query().page(m_store.get(), filter, 0, 1000))
        QVERIFY(row.bindingKind == Db::BindingKind::Call || row.bindingKind == Db::BindingKind::Request
            || row.bindingKind == Db::BindingKind::Chain);
    // The errors: the 90 seeded ones and those the failed leads and refused deals left (open).
    const auto errors = [this](const QString &where) {
        return m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM errors WHERE ") + where).toInt();
    };
    QCOMPARE(errors(QStringLiteral("resolved=1")), 30);
    QVERIFY(errors(QStringLiteral("resolved=0")) > 60);
    filter.status = QStringLiteral("open");
    QCOMPARE(ErrorsTable::query().count(m_store.get(), filter), errors(QStringLiteral("resolved=0")));
    filter.status = QStringLiteral("deals");
    QCOMPARE(ErrorsTable::query().count(m_store.get(), filter), errors(QStringLiteral("direction='deals'")));
    filter.status = QStringLiteral("no-such-status"); // all rows
    QCOMPARE(ErrorsTable::query().count(m_store.get(), filter), errors(QStringLiteral("1")));
}

void tst_Queries::leadRowsCarryEnums()
{
    TestSupport::seedLeads(*m_store, 30);
    const std::optional<LeadRecord> failed = LeadsTable::query().row(m_store.get(), 11);
    QVERIFY(failed);
    QCOMPARE(failed->state, Db::LeadState::Failed);
    QCOMPARE(failed->reason, Db::LeadReason::Error);
    QCOMPARE(failed->failure.code, Db::ErrorCode::Timeout);
    QCOMPARE(failed->attempts, 3);
    QVERIFY(failed->nextAttemptAt > 0);
    QCOMPARE(failed->orderId, 0);
    const std::optional<LeadRecord> noContact = LeadsTable::query().row(m_store.get(), 23);
    QCOMPARE(noContact->state, Db::LeadState::NoContact);
    QCOMPARE(noContact->reason, Db::LeadReason::NoContact);
    const std::optional<LeadRecord> updated = LeadsTable::query().row(m_store.get(), 4);
    QCOMPARE(updated->kind, Kind::Request);
    QCOMPARE(updated->state, Db::LeadState::Done);
    QCOMPARE(updated->action, Db::LeadAction::UpdatedOrder);
    QCOMPARE(updated->reason, Db::LeadReason::OpenOrderWithoutLead);
    QCOMPARE(updated->orderId, 10004);
    QCOMPARE(updated->orderNumber, QStringLiteral("10004A"));
    QCOMPARE(updated->remoteId, QStringLiteral("512340004"));
    QVERIFY(!LeadsTable::query().row(m_store.get(), 31));
}

void tst_Queries::dealRowsCarryTheBinding()
{
    TestSupport::seedLeads(*m_store, 100);
    TestSupport::seedDeals(*m_store, 20);
    // A database of the first schema said "none" for "not found".
    QVERIFY(m_store->exec(QStringLiteral("UPDATE deals SET binding_kind='none' WHERE order_id=10010")).ok);
    const auto deal = [this](qint64 id) { return DealsTable::query().row(m_store.get(), id).value(); };
    QCOMPARE(deal(10001).bindingKind, Db::BindingKind::Request);
    QCOMPARE(deal(10001).bindingLeadId, QStringLiteral("512340001"));
    QCOMPARE(deal(10001).leadSource, QStringLiteral("google"));
    QCOMPARE(deal(10001).state, Db::DealState::Pending);
    QCOMPARE(deal(10003).bindingKind, Db::BindingKind::Call);
    QCOMPARE(deal(10003).state, Db::DealState::Created);
    QVERIFY(deal(10003).lastPushedAt > 0);
    QCOMPARE(deal(10002).bindingKind, Db::BindingKind::Chain);
    QVERIFY(deal(10002).bindingLeadId.isEmpty());
    QVERIFY(deal(10002).leadSource.isEmpty());
    QCOMPARE(deal(10005).bindingKind, Db::BindingKind::NotFound);
    QCOMPARE(deal(10010).bindingKind, Db::BindingKind::NotFound);
    QCOMPARE(deal(10013).bindingKind, Db::BindingKind::NoContacts);
    QCOMPARE(deal(10009).state, Db::DealState::Failed);
    QCOMPARE(deal(10009).error.code, Db::ErrorCode::DealRejected);
    QVERIFY(deal(10009).error.detail.contains(QStringLiteral("funnel")));
}

void tst_Queries::errorRowsResolveTheirItems()
{
    TestSupport::seedLeads(*m_store, 10);
    TestSupport::seedDeals(*m_store, 10);
    TestSupport::seedErrors(*m_store, 10);
    // A setup error, as the engine records a rejected Calltouch key.
    SyncStore sync(*m_store);
    QVERIFY(sync.recordError(Db::ErrorDirection::Setup, QStringLiteral("calltouch"),
                    Problem::make(
                        Db::ErrorCode::Auth, { { QStringLiteral("service"), QStringLiteral("Calltouch") } }),
                    1, 0, 1)
                .ok);
    const auto error = [this](const QString &item) {
        return ErrorsTable::query().row(m_store.get(), errorId(item)).value();
    };
    const ErrorRecord lead = error(QStringLiteral("lead:request:512340001"));
    QCOMPARE(lead.item.type, ErrorItem::Type::Lead);
    QCOMPARE(lead.item.leadKind, Kind::Request);
    QCOMPARE(lead.item.leadRemoteId, QStringLiteral("512340001"));
    QCOMPARE(lead.leadId, 1);
    QCOMPARE(lead.direction, Db::ErrorDirection::Leads);
    QVERIFY(!lead.resolved);
    const ErrorRecord deal = error(QStringLiteral("deal:10002"));
    QCOMPARE(deal.item.type, ErrorItem::Type::Deal);
    QCOMPARE(deal.item.dealOrderId, 10002);
    QCOMPARE(deal.orderNumber, QStringLiteral("10002A"));
    QCOMPARE(deal.leadId, 0);
    QCOMPARE(deal.direction, Db::ErrorDirection::Deals);
    QVERIFY(error(QStringLiteral("lead:call:512340003")).resolved);
    QCOMPARE(error(QStringLiteral("lead:call:512340003")).nextRetryAt, 0);
    const ErrorRecord setup = error(QStringLiteral("calltouch"));
    QCOMPARE(setup.item.type, ErrorItem::Type::Other);
    QCOMPARE(setup.item.text, QStringLiteral("calltouch"));
    QCOMPARE(setup.direction, Db::ErrorDirection::Setup);
}

void tst_Queries::orderRowsCarryTheirLead()
{
    TestSupport::seedLeads(*m_store, 20);
    TestSupport::seedOrders(*m_store);
    // A row per lead that reached an order, keyed by the lead: lead 4 updated order 10004.
    const OrderRecord updated = OrdersTable::query().row(m_store.get(), 4).value();
    QCOMPARE(updated.orderId, 10004);
    QCOMPARE(updated.number, QStringLiteral("10004A"));
    QCOMPARE(updated.action, Db::OrderAction::Updated);
    QCOMPARE(updated.reason, Db::LeadReason::OpenOrderWithoutLead);
    QCOMPARE(updated.leadId, 4);
    QCOMPARE(updated.leadKind, std::optional<Kind>(Kind::Request));
    QCOMPARE(updated.leadRemoteId, QStringLiteral("512340004"));
    // A lead found in its order after a restart is "matched", through the store's writer.
    SyncStore sync(*m_store);
    QVERIFY(sync.setLeadOutcome(6, Db::LeadState::Done, Db::LeadAction::AlreadyApplied,
                    Db::LeadReason::AlreadyApplied, 0, 99, QStringLiteral("99A"), 5)
                .ok);
    const OrderRecord matched = OrdersTable::query().row(m_store.get(), 6).value();
    QCOMPARE(matched.action, Db::OrderAction::Matched);
    QCOMPARE(matched.number, QStringLiteral("99A"));
    QVERIFY(matched.site.isEmpty()); // not in the orders table: no shop known
    QCOMPARE(matched.updatedAt, 5);
}

void tst_Queries::dashboardNumbers()
{
    const QDate today = QDate::currentDate();
    const auto at = [&today](int daysAgo) {
        return today.addDays(-daysAgo).startOfDay().addSecs(3600).toMSecsSinceEpoch();
    };
    const auto lead = [this](int id, const QString &kind, qint64 time, const QString &source) {
        QVERIFY(m_store
                    ->exec(QStringLiteral("INSERT INTO leads(id, kind, remote_id, occurred_at, received_at,"
                                          " utm_source, updated_at) VALUES(?,?,?,?,?,?,?)"),
                        { id, kind, QString::number(id), time, time, source, time })
                    .ok);
    };
    lead(1, QStringLiteral("call"), at(0), QStringLiteral("yandex"));
    lead(2, QStringLiteral("call"), at(0), QStringLiteral("google"));
    lead(3, QStringLiteral("request"), at(1), QString(QLatin1String("")));
    lead(4, QStringLiteral("chat"), at(13), QStringLiteral("yandex"));
    lead(5, QStringLiteral("call"), at(14), QStringLiteral("yandex")); // before the 14 days
    // The pie counts leads by their result (one per lead that reached an order), through the store's
    // own writer: two leads created orders, one was skipped at the first lead's order.
    SyncStore sync(*m_store);
    QVERIFY(sync.setLeadOutcome(1, Db::LeadState::Done, Db::LeadAction::CreatedOrder,
                    Db::LeadReason::NoOrders, 7, 101, QStringLiteral("101A"), 1)
                .ok);
    QVERIFY(sync.setLeadOutcome(2, Db::LeadState::Done, Db::LeadAction::CreatedCustomerAndOrder,
                    Db::LeadReason::NoCustomer, 8, 102, QStringLiteral("102A"), 1)
                .ok);
    QVERIFY(sync.setLeadOutcome(3, Db::LeadState::Skipped, Db::LeadAction::Skipped,
                    Db::LeadReason::OpenOrderHasLead, 7, 101, QStringLiteral("101A"), 1)
                .ok);
    QVERIFY(sync.setLeadOutcome(4, Db::LeadState::NoContact, Db::LeadAction::NoContact,
                    Db::LeadReason::NoContact, 0, 0, QString(), 1)
                .ok);
    const auto deal = [this](int id, const QString &kind, const QString &leadId, const QString &revenue) {
        QVERIFY(
            m_store
                ->exec(QStringLiteral("INSERT INTO deals(order_id, binding_kind, binding_lead_id, revenue,"
                                      " updated_at) VALUES(?,?,?,?,1)"),
                    { id, kind, leadId, revenue })
                .ok);
    };
    deal(1, QStringLiteral("call"), QStringLiteral("1"), QStringLiteral("1000.50")); // yandex
    deal(2, QStringLiteral("call"), QStringLiteral("5"), QStringLiteral("500")); // yandex
    deal(3, QStringLiteral("call"), QStringLiteral("2"), QStringLiteral("700")); // google
    deal(4, QStringLiteral("request"), QStringLiteral("3"), QStringLiteral("300")); // no utm_source
    deal(5, QStringLiteral("chain"), QString(QLatin1String("")), QStringLiteral("2500"));
    deal(6, QStringLiteral("not-found"), QString(QLatin1String("")), QStringLiteral("100"));
    deal(7, QStringLiteral("call"), QStringLiteral("404"), QStringLiteral("50")); // lead not known here

    const DashboardNumbers numbers = DashboardQuery::compute(m_store.get(), today);
    QCOMPARE(numbers.days.size(), DashboardQuery::kDays);
    QCOMPARE(numbers.days.last(), today);
    QCOMPARE(numbers.leadsPerDay.value(Kind::Call).last(), 2);
    QCOMPARE(numbers.leadsPerDay.value(Kind::Request).at(DashboardQuery::kDays - 2), 1);
    QCOMPARE(numbers.leadsPerDay.value(Kind::Chat).first(), 1);
    int calls = 0;
    for (int count : numbers.leadsPerDay.value(Kind::Call))
        calls += count;
    QCOMPARE(calls, 2);
    QCOMPARE(numbers.orderActions.value(Db::OrderAction::Created), 2);
    QCOMPARE(numbers.orderActions.value(Db::OrderAction::Skipped), 1);
    QVERIFY(!numbers.orderActions.contains(Db::OrderAction::Updated));

    using Source = DashboardNumbers::SourceRevenue::Kind;
    const QList<DashboardNumbers::SourceRevenue> &revenue = numbers.revenueBySource;
    QCOMPARE(revenue.size(), 5);
    QCOMPARE(revenue.at(0).kind, Source::Chain);
    QCOMPARE(revenue.at(0).revenue, 2500.0);
    QCOMPARE(revenue.at(1).kind, Source::Source);
    QCOMPARE(revenue.at(1).source, QStringLiteral("yandex"));
    QCOMPARE(revenue.at(1).revenue, 1500.5);
    QCOMPARE(revenue.at(2).source, QStringLiteral("google"));
    QCOMPARE(revenue.at(3).kind, Source::NoSource);
    QCOMPARE(revenue.at(3).revenue, 300.0);
    QCOMPARE(revenue.at(4).kind, Source::NotFound);
    QCOMPARE(revenue.at(4).revenue, 150.0);
}

void tst_Queries::dashboardWithoutStore()
{
    const DashboardNumbers numbers = DashboardQuery::compute(nullptr, QDate(2026, 3, 14));
    QCOMPARE(numbers.days.size(), DashboardQuery::kDays);
    QCOMPARE(numbers.days.first(), QDate(2026, 3, 1));
    QCOMPARE(numbers.leadsPerDay.size(), 3);
    QCOMPARE(numbers.leadsPerDay.value(Kind::Chat), QList<int>(DashboardQuery::kDays, 0));
    QVERIFY(numbers.orderActions.isEmpty());
    QVERIFY(numbers.revenueBySource.isEmpty());
}

void tst_Queries::detailsOfEachKind()
{
    TestSupport::seedLeads(*m_store, 20);
    TestSupport::seedOutcomes(*m_store, 5);
    TestSupport::seedOrders(*m_store);
    TestSupport::seedDeals(*m_store, 20);
    TestSupport::seedErrors(*m_store, 5);
    const std::optional<LeadDetails> lead = DetailsQuery::lead(m_store.get(), 5);
    QVERIFY(lead);
    QCOMPARE(lead->row.id, 5);
    QVERIFY(lead->subject.isEmpty()); // a chat
    QCOMPARE(DetailsQuery::lead(m_store.get(), 4)->subject, QStringLiteral("Заказ обратного звонка"));
    QVERIFY(lead->rawJson.contains(QStringLiteral("\"utm_source\"")));
    // Its result, then two resends: one whose re-check timed out, one that found it in its order.
    QCOMPARE(lead->history.size(), 3);
    QCOMPARE(lead->history.at(0).action, Db::LeadAction::CreatedOrder);
    QCOMPARE(lead->history.at(0).reason, Db::LeadReason::NewestOrderCompleted);
    QCOMPARE(lead->history.at(1).action, Db::LeadAction::Failed);
    QCOMPARE(lead->history.at(1).reason, Db::LeadReason::Error);
    QCOMPARE(lead->history.at(1).failure.code, Db::ErrorCode::Timeout);
    QCOMPARE(lead->history.at(1).failure.params.value(QStringLiteral("service")).toString(),
        QStringLiteral("retailCRM"));
    QCOMPARE(lead->history.at(2).action, Db::LeadAction::AlreadyApplied);
    QCOMPARE(lead->history.at(2).reason, Db::LeadReason::AlreadyInOrder);
    QVERIFY(lead->history.at(0).at < lead->history.at(1).at);
    QVERIFY(lead->history.at(1).at < lead->history.at(2).at);
    QCOMPARE(lead->row.state, Db::LeadState::Done); // a failed re-check keeps the lead's result
    QVERIFY(DetailsQuery::lead(m_store.get(), 1)->history.isEmpty()); // still waiting: no attempt yet

    const std::optional<DealDetails> deal = DetailsQuery::deal(m_store.get(), 10005);
    QVERIFY(deal);
    QCOMPARE(deal->row.bindingKind, Db::BindingKind::NotFound);
    QCOMPARE(deal->phone, TestSupport::samplePhone(5));
    const std::optional<OrderDetails> order = DetailsQuery::order(m_store.get(), 4); // lead 4's row
    QVERIFY(order);
    QCOMPARE(order->row.number, QStringLiteral("10004A"));
    QCOMPARE(order->row.orderId, 10004);
    QCOMPARE(order->phone, TestSupport::samplePhone(4));
    QCOMPARE(DetailsQuery::error(m_store.get(), errorId(QStringLiteral("deal:10002")))->orderNumber,
        QStringLiteral("10002A"));

    QVERIFY(!DetailsQuery::lead(m_store.get(), 999));
    QVERIFY(!DetailsQuery::order(m_store.get(), 999));
    QVERIFY(!DetailsQuery::deal(m_store.get(), 999));
    QVERIFY(!DetailsQuery::error(m_store.get(), 999));
}

void tst_Queries::closedStoreReadsNothing()
{
    TestSupport::seedLeads(*m_store, 10);
    m_store->close();
    QVERIFY(LeadsTable::query().page(m_store.get(), request(0), 0, 10).isEmpty());
    QCOMPARE(LeadsTable::query().count(m_store.get(), request(0)), 0);
    QVERIFY(!DetailsQuery::lead(m_store.get(), 1));
    QVERIFY(LeadsTable::query().page(nullptr, request(0), 0, 10).isEmpty());
    QCOMPARE(ErrorsTable::query().count(nullptr, request(0)), 0);
    QVERIFY(!DetailsQuery::deal(nullptr, 1));
}

QTEST_GUILESS_MAIN(tst_Queries)
#include "tst_queries.moc"
