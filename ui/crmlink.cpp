#include "crmlink.h"

namespace LeadBridge::CrmLink {

QUrl orderUrl(const QUrl &account, qint64 orderId)
{
    if (orderId <= 0 || !account.isValid() || account.host().isEmpty())
        return {};
    QUrl url;
    url.setScheme(account.scheme().isEmpty() ? QStringLiteral("https") : account.scheme());
    url.setHost(account.host());
    url.setPort(account.port());
    QString path = account.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/orders/%1/edit").arg(orderId));
    return url;
}

} // namespace LeadBridge::CrmLink
