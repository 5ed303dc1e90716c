// One row per rule of SPEC §2 and the seed: contact choice, customers, orders, status groups, names, fields.
#include <QTest>

#include "rules/customfieldset.h"
#include "rules/leadrules.h"
#include "rules/orderoptions.h"

using namespace LeadBridge;
using namespace LeadBridge::Sync;
using Calltouch::Lead;
using RetailCrm::Customer;
using RetailCrm::Order;

namespace {

QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

Lead makeLead(Lead::Kind kind, const QString &phone, const QString &email, const QString &name = {},
    const QString &subject = {})
{
    Lead lead;
    lead.kind = kind;
    lead.id = QStringLiteral("555");
    lead.phone = phone;
    lead.email = email;
    lead.name = name;
    lead.subject = subject;
    lead.utmSource = QStringLiteral("yandex");
    lead.utmMedium = QStringLiteral("cpc");
    lead.utmCampaign = QStringLiteral("winter");
    lead.utmContent = QStringLiteral("ad1");
    lead.utmTerm = QStringLiteral("buy sofa");
    return lead;
}

Customer customer(qint64 id, const QDateTime &createdAt)
{
    Customer c;
    c.id = id;
    c.createdAt = createdAt;
    return c;
}

Order order(qint64 id, qint64 customerId, const QDateTime &createdAt, const QString &status,
    const QString &siteIdField = {}, const QString &number = {})
{
    Order o;
    o.id = id;
    o.customerId = customerId;
    o.createdAt = createdAt;
    o.status = status;
    o.number = number.isEmpty() ? QString::number(id) + QLatin1Char('A') : number;
    o.site = QStringLiteral("shop-1");
    if (!siteIdField.isEmpty())
        o.customFields.insert(FieldCode::SiteId, siteIdField);
    return o;
}

QHash<QString, QString> groups()
{
    return { { QStringLiteral("new"), QStringLiteral("new") },
        { QStringLiteral("in-work"), QStringLiteral("approval") },
        { QStringLiteral("send-to-delivery"), QStringLiteral("delivery") },
        { QStringLiteral("complete"), QStringLiteral("complete") },
        { QStringLiteral("paid-and-done"), QStringLiteral("complete") },
        { QStringLiteral("cancel-other"), QStringLiteral("cancel") },
        { QStringLiteral("no-call"), QStringLiteral("cancel") } };
}

} // namespace

Q_DECLARE_METATYPE(LeadAction)

class tst_LeadRules : public QObject
{
    Q_OBJECT
private slots:
    void decide_data();
    void decide();
    void customerName_data();
    void customerName();
    void nameTemplate_data();
    void nameTemplate();
    void decisionUsesTheKindsTemplate();
    void unknownPlaceholdersAreNamed();
    void fieldsWrittenOnCreateAndUpdate();
    void sourceFallsBackToCalltouchSource();
};

