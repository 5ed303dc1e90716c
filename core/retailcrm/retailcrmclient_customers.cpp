#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include "retailcrmclient.h"
#include "retailcrmclient_p.h"
#include "util/contacts.h"

namespace LeadBridge::RetailCrm {
using namespace Detail;

// ---- customers ----

void Client::findCustomersByPhone(const QString &phone, QObject *context, Done<QList<Customer>> done)
{
    const QString canonical = Contacts::canonicalPhone(phone, m_phoneRegion);
    if (canonical.isEmpty()) {
        // No request: report it on the next turn of the event loop, like every other answer.
        QPointer<QObject> guard(context ? context : this);
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done] {
                if (guard)
                    done({}, ApiError::make(Kind::Validation, QStringLiteral("not a phone number")));
            },
            Qt::QueuedConnection);
        return;
    }
    // There is no filter[phone]: filter[name] matches names and phones, and how it compares digits with
    // a stored "8 (999) 123-45-67" is not confirmed. So: the national number first (a digit substring
    // of every spelling), then the full number if that finds nobody; every candidate is verified,
    // since a name may contain the digits too.
    const QString national = Contacts::nationalDigits(canonical);
    const QString full = Contacts::phoneDigits(canonical);
    QPointer<Client> self(this);
    searchCustomersByDigits(national.isEmpty() ? full : national, canonical, context,
        [self, full, national, canonical, context, done](
            const QList<Customer> &found, const ApiError &error) {
            if (!error.isOk() || !found.isEmpty() || national.isEmpty() || national == full || !self) {
                done(found, error);
                return;
            }
            self->searchCustomersByDigits(full, canonical, context, done);
        });
}

void Client::searchCustomersByDigits(
    const QString &digits, const QString &canonical, QObject *context, Done<QList<Customer>> done)
{
    const QString region = m_phoneRegion;
    fetchAllPages<Customer>(
        QStringLiteral("/api/v5/customers"), { { QStringLiteral("filter[name]"), digits } },
        [zone = m_zone](const QByteArray &body) { return parseCustomers(body, zone); }, context,
        [done, canonical, region](const QList<Customer> &candidates, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            QList<Customer> matches;
            for (const Customer &customer : candidates) {
                for (const QString &stored : customer.phones) {
                    if (Contacts::canonicalPhone(stored, region) == canonical) {
                        matches << customer;
                        break;
                    }
                }
            }
            done(matches, {});
        });
}

void Client::findCustomersByEmail(const QString &email, QObject *context, Done<QList<Customer>> done)
{
    const QString wanted = email.trimmed().toLower();
    fetchAllPages<Customer>(
        QStringLiteral("/api/v5/customers"), { { QStringLiteral("filter[email]"), wanted } },
        [zone = m_zone](const QByteArray &body) { return parseCustomers(body, zone); }, context,
        [done, wanted](const QList<Customer> &candidates, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            QList<Customer> matches;
            for (const Customer &customer : candidates) {
                if (!wanted.isEmpty() && customer.email.trimmed().toLower() == wanted)
                    matches << customer;
            }
            done(matches, {});
        });
}

void Client::findCustomerByExternalId(const QString &externalId, QObject *context, Done<Customer> done)
{
    fetchAllPages<Customer>(
        QStringLiteral("/api/v5/customers"), { { QStringLiteral("filter[externalIds][]"), externalId } },
        [zone = m_zone](const QByteArray &body) { return parseCustomers(body, zone); }, context,
        [done, externalId](const QList<Customer> &candidates, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            for (const Customer &customer : candidates) {
                if (customer.externalId == externalId) {
                    done(customer, {});
                    return;
                }
            }
            done(Customer(), {});
        });
}

void Client::createCustomer(const CustomerDraft &draft, QObject *context, Done<qint64> done)
{
    QJsonObject customer;
    if (!draft.firstName.isEmpty())
        customer.insert(QStringLiteral("firstName"), draft.firstName);
    if (!draft.phone.isEmpty())
        customer.insert(QStringLiteral("phones"),
            QJsonArray { QJsonObject { { QStringLiteral("number"), draft.phone } } });
    if (!draft.email.isEmpty())
        customer.insert(QStringLiteral("email"), draft.email);
    if (!draft.externalId.isEmpty())
        customer.insert(QStringLiteral("externalId"), draft.externalId);
    Params form { { QStringLiteral("customer"), QString::fromUtf8(compactJson(customer)) } };
    if (!draft.site.isEmpty())
        form.append({ QStringLiteral("site"), draft.site });
    const QString externalId = draft.externalId;
    post(QStringLiteral("/api/v5/customers/create"), form, context,
        [done, externalId](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done(0, asOutcomeUnknownIfTaken(error, externalId));
                return;
            }
            const Result<qint64> created = parseCreatedId(body);
            if (!created.isOk()) {
                // 201 without an id we can read: the customer may exist. Treat as a lost answer.
                ApiError unknown = created.error;
                unknown.kind = Kind::OutcomeUnknown;
                done(0, unknown);
                return;
            }
            done(created.value, {});
        });
}

} // namespace LeadBridge::RetailCrm
