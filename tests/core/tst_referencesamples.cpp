#include <functional>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include "calltouch/calltouchparsers.h"
#include "net/apitransport.h"
#include "retailcrm/retailcrmclient.h"
#include "retailcrm/retailcrmparsers.h"

using namespace LeadBridge;

/// Every real sample in ../shared/reference/ goes through the product's parsers, read from the shared
/// folder itself (never a copy). A file added there later is picked up by the directory listing: a file
/// without expectations of its own must at least be read by the parser its name points to, or, for an
/// error sample, be classified as an error.
class tst_ReferenceSamples : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void retailCrm_data();
    void retailCrm();
    void calltouch_data();
    void calltouch();

private:
    using Check = std::function<void(const QByteArray &)>;
    QString m_root;
};

namespace {
const QTimeZone kMoscow(QByteArrayLiteral("Europe/Moscow"));

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// "error-access-denied-403.json" -> 403.
int statusOf(const QString &name)
{
    const QString base = name.section(QLatin1Char('.'), 0, 0);
    return base.section(QLatin1Char('-'), -1).toInt();
}

/// The error the retailCRM client reports for an answer, classified the way a real answer is.
ApiError retailError(int status, const QByteArray &body)
{
    const ApiError transport =
        ApiTransport::classify(0, status, body, QStringLiteral("GET /api/v5/sample"), false, false);
    return RetailCrm::responseError(status, body, transport);
}
} // namespace

void tst_ReferenceSamples::initTestCase()
{
    m_root = QStringLiteral(LEADBRIDGE_SOURCE_DIR "/../shared/reference");
    if (!QDir(m_root).exists())
        QSKIP("../shared/reference is not beside the checkout");
}

