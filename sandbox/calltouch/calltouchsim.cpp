#include "sandbox/calltouchsim.h"

#include <algorithm>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include "calltouchwire.h"
#include "sandbox/simvalues.h"

namespace LeadBridge::Calltouch {

using namespace SimWire;

Simulator::Simulator(QObject *parent)
    : QObject(parent)
    , m_server(new SimHttpServer(this))
    , m_siteId(sandboxSiteId())
    , m_token(sandboxToken())
    , m_zone(Sim::zoneOrMoscow(QStringLiteral("Europe/Moscow")))
{
    m_server->setHandler([this](const SimRequest &request) { return handle(request); },
        [](const SimRequest &request) { return routeName(request); });
    m_server->setRateLimit(kDefaultRateLimit);
}

Simulator::~Simulator() = default;

quint16 Simulator::start()
{
    return m_server->listen();
}

QUrl Simulator::url() const
{
    return QUrl(m_server->baseUrl());
}

void Simulator::setCredentials(const QString &siteId, const QString &token)
{
    m_siteId = siteId;
    m_token = token;
}

QString Simulator::sandboxSiteId()
{
    return QStringLiteral("43769");
}

QString Simulator::sandboxToken()
{
    return QStringLiteral("sbx4Kq9Zt/Lm2.Vw8Rn/Xp3Yc7.Hd5Fg6Jb1Na0Se9Tu2");
}

void Simulator::setTimeZone(const QString &ianaId)
{
    m_zone = Sim::zoneOrMoscow(ianaId);
}

void Simulator::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime Simulator::now() const
{
    if (m_clock)
        return m_clock().toUTC();
    const QDateTime current = QDateTime::currentDateTimeUtc();
    return current.addMSecs(-current.time().msec());
}

// ---- test hooks ----

qint64 Simulator::addLead(Lead::Kind kind, const SimLead &lead)
{
    StoredLead stored;
    stored.kind = kind;
    stored.data = lead;
    stored.data.at = lead.at.isValid() ? lead.at.toUTC() : now();
    stored.canonicalPhone = Sim::phoneDigits(lead.phone);
    stored.canonicalEmail = Sim::emailKey(lead.email);
    switch (kind) {
    case Lead::Kind::Call:
        stored.id = m_nextCallId++;
        m_calls.append(stored);
        break;
    case Lead::Kind::Request:
        stored.id = m_nextRequestId++;
        m_requests.append(stored);
        break;
    case Lead::Kind::Chat:
        stored.id = m_nextChatId++;
        m_chats.append(stored);
        break;
    }
    return stored.id;
}

qint64 Simulator::addCall(const SimLead &lead)
{
    return addLead(Lead::Kind::Call, lead);
}
qint64 Simulator::addRequest(const SimLead &lead)
{
    return addLead(Lead::Kind::Request, lead);
}
qint64 Simulator::addChat(const SimLead &lead)
{
    return addLead(Lead::Kind::Chat, lead);
}

qint64 Simulator::addCall(const QDateTime &atUtc, const QString &phone, const QString &utmSource,
    const QString &utmMedium, const QString &utmCampaign)
{
    SimLead lead;
    lead.at = atUtc;
    lead.phone = phone;
    lead.utmSource = utmSource;
    lead.utmMedium = utmMedium;
    lead.utmCampaign = utmCampaign;
    lead.source = utmSource;
    lead.medium = utmMedium;
    return addCall(lead);
}

qint64 Simulator::addRequest(const QDateTime &atUtc, const QString &phone, const QString &email,
    const QString &name, const QString &subject)
{
    SimLead lead;
    lead.at = atUtc;
    lead.phone = phone;
    lead.email = email;
    lead.name = name;
    lead.subject = subject;
    return addRequest(lead);
}

qint64 Simulator::addChat(
    const QDateTime &atUtc, const QString &phone, const QString &email, const QString &name)
{
    SimLead lead;
    lead.at = atUtc;
    lead.phone = phone;
    lead.email = email;
    lead.name = name;
    return addChat(lead);
}

void Simulator::seedSample(const QDateTime &nowUtc)
{
    const QDateTime base = nowUtc.toUTC().addMSecs(-nowUtc.time().msec());
    const auto lead = [&base](qint64 minutesAgo, const QString &phone, const QString &email,
                          const QString &name, const QString &subject, const QString &source,
                          const QString &medium, const QString &campaign, const QString &content,
                          const QString &term) {
        SimLead l;
        l.at = base.addSecs(-minutesAgo * 60);
        l.phone = phone;
        l.email = email;
        l.name = name;
        l.subject = subject;
        l.source = source;
        l.medium = medium;
        l.utmSource = source;
        l.utmMedium = medium;
        l.utmCampaign = campaign;
        l.utmContent = content;
        l.utmTerm = term;
        return l;
    };
    const QString none;
    const int day = 24 * 60;
    // Calls: callerNumber as the telephony saw it, in several shapes.
    addCall(lead(95, QStringLiteral("79991234567"), none, none, none, QStringLiteral("yandex"),
        QStringLiteral("cpc"), QStringLiteral("sofa_msk"), QStringLiteral("ad_42"),
        QStringLiteral("купить диван")));
    addCall(lead(day + 40, QStringLiteral("+7 (916) 555-12-34"), none, none, none, QStringLiteral("google"),
        QStringLiteral("cpc"), QStringLiteral("brand"), QStringLiteral("banner_1"),
        QStringLiteral("магазин мебели")));
    addCall(lead(2 * day + 300, QStringLiteral("8 903 555 00 11"), none, none, none, QStringLiteral("yandex"),
        QStringLiteral("organic"), none, none, none));
    addCall(lead(3 * day + 15, QStringLiteral("9261112233"), none, none, none, QStringLiteral("vk"),
        QStringLiteral("social"), QStringLiteral("spring_sale"), QStringLiteral("post_7"), none));
    addCall(lead(
        4 * day + 600, QStringLiteral("+7 495 123-45-67"), none, none, none, none, none, none, none, none));
    addCall(lead(5 * day + 120, QStringLiteral("7 917 000 11 22"), none, none, none, QStringLiteral("yandex"),
        QStringLiteral("cpc"), QStringLiteral("kitchen_msk"), QStringLiteral("ad_7"),
        QStringLiteral("кухня на заказ")));
    addCall(lead(6 * day + 30, QStringLiteral("79991234567"), none, none, none, QStringLiteral("google"),
        QStringLiteral("cpc"), QStringLiteral("brand"), none, none));
    // Requests (website forms).
    addRequest(
        lead(50, QStringLiteral("8(916)5551234"), QStringLiteral("maria@example.ru"), QStringLiteral("Мария"),
            QStringLiteral("Заказать обратный звонок"), QStringLiteral("yandex"), QStringLiteral("cpc"),
            QStringLiteral("sofa_msk"), QStringLiteral("ad_43"), QStringLiteral("диван угловой")));
    addRequest(lead(day + 200, none, QStringLiteral("Olga.K@Example.com"), QStringLiteral("Ольга"),
        QStringLiteral("Вопрос о доставке"), QStringLiteral("google"), QStringLiteral("organic"), none, none,
        none));
    addRequest(lead(3 * day + 400, QStringLiteral("+7 999 765-43-21"), none, QStringLiteral("Пётр"),
        QStringLiteral("Форма на странице товара"), QStringLiteral("yandex"), QStringLiteral("cpc"),
        QStringLiteral("chairs"), QStringLiteral("ad_12"), QStringLiteral("стул барный")));
    addRequest(lead(4 * day + 100, none, none, QStringLiteral("Аноним"),
        QStringLiteral("Подписка на новости"), none, none, none, none, none));
    addRequest(lead(7 * day + 60, QStringLiteral("79991234567"), QStringLiteral("ivan.petrov@example.ru"),
        QStringLiteral("Иван Петров"), QStringLiteral("Заказ в один клик"), QStringLiteral("email"),
        QStringLiteral("newsletter"), QStringLiteral("may_digest"), none, none));
    // Chats (no journal to read them; matching with withChats finds them).
    addChat(lead(day + 10, QStringLiteral("+79201234567"), QStringLiteral("chat.user@example.com"),
        QStringLiteral("Алексей"), none, QStringLiteral("yandex"), QStringLiteral("cpc"),
        QStringLiteral("sofa_msk"), none, none));
    addChat(lead(2 * day + 10, none, QStringLiteral("Anna.Chat@example.com"), QStringLiteral("Анна"), none,
        none, none, none, none, none));
}

bool Simulator::setDealRevenue(const QString &orderNumber, const QString &revenue)
{
    const auto it = m_deals.find(orderNumber);
    if (it == m_deals.end())
        return false;
    it->revenue = revenue;
    it->updateDate = now();
    return true;
}

} // namespace LeadBridge::Calltouch
