#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "store/store.h"
#include "store/syncstore.h"

using namespace LeadBridge;

/// SyncStore against a real SQLite file: the exactly-once journal, and every enum stored as its code.
class tst_SyncStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void journalThenConfirm();
    void secondJournalOfTheSameKeyIsIgnored();
    void confirmedWriteStaysConfirmed();
    void writersFailWhileAnotherProgramHoldsTheLock();
    void leadEnumsRoundTrip_data();
    void leadEnumsRoundTrip();
    void failedLeadKeepsReasonCodeAndDetail();
    void dealBindingRoundTrip_data();
    void dealBindingRoundTrip();
    void dealStatesRoundTrip();
    void errorsByDirection();
    void ordersKeepActionAndReasonCodes();

private:
    qint64 addLead(const QString &id, Db::LeadState state = Db::LeadState::Waiting);
    QVariant sql(const QString &query, const QVariantList &values = {})
    {
        return m_store->scalar(query, values);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncStore> m_sync;
    const qint64 m_now = 1'790'000'000'000;
};

void tst_SyncStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>(QStringLiteral("tst_syncstore"));
    const StoreError error = m_store->open(m_dir->filePath(QStringLiteral("leadbridge.db")));
    QVERIFY2(error.isOk(), qPrintable(error.message));
    m_sync = std::make_unique<SyncStore>(*m_store);
}

void tst_SyncStore::cleanup()
{
    m_sync.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 tst_SyncStore::addLead(const QString &id, Db::LeadState state)
{
    Calltouch::Lead lead;
    lead.kind = Calltouch::Lead::Kind::Call;
    lead.id = id;
    lead.occurredAt = QDateTime::fromMSecsSinceEpoch(m_now - 3600 * 1000, Qt::UTC);
    if (!m_sync->upsertLead(lead, QStringLiteral("+79161234567"), {}, state, m_now).ok)
        return 0;
    const auto row = m_sync->leadByRemote(QStringLiteral("call"), id);
    return row ? row->id : 0;
}

void tst_SyncStore::journalThenConfirm()
{
    const QString item = QStringLiteral("lead:call:1");
    QVERIFY(m_sync
                ->journal(Db::OutboxOp::CreateCustomer, item, QStringLiteral("customer:lead:call:1"),
                    QStringLiteral("ct-call-1"), m_now)
                .changed);
    QVERIFY(m_sync
                ->journal(Db::OutboxOp::CreateOrder, item, QStringLiteral("order:lead:call:1"),
                    QStringLiteral("x"), m_now)
                .changed);

    QList<OutboxEntry> pending = m_sync->pendingFor(item);
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).op, Db::OutboxOp::CreateCustomer);
    QCOMPARE(pending.at(0).key, QStringLiteral("customer:lead:call:1"));
    QCOMPARE(pending.at(0).payload, QStringLiteral("ct-call-1"));
    QCOMPARE(pending.at(0).state, Db::OutboxState::Pending);
    QCOMPARE(pending.at(1).op, Db::OutboxOp::CreateOrder);
    QVERIFY(m_sync->pendingFor(QStringLiteral("lead:call:2")).isEmpty());

    QVERIFY(m_sync->confirm(QStringLiteral("customer:lead:call:1"), QStringLiteral("42"), m_now + 1).ok);
    pending = m_sync->pendingFor(item);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().key, QStringLiteral("order:lead:call:1"));
    QVERIFY(m_sync->confirm(QStringLiteral("order:lead:call:1"), QStringLiteral("7"), m_now + 2).ok);
    QVERIFY(m_sync->pendingFor(item).isEmpty());

    // The database holds the codes.
    QCOMPARE(sql(QStringLiteral("SELECT op FROM outbox WHERE result='42'")).toString(),
        QStringLiteral("create_customer"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM outbox WHERE state='confirmed'")).toInt(), 2);
}

void tst_SyncStore::secondJournalOfTheSameKeyIsIgnored()
{
    const QString key = QStringLiteral("order:lead:call:1");
    QVERIFY(m_sync
                ->journal(Db::OutboxOp::CreateOrder, QStringLiteral("lead:call:1"), key,
                    QStringLiteral("first"), m_now)
                .changed);
    QVERIFY(!m_sync
                 ->journal(Db::OutboxOp::CreateOrder, QStringLiteral("lead:call:1"), key,
                     QStringLiteral("second"), m_now + 1)
                 .changed);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 1);
    const QList<OutboxEntry> pending = m_sync->pendingFor(QStringLiteral("lead:call:1"));
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().payload, QStringLiteral("first"));
}

