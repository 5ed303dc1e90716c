#include "sandboxlive.h"

#include <iterator>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include "calltouchsim.h"
#include "retailcrmsim.h"
#include "simhttpserver.h"

namespace LeadBridge {

namespace {
    const QStringList kNames { QStringLiteral("Анна"), QStringLiteral("Игорь"), QStringLiteral("Мария"),
        QStringLiteral("Сергей"), QStringLiteral("Ольга") };
    const QStringList kSubjects { QStringLiteral("Обратный звонок"), QStringLiteral("Заказ с сайта"),
        QStringLiteral("Вопрос о доставке") };
    const QStringList kSources { QStringLiteral("yandex"), QStringLiteral("google"), QStringLiteral("vk") };
    /// Where orders go in turn: onward in the process, then completed or cancelled.
    const QStringList kStatusGroups { QStringLiteral("approval"), QStringLiteral("assembling"),
        QStringLiteral("complete"), QStringLiteral("cancel") };
} // namespace

SandboxLive::SandboxLive(RetailCrm::Simulator *retail, Calltouch::Simulator *calltouch, QObject *parent)
    : QObject(parent)
    , m_retail(retail)
    , m_calltouch(calltouch)
    , m_leadTimer(new QTimer(this))
    , m_crmTimer(new QTimer(this))
{
    m_leadTimer->setInterval(20000);
    m_crmTimer->setInterval(30000);
    connect(m_leadTimer, &QTimer::timeout, this, &SandboxLive::makeLead);
    connect(m_crmTimer, &QTimer::timeout, this, &SandboxLive::changeAnOrder);
}

SandboxLive::~SandboxLive() = default;

void SandboxLive::setPeriods(int leadPeriodMs, int crmPeriodMs)
{
    m_leadTimer->setInterval(qMax(1, leadPeriodMs));
    m_crmTimer->setInterval(qMax(1, crmPeriodMs));
}

void SandboxLive::start()
{
    m_leadTimer->start();
    m_crmTimer->start();
}

void SandboxLive::stop()
{
    m_leadTimer->stop();
    m_crmTimer->stop();
}

bool SandboxLive::isRunning() const
{
    return m_leadTimer->isActive();
}

QString SandboxLive::nextPhone()
{
    ++m_phoneCounter;
    return QStringLiteral("+7 (926) %1-%2-%3")
        .arg(100 + m_phoneCounter % 900)
        .arg(10 + (m_phoneCounter * 7) % 90)
        .arg(10 + (m_phoneCounter * 13) % 90);
}

void SandboxLive::makeLead()
{
    const int step = m_step++;
    const QString name = kNames.at(step % kNames.size());
    Calltouch::SimLead lead;
    lead.utmSource = lead.source = kSources.at(step % kSources.size());
    lead.utmMedium = lead.medium = QStringLiteral("cpc");
    switch (step % 6) {
    case 0:
        lead.phone = nextPhone();
        m_calltouch->addCall(lead);
        break;
    case 1:
        lead.phone = nextPhone();
        lead.name = name;
        lead.subject = kSubjects.at(step % kSubjects.size());
        m_calltouch->addRequest(lead);
        break;
    case 2:
        m_calltouch->addCall(lead); // no contact: shown with the reason, never sent
        break;
    case 3:
        // The CRM refuses the next order create once; the engine shows the error and retries.
        m_retail->server()->injectFault(QStringLiteral("POST /api/v5/orders/create"), SimFault::Http500, 1);
        ++m_faults;
        lead.phone = nextPhone();
        m_calltouch->addCall(lead);
        break;
    case 4:
        lead.email = QStringLiteral("client%1@example.ru").arg(step);
        lead.name = name;
        lead.subject = kSubjects.at(step % kSubjects.size());
        m_calltouch->addRequest(lead);
        break;
    default:
        if (m_chatWebhook.isEmpty()) {
            lead.phone = nextPhone(); // no receiver: a call instead of a chat
            m_calltouch->addCall(lead);
        } else {
            postChat();
        }
        break;
    }
    ++m_leads;
    emit leadMade();
}

void SandboxLive::postChat()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("id"), QString::number(++m_chatId));
    form.addQueryItem(QStringLiteral("phone"), nextPhone());
    form.addQueryItem(QStringLiteral("name"), kNames.at(m_chatId % kNames.size()));
    form.addQueryItem(QStringLiteral("utm_source"), QStringLiteral("site"));
    QNetworkRequest request(m_chatWebhook);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void SandboxLive::changeAnOrder()
{
    const QList<RetailCrm::Order> orders = m_retail->orders();
    if (orders.isEmpty())
        return;
    // Round the orders, newest first, so the ones LeadBridge just created change too.
    const RetailCrm::Order order = orders.at(orders.size() - 1 - (m_orderCursor++ % orders.size()));
    const QString group = kStatusGroups.at(m_changes % kStatusGroups.size());
    QString status;
    for (const RetailCrm::Status &candidate : m_retail->statuses()) {
        if (candidate.group == group && candidate.active && candidate.code != order.status) {
            status = candidate.code;
            break;
        }
    }
    if (status.isEmpty() || !m_retail->setOrderStatus(order.id, status))
        return;
    m_retail->setOrderTotal(
        order.id, QString::number(1500 + (m_changes * 730) % 20000) + QStringLiteral(".00"));
    ++m_changes;
    emit orderChanged(order.id);
    if (m_changes % 6 == 0)
        editADeal(order.id);
}

void SandboxLive::editADeal(qint64 changedOrder)
{
    const QMap<QString, Calltouch::SimDeal> deals = m_calltouch->deals();
    if (deals.size() < 2)
        return;
    // Round the deals; never the one whose order just changed (LeadBridge pushes that one anyway).
    auto it = std::next(deals.constBegin(), m_dealsEdited % deals.size());
    if (it.key() == QString::number(changedOrder) && ++it == deals.constEnd())
        it = deals.constBegin();
    const QString revenue = QString::number(it->revenue.toDouble() + 1000.0, 'f', 2);
    if (!m_calltouch->setDealRevenue(it.key(), revenue))
        return;
    ++m_dealsEdited;
    emit dealEdited(it.key());
}

} // namespace LeadBridge
