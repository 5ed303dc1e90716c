#include "webhookstatuslabel.h"

#include <QEvent>

#include "models/timetext.h"
#include "settings/appsettings.h"
#include "sync/synccontroller.h"

namespace LeadBridge {

WebhookStatusLabel::WebhookStatusLabel(QWidget *parent)
    : ElidedLabel(parent)
{
    setObjectName(QStringLiteral("webhookStatus"));
    hide();
}

void WebhookStatusLabel::setController(SyncController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_state = State::Off;
    m_lastDelivery = {};
    if (controller) {
        // The controller's signals come from the engine's thread, queued.
        connect(controller, &SyncController::webhookListening, this, &WebhookStatusLabel::showListening);
        connect(controller, &SyncController::webhookFailed, this, &WebhookStatusLabel::showFailure);
        connect(controller, &SyncController::webhookDelivered, this, &WebhookStatusLabel::showDelivery);
    }
    render();
}

void WebhookStatusLabel::showListening(quint16 port)
{
    m_state = State::Listening;
    m_port = port;
    render();
}

void WebhookStatusLabel::showFailure(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    render();
}

void WebhookStatusLabel::showDelivery(const QDateTime &at)
{
    m_lastDelivery = at;
    render();
}

void WebhookStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    ElidedLabel::changeEvent(event);
}

void WebhookStatusLabel::render()
{
    switch (m_state) {
    case State::Off:
        setText({});
        hide();
        return;
    case State::Failed:
        setStyleSheet(QStringLiteral("color: #b3261e;"));
        setText(m_error);
        break;
    case State::Listening: {
        setStyleSheet({});
        const QString where = m_settings && !m_settings->webhookPublicUrl().isEmpty()
            ? m_settings->webhookPublicUrl()
            : tr("port %1").arg(m_port);
        QString text = tr("Receiving chats at %1").arg(where);
        text += QStringLiteral(" · ")
            + (m_lastDelivery.isValid() ? tr("last delivery %1").arg(clockText(m_lastDelivery))
                                        : tr("no delivery yet"));
        setText(text);
        break;
    }
    }
    show();
}

} // namespace LeadBridge
