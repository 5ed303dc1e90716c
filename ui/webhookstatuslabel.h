#pragma once

#include <QDateTime>
#include <QPointer>

#include "elidedlabel.h"

namespace LeadBridge {

class AppSettings;
class SyncController;

/// The status bar's word on the chat receiver: hidden while it is off; "Receiving chats at … · last
/// delivery HH:MM:SS" while it listens; the error (e.g. the port is busy) in red when it cannot listen.
/// Cut at a word when the bar is narrow, with the whole text on hover.
class WebhookStatusLabel final : public ElidedLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookStatusLabel)
public:
    explicit WebhookStatusLabel(QWidget *parent = nullptr);

    void setController(SyncController *controller);
    /// For the public URL shown; may be null.
    void setSettings(const AppSettings *settings) { m_settings = settings; }

    void showListening(quint16 port);
    void showFailure(const QString &message);
    void showDelivery(const QDateTime &at);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QPointer<SyncController> m_controller;
    const AppSettings *m_settings = nullptr;
    enum class State { Off, Listening, Failed } m_state = State::Off;
    quint16 m_port = 0;
    QString m_error;
    QDateTime m_lastDelivery;
};

} // namespace LeadBridge
