// Calltouch parsers and body builders: pure functions, table-driven over the shapes of the reference
// samples (shared/reference/calltouch/*.json, trimmed copies embedded below).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "calltouch/calltouchparsers.h"

using namespace LeadBridge;
using namespace LeadBridge::Calltouch;

namespace {

// calls-diary-page.json, trimmed to the fields the parser reads plus a few it ignores.
const QByteArray kCallsPage = R"json({
  "page": 1, "pageTotal": 1, "pageSize": 1000, "recordsTotal": 2,
  "records": [
    {"callId": 512345678, "date": "08/05/2026 15:32:47", "timestamp": 1778243567,
     "callerNumber": "79210297055", "phoneNumber": "74951234567", "duration": 124, "successful": true,
     "source": "yandex", "medium": "cpc", "utmSource": "yandex", "utmMedium": "cpc",
     "utmCampaign": "sofa_msk", "utmContent": "ad_42", "utmTerm": "купить диван",
     "attrs": null, "callTags": [{"category": "", "type": "MANUAL", "names": ["Лид Москва"]}]},
    {"callId": 512345990, "date": "08/05/2026 9:05:03", "timestamp": 1778220303,
     "callerNumber": "79161234567", "successful": false, "source": "(direct)", "medium": "(none)",
     "utmSource": "<не указано>", "utmMedium": "<не указано>", "utmCampaign": "<не указано>",
     "utmContent": "<не указано>", "utmTerm": "<не указано>", "clientId": null, "callTags": []}
  ]
})json";

// calls-diary-day-array.json
const QByteArray kCallsDay = R"([
  {"callId": 512345678, "date": "08/05/2026 15:32:47", "timestamp": 1778243567,
   "callerNumber": "79210297055", "successful": true, "uniqueCall": true, "source": "yandex", "medium": "cpc",
   "utmSource": "yandex", "utmMedium": "cpc", "utmCampaign": "sofa_msk", "utmContent": "ad_42",
   "utmTerm": "купить диван", "sessionId": 987654321}
])";

// requests-list.json, trimmed.
const QByteArray kRequests = R"([
  {"requestId": 40123456, "requestNumber": "form-20260508-0017", "subject": "Заказать обратный звонок",
   "requestType": "REQUEST", "date": 1778243000000, "dateStr": "08/05/2026 15:23:20",
   "uniqueRequest": true,
   "client": {"clientId": 30111222, "fio": "Иванова Анна",
              "phones": [{"phoneNumber": "79161234567", "phoneType": "MOBILE"}],
              "contacts": [{"contactType": "EMAIL", "contactValue": "anna@example.com"}]},
   "session": {"sessionId": 987654321, "sessionDate": "08/05/2026 15:20:11", "source": "yandex",
               "medium": "cpc", "utmSource": "yandex", "utmMedium": "cpc", "utmCampaign": "sofa_msk",
               "utmContent": "ad_42", "utmTerm": "купить диван"},
   "RequestTags": [{"category": "", "type": "MANUAL", "names": ["Форма"]}],
   "orders": [{"orderId": 700001, "dateCreated": 1778246600000, "status": "new", "sum": "45990.00",
               "orderNumber": "10517"}]}
])";

const QByteArray kDealCreateResponse = R"({
  "data": {"orders": [
    {"orderNumber": "10517", "calltouchOrderId": 700001},
    {"orderNumber": "10518", "error": "Сделка с таким orderNumber уже существует"}
  ]}
})";

const QByteArray kValidationError = R"({"data": {"validationErrorData": {"violations": [
  {"field": "orders[0].orderDate", "message": "Некорректный формат даты"}]}}})";

const QByteArray kApiError = R"({"data": {"apiErrorData": {"errorCode": 10003,
  "errorMessage": "Нет активных виджетов с указанным ключом"}}})";

const QByteArray kOrdersDiary = R"({"page": 1, "pageTotal": 1, "pageSize": 1000, "recordsTotal": 1,
  "records": [{"orderId": 700001, "orderNumber": "10517", "orderName": "Заказ 10517A", "funnel": "main-shop",
               "status": "new", "orderDate": "08/05/2026 16:23:20", "revenue": "45990.00"}]})";

// webhook-call-params.json (all values are strings: form encoding)
const QByteArray kWebhookCall = R"({"id": "512345678", "callerphone": "79210297055",
  "phonenumber": "74951234567", "calltime": "2026-05-08 15:32:47", "timestamp": "1778243567",
  "duration": "124", "status": "successful", "unique": "true", "source": "yandex", "medium": "cpc",
  "utm_source": "yandex", "utm_medium": "cpc", "utm_campaign": "sofa_msk", "utm_content": "ad_42",
  "utm_term": "купить диван", "ctCallerId": "3f9c1a2b"})";

