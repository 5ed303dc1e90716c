// Codes, not prose: the real engine against the simulated services produces several kinds of error
// (a rejected key, a 500 after the retries, an impossible lead date, an order without a creation date,
// a lead without a contact, a bound deal); the store then holds codes, parameters and technical detail
// only: no sentence of the product, in English or in Russian. Migration 4 turns old prose into "legacy".
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QXmlStreamReader>

#include "store/migrations.h"
#include "store/problem.h"
#include "store/store.h"
#include "store/syncstore.h"
#include "syncfixture.h"
#include "util/problemtext.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

class tst_ErrorCodes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void problemsRoundTripThroughTheirDatabaseTexts();
    void everyCodeHasASentenceAndWhatToDo();
    void engineStoresCodesNotProse();
    void migrationTurnsOldProseIntoLegacyRows();

private:
    /// Pieces (16+ characters) of every sentence the product can word: the English sources of the
    /// translations, their Russian translations, and ProblemText's texts for every code.
    QStringList m_prose;
    void addProse(const QString &text);
    /// The text columns that the engine writes (not the leads' and orders' own data).
    QStringList storedTexts(SyncFixture &f) const;
};

void tst_ErrorCodes::addProse(const QString &text)
{
    // Split at the placeholders and the markup; a piece must be long enough to be a sentence's.
    static const QRegularExpression cut(QStringLiteral("%n|%\\d|<[^>]*>|&[a-z]+;"));
    for (const QString &piece : text.split(cut)) {
        const QString trimmed = piece.trimmed();
        if (trimmed.size() >= 16)
            m_prose << trimmed;
    }
}

void tst_ErrorCodes::initTestCase()
{
    for (const char *language : { "en", "ru" }) {
        QFile file(QStringLiteral(LEADBRIDGE_SOURCE_DIR "/translations/leadbridge_%1.ts")
                       .arg(QLatin1String(language)));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()
                && (xml.name() == QLatin1String("source") || xml.name() == QLatin1String("translation")
                    || xml.name() == QLatin1String("numerusform")))
                addProse(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    QVERIFY(m_prose.size() > 200);
    for (int i = 0; i <= int(Db::ErrorCode::FieldMissing); ++i) {
        const Problem problem =
            Problem::make(Db::ErrorCode(i), { { QStringLiteral("service"), QStringLiteral("X") } });
        addProse(ProblemText::sentence(problem));
        addProse(ProblemText::remedy(problem));
    }
}

void tst_ErrorCodes::problemsRoundTripThroughTheirDatabaseTexts()
{
    ApiError error =
        ApiError::make(ApiError::Kind::Validation, QStringLiteral("orders/create: HTTP 400"), 400);
    error.fieldErrors.insert(QStringLiteral("site"), QStringLiteral("not found"));
    const Problem problem = Problem::fromApi(error, QStringLiteral("retailCRM"));
    QCOMPARE(Db::toDb(problem.code), QStringLiteral("validation"));
    QCOMPARE(problem.params.value(QStringLiteral("status")).toInt(), 400);
    const Problem back = Problem::fromDb(Db::toDb(problem.code), problem.paramsText(), problem.detail);
    QVERIFY(back == problem);
    QVERIFY(ProblemText::sentence(back).contains(QStringLiteral("site")));
    // Every kind of ApiError has its own code (the names are shared).
    for (int kind = int(ApiError::Kind::Network); kind <= int(ApiError::Kind::AccountNotFound); ++kind) {
        const auto k = ApiError::Kind(kind);
        QCOMPARE(Db::toDb(Problem::fromApi(ApiError::make(k, {})).code), ApiError::kindName(k));
    }
    // An unknown code (a newer version's) reads as legacy and shows its detail as is.
    const Problem unknown = Problem::fromDb(QStringLiteral("from-the-future"), {}, QStringLiteral("raw"));
    QCOMPARE(unknown.code, Db::ErrorCode::Legacy);
    QCOMPARE(ProblemText::sentence(unknown), QStringLiteral("raw"));
}

void tst_ErrorCodes::everyCodeHasASentenceAndWhatToDo()
{
    for (int i = 1; i <= int(Db::ErrorCode::FieldMissing); ++i) {
        const Problem problem = Problem::make(Db::ErrorCode(i),
            { { QStringLiteral("service"), QStringLiteral("Calltouch") },
                { QStringLiteral("order"), QStringLiteral("77A") }, { QStringLiteral("count"), 2 },
                { QStringLiteral("address"), QStringLiteral("127.0.0.1:9") },
                { QStringLiteral("date"), QStringLiteral("2030-01-01T00:00:00Z") },
                { QStringLiteral("field"), QStringLiteral("calltouch_call_id") } },
            QStringLiteral("GET http://127.0.0.1:3480/api -> HTTP 500"));
        const QString code = Db::toDb(problem.code);
        const QString sentence = ProblemText::sentence(problem);
        QVERIFY2(sentence.size() > 10, qPrintable(code));
        QVERIFY2(!ProblemText::remedy(problem).isEmpty(), qPrintable(code));
        // The plain sentence never carries the technical detail.
        QVERIFY2(!sentence.contains(QStringLiteral("http://")), qPrintable(code));
        QVERIFY2(!sentence.contains(QStringLiteral("%")), qPrintable(sentence));
        if (problem.stopsSync())
            QVERIFY2(ProblemText::fix(problem) != ProblemText::Fix::None, qPrintable(code));
    }
    QCOMPARE(ProblemText::fix(Problem::make(Db::ErrorCode::Auth)), ProblemText::Fix::Wizard);
    QCOMPARE(ProblemText::fix(Problem::make(Db::ErrorCode::StoreFailed)), ProblemText::Fix::CheckDatabase);
    QCOMPARE(ProblemText::fix(Problem::make(Db::ErrorCode::Server)), ProblemText::Fix::None);
}

QStringList tst_ErrorCodes::storedTexts(SyncFixture &f) const
{
    QStringList texts;
    Store store(QStringLiteral("scan"));
    if (!store.open(f.databasePath()).isOk())
        return texts;
    const QList<std::pair<QString, QString>> columns {
        { QStringLiteral("errors"), QStringLiteral("direction, item, code, params, detail") },
        { QStringLiteral("leads"),
            QStringLiteral("state, action, reason, detail, error_code, error_params") },
        { QStringLiteral("lead_outcomes"),
            QStringLiteral("action, reason, detail, error_code, error_params") },
        { QStringLiteral("deals"),
            QStringLiteral("binding_kind, binding_lead_id, state, error, error_code, error_params") },
        { QStringLiteral("orders"), QStringLiteral("action, reason") },
    };
    for (const auto &[table, list] : columns) {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(list, table)))
            return { QStringLiteral("unreadable: ") + table };
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QString value = q.value(i).toString();
                if (!value.isEmpty())
                    texts << QStringLiteral("%1.%2=%3").arg(table, q.record().fieldName(i), value);
            }
        }
    }
    return texts;
}

