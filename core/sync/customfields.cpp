#include "customfields.h"

#include <QCoreApplication>

namespace LeadBridge::Sync {

QList<RetailCrm::CustomField> requiredCustomFields()
{
    const auto field = [](const QString &code, const char *name) {
        RetailCrm::CustomField f;
        f.code = code;
        f.name = QCoreApplication::translate("LeadBridge::Sync", name);
        f.type = QStringLiteral("string");
        f.entity = QStringLiteral("order");
        return f;
    };
    return {
        field(FieldCode::SiteId, "Calltouch site ID"),
        field(FieldCode::CallId, "Calltouch call ID"),
        field(FieldCode::RequestId, "Calltouch request ID"),
        field(FieldCode::ChatId, "Calltouch chat ID"),
        field(FieldCode::UtmSource, "Source (utm_source)"),
        field(FieldCode::UtmMedium, "Channel (utm_medium)"),
        field(FieldCode::UtmCampaign, "Campaign (utm_campaign)"),
        field(FieldCode::UtmContent, "Ad (utm_content)"),
        field(FieldCode::UtmTerm, "Keyword (utm_term)"),
    };
}

QString leadIdField(Calltouch::Lead::Kind kind)
{
    switch (kind) {
    case Calltouch::Lead::Kind::Call:
        return FieldCode::CallId;
    case Calltouch::Lead::Kind::Request:
        return FieldCode::RequestId;
    case Calltouch::Lead::Kind::Chat:
        return FieldCode::ChatId;
    }
    return {};
}

QString orderExternalId(Calltouch::Lead::Kind kind, const QString &leadId)
{
    return QStringLiteral("ct-%1-%2").arg(Calltouch::Lead::kindName(kind), leadId);
}

QString customerExternalId(Calltouch::Lead::Kind kind, const QString &leadId)
{
    return QStringLiteral("ct-%1-%2").arg(Calltouch::Lead::kindName(kind), leadId);
}

} // namespace LeadBridge::Sync