void tst_SyncStore::confirmedWriteStaysConfirmed()
{
    const QString key = QStringLiteral("edit:lead:call:1:5");
    QVERIFY(
        m_sync
            ->journal(Db::OutboxOp::EditOrder, QStringLiteral("lead:call:1"), key, QStringLiteral("5"), m_now)
            .ok);
    QVERIFY(m_sync->confirm(key, QStringLiteral("5"), m_now).ok);
    QVERIFY(!m_sync
                 ->journal(Db::OutboxOp::EditOrder, QStringLiteral("lead:call:1"), key, QStringLiteral("5"),
                     m_now + 1)
                 .changed);
    QVERIFY(m_sync->pendingFor(QStringLiteral("lead:call:1")).isEmpty());
    QCOMPARE(sql(QStringLiteral("SELECT state FROM outbox")).toString(), QStringLiteral("confirmed"));
}

void tst_SyncStore::writersFailWhileAnotherProgramHoldsTheLock()
{
    // Every writer says when it failed: a journal entry that is not committed must stop the remote write.
    const qint64 id = addLead(QStringLiteral("1"));
    Store other(QStringLiteral("other-program"));
    QVERIFY(other.open(m_store->path()).isOk());
    m_store->close();
    m_store->setBusyTimeout(200);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("leadbridge.db"))).isOk());
    QSqlQuery hold(other.database());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("query failed")));
    const StoreResult journalled = m_sync->journal(Db::OutboxOp::CreateOrder, QStringLiteral("lead:call:1"),
        QStringLiteral("order:lead:call:1"), QStringLiteral("x"), m_now);
    QVERIFY(!journalled.ok);
    QVERIFY(!journalled.changed);
    QVERIFY2(journalled.error.contains(QLatin1String("locked")), qPrintable(journalled.error));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("query failed")));
    QVERIFY(!m_sync
                 ->setLeadOutcome(id, Db::LeadState::Done, Db::LeadAction::CreatedOrder,
                     Db::LeadReason::NoOrders, 1, 2, QStringLiteral("2A"), m_now)
                 .ok);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("query failed")));
    QVERIFY(!m_sync
                 ->recordError(Db::ErrorDirection::Leads, QStringLiteral("lead:call:1"),
                     Problem::make(Db::ErrorCode::Server), 1, 0, m_now)
                 .ok);

    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    bool readOk = false;
    QVERIFY(m_sync->pendingFor(QStringLiteral("lead:call:1"), &readOk).isEmpty());
    QVERIFY(readOk);
    QCOMPARE(m_sync->lead(id)->state, Db::LeadState::Waiting);
    QVERIFY(m_sync
                ->journal(Db::OutboxOp::CreateOrder, QStringLiteral("lead:call:1"),
                    QStringLiteral("order:lead:call:1"), QStringLiteral("x"), m_now)
                .changed);
}