void tst_LeadRules::decide_data()
{
    QTest::addColumn<Lead>("lead");
    QTest::addColumn<QList<Customer>>("customers");
    QTest::addColumn<QList<Order>>("orders");
    QTest::addColumn<LeadAction>("action");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("customerId");
    QTest::addColumn<qint64>("orderId");

    const Lead call = makeLead(Lead::Kind::Call, QStringLiteral("8 (999) 123-45-67"), {});
    const Lead requestPhone = makeLead(Lead::Kind::Request, QStringLiteral("+7 999 1234567"),
        QStringLiteral("a@b.ru"), QStringLiteral("Иван"), QStringLiteral("Обратный звонок"));
    const Lead requestEmail = makeLead(
        Lead::Kind::Request, {}, QStringLiteral("A@B.ru"), QStringLiteral("Иван"), QStringLiteral("Заказ"));
    const Lead chatPhone = makeLead(
        Lead::Kind::Chat, QStringLiteral("79991234567"), QStringLiteral("a@b.ru"), QStringLiteral("Оля"));
    const Lead chatEmail = makeLead(Lead::Kind::Chat, {}, QStringLiteral("a@b.ru"), QStringLiteral("Оля"));
    const Lead nothing = makeLead(Lead::Kind::Call, QStringLiteral("unknown"), {});
    const Lead badPhoneGoodEmail =
        makeLead(Lead::Kind::Request, QStringLiteral("123"), QStringLiteral("a@b.ru"));

    const QList<Customer> none;
    const QList<Customer> one { customer(10, at(1)) };
    const QList<Customer> several { customer(10, at(1)), customer(12, at(5)), customer(11, at(3)) };
    const QList<Customer> sameTime { customer(20, at(5)), customer(21, at(5)) };
    const QList<Order> noOrders;

    // §2.1 contact
    QTest::newRow("no phone, no e-mail: not sent") << nothing << none << noOrders << LeadAction::NoContact
                                                   << QStringLiteral("no-contact") << qint64(0) << qint64(0);
    QTest::newRow("invalid phone, e-mail used")
        << badPhoneGoodEmail << none << noOrders << LeadAction::CreateCustomerAndOrder
        << QStringLiteral("no-customer") << qint64(0) << qint64(0);
    // §2.2 customer not found: created, for every kind
    QTest::newRow("call, no customer") << call << none << noOrders << LeadAction::CreateCustomerAndOrder
                                       << QStringLiteral("no-customer") << qint64(0) << qint64(0);
    QTest::newRow("request by phone, no customer")
        << requestPhone << none << noOrders << LeadAction::CreateCustomerAndOrder
        << QStringLiteral("no-customer") << qint64(0) << qint64(0);
    QTest::newRow("request e-mail only, no customer")
        << requestEmail << none << noOrders << LeadAction::CreateCustomerAndOrder
        << QStringLiteral("no-customer") << qint64(0) << qint64(0);
    QTest::newRow("chat by phone, no customer")
        << chatPhone << none << noOrders << LeadAction::CreateCustomerAndOrder
        << QStringLiteral("no-customer") << qint64(0) << qint64(0);
    QTest::newRow("chat e-mail only, no customer")
        << chatEmail << none << noOrders << LeadAction::CreateCustomerAndOrder
        << QStringLiteral("no-customer") << qint64(0) << qint64(0);
    // §2.3 orders
    QTest::newRow("customer without orders") << call << one << noOrders << LeadAction::CreateOrder
                                             << QStringLiteral("no-orders") << qint64(10) << qint64(0);
    QTest::newRow("several customers: newest by creation date wins")
        << call << several << QList<Order> { order(1, 12, at(6), QStringLiteral("new")) }
        << LeadAction::UpdateOrder << QStringLiteral("open-order-without-lead") << qint64(12) << qint64(1);
    QTest::newRow("customers created at the same time: greatest id")
        << call << sameTime << noOrders << LeadAction::CreateOrder << QStringLiteral("no-orders")
        << qint64(21) << qint64(0);
    QTest::newRow("newest order completed: new order")
        << requestPhone << one << QList<Order> { order(1, 10, at(2), QStringLiteral("complete")) }
        << LeadAction::CreateOrder << QStringLiteral("newest-order-completed") << qint64(10) << qint64(0);
    QTest::newRow("newest order in another complete-group status")
        << call << one << QList<Order> { order(1, 10, at(2), QStringLiteral("paid-and-done")) }
        << LeadAction::CreateOrder << QStringLiteral("newest-order-completed") << qint64(10) << qint64(0);
    QTest::newRow("newest order cancelled: new order")
        << chatEmail << one << QList<Order> { order(1, 10, at(2), QStringLiteral("no-call")) }
        << LeadAction::CreateOrder << QStringLiteral("newest-order-cancelled") << qint64(10) << qint64(0);
    QTest::newRow("open order, site ID empty: update")
        << requestEmail << one << QList<Order> { order(7, 10, at(2), QStringLiteral("in-work")) }
        << LeadAction::UpdateOrder << QStringLiteral("open-order-without-lead") << qint64(10) << qint64(7);
    QTest::newRow("open order, site ID filled: skip (first lead wins)")
        << chatPhone << one
        << QList<Order> { order(7, 10, at(2), QStringLiteral("in-work"), QStringLiteral("13480")) }
        << LeadAction::Skip << QStringLiteral("open-order-has-lead") << qint64(10) << qint64(7);
    QTest::newRow("newest by creation date, not by id")
        << call << one
        << QList<Order> { order(90, 10, at(1), QStringLiteral("new")),
               order(5, 10, at(9), QStringLiteral("complete")) }
        << LeadAction::CreateOrder << QStringLiteral("newest-order-completed") << qint64(10) << qint64(0);
    QTest::newRow("newest by creation date, not by number")
        << call << one
        << QList<Order> { order(1, 10, at(9), QStringLiteral("new"), {}, QStringLiteral("100A")),
               order(2, 10, at(3), QStringLiteral("complete"), {}, QStringLiteral("999A")) }
        << LeadAction::UpdateOrder << QStringLiteral("open-order-without-lead") << qint64(10) << qint64(1);
    QTest::newRow("older open order does not matter when the newest is closed")
        << call << one
        << QList<Order> { order(1, 10, at(1), QStringLiteral("new")),
               order(2, 10, at(4), QStringLiteral("cancel-other")) }
        << LeadAction::CreateOrder << QStringLiteral("newest-order-cancelled") << qint64(10) << qint64(0);
    QTest::newRow("status of an unknown group counts as open")
        << call << one << QList<Order> { order(3, 10, at(2), QStringLiteral("custom-status")) }
        << LeadAction::UpdateOrder << QStringLiteral("open-order-without-lead") << qint64(10) << qint64(3);
    QTest::newRow("site ID field with blanks counts as empty")
        << call << one << QList<Order> { order(3, 10, at(2), QStringLiteral("new"), QStringLiteral("  ")) }
        << LeadAction::UpdateOrder << QStringLiteral("open-order-without-lead") << qint64(10) << qint64(3);
}

