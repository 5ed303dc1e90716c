#include "calltouchtypes.h"

namespace LeadBridge::Calltouch {

QString Lead::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Call:
        return QStringLiteral("call");
    case Kind::Request:
        return QStringLiteral("request");
    case Kind::Chat:
        return QStringLiteral("chat");
    }
    return {};
}

bool Lead::kindFromName(const QString &name, Kind *kind)
{
    if (name == QLatin1String("call"))
        *kind = Kind::Call;
    else if (name == QLatin1String("request"))
        *kind = Kind::Request;
    else if (name == QLatin1String("chat"))
        *kind = Kind::Chat;
    else
        return false;
    return true;
}

} // namespace LeadBridge::Calltouch
