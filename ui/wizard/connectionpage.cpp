#include "connectionpage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "checkstatus.h"
#include "setupwizard.h"
#include "wrappedlabel.h"

namespace LeadBridge {

ConnectionPage::ConnectionPage(SetupWizard *wizard)
    : SetupPage(wizard)
    , m_intro(wrappedLabel(this))
    , m_form(new QFormLayout)
    , m_status(new CheckStatus(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(m_status->cancelButton(), &QPushButton::clicked, this, &ConnectionPage::cancelCheck);
}

ConnectionPage::~ConnectionPage() = default;

QUrl ConnectionPage::normalizedUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    return QUrl(trimmed, QUrl::StrictMode);
}

QLineEdit *ConnectionPage::addField(QLabel *label, const QString &fieldName)
{
    auto *edit = new QLineEdit(this);
    label->setBuddy(edit);
    m_form->addRow(label, edit);
    registerField(fieldName + QLatin1Char('*'), edit);
    connect(edit, &QLineEdit::textEdited, this, [this] {
        m_verified = false;
        if (!isChecking())
            m_status->clear();
    });
    return edit;
}

void ConnectionPage::addHint(QLabel *hint)
{
    m_form->addRow(QString(), hint);
}

bool ConnectionPage::validatePage()
{
    if (m_verified)
        return true;
    if (isChecking())
        return false;
    m_context = new QObject(this);
    m_status->showChecking();
    emit completeChanged();
    startCheck(m_context);
    return false;
}

void ConnectionPage::cancelCheck()
{
    delete m_context;
    m_context = nullptr;
    m_status->showProblem(tr("Check cancelled."));
    emit completeChanged();
}

void ConnectionPage::checkFinished(bool ok, const QString &message)
{
    m_context->deleteLater();
    m_context = nullptr;
    m_verified = ok;
    if (ok)
        m_status->showOk(message);
    else
        m_status->showProblem(message);
    emit completeChanged();
    if (m_verified)
        setupWizard()->next();
}

bool ConnectionPage::isComplete() const
{
    return !isChecking() && QWizardPage::isComplete();
}

} // namespace LeadBridge
