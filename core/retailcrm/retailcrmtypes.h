#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace LeadBridge::RetailCrm {

/// What /api/credentials says a key may do. Either list may be empty (older/newer accounts).
struct Credentials
{
    QStringList scopes; ///< e.g. "order_read", "order_write", ...
    QStringList credentials; ///< allowed method paths, e.g. "/api/v5/orders"
    QString siteAccess; ///< access_full | access_selective
    QStringList sitesAvailable;
};

/// What GET /api/v5/settings says about the account (sample settings.json).
struct AccountSettings
{
    QString timeZone; ///< IANA id, e.g. "Europe/Moscow": every date-time of the API is in it
    QString currency; ///< e.g. "RUB"
    QString language; ///< e.g. "RU"
};

struct Site
{
    QString code;
    QString name;
    QString url;
    int ordering = 0;
};

struct Status
{
    QString code;
    QString name;
    QString group; ///< status group code
    int ordering = 0;
    bool active = true;
};

/// An entry of a simple reference book (order methods, order types): code, name, ordering.
struct ReferenceEntry
{
    QString code;
    QString name;
    int ordering = 0;
    bool active = true;
};
using OrderMethod = ReferenceEntry; ///< GET /api/v5/reference/order-methods
using OrderType = ReferenceEntry; ///< GET /api/v5/reference/order-types

struct StatusGroup
{
    QString code;
    QString name;
    int ordering = 0;
    QStringList statuses;
};

struct CustomField
{
    QString code;
    QString name;
    QString type; ///< "string", ...
    QString entity; ///< "order"
    bool inFilter = true; ///< usable as filter[customFields][code] (a parsed field: as the CRM says)
    bool inList = true;
};

struct Customer
{
    qint64 id = 0;
    QString externalId;
    QString firstName;
    QString lastName;
    QString email;
    QStringList phones; ///< as stored (any format)
    QDateTime createdAt; ///< UTC (converted from the account's zone)
    QString site;
    QString patronymic;
    qint64 managerId = 0;
};

struct OrderSource
{
    QString source, medium, campaign, keyword, content;
    [[nodiscard]] bool isEmpty() const
    {
        return source.isEmpty() && medium.isEmpty() && campaign.isEmpty() && keyword.isEmpty()
            && content.isEmpty();
    }
};

struct Order
{
    qint64 id = 0;
    QString number;
    QString externalId;
    QString site;
    QString status;
    QDateTime createdAt; ///< UTC
    QDateTime statusUpdatedAt; ///< UTC, may be invalid
    QString totalSumm; ///< decimal text, total with discounts
    qint64 managerId = 0;
    qint64 customerId = 0;
    QString orderMethod; ///< reference code, e.g. "phone"
    QString orderType; ///< reference code, e.g. "eshop-individual"
    QString firstName, lastName, phone, email;
    QMap<QString, QString> customFields; ///< empty fields absent
    OrderSource source;
    QStringList customerPhones; ///< the linked customer's phones, when the order carries them
    QString customerEmail; ///< the linked customer's e-mail, when the order carries it
};

/// One orders-history record (GET /api/v5/orders/history).
struct HistoryRecord
{
    qint64 id = 0;
    QDateTime createdAt; ///< UTC
    bool created = false; ///< the order was created; `order` is the whole order then
    QString field; ///< e.g. "status", "total_summ", "manager"
    QJsonObject oldValue;
    QJsonObject newValue;
    QString newValueText; ///< scalar new values (numbers, strings) as text; objects: their "code" (or "id")
    Order order; ///< at least id and site
    QString source; ///< api | user | rule | ...
    bool byThisKey = false; ///< apiKey.current: the engine's own write
    qint64 userId = 0; ///< user.id when a CRM user made the change
    QString oldValueText; ///< like newValueText, for the old value
};

struct User
{
    qint64 id = 0;
    QString firstName, lastName, patronymic;
    QString email;
    bool active = true;
    [[nodiscard]] QString fullName() const
    {
        QStringList parts;
        for (const QString &part : { lastName, firstName, patronymic }) {
            if (!part.isEmpty())
                parts << part;
        }
        return parts.join(QLatin1Char(' '));
    }
};

/// The reference books an order's options are chosen from (the setup's retailCRM check reads them).
struct OrderBooks
{
    QList<OrderMethod> methods; ///< by ordering
    QList<OrderType> types; ///< by ordering
    QList<User> users; ///< active users
};

struct CustomerDraft
{
    QString site;
    QString externalId; ///< e.g. "ct-call-123": makes a repeated create detectable
    QString firstName;
    QString phone; ///< E.164
    QString email;
};

/// The order fields LeadBridge writes on create (customer, shop, custom fields, source).
struct OrderDraft
{
    qint64 customerId = 0;
    /// Without customerId: the customer the CRM links (by its externalId) or creates with the order.
    std::optional<CustomerDraft> newCustomer;
    QString site;
    QString externalId; ///< e.g. "ct-call-123": a second create with it fails instead of duplicating
    QString orderMethod; ///< empty: not sent (the CRM's default)
    QString orderType; ///< empty: not sent (the CRM's default)
    qint64 managerId = 0; ///< 0: not sent (the CRM's distribution assigns one)
    QString firstName, phone, email;
    QMap<QString, QString> customFields;
    OrderSource source;
};

} // namespace LeadBridge::RetailCrm

Q_DECLARE_METATYPE(LeadBridge::RetailCrm::Order)
Q_DECLARE_METATYPE(LeadBridge::RetailCrm::Customer)
