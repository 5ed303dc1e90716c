// The retailCRM answer parsers: pure functions, driven by tables of answer shapes from the reference.
#include <QJsonDocument>
#include <QTest>

#include "retailcrm/retailcrmparsers.h"

using namespace LeadBridge;
using namespace LeadBridge::RetailCrm;

Q_DECLARE_METATYPE(LeadBridge::ApiError::Kind)

namespace {
const QTimeZone kMoscow(QByteArrayLiteral("Europe/Moscow"));

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

QString kind(ApiError::Kind value)
{
    return ApiError::kindName(value);
}
} // namespace

class tst_RetailCrmParsers : public QObject
{
    Q_OBJECT
private slots:
    void dates_data();
    void dates();
    void formatting();
    void unknownZoneFallsBackToMoscow();
    void decimals_data();
    void decimals();
    void envelope_data();
    void envelope();
    void responseErrors_data();
    void responseErrors();
    void apiVersions_data();
    void apiVersions();
    void credentials_data();
    void credentials();
    void sites_data();
    void sites();
    void statusesAndGroups();
    void customFields();
    void customers();
    void orders_data();
    void orders();
    void orderFields();
    void orderAnswers_data();
    void orderAnswers();
    void createdId();
    void history();
    void historyErrors_data();
    void historyErrors();
    void users();
    void pagination_data();
    void pagination();
};

void tst_RetailCrmParsers::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("moscow") << QStringLiteral("2024-03-01 12:30:00") << QStringLiteral("Europe/Moscow")
                            << utc(2024, 3, 1, 9, 30);
    QTest::newRow("moscow midnight crosses the day")
        << QStringLiteral("2024-03-01 01:15:05") << QStringLiteral("Europe/Moscow")
        << utc(2024, 2, 29, 22, 15, 5);
    QTest::newRow("date only") << QStringLiteral("2024-03-01") << QStringLiteral("Europe/Moscow")
                               << utc(2024, 2, 29, 21, 0);
    QTest::newRow("yekaterinburg") << QStringLiteral("2024-03-01 12:30:00")
                                   << QStringLiteral("Asia/Yekaterinburg") << utc(2024, 3, 1, 7, 30);
    QTest::newRow("berlin summer time")
        << QStringLiteral("2024-07-01 12:00:00") << QStringLiteral("Europe/Berlin") << utc(2024, 7, 1, 10, 0);
    QTest::newRow("berlin winter time") << QStringLiteral("2024-01-15 12:00:00")
                                        << QStringLiteral("Europe/Berlin") << utc(2024, 1, 15, 11, 0);
    QTest::newRow("iso T tolerated") << QStringLiteral("2024-03-01T12:30:00")
                                     << QStringLiteral("Europe/Moscow") << utc(2024, 3, 1, 9, 30);
    QTest::newRow("empty") << QString() << QStringLiteral("Europe/Moscow") << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QStringLiteral("Europe/Moscow") << QDateTime();
    QTest::newRow("bad month") << QStringLiteral("2024-13-01 10:00:00") << QStringLiteral("Europe/Moscow")
                               << QDateTime();
    // Out of the range an order can have: no date, not 1 January of the year 1 (a deal "created" then).
    QTest::newRow("year 1") << QStringLiteral("0001-01-01 00:00:00") << QStringLiteral("Europe/Moscow")
                            << QDateTime();
    QTest::newRow("epoch") << QStringLiteral("1970-01-01 03:00:00") << QStringLiteral("Europe/Moscow")
                           << QDateTime();
    QTest::newRow("year 9999") << QStringLiteral("9999-12-31 23:59:59") << QStringLiteral("Europe/Moscow")
                               << QDateTime();
    QTest::newRow("zero date") << QStringLiteral("0000-00-00 00:00:00") << QStringLiteral("Europe/Moscow")
                               << QDateTime();
}

void tst_RetailCrmParsers::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseDateTime(text, accountTimeZone(zone));
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void tst_RetailCrmParsers::formatting()
{
    QCOMPARE(formatDateTime(utc(2024, 3, 1, 9, 30), kMoscow), QStringLiteral("2024-03-01 12:30:00"));
    QCOMPARE(formatDate(utc(2024, 2, 29, 22, 0), kMoscow), QStringLiteral("2024-03-01"));
    QCOMPARE(formatDateTime(QDateTime(), kMoscow), QString());
    // Round trip.
    const QDateTime moment = utc(2023, 11, 5, 23, 59, 59);
    QCOMPARE(parseDateTime(formatDateTime(moment, kMoscow), kMoscow), moment);
}

void tst_RetailCrmParsers::unknownZoneFallsBackToMoscow()
{
    QCOMPARE(accountTimeZone(QStringLiteral("Mars/Olympus")).id(), QByteArrayLiteral("Europe/Moscow"));
    QCOMPARE(accountTimeZone(QString()).id(), QByteArrayLiteral("Europe/Moscow"));
    QCOMPARE(accountTimeZone(QStringLiteral("Asia/Novosibirsk")).id(), QByteArrayLiteral("Asia/Novosibirsk"));
}

