#include "problemtext.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>

#include "formats.h"

namespace LeadBridge {

using Db::ErrorCode;

namespace {

    QString param(const Problem &problem, const char *name)
    {
        const QJsonValue value = problem.params.value(QLatin1String(name));
        return value.isDouble() ? QString::number(value.toDouble(), 'f', 0) : value.toString();
    }

    int count(const Problem &problem, const char *name)
    {
        return problem.params.value(QLatin1String(name)).toInt();
    }

    QString service(const Problem &problem)
    {
        const QString name = param(problem, "service");
        return name.isEmpty() ? ProblemText::tr("The service") : name;
    }

    /// A moment of the params (ISO 8601 with its offset) in the reader's time zone and locale, with a
    /// four-digit year; with @p timeAloneToday only the time when it is today.
    QString momentText(const Problem &problem, const char *name, bool timeAloneToday)
    {
        const QString stored = param(problem, name);
        const QDateTime when = QDateTime::fromString(stored, Qt::ISODate);
        if (!when.isValid())
            return stored;
        if (timeAloneToday && when.toLocalTime().date() == QDate::currentDate())
            return Formats::time(when);
        return Formats::dateTime(when); // as every other time in the window
    }

} // namespace

QString ProblemText::sentence(const Problem &problem)
{
    const QString who = service(problem);
    switch (problem.code) {
    case ErrorCode::Legacy:
        return problem.detail;
    case ErrorCode::Network:
        return tr("%1 cannot be reached.").arg(who);
    case ErrorCode::Timeout:
        return tr("%1 did not answer in time.").arg(who);
    case ErrorCode::Tls:
        return tr("The secure connection to %1 failed (certificate problem).").arg(who);
    case ErrorCode::InsecureUrl:
        return tr("The address of %1 is not secure: it does not start with https.").arg(who);
    case ErrorCode::Auth:
        return tr("%1 rejected the key or token.").arg(who);
    case ErrorCode::Permission:
        return tr("The key of %1 lacks a permission for this operation.").arg(who);
    case ErrorCode::NotFound:
        return tr("%1 does not know this item or method.").arg(who);
    case ErrorCode::Validation: {
        const QJsonObject fields = problem.params.value(QLatin1String("fields")).toObject();
        if (fields.isEmpty())
            return tr("%1 rejected the data.").arg(who);
        return tr("%1 rejected the data in: %2.").arg(who, fields.keys().join(QStringLiteral(", ")));
    }
    case ErrorCode::RateLimited:
        return tr("%1 asks to slow down (too many requests).").arg(who);
    case ErrorCode::PlanLimit:
        return tr("The retailCRM account has reached a limit of its plan.");
    case ErrorCode::Server: {
        const QString status = param(problem, "status");
        return status.isEmpty() ? tr("%1 has a problem on its side.").arg(who)
                                : tr("%1 has a problem on its side (HTTP %2).").arg(who, status);
    }
    case ErrorCode::BadResponse:
        return tr("%1 answered with something that is not its API.").arg(who);
    case ErrorCode::OutcomeUnknown:
        return tr("The answer of %1 to a write was lost.").arg(who);
    case ErrorCode::AccountNotFound:
        return tr("There is no retailCRM account at this address.");
    case ErrorCode::StoreFailed:
        return tr("The local database cannot be written; the sync stopped.");
    case ErrorCode::BadLeadDate:
        return tr("The lead's date is missing or impossible; the lead was not sent.");
    case ErrorCode::FutureLeadDate:
        return tr("The lead is dated %1, in the future; the lead was not sent.")
            .arg(momentText(problem, "date", false));
    case ErrorCode::NoCreatedAt:
        return tr("retailCRM order %1 has no valid creation date; no Calltouch deal is made for it.")
            .arg(param(problem, "order"));
    case ErrorCode::CustomerOrderNoCreatedAt:
        return tr("retailCRM order %1 of this customer has no valid creation date, so the newest order "
                  "cannot be told.")
            .arg(param(problem, "order"));
    case ErrorCode::RecordsWithoutId:
        return tr("Calltouch sent %n record(s) without an id (or unreadable) in this journal.", nullptr,
            problem.params.value(QLatin1String("count")).toInt());
    case ErrorCode::WebhookListenFailed:
        return tr("The chat receiver cannot listen on %1.").arg(param(problem, "address"));
    case ErrorCode::DealRejected:
        return tr("Calltouch rejected this deal.");
    case ErrorCode::DealNoAnswer:
        return tr("Calltouch's answer did not mention this deal.");
    case ErrorCode::LeadSilence:
        return tr(
            "No leads from Calltouch since %1 — usually about %n an hour.", nullptr, count(problem, "rate"))
            .arg(momentText(problem, "since", true));
    case ErrorCode::DealSilence:
        return tr(
            "No deal could be pushed to Calltouch since %1, while orders keep coming — usually about %n "
            "an hour.",
            nullptr, count(problem, "rate"))
            .arg(momentText(problem, "since", true));
    case ErrorCode::FieldMissing:
        return tr("The custom field \"%1\" that LeadBridge needs is missing in retailCRM.")
            .arg(param(problem, "field"));
    }
    return problem.detail;
}

QString ProblemText::remedy(const Problem &problem)
{
    const QString who = service(problem);
    switch (problem.code) {
    case ErrorCode::Legacy:
        return {};
    case ErrorCode::Network:
        return tr("Check the Internet connection and the address (setup wizard). LeadBridge tries again by "
                  "itself.");
    case ErrorCode::Timeout:
        return tr("Nothing to do if it happens rarely: LeadBridge tries again. If it lasts, check the "
                  "connection.");
    case ErrorCode::Tls:
        return tr("Check the address in the setup wizard. LeadBridge never ignores certificate errors.");
    case ErrorCode::InsecureUrl:
        return tr("Enter an https:// address in the setup wizard. Plain http:// is only allowed for this "
                  "computer.");
    case ErrorCode::Auth:
        return tr("Run the setup wizard and enter a valid key, or create a new one in %1.").arg(who);
    case ErrorCode::Permission:
        return tr("Tick the missing permissions for the key in %1, then run the setup wizard to check "
                  "them.")
            .arg(who);
    case ErrorCode::NotFound:
        return tr("Check that the item still exists in %1.").arg(who);
    case ErrorCode::Validation:
        return tr("Correct the data named in the details in %1; the item is tried again.").arg(who);
    case ErrorCode::RateLimited:
        return tr("Nothing to do: LeadBridge waits and tries again.");
    case ErrorCode::PlanLimit:
        return tr("Raise the plan's limit in retailCRM or remove data you do not need.");
    case ErrorCode::Server:
        return tr("Nothing to do: LeadBridge tries again. If it lasts, contact the support of %1.").arg(who);
    case ErrorCode::BadResponse:
        return tr("Check the address in the setup wizard: it may point to a web page instead of the API.");
    case ErrorCode::OutcomeUnknown:
        return tr("Nothing to do: LeadBridge checks what was saved before it writes again.");
    case ErrorCode::AccountNotFound:
        return tr(
            "Check the address in the setup wizard: it usually looks like https://<name>.retailcrm.ru.");
    case ErrorCode::StoreFailed:
        return tr("Free disk space or close the other program that holds the database, then use Tools > "
                  "Check database.");
    case ErrorCode::BadLeadDate:
    case ErrorCode::FutureLeadDate:
        return tr("Check the lead in Calltouch, then send it again.");
    case ErrorCode::NoCreatedAt:
        return tr("Correct the order's creation date in retailCRM.");
    case ErrorCode::CustomerOrderNoCreatedAt:
        return tr("Correct the order in retailCRM; the lead is tried again.");
    case ErrorCode::RecordsWithoutId:
        return tr("Check these records in Calltouch; they cannot be synced.");
    case ErrorCode::WebhookListenFailed:
        return tr("Choose another address or port for the chat receiver in Settings, or close the program "
                  "that uses it.");
    case ErrorCode::DealRejected:
        return tr("See the details; correct the order in retailCRM and the deal is sent again.");
    case ErrorCode::DealNoAnswer:
        return tr("Nothing to do: the deal is sent again.");
    case ErrorCode::LeadSilence:
        return tr("Check that calls and requests still reach Calltouch (its tracking code on the site, the "
                  "phone numbers) and that the Calltouch token is valid. The alert closes by itself when a "
                  "lead arrives.");
    case ErrorCode::DealSilence:
        return tr("See the Deals tab and the other errors: Calltouch may refuse the deals or be unreachable. "
                  "The alert closes by itself when a deal is pushed.");
    case ErrorCode::FieldMissing:
        return tr("Run the setup wizard: it creates the fields (the key needs the custom fields "
                  "permission).");
    }
    return {};
}

QString ProblemText::full(const Problem &problem)
{
    const QString what = remedy(problem);
    return what.isEmpty() ? sentence(problem) : sentence(problem) + QLatin1Char(' ') + what;
}

QString ProblemText::technical(const Problem &problem)
{
    const QString status = param(problem, "status");
    if (status.isEmpty() || problem.detail.contains(status))
        return problem.detail;
    const QString http = QStringLiteral("HTTP ") + status;
    if (problem.detail.isEmpty())
        return http;
    return http + QStringLiteral(": ") + problem.detail;
}

ProblemText::Fix ProblemText::fix(const Problem &problem)
{
    switch (problem.code) {
    case ErrorCode::Auth:
    case ErrorCode::Tls:
    case ErrorCode::InsecureUrl:
    case ErrorCode::AccountNotFound:
    case ErrorCode::Permission:
    case ErrorCode::FieldMissing:
        return Fix::Wizard;
    case ErrorCode::StoreFailed:
        return Fix::CheckDatabase;
    case ErrorCode::WebhookListenFailed:
        return Fix::Settings;
    default:
        return Fix::None;
    }
}

QString ProblemText::fixLabel(Fix fix)
{
    switch (fix) {
    case Fix::None:
        return {};
    case Fix::Settings:
        return tr("Open Settings");
    case Fix::Wizard:
        return tr("Run the setup wizard");
    case Fix::CheckDatabase:
        return tr("Check database");
    }
    return {};
}

} // namespace LeadBridge