void tst_SyncStore::leadEnumsRoundTrip_data()
{
    QTest::addColumn<Db::LeadState>("state");
    QTest::addColumn<Db::LeadAction>("action");
    QTest::addColumn<Db::LeadReason>("reason");
    QTest::addColumn<QString>("stateText");
    QTest::addColumn<QString>("actionText");
    QTest::addColumn<QString>("reasonText");
    QTest::newRow("new customer") << Db::LeadState::Done << Db::LeadAction::CreatedCustomerAndOrder
                                  << Db::LeadReason::NoCustomer << QStringLiteral("done")
                                  << QStringLiteral("created-customer-and-order")
                                  << QStringLiteral("no-customer");
    QTest::newRow("updated") << Db::LeadState::Done << Db::LeadAction::UpdatedOrder
                             << Db::LeadReason::OpenOrderWithoutLead << QStringLiteral("done")
                             << QStringLiteral("updated-order") << QStringLiteral("open-order-without-lead");
    QTest::newRow("skipped") << Db::LeadState::Skipped << Db::LeadAction::Skipped
                             << Db::LeadReason::OpenOrderHasLead << QStringLiteral("skipped")
                             << QStringLiteral("skipped") << QStringLiteral("open-order-has-lead");
    QTest::newRow("no contact") << Db::LeadState::NoContact << Db::LeadAction::NoContact
                                << Db::LeadReason::NoContact << QStringLiteral("no_contact")
                                << QStringLiteral("no-contact") << QStringLiteral("no-contact");
    QTest::newRow("found again") << Db::LeadState::Done << Db::LeadAction::AlreadyApplied
                                 << Db::LeadReason::AlreadyApplied << QStringLiteral("done")
                                 << QStringLiteral("already-applied") << QStringLiteral("already-applied");
}

void tst_SyncStore::leadEnumsRoundTrip()
{
    QFETCH(Db::LeadState, state);
    QFETCH(Db::LeadAction, action);
    QFETCH(Db::LeadReason, reason);
    QFETCH(QString, stateText);
    QFETCH(QString, actionText);
    QFETCH(QString, reasonText);
    const qint64 id = addLead(QStringLiteral("100"));
    QVERIFY(id > 0);
    QCOMPARE(m_sync->lead(id)->state, Db::LeadState::Waiting);
    QVERIFY(m_sync->setLeadOutcome(id, state, action, reason, 3, 4, QStringLiteral("4A"), m_now).ok);

    const auto row = m_sync->lead(id);
    QVERIFY(row);
    QCOMPARE(row->state, state);
    QCOMPARE(row->action, action);
    QCOMPARE(row->reason, reason);
    QCOMPARE(row->orderId, qint64(4));
    QCOMPARE(row->orderNumber, QStringLiteral("4A"));
    QVERIFY(row->failure.isEmpty());
    QCOMPARE(sql(QStringLiteral("SELECT state FROM leads WHERE id=?"), { id }).toString(), stateText);
    QCOMPARE(sql(QStringLiteral("SELECT action FROM leads WHERE id=?"), { id }).toString(), actionText);
    QCOMPARE(sql(QStringLiteral("SELECT reason FROM leads WHERE id=?"), { id }).toString(), reasonText);
    QCOMPARE(sql(QStringLiteral("SELECT reason FROM lead_outcomes WHERE lead_id=?"), { id }).toString(),
        reasonText);
}

