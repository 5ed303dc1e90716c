#include "retailcrmwire.h"

#include <algorithm>
#include <cmath>

#include <QJsonDocument>
#include <QRegularExpression>

#include "sandbox/simvalues.h"

namespace LeadBridge::RetailCrm::SimWire {

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SimResponse ok(const QJsonObject &payload, int status)
{
    QJsonObject object = payload;
    object.insert(QStringLiteral("success"), true);
    return SimResponse::json(status, toJson(object));
}

SimResponse failure(int status, const QString &message, const QJsonObject &errors)
{
    QJsonObject object { { QStringLiteral("success"), false }, { QStringLiteral("errorMsg"), message } };
    if (!errors.isEmpty())
        object.insert(QStringLiteral("errors"), errors);
    return SimResponse::json(status, toJson(object));
}

SimResponse invalid(const QString &field, const QString &message)
{
    return failure(400, kInputErrors, QJsonObject { { field, message } });
}

Params items(const QUrlQuery &query)
{
    return query.queryItems(QUrl::FullyDecoded);
}

QString value(const Params &params, const QString &key)
{
    for (const auto &pair : params) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}

bool has(const Params &params, const QString &key)
{
    return std::any_of(params.begin(), params.end(), [&key](const auto &pair) { return pair.first == key; });
}

QStringList values(const Params &params, const QString &key)
{
    QStringList out;
    for (const auto &pair : params) {
        if (pair.first == key)
            out << pair.second;
    }
    return out;
}

bool formEntity(const Params &form, const QString &field, QJsonObject *object, SimResponse *refusal)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(value(form, field).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *refusal = invalid(field, QStringLiteral("This value should be valid JSON."));
        return false;
    }
    *object = document.object();
    return true;
}

FilterKey filterKey(const QString &key)
{
    static const QRegularExpression shape(QStringLiteral("^filter\\[([^\\]]+)\\](?:\\[([^\\]]*)\\])?$"));
    const QRegularExpressionMatch match = shape.match(key);
    if (!match.hasMatch())
        return {};
    return { match.captured(1), match.captured(2), true };
}

bool checkFilters(const Params &params, const QSet<QString> &allowed, SimResponse *refusal)
{
    for (const auto &pair : params) {
        if (!pair.first.startsWith(QLatin1String("filter")))
            continue;
        const FilterKey key = filterKey(pair.first);
        if (!key.valid || !allowed.contains(key.name)) {
            *refusal = failure(400, kInputErrors, QJsonObject { { QStringLiteral("filter"), kExtraFields } });
            return false;
        }
    }
    return true;
}

bool pageParams(const Params &params, int *limit, int *page, SimResponse *refusal)
{
    *limit = 20;
    *page = 1;
    if (has(params, QStringLiteral("limit"))) {
        bool okLimit = false;
        const int requested = value(params, QStringLiteral("limit")).toInt(&okLimit);
        if (!okLimit || (requested != 20 && requested != 50 && requested != 100)) {
            *refusal =
                invalid(QStringLiteral("limit"), QStringLiteral("This value should be one of 20, 50, 100."));
            return false;
        }
        *limit = requested;
    }
    if (has(params, QStringLiteral("page"))) {
        bool okPage = false;
        const int requested = value(params, QStringLiteral("page")).toInt(&okPage);
        if (!okPage || requested < 1) {
            *refusal = invalid(QStringLiteral("page"), QStringLiteral("This value should be 1 or more."));
            return false;
        }
        *page = requested;
    }
    return true;
}

QJsonObject paginate(const QJsonArray &all, int limit, int page, QJsonArray *slice)
{
    const int total = int(all.size());
    for (int i = (page - 1) * limit; i < total && i < page * limit; ++i)
        slice->append(all.at(i));
    return QJsonObject { { QStringLiteral("limit"), limit }, { QStringLiteral("totalCount"), total },
        { QStringLiteral("currentPage"), page },
        { QStringLiteral("totalPageCount"), (total + limit - 1) / limit } };
}

QJsonValue money(const QString &decimal)
{
    bool okNumber = false;
    const double number = decimal.toDouble(&okNumber);
    return okNumber ? QJsonValue(number) : QJsonValue(0);
}

QString scalar(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

qint64 idOf(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString())
        return value.toString().toLongLong();
    return 0;
}

QJsonValue codeValue(const QString &code)
{
    return code.isEmpty() ? QJsonValue(QJsonValue::Null)
                          : QJsonValue(QJsonObject { { QStringLiteral("code"), code } });
}

QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QDateTime readDateTime(const QString &text, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10)
        return Sim::localDateTime(trimmed, QStringLiteral("yyyy-MM-dd"), zone);
    QString dateTime = trimmed.left(19);
    if (dateTime.size() > 10 && dateTime.at(10) == QLatin1Char('T'))
        dateTime[10] = QLatin1Char(' ');
    return Sim::localDateTime(dateTime, QStringLiteral("yyyy-MM-dd HH:mm:ss"), zone);
}

QString dateTimeText(const QDateTime &moment, const QTimeZone &zone)
{
    return Sim::localText(moment, QStringLiteral("yyyy-MM-dd HH:mm:ss"), zone);
}

} // namespace LeadBridge::RetailCrm::SimWire
