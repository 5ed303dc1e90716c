#include "appsettings.h"

namespace LeadBridge {

using Calltouch::Lead;

namespace {
    constexpr Lead::Kind kKinds[] = { Lead::Kind::Call, Lead::Kind::Request, Lead::Kind::Chat };

    QString orderKey(Lead::Kind kind, const char *name)
    {
        return QStringLiteral("orders/%1/%2").arg(Lead::kindName(kind), QLatin1String(name));
    }
} // namespace

Sync::OrderOptions AppSettings::orderOptions() const
{
    Sync::OrderOptions options = Sync::OrderOptions::defaults();
    for (const Lead::Kind kind : kKinds) {
        Sync::KindOrderOptions &of = options.of(kind);
        of.orderMethod = m_settings->value(orderKey(kind, "method")).toString().trimmed();
        of.orderType = m_settings->value(orderKey(kind, "type")).toString().trimmed();
        bool isNumber = false;
        const qint64 manager = m_settings->value(orderKey(kind, "managerId")).toLongLong(&isNumber);
        of.managerId = isNumber && manager > 0 ? manager : 0;
        const QString nameTemplate = m_settings->value(orderKey(kind, "nameTemplate")).toString();
        // A template with an unknown placeholder (a hand-edited file) is not used: the default is.
        if (!nameTemplate.trimmed().isEmpty() && Sync::unknownPlaceholders(nameTemplate).isEmpty())
            of.nameTemplate = nameTemplate.trimmed();
    }
    return options;
}

void AppSettings::setOrderOptions(const Sync::OrderOptions &options)
{
    for (const Lead::Kind kind : kKinds) {
        const Sync::KindOrderOptions &of = options.of(kind);
        m_settings->setValue(orderKey(kind, "method"), of.orderMethod);
        m_settings->setValue(orderKey(kind, "type"), of.orderType);
        m_settings->setValue(orderKey(kind, "managerId"), of.managerId);
        m_settings->setValue(orderKey(kind, "nameTemplate"), of.nameTemplate);
    }
}

} // namespace LeadBridge