void tst_SyncStore::failedLeadKeepsReasonCodeAndDetail()
{
    const qint64 id = addLead(QStringLiteral("200"));
    QVERIFY(m_sync
                ->setLeadFailed(id,
                    Problem::make(Db::ErrorCode::Timeout,
                        { { QStringLiteral("service"), QStringLiteral("retailCRM") } },
                        QStringLiteral("GET /api/v5/customers: timeout")),
                    2, m_now + 60000, m_now)
                .ok);
    const auto row = m_sync->lead(id);
    QVERIFY(row);
    QCOMPARE(row->state, Db::LeadState::Failed);
    QCOMPARE(row->reason, Db::LeadReason::Error);
    QCOMPARE(row->failure.code, Db::ErrorCode::Timeout);
    QCOMPARE(row->failure.params.value(QStringLiteral("service")).toString(), QStringLiteral("retailCRM"));
    QCOMPARE(row->failure.detail, QStringLiteral("GET /api/v5/customers: timeout"));
    QCOMPARE(row->attempts, 2);
    QCOMPARE(sql(QStringLiteral("SELECT reason FROM leads WHERE id=?"), { id }).toString(),
        QStringLiteral("error"));
    QCOMPARE(sql(QStringLiteral("SELECT action || '|' || reason || '|' || error_code || '|' || error_params"
                                " || '|' || detail FROM lead_outcomes WHERE lead_id=?"),
                 { id })
                 .toString(),
        QStringLiteral("failed|error|timeout|{\"service\":\"retailCRM\"}|GET /api/v5/customers: timeout"));
    // A failed lead is due again; a success clears the detail.
    QCOMPARE(m_sync->dueLeads(m_now + 60000, m_now, 0, { QStringLiteral("call") }, 10).size(), 1);
    QVERIFY(m_sync
                ->setLeadOutcome(id, Db::LeadState::Done, Db::LeadAction::CreatedOrder,
                    Db::LeadReason::NoOrders, 1, 2, QStringLiteral("2"), m_now)
                .ok);
    QVERIFY(m_sync->lead(id)->failure.isEmpty());
    QCOMPARE(sql(QStringLiteral("SELECT error_code FROM leads WHERE id=?"), { id }).toString(), QString());
    QVERIFY(m_sync->dueLeads(m_now + 60000, m_now, 0, { QStringLiteral("call") }, 10).isEmpty());
}

void tst_SyncStore::dealBindingRoundTrip_data()
{
    QTest::addColumn<Db::BindingKind>("kind");
    QTest::addColumn<QString>("leadId");
    QTest::addColumn<QString>("kindText");
    QTest::newRow("call") << Db::BindingKind::Call << QStringLiteral("123") << QStringLiteral("call");
    QTest::newRow("request") << Db::BindingKind::Request << QStringLiteral("r-9")
                             << QStringLiteral("request");
    QTest::newRow("chain") << Db::BindingKind::Chain << QString() << QStringLiteral("chain");
    QTest::newRow("not found") << Db::BindingKind::NotFound << QString() << QStringLiteral("not-found");
    QTest::newRow("no contacts") << Db::BindingKind::NoContacts << QString() << QStringLiteral("no-contacts");
}

void tst_SyncStore::dealBindingRoundTrip()
{
    QFETCH(Db::BindingKind, kind);
    QFETCH(QString, leadId);
    QFETCH(QString, kindText);
    DealRow row;
    row.orderId = 77;
    row.orderNumber = QStringLiteral("77A");
    row.status = QStringLiteral("new");
    row.revenue = QStringLiteral("100.00");
    row.bindingKind = kind;
    row.bindingLeadId = leadId;
    QVERIFY(m_sync->insertDeal(row, m_now).changed);
    // The binding is made once.
    DealRow again = row;
    again.bindingKind = Db::BindingKind::NotFound;
    QVERIFY(!m_sync->insertDeal(again, m_now).changed);

    const auto stored = m_sync->deal(77);
    QVERIFY(stored);
    QCOMPARE(stored->bindingKind, kind);
    QCOMPARE(stored->bindingLeadId, leadId);
    QCOMPARE(stored->state, Db::DealState::Pending);
    QCOMPARE(sql(QStringLiteral("SELECT binding_kind FROM deals")).toString(), kindText);
    QCOMPARE(sql(QStringLiteral("SELECT binding_lead_id FROM deals")).toString(), leadId);
}

