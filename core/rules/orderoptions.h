#pragma once

#include <QStringList>

#include "calltouch/calltouchtypes.h"

namespace LeadBridge::Sync {

/// What a new order (and its new customer) of one lead kind gets (SPEC §1.4, §2.2, §2.4).
struct KindOrderOptions
{
    QString orderMethod; ///< code from reference/order-methods; empty: not sent (the CRM's default)
    QString orderType; ///< code from reference/order-types; empty: not sent (the CRM's default)
    qint64 managerId = 0; ///< a user id; 0: none (the CRM's own distribution assigns one)
    QString nameTemplate; ///< the new customer's name; empty: the kind's default template

    friend bool operator==(const KindOrderOptions &a, const KindOrderOptions &b)
    {
        return a.orderMethod == b.orderMethod && a.orderType == b.orderType && a.managerId == b.managerId
            && a.nameTemplate == b.nameTemplate;
    }
    friend bool operator!=(const KindOrderOptions &a, const KindOrderOptions &b) { return !(a == b); }
};

/// The order options of every lead kind. The defaults reproduce the seed: nothing sent, the SPEC's
/// name templates.
struct OrderOptions
{
    KindOrderOptions call, request, chat;

    [[nodiscard]] static OrderOptions defaults();
    [[nodiscard]] const KindOrderOptions &of(Calltouch::Lead::Kind kind) const;
    [[nodiscard]] KindOrderOptions &of(Calltouch::Lead::Kind kind);

    friend bool operator==(const OrderOptions &a, const OrderOptions &b)
    {
        return a.call == b.call && a.request == b.request && a.chat == b.chat;
    }
    friend bool operator!=(const OrderOptions &a, const OrderOptions &b) { return !(a == b); }
};

/// The seed's customer name template of a kind (SPEC §2.2), e.g. "Звонок от {contact}".
[[nodiscard]] QString defaultNameTemplate(Calltouch::Lead::Kind kind);

/// The placeholders a name template may use, e.g. "{phone}".
[[nodiscard]] QStringList namePlaceholders();
/// A translated one-line description of a placeholder from namePlaceholders().
[[nodiscard]] QString namePlaceholderText(const QString &placeholder);
/// Placeholders in @p nameTemplate that are not in namePlaceholders() (empty: the template is valid).
[[nodiscard]] QStringList unknownPlaceholders(const QString &nameTemplate);

/// The values a template is filled with.
struct NameValues
{
    QString phone; ///< canonical, may be empty
    QString email; ///< canonical, may be empty
    QString name; ///< the visitor's name from Calltouch
    QString subject; ///< the request's subject
};

/// Fills @p nameTemplate: each word is filled and trimmed, empty words are dropped and the rest joined
/// by single spaces. An empty template, or one whose result is empty, falls back to the kind's default.
/// Placeholders: {phone}, {email}, {contact} (the phone, else the e-mail), {name}, {subject} (the
/// subject, "Заявка" when it has none).
[[nodiscard]] QString fillNameTemplate(
    const QString &nameTemplate, Calltouch::Lead::Kind kind, const NameValues &values);

} // namespace LeadBridge::Sync
