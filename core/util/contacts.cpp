#include "contacts.h"

#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

namespace LeadBridge {

QString Contacts::canonicalPhone(const QString &input, const QString &defaultRegion)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Refuse text with words in it: libphonenumber would read "Ivan 9991234567" leniently.
    // Only extension markers may hold letters.
    static const QRegularExpression extension(
        QStringLiteral("(ext\\.?|доб\\.?|x)"), QRegularExpression::CaseInsensitiveOption);
    QString withoutExtension = trimmed;
    withoutExtension.remove(extension);
    int digits = 0;
    for (const QChar c : std::as_const(withoutExtension)) {
        if (c.isDigit())
            ++digits;
        else if (c.isLetter())
            return {};
    }
    if (digits < 7 || digits > 20)
        return {};

    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string region = defaultRegion.isEmpty() ? std::string("RU") : defaultRegion.toStdString();
    if (util->Parse(trimmed.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsValidNumber(number))
        return {};
    number.clear_extension();
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

QString Contacts::nationalDigits(const QString &canonical)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(canonical.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string national;
    util->GetNationalSignificantNumber(number, &national);
    return QString::fromStdString(national);
}

QString Contacts::phoneDigits(const QString &canonical)
{
    QString out;
    out.reserve(canonical.size());
    for (const QChar c : canonical) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

QString Contacts::canonicalEmail(const QString &input)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString email = input.trimmed().toLower();
    return shape.match(email).hasMatch() ? email : QString();
}

} // namespace LeadBridge