void tst_ReferenceSamples::retailCrm_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(m_root + QStringLiteral("/retailcrm"));
    const QStringList files =
        dir.entryList({ QStringLiteral("*.json"), QStringLiteral("*.html") }, QDir::Files);
    QVERIFY(files.size() >= 25);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void tst_ReferenceSamples::retailCrm()
{
    using namespace RetailCrm;
    using Kind = ApiError::Kind;
    QFETCH(QString, file);
    const QByteArray body = readFile(m_root + QStringLiteral("/retailcrm/") + file);
    QVERIFY(!body.isEmpty());

    if (file.startsWith(QLatin1String("error-"))) {
        const int status = statusOf(file);
        QVERIFY2(status >= 400, "an error sample's name ends in its HTTP status");
        const ApiError error = retailError(status, body);
        QVERIFY2(!error.isOk(), qPrintable(file));
        static const QHash<QString, Kind> expected {
            { QStringLiteral("error-access-denied-403.json"), Kind::Permission },
            { QStringLiteral("error-wrong-apikey-403.json"), Kind::Auth },
            { QStringLiteral("error-account-does-not-exist-400.json"), Kind::AccountNotFound },
            { QStringLiteral("error-account-does-not-exist-405.html"), Kind::AccountNotFound },
            { QStringLiteral("error-rate-limit-503.json"), Kind::RateLimited },
            { QStringLiteral("error-validation-startdate-400.json"), Kind::Validation },
            { QStringLiteral("error-entity-format-400.json"), Kind::Validation },
        };
        if (expected.contains(file))
            QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(expected.value(file)));
        // The user sees a sentence, and a rate limit is never called an outage.
        QVERIFY(!error.userMessage().isEmpty());
        if (error.kind == Kind::RateLimited)
            QVERIFY(error.isTransient() && !error.isCredentialProblem());
        return;
    }

    const QHash<QString, Check> checks {
        { QStringLiteral("api-versions.json"),
            [](const QByteArray &b) {
                const auto r = parseApiVersions(b);
                QVERIFY(r.isOk());
                QCOMPARE(r.value,
                    QStringList({ QStringLiteral("3.0"), QStringLiteral("4.0"), QStringLiteral("5.0") }));
            } },
        { QStringLiteral("credentials.json"),
            [](const QByteArray &b) {
                const auto r = parseCredentials(b);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.scopes.size(), 3);
                QCOMPARE(r.value.siteAccess, QStringLiteral("access_full"));
                // Read-only scopes: every write permission is named as missing.
                const QStringList missing = Client::missingPermissionIds(r.value);
                QVERIFY(missing.contains(QStringLiteral("orders-write")));
                QVERIFY(missing.contains(QStringLiteral("customers-write")));
                QVERIFY(!missing.contains(QStringLiteral("orders-read")));
            } },
        { QStringLiteral("settings.json"),
            [](const QByteArray &b) {
                const auto r = parseSettings(b);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.timeZone, QStringLiteral("Europe/Moscow"));
                QCOMPARE(r.value.currency, QStringLiteral("RUB"));
            } },
        { QStringLiteral("sites.json"),
            [](const QByteArray &b) {
                const auto r = parseSites(b);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.size(), 2);
            } },
        { QStringLiteral("statuses.json"),
            [](const QByteArray &b) {
                const auto r = parseStatuses(b);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.size(), 39);
            } },
        { QStringLiteral("status-groups.json"),
            [](const QByteArray &b) {
                const auto r = parseStatusGroups(b);
                QVERIFY(r.isOk());
                QStringList codes;
                for (const StatusGroup &group : r.value)
                    codes << group.code;
                QCOMPARE(codes.size(), 6);
                QVERIFY(
                    codes.contains(QStringLiteral("complete")) && codes.contains(QStringLiteral("cancel")));
            } },
        { QStringLiteral("custom-fields-list.json"),
            [](const QByteArray &b) {
                const auto r = parseCustomFields(b);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.items.size(), 3);
            } },
        { QStringLiteral("custom-fields-create.json"),
            [](const QByteArray &b) {
                const auto r = parseCustomFieldCreated(b);
                QVERIFY(r.isOk());
                QCOMPARE(r.value, QStringLiteral("dictionary"));
            } },
        { QStringLiteral("customers-create.json"),
            [](const QByteArray &b) {
                const auto r = parseCreatedId(b);
                QVERIFY(r.isOk());
                QCOMPARE(r.value, qint64(1));
            } },
        { QStringLiteral("customers-list.json"),
            [](const QByteArray &b) {
                const auto r = parseCustomers(b, kMoscow);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.items.size(), 1);
                QCOMPARE(r.value.items.first().id, qint64(1233));
                QCOMPARE(r.value.items.first().phones, QStringList { QStringLiteral("89229112322") });
            } },
        { QStringLiteral("orders-list.json"),
            [](const QByteArray &b) {
                const auto r = parseOrders(b, kMoscow);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.items.size(), 1);
                QCOMPARE(r.value.items.first().id, qint64(7141));
                QCOMPARE(r.value.items.first().number, QStringLiteral("7141C"));
                QCOMPARE(r.value.items.first().status, QStringLiteral("assembling"));
                QCOMPARE(r.value.items.first().totalSumm.toDouble(), 0.0);
            } },
        { QStringLiteral("orders-get.json"),
            [](const QByteArray &b) {
                const auto r = parseOrderAnswer(b, kMoscow);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.id, qint64(6722));
                QCOMPARE(r.value.status, QStringLiteral("delivering"));
                QCOMPARE(r.value.site, QStringLiteral("aliexpress"));
                QCOMPARE(r.value.totalSumm.toDouble(), 1.0);
                QVERIFY(r.value.createdAt.isValid());
            } },
        { QStringLiteral("orders-create.json"),
            [](const QByteArray &b) {
                const auto r = parseOrderWritten(b, kMoscow);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.id, qint64(7146));
                QCOMPARE(r.value.number, QStringLiteral("7146A"));
            } },
        { QStringLiteral("orders-edit.json"),
            [](const QByteArray &b) {
                const auto r = parseOrderWritten(b, kMoscow);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.id, qint64(6722));
            } },
        { QStringLiteral("orders-history.json"),
            [](const QByteArray &b) {
                const auto r = parseOrdersHistory(b, kMoscow);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.records.size(), 100);
                QCOMPARE(r.value.records.first().id, qint64(7038));
                QCOMPARE(r.value.records.last().id, qint64(7137));
                int created = 0;
                for (const HistoryRecord &record : r.value.records) {
                    QVERIFY(record.order.id > 0);
                    QVERIFY(record.createdAt.isValid());
                    // Real history has no total record: revenue must be re-read.
                    QVERIFY(record.field != QLatin1String("total_summ"));
                    if (record.created) {
                        ++created;
                        QCOMPARE(record.field, QStringLiteral("status"));
                    }
                }
                QCOMPARE(created, 23);
                QCOMPARE(r.value.pagination.totalPageCount, 298);
            } },
        { QStringLiteral("users-list.json"),
            [](const QByteArray &b) {
                const auto r = parseUsers(b);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.items.size(), 1);
                QCOMPARE(r.value.items.first().id, qint64(28));
            } },
    };
    if (checks.contains(file)) {
        checks.value(file)(body);
        return;
    }
    // A new sample: it must be a retailCRM answer the client reads without an error.
    QVERIFY2(retailError(200, body).isOk(), qPrintable(file + QStringLiteral(" is not read as a success")));
}