QTimeZone moscow()
{
    return projectTimeZone(QStringLiteral("Europe/Moscow"));
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class tst_CalltouchParsers : public QObject
{
    Q_OBJECT
private slots:
    void dealProblem_data();
    void dealProblem();
    void timeZoneFallback();
    void queryDateFormatters();
    void dealDateTime();
    void journalDateTime_data();
    void journalDateTime();
    void strictQueryDates_data();
    void strictQueryDates();
    void unixTime_data();
    void unixTime();
    void idText_data();
    void idText();
    void boolValue_data();
    void boolValue();

    void callsJournalPagedSample();
    void callsJournalDayArraySample();
    void callRecord_data();
    void callRecord();
    void callsJournalPaging_data();
    void callsJournalPaging();
    void callsJournalErrors_data();
    void callsJournalErrors();
    void callsJournalSkipsRecordsWithoutId();

    void requestsJournalSample();
    void requestRecord_data();
    void requestRecord();
    void requestsJournalErrors();

    void webhook_data();
    void webhook();
    void webhookFormBody();
    void formFields();

    void dealResultsSample();
    void dealResults_data();
    void dealResults();
    void wholeRequestErrors_data();
    void wholeRequestErrors();
    void dealsJournal_data();
    void dealsJournal();

    void createBodyMatching_data();
    void createBodyMatching();
    void createBodyFields();
    void updateBodyHasNoMatching();

    void responseErrors_data();
    void responseErrors();
};

void tst_CalltouchParsers::timeZoneFallback()
{
    QCOMPARE(projectTimeZone(QString()).id(), QByteArray("Europe/Moscow"));
    QCOMPARE(projectTimeZone(QStringLiteral("No/Such_Zone")).id(), QByteArray("Europe/Moscow"));
    QCOMPARE(projectTimeZone(QStringLiteral("Asia/Yekaterinburg")).id(), QByteArray("Asia/Yekaterinburg"));
}

void tst_CalltouchParsers::queryDateFormatters()
{
    const QDate may8(2026, 5, 8);
    QCOMPARE(formatJournalDate(may8), QStringLiteral("08/05/2026"));
    QCOMPARE(formatRequestsDate(may8), QStringLiteral("05/08/2026"));
    QCOMPARE(formatJournalDate(QDate(2026, 12, 31)), QStringLiteral("31/12/2026"));
    QCOMPARE(formatRequestsDate(QDate(2026, 12, 31)), QStringLiteral("12/31/2026"));
}

void tst_CalltouchParsers::dealDateTime()
{
    const QDateTime moment = utc(2026, 5, 8, 13, 23, 20);
    QCOMPARE(formatDealDateTime(moment, moscow()), QStringLiteral("08-05-2026 16:23:20"));
    QCOMPARE(formatDealDateTime(utc(2026, 1, 2, 0, 5, 9), moscow()), QStringLiteral("02-01-2026 03:05:09"));
    QCOMPARE(formatDealDateTime(moment, projectTimeZone(QStringLiteral("Asia/Yekaterinburg"))),
        QStringLiteral("08-05-2026 18:23:20"));
    QCOMPARE(formatDealDateTime(QDateTime(), moscow()), QString());
    QCOMPARE(parseDealDateTime(QStringLiteral("08-05-2026 16:23:20"), moscow()), moment);
    QVERIFY(!parseDealDateTime(QStringLiteral("08/05/2026 16:23:20"), moscow()).isValid());
    QVERIFY(!parseDealDateTime(QStringLiteral("8-5-2026 16:23:20"), moscow()).isValid());
    QVERIFY(!parseDealDateTime(QStringLiteral("32-05-2026 16:23:20"), moscow()).isValid());
}

void tst_CalltouchParsers::journalDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("expected");
    const QString msk = QStringLiteral("Europe/Moscow");
    QTest::newRow("padded") << QStringLiteral("08/05/2026 15:32:47") << msk << utc(2026, 5, 8, 12, 32, 47);
    QTest::newRow("unpadded hour") << QStringLiteral("08/05/2026 9:05:03") << msk << utc(2026, 5, 8, 6, 5, 3);
    QTest::newRow("midnight hour 0") << QStringLiteral("09/05/2026 0:15:00") << msk
                                     << utc(2026, 5, 8, 21, 15, 0);
    QTest::newRow("unpadded day and month")
        << QStringLiteral("8/5/2026 9:05:03") << msk << utc(2026, 5, 8, 6, 5, 3);
    QTest::newRow("no seconds") << QStringLiteral("08/05/2026 15:32") << msk << utc(2026, 5, 8, 12, 32, 0);
    QTest::newRow("other zone") << QStringLiteral("08/05/2026 15:32:47")
                                << QStringLiteral("Asia/Yekaterinburg") << utc(2026, 5, 8, 10, 32, 47);
    QTest::newRow("spaces around") << QStringLiteral("  08/05/2026 15:32:47 ") << msk
                                   << utc(2026, 5, 8, 12, 32, 47);
    QTest::newRow("no such day") << QStringLiteral("31/02/2026 10:00:00") << msk << QDateTime();
    QTest::newRow("iso is not this format") << QStringLiteral("2026-05-08 15:32:47") << msk << QDateTime();
    QTest::newRow("date only") << QStringLiteral("08/05/2026") << msk << QDateTime();
    QTest::newRow("empty") << QString() << msk << QDateTime();
}

void tst_CalltouchParsers::journalDateTime()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseJournalDateTime(text, projectTimeZone(zone));
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void tst_CalltouchParsers::strictQueryDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("asJournal"); // dd/MM/yyyy
    QTest::addColumn<QDate>("asRequests"); // MM/dd/yyyy
    QTest::newRow("both readings") << QStringLiteral("08/05/2026") << QDate(2026, 5, 8) << QDate(2026, 8, 5);
    QTest::newRow("day 13") << QStringLiteral("13/01/2026") << QDate(2026, 1, 13) << QDate();
    QTest::newRow("month 13 for requests") << QStringLiteral("01/13/2026") << QDate() << QDate(2026, 1, 13);
    QTest::newRow("unpadded refused") << QStringLiteral("8/5/2026") << QDate() << QDate();
    QTest::newRow("dashes refused") << QStringLiteral("08-05-2026") << QDate() << QDate();
    QTest::newRow("empty") << QString() << QDate() << QDate();
}

void tst_CalltouchParsers::strictQueryDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, asJournal);
    QFETCH(QDate, asRequests);
    QCOMPARE(parseJournalDate(text), asJournal);
    QCOMPARE(parseRequestsDate(text), asRequests);
    if (asJournal.isValid())
        QCOMPARE(formatJournalDate(asJournal), text);
    if (asRequests.isValid())
        QCOMPARE(formatRequestsDate(asRequests), text);
}

void tst_CalltouchParsers::unixTime_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("seconds") << QJsonValue(1778243567) << utc(2026, 5, 8, 12, 32, 47);
    QTest::newRow("seconds as text") << QJsonValue(QStringLiteral("1778243567"))
                                     << utc(2026, 5, 8, 12, 32, 47);
    QTest::newRow("milliseconds") << QJsonValue(1778243000000.0) << utc(2026, 5, 8, 12, 23, 20);
    QTest::newRow("ms as text") << QJsonValue(QStringLiteral("1778243000000")) << utc(2026, 5, 8, 12, 23, 20);
    QTest::newRow("zero") << QJsonValue(0) << QDateTime();
    QTest::newRow("date text") << QJsonValue(QStringLiteral("08/05/2026 15:32:47")) << QDateTime();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
    // Hostile numbers: none is a cast out of range (undefined behaviour), none a date in another era.
    QTest::newRow("1e19") << QJsonValue(1e19) << QDateTime();
    QTest::newRow("1e300") << QJsonValue(1e300) << QDateTime();
    QTest::newRow("INT64_MIN") << QJsonValue(-9.223372036854775808e18) << QDateTime();
    QTest::newRow("negative seconds") << QJsonValue(-1778243567) << QDateTime();
    QTest::newRow("14 digits: the year 5138") << QJsonValue(QStringLiteral("99999999999999")) << QDateTime();
    QTest::newRow("14 digits as number") << QJsonValue(99999999999999.0) << QDateTime();
    QTest::newRow("1999 in seconds") << QJsonValue(915148800) << QDateTime();
    QTest::newRow("2100 in ms") << QJsonValue(4102444800000.0) << QDateTime();
    QTest::newRow("last ms before 2100")
        << QJsonValue(4102444799999.0) << QDateTime::fromMSecsSinceEpoch(4102444799999LL, Qt::UTC);
}

void tst_CalltouchParsers::unixTime()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    QCOMPARE(parseUnixTime(value), expected);
}

void tst_CalltouchParsers::idText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("number") << QJsonValue(512345678) << QStringLiteral("512345678");
    QTest::newRow("big number") << QJsonValue(qint64(5566778899)) << QStringLiteral("5566778899");
    QTest::newRow("string") << QJsonValue(QStringLiteral("512345678")) << QStringLiteral("512345678");
    QTest::newRow("string with spaces") << QJsonValue(QStringLiteral(" 42 ")) << QStringLiteral("42");
    QTest::newRow("fraction") << QJsonValue(1.5) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("bool") << QJsonValue(true) << QString();
    QTest::newRow("object") << QJsonValue(QJsonObject()) << QString();
}

void tst_CalltouchParsers::idText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(Calltouch::idText(value), expected);
}

void tst_CalltouchParsers::boolValue_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<bool>("ok");
    QTest::newRow("true") << QJsonValue(true) << true << true;
    QTest::newRow("\"True\" (old code)") << QJsonValue(QStringLiteral("True")) << true << true;
    QTest::newRow("\"true\"") << QJsonValue(QStringLiteral("true")) << true << true;
    QTest::newRow("\"1\"") << QJsonValue(QStringLiteral("1")) << true << true;
    QTest::newRow("1") << QJsonValue(1) << true << true;
    QTest::newRow("false") << QJsonValue(false) << false << true;
    QTest::newRow("\"False\"") << QJsonValue(QStringLiteral("False")) << false << true;
    QTest::newRow("\"0\"") << QJsonValue(QStringLiteral("0")) << false << true;
    QTest::newRow("0") << QJsonValue(0) << false << true;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << true;
    QTest::newRow("other text") << QJsonValue(QStringLiteral("maybe")) << false << false;
}