void tst_RetailCrmParsers::decimals_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer number") << QJsonValue(1500) << QStringLiteral("1500");
    QTest::newRow("fraction number") << QJsonValue(1250.5) << QStringLiteral("1250.5");
    QTest::newRow("kopecks") << QJsonValue(99.99) << QStringLiteral("99.99");
    QTest::newRow("string with zeros") << QJsonValue(QStringLiteral("1500.00")) << QStringLiteral("1500");
    QTest::newRow("string fraction") << QJsonValue(QStringLiteral("1250.50")) << QStringLiteral("1250.5");
    QTest::newRow("string with comma and space")
        << QJsonValue(QStringLiteral("1 250,5")) << QStringLiteral("1250.5");
    QTest::newRow("zero") << QJsonValue(0) << QStringLiteral("0");
    QTest::newRow("not a number") << QJsonValue(QStringLiteral("n/a")) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("object") << QJsonValue(QJsonObject {}) << QString();
    QTest::newRow("1e300") << QJsonValue(1e300) << QString();
    QTest::newRow("-1e15 as text") << QJsonValue(QStringLiteral("-1000000000000000")) << QString();
    QTest::newRow("largest kept") << QJsonValue(999999999999.99) << QStringLiteral("999999999999.99");
}

void tst_RetailCrmParsers::decimals()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(decimalText(value), expected);
}

void tst_RetailCrmParsers::envelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("expected");
    QTest::addColumn<QString>("detailPart");
    QTest::newRow("ok") << QByteArray(R"({"success":true,"x":1})") << ApiError::Kind::None << QString();
    QTest::newRow("no success member tolerated")
        << QByteArray(R"({"x":1})") << ApiError::Kind::None << QString();
    QTest::newRow("broken json") << QByteArray(R"({"success":true,"orders":[{"id":1,)")
                                 << ApiError::Kind::BadResponse << QStringLiteral("not JSON");
    QTest::newRow("html page") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                               << ApiError::Kind::BadResponse << QStringLiteral("HTML");
    QTest::newRow("empty body") << QByteArray() << ApiError::Kind::BadResponse << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << ApiError::Kind::BadResponse
                           << QStringLiteral("not an object");
    QTest::newRow("success false in 200") << QByteArray(R"({"success":false,"errorMsg":"Order not valid"})")
                                          << ApiError::Kind::Validation << QStringLiteral("Order not valid");
    QTest::newRow("success false, key problem")
        << QByteArray(R"({"success":false,"errorMsg":"Wrong \"apiKey\" value."})") << ApiError::Kind::Auth
        << QStringLiteral("apiKey");
}

void tst_RetailCrmParsers::envelope()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, expected);
    QFETCH(QString, detailPart);
    const Result<QJsonObject> result = parseEnvelope(body);
    QCOMPARE(kind(result.error.kind), kind(expected));
    if (!detailPart.isEmpty())
        QVERIFY2(result.error.detail.contains(detailPart), qPrintable(result.error.detail));
}

void tst_RetailCrmParsers::responseErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("transportKind");
    QTest::addColumn<ApiError::Kind>("expected");
    QTest::addColumn<QString>("fieldKey");
    QTest::addColumn<QString>("fieldMessage");
    using K = ApiError::Kind;
    QTest::newRow("ok") << 200 << QByteArray(R"({"success":true})") << K::None << K::None << QString()
                        << QString();
    QTest::newRow("201 ok") << 201 << QByteArray(R"({"success":true,"id":5})") << K::None << K::None
                            << QString() << QString();
    QTest::newRow("validation object")
        << 400
        << QByteArray(
               R"({"success":false,"errorMsg":"Errors in the input parameters","errors":{"externalId":"Order with externalId already exists."}})")
        << K::Validation << K::Validation << QStringLiteral("externalId")
        << QStringLiteral("Order with externalId already exists.");
    QTest::newRow("validation list")
        << 400
        << QByteArray(R"({"success":false,"errorMsg":"Errors","errors":["first problem","second problem"]})")
        << K::Validation << K::Validation << QString() << QStringLiteral("first problem; second problem");
    QTest::newRow("validation nested")
        << 400
        << QByteArray(R"({"success":false,"errorMsg":"Errors","errors":{"customer":{"id":"Not found"}}})")
        << K::Validation << K::Validation << QStringLiteral("customer.id") << QStringLiteral("Not found");
    QTest::newRow("extra fields")
        << 400 << QByteArray(R"({"success":false,"errorMsg":"This form should not contain extra fields."})")
        << K::Validation << K::Validation << QString() << QString();
    QTest::newRow("401 wrong key") << 401
                                   << QByteArray(R"({"success":false,"errorMsg":"Wrong \"apiKey\" value."})")
                                   << K::Auth << K::Auth << QString() << QString();
    QTest::newRow("403 wrong key is auth")
        << 403 << QByteArray(R"({"success":false,"errorMsg":"Wrong \"apiKey\" value."})") << K::Permission
        << K::Auth << QString() << QString();
    QTest::newRow("403 access denied")
        << 403 << QByteArray(R"({"success":false,"errorMsg":"Access denied."})") << K::Permission
        << K::Permission << QString() << QString();
    QTest::newRow("403 no body") << 403 << QByteArray() << K::Permission << K::Permission << QString()
                                 << QString();
    QTest::newRow("200 success false access denied")
        << 200 << QByteArray(R"({"success":false,"errorMsg":"Access denied to this site"})") << K::None
        << K::Permission << QString() << QString();
    QTest::newRow("200 success false validation")
        << 200
        << QByteArray(R"({"success":false,"errorMsg":"Something is wrong","errors":{"site":"Unknown"}})")
        << K::None << K::Validation << QStringLiteral("site") << QStringLiteral("Unknown");
    // A success is not parsed here (its reader parses it once); "success": false in any spacing is.
    QTest::newRow("200 success false, spaced")
        << 200 << QByteArray("{ \"errorMsg\" : \"Access denied\",\n  \"success\" :\n\tfalse }") << K::None
        << K::Permission << QString() << QString();
    QTest::newRow("200 success true, false elsewhere")
        << 200 << QByteArray(R"({"success":true,"order":{"call":false,"note":""success": maybe"}})")
        << K::None << K::None << QString() << QString();
    QTest::newRow("404 not found") << 404 << QByteArray(R"({"success":false,"errorMsg":"Not found"})")
                                   << K::NotFound << K::NotFound << QString() << QString();
    QTest::newRow("404 html of another site") << 404 << QByteArray("<html><body>Not Found</body></html>")
                                              << K::NotFound << K::NotFound << QString() << QString();
    QTest::newRow("500 json") << 500 << QByteArray(R"({"success":false,"errorMsg":"Internal error"})")
                              << K::Server << K::Server << QString() << QString();
    QTest::newRow("460 plan") << 460 << QByteArray(R"({"success":false,"errorMsg":"Limit reached"})")
                              << K::PlanLimit << K::PlanLimit << QString() << QString();
    QTest::newRow("404 json of another api")
        << 404 << QByteArray(R"({"message":"nope"})") << K::NotFound << K::NotFound << QString() << QString();
}

