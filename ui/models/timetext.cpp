#include "timetext.h"

#include <QLocale>

namespace LeadBridge {

QString clockText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("ss")))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    const QString clock = locale.toString(local.time(), format);
    if (local.date() == QDate::currentDate())
        return clock;
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(local.date(), dateFormat) + QLatin1Char(' ') + clock;
}

} // namespace LeadBridge
