#pragma once

#include <QString>

namespace LeadBridge {

/// Canonical forms of phones and e-mails: what the sync compares and searches with.
class Contacts
{
public:
    /// E.164 (`+79991234567`) for a valid number, else an empty string. Extensions are dropped.
    /// Numbers without a country code are read in @p defaultRegion (ISO 3166 code, e.g. "RU").
    [[nodiscard]] static QString canonicalPhone(
        const QString &input, const QString &defaultRegion = QStringLiteral("RU"));
    /// The digits of the canonical phone (`79991234567`): what retailCRM's search matches.
    [[nodiscard]] static QString phoneDigits(const QString &canonical);
    /// The national significant number of a canonical phone (`9991234567` for `+79991234567`): a digit
    /// substring of every spelling of it (`8 (999) 123-45-67`, `+7 999 …`, `9991234567`).
    [[nodiscard]] static QString nationalDigits(const QString &canonical);
    /// Trimmed, lower-cased e-mail when it looks like one (`local@domain.tld`), else empty.
    [[nodiscard]] static QString canonicalEmail(const QString &input);
};

} // namespace LeadBridge