void tst_LeadRules::decide()
{
    QFETCH(Lead, lead);
    QFETCH(QList<Customer>, customers);
    QFETCH(QList<Order>, orders);
    QFETCH(LeadAction, action);
    QFETCH(QString, reason);
    QFETCH(qint64, customerId);
    QFETCH(qint64, orderId);

    LeadRulesInput input;
    input.lead = lead;
    input.calltouchSiteId = QStringLiteral("13480");
    input.customers = customers;
    input.ordersOfNewestCustomer = orders;
    input.statusGroups = groups();
    const LeadDecision decision = decideLead(input);
    QCOMPARE(decision.action, action);
    QCOMPARE(Db::toDb(decision.reasonCode), reason);
    QCOMPARE(decision.customerId, customerId);
    QCOMPARE(decision.orderId, orderId);
    QVERIFY(!reasonText(Db::fromDb<Db::LeadReason>(reason)).isEmpty());
    if (action == LeadAction::NoContact) {
        QVERIFY(decision.fields.customFields.isEmpty());
    } else {
        QCOMPARE(decision.fields.customFields.value(FieldCode::SiteId), QStringLiteral("13480"));
        QCOMPARE(decision.fields.customFields.value(leadIdField(lead.kind)), QStringLiteral("555"));
    }
}