void tst_RetailCrmParsers::responseErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, transportKind);
    QFETCH(ApiError::Kind, expected);
    QFETCH(QString, fieldKey);
    QFETCH(QString, fieldMessage);
    ApiError transport;
    if (transportKind != ApiError::Kind::None)
        transport =
            ApiError::make(transportKind, QStringLiteral("GET /api/v5/x -> HTTP %1").arg(status), status);
    const ApiError error = responseError(status, body, transport);
    QCOMPARE(kind(error.kind), kind(expected));
    if (!fieldMessage.isEmpty()) {
        QVERIFY2(error.fieldErrors.contains(fieldKey),
            qPrintable(error.fieldErrors.keys().join(QLatin1Char(','))));
        QCOMPARE(error.fieldErrors.value(fieldKey), fieldMessage);
    }
    if (expected != ApiError::Kind::None) {
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.userMessage().isEmpty());
    }
}

void tst_RetailCrmParsers::apiVersions_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("expected");
    QTest::addColumn<QStringList>("versions");
    QTest::newRow("retailcrm") << QByteArray(R"({"success":true,"versions":["3.0","4.0","5.0"]})")
                               << ApiError::Kind::None
                               << QStringList { QStringLiteral("3.0"), QStringLiteral("4.0"),
                                      QStringLiteral("5.0") };
    QTest::newRow("other json api") << QByteArray(R"({"status":"ok"})") << ApiError::Kind::BadResponse
                                    << QStringList();
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html></html>") << ApiError::Kind::BadResponse
                          << QStringList();
}

void tst_RetailCrmParsers::apiVersions()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, expected);
    QFETCH(QStringList, versions);
    const Result<QStringList> result = parseApiVersions(body);
    QCOMPARE(kind(result.error.kind), kind(expected));
    QCOMPARE(result.value, versions);
}

void tst_RetailCrmParsers::credentials_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("expected");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("scopes") << QByteArray(
        R"({"success":true,"scopes":["order_read","order_write"],"siteAccess":"access_full","sitesAvailable":["main"]})")
                            << ApiError::Kind::None
                            << QStringList { QStringLiteral("order_read"), QStringLiteral("order_write") }
                            << QStringList();
    QTest::newRow("older credentials list") << QByteArray(
        R"({"success":true,"credentials":["/api/orders","/api/orders/create"],"siteAccess":"access_selective","sitesAvailable":["main"]})")
                                            << ApiError::Kind::None << QStringList()
                                            << QStringList { QStringLiteral("/api/orders"),
                                                   QStringLiteral("/api/orders/create") };
    QTest::newRow("both") << QByteArray(
        R"({"success":true,"scopes":["order_read"],"credentials":["/api/integration-modules/{code}"]})")
                          << ApiError::Kind::None << QStringList { QStringLiteral("order_read") }
                          << QStringList { QStringLiteral("/api/integration-modules/{code}") };
    QTest::newRow("neither") << QByteArray(R"({"success":true})") << ApiError::Kind::BadResponse
                             << QStringList() << QStringList();
}

