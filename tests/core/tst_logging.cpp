#include <QTest>

#include "util/logging.h"

using namespace LeadBridge;

class tst_Logging : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { clearRegisteredSecrets(); }
    void redact_data();
    void redact();
    void registeredSecretsAreMasked();
    void shortValuesAreNotRegistered();
    void redactedUrl();
    void logMessagesAreRedacted();
};

void tst_Logging::redact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("apiKey query") << QStringLiteral(
        "GET https://a.retailcrm.ru/api/v5/orders?apiKey=abc123&limit=20")
                                  << QStringLiteral(
                                         "GET https://a.retailcrm.ru/api/v5/orders?apiKey=***&limit=20");
    QTest::newRow("clientApiId query")
        << QStringLiteral("/calls-diary/calls?clientApiId=Ab/c.D%2Fx&dateFrom=01/01/2026")
        << QStringLiteral("/calls-diary/calls?clientApiId=***&dateFrom=01/01/2026");
    QTest::newRow("X-API-KEY header")
        << QStringLiteral("X-API-KEY: s3cr3tKey") << QStringLiteral("X-API-KEY: ***");
    QTest::newRow("Access-Token header")
        << QStringLiteral("Access-Token: tok/en.value") << QStringLiteral("Access-Token: ***");
    QTest::newRow("json header") << QStringLiteral("{\"Access-Token\": \"zzzzzz\"}")
                                 << QStringLiteral("{\"Access-Token\": \"***\"}");
    QTest::newRow("case insensitive") << QStringLiteral("x-api-key:abc") << QStringLiteral("x-api-key:***");
    QTest::newRow("nothing secret") << QStringLiteral("order 42 created")
                                    << QStringLiteral("order 42 created");
}

void tst_Logging::redact()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(LeadBridge::redact(input), expected);
}

void tst_Logging::registeredSecretsAreMasked()
{
    registerSecret(QStringLiteral("Zx9/ab.cdEFGH"));
    QCOMPARE(LeadBridge::redact(QStringLiteral("server said: bad token Zx9/ab.cdEFGH")),
        QStringLiteral("server said: bad token ***"));
    // Percent-encoded in a URL, too.
    QCOMPARE(
        LeadBridge::redact(QStringLiteral("url ...?x=Zx9%2Fab.cdEFGH")), QStringLiteral("url ...?x=***"));
}

void tst_Logging::shortValuesAreNotRegistered()
{
    registerSecret(QStringLiteral("ab"));
    QCOMPARE(LeadBridge::redact(QStringLiteral("a crab")), QStringLiteral("a crab"));
}

void tst_Logging::redactedUrl()
{
    const QUrl url(QStringLiteral("https://user:pw@x.retailcrm.ru/api/v5/orders?apiKey=KEY123&page=2"));
    const QString text = LeadBridge::redactedUrl(url);
    QVERIFY(!text.contains(QLatin1String("KEY123")));
    QVERIFY(!text.contains(QLatin1String("pw")));
    QVERIFY(text.contains(QLatin1String("page=2")));
}

namespace {
QStringList g_captured;
void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured << message;
}
} // namespace

void tst_Logging::logMessagesAreRedacted()
{
    const QtMessageHandler previous = qInstallMessageHandler(captureHandler);
    installLogging(); // wraps captureHandler
    registerSecret(QStringLiteral("VerySecretToken42"));
    qCWarning(lcApi) << "request failed with token VerySecretToken42 and X-API-KEY: other";
    qInstallMessageHandler(previous);
    QCOMPARE(g_captured.size(), 1);
    QVERIFY2(
        !g_captured.first().contains(QLatin1String("VerySecretToken42")), qPrintable(g_captured.first()));
    QVERIFY(!g_captured.first().contains(QLatin1String("other")));
}

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_logging.moc"
