#include "calltouchwire.h"

#include <QUrl>
#include <QUrlQuery>

#include "sandbox/calltouchsim.h"
#include "sandbox/simvalues.h"

namespace LeadBridge::Calltouch::SimWire {

const QRegularExpression &callsPath()
{
    static const QRegularExpression re(
        QStringLiteral("^/calls-service/RestAPI/([^/]+)/calls-diary/calls/?$"));
    return re;
}
const QRegularExpression &ordersPath()
{
    static const QRegularExpression re(
        QStringLiteral("^/calls-service/RestAPI/([^/]+)/orders-diary/orders/?$"));
    return re;
}
const QRegularExpression &requestsPath()
{
    static const QRegularExpression re(QStringLiteral("^/calls-service/RestAPI/requests/?$"));
    return re;
}
const QRegularExpression &clientOrderPath()
{
    static const QRegularExpression re(
        QStringLiteral("^/lead-service/v1/api/client-order/(create|update|delete)/?$"));
    return re;
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

SimResponse jsonResponse(int status, const QJsonValue &value)
{
    return SimResponse::json(status, compact(value));
}

SimResponse restError(int status, const QString &message)
{
    return jsonResponse(
        status, QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("message"), message } });
}

SimResponse validationError(const QList<Violation> &violations)
{
    QJsonArray list;
    for (const Violation &violation : violations) {
        list.append(QJsonObject {
            { QStringLiteral("field"), violation.field }, { QStringLiteral("message"), violation.message } });
    }
    const QJsonObject data { { QStringLiteral("validationErrorData"),
        QJsonObject { { QStringLiteral("violations"), list } } } };
    return jsonResponse(400, QJsonObject { { QStringLiteral("data"), data } });
}

QString queryValue(const SimRequest &request, const QString &key, bool *present)
{
    const auto items = request.query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        if (item.first == key) {
            if (present)
                *present = true;
            QByteArray value = item.second.toLatin1();
            value.replace('+', ' ');
            return QUrl::fromPercentEncoding(value);
        }
    }
    if (present)
        *present = false;
    return {};
}

int queryInt(const SimRequest &request, const QString &key, int fallback, bool *ok)
{
    bool present = false;
    const QString text = queryValue(request, key, &present);
    *ok = true;
    if (!present)
        return fallback;
    const int value = text.trimmed().toInt(ok);
    return *ok ? value : fallback;
}

QString orEmptyTag(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("<не указано>") : value;
}

QString revenueText(const QJsonValue &value)
{
    const QString text = Sim::jsonText(value);
    return text.isEmpty() ? QStringLiteral("0") : text;
}

const QStringList kDealDateFields { QStringLiteral("orderDate"), QStringLiteral("statusDate"),
    QStringLiteral("updateDate") };

bool checkOrders(const QByteArray &body, QJsonArray *orders, SimResponse *refusal, const QTimeZone &zone)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        *refusal =
            validationError({ { QString(), QStringLiteral("Тело запроса должно быть JSON-объектом") } });
        return false;
    }
    const QJsonValue list = document.object().value(QLatin1String("orders"));
    if (!list.isArray()) {
        *refusal =
            validationError({ { QStringLiteral("orders"), QStringLiteral("Поле orders обязательно") } });
        return false;
    }
    *orders = list.toArray();
    if (orders->isEmpty()) {
        *refusal = validationError({ { QStringLiteral("orders"), QStringLiteral("Список orders пуст") } });
        return false;
    }
    if (orders->size() > Simulator::kMaxOrdersPerRequest) {
        *refusal = validationError({ { QStringLiteral("orders"),
            QStringLiteral("Не более %1 сделок в одном запросе").arg(Simulator::kMaxOrdersPerRequest) } });
        return false;
    }
    QList<Violation> violations;
    const QString badDate = QStringLiteral("Некорректный формат даты, ожидается dd-mm-yyyy HH:mm:ss");
    for (int i = 0; i < orders->size(); ++i) {
        const QJsonObject order = orders->at(i).toObject();
        for (const QString &field : kDealDateFields) {
            const QString text = Sim::jsonText(order.value(field));
            if (!text.isEmpty() && !dealDateTime(text, zone).isValid())
                violations.append({ QStringLiteral("orders[%1].%2").arg(i).arg(field), badDate });
        }
        const QJsonArray matching = order.value(QLatin1String("matching")).toArray();
        for (int j = 0; j < matching.size(); ++j) {
            const QJsonObject strategy = matching.at(j).toObject();
            for (auto it = strategy.constBegin(); it != strategy.constEnd(); ++it) {
                if (!it.value().isObject())
                    continue;
                const QString text = Sim::jsonText(it.value().toObject().value(QLatin1String("date")));
                if (!text.isEmpty() && !dealDateTime(text, zone).isValid())
                    violations.append(
                        { QStringLiteral("orders[%1].matching[%2].date").arg(i).arg(j), badDate });
            }
        }
    }
    if (!violations.isEmpty()) {
        *refusal = validationError(violations);
        return false;
    }
    return true;
}

QByteArray pageBody(int page, int pageTotal, int pageSize, int recordsTotal, const QJsonArray &records)
{
    return QByteArrayLiteral("{\"page\":") + QByteArray::number(page)
        + ",\"pageTotal\":" + QByteArray::number(pageTotal) + ",\"pageSize\":" + QByteArray::number(pageSize)
        + ",\"recordsTotal\":" + QByteArray::number(recordsTotal) + ",\"records\":" + compact(records) + '}';
}

bool pageWindow(const SimRequest &request, int maxLimit, int *page, int *limit, SimResponse *refusal)
{
    bool ok = false;
    *page = qMax(1, queryInt(request, QStringLiteral("page"), 1, &ok));
    if (!ok) {
        *refusal = restError(400, QStringLiteral("Параметр page должен быть числом"));
        return false;
    }
    *limit = qBound(1, queryInt(request, QStringLiteral("limit"), maxLimit, &ok), maxLimit);
    if (!ok) {
        *refusal = restError(400, QStringLiteral("Параметр limit должен быть числом"));
        return false;
    }
    return true;
}

QDateTime dealDateTime(const QString &text, const QTimeZone &zone)
{
    return Sim::localDateTime(text, QStringLiteral("dd-MM-yyyy HH:mm:ss"), zone);
}

QDate journalDate(const QString &text)
{
    return QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
}

QDate requestsDate(const QString &text)
{
    return QDate::fromString(text, QStringLiteral("MM/dd/yyyy"));
}

} // namespace LeadBridge::Calltouch::SimWire
