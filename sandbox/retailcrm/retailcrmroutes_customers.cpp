#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include "retailcrmwire.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/simvalues.h"

namespace LeadBridge::RetailCrm {

using namespace SimWire;

SimResponse Simulator::customersList(const SimRequest &request)
{
    const Params params = items(request.query);
    SimResponse refusal;
    int limit = 0;
    int page = 0;
    if (!checkFilters(params,
            { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("externalIds"),
                QStringLiteral("ids"), QStringLiteral("sites") },
            &refusal)
        || !pageParams(params, &limit, &page, &refusal))
        return refusal;
    const QString name = value(params, QStringLiteral("filter[name]")).trimmed();
    const QString nameDigits = Sim::digitsOf(name);
    // Only a text that is a phone number (digits and separators) is searched among phones: its digits
    // must be a part of a stored spelling's digits, nothing cleverer (no 8 -> 7).
    static const QRegularExpression phoneLike(QStringLiteral("^[+\\d\\s()\\-.]+$"));
    const bool searchPhones = !nameDigits.isEmpty() && phoneLike.match(name).hasMatch();
    const QString email = value(params, QStringLiteral("filter[email]")).trimmed().toLower();
    const QStringList externalIds = values(params, QStringLiteral("filter[externalIds][]"));
    const QStringList ids = values(params, QStringLiteral("filter[ids][]"));
    const QStringList sitesFilter = values(params, QStringLiteral("filter[sites][]"));

    QJsonArray all;
    // UNCONFIRMED default order of retailCRM lists: newest (greatest id) first here.
    for (auto it = m_customers.constEnd(); it != m_customers.constBegin();) {
        --it;
        const Customer &customer = it.value();
        if (!name.isEmpty()) {
            const QString fullName =
                QStringList { customer.lastName, customer.firstName, customer.patronymic }.join(
                    QLatin1Char(' '));
            const QString reversed =
                QStringList { customer.firstName, customer.lastName }.join(QLatin1Char(' '));
            bool match =
                fullName.contains(name, Qt::CaseInsensitive) || reversed.contains(name, Qt::CaseInsensitive);
            if (!match && searchPhones) {
                for (const QString &phone : customer.phones) {
                    if (Sim::digitsOf(phone).contains(nameDigits)) {
                        match = true;
                        break;
                    }
                }
            }
            if (!match)
                continue;
        }
        // retailCRM's e-mail filter matches a part of the address; the client checks equality itself.
        if (!email.isEmpty() && !customer.email.toLower().contains(email))
            continue;
        if (!externalIds.isEmpty() && !externalIds.contains(customer.externalId))
            continue;
        if (!ids.isEmpty() && !ids.contains(QString::number(customer.id)))
            continue;
        if (!sitesFilter.isEmpty() && !sitesFilter.contains(customer.site))
            continue;
        all.append(customerJson(customer));
    }
    QJsonArray slice;
    const QJsonObject pagination = paginate(all, limit, page, &slice);
    return ok({ { QStringLiteral("customers"), slice }, { QStringLiteral("pagination"), pagination } });
}

bool Simulator::shopOf(const Params &form, QString *site, SimResponse *refusal) const
{
    *site = value(form, QStringLiteral("site"));
    if (site->isEmpty() && m_sites.size() == 1)
        *site = m_sites.firstKey();
    if (site->isEmpty()) {
        *refusal = invalid(
            QStringLiteral("site"), QStringLiteral("The shop must be given for a key with several shops."));
        return false;
    }
    if (!hasSite(*site)) {
        *refusal = invalid(QStringLiteral("site"), QStringLiteral("Shop \"%1\" does not exist.").arg(*site));
        return false;
    }
    return true;
}

SimResponse Simulator::customerCreate(const SimRequest &request)
{
    const Params form = items(request.form);
    QJsonObject object;
    SimResponse refusal;
    if (!formEntity(form, QStringLiteral("customer"), &object, &refusal))
        return refusal;
    QString site;
    if (!shopOf(form, &site, &refusal))
        return refusal;
    Customer customer;
    customer.site = site;
    customer.externalId = object.value(QLatin1String("externalId")).toString();
    customer.firstName = object.value(QLatin1String("firstName")).toString();
    customer.lastName = object.value(QLatin1String("lastName")).toString();
    customer.patronymic = object.value(QLatin1String("patronymic")).toString();
    customer.email = object.value(QLatin1String("email")).toString();
    customer.managerId = idOf(object.value(QLatin1String("managerId")));
    const QJsonArray phones = object.value(QLatin1String("phones")).toArray();
    for (const QJsonValue &phone : phones) {
        const QString number = phone.toObject().value(QLatin1String("number")).toString();
        if (!number.isEmpty())
            customer.phones << number;
    }
    if (!customer.externalId.isEmpty()) {
        for (const Customer &existing : std::as_const(m_customers)) {
            if (existing.externalId == customer.externalId) {
                ++m_refusedDuplicates[QStringLiteral("customer:") + customer.externalId];
                return invalid(QStringLiteral("externalId"),
                    QStringLiteral("Customer with externalId \"%1\" already exists.")
                        .arg(customer.externalId));
            }
        }
    }
    if (customer.firstName.isEmpty() && customer.lastName.isEmpty() && customer.phones.isEmpty()
        && customer.email.isEmpty())
        return invalid(QStringLiteral("firstName"), QStringLiteral("This value should not be blank."));
    customer.createdAt = now();
    const qint64 id = addCustomer(customer);
    return ok({ { QStringLiteral("id"), double(id) } }, 201);
}

} // namespace LeadBridge::RetailCrm