void tst_CalltouchParsers::boolValue()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, expected);
    QFETCH(bool, ok);
    bool parsedOk = false;
    QCOMPARE(Calltouch::boolValue(value, &parsedOk), expected);
    QCOMPARE(parsedOk, ok);
}

void tst_CalltouchParsers::callsJournalPagedSample()
{
    const Result<CallsPage> result = parseCallsJournal(kCallsPage, moscow());
    QVERIFY2(result.isOk(), qPrintable(result.error.detail));
    const CallsPage &page = result.value;
    QVERIFY(page.info.paged);
    QCOMPARE(page.info.page, 1);
    QCOMPARE(page.info.pageTotal, 1);
    QCOMPARE(page.info.pageSize, 1000);
    QCOMPARE(page.info.recordsTotal, 2);
    QVERIFY(page.info.isLast());
    QCOMPARE(page.leads.size(), 2);

    const Lead &first = page.leads.at(0);
    QCOMPARE(first.kind, Lead::Kind::Call);
    QCOMPARE(first.id, QStringLiteral("512345678"));
    QCOMPARE(first.occurredAt, utc(2026, 5, 8, 12, 32, 47));
    QCOMPARE(first.phone, QStringLiteral("79210297055"));
    QCOMPARE(first.utmSource, QStringLiteral("yandex"));
    QCOMPARE(first.utmMedium, QStringLiteral("cpc"));
    QCOMPARE(first.utmCampaign, QStringLiteral("sofa_msk"));
    QCOMPARE(first.utmContent, QStringLiteral("ad_42"));
    QCOMPARE(first.utmTerm, QStringLiteral("купить диван"));
    QCOMPARE(first.source, QStringLiteral("yandex"));
    QCOMPARE(first.medium, QStringLiteral("cpc"));
    QCOMPARE(first.raw.value(QLatin1String("duration")).toInt(), 124);
    QVERIFY(first.raw.contains(QLatin1String("callTags")));

    const Lead &second = page.leads.at(1);
    QCOMPARE(second.id, QStringLiteral("512345990"));
    QCOMPARE(second.occurredAt, utc(2026, 5, 8, 6, 5, 3));
    QCOMPARE(second.source, QStringLiteral("(direct)"));
    // "<не указано>" is Calltouch's "no value".
    QCOMPARE(second.utmSource, QString());
    QCOMPARE(second.utmTerm, QString());
}

void tst_CalltouchParsers::callsJournalDayArraySample()
{
    const Result<CallsPage> result = parseCallsJournal(kCallsDay, moscow());
    QVERIFY(result.isOk());
    QVERIFY(!result.value.info.paged);
    QVERIFY(result.value.info.isLast());
    QCOMPARE(result.value.leads.size(), 1);
    QCOMPARE(result.value.leads.first().id, QStringLiteral("512345678"));
    QCOMPARE(result.value.leads.first().occurredAt, utc(2026, 5, 8, 12, 32, 47));

    const Result<CallsPage> empty = parseCallsJournal("[]", moscow());
    QVERIFY(empty.isOk());
    QVERIFY(empty.value.leads.isEmpty());
}

void tst_CalltouchParsers::callRecord_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDateTime>("occurredAt");
    QTest::addColumn<QString>("phone");
    QTest::newRow("numeric id, timestamp") << QByteArray(
        R"({"callId": 1, "timestamp": 1778243567, "date": "01/01/2020 1:00:00", "callerNumber": "79001112233"})")
                                           << QStringLiteral("1") << utc(2026, 5, 8, 12, 32, 47)
                                           << QStringLiteral("79001112233");
    QTest::newRow("string id") << QByteArray(
        R"({"callId": "512345678", "timestamp": 1778243567, "callerNumber": "79001112233"})")
                               << QStringLiteral("512345678") << utc(2026, 5, 8, 12, 32, 47)
                               << QStringLiteral("79001112233");
    QTest::newRow("no timestamp: date, unpadded hour")
        << QByteArray(R"({"callId": 7, "date": "16/03/2026 9:05:03", "callerNumber": "79001112233"})")
        << QStringLiteral("7") << utc(2026, 3, 16, 6, 5, 3) << QStringLiteral("79001112233");
    QTest::newRow("timestamp as text") << QByteArray(R"({"callId": 7, "timestamp": "1778243567"})")
                                       << QStringLiteral("7") << utc(2026, 5, 8, 12, 32, 47) << QString();
    QTest::newRow("caller number as a JSON number")
        << QByteArray(R"({"callId": 8, "timestamp": 1778243567, "callerNumber": 79001112233})")
        << QStringLiteral("8") << utc(2026, 5, 8, 12, 32, 47) << QStringLiteral("79001112233");
    QTest::newRow("no time at all") << QByteArray(R"({"callId": 9})") << QStringLiteral("9") << QDateTime()
                                    << QString();
    QTest::newRow("no callId") << QByteArray(R"({"timestamp": 1778243567})") << QString() << QDateTime()
                               << QString();
    QTest::newRow("timestamp 1e19: the date text counts")
        << QByteArray(R"({"callId": 10, "timestamp": 1e19, "date": "16/03/2026 9:05:03"})")
        << QStringLiteral("10") << utc(2026, 3, 16, 6, 5, 3) << QString();
    QTest::newRow("timestamp 1e19, no date: no time") << QByteArray(R"({"callId": 11, "timestamp": 1e19})")
                                                      << QStringLiteral("11") << QDateTime() << QString();
    QTest::newRow("date in the year 9999") << QByteArray(R"({"callId": 12, "date": "31/12/9999 23:59:59"})")
                                           << QStringLiteral("12") << QDateTime() << QString();
}

void tst_CalltouchParsers::callRecord()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    QFETCH(QDateTime, occurredAt);
    QFETCH(QString, phone);
    const Result<Lead> result = parseCallRecord(object(json), moscow());
    if (id.isEmpty()) {
        QVERIFY(!result.isOk());
        QCOMPARE(result.error.kind, ApiError::Kind::BadResponse);
        return;
    }
    QVERIFY(result.isOk());
    QCOMPARE(result.value.id, id);
    QCOMPARE(result.value.occurredAt, occurredAt);
    QCOMPARE(result.value.phone, phone);
}

