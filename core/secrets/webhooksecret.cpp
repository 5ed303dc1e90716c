#include "webhooksecret.h"

#include <array>

#include <QRandomGenerator>

namespace LeadBridge::WebhookSecret {

QString generate()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), int(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), int(sizeof(words)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool constantTimeEquals(const QByteArray &given, const QByteArray &expected)
{
    // Every byte of expected is looked at, whatever given holds; the length difference joins the result.
    quint32 difference = quint32(given.size() ^ expected.size());
    const qsizetype n = expected.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char mine = i < given.size() ? given.at(i) : char(~expected.at(i));
        difference |= quint32(quint8(mine) ^ quint8(expected.at(i)));
    }
    return difference == 0 && n > 0;
}

QString url(const QString &base, const QString &secret, const QString &kind)
{
    const QUrl parsed(base.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (secret.isEmpty() || !parsed.isValid() || parsed.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || parsed.hasQuery()
        || parsed.hasFragment())
        return {};
    QString text = parsed.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text + QLatin1Char('/') + secret + QLatin1Char('/') + kind;
}

Urls urls(const QString &publicBase, const QString &secret)
{
    Urls result;
    result.chats = url(publicBase, secret, QStringLiteral("chat"));
    if (result.chats.isEmpty())
        return result;
    result.calls = url(publicBase, secret, QStringLiteral("call"));
    result.requests = url(publicBase, secret, QStringLiteral("request"));
    return result;
}

QString cabinetPath()
{
    return QStringLiteral("Интеграции → Отправка данных во внешние системы → Вебхуки");
}

} // namespace LeadBridge::WebhookSecret