void tst_RetailCrmParsers::credentials()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, expected);
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, paths);
    const Result<Credentials> result = parseCredentials(body);
    QCOMPARE(kind(result.error.kind), kind(expected));
    QCOMPARE(result.value.scopes, scopes);
    QCOMPARE(result.value.credentials, paths);
    if (qstrcmp(QTest::currentDataTag(), "scopes") == 0) {
        QCOMPARE(result.value.siteAccess, QStringLiteral("access_full"));
        QCOMPARE(result.value.sitesAvailable, QStringList { QStringLiteral("main") });
    }
}

void tst_RetailCrmParsers::sites_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("expected");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("object keyed by code, sorted by ordering then name")
        << QByteArray(R"({"success":true,"sites":{
            "outlet":{"name":"Outlet","code":"outlet","url":"https://o.example","ordering":30},
            "zeta":{"name":"Zeta","code":"zeta","ordering":10},
            "alpha":{"name":"Alpha","code":"alpha","ordering":10}}})")
        << ApiError::Kind::None
        << QStringList { QStringLiteral("alpha"), QStringLiteral("zeta"), QStringLiteral("outlet") };
    QTest::newRow("code from the key") << QByteArray(R"({"success":true,"sites":{"main":{"name":"Main"}}})")
                                       << ApiError::Kind::None << QStringList { QStringLiteral("main") };
    QTest::newRow("empty as []") << QByteArray(R"({"success":true,"sites":[]})") << ApiError::Kind::None
                                 << QStringList();
    QTest::newRow("list tolerated") << QByteArray(
        R"({"success":true,"sites":[{"code":"b","ordering":2},{"code":"a","ordering":1}]})")
                                    << ApiError::Kind::None
                                    << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("missing") << QByteArray(R"({"success":true})") << ApiError::Kind::BadResponse
                             << QStringList();
    QTest::newRow("entry not an object") << QByteArray(R"({"success":true,"sites":{"main":"Main"}})")
                                         << ApiError::Kind::BadResponse << QStringList();
    QTest::newRow("no code at all") << QByteArray(R"({"success":true,"sites":[{"name":"x"}]})")
                                    << ApiError::Kind::BadResponse << QStringList();
}

void tst_RetailCrmParsers::sites()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, expected);
    QFETCH(QStringList, codes);
    const Result<QList<Site>> result = parseSites(body);
    QCOMPARE(kind(result.error.kind), kind(expected));
    QStringList got;
    for (const Site &site : result.value)
        got << site.code;
    QCOMPARE(got, codes);
    if (qstrcmp(QTest::currentDataTag(), "code from the key") == 0)
        QCOMPARE(result.value.first().name, QStringLiteral("Main"));
}

void tst_RetailCrmParsers::statusesAndGroups()
{
    const QByteArray statusesBody = R"({"success":true,"statuses":{
        "no-call":{"name":"Недозвон","code":"no-call","active":true,"ordering":20,"group":"new"},
        "new":{"name":"Новый","code":"new","active":true,"ordering":10,"group":"new"},
        "complete":{"name":"Выполнен","code":"complete","active":false,"ordering":80,"group":"complete"}}})";
    const Result<QList<Status>> statuses = parseStatuses(statusesBody);
    QVERIFY(statuses.isOk());
    QCOMPARE(statuses.value.size(), 3);
    QCOMPARE(statuses.value.at(0).code, QStringLiteral("new"));
    QCOMPARE(statuses.value.at(0).name, QStringLiteral("Новый"));
    QCOMPARE(statuses.value.at(0).group, QStringLiteral("new"));
    QCOMPARE(statuses.value.at(2).active, false);

    const QByteArray groupsBody = R"({"success":true,"statusGroups":{
        "cancel":{"name":"Отменен","code":"cancel","active":true,"ordering":60,"process":false,"statuses":["cancel-other","no-product"]},
        "new":{"name":"Новый","code":"new","active":true,"ordering":10,"process":true,"statuses":["new"]}}})";
    const Result<QList<StatusGroup>> groups = parseStatusGroups(groupsBody);
    QVERIFY(groups.isOk());
    QCOMPARE(groups.value.size(), 2);
    QCOMPARE(groups.value.at(0).code, QStringLiteral("new"));
    QCOMPARE(groups.value.at(1).statuses,
        (QStringList { QStringLiteral("cancel-other"), QStringLiteral("no-product") }));

    QCOMPARE(kind(parseStatuses(R"({"success":true,"statuses":5})").error.kind),
        kind(ApiError::Kind::BadResponse));
    QCOMPARE(kind(parseStatusGroups(R"({"success":true})").error.kind), kind(ApiError::Kind::BadResponse));
    QVERIFY(parseStatusGroups(R"({"success":true,"statusGroups":[]})").isOk());
}

