#pragma once

#include <functional>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include "calltouch/calltouchtypes.h"
#include "simhttpserver.h"

namespace LeadBridge {

namespace Calltouch {

    /// A lead as a test or the sandbox puts it into the simulated Calltouch project.
    struct SimLead
    {
        QDateTime at; ///< UTC; now when invalid
        QString phone; ///< any format ("8 (916) 555-12-34"), stored and answered as given
        QString email;
        QString name; ///< requests and chats: the client's name
        QString subject; ///< requests: the form name
        QString source, medium;
        QString utmSource, utmMedium, utmCampaign, utmContent, utmTerm;
    };

    /// A deal as the simulated Calltouch keeps it.
    struct SimDeal
    {
        QString orderNumber;
        qint64 calltouchOrderId = 0;
        QString orderName;
        QString funnel;
        QString status;
        QString revenue;
        QString manager;
        QString currency;
        QDateTime orderDate; ///< UTC
        QDateTime statusDate; ///< UTC
        QDateTime updateDate; ///< UTC
        /// What the matching bound, once, at creation: "call", "request", "chat", "customSources",
        /// or empty (no lead, no source: `withoutSource` or nothing matched).
        QString boundKind;
        QString boundLeadId; ///< for call / request / chat
        QString matchedBy; ///< the matching type that won ("callContact", "call", …)
        QString customSource, customMedium, customCampaign;
        int updateCount = 0;
        bool matchingSentOnUpdate = false; ///< an update carried `matching` (it is ignored)
    };

    /// A simulated Calltouch project on 127.0.0.1, following shared/reference/calltouch-api.md:
    /// calls-diary (bare array for one day, or pages of at most 1000), the requests journal (MM/dd/yyyy,
    /// siteId required), orders-diary, client-order create/update/delete with per-order results and
    /// matching, 403 for wrong credentials, 429 above 5 requests/s, and a 302 to an HTML page for any
    /// other path. Dates in queries and bodies are in the project zone (Europe/Moscow by default).
    ///
    /// Routes (names for SimHttpServer counters and faults): "GET calls-diary", "GET requests",
    /// "GET orders-diary", "POST client-order/create", "POST client-order/update",
    /// "POST client-order/delete", "other".
    ///
    /// Texts in answers imitate Calltouch's own (Russian) texts; they are data of the simulated service,
    /// not LeadBridge's user interface.
    class Simulator final : public QObject
    {
        Q_OBJECT
        Q_DISABLE_COPY_MOVE(Simulator)
    public:
        static constexpr int kMaxPageSize = 1000;
        static constexpr int kMaxOrdersPerRequest = 100;
        static constexpr int kDefaultRateLimit = 5;

        explicit Simulator(QObject *parent = nullptr);
        ~Simulator() override;

        [[nodiscard]] SimHttpServer *server() const { return m_server; }
        /// Listens on 127.0.0.1 with an ephemeral port; returns it (0 on failure).
        quint16 start();
        /// http://127.0.0.1:<port>: the API base address.
        [[nodiscard]] QUrl url() const;

        /// The site ID and the token accepted both as clientApiId and as Access-Token.
        /// Default: sandboxSiteId() and sandboxToken().
        void setCredentials(const QString &siteId, const QString &token);
        [[nodiscard]] QString siteId() const { return m_siteId; }
        [[nodiscard]] QString token() const { return m_token; }
        [[nodiscard]] static QString sandboxSiteId();
        /// 45 characters of [A-Za-z0-9/.], like real tokens.
        [[nodiscard]] static QString sandboxToken();
        /// The project zone (IANA id), Europe/Moscow by default.
        void setTimeZone(const QString &ianaId);
        [[nodiscard]] QTimeZone timeZone() const { return m_zone; }
        /// The clock (UTC) for matching without a date. Default: the system clock.
        void setClock(std::function<QDateTime()> clock);

