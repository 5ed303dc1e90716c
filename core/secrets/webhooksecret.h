#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace LeadBridge::WebhookSecret {

/// 32 random bytes from the system's generator, base64url without padding (43 characters).
[[nodiscard]] QString generate();
/// Compares in time that depends on @p expected's length only, never on where they differ.
[[nodiscard]] bool constantTimeEquals(const QByteArray &given, const QByteArray &expected);

/// The URLs Calltouch posts to: <public base>/<secret>/<kind>.
struct Urls
{
    QString calls;
    QString requests;
    QString chats;
    [[nodiscard]] bool isValid() const { return !chats.isEmpty(); }
};
/// Empty when @p publicBase is not an http(s) URL or @p secret is empty.
[[nodiscard]] Urls urls(const QString &publicBase, const QString &secret);
/// The URL of one kind ("call", "request", "chat", "test"); empty when not valid.
[[nodiscard]] QString url(const QString &base, const QString &secret, const QString &kind);
/// Where the URLs are pasted in the Calltouch cabinet (its own Russian wording).
[[nodiscard]] QString cabinetPath();

} // namespace LeadBridge::WebhookSecret
