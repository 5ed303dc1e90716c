#pragma once

// Realistic rows for the UI tests and their screenshots, written straight into a Store by SQL
// (fast enough for 100 000 rows in one transaction).

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include "store/store.h"

namespace LeadBridge::TestSupport {

inline qint64 uiTestNowMs()
{
    static const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return now;
}

namespace Sample {
    inline const QStringList names { QStringLiteral("Анна Смирнова"), QStringLiteral("Игорь Петров"),
        QStringLiteral("Ольга Кузнецова"), QStringLiteral("Дмитрий Волков"), QStringLiteral("Мария Соколова"),
        QStringLiteral("Сергей Морозов"), QStringLiteral("Елена Павлова"),
        QStringLiteral("Алексей Новиков") };
    inline const QStringList sources { QStringLiteral("yandex"), QStringLiteral("google"),
        QStringLiteral("vk"), QStringLiteral("(direct)"), QStringLiteral("avito") };
    inline const QStringList mediums { QStringLiteral("cpc"), QStringLiteral("cpc"), QStringLiteral("social"),
        QStringLiteral("(none)"), QStringLiteral("referral") };
    inline const QStringList campaigns { QStringLiteral("spring_sale"), QStringLiteral("brand"),
        QStringLiteral("retargeting"), QString(), QStringLiteral("sofas_msk") };
    inline const QStringList kinds { QStringLiteral("call"), QStringLiteral("request"),
        QStringLiteral("chat") };
    inline const QStringList shops { QStringLiteral("mebel-msk"), QStringLiteral("mebel-spb"),
        QStringLiteral("outlet") };
    inline const QStringList managers { QStringLiteral("Орлова Наталья"), QStringLiteral("Белов Артём"),
        QString() };
    inline const QStringList statuses { QStringLiteral("new"), QStringLiteral("assembling"),
        QStringLiteral("complete"), QStringLiteral("cancel-other") };
} // namespace Sample

/// A text value for a NOT NULL column (a null QString would bind as NULL).
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

inline QString samplePhone(int i)
{
    return QStringLiteral("+7999%1").arg(1000000 + (i * 7919) % 9000000, 7, 10, QLatin1Char('0'));
}

/// @p count leads over the last 14 days, newest first by id order reversed; every state appears.
inline void seedLeads(Store &store, int count, int firstId = 1)
{
    QVERIFY(
        store
            .inTransaction([&] {
                QSqlQuery q(store.database());
                q.prepare(QStringLiteral("INSERT INTO leads(id, kind, remote_id, occurred_at, received_at, "
                                         "phone, email, name, subject,"
                                         " utm_source, utm_medium, utm_campaign, raw_json, state, action, "
                                         "reason, error_code, error_params, order_id,"
                                         " order_number, attempts, next_attempt_at, updated_at)"
                                         " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
                const qint64 now = uiTestNowMs();
                for (int n = 0; n < count; ++n) {
                    const int i = firstId + n;
                    const QString kind = Sample::kinds.at(i % 3);
                    const bool noContact = i % 23 == 0;
                    const bool emailOnly = !noContact && kind != QLatin1String("call") && i % 5 == 0;
                    const QString phone = noContact || emailOnly ? QString() : samplePhone(i);
                    const QString email = noContact || kind == QLatin1String("call")
                        ? QString()
                        : QStringLiteral("client%1@example.ru").arg(i);
                    QString state = QStringLiteral("done");
                    QString action = QStringLiteral("created-order");
                    QString reason = QStringLiteral("newest-order-completed");
                    QString detail;
                    if (noContact) {
                        state = QStringLiteral("no_contact");
                        action.clear();
                        reason = QStringLiteral("no-contact");
                    } else if (i % 11 == 0) {
                        state = QStringLiteral("failed");
                        action.clear();
                        reason = QStringLiteral("error");
                        detail = QStringLiteral("timeout"); // a code: the words are made at display time
                    } else if (i % 7 == 0) {
                        state = QStringLiteral("skipped");
                        action = QStringLiteral("skipped");
                        reason = QStringLiteral("open-order-has-lead");
                    } else if (i % 4 == 0) {
                        action = QStringLiteral("updated-order");
                        reason = QStringLiteral("open-order-without-lead");
                    } else if (i % 3 == 0) {
                        action = QStringLiteral("created-customer-and-order");
                        reason = QStringLiteral("no-customer");
                    } else if (n < 3) {
                        state = QStringLiteral("waiting");
                        action.clear();
                        reason.clear();
                    }
                    const bool hasOrder = state == QLatin1String("done") || state == QLatin1String("skipped");
                    const qint64 at =
                        now - qint64(n) * 13 * 60 * 1000 % (14LL * 24 * 3600 * 1000) - 90 * 1000;
                    q.addBindValue(i);
                    q.addBindValue(kind);
                    q.addBindValue(QString::number(512340000 + i));
                    q.addBindValue(at);
                    q.addBindValue(at + 5000);
                    q.addBindValue(text(phone));
                    q.addBindValue(text(email));
                    q.addBindValue(text(kind == QLatin1String("call") ? QString() : Sample::names.at(i % 8)));
                    q.addBindValue(
                        text(kind == QLatin1String("request") ? QStringLiteral("Заказ обратного звонка")
                                                              : QString()));
                    q.addBindValue(Sample::sources.at(i % 5));
                    q.addBindValue(Sample::mediums.at(i % 5));
                    q.addBindValue(text(Sample::campaigns.at(i % 5)));
                    q.addBindValue(QStringLiteral("{\"id\":%1,\"phone\":\"%2\",\"utm_source\":\"%3\"}")
                                       .arg(512340000 + i)
                                       .arg(phone, Sample::sources.at(i % 5)));
                    q.addBindValue(state);
                    q.addBindValue(text(action));
                    q.addBindValue(text(reason));
                    q.addBindValue(text(detail));
                    q.addBindValue(
                        text(detail.isEmpty() ? QString() : QStringLiteral("{\"service\":\"retailCRM\"}")));
                    q.addBindValue(hasOrder ? QVariant(10000 + i) : QVariant());
                    q.addBindValue(text(hasOrder ? QStringLiteral("%1A").arg(10000 + i) : QString()));
                    q.addBindValue(state == QLatin1String("failed") ? 3 : (hasOrder ? 1 : 0));
                    q.addBindValue(state == QLatin1String("failed") ? now + 600000 : 0);
                    q.addBindValue(at);
                    if (!q.exec()) {
                        qWarning("seed failed: %s", qPrintable(q.lastError().text()));
                        return false;
                    }
                }
                return true;
            })
            .ok);
}

inline void seedOutcomes(Store &store, qint64 leadId)
{
    const qint64 now = uiTestNowMs();
    QVERIFY(
        store
            .exec(QStringLiteral("INSERT INTO lead_outcomes(lead_id, at, action, reason, error_code, "
                                 "error_params, order_id) VALUES(?,?,?,?,?,?,?)"),
                { leadId, now - 3600000, QStringLiteral("failed"), QStringLiteral("error"),
                    QStringLiteral("timeout"), QStringLiteral("{\"service\":\"retailCRM\"}"), QVariant() })
            .ok);
    QVERIFY(
        store
            .exec(QStringLiteral(
                      "INSERT INTO lead_outcomes(lead_id, at, action, reason, order_id) VALUES(?,?,?,?,?)"),
                { leadId, now - 1800000, QStringLiteral("created-order"),
                    QStringLiteral("newest-order-completed"), 10000 + leadId })
            .ok);
}

/// One orders row per lead that has an order.
inline void seedOrders(Store &store)
{
    QVERIFY(
        store
            .exec(QStringLiteral(
                "INSERT INTO orders(order_id, number, site, customer_id, customer_name, action, reason, "
                "lead_id,"
                " created_at, updated_at) SELECT order_id, order_number, CASE id % 3 WHEN 0 THEN 'mebel-msk'"
                " WHEN 1 THEN 'mebel-spb' ELSE 'outlet' END, 500 + id, CASE WHEN name<>'' THEN name ELSE"
                " 'Звонок от ' || phone END, CASE WHEN action LIKE 'created%' THEN 'created' WHEN action LIKE"
                " 'updated%' THEN 'updated' ELSE 'skipped' END, reason, id, occurred_at, updated_at + 60000"
                " FROM leads WHERE order_id IS NOT NULL"))
            .ok);
}

/// @p count deals with every binding kind and state.
inline void seedDeals(Store &store, int count)
{
    QVERIFY(
        store
            .inTransaction([&] {
                QSqlQuery q(store.database());
                q.prepare(QStringLiteral(
                    "INSERT INTO deals(order_id, order_number, site, status, revenue, manager, phone, email,"
                    " order_created_at, binding_kind, binding_lead_id, state, in_calltouch, "
                    "last_pushed_at,"
                    " error_code, error, attempts, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
                const qint64 now = uiTestNowMs();
                for (int i = 1; i <= count; ++i) {
                    QString binding = Sample::kinds.at(i % 3);
                    QString leadId = QString::number(512340000 + i);
                    if (i % 3 == 2)
                        binding = QStringLiteral("chain");
                    if (i % 5 == 0)
                        binding = QStringLiteral("not-found");
                    else if (i % 13 == 0)
                        binding = QStringLiteral("no-contacts");
                    const bool failed = i % 9 == 0;
                    const QString state = failed
                        ? QStringLiteral("failed")
                        : (i <= 2 ? QStringLiteral("pending") : QStringLiteral("created"));
                    q.addBindValue(10000 + i);
                    q.addBindValue(QStringLiteral("%1A").arg(10000 + i));
                    q.addBindValue(Sample::shops.at(i % 3));
                    q.addBindValue(Sample::statuses.at(i % 4));
                    q.addBindValue(
                        QString(QString::number(1490 + (i * 3137) % 90000) + QStringLiteral(".00")));
                    q.addBindValue(text(Sample::managers.at(i % 3)));
                    q.addBindValue(samplePhone(i));
                    q.addBindValue(text(QString()));
                    q.addBindValue(now - qint64(i) * 3600 * 1000);
                    if (binding != QLatin1String("call") && binding != QLatin1String("request"))
                        leadId.clear(); // only a call or a request is bound by its id
                    q.addBindValue(text(binding));
                    q.addBindValue(text(leadId));
                    q.addBindValue(state);
                    q.addBindValue(state == QLatin1String("created") ? 1 : 0);
                    q.addBindValue(state == QLatin1String("created") ? QVariant(now - qint64(i) * 600 * 1000)
                                                                     : QVariant());
                    q.addBindValue(text(failed ? QStringLiteral("deal-rejected") : QString()));
                    q.addBindValue(text(failed ? QStringLiteral("funnel \"outlet\" is unknown") : QString()));
                    q.addBindValue(failed ? 2 : 0);
                    q.addBindValue(now);
                    if (!q.exec()) {
                        qWarning("seed failed: %s", qPrintable(q.lastError().text()));
                        return false;
                    }
                }
                return true;
            })
            .ok);
}

/// @p count errors, alternating between lead and deal items; some resolved.
inline void seedErrors(Store &store, int count)
{
    QVERIFY(store
                .inTransaction([&] {
                    QSqlQuery q(store.database());
                    q.prepare(QStringLiteral("INSERT INTO errors(at, direction, item, code, params, attempts,"
                                             " next_retry_at, resolved) VALUES(?,?,?,?,?,?,?,?)"));
                    const qint64 now = uiTestNowMs();
                    for (int i = 1; i <= count; ++i) {
                        const bool lead = i % 2 == 1;
                        q.addBindValue(now - qint64(i) * 420 * 1000);
                        q.addBindValue(lead ? QStringLiteral("leads") : QStringLiteral("deals"));
                        q.addBindValue(lead
                                ? QStringLiteral("lead:%1:%2").arg(Sample::kinds.at(i % 3)).arg(512340000 + i)
                                : QStringLiteral("deal:%1").arg(10000 + i));
                        q.addBindValue(lead ? QStringLiteral("timeout") : QStringLiteral("rate-limited"));
                        q.addBindValue(lead ? QStringLiteral("{\"service\":\"retailCRM\"}")
                                            : QStringLiteral("{\"service\":\"Calltouch\"}"));
                        q.addBindValue(1 + i % 4);
                        q.addBindValue(i % 3 == 0 ? QVariant() : QVariant(now + qint64(i) * 60 * 1000));
                        q.addBindValue(i % 3 == 0 ? 1 : 0);
                        if (!q.exec()) {
                            qWarning("seed failed: %s", qPrintable(q.lastError().text()));
                            return false;
                        }
                    }
                    return true;
                })
                .ok);
}

} // namespace LeadBridge::TestSupport
