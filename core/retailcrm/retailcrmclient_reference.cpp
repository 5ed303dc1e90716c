#include <QJsonObject>
#include <QPointer>

#include "retailcrmclient.h"
#include "retailcrmclient_p.h"

namespace LeadBridge::RetailCrm {
using namespace Detail;

// ---- reference data ----

void Client::sites(QObject *context, Done<QList<Site>> done)
{
    get(QStringLiteral("/api/v5/reference/sites"), {}, context,
        typed<QList<Site>>(std::move(done), parseSites));
}

void Client::statuses(QObject *context, Done<QList<Status>> done)
{
    get(QStringLiteral("/api/v5/reference/statuses"), {}, context,
        typed<QList<Status>>(std::move(done), parseStatuses));
}

void Client::statusGroups(QObject *context, Done<QList<StatusGroup>> done)
{
    get(QStringLiteral("/api/v5/reference/status-groups"), {}, context,
        typed<QList<StatusGroup>>(std::move(done), parseStatusGroups));
}

void Client::orderMethods(QObject *context, Done<QList<OrderMethod>> done)
{
    get(QStringLiteral("/api/v5/reference/order-methods"), {}, context,
        typed<QList<OrderMethod>>(std::move(done), parseOrderMethods));
}

void Client::orderTypes(QObject *context, Done<QList<OrderType>> done)
{
    get(QStringLiteral("/api/v5/reference/order-types"), {}, context,
        typed<QList<OrderType>>(std::move(done), parseOrderTypes));
}

void Client::users(QObject *context, Done<QList<User>> done)
{
    fetchAllPages<User>(QStringLiteral("/api/v5/users"),
        { { QStringLiteral("filter[active]"), QStringLiteral("1") } }, parseUsers, context, std::move(done));
}

void Client::customFields(QObject *context, Done<QList<CustomField>> done)
{
    listCustomFields(QStringLiteral("order"), context, std::move(done));
}

void Client::listCustomFields(const QString &entity, QObject *context, Done<QList<CustomField>> done)
{
    fetchAllPages<CustomField>(QStringLiteral("/api/v5/custom-fields"),
        { { QStringLiteral("filter[entity]"), entity } }, parseCustomFields, context, std::move(done));
}

void Client::ensureCustomField(const CustomField &wantedField, QObject *context, Done<bool> done)
{
    CustomField wanted = wantedField;
    if (wanted.entity.isEmpty())
        wanted.entity = QStringLiteral("order");
    if (wanted.type.isEmpty())
        wanted.type = QStringLiteral("string");
    QPointer<Client> self(this);
    listCustomFields(wanted.entity, context,
        [self, wanted, context, done](const QList<CustomField> &fields, const ApiError &error) {
            if (!error.isOk()) {
                done(false, error);
                return;
            }
            for (const CustomField &field : fields) {
                if (field.code != wanted.code)
                    continue;
                if (!field.type.isEmpty() && field.type != wanted.type) {
                    ApiError mismatch = ApiError::make(Kind::Validation,
                        QStringLiteral("custom field \"%1\" exists with type \"%2\", "
                                       "not \"%3\"")
                            .arg(wanted.code, field.type, wanted.type));
                    mismatch.fieldErrors.insert(QStringLiteral("code"), mismatch.detail);
                    done(false, mismatch);
                    return;
                }
                done(false, {});
                return;
            }
            if (!self) {
                done(
                    false, ApiError::make(Kind::Network, QStringLiteral("the retailCRM client was deleted")));
                return;
            }
            self->createCustomField(wanted, context, done);
        });
}

void Client::createCustomField(const CustomField &wanted, QObject *context, Done<bool> done)
{
    QJsonObject definition;
    definition.insert(QStringLiteral("name"), wanted.name.isEmpty() ? wanted.code : wanted.name);
    definition.insert(QStringLiteral("code"), wanted.code);
    definition.insert(QStringLiteral("type"), wanted.type);
    definition.insert(QStringLiteral("inFilter"), wanted.inFilter);
    definition.insert(QStringLiteral("inList"), wanted.inList);
    const QString path = QStringLiteral("/api/v5/custom-fields/%1/create").arg(wanted.entity);
    QPointer<Client> self(this);
    post(path, { { QStringLiteral("customField"), QString::fromUtf8(compactJson(definition)) } }, context,
        [self, wanted, context, done](const QByteArray &, const ApiError &error) {
            if (error.isOk()) {
                // The 201 is what counts; the echoed code (parseCustomFieldCreated) is not needed.
                done(true, {});
                return;
            }
            // "code exists" (a parallel run, or a list that lagged), or a lost answer: look again.
            const bool worthRelisting = error.kind == Kind::Validation || error.kind == Kind::OutcomeUnknown;
            if (!worthRelisting || !self) {
                done(false, error);
                return;
            }
            self->listCustomFields(wanted.entity, context,
                [wanted, done, error](const QList<CustomField> &fields, const ApiError &again) {
                    if (!again.isOk()) {
                        done(false, error);
                        return;
                    }
                    for (const CustomField &field : fields) {
                        if (field.code == wanted.code
                            && (field.type.isEmpty() || field.type == wanted.type)) {
                            // Validation: it existed; OutcomeUnknown: our create landed.
                            done(error.kind == Kind::OutcomeUnknown, {});
                            return;
                        }
                    }
                    done(false, error);
                });
        });
}

} // namespace LeadBridge::RetailCrm