void tst_CalltouchParsers::callsJournalPaging_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("pageTotal");
    QTest::addColumn<bool>("last");
    QTest::newRow("first of three") << QByteArray(
        R"({"page":1,"pageTotal":3,"pageSize":1000,"recordsTotal":2412,"records":[]})")
                                    << 1 << 3 << false;
    QTest::newRow("last of three") << QByteArray(
        R"({"page":3,"pageTotal":3,"pageSize":1000,"recordsTotal":2412,"records":[]})")
                                   << 3 << 3 << true;
    QTest::newRow("empty, pageTotal 0")
        << QByteArray(R"({"page":1,"pageTotal":0,"pageSize":1000,"recordsTotal":0,"records":[]})") << 1 << 0
        << true;
    QTest::newRow("empty, pageTotal 1")
        << QByteArray(R"({"page":1,"pageTotal":1,"pageSize":1000,"recordsTotal":0,"records":[]})") << 1 << 1
        << true;
    QTest::newRow("totalPage spelling")
        << QByteArray(R"({"page":1,"totalPage":2,"pageSize":1000,"recordsTotal":1500,"records":[]})") << 1
        << 2 << false;
    QTest::newRow("numbers as text") << QByteArray(
        R"({"page":"2","pageTotal":"3","pageSize":"1000","recordsTotal":"2412","records":[]})")
                                     << 2 << 3 << false;
    QTest::newRow("no pageTotal: from recordsTotal")
        << QByteArray(R"({"page":1,"pageSize":1000,"recordsTotal":2412,"records":[]})") << 1 << 3 << false;
    // recordsTotal + pageSize - 1 overflowed int before.
    QTest::newRow("no pageTotal: recordsTotal INT_MAX")
        << QByteArray(R"({"page":1,"pageSize":100,"recordsTotal":2147483647,"records":[]})") << 1 << 21474837
        << false;
}

void tst_CalltouchParsers::callsJournalPaging()
{
    QFETCH(QByteArray, json);
    QFETCH(int, page);
    QFETCH(int, pageTotal);
    QFETCH(bool, last);
    const Result<CallsPage> result = parseCallsJournal(json, moscow());
    QVERIFY(result.isOk());
    QVERIFY(result.value.info.paged);
    QCOMPARE(result.value.info.page, page);
    QCOMPARE(result.value.info.pageTotal, pageTotal);
    QCOMPARE(result.value.info.isLast(), last);
}

void tst_CalltouchParsers::callsJournalErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html page") << QByteArray("<html><body>Центр поддержки</body></html>");
    QTest::newRow("broken json") << QByteArray(R"({"page":1,"records":[)");
    QTest::newRow("object without records") << QByteArray(R"({"message":"ok"})");
    QTest::newRow("records not a list") << QByteArray(R"({"page":1,"records":{}})");
    QTest::newRow("empty body") << QByteArray();
    // Out-of-range paging members are a broken answer with a reason, not a cast or "page 1 of 1".
    QTest::newRow("pageTotal 1e300") << QByteArray(R"({"page":1,"pageTotal":1e300,"records":[]})");
    QTest::newRow("pageTotal -2") << QByteArray(R"({"page":1,"pageTotal":-2,"records":[]})");
    QTest::newRow("page 1e19") << QByteArray(R"({"page":1e19,"pageTotal":3,"records":[]})");
    QTest::newRow("pageSize 2.5") << QByteArray(R"({"page":1,"pageSize":2.5,"records":[]})");
    QTest::newRow("recordsTotal as text 1e300")
        << QByteArray(R"({"page":1,"pageSize":100,"recordsTotal":"1e300","records":[]})");
    QTest::newRow("recordsTotal INT_MAX + 1")
        << QByteArray(R"({"page":1,"pageSize":100,"recordsTotal":2147483648,"records":[]})");
}

void tst_CalltouchParsers::callsJournalErrors()
{
    QFETCH(QByteArray, body);
    const Result<CallsPage> result = parseCallsJournal(body, moscow());
    QVERIFY(!result.isOk());
    QCOMPARE(result.error.kind, ApiError::Kind::BadResponse);
}

void tst_CalltouchParsers::callsJournalSkipsRecordsWithoutId()
{
    QTest::ignoreMessage(QtWarningMsg, "Calltouch call record without callId skipped");
    const Result<CallsPage> result =
        parseCallsJournal(R"([{"callId": 1, "timestamp": 1778243567}, {"timestamp": 1778243567}])", moscow());
    QVERIFY(result.isOk());
    QCOMPARE(result.value.leads.size(), 1);
    QCOMPARE(result.value.skipped, 1);
}

void tst_CalltouchParsers::requestsJournalSample()
{
    const Result<QList<Lead>> result = parseRequestsJournal(kRequests, moscow());
    QVERIFY(result.isOk());
    QCOMPARE(result.value.size(), 1);
    const Lead &lead = result.value.first();
    QCOMPARE(lead.kind, Lead::Kind::Request);
    QCOMPARE(lead.id, QStringLiteral("40123456"));
    QCOMPARE(lead.occurredAt, utc(2026, 5, 8, 12, 23, 20));
    QCOMPARE(lead.subject, QStringLiteral("Заказать обратный звонок"));
    QCOMPARE(lead.name, QStringLiteral("Иванова Анна"));
    QCOMPARE(lead.phone, QStringLiteral("79161234567"));
    QCOMPARE(lead.email, QStringLiteral("anna@example.com"));
    QCOMPARE(lead.utmSource, QStringLiteral("yandex"));
    QCOMPARE(lead.utmCampaign, QStringLiteral("sofa_msk"));
    QCOMPARE(lead.utmTerm, QStringLiteral("купить диван"));
    QCOMPARE(lead.source, QStringLiteral("yandex"));
    QCOMPARE(lead.medium, QStringLiteral("cpc"));
    QCOMPARE(lead.raw.value(QLatin1String("requestNumber")).toString(), QStringLiteral("form-20260508-0017"));
}

void tst_CalltouchParsers::requestRecord_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDateTime>("occurredAt");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("name");
    QTest::newRow("string id, dateStr only")
        << QByteArray(R"({"requestId": "77", "dateStr": "08/05/2026 9:05:03", "client": {"fio": "Анна"}})")
        << QStringLiteral("77") << utc(2026, 5, 8, 6, 5, 3) << QString() << QString()
        << QStringLiteral("Анна");
    QTest::newRow("e-mail only, lower-case type") << QByteArray(R"({"requestId": 78, "date": 1778243000000,
                          "client": {"phones": [], "contacts": [{"contactType": "email", "contactValue": "a@b.ru"}]}})")
                                                  << QStringLiteral("78") << utc(2026, 5, 8, 12, 23, 20)
                                                  << QString() << QStringLiteral("a@b.ru") << QString();
    QTest::newRow("E-mail spelling, phone before it")
        << QByteArray(R"({"requestId": 79, "date": 1778243000000,
                          "client": {"phones": [{"phoneNumber": ""}, {"phoneNumber": "8 (916) 123-45-67"}],
                                     "contacts": [{"contactType": "PHONE", "contactValue": "79161234567"},
                                                  {"contactType": "E-mail", "contactValue": "x@y.ru"}]}})")
        << QStringLiteral("79") << utc(2026, 5, 8, 12, 23, 20) << QStringLiteral("8 (916) 123-45-67")
        << QStringLiteral("x@y.ru") << QString();
    QTest::newRow("phones as plain strings")
        << QByteArray(R"({"requestId": 80, "date": 1778243000000, "client": {"phones": ["79161234567"]}})")
        << QStringLiteral("80") << utc(2026, 5, 8, 12, 23, 20) << QStringLiteral("79161234567") << QString()
        << QString();
    QTest::newRow("no client: top-level contact")
        << QByteArray(R"({"requestId": 81, "date": 1778243000000, "phoneNumber": "79001112233",
                          "email": "top@level.ru", "fio": "Пётр"})")
        << QStringLiteral("81") << utc(2026, 5, 8, 12, 23, 20) << QStringLiteral("79001112233")
        << QStringLiteral("top@level.ru") << QStringLiteral("Пётр");
    QTest::newRow("no contacts at all")
        << QByteArray(R"({"requestId": 82, "date": 1778243000000, "client": {"fio": "Аноним", "phones": [],
                          "contacts": []}})")
        << QStringLiteral("82") << utc(2026, 5, 8, 12, 23, 20) << QString() << QString()
        << QStringLiteral("Аноним");
    QTest::newRow("no requestId") << QByteArray(R"({"date": 1778243000000})") << QString() << QDateTime()
                                  << QString() << QString() << QString();
}

