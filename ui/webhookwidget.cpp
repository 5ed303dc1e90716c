#include "webhookwidget.h"

#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

#include "secrets/secretstore.h"
#include "secrets/webhooksecret.h"
#include "settings/appsettings.h"
#include "sync/webhookreceiver.h"

namespace LeadBridge {
namespace {
    const QString kDefaultListen = QStringLiteral("127.0.0.1:8099");
    constexpr int kTestTimeoutMs = 5000;
} // namespace

WebhookWidget::WebhookWidget(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(this))
    , m_listen(new QLineEdit(kDefaultListen, this))
    , m_publicUrl(new QLineEdit(this))
    , m_listenLabel(new QLabel(this))
    , m_publicLabel(new QLabel(this))
    , m_cabinet(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_test(new QPushButton(this))
    , m_testResult(new QLabel(this))
    , m_regenerate(new QPushButton(this))
    , m_nam(new QNetworkAccessManager(this))
{
    m_enabled->setObjectName(QStringLiteral("webhookEnabled"));
    m_listen->setObjectName(QStringLiteral("webhookListen"));
    m_publicUrl->setObjectName(QStringLiteral("webhookPublicUrl"));
    m_publicUrl->setPlaceholderText(QStringLiteral("https://hooks.myshop.ru"));
    for (QLabel *label : { m_intro, m_cabinet, m_problem, m_testResult }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_listenLabel->setBuddy(m_listen);
    m_publicLabel->setBuddy(m_publicUrl);

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(m_listenLabel, m_listen);
    form->addRow(m_publicLabel, m_publicUrl);
    for (int i = 0; i < 3; ++i) {
        m_urls[i] = new QLineEdit(this);
        m_urls[i]->setReadOnly(true);
        m_copy[i] = new QPushButton(this);
        m_urlLabels[i] = new QLabel(this);
        m_urlLabels[i]->setBuddy(m_urls[i]);
        auto *row = new QHBoxLayout;
        row->addWidget(m_urls[i], 1);
        row->addWidget(m_copy[i]);
        form->addRow(m_urlLabels[i], row);
        connect(m_copy[i], &QPushButton::clicked, this,
            [this, i] { QGuiApplication::clipboard()->setText(m_fullUrls[i]); });
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_regenerate);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_cabinet);
    layout->addLayout(buttons);
    layout->addWidget(m_testResult);

    connect(m_enabled, &QCheckBox::toggled, this, &WebhookWidget::updateState);
    connect(m_listen, &QLineEdit::textChanged, this, &WebhookWidget::updateState);
    connect(m_publicUrl, &QLineEdit::textChanged, this, &WebhookWidget::updateState);
    connect(m_test, &QPushButton::clicked, this, &WebhookWidget::sendTest);
    connect(m_regenerate, &QPushButton::clicked, this, &WebhookWidget::askToRegenerate);
    retranslate();
    updateState();
}

WebhookWidget::~WebhookWidget() = default;

void WebhookWidget::load(const AppSettings *settings, SecretStore *secrets)
{
    if (settings) {
        const QString listen = settings->webhookListen();
        m_enabled->setChecked(!listen.isEmpty());
        m_listen->setText(listen.isEmpty() ? kDefaultListen : listen);
        m_publicUrl->setText(settings->webhookPublicUrl());
    }
    const auto generate = [this] {
        m_secret = WebhookSecret::generate();
        m_secretDirty = true;
        updateState();
    };
    if (!secrets) {
        generate();
        return;
    }
    secrets->read(SecretName::WebhookSecret, this, [this, generate](const SecretResult &result) {
        if (result.status == SecretResult::Status::Ok && !result.value.isEmpty()) {
            m_secret = result.value;
            m_secretDirty = false;
            updateState();
        } else {
            generate();
        }
    });
}

void WebhookWidget::save(AppSettings *settings) const
{
    if (!settings)
        return;
    settings->setWebhookListen(isReceiverOn() ? m_listen->text().trimmed() : QString());
    settings->setWebhookPublicUrl(m_publicUrl->text().trimmed());
}

bool WebhookWidget::isReceiverOn() const
{
    return m_enabled->isChecked();
}

bool WebhookWidget::isComplete() const
{
    if (!isReceiverOn())
        return true;
    QString host;
    quint16 port = 0;
    return WebhookReceiver::parseHostPort(m_listen->text(), &host, &port) && port != 0
        && !WebhookSecret::url(m_publicUrl->text(), QStringLiteral("x"), QStringLiteral("chat")).isEmpty();
}

QLineEdit *WebhookWidget::urlEdit(Kind kind) const
{
    return m_urls[int(kind)];
}

QPushButton *WebhookWidget::copyButton(Kind kind) const
{
    return m_copy[int(kind)];
}

void WebhookWidget::updateState()
{
    const bool on = isReceiverOn();
    for (QWidget *widget : std::initializer_list<QWidget *> { m_listen, m_publicUrl, m_test, m_regenerate })
        widget->setEnabled(on);
    const WebhookSecret::Urls urls =
        on ? WebhookSecret::urls(m_publicUrl->text(), m_secret) : WebhookSecret::Urls {};
    const QString texts[3] = { urls.calls, urls.requests, urls.chats };
    // The secret is not shown (screen sharing, screenshots): Copy puts the whole URL on the clipboard.
    for (int i = 0; i < 3; ++i) {
        m_fullUrls[i] = texts[i];
        m_urls[i]->setText(texts[i].isEmpty() || m_secret.isEmpty()
                ? texts[i]
                : QString(texts[i]).replace(m_secret, QStringLiteral("••••••••")));
        m_urls[i]->setCursorPosition(0);
        m_copy[i]->setEnabled(!texts[i].isEmpty());
    }
    QString host;
    quint16 port = 0;
    QString problem;
    if (on && (!WebhookReceiver::parseHostPort(m_listen->text(), &host, &port) || port == 0))
        problem = tr("The address to listen on must be host:port, e.g. 127.0.0.1:8099.");
    else if (on && !m_publicUrl->text().trimmed().isEmpty() && !urls.isValid())
        problem = tr("The public URL must be an address like https://hooks.myshop.ru.");
    else if (on && urls.isValid() && !m_publicUrl->text().trimmed().startsWith(QLatin1String("https://")))
        problem = tr("Calltouch needs a public https address: put a TLS reverse proxy (nginx, Caddy) in "
                     "front of LeadBridge.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    emit completeChanged();
}

void WebhookWidget::sendTest()
{
    QString host;
    quint16 port = 0;
    if (!WebhookReceiver::parseHostPort(m_listen->text(), &host, &port) || port == 0 || m_secret.isEmpty()) {
        finishTest(false, tr("The address to listen on must be host:port, e.g. 127.0.0.1:8099."));
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Sending a test chat…"));
    // When the port is free, listen here for the test; when it is taken, LeadBridge's own receiver is
    // most likely there: the sample goes to it (it reads a test and stores nothing).
    m_probeArrived = false;
    m_probe = std::make_unique<WebhookReceiver>();
    QString error;
    if (m_probe->listen(m_listen->text(), m_secret, &error) == 0)
        m_probe.reset();
    else
        connect(m_probe.get(), &WebhookReceiver::testReceived, this, [this] { m_probeArrived = true; });

    if (host == QLatin1String("0.0.0.0"))
        host = QStringLiteral("127.0.0.1");
    else if (host == QLatin1String("::"))
        host = QStringLiteral("::1");
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + m_secret + QStringLiteral("/test"));
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(kTestTimeoutMs);
    QNetworkReply *reply = m_nam->post(request,
        QByteArrayLiteral("chatid=leadbridge-test&name=LeadBridge+test&phone=%2B70000000000"
                          "&utm_source=leadbridge-test"));
    connect(reply, &QNetworkReply::finished, this, [this, reply, port] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool arrived =
            status == 200 && reply->readAll().contains("\"test\":true") && (!m_probe || m_probeArrived);
        if (arrived) {
            finishTest(true,
                tr("The test chat arrived at %1: the receiver works. Nothing was sent to retailCRM.")
                    .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        } else if (status == 404) {
            finishTest(false,
                tr("Something answers on port %1, but not with this secret: save, so that LeadBridge's "
                   "receiver uses it, then test again.")
                    .arg(port));
        } else {
            QString reason = reply->errorString();
            reason.replace(m_secret, QStringLiteral("…"));
            finishTest(false, tr("The test chat did not arrive: %1").arg(reason));
        }
    });
}

void WebhookWidget::finishTest(bool arrived, const QString &message)
{
    if (m_probe)
        m_probe.release()->deleteLater();
    m_test->setEnabled(isReceiverOn());
    m_testResult->setText(message);
    m_testResult->setStyleSheet(
        arrived ? QStringLiteral("color: #1b6e20;") : QStringLiteral("color: #b3261e;"));
    emit testFinished(arrived);
}

void WebhookWidget::askToRegenerate()
{
    if (m_warning)
        return;
    m_warning = new QMessageBox(QMessageBox::Warning, tr("Regenerate the secret?"),
        tr("The current webhook URLs stop working as soon as you save. Paste the new URLs into Calltouch "
           "(%1) right after, or chats will not arrive.")
            .arg(WebhookSecret::cabinetPath()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    m_warning->setObjectName(QStringLiteral("regenerateWarning"));
    m_warning->setDefaultButton(QMessageBox::Cancel);
    m_warning->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_warning, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_secret = WebhookSecret::generate();
        m_secretDirty = true;
        m_testResult->setText(
            tr("A new secret: save, then paste the new URLs into Calltouch. The old URLs no longer work."));
        m_testResult->setStyleSheet({});
        updateState();
    });
    m_warning->open();
}

void WebhookWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WebhookWidget::retranslate()
{
    m_intro->setText(tr("Chats reach LeadBridge only as Calltouch webhooks: Calltouch calls a public URL, a "
                        "reverse proxy with TLS passes it to the address below. Calls and requests may come "
                        "the same way (faster than polling)."));
    m_enabled->setText(tr("Receive chats from Calltouch (webhooks)"));
    m_listenLabel->setText(tr("Listen on (address:port):"));
    m_publicLabel->setText(tr("Public URL:"));
    m_urlLabels[0]->setText(tr("Calls URL:"));
    m_urlLabels[1]->setText(tr("Requests URL:"));
    m_urlLabels[2]->setText(tr("Chats URL:"));
    for (QPushButton *button : m_copy)
        button->setText(tr("Copy"));
    for (QLineEdit *edit : m_urls)
        edit->setToolTip(
            tr("The secret part of the URL is hidden here; Copy puts the whole URL on the clipboard."));
    m_cabinet->setText(tr("Paste each URL into the Calltouch cabinet: %1: a webhook by leads for calls, one "
                          "for requests, and a webhook by chats; method POST.")
                           .arg(WebhookSecret::cabinetPath()));
    m_test->setText(tr("Send a test"));
    m_regenerate->setText(tr("Regenerate secret…"));
    m_test->setToolTip(tr("Posts a sample chat to the local listener; nothing is sent to retailCRM."));
    updateState();
}

} // namespace LeadBridge
