#include "orderoptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace LeadBridge::Sync {

using Calltouch::Lead;

namespace {
    const QRegularExpression &placeholderPattern()
    {
        static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_]+)\\}"));
        return pattern;
    }

    QString fill(const QString &nameTemplate, const NameValues &values)
    {
        // The templates are data written into the CRM, in Russian as the shop's CRM expects.
        const QString subject =
            values.subject.trimmed().isEmpty() ? QStringLiteral("Заявка") : values.subject.trimmed();
        const QString contact = values.phone.isEmpty() ? values.email : values.phone;
        const auto valueOf = [&](const QString &name) -> QString {
            if (name == QLatin1String("phone"))
                return values.phone;
            if (name == QLatin1String("email"))
                return values.email;
            if (name == QLatin1String("contact"))
                return contact;
            if (name == QLatin1String("name"))
                return values.name;
            if (name == QLatin1String("subject"))
                return subject;
            return {};
        };
        QStringList parts;
        const QStringList words =
            nameTemplate.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            QString filled;
            int last = 0;
            auto it = placeholderPattern().globalMatch(word);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                filled += word.mid(last, match.capturedStart() - last);
                filled += valueOf(match.captured(1)).trimmed();
                last = match.capturedEnd();
            }
            filled += word.mid(last);
            filled = filled.trimmed();
            if (!filled.isEmpty())
                parts << filled;
        }
        return parts.join(QLatin1Char(' '));
    }
} // namespace

OrderOptions OrderOptions::defaults()
{
    OrderOptions options;
    options.call.nameTemplate = defaultNameTemplate(Lead::Kind::Call);
    options.request.nameTemplate = defaultNameTemplate(Lead::Kind::Request);
    options.chat.nameTemplate = defaultNameTemplate(Lead::Kind::Chat);
    return options;
}

const KindOrderOptions &OrderOptions::of(Lead::Kind kind) const
{
    switch (kind) {
    case Lead::Kind::Call:
        return call;
    case Lead::Kind::Request:
        return request;
    case Lead::Kind::Chat:
        return chat;
    }
    return call;
}

KindOrderOptions &OrderOptions::of(Lead::Kind kind)
{
    return const_cast<KindOrderOptions &>(std::as_const(*this).of(kind));
}

QString defaultNameTemplate(Lead::Kind kind)
{
    switch (kind) {
    case Lead::Kind::Call:
        return QStringLiteral("Звонок от {contact}");
    case Lead::Kind::Request:
        return QStringLiteral("{subject} от {name} {contact}");
    case Lead::Kind::Chat:
        return QStringLiteral("Чат от {name} {phone} {email}");
    }
    return {};
}

QStringList namePlaceholders()
{
    return { QStringLiteral("{phone}"), QStringLiteral("{email}"), QStringLiteral("{contact}"),
        QStringLiteral("{name}"), QStringLiteral("{subject}") };
}

QString namePlaceholderText(const QString &placeholder)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("LeadBridge::Sync", text); };
    if (placeholder == QLatin1String("{phone}"))
        return tr("the lead's phone number");
    if (placeholder == QLatin1String("{email}"))
        return tr("the lead's e-mail");
    if (placeholder == QLatin1String("{contact}"))
        return tr("the phone, or the e-mail when there is no phone");
    if (placeholder == QLatin1String("{name}"))
        return tr("the visitor's name");
    if (placeholder == QLatin1String("{subject}"))
        return tr("the request's subject (\"Заявка\" when it has none)");
    return {};
}

QStringList unknownPlaceholders(const QString &nameTemplate)
{
    QStringList unknown;
    const QStringList known = namePlaceholders();
    auto it = placeholderPattern().globalMatch(nameTemplate);
    while (it.hasNext()) {
        const QString found = it.next().captured(0);
        if (!known.contains(found) && !unknown.contains(found))
            unknown << found;
    }
    return unknown;
}

QString fillNameTemplate(const QString &nameTemplate, Lead::Kind kind, const NameValues &values)
{
    const QString filled = nameTemplate.trimmed().isEmpty() ? QString() : fill(nameTemplate, values);
    return filled.isEmpty() ? fill(defaultNameTemplate(kind), values) : filled;
}

} // namespace LeadBridge::Sync