void tst_CalltouchParsers::requestRecord()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    QFETCH(QDateTime, occurredAt);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(QString, name);
    const Result<Lead> result = parseRequestRecord(object(json), moscow());
    if (id.isEmpty()) {
        QVERIFY(!result.isOk());
        return;
    }
    QVERIFY(result.isOk());
    QCOMPARE(result.value.kind, Lead::Kind::Request);
    QCOMPARE(result.value.id, id);
    QCOMPARE(result.value.occurredAt, occurredAt);
    QCOMPARE(result.value.phone, phone);
    QCOMPARE(result.value.email, email);
    QCOMPARE(result.value.name, name);
}

void tst_CalltouchParsers::requestsJournalErrors()
{
    QCOMPARE(parseRequestsJournal("<html></html>", moscow()).error.kind, ApiError::Kind::BadResponse);
    QCOMPARE(parseRequestsJournal(R"({"message":"x"})", moscow()).error.kind, ApiError::Kind::BadResponse);
    const Result<QList<Lead>> wrapped =
        parseRequestsJournal(R"({"records":[{"requestId":1,"date":1778243000000}]})", moscow());
    QVERIFY(wrapped.isOk());
    QCOMPARE(wrapped.value.size(), 1);
    QVERIFY(parseRequestsJournal("[]", moscow()).value.isEmpty());
}

void tst_CalltouchParsers::webhook_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDateTime>("occurredAt");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("name");
    const QDateTime received = utc(2026, 6, 1, 10, 0, 0);
    const int call = int(Lead::Kind::Call);
    const int request = int(Lead::Kind::Request);
    const int chat = int(Lead::Kind::Chat);
    QTest::newRow("call sample") << call << kWebhookCall << true << QStringLiteral("512345678")
                                 << utc(2026, 5, 8, 12, 32, 47) << QStringLiteral("79210297055") << QString()
                                 << QString();
    QTest::newRow("call: calltime only, project zone")
        << call << QByteArray(R"({"id":"5","callerphone":"79210297055","calltime":"2026-05-08 15:32:47"})")
        << true << QStringLiteral("5") << utc(2026, 5, 8, 12, 32, 47) << QStringLiteral("79210297055")
        << QString() << QString();
    QTest::newRow("call: calltime as unix seconds")
        << call << QByteArray(R"({"id":"5","calltime":"1778243567"})") << true << QStringLiteral("5")
        << utc(2026, 5, 8, 12, 32, 47) << QString() << QString() << QString();
    QTest::newRow("call: no time -> received")
        << call << QByteArray(R"({"id":6,"callerphone":"8 916 1234567"})") << true << QStringLiteral("6")
        << received << QStringLiteral("8 916 1234567") << QString() << QString();
    QTest::newRow("call: no id") << call << QByteArray(R"({"callerphone":"79210297055"})") << false
                                 << QString() << QDateTime() << QString() << QString() << QString();
    QTest::newRow("request: requestId and fio")
        << request
        << QByteArray(R"({"requestId":"40123456","phone":"+7 916 123-45-67","email":"A@B.ru","fio":"Анна",
                          "subject":"Обратный звонок","date":"08/05/2026 15:23:20"})")
        << true << QStringLiteral("40123456") << utc(2026, 5, 8, 12, 23, 20)
        << QStringLiteral("+7 916 123-45-67") << QStringLiteral("A@B.ru") << QStringLiteral("Анна");
    QTest::newRow("request: id and name, case variants")
        << request << QByteArray(R"({"ID":"9","Name":"Олег","Email":"o@x.ru"})") << true
        << QStringLiteral("9") << received << QString() << QStringLiteral("o@x.ru") << QStringLiteral("Олег");
    QTest::newRow("request: no id") << request << QByteArray(R"({"phone":"79001112233"})") << false
                                    << QString() << QDateTime() << QString() << QString() << QString();
    QTest::newRow("chat: chatId") << chat
                                  << QByteArray(R"({"chatId":"31","phone":"79201234567","email":"c@x.ru",
                                                   "name":"Алексей","timestamp":"1778243567"})")
                                  << true << QStringLiteral("31") << utc(2026, 5, 8, 12, 32, 47)
                                  << QStringLiteral("79201234567") << QStringLiteral("c@x.ru")
                                  << QStringLiteral("Алексей");
    QTest::newRow("chat: id, e-mail only")
        << chat << QByteArray(R"({"id":32,"email":"c@x.ru"})") << true << QStringLiteral("32") << received
        << QString() << QStringLiteral("c@x.ru") << QString();
    QTest::newRow("chat: nothing") << chat << QByteArray("{}") << false << QString() << QDateTime()
                                   << QString() << QString() << QString();
    // A time that is a number or a date out of range stays invalid (the engine rejects the lead with a
    // reason); only a time in a form we do not know means "when it arrived".
    QTest::newRow("call: timestamp INT64_MIN")
        << call << QByteArray(R"({"id":"13","timestamp":"-9223372036854775808"})") << true
        << QStringLiteral("13") << QDateTime() << QString() << QString() << QString();
    QTest::newRow("call: timestamp -9.2e18 as number")
        << call << QByteArray(R"({"id":"14","timestamp":-9.223372036854775808e18})") << true
        << QStringLiteral("14") << QDateTime() << QString() << QString() << QString();
    QTest::newRow("call: 14-digit timestamp")
        << call << QByteArray(R"({"id":"15","timestamp":"99999999999999"})") << true << QStringLiteral("15")
        << QDateTime() << QString() << QString() << QString();
    QTest::newRow("call: calltime in the year 9999")
        << call << QByteArray(R"({"id":"16","calltime":"9999-12-31 23:59:59"})") << true
        << QStringLiteral("16") << QDateTime() << QString() << QString() << QString();
    QTest::newRow("call: ISO time in 1970")
        << call << QByteArray(R"({"id":"17","calltime":"1970-01-01T00:00:00Z"})") << true
        << QStringLiteral("17") << QDateTime() << QString() << QString() << QString();
    QTest::newRow("call: a time in words -> received")
        << call << QByteArray(R"({"id":"18","calltime":"вчера"})") << true << QStringLiteral("18") << received
        << QString() << QString() << QString();
}

void tst_CalltouchParsers::webhook()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, id);
    QFETCH(QDateTime, occurredAt);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(QString, name);
    const QDateTime received = utc(2026, 6, 1, 10, 0, 0);
    const Result<Lead> result = parseWebhook(Lead::Kind(kind), object(json), moscow(), received);
    QCOMPARE(result.isOk(), ok);
    if (!ok) {
        QCOMPARE(result.error.kind, ApiError::Kind::Validation);
        return;
    }
    QCOMPARE(int(result.value.kind), kind);
    QCOMPARE(result.value.id, id);
    QCOMPARE(result.value.occurredAt, occurredAt);
    QCOMPARE(result.value.phone, phone);
    QCOMPARE(result.value.email, email);
    QCOMPARE(result.value.name, name);
    QCOMPARE(result.value.raw, object(json));
}

