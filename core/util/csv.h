#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace LeadBridge::Csv {

/// The UTF-8 byte order mark a CSV file starts with, so that spreadsheets read Cyrillic.
inline constexpr char kBom[] = "\xEF\xBB\xBF";

/// One field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, a quote, a line break
/// or leading/trailing spaces. A text a spreadsheet would run as a formula (starting with =, +, -, @, a
/// tab or a carriage return: a name typed into a website form, say) gets a leading apostrophe and is
/// read as text; phone numbers and amounts ("+7 916 000-00-01", "-150.00") stay as they are.
[[nodiscard]] QString field(const QString &text);
/// One record: the fields joined by commas, ended by CRLF.
[[nodiscard]] QString record(const QStringList &fields);

} // namespace LeadBridge::Csv