void tst_SyncStore::dealStatesRoundTrip()
{
    DealRow row;
    row.orderId = 5;
    row.status = QStringLiteral("new");
    row.revenue = QStringLiteral("10.00");
    row.bindingKind = Db::BindingKind::Chain;
    QVERIFY(m_sync->insertDeal(row, m_now).changed);
    QCOMPARE(m_sync->dealsToCreate(m_now, 10).size(), 1);

    QVERIFY(m_sync->setDealState(5, Db::DealState::Sending, {}, {}, m_now).ok);
    QCOMPARE(sql(QStringLiteral("SELECT state FROM deals")).toString(), QStringLiteral("sending"));
    QVERIFY(m_sync->markSendingDealsUnknown().ok);
    QCOMPARE(m_sync->dealsInState(Db::DealState::Unknown, 10).size(), 1);
    QCOMPARE(m_sync->deal(5)->state, Db::DealState::Unknown);

    QVERIFY(m_sync->setDealState(5, Db::DealState::Created, {}, QStringLiteral("ct-5"), m_now).ok);
    QCOMPARE(sql(QStringLiteral("SELECT in_calltouch FROM deals")).toInt(), 1);
    QVERIFY(m_sync->dealsToCreate(m_now, 10).isEmpty());
    QCOMPARE(m_sync->dealsToUpdate(m_now, 10).size(), 1); // status and revenue not pushed yet
    QVERIFY(m_sync->setDealPushed(5, QStringLiteral("new"), QStringLiteral("10.00"), m_now).ok);
    QVERIFY(m_sync->dealsToUpdate(m_now, 10).isEmpty());
    QCOMPARE(m_sync->dealBacklog(m_now), 0);

    QVERIFY(m_sync
                ->setDealFailed(5, Problem::make(Db::ErrorCode::DealRejected, {}, QStringLiteral("boom")),
                    m_now + 1000, m_now)
                .ok);
    QCOMPARE(sql(QStringLiteral("SELECT error_code || '|' || error FROM deals")).toString(),
        QStringLiteral("deal-rejected|boom"));
    QCOMPARE(m_sync->deal(5)->state, Db::DealState::Failed);
    QCOMPARE(m_sync->deal(5)->attempts, 1);
    QVERIFY(m_sync->setDealState(5, Db::DealState::Pending, Problem::make(Db::ErrorCode::NotFound), {}, m_now)
                .ok);
    QCOMPARE(sql(QStringLiteral("SELECT in_calltouch FROM deals")).toInt(), 0);
    QCOMPARE(sql(QStringLiteral("SELECT calltouch_deal_id FROM deals")).toString(), QStringLiteral("ct-5"));
}

void tst_SyncStore::errorsByDirection()
{
    QVERIFY(m_sync
                ->recordError(Db::ErrorDirection::Deals, QStringLiteral("deal:1"),
                    Problem::make(Db::ErrorCode::DealNoAnswer), 1, 0, m_now)
                .ok);
    QVERIFY(m_sync
                ->recordError(Db::ErrorDirection::Leads, QStringLiteral("deal:1"),
                    Problem::make(Db::ErrorCode::Server), 1, 0, m_now)
                .ok);
    QCOMPARE(m_sync->openErrorCount(), 2);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM errors WHERE direction='deals'")).toInt(), 1);
    QVERIFY(m_sync->resolveError(Db::ErrorDirection::Deals, QStringLiteral("deal:1")).ok);
    QCOMPARE(m_sync->openErrorCount(), 1);
    QCOMPARE(sql(QStringLiteral("SELECT direction FROM errors WHERE resolved=0")).toString(),
        QStringLiteral("leads"));
}

void tst_SyncStore::ordersKeepActionAndReasonCodes()
{
    QVERIFY(m_sync
                ->recordOrder(9, QStringLiteral("9A"), QStringLiteral("shop"), 3, QStringLiteral("Иван"),
                    Db::OrderAction::Matched, Db::LeadReason::AlreadyApplied, 1, 0, m_now)
                .ok);
    QCOMPARE(sql(QStringLiteral("SELECT action || '|' || reason FROM orders")).toString(),
        QStringLiteral("matched|already-applied"));
}

QTEST_GUILESS_MAIN(tst_SyncStore)
#include "tst_syncstore.moc"