void tst_RetailCrmParsers::customFields()
{
    const QByteArray body =
        R"({"success":true,"pagination":{"limit":100,"totalCount":2,"currentPage":1,"totalPageCount":1},
        "customFields":[{"name":"Calltouch site ID","code":"calltouch_site_id","type":"string","entity":"order","required":false,"inFilter":true,"inList":true},
                        {"name":"Gift","code":"gift","type":"boolean","entity":"order"}]})";
    const Result<Page<CustomField>> result = parseCustomFields(body);
    QVERIFY(result.isOk());
    QCOMPARE(result.value.items.size(), 2);
    QCOMPARE(result.value.items.at(0).code, QStringLiteral("calltouch_site_id"));
    QCOMPARE(result.value.items.at(0).type, QStringLiteral("string"));
    QCOMPARE(result.value.items.at(0).entity, QStringLiteral("order"));
    QVERIFY(result.value.items.at(0).inFilter);
    QVERIFY(!result.value.items.at(1).inFilter);
    QCOMPARE(result.value.pagination.totalCount, 2);

    const Result<Page<CustomField>> missingCode =
        parseCustomFields(R"({"success":true,"customFields":[{"name":"x"}]})");
    QCOMPARE(kind(missingCode.error.kind), kind(ApiError::Kind::BadResponse));
    QVERIFY2(missingCode.error.detail.contains(QLatin1String("customFields[0]")),
        qPrintable(missingCode.error.detail));

    QCOMPARE(parseCustomFieldCreated(R"({"success":true,"code":"calltouch_site_id"})").value,
        QStringLiteral("calltouch_site_id"));
    QVERIFY(!parseCustomFieldCreated(R"({"success":true})").isOk());
}

void tst_RetailCrmParsers::customers()
{
    const QByteArray body = R"({"success":true,
        "pagination":{"limit":20,"totalCount":45,"currentPage":2,"totalPageCount":3},
        "customers":[
          {"id":123,"externalId":"ct-call-1","firstName":"Иван","lastName":"Петров","patronymic":"","email":"Ivan@Example.ru",
           "phones":[{"number":"+7 (999) 123-45-67"},{"number":"8 916 555-12-34"}],"createdAt":"2024-03-01 12:30:00","site":"main","managerId":7},
          {"id":"124","firstName":"Без телефона","phones":[],"createdAt":"2024-03-02 00:00:00"}]})";
    const Result<Page<Customer>> result = parseCustomers(body, kMoscow);
    QVERIFY2(result.isOk(), qPrintable(result.error.detail));
    QCOMPARE(result.value.items.size(), 2);
    const Customer &ivan = result.value.items.at(0);
    QCOMPARE(ivan.id, 123);
    QCOMPARE(ivan.externalId, QStringLiteral("ct-call-1"));
    QCOMPARE(ivan.firstName, QStringLiteral("Иван"));
    QCOMPARE(ivan.lastName, QStringLiteral("Петров"));
    QCOMPARE(ivan.email, QStringLiteral("Ivan@Example.ru"));
    QCOMPARE(ivan.phones,
        (QStringList { QStringLiteral("+7 (999) 123-45-67"), QStringLiteral("8 916 555-12-34") }));
    QCOMPARE(ivan.createdAt, utc(2024, 3, 1, 9, 30));
    QCOMPARE(ivan.site, QStringLiteral("main"));
    QCOMPARE(ivan.managerId, 7);
    QCOMPARE(result.value.items.at(1).id, 124); // a numeric string is tolerated
    QVERIFY(result.value.items.at(1).phones.isEmpty());
    QCOMPARE(result.value.pagination.currentPage, 2);
    QCOMPARE(result.value.pagination.totalPageCount, 3);
    QCOMPARE(result.value.pagination.totalCount, 45);

    const Result<Page<Customer>> noId =
        parseCustomers(R"({"success":true,"customers":[{"id":1},{"firstName":"x"}]})", kMoscow);
    QCOMPARE(kind(noId.error.kind), kind(ApiError::Kind::BadResponse));
    QVERIFY2(noId.error.detail.contains(QLatin1String("customers[1]")), qPrintable(noId.error.detail));
    QVERIFY2(noId.error.detail.contains(QLatin1String("id")), qPrintable(noId.error.detail));
}

void tst_RetailCrmParsers::orders_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("expected");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("total");
    QTest::addColumn<int>("customFieldCount");
    const auto wrap = [](const char *order) -> QByteArray {
        return QByteArray(
                   R"({"success":true,"pagination":{"limit":100,"totalCount":1,"currentPage":1,"totalPageCount":1},"orders":[)")
            + order + "]}";
    };
    using K = ApiError::Kind;
    QTest::newRow("customFields object")
        << wrap(R"({"id":456,"totalSumm":1500,"customFields":{"a":"1","b":"2"}})") << K::None << 1
        << QStringLiteral("1500") << 2;
    QTest::newRow("customFields empty list") << wrap(R"({"id":456,"totalSumm":1500,"customFields":[]})")
                                             << K::None << 1 << QStringLiteral("1500") << 0;
    QTest::newRow("customFields empty object")
        << wrap(R"({"id":456,"totalSumm":0,"customFields":{}})") << K::None << 1 << QStringLiteral("0") << 0;
    QTest::newRow("customFields absent") << wrap(R"({"id":456})") << K::None << 1 << QString() << 0;
    QTest::newRow("customFields null values dropped")
        << wrap(R"({"id":456,"customFields":{"a":null,"b":"","c":"x"}})") << K::None << 1 << QString() << 1;
    QTest::newRow("customFields as a string")
        << wrap(R"({"id":456,"customFields":"oops"})") << K::BadResponse << 0 << QString() << 0;
    QTest::newRow("total as string") << wrap(R"({"id":456,"totalSumm":"1250.50"})") << K::None << 1
                                     << QStringLiteral("1250.5") << 0;
    QTest::newRow("total fraction") << wrap(R"({"id":456,"totalSumm":99.9})") << K::None << 1
                                    << QStringLiteral("99.9") << 0;
    QTest::newRow("id as string") << wrap(R"({"id":"456"})") << K::None << 1 << QString() << 0;
    QTest::newRow("no id") << wrap(R"({"number":"1A"})") << K::BadResponse << 0 << QString() << 0;
    QTest::newRow("fractional id") << wrap(R"({"id":1.5})") << K::BadResponse << 0 << QString() << 0;
    QTest::newRow("orders missing") << QByteArray(R"({"success":true})") << K::BadResponse << 0 << QString()
                                    << 0;
    QTest::newRow("orders empty") << QByteArray(
        R"({"success":true,"orders":[],"pagination":{"totalPageCount":0}})")
                                  << K::None << 0 << QString() << 0;
    QTest::newRow("broken json") << QByteArray(R"({"success":true,"orders":[{"id":1,)") << K::BadResponse << 0
                                 << QString() << 0;
    QTest::newRow("html page") << QByteArray("<html><head><title>Maintenance</title></head></html>")
                               << K::BadResponse << 0 << QString() << 0;
    QTest::newRow("success false in 200") << QByteArray(R"({"success":false,"errorMsg":"Access denied."})")
                                          << K::Permission << 0 << QString() << 0;
}

