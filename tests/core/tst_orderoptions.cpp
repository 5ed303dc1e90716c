// Order options per lead kind end to end: the real engine writes the chosen order method, order type,
// manager and customer name to the simulated retailCRM over loopback.
#include "rules/orderoptions.h"
#include "syncfixture.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

class tst_OrderOptions : public QObject
{
    Q_OBJECT
private slots:
    void optionsReachTheCrm_data();
    void optionsReachTheCrm();
    void unknownMethodFailsTheLeadWithTheCrmsWords();
};

void tst_OrderOptions::optionsReachTheCrm_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("withManager");
    QTest::addColumn<QString>("nameTemplate");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("call, defaults (the seed)")
        << "call" << QString() << QString() << false << QString() << "Звонок от +79165551234";
    QTest::newRow("call, order method")
        << "call"
        << "phone" << QString() << false << QString() << "Звонок от +79165551234";
    QTest::newRow("call, manager") << "call" << QString() << QString() << true << QString()
                                   << "Звонок от +79165551234";
    QTest::newRow("call, order type")
        << "call" << QString() << "eshop-legal" << false << QString() << "Звонок от +79165551234";
    QTest::newRow("call, name template")
        << "call" << QString() << QString() << false << "Входящий звонок {phone}"
        << "Входящий звонок +79165551234";
    QTest::newRow("request, everything") << "request"
                                         << "landing-page"
                                         << "eshop-legal" << true << "{subject}: {name} ({contact})"
                                         << "Обратный звонок: Ольга (+79165551234)";
}

void tst_OrderOptions::optionsReachTheCrm()
{
    QFETCH(QString, kind);
    QFETCH(QString, method);
    QFETCH(QString, type);
    QFETCH(bool, withManager);
    QFETCH(QString, nameTemplate);
    QFETCH(QString, expectedName);

    SyncFixture f;
    f.crm->addDefaultOrderBooks();
    RetailCrm::User manager;
    manager.firstName = QStringLiteral("Анна");
    manager.lastName = QStringLiteral("Смирнова");
    const qint64 managerId = f.crm->addUser(manager);
    const bool isCall = kind == QLatin1String("call");
    if (isCall)
        f.ct->addCall(f.now.addSecs(-300), QStringLiteral("8 (916) 555-12-34"));
    else
        f.ct->addRequest(f.now.addSecs(-300), QStringLiteral("+7 916 555 12 34"), {}, QStringLiteral("Ольга"),
            QStringLiteral("Обратный звонок"));
    Sync::OrderOptions options = Sync::OrderOptions::defaults();
    Sync::KindOrderOptions &chosen = isCall ? options.call : options.request;
    chosen.orderMethod = method;
    chosen.orderType = type;
    chosen.managerId = withManager ? managerId : 0;
    if (!nameTemplate.isEmpty())
        chosen.nameTemplate = nameTemplate;
    // The other kinds' options must not leak into this lead's order.
    Sync::KindOrderOptions &other = isCall ? options.request : options.call;
    other.orderMethod = QStringLiteral("live-chat");
    other.nameTemplate = QStringLiteral("Не тот шаблон {contact}");
    f.config.orderOptions = options;
    f.makeEngine();

    QCOMPARE(f.cycle().ordersCreated, 1);
    QCOMPARE(f.crm->orders().size(), 1);
    const RetailCrm::Order order = f.crm->orders().first();
    QCOMPARE(order.orderMethod, method);
    QCOMPARE(order.orderType, type);
    QCOMPARE(order.managerId, withManager ? managerId : 0);
    QCOMPARE(f.crm->customers().size(), 1);
    QCOMPARE(f.crm->customers().first().firstName, expectedName);
}

void tst_OrderOptions::unknownMethodFailsTheLeadWithTheCrmsWords()
{
    // A method deleted from the CRM after it was chosen: the CRM refuses, the lead is kept and shows why.
    SyncFixture f;
    f.crm->addDefaultOrderBooks();
    f.ct->addCall(f.now.addSecs(-300), QStringLiteral("8 (916) 555-12-34"));
    f.config.orderOptions.call.orderMethod = QStringLiteral("fax");
    f.makeEngine();
    f.cycle();
    QCOMPARE(f.crm->orders().size(), 0);
    QCOMPARE(f.sql(QStringLiteral("SELECT state FROM leads")).toString(), QStringLiteral("failed"));
    const QString error = f.sql(QStringLiteral("SELECT code || ' ' || params || ' ' || detail FROM errors"
                                               " WHERE resolved=0 AND direction='leads'"))
                              .toString();
    QVERIFY2(error.contains(QLatin1String("fax")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_OrderOptions)
#include "tst_orderoptions.moc"