void tst_ErrorCodes::engineStoresCodesNotProse()
{
    SyncFixture f;
    f.config.dealSync = true;
    f.config.webhookListen = QStringLiteral("127.0.0.1:0");
    f.config.webhookSecret = QStringLiteral("s3cret-path-segment-42");
    // A lead whose order cannot be created: 500 (a write: its outcome is unknown, looked up later).
    f.crm->server()->setFaultRate(QStringLiteral("POST /api/v5/orders/create"), SimFault::Http500, 1.0);
    f.ct->addCall(f.now.addSecs(-600), QStringLiteral("+7 916 000-00-01"));
    // A lead without phone and e-mail.
    Calltouch::SimLead anonymous;
    anonymous.at = f.now.addSecs(-500);
    anonymous.name = QStringLiteral("Аноним");
    f.ct->addRequest(anonymous);
    // A customer whose order has no creation date: the newest order cannot be told.
    const qint64 customer = f.addCustomer(QStringLiteral("+79160000002"));
    RetailCrm::Order undated;
    undated.customerId = customer;
    undated.status = QStringLiteral("new");
    undated.site = QStringLiteral("main-shop");
    undated.createdAt = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    f.crm->addOrder(undated);
    f.ct->addCall(f.now.addSecs(-400), QStringLiteral("+7 916 000-00-02"));
    // An order bound to a call (a deal), the binding kept as kind and lead id only.
    const qint64 boundCall = f.ct->addCall(f.now.addDays(-1), QStringLiteral("+7 916 000-00-03"));
    const qint64 bound = f.addOrder(f.addCustomer(QStringLiteral("+79160000003")), QStringLiteral("new"), 0);

    f.engine = std::make_unique<SyncEngine>(f.config, f.databasePath());
    f.engine->setClock([&f] { return f.now; });
    f.engine->setRateLimitsEnabled(false);
    f.engine->setRetryBackoff(10, 50);
    QSignalSpy listening(f.engine.get(), &SyncEngine::webhookListening);
    f.engine->initialize();
    QCOMPARE(listening.size(), 1);
    // A lead dated in the year 5138 through the chat receiver.
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/s3cret-path-segment-42/call")
                                     .arg(listening.first().first().value<quint16>())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(
        nam.post(request, QByteArray("id=901&callerphone=%2B79160000901&timestamp=99999999999999")));
    QSignalSpy posted(reply.get(), &QNetworkReply::finished);
    QVERIFY(posted.wait(5000));
    f.now = f.now.addSecs(120);
    f.cycle();
    f.now = f.now.addSecs(120);
    f.cycle();

    // Then the key is revoked: the sync stops on a rejected key.
    f.crm->removeApiKey(f.apiKey);
    f.now = f.now.addSecs(120);
    f.cycle();

    const auto codes = [&f](const QString &sql) {
        Store store(QStringLiteral("codes"));
        QStringList list;
        if (!store.open(f.databasePath()).isOk())
            return list;
        QSqlQuery q(store.database());
        q.exec(sql);
        while (q.next())
            list << q.value(0).toString();
        return list;
    };
    const QStringList errorCodes = codes(QStringLiteral("SELECT DISTINCT code FROM errors"));
    for (const char *expected : { "bad-lead-date", "customer-order-no-created-at", "no-created-at", "auth" })
        QVERIFY2(errorCodes.contains(QLatin1String(expected)), qPrintable(errorCodes.join(QLatin1Char(' '))));
    QVERIFY(codes(QStringLiteral("SELECT state FROM leads")).contains(QStringLiteral("no_contact")));
    QCOMPARE(
        f.sql(QStringLiteral("SELECT binding_kind || ':' || binding_lead_id FROM deals WHERE order_id=?"),
             { bound })
            .toString(),
        QStringLiteral("call:%1").arg(boundCall));
    QCOMPARE(
        f.sql(QStringLiteral("SELECT count(*) FROM pragma_table_info('deals') WHERE name='binding_note'"))
            .toInt(),
        0);
    QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM pragma_table_info('errors') WHERE name='message'"))
                 .toInt(),
        0);
    // The service and the status are parameters; the failed lead's row has the same code as its error.
    QCOMPARE(f.sql(QStringLiteral("SELECT error_params FROM lead_outcomes WHERE error_code='outcome-unknown'"
                                  " LIMIT 1"))
                 .toString(),
        QStringLiteral("{\"service\":\"retailCRM\",\"status\":500}"));
    QVERIFY(codes(QStringLiteral("SELECT error_code FROM leads WHERE state='failed'"))
                .contains(QStringLiteral("customer-order-no-created-at")));

    // No sentence of the product in any column the engine writes, and no Russian at all.
    static const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
    const QStringList texts = storedTexts(f);
    QVERIFY(texts.size() > 20);
    for (const QString &text : texts) {
        QVERIFY2(!cyrillic.match(text).hasMatch(), qPrintable(text));
        for (const QString &prose : std::as_const(m_prose))
            QVERIFY2(!text.contains(prose), qPrintable(text + QStringLiteral("  <-  ") + prose));
    }
}