void tst_RetailCrmParsers::orders()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, expected);
    QFETCH(int, count);
    QFETCH(QString, total);
    QFETCH(int, customFieldCount);
    const Result<Page<Order>> result = parseOrders(body, kMoscow);
    QCOMPARE(kind(result.error.kind), kind(expected));
    if (!result.isOk())
        return;
    QCOMPARE(result.value.items.size(), count);
    if (count > 0) {
        QCOMPARE(result.value.items.first().id, 456);
        QCOMPARE(result.value.items.first().totalSumm, total);
        QCOMPARE(result.value.items.first().customFields.size(), customFieldCount);
    }
}

void tst_RetailCrmParsers::orderFields()
{
    const QByteArray body = R"({"success":true,"orders":[{
        "id":456,"number":"456A","externalId":"ct-call-9","site":"main","status":"new",
        "statusUpdatedAt":"2024-03-02 10:00:00","createdAt":"2024-03-01 12:30:00","totalSumm":"4990.00",
        "managerId":12,"firstName":"Иван","lastName":"Петров","phone":"+79991234567","email":"ivan@example.ru",
        "customer":{"type":"customer","id":123,"phones":[{"number":"+7 (999) 123-45-67"}],"email":"ivan@example.ru"},
        "customFields":{"calltouch_site_id":"5000","calltouch_call_id":777,"dict":{"code":"vip"}},
        "source":{"source":"yandex","medium":"cpc","campaign":"spring","keyword":"sofa","content":"ad1"},
        "items":[{"id":1}],"delivery":{"cost":0}}]})";
    const Result<Page<Order>> result = parseOrders(body, kMoscow);
    QVERIFY2(result.isOk(), qPrintable(result.error.detail));
    const Order order = result.value.items.first();
    QCOMPARE(order.id, 456);
    QCOMPARE(order.number, QStringLiteral("456A"));
    QCOMPARE(order.externalId, QStringLiteral("ct-call-9"));
    QCOMPARE(order.site, QStringLiteral("main"));
    QCOMPARE(order.status, QStringLiteral("new"));
    QCOMPARE(order.createdAt, utc(2024, 3, 1, 9, 30));
    QCOMPARE(order.statusUpdatedAt, utc(2024, 3, 2, 7, 0));
    QCOMPARE(order.totalSumm, QStringLiteral("4990"));
    QCOMPARE(order.managerId, 12);
    QCOMPARE(order.customerId, 123);
    QCOMPARE(order.customerPhones, QStringList { QStringLiteral("+7 (999) 123-45-67") });
    QCOMPARE(order.customerEmail, QStringLiteral("ivan@example.ru"));
    QCOMPARE(order.firstName, QStringLiteral("Иван"));
    QCOMPARE(order.phone, QStringLiteral("+79991234567"));
    QCOMPARE(order.customFields.value(QStringLiteral("calltouch_site_id")), QStringLiteral("5000"));
    QCOMPARE(order.customFields.value(QStringLiteral("calltouch_call_id")), QStringLiteral("777"));
    QCOMPARE(order.customFields.value(QStringLiteral("dict")), QStringLiteral("vip"));
    QCOMPARE(order.source.source, QStringLiteral("yandex"));
    QCOMPARE(order.source.medium, QStringLiteral("cpc"));
    QCOMPARE(order.source.campaign, QStringLiteral("spring"));
    QCOMPARE(order.source.keyword, QStringLiteral("sofa"));
    QCOMPARE(order.source.content, QStringLiteral("ad1"));
}