void tst_LeadRules::customerName_data()
{
    QTest::addColumn<Lead>("lead");
    QTest::addColumn<QString>("expected");
    QTest::newRow("call") << makeLead(Lead::Kind::Call, QStringLiteral("8 (999) 123-45-67"), {})
                          << QStringLiteral("Звонок от +79991234567");
    QTest::newRow("request with phone") << makeLead(Lead::Kind::Request, QStringLiteral("9991234567"),
        QStringLiteral("x@y.ru"), QStringLiteral("Иван"), QStringLiteral("Обратный звонок"))
                                        << QStringLiteral("Обратный звонок от Иван +79991234567");
    QTest::newRow("request e-mail only") << makeLead(
        Lead::Kind::Request, {}, QStringLiteral(" X@Y.ru "), QStringLiteral("Иван"), QStringLiteral("Заказ"))
                                         << QStringLiteral("Заказ от Иван x@y.ru");
    QTest::newRow("request without subject or name") << makeLead(Lead::Kind::Request,
        QStringLiteral("9991234567"), {}) << QStringLiteral("Заявка от +79991234567");
    QTest::newRow("chat with phone and e-mail") << makeLead(
        Lead::Kind::Chat, QStringLiteral("+7 999 123 45 67"), QStringLiteral("o@y.ru"), QStringLiteral("Оля"))
                                                << QStringLiteral("Чат от Оля +79991234567 o@y.ru");
    QTest::newRow("chat with phone only") << makeLead(Lead::Kind::Chat, QStringLiteral("+7 999 123 45 67"),
        {}, QStringLiteral("Оля")) << QStringLiteral("Чат от Оля +79991234567");
    QTest::newRow("chat e-mail only") << makeLead(Lead::Kind::Chat, {}, QStringLiteral("o@y.ru"),
        QStringLiteral("Оля")) << QStringLiteral("Чат от Оля o@y.ru");
    QTest::newRow("chat without name")
        << makeLead(Lead::Kind::Chat, {}, QStringLiteral("o@y.ru")) << QStringLiteral("Чат от o@y.ru");
}

void tst_LeadRules::customerName()
{
    QFETCH(Lead, lead);
    QFETCH(QString, expected);
    QCOMPARE(Sync::customerName(lead, leadContact(lead, QStringLiteral("RU"))), expected);
}

void tst_LeadRules::nameTemplate_data()
{
    QTest::addColumn<Lead>("lead");
    QTest::addColumn<QString>("nameTemplate");
    QTest::addColumn<QString>("expected");
    const Lead call = makeLead(Lead::Kind::Call, QStringLiteral("8 (999) 123-45-67"), {});
    const Lead request = makeLead(Lead::Kind::Request, {}, QStringLiteral("X@Y.ru"), QStringLiteral("Иван"),
        QStringLiteral("Обратный звонок"));
    const Lead chat = makeLead(Lead::Kind::Chat, QStringLiteral("+7 999 123 45 67"), QStringLiteral("o@y.ru"),
        QStringLiteral("Оля"));
    // The defaults written out are the seed's names.
    QTest::newRow("call default") << call << defaultNameTemplate(Lead::Kind::Call)
                                  << QStringLiteral("Звонок от +79991234567");
    QTest::newRow("request default") << request << defaultNameTemplate(Lead::Kind::Request)
                                     << QStringLiteral("Обратный звонок от Иван x@y.ru");
    QTest::newRow("chat default") << chat << defaultNameTemplate(Lead::Kind::Chat)
                                  << QStringLiteral("Чат от Оля +79991234567 o@y.ru");
    // Non-default templates.
    QTest::newRow("call custom") << call << QStringLiteral("Входящий {phone} (Calltouch)")
                                 << QStringLiteral("Входящий +79991234567 (Calltouch)");
    QTest::newRow("request custom") << request << QStringLiteral("{name}, {subject}: {email}")
                                    << QStringLiteral("Иван, Обратный звонок: x@y.ru");
    QTest::newRow("chat custom") << chat << QStringLiteral("  Сайт-чат   {contact}  ")
                                 << QStringLiteral("Сайт-чат +79991234567");
    QTest::newRow("empty value dropped")
        << call << QStringLiteral("Клиент {name} {contact}") << QStringLiteral("Клиент +79991234567");
    QTest::newRow("nothing left: default")
        << call << QStringLiteral("{name}") << QStringLiteral("Звонок от +79991234567");
    QTest::newRow("empty: default") << chat << QString() << QStringLiteral("Чат от Оля +79991234567 o@y.ru");
}

void tst_LeadRules::nameTemplate()
{
    QFETCH(Lead, lead);
    QFETCH(QString, nameTemplate);
    QFETCH(QString, expected);
    QCOMPARE(Sync::customerName(lead, leadContact(lead, QStringLiteral("RU")), nameTemplate), expected);
}

