#include "csv.h"

#include <QRegularExpression>

namespace LeadBridge::Csv {

namespace {
    bool runsAsFormula(const QString &text)
    {
        if (text.isEmpty() || !QStringLiteral("=+-@\t\r").contains(text.front()))
            return false;
        // A number, a phone or an amount: digits with their usual separators only.
        static const QRegularExpression number(QStringLiteral("^[+-]?[0-9][0-9 ().,-]*$"));
        return !number.match(text).hasMatch();
    }
} // namespace

QString field(const QString &text)
{
    QString value = runsAsFormula(text) ? QLatin1Char('\'') + text : text;
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString record(const QStringList &fields)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i));
    }
    return line + QStringLiteral("\r\n");
}

} // namespace LeadBridge::Csv