void tst_CalltouchParsers::webhookFormBody()
{
    // The same call webhook as a form body (what Calltouch POSTs).
    const QByteArray form = "id=512345678&callerphone=%2B7+921+029-70-55&timestamp=1778243567"
                            "&utm_source=yandex&utm_medium=cpc&utm_campaign=sofa_msk"
                            "&utm_term=%D0%BA%D1%83%D0%BF%D0%B8%D1%82%D1%8C+%D0%B4%D0%B8%D0%B2%D0%B0%D0%BD"
                            "&source=yandex&medium=cpc";
    const Result<Lead> result = parseWebhookBody(Lead::Kind::Call, form, moscow(), QDateTime());
    QVERIFY(result.isOk());
    QCOMPARE(result.value.id, QStringLiteral("512345678"));
    QCOMPARE(result.value.phone, QStringLiteral("+7 921 029-70-55"));
    QCOMPARE(result.value.occurredAt, utc(2026, 5, 8, 12, 32, 47));
    QCOMPARE(result.value.utmSource, QStringLiteral("yandex"));
    QCOMPARE(result.value.utmMedium, QStringLiteral("cpc"));
    QCOMPARE(result.value.utmCampaign, QStringLiteral("sofa_msk"));
    QCOMPARE(result.value.utmTerm, QStringLiteral("купить диван"));
    QCOMPARE(result.value.source, QStringLiteral("yandex"));

    const Result<Lead> json = parseWebhookBody(Lead::Kind::Call, kWebhookCall, moscow(), QDateTime());
    QVERIFY(json.isOk());
    QCOMPARE(json.value.utmContent, QStringLiteral("ad_42"));
    QCOMPARE(json.value.utmTerm, QStringLiteral("купить диван"));
}

void tst_CalltouchParsers::formFields()
{
    const QJsonObject fields = parseFormFields("a=1&b=x+y&c=%2B7&d=&e&a=2&%D0%B8%D0%BC%D1%8F=%D0%90");
    QCOMPARE(fields.value(QLatin1String("a")).toString(), QStringLiteral("1")); // the first one wins
    QCOMPARE(fields.value(QLatin1String("b")).toString(), QStringLiteral("x y"));
    QCOMPARE(fields.value(QLatin1String("c")).toString(), QStringLiteral("+7"));
    QCOMPARE(fields.value(QLatin1String("d")).toString(), QString());
    QVERIFY(fields.contains(QLatin1String("e")));
    QCOMPARE(fields.value(QStringLiteral("имя")).toString(), QStringLiteral("А"));
}

void tst_CalltouchParsers::dealResultsSample()
{
    const Result<QList<DealResult>> result =
        parseDealResults(kDealCreateResponse, { QStringLiteral("10517"), QStringLiteral("10518") });
    QVERIFY(result.isOk());
    QCOMPARE(result.value.size(), 2);
    QCOMPARE(result.value.at(0).orderNumber, QStringLiteral("10517"));
    QCOMPARE(result.value.at(0).calltouchOrderId, QStringLiteral("700001"));
    QVERIFY(result.value.at(0).error.isEmpty());
    QCOMPARE(result.value.at(1).orderNumber, QStringLiteral("10518"));
    QVERIFY(result.value.at(1).calltouchOrderId.isEmpty());
    QCOMPARE(result.value.at(1).error, QStringLiteral("Сделка с таким orderNumber уже существует"));
}

void tst_CalltouchParsers::dealResults_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("sent");
    QTest::addColumn<QStringList>("ids"); // calltouchOrderId per sent deal ("" = none)
    QTest::addColumn<QStringList>("errors"); // "" = no error, "*" = some error
    const QStringList three { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") };
    QTest::newRow("no echo: by position")
        << QByteArray(
               R"({"data":{"orders":[{"calltouchOrderId":11},{"error":"bad"},{"calltouchOrderId":"13"}]}})")
        << three << QStringList { QStringLiteral("11"), QString(), QStringLiteral("13") }
        << QStringList { QString(), QStringLiteral("bad"), QString() };
    QTest::newRow("echo in another order")
        << QByteArray(R"({"data":{"orders":[{"orderNumber":"3","calltouchOrderId":13},
                                             {"orderNumber":2,"calltouchOrderId":12},
                                             {"orderNumber":"1","calltouchOrderId":11}]}})")
        << three << QStringList { QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13") }
        << QStringList { QString(), QString(), QString() };
    QTest::newRow("one missing") << QByteArray(
        R"({"data":{"orders":[{"orderNumber":"1","calltouchOrderId":11},
                                             {"orderNumber":"3","calltouchOrderId":13}]}})")
                                 << three
                                 << QStringList { QStringLiteral("11"), QString(), QStringLiteral("13") }
                                 << QStringList { QString(), QStringLiteral("*"), QString() };
    QTest::newRow("error as object and empty error")
        << QByteArray(R"({"data":{"orders":[{"orderNumber":"1","error":{"message":"Нет сделки"}},
                                             {"orderNumber":"2","error":"","calltouchOrderId":12},
                                             {"orderNumber":"3","error":null,"calltouchOrderId":13}]}})")
        << three << QStringList { QString(), QStringLiteral("12"), QStringLiteral("13") }
        << QStringList { QStringLiteral("Нет сделки"), QString(), QString() };
    QTest::newRow("update answer without ids")
        << QByteArray(R"({"data":{"orders":[{"orderNumber":"1"},{"orderNumber":"2"},{"orderNumber":"3"}]}})")
        << three << QStringList { QString(), QString(), QString() }
        << QStringList { QString(), QString(), QString() };
    QTest::newRow("same number twice")
        << QByteArray(R"({"data":{"orders":[{"orderNumber":"1","calltouchOrderId":11},
                                             {"orderNumber":"1","error":"duplicate"}]}})")
        << QStringList { QStringLiteral("1"), QStringLiteral("1") }
        << QStringList { QStringLiteral("11"), QString() }
        << QStringList { QString(), QStringLiteral("duplicate") };
}

void tst_CalltouchParsers::dealResults()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, sent);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, errors);
    const Result<QList<DealResult>> result = parseDealResults(body, sent);
    QVERIFY2(result.isOk(), qPrintable(result.error.detail));
    QCOMPARE(result.value.size(), sent.size());
    for (int i = 0; i < sent.size(); ++i) {
        QCOMPARE(result.value.at(i).orderNumber, sent.at(i));
        QCOMPARE(result.value.at(i).calltouchOrderId, ids.at(i));
        if (errors.at(i) == QLatin1String("*"))
            QVERIFY(!result.value.at(i).error.isEmpty());
        else
            QCOMPARE(result.value.at(i).error, errors.at(i));
    }
}

void tst_CalltouchParsers::wholeRequestErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("validationErrorData") << kValidationError << QStringLiteral("Некорректный формат даты")
                                         << QStringLiteral("orders[0].orderDate");
    QTest::newRow("apiErrorData") << kApiError << QStringLiteral("Нет активных виджетов с указанным ключом")
                                  << QString();
    QTest::newRow("violations without field")
        << QByteArray(R"({"data":{"validationErrorData":{"violations":[{"message":"A"},{"message":"B"}]}}})")
        << QStringLiteral("A; B") << QString();
}