void tst_RetailCrmParsers::orderAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("written");
    QTest::addColumn<ApiError::Kind>("expected");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("number");
    using K = ApiError::Kind;
    QTest::newRow("get") << QByteArray(R"({"success":true,"order":{"id":7,"number":"7A"}})") << false
                         << K::None << qint64(7) << QStringLiteral("7A");
    QTest::newRow("get without order")
        << QByteArray(R"({"success":true})") << false << K::BadResponse << qint64(0) << QString();
    QTest::newRow("created with order")
        << QByteArray(R"({"success":true,"id":8,"order":{"id":8,"number":"8A"}})") << true << K::None
        << qint64(8) << QStringLiteral("8A");
    QTest::newRow("created, id only")
        << QByteArray(R"({"success":true,"id":9})") << true << K::None << qint64(9) << QString();
    QTest::newRow("created, echo broken")
        << QByteArray(R"({"success":true,"id":10,"order":{"number":"10A"}})") << true << K::None << qint64(10)
        << QString();
    QTest::newRow("created, nothing")
        << QByteArray(R"({"success":true})") << true << K::BadResponse << qint64(0) << QString();
}

void tst_RetailCrmParsers::orderAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, written);
    QFETCH(ApiError::Kind, expected);
    QFETCH(qint64, id);
    QFETCH(QString, number);
    const Result<Order> result = written ? parseOrderWritten(body, kMoscow) : parseOrderAnswer(body, kMoscow);
    QCOMPARE(kind(result.error.kind), kind(expected));
    if (result.isOk()) {
        QCOMPARE(result.value.id, id);
        QCOMPARE(result.value.number, number);
    }
}

void tst_RetailCrmParsers::createdId()
{
    QCOMPARE(parseCreatedId(R"({"success":true,"id":123})").value, 123);
    QCOMPARE(kind(parseCreatedId(R"({"success":true})").error.kind), kind(ApiError::Kind::BadResponse));
    QCOMPARE(kind(parseCreatedId(R"({"success":false,"errorMsg":"x","errors":{"phones":"bad"}})").error.kind),
        kind(ApiError::Kind::Validation));
}

void tst_RetailCrmParsers::history()
{
    const QByteArray body = R"({"success":true,"generatedAt":"2024-03-05 10:00:00",
      "pagination":{"limit":100,"totalCount":3,"currentPage":1,"totalPageCount":1},
      "history":[
        {"id":9003,"createdAt":"2024-03-05 09:00:00","source":"user","field":"total_summ","oldValue":1000,"newValue":"1500.5",
         "order":{"id":456,"site":"main"},"user":{"id":4}},
        {"id":9001,"createdAt":"2024-03-05 08:00:00","created":true,"source":"api","field":"status","oldValue":null,
         "newValue":{"code":"new"},"apiKey":{"current":true},
         "order":{"id":456,"number":"456A","site":"main","status":"new","createdAt":"2024-03-05 08:00:00","customFields":[],
                  "customer":{"id":123}}},
        {"id":9002,"createdAt":"2024-03-05 08:30:00","source":"api","field":"status","oldValue":{"code":"new"},
         "newValue":{"code":"complete"},"apiKey":{"current":false},"order":{"id":456,"site":"main"}}]})";
    const Result<HistoryBatch> result = parseOrdersHistory(body, kMoscow);
    QVERIFY2(result.isOk(), qPrintable(result.error.detail));
    const QList<HistoryRecord> &records = result.value.records;
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).id, 9001); // sorted ascending
    QCOMPARE(records.at(1).id, 9002);
    QCOMPARE(records.at(2).id, 9003);
    QCOMPARE(result.value.generatedAt, utc(2024, 3, 5, 7, 0));

    const HistoryRecord &created = records.at(0);
    QVERIFY(created.created);
    QVERIFY(created.byThisKey);
    QCOMPARE(created.source, QStringLiteral("api"));
    QCOMPARE(created.createdAt, utc(2024, 3, 5, 5, 0));
    QCOMPARE(created.order.id, 456);
    QCOMPARE(created.order.number, QStringLiteral("456A"));
    QCOMPARE(created.order.status, QStringLiteral("new"));
    QCOMPARE(created.order.customerId, 123);
    QCOMPARE(created.newValueText, QStringLiteral("new"));
    QVERIFY(created.oldValueText.isEmpty());

    const HistoryRecord &status = records.at(1);
    QVERIFY(!status.created);
    QVERIFY(!status.byThisKey);
    QCOMPARE(status.field, QStringLiteral("status"));
    QCOMPARE(status.oldValue.value(QLatin1String("code")).toString(), QStringLiteral("new"));
    QCOMPARE(status.newValue.value(QLatin1String("code")).toString(), QStringLiteral("complete"));
    QCOMPARE(status.oldValueText, QStringLiteral("new"));
    QCOMPARE(status.newValueText, QStringLiteral("complete"));

    const HistoryRecord &total = records.at(2);
    QVERIFY(!total.byThisKey);
    QCOMPARE(total.source, QStringLiteral("user"));
    QCOMPARE(total.userId, 4);
    QCOMPARE(total.oldValueText, QStringLiteral("1000"));
    QCOMPARE(total.newValueText, QStringLiteral("1500.5"));
    QVERIFY(total.newValue.isEmpty());
    QCOMPARE(total.order.site, QStringLiteral("main"));
}

