// Resend (issue 14 point 1): a lead sent again through the real engine against the simulated services.
// A lead that is already in an order keeps its result and gets an attempt "already in order N (by this
// lead)"; nothing is written to the CRM; every attempt is kept in lead_outcomes.
#include <QSignalSpy>

#include "rules/customfieldset.h"
#include "rules/leadrules.h"
#include "store/queries/detailsquery.h"
#include "syncfixture.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

class tst_ResendRules : public QObject
{
    Q_OBJECT
private slots:
    void leadThatCreatedAnOrderKeepsItsResult();
    void leadThatUpdatedAnOrderKeepsItsResult();
    void skippedLeadIsStillSkippedAndNamesTheOtherLead();
    void rulesRecogniseTheLeadAsItself_data();
    void rulesRecogniseTheLeadAsItself();

private:
    static LeadOutcome resend(SyncFixture &f, qint64 leadId);
    static qint64 leadId(SyncFixture &f, qint64 callId);
    static QString leadColumn(SyncFixture &f, qint64 leadId, const QString &column);
};

LeadOutcome tst_ResendRules::resend(SyncFixture &f, qint64 leadId)
{
    QSignalSpy processed(f.engine.get(), &SyncEngine::leadProcessed);
    QSignalSpy finished(f.engine.get(), &SyncEngine::cycleFinished);
    f.engine->resendLead(leadId);
    if (!finished.wait(20000))
        QTest::qFail("the resend cycle did not finish", __FILE__, __LINE__);
    for (const QList<QVariant> &args : processed) {
        const auto outcome = args.first().value<LeadOutcome>();
        if (outcome.leadId == leadId)
            return outcome;
    }
    QTest::qFail("the resent lead was not processed", __FILE__, __LINE__);
    return {};
}

qint64 tst_ResendRules::leadId(SyncFixture &f, qint64 callId)
{
    return f.sql(QStringLiteral("SELECT id FROM leads WHERE remote_id=?"), { QString::number(callId) })
        .toLongLong();
}

QString tst_ResendRules::leadColumn(SyncFixture &f, qint64 leadId, const QString &column)
{
    return f.sql(QStringLiteral("SELECT %1 FROM leads WHERE id=?").arg(column), { leadId }).toString();
}