void tst_CalltouchParsers::wholeRequestErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, field);
    const ApiError error = parseV1Error(body, 400);
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 400);
    QVERIFY2(error.detail.contains(message), qPrintable(error.detail));
    QVERIFY(error.fieldErrors.contains(field));
    QVERIFY(error.fieldErrors.value(field).contains(message));
    if (body == kApiError)
        QVERIFY(error.detail.contains(QLatin1String("10003")));

    // The same envelopes inside a 200 are errors of the whole request too.
    const Result<QList<DealResult>> results = parseDealResults(body, { QStringLiteral("1") });
    QCOMPARE(results.error.kind, ApiError::Kind::Validation);
    // And through responseError (a 400 the transport classified as Validation).
    const ApiError refined =
        responseError(400, body, ApiError::make(ApiError::Kind::Validation, QStringLiteral("HTTP 400"), 400));
    QCOMPARE(refined.kind, ApiError::Kind::Validation);
    QVERIFY(refined.detail.contains(message));
    QVERIFY(refined.userMessage().contains(message));
}

void tst_CalltouchParsers::dealsJournal_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<bool>("last");
    QTest::newRow("sample") << kOrdersDiary << QStringList { QStringLiteral("10517") } << true;
    QTest::newRow("orderId when no orderNumber, totalPage")
        << QByteArray(R"({"page":1,"totalPage":2,"records":[{"orderId":700002},{"orderNumber":123}]})")
        << QStringList { QStringLiteral("700002"), QStringLiteral("123") } << false;
    QTest::newRow("empty") << QByteArray(R"({"page":1,"pageTotal":0,"records":[]})") << QStringList() << true;
}

void tst_CalltouchParsers::dealsJournal()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, numbers);
    QFETCH(bool, last);
    const Result<DealsJournalPage> result = parseDealsJournal(body);
    QVERIFY(result.isOk());
    QCOMPARE(result.value.orderNumbers, numbers);
    QCOMPARE(result.value.info.isLast(), last);
    QCOMPARE(parseDealsJournal("<html/>").error.kind, ApiError::Kind::BadResponse);
}

void tst_CalltouchParsers::createBodyMatching_data()
{
    QTest::addColumn<int>("binding");
    QTest::addColumn<QString>("leadId");
    QTest::addColumn<QStringList>("phones");
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QStringList>("types");
    const QStringList phone { QStringLiteral("+79161234567") };
    const QStringList email { QStringLiteral("anna@example.com") };
    const QStringList chain { QStringLiteral("callContact"), QStringLiteral("requestContact"),
        QStringLiteral("leadContact"), QStringLiteral("customSources") };
    QTest::newRow("call") << int(Deal::Binding::Call) << QStringLiteral("512345678") << phone << email
                          << QStringList { QStringLiteral("call"), QStringLiteral("customSources") };
    QTest::newRow("request") << int(Deal::Binding::Request) << QStringLiteral("40123456") << phone << email
                             << QStringList { QStringLiteral("request"), QStringLiteral("customSources") };
    QTest::newRow("contact chain") << int(Deal::Binding::ContactChain) << QString() << phone << email
                                   << chain;
    QTest::newRow("contact chain, e-mail only")
        << int(Deal::Binding::ContactChain) << QString() << QStringList() << email
        << QStringList { QStringLiteral("requestContact"), QStringLiteral("leadContact"),
               QStringLiteral("customSources") };
    QTest::newRow("not found") << int(Deal::Binding::NotFound) << QString() << phone << email
                               << QStringList { QStringLiteral("customSources") };
    QTest::newRow("no contacts") << int(Deal::Binding::NoContacts) << QString() << QStringList()
                                 << QStringList() << QStringList { QStringLiteral("customSources") };
}