void tst_RetailCrmParsers::historyErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("expected");
    using K = ApiError::Kind;
    QTest::newRow("empty") << QByteArray(R"({"success":true,"history":[],"pagination":{"totalPageCount":0}})")
                           << K::None;
    QTest::newRow("no order") << QByteArray(R"({"success":true,"history":[{"id":1,"field":"status"}]})")
                              << K::BadResponse;
    QTest::newRow("order without id")
        << QByteArray(R"({"success":true,"history":[{"id":1,"order":{"site":"x"}}]})") << K::BadResponse;
    QTest::newRow("record without id")
        << QByteArray(R"({"success":true,"history":[{"order":{"id":1}}]})") << K::BadResponse;
    QTest::newRow("pagination out of range")
        << QByteArray(R"({"success":true,"history":[],"pagination":{"totalPageCount":1e300}})")
        << K::BadResponse;
    QTest::newRow("sinceId with page refused") << QByteArray(
        R"({"success":false,"errorMsg":"Errors in the input parameters","errors":{"page":"not with sinceId"}})")
                                               << K::Validation;
}

void tst_RetailCrmParsers::historyErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, expected);
    QCOMPARE(kind(parseOrdersHistory(body, kMoscow).error.kind), kind(expected));
}

void tst_RetailCrmParsers::users()
{
    const QByteArray body =
        R"({"success":true,"pagination":{"limit":100,"totalCount":2,"currentPage":1,"totalPageCount":1},
        "users":[{"id":1,"firstName":"Анна","lastName":"Смирнова","patronymic":"","email":"anna@x.ru","active":true},
                 {"id":2,"firstName":"Павел","lastName":"Орлов","patronymic":"Игоревич","active":false}]})";
    const Result<Page<User>> result = parseUsers(body);
    QVERIFY(result.isOk());
    QCOMPARE(result.value.items.size(), 2);
    QCOMPARE(result.value.items.at(0).fullName(), QStringLiteral("Смирнова Анна"));
    QCOMPARE(result.value.items.at(0).email, QStringLiteral("anna@x.ru"));
    QCOMPARE(result.value.items.at(1).fullName(), QStringLiteral("Орлов Павел Игоревич"));
    QVERIFY(!result.value.items.at(1).active);
    QCOMPARE(kind(parseUsers(R"({"success":true,"users":[{"firstName":"x"}]})").error.kind),
        kind(ApiError::Kind::BadResponse));
}

void tst_RetailCrmParsers::pagination_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("currentPage");
    QTest::addColumn<int>("totalPageCount");
    QTest::newRow("normal") << QByteArray(
        R"({"pagination":{"limit":20,"totalCount":41,"currentPage":2,"totalPageCount":3}})")
                            << 2 << 3;
    QTest::newRow("empty list says 0 pages")
        << QByteArray(R"({"pagination":{"limit":20,"totalCount":0,"currentPage":1,"totalPageCount":0}})") << 1
        << 0;
    QTest::newRow("numbers as strings")
        << QByteArray(R"({"pagination":{"currentPage":"2","totalPageCount":"5"}})") << 2 << 5;
    QTest::newRow("absent: one page") << QByteArray("{}") << 1 << 1;
    QTest::newRow("INT_MAX pages") << QByteArray(R"({"pagination":{"totalPageCount":2147483647}})") << 1
                                   << 2147483647;
    // Out of range: an error naming the member (-1 = error expected).
    QTest::newRow("totalPageCount 1e300")
        << QByteArray(R"({"pagination":{"totalPageCount":1e300}})") << -1 << -1;
    QTest::newRow("totalCount 1e19") << QByteArray(R"({"pagination":{"totalCount":1e19}})") << -1 << -1;
    QTest::newRow("currentPage -3") << QByteArray(R"({"pagination":{"currentPage":-3}})") << -1 << -1;
    QTest::newRow("limit 2.5") << QByteArray(R"({"pagination":{"limit":2.5}})") << -1 << -1;
    QTest::newRow("totalPageCount INT_MAX + 1 as text")
        << QByteArray(R"({"pagination":{"totalPageCount":"2147483648"}})") << -1 << -1;
}

void tst_RetailCrmParsers::pagination()
{
    QFETCH(QByteArray, body);
    QFETCH(int, currentPage);
    QFETCH(int, totalPageCount);
    const Result<Pagination> parsed = parsePagination(QJsonDocument::fromJson(body).object(), 3);
    if (currentPage < 0) {
        QVERIFY(!parsed.isOk());
        QCOMPARE(kind(parsed.error.kind), kind(ApiError::Kind::BadResponse));
        QVERIFY2(parsed.error.detail.contains(QLatin1String("pagination.")), qPrintable(parsed.error.detail));
        // A list answer with such paging is refused as a whole.
        QByteArray list = body;
        list.replace("{\"pagination\"", "{\"success\":true,\"users\":[],\"pagination\"");
        QVERIFY(!parseUsers(list).isOk());
        return;
    }
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed.value.currentPage, currentPage);
    QCOMPARE(parsed.value.totalPageCount, totalPageCount);
}

QTEST_GUILESS_MAIN(tst_RetailCrmParsers)
#include "tst_retailcrmparsers.moc"