void tst_ReferenceSamples::calltouch_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(m_root + QStringLiteral("/calltouch"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files);
    QVERIFY(files.size() >= 10);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void tst_ReferenceSamples::calltouch()
{
    using namespace Calltouch;
    QFETCH(QString, file);
    const QByteArray body = readFile(m_root + QStringLiteral("/calltouch/") + file);
    QVERIFY(!body.isEmpty());

    const QHash<QString, Check> checks {
        { QStringLiteral("calls-diary-page.json"),
            [](const QByteArray &b) {
                const auto r = parseCallsJournal(b, kMoscow);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.leads.size(), 2);
                QCOMPARE(r.value.leads.first().id, QStringLiteral("512345678"));
                // 08/05/2026 15:32:47 in Moscow is 12:32:47 UTC; an unpadded hour is read too.
                QCOMPARE(r.value.leads.first().occurredAt,
                    QDateTime(QDate(2026, 5, 8), QTime(12, 32, 47), Qt::UTC));
                QCOMPARE(
                    r.value.leads.last().occurredAt, QDateTime(QDate(2026, 5, 8), QTime(6, 5, 3), Qt::UTC));
            } },
        { QStringLiteral("calls-diary-day-array.json"),
            [](const QByteArray &b) {
                const auto r = parseCallsJournal(b, kMoscow);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.leads.size(), 1);
            } },
        { QStringLiteral("requests-list.json"),
            [](const QByteArray &b) {
                const auto r = parseRequestsJournal(b, kMoscow);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.size(), 1);
                QCOMPARE(r.value.first().occurredAt, QDateTime::fromMSecsSinceEpoch(1778243000000, Qt::UTC));
            } },
        { QStringLiteral("orders-diary-page.json"),
            [](const QByteArray &b) {
                const auto r = parseDealsJournal(b);
                QVERIFY(r.isOk());
                QCOMPARE(r.value.orderNumbers, QStringList { QStringLiteral("10517") });
                QCOMPARE(r.value.deals.size(), 1);
                QCOMPARE(r.value.deals.first().status, QStringLiteral("new"));
                QCOMPARE(r.value.deals.first().revenue, QStringLiteral("45990.00"));
            } },
        { QStringLiteral("deal-create-response.json"),
            [](const QByteArray &b) {
                const auto r = parseDealResults(b, { QStringLiteral("10517"), QStringLiteral("10518") });
                QVERIFY(r.isOk());
                QCOMPARE(r.value.size(), 2);
                QCOMPARE(r.value.at(0).calltouchOrderId, QStringLiteral("700001"));
                QCOMPARE(r.value.at(1).problem, DealResult::Problem::AlreadyExists);
            } },
        { QStringLiteral("error-api.json"),
            [](const QByteArray &b) { QCOMPARE(parseV1Error(b, 400).kind, ApiError::Kind::Validation); } },
        { QStringLiteral("error-validation.json"),
            [](const QByteArray &b) {
                const ApiError error = parseV1Error(b, 400);
                QCOMPARE(error.kind, ApiError::Kind::Validation);
                QVERIFY(!error.fieldErrors.isEmpty());
            } },
        { QStringLiteral("webhook-call-params.json"),
            [](const QByteArray &b) {
                const auto r =
                    parseWebhookBody(Lead::Kind::Call, b, kMoscow, QDateTime::currentDateTimeUtc());
                QVERIFY(r.isOk());
                QCOMPARE(r.value.id, QStringLiteral("512345678"));
                QCOMPARE(r.value.utmCampaign, QStringLiteral("sofa_msk"));
                // The Unix timestamp wins over the local calltime.
                QCOMPARE(r.value.occurredAt, QDateTime::fromSecsSinceEpoch(1778243567, Qt::UTC));
            } },
    };
    if (checks.contains(file)) {
        checks.value(file)(body);
        return;
    }
    // Request bodies and legacy answers: at least well-formed JSON.
    QJsonParseError error {};
    QJsonDocument::fromJson(body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

QTEST_GUILESS_MAIN(tst_ReferenceSamples)
#include "tst_referencesamples.moc"