void tst_ResendRules::leadThatCreatedAnOrderKeepsItsResult()
{
    SyncFixture f;
    const qint64 firstCall = f.ct->addCall(f.now.addSecs(-600), QStringLiteral("+7 916 555 12 34"));
    const qint64 secondCall = f.ct->addCall(f.now.addSecs(-300), QStringLiteral("89165551234"));
    f.makeEngine();
    f.cycle();
    QCOMPARE(f.crm->orders().size(), 1);
    const RetailCrm::Order order = f.crm->orders().first();
    const qint64 first = leadId(f, firstCall);
    const qint64 second = leadId(f, secondCall);
    QCOMPARE(leadColumn(f, first, QStringLiteral("action")), QStringLiteral("created-customer-and-order"));
    QCOMPARE(leadColumn(f, second, QStringLiteral("state")), QStringLiteral("skipped"));
    const int createsBefore = f.crm->server()->count(QStringLiteral("POST /api/v5/orders/create"));
    const int editsBefore =
        f.crm->server()->count(QStringLiteral("POST /api/v5/orders/%1/edit").arg(order.id));

    f.now = f.now.addSecs(120);
    const LeadOutcome outcome = resend(f, first);
    QCOMPARE(outcome.state, Db::LeadState::Done);
    QCOMPARE(outcome.action, Db::LeadAction::AlreadyApplied); // the attempt; the lead keeps its action
    QCOMPARE(outcome.reason, Db::LeadReason::AlreadyInOrder);
    QCOMPARE(outcome.orderNumber, order.number);
    // The lead row keeps its result; both leads keep theirs.
    QCOMPARE(leadColumn(f, first, QStringLiteral("state")), QStringLiteral("done"));
    QCOMPARE(leadColumn(f, first, QStringLiteral("action")), QStringLiteral("created-customer-and-order"));
    QCOMPARE(leadColumn(f, first, QStringLiteral("reason")), QStringLiteral("no-customer"));
    QCOMPARE(leadColumn(f, second, QStringLiteral("state")), QStringLiteral("skipped"));
    // Nothing was written to the CRM.
    QCOMPARE(f.crm->orders().size(), 1);
    QCOMPARE(f.crm->customers().size(), 1);
    QCOMPARE(f.crm->server()->count(QStringLiteral("POST /api/v5/orders/create")), createsBefore);
    QCOMPARE(
        f.crm->server()->count(QStringLiteral("POST /api/v5/orders/%1/edit").arg(order.id)), editsBefore);
    QCOMPARE(f.crm->server()->count(QStringLiteral("POST /api/v5/customers/create")), 0);
    // Every attempt is kept, with its time.
    QCOMPARE(
        f.sql(QStringLiteral("SELECT count(*) FROM lead_outcomes WHERE lead_id=?"), { first }).toInt(), 2);
    QCOMPARE(
        f.sql(QStringLiteral("SELECT reason FROM lead_outcomes WHERE lead_id=? ORDER BY id DESC"), { first })
            .toString(),
        QStringLiteral("already-in-order"));
    QCOMPARE(
        f.sql(QStringLiteral("SELECT max(at) FROM lead_outcomes WHERE lead_id=?"), { first }).toLongLong(),
        f.now.toMSecsSinceEpoch());

    // Resending again changes nothing but the history; the second lead is re-checked and still skipped.
    resend(f, first);
    const LeadOutcome other = resend(f, second);
    QCOMPARE(other.state, Db::LeadState::Skipped);
    QCOMPARE(f.crm->orders().size(), 1);
    QCOMPARE(
        f.sql(QStringLiteral("SELECT count(*) FROM lead_outcomes WHERE lead_id=?"), { first }).toInt(), 3);
    QCOMPARE(leadColumn(f, first, QStringLiteral("action")), QStringLiteral("created-customer-and-order"));
}

void tst_ResendRules::leadThatUpdatedAnOrderKeepsItsResult()
{
    SyncFixture f;
    const qint64 customer = f.addCustomer(QStringLiteral("+7 (916) 555-12-34"));
    const qint64 orderId = f.addOrder(customer, QStringLiteral("new"));
    const qint64 call = f.ct->addCall(f.now.addSecs(-600), QStringLiteral("89165551234"));
    f.makeEngine();
    f.cycle();
    const qint64 lead = leadId(f, call);
    QCOMPARE(leadColumn(f, lead, QStringLiteral("action")), QStringLiteral("updated-order"));
    const int edits = f.crm->server()->count(QStringLiteral("POST /api/v5/orders/%1/edit").arg(orderId));
    const LeadOutcome outcome = resend(f, lead);
    QCOMPARE(outcome.action, Db::LeadAction::AlreadyApplied);
    QCOMPARE(outcome.reason, Db::LeadReason::AlreadyInOrder);
    QCOMPARE(leadColumn(f, lead, QStringLiteral("state")), QStringLiteral("done"));
    QCOMPARE(leadColumn(f, lead, QStringLiteral("action")), QStringLiteral("updated-order"));
    QCOMPARE(leadColumn(f, lead, QStringLiteral("reason")), QStringLiteral("open-order-without-lead"));
    QCOMPARE(f.crm->server()->count(QStringLiteral("POST /api/v5/orders/%1/edit").arg(orderId)), edits);
    QCOMPARE(f.sql(QStringLiteral("SELECT action FROM orders WHERE order_id=?"), { orderId }).toString(),
        QStringLiteral("updated"));
}