void tst_ErrorCodes::migrationTurnsOldProseIntoLegacyRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (int version = 0; version < 3; ++version) {
            for (const QString &statement : storeMigrations().at(version))
                QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=3")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO errors(at, direction, item, message) VALUES(1, 'leads', 'lead:call:1',"
            " 'retailCRM: Сервис не ответил вовремя.')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO leads(id, kind, remote_id, occurred_at, received_at, state,"
                           " reason, detail, updated_at) VALUES(1, 'call', '1', 1, 1, 'failed', 'error',"
                           " 'retailCRM did not answer in time.', 1)")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO leads(id, kind, remote_id, occurred_at, received_at, state,"
                                  " updated_at) VALUES(2, 'call', '2', 1, 1, 'done', 1)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO deals(order_id, binding_kind, binding_lead_id, binding_note,"
                           " error, updated_at) VALUES(5, 'call', '1', 'Bound to call 1.', 'boom', 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    Store store(QStringLiteral("migrated"));
    QVERIFY(store.open(path).isOk());
    QCOMPARE(store.schemaVersion(), int(storeMigrations().size()));
    QCOMPARE(store.scalar(QStringLiteral("SELECT code || '|' || detail FROM errors")).toString(),
        QStringLiteral("legacy|retailCRM: Сервис не ответил вовремя."));
    QCOMPARE(store.scalar(QStringLiteral("SELECT error_code FROM leads WHERE id=1")).toString(),
        QStringLiteral("legacy"));
    QCOMPARE(store.scalar(QStringLiteral("SELECT error_code FROM leads WHERE id=2")).toString(), QString());
    QCOMPARE(store.scalar(QStringLiteral("SELECT error_code || '|' || error FROM deals")).toString(),
        QStringLiteral("legacy|boom"));
    QCOMPARE(store
                 .scalar(QStringLiteral(
                     "SELECT count(*) FROM pragma_table_info('deals') WHERE name='binding_note'"))
                 .toInt(),
        0);
    // A legacy row shows its old text as is.
    SyncStore sync(store);
    QCOMPARE(
        ProblemText::sentence(sync.lead(1)->failure), QStringLiteral("retailCRM did not answer in time."));
}

QTEST_GUILESS_MAIN(tst_ErrorCodes)
#include "tst_errorcodes.moc"
