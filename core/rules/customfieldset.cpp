#include "customfieldset.h"

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
        field(FieldCode::SiteId, QT_TRANSLATE_NOOP("LeadBridge::Sync", "Calltouch site ID")),
        field(FieldCode::CallId, QT_TRANSLATE_NOOP("LeadBridge::Sync", "Calltouch call ID")),
        field(FieldCode::RequestId, QT_TRANSLATE_NOOP("LeadBridge::Sync", "Calltouch request ID")),
        field(FieldCode::ChatId, QT_TRANSLATE_NOOP("LeadBridge::Sync", "Calltouch chat ID")),
        field(FieldCode::UtmSource, QT_TRANSLATE_NOOP("LeadBridge::Sync", "Source (utm_source)")),
        field(FieldCode::UtmMedium, QT_TRANSLATE_NOOP("LeadBridge::Sync", "Channel (utm_medium)")),
        field(FieldCode::UtmCampaign, QT_TRANSLATE_NOOP("LeadBridge::Sync", "Campaign (utm_campaign)")),
        field(FieldCode::UtmContent, QT_TRANSLATE_NOOP("LeadBridge::Sync", "Ad (utm_content)")),
        field(FieldCode::UtmTerm, QT_TRANSLATE_NOOP("LeadBridge::Sync", "Keyword (utm_term)")),
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