void tst_LeadRules::decisionUsesTheKindsTemplate()
{
    LeadRulesInput input;
    input.lead = makeLead(Lead::Kind::Call, QStringLiteral("9991234567"), {});
    input.calltouchSiteId = QStringLiteral("13480");
    QCOMPARE(decideLead(input).newCustomerName, QStringLiteral("Звонок от +79991234567"));
    input.nameTemplate = QStringLiteral("Лид {contact}");
    const LeadDecision decision = decideLead(input);
    QCOMPARE(decision.action, LeadAction::CreateCustomerAndOrder);
    QCOMPARE(decision.newCustomerName, QStringLiteral("Лид +79991234567"));
}

void tst_LeadRules::unknownPlaceholdersAreNamed()
{
    QVERIFY(unknownPlaceholders(defaultNameTemplate(Lead::Kind::Request)).isEmpty());
    QCOMPARE(unknownPlaceholders(QStringLiteral("{name} {Phone} {utm} {utm}")),
        QStringList({ QStringLiteral("{Phone}"), QStringLiteral("{utm}") }));
    for (const QString &placeholder : namePlaceholders())
        QVERIFY2(!namePlaceholderText(placeholder).isEmpty(), qPrintable(placeholder));
    const OrderOptions defaults = OrderOptions::defaults();
    QVERIFY(defaults.call.orderMethod.isEmpty() && defaults.call.orderType.isEmpty());
    QCOMPARE(defaults.chat.managerId, qint64(0));
}

void tst_LeadRules::fieldsWrittenOnCreateAndUpdate()
{
    for (const Lead::Kind kind : { Lead::Kind::Call, Lead::Kind::Request, Lead::Kind::Chat }) {
        const Lead lead = makeLead(kind, QStringLiteral("79991234567"), {});
        const OrderFields fields = orderFields(lead, QStringLiteral("13480"));
        QCOMPARE(fields.customFields.value(FieldCode::SiteId), QStringLiteral("13480"));
        QCOMPARE(fields.customFields.value(leadIdField(kind)), QStringLiteral("555"));
        QCOMPARE(fields.customFields.value(FieldCode::UtmSource), QStringLiteral("yandex"));
        QCOMPARE(fields.customFields.value(FieldCode::UtmMedium), QStringLiteral("cpc"));
        QCOMPARE(fields.customFields.value(FieldCode::UtmCampaign), QStringLiteral("winter"));
        QCOMPARE(fields.customFields.value(FieldCode::UtmContent), QStringLiteral("ad1"));
        QCOMPARE(fields.customFields.value(FieldCode::UtmTerm), QStringLiteral("buy sofa"));
        // Only the own kind's ID field is written.
        QCOMPARE(fields.customFields.size(), 7);
        QCOMPARE(fields.source.source, QStringLiteral("yandex"));
        QCOMPARE(fields.source.medium, QStringLiteral("cpc"));
        QCOMPARE(fields.source.campaign, QStringLiteral("winter"));
        QCOMPARE(fields.source.content, QStringLiteral("ad1"));
        QCOMPARE(fields.source.keyword, QStringLiteral("buy sofa"));
    }
}

void tst_LeadRules::sourceFallsBackToCalltouchSource()
{
    Lead lead = makeLead(Lead::Kind::Call, QStringLiteral("79991234567"), {});
    lead.utmSource.clear();
    lead.utmMedium.clear();
    lead.utmContent.clear();
    lead.source = QStringLiteral("google");
    lead.medium = QStringLiteral("organic");
    const OrderFields fields = orderFields(lead, QStringLiteral("1"));
    QCOMPARE(fields.source.source, QStringLiteral("google"));
    QCOMPARE(fields.source.medium, QStringLiteral("organic"));
    QVERIFY(!fields.customFields.contains(FieldCode::UtmSource)); // empty UTM is not written
    QVERIFY(!fields.customFields.contains(FieldCode::UtmContent));
}

QTEST_GUILESS_MAIN(tst_LeadRules)
#include "tst_leadrules.moc"