void tst_CalltouchParsers::createBodyMatching()
{
    QFETCH(int, binding);
    QFETCH(QString, leadId);
    QFETCH(QStringList, phones);
    QFETCH(QStringList, emails);
    QFETCH(QStringList, types);
    Deal deal;
    deal.orderNumber = QStringLiteral("10517");
    deal.orderDate = utc(2026, 5, 8, 13, 23, 20);
    deal.binding = Deal::Binding(binding);
    deal.boundLeadId = leadId;
    deal.phones = phones;
    deal.emails = emails;
    const QJsonObject root = QJsonDocument::fromJson(createDealsBody({ deal }, moscow())).object();
    QCOMPARE(root.value(QLatin1String("crm")).toString(), QStringLiteral("retailCRM"));
    const QJsonArray matching = root.value(QLatin1String("orders"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("matching"))
                                    .toArray();
    QStringList seen;
    for (const QJsonValue &item : matching)
        seen << item.toObject().value(QLatin1String("type")).toString();
    QCOMPARE(seen, types);

    for (const QJsonValue &item : matching) {
        const QJsonObject strategy = item.toObject();
        const QString type = strategy.value(QLatin1String("type")).toString();
        if (type == QLatin1String("call")) {
            const QJsonValue callId =
                strategy.value(QLatin1String("callParams")).toObject().value(QLatin1String("callId"));
            QVERIFY(callId.isDouble());
            QCOMPARE(qint64(callId.toDouble()), leadId.toLongLong());
        } else if (type == QLatin1String("request")) {
            QCOMPARE(qint64(strategy.value(QLatin1String("requestParams"))
                                .toObject()
                                .value(QLatin1String("requestId"))
                                .toDouble()),
                leadId.toLongLong());
        } else if (type == QLatin1String("customSources")) {
            const QJsonObject params = strategy.value(QLatin1String("customSourceParams")).toObject();
            QCOMPARE(params.value(QLatin1String("source")).toString(), QStringLiteral("Лид не найден"));
            QCOMPARE(params.value(QLatin1String("medium")).toString(), QStringLiteral("Лид не найден"));
            QCOMPARE(params.value(QLatin1String("campaign")).toString(), QStringLiteral("Лид не найден"));
        } else {
            const QJsonObject params = strategy.value(type + QStringLiteral("Params")).toObject();
            QCOMPARE(params.value(QLatin1String("date")).toString(), QStringLiteral("08-05-2026 16:23:20"));
            QCOMPARE(params.value(QLatin1String("searchDepth")).toInt(), 262800);
            QVERIFY(params.value(QLatin1String("phones")).isArray());
            if (type == QLatin1String("callContact")) {
                QCOMPARE(
                    params.value(QLatin1String("callTypeToMatch")).toString(), QStringLiteral("nearestUniq"));
                QVERIFY(!params.contains(QLatin1String("emails")));
                QCOMPARE(params.value(QLatin1String("phones")).toArray().first().toString(), phones.first());
            } else if (type == QLatin1String("requestContact")) {
                QCOMPARE(params.value(QLatin1String("requestTypeToMatch")).toString(),
                    QStringLiteral("nearestUniq"));
                QCOMPARE(params.value(QLatin1String("emails")).toArray().size(), emails.size());
            } else {
                QCOMPARE(type, QStringLiteral("leadContact"));
                QCOMPARE(
                    params.value(QLatin1String("leadTypeToMatch")).toString(), QStringLiteral("nearest"));
                QCOMPARE(params.value(QLatin1String("withChats")).toBool(), true);
                QCOMPARE(params.value(QLatin1String("emails")).toArray().size(), emails.size());
            }
        }
    }
}

void tst_CalltouchParsers::createBodyFields()
{
    Deal deal;
    deal.orderNumber = QStringLiteral("10517");
    deal.orderName = QStringLiteral("10517A");
    deal.funnel = QStringLiteral("main-shop");
    deal.status = QStringLiteral("new");
    deal.revenue = QStringLiteral("45990.50");
    deal.manager = QStringLiteral("Петров Пётр");
    deal.orderDate = utc(2026, 5, 8, 13, 23, 20);
    deal.statusDate = utc(2026, 5, 8, 14, 2, 0);
    deal.binding = Deal::Binding::NotFound;
    Deal noRevenue = deal;
    noRevenue.orderNumber = QStringLiteral("10518");
    noRevenue.revenue.clear();
    const QJsonArray orders = QJsonDocument::fromJson(createDealsBody({ deal, noRevenue }, moscow()))
                                  .object()
                                  .value(QLatin1String("orders"))
                                  .toArray();
    QCOMPARE(orders.size(), 2);
    const QJsonObject order = orders.first().toObject();
    QCOMPARE(order.value(QLatin1String("orderNumber")).toString(), QStringLiteral("10517"));
    QCOMPARE(order.value(QLatin1String("orderName")).toString(), QStringLiteral("10517A"));
    QCOMPARE(order.value(QLatin1String("funnel")).toString(), QStringLiteral("main-shop"));
    QCOMPARE(order.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    QCOMPARE(order.value(QLatin1String("orderDate")).toString(), QStringLiteral("08-05-2026 16:23:20"));
    QCOMPARE(order.value(QLatin1String("statusDate")).toString(), QStringLiteral("08-05-2026 17:02:00"));
    QCOMPARE(order.value(QLatin1String("currency")).toString(), QStringLiteral("rub"));
    QVERIFY(order.value(QLatin1String("revenue")).isString());
    QCOMPARE(order.value(QLatin1String("revenue")).toString(), QStringLiteral("45990.50"));
    QCOMPARE(order.value(QLatin1String("manager")).toString(), QStringLiteral("Петров Пётр"));
    QCOMPARE(orders.at(1).toObject().value(QLatin1String("revenue")).toString(), QStringLiteral("0"));
}

void tst_CalltouchParsers::updateBodyHasNoMatching()
{
    Deal deal;
    deal.orderNumber = QStringLiteral("10517");
    deal.status = QStringLiteral("complete");
    deal.revenue = QStringLiteral("44990");
    deal.orderDate = utc(2026, 5, 8, 13, 23, 20);
    deal.statusDate = utc(2026, 5, 12, 8, 0, 0);
    deal.binding = Deal::Binding::ContactChain;
    deal.phones = QStringList { QStringLiteral("+79161234567") };
    const QJsonObject root = QJsonDocument::fromJson(updateDealsBody({ deal }, moscow())).object();
    const QJsonObject order = root.value(QLatin1String("orders")).toArray().first().toObject();
    QVERIFY(!order.contains(QLatin1String("matching")));
    QVERIFY(!order.contains(QLatin1String("reMatching")));
    QCOMPARE(order.value(QLatin1String("orderNumber")).toString(), QStringLiteral("10517"));
    QCOMPARE(order.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
    QCOMPARE(order.value(QLatin1String("revenue")).toString(), QStringLiteral("44990"));
    QCOMPARE(order.value(QLatin1String("statusDate")).toString(), QStringLiteral("12-05-2026 11:00:00"));
    QCOMPARE(order.value(QLatin1String("updateDate")).toString(), QStringLiteral("12-05-2026 11:00:00"));
}

void tst_CalltouchParsers::responseErrors_data()
{
    using Kind = ApiError::Kind;
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("transportKind");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("401") << 401 << QByteArray("Unauthorized") << int(Kind::Auth) << int(Kind::Auth)
                         << QStringLiteral("site ID");
    QTest::newRow("403 json") << 403 << QByteArray(R"({"message":"Forbidden"})") << int(Kind::Permission)
                              << int(Kind::Auth) << QStringLiteral("token");
    QTest::newRow("403 Invalid credentials")
        << 403 << QByteArray("Invalid credentials") << int(Kind::Permission) << int(Kind::Auth)
        << QStringLiteral("token");
    QTest::newRow("302") << 302 << QByteArray("<html>moved</html>") << int(Kind::BadResponse)
                         << int(Kind::BadResponse) << QStringLiteral("not the Calltouch API address");
    QTest::newRow("200 html") << 200 << QByteArray("<html>help</html>") << int(Kind::BadResponse)
                              << int(Kind::BadResponse) << QStringLiteral("not the Calltouch API address");
    QTest::newRow("404 html") << 404 << QByteArray("<html>404</html>") << int(Kind::NotFound)
                              << int(Kind::BadResponse) << QStringLiteral("not the Calltouch API address");
    QTest::newRow("400 text") << 400 << QByteArray("Wrong date format") << int(Kind::Validation)
                              << int(Kind::Validation) << QStringLiteral("Wrong date format");
    QTest::newRow("500 stays server")
        << 500 << QByteArray("<html>oops</html>") << int(Kind::Server) << int(Kind::Server) << QString();
    QTest::newRow("429 stays") << 429 << QByteArray("{}") << int(Kind::RateLimited) << int(Kind::RateLimited)
                               << QString();
    QTest::newRow("lost answer stays")
        << 0 << QByteArray() << int(Kind::OutcomeUnknown) << int(Kind::OutcomeUnknown) << QString();
    QTest::newRow("200 ok") << 200 << QByteArray("[]") << int(Kind::None) << int(Kind::None) << QString();
}

void tst_CalltouchParsers::responseErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, transportKind);
    QFETCH(int, expected);
    QFETCH(QString, mentions);
    ApiError transport;
    if (transportKind != int(ApiError::Kind::None))
        transport = ApiError::make(
            ApiError::Kind(transportKind), QStringLiteral("GET /x -> HTTP %1").arg(status), status);
    const ApiError error = responseError(status, body, transport);
    QCOMPARE(int(error.kind), expected);
    if (!mentions.isEmpty())
        QVERIFY2(error.detail.contains(mentions), qPrintable(error.detail));
}

void tst_CalltouchParsers::dealProblem_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<DealResult::Problem>("problem");
    QTest::newRow("none") << QString() << DealResult::Problem::None;
    QTest::newRow("exists ru") << QStringLiteral("Сделка с таким orderNumber уже существует")
                               << DealResult::Problem::AlreadyExists;
    QTest::newRow("exists en") << QStringLiteral("Order already exists")
                               << DealResult::Problem::AlreadyExists;
    QTest::newRow("duplicate") << QStringLiteral("Duplicate orderNumber")
                               << DealResult::Problem::AlreadyExists;
    QTest::newRow("not found ru") << QStringLiteral("Сделка с orderNumber 5 не найдена")
                                  << DealResult::Problem::NotFound;
    QTest::newRow("not found en") << QStringLiteral("Order not found") << DealResult::Problem::NotFound;
    QTest::newRow("other") << QStringLiteral("Неверный формат даты") << DealResult::Problem::Other;
}

void tst_CalltouchParsers::dealProblem()
{
    QFETCH(QString, error);
    QFETCH(DealResult::Problem, problem);
    QCOMPARE(LeadBridge::Calltouch::dealProblem(error), problem);
}

QTEST_GUILESS_MAIN(tst_CalltouchParsers)
#include "tst_calltouchparsers.moc"