        // ---- test hooks: leads as visitors make them ----
        qint64 addCall(const SimLead &lead);
        qint64 addRequest(const SimLead &lead);
        qint64 addChat(const SimLead &lead);
        /// Shorthands.
        qint64 addCall(const QDateTime &atUtc, const QString &phone, const QString &utmSource = {},
            const QString &utmMedium = {}, const QString &utmCampaign = {});
        qint64 addRequest(const QDateTime &atUtc, const QString &phone, const QString &email,
            const QString &name = {}, const QString &subject = {});
        qint64 addChat(
            const QDateTime &atUtc, const QString &phone, const QString &email, const QString &name = {});
        [[nodiscard]] int callCount() const { return int(m_calls.size()); }
        [[nodiscard]] int requestCount() const { return int(m_requests.size()); }
        [[nodiscard]] int chatCount() const { return int(m_chats.size()); }

        /// Deals by orderNumber.
        [[nodiscard]] QMap<QString, SimDeal> deals() const { return m_deals; }
        [[nodiscard]] SimDeal deal(const QString &orderNumber) const { return m_deals.value(orderNumber); }
        /// Changes a deal's revenue as a Calltouch user does in the cabinet (decimal text). False when
        /// there is no deal with @p orderNumber.
        bool setDealRevenue(const QString &orderNumber, const QString &revenue);
        /// Deal creates refused because a deal with that orderNumber existed, by orderNumber: writes that
        /// only the service's uniqueness kept from becoming duplicates.
        [[nodiscard]] QMap<QString, int> refusedDuplicateCreates() const { return m_refusedDuplicates; }

        /// Realistic sample data over the days before @p nowUtc: calls and requests with UTM, phones in odd
        /// formats, a request without any contact, a request with an e-mail only, and chats.
        void seedSample(const QDateTime &nowUtc);

    private:
        struct StoredLead
        {
            Lead::Kind kind = Lead::Kind::Call;
            qint64 id = 0;
            SimLead data;
            QString canonicalPhone;
            QString canonicalEmail;
        };
        struct Binding
        {
            QString kind;
            QString leadId;
            QString matchedBy;
            QString source, medium, campaign;
            bool found = false;
        };

        SimResponse handle(const SimRequest &request);
        [[nodiscard]] static QString routeName(const SimRequest &request);
        [[nodiscard]] bool readAllowed(const SimRequest &request, const QString &pathSiteId) const;
        [[nodiscard]] bool writeAllowed(const SimRequest &request) const;

        /// The leads of @p pool on the project days @p from..@p to, oldest first.
        [[nodiscard]] QList<const StoredLead *> leadsOn(
            const QList<StoredLead> &pool, const QDate &from, const QDate &to) const;
        SimResponse callsDiary(const SimRequest &request);
        SimResponse requestsJournal(const SimRequest &request);
        SimResponse ordersDiary(const SimRequest &request);
        SimResponse createOrders(const SimRequest &request);
        SimResponse updateOrders(const SimRequest &request);
        SimResponse deleteOrders(const SimRequest &request);
        SimResponse redirectToHelp() const;

        qint64 addLead(Lead::Kind kind, const SimLead &lead);
        [[nodiscard]] QJsonObject callJson(const StoredLead &call) const;
        [[nodiscard]] QJsonObject requestJson(const StoredLead &request) const;
        [[nodiscard]] QJsonObject dealJson(const SimDeal &deal) const;
        [[nodiscard]] Binding bind(const QJsonArray &matching) const;
        [[nodiscard]] const StoredLead *nearest(const QList<const QList<StoredLead> *> &pools,
            const QJsonObject &params, bool byPhone, bool byEmail) const;
        [[nodiscard]] QDateTime now() const;

        SimHttpServer *m_server;
        QString m_siteId;
        QString m_token;
        QTimeZone m_zone;
        std::function<QDateTime()> m_clock;
        QList<StoredLead> m_calls;
        QList<StoredLead> m_requests;
        QList<StoredLead> m_chats;
        QMap<QString, SimDeal> m_deals;
        QMap<QString, int> m_refusedDuplicates;
        qint64 m_nextCallId = 512345001;
        qint64 m_nextRequestId = 40123001;
        qint64 m_nextChatId = 3100001;
        qint64 m_nextOrderId = 700001;
    };

} // namespace Calltouch
} // namespace LeadBridge