void tst_ResendRules::skippedLeadIsStillSkippedAndNamesTheOtherLead()
{
    SyncFixture f;
    const qint64 customer = f.addCustomer(QStringLiteral("+79165551234"));
    f.addOrder(customer, QStringLiteral("new"), 5, QStringLiteral("13480"));
    const qint64 call = f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+79165551234"));
    f.makeEngine();
    f.cycle();
    const qint64 lead = leadId(f, call);
    QCOMPARE(leadColumn(f, lead, QStringLiteral("state")), QStringLiteral("skipped"));
    const LeadOutcome outcome = resend(f, lead);
    QCOMPARE(outcome.state, Db::LeadState::Skipped);
    QCOMPARE(outcome.reason, Db::LeadReason::OpenOrderHasLead);
    QCOMPARE(f.crm->orders().size(), 1);
    QCOMPARE(
        f.sql(QStringLiteral("SELECT count(*) FROM lead_outcomes WHERE lead_id=?"), { lead }).toInt(), 2);
}

void tst_ResendRules::rulesRecogniseTheLeadAsItself_data()
{
    QTest::addColumn<QString>("newestStatus");
    QTest::addColumn<bool>("leadInNewest");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("orderNumber");
    const auto row = [](const char *name, const char *status, bool inNewest, Sync::LeadAction action,
                         const char *number) {
        QTest::newRow(name) << QString::fromLatin1(status) << inNewest << int(action)
                            << QString::fromLatin1(number);
    };
    // The newest order is open and holds this lead: itself, not "an earlier lead".
    row("open order holds this lead", "new", true, Sync::LeadAction::AlreadyInOrder, "1010A");
    // Its order was completed since: still itself, never a second order.
    row("completed order holds this lead", "complete", true, Sync::LeadAction::AlreadyInOrder, "1010A");
    // A newer order came since; the lead is in the older one: still itself.
    row("older order holds this lead", "new", false, Sync::LeadAction::AlreadyInOrder, "1009A");
}

void tst_ResendRules::rulesRecogniseTheLeadAsItself()
{
    QFETCH(QString, newestStatus);
    QFETCH(bool, leadInNewest);
    QFETCH(int, action);
    QFETCH(QString, orderNumber);
    const QDateTime day = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    Sync::LeadRulesInput input;
    input.lead.kind = Calltouch::Lead::Kind::Call;
    input.lead.id = QStringLiteral("512345005");
    input.lead.phone = QStringLiteral("+79165551234");
    input.calltouchSiteId = QStringLiteral("13480");
    RetailCrm::Customer customer;
    customer.id = 7;
    customer.createdAt = day.addDays(-30);
    input.customers = { customer };
    input.statusGroups = { { QStringLiteral("new"), QStringLiteral("new") },
        { QStringLiteral("complete"), QStringLiteral("complete") } };
    const auto order = [&](qint64 id, const QString &number, int daysAgo, const QString &status,
                           const QString &leadId) {
        RetailCrm::Order o;
        o.id = id;
        o.number = number;
        o.customerId = 7;
        o.createdAt = day.addDays(-daysAgo);
        o.status = status;
        o.site = QStringLiteral("main-shop");
        o.customFields.insert(Sync::FieldCode::SiteId, QStringLiteral("13480"));
        o.customFields.insert(Sync::leadIdField(Calltouch::Lead::Kind::Call), leadId);
        return o;
    };
    if (leadInNewest) {
        input.ordersOfNewestCustomer = { order(
            1010, QStringLiteral("1010A"), 2, newestStatus, input.lead.id) };
    } else {
        input.ordersOfNewestCustomer = { order(1009, QStringLiteral("1009A"), 9, QStringLiteral("new"),
                                             input.lead.id),
            order(1010, QStringLiteral("1010A"), 2, newestStatus, QStringLiteral("512345999")) };
    }
    const Sync::LeadDecision decision = Sync::decideLead(input);
    QCOMPARE(int(decision.action), action);
    QCOMPARE(decision.reasonCode, Db::LeadReason::AlreadyInOrder);
    QCOMPARE(decision.orderNumber, orderNumber);
    // Another lead in the same open order is still skipped because of the earlier lead.
    input.lead.id = QStringLiteral("512345006");
    input.ordersOfNewestCustomer = { order(
        1010, QStringLiteral("1010A"), 2, QStringLiteral("new"), QStringLiteral("512345005")) };
    QCOMPARE(Sync::decideLead(input).action, Sync::LeadAction::Skip);
}

QTEST_GUILESS_MAIN(tst_ResendRules)
#include "tst_resendrules.moc"
