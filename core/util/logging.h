#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace LeadBridge {

/// The pattern every log line uses (time, level, category).
inline constexpr const char *kLogMessagePattern =
    "%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-debug}D%{endif}%{if-info}I%{endif}%{if-warning}W%{endif}"
    "%{if-critical}C%{endif}%{if-fatal}F%{endif} %{category}: %{message}";

/// The pattern when stderr goes to the systemd journal: a syslog priority prefix the journal turns
/// into the line's priority, and no time (the journal records its own).
inline constexpr const char *kJournalMessagePattern =
    "%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}%{if-critical}<3>%{endif}"
    "%{if-fatal}<2>%{endif}%{category}: %{message}";

/// Removes API keys and tokens from a text: query parameters (apiKey=, clientApiId=, access_token=),
/// header lines (X-API-KEY:, Access-Token:) and any of the known secret values themselves.
[[nodiscard]] QString redact(const QString &text);

/// A URL safe to log: secret query parameters masked, user info removed.
[[nodiscard]] QString redactedUrl(const QUrl &url);

/// Secrets the application currently knows; redact() masks these values wherever they appear.
void registerSecret(const QString &secret);
void clearRegisteredSecrets();

/// Installs the message pattern (the journal's when JOURNAL_STREAM names stderr) and a handler that passes
/// every message through redact().
void installLogging();

} // namespace LeadBridge
