#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

namespace LeadBridge {

namespace RetailCrm {
    class Simulator;
}
namespace Calltouch {
    class Simulator;
}

/// The sandbox's "live" mode (`leadbridge --sandbox` on the desktop, never the tests that do not ask):
/// the simulated Calltouch gets a new lead every lead period and the simulated CRM changes one order's
/// status and total every CRM period, so every state of every tab shows up within minutes. The leads
/// go round a fixed script: a call, a request, a call without contact, a call whose order create meets
/// one injected CRM error (the engine retries it), a request with an e-mail only and, when a webhook
/// receiver is set, a chat delivered to it. Every sixth order change, a Calltouch user also edits the
/// revenue of another order's deal by hand, so the Reconciliation tab has a deal that differs to show
/// (and to fix).
class SandboxLive final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLive)
public:
    SandboxLive(RetailCrm::Simulator *retail, Calltouch::Simulator *calltouch, QObject *parent = nullptr);
    ~SandboxLive() override;

    /// Defaults 20 s and 30 s; takes effect at the next start().
    void setPeriods(int leadPeriodMs, int crmPeriodMs);
    /// Chats are delivered here (the receiver's chat URL, with its secret); empty: no chats.
    void setChatWebhook(const QUrl &url) { m_chatWebhook = url; }
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const;

    /// Counters, for the tests and the banner.
    [[nodiscard]] int leadsMade() const { return m_leads; }
    [[nodiscard]] int faultsInjected() const { return m_faults; }
    [[nodiscard]] int ordersChanged() const { return m_changes; }
    [[nodiscard]] int dealsEdited() const { return m_dealsEdited; }

    /// One step of each script (what the timers do).
    void makeLead();
    void changeAnOrder();

signals:
    void leadMade();
    void orderChanged(qint64 orderId);
    /// A deal's revenue was changed in Calltouch (not by LeadBridge); @p orderNumber is its key there.
    void dealEdited(const QString &orderNumber);

private:
    [[nodiscard]] QString nextPhone();
    void postChat();
    /// A Calltouch user's edit of a deal other than @p changedOrder's.
    void editADeal(qint64 changedOrder);

    RetailCrm::Simulator *m_retail;
    Calltouch::Simulator *m_calltouch;
    QTimer *m_leadTimer;
    QTimer *m_crmTimer;
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_chatWebhook;
    int m_step = 0;
    int m_leads = 0;
    int m_faults = 0;
    int m_changes = 0;
    int m_dealsEdited = 0;
    int m_phoneCounter = 0;
    int m_chatId = 90000;
    int m_orderCursor = 0;
};

} // namespace LeadBridge
