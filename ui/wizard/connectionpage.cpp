#include "connectionpage.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "checkstatus.h"
#include "setupbackend.h"
#include "setupwizard.h"
#include "wrappedlabel.h"

namespace LeadBridge {

ConnectionPage::ConnectionPage(SetupWizard *wizard, const QString &service)
    : SetupPage(wizard)
    , m_service(service)
    , m_intro(wrappedLabel(this))
    , m_hint(wrappedLabel(this))
    , m_form(new QFormLayout)
    , m_status(new CheckStatus(this))
    , m_whyDisabled(wrappedLabel(this))
{
    m_whyDisabled->setObjectName(QStringLiteral("whyNextIsOff"));
    m_whyDisabled->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    m_form->addRow(QString(), m_hint); // the fields go above
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_whyDisabled);
    layout->addStretch(1);
    connect(m_status->cancelButton(), &QPushButton::clicked, this, &ConnectionPage::cancelCheck);
    connect(this, &QWizardPage::completeChanged, this, &ConnectionPage::updateWhyDisabled);
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

void ConnectionPage::setDemoValues(const QStringList &values)
{
    m_demoValues = values;
    if (!m_demoButton) {
        m_demoLabel = wrappedLabel(this);
        m_demoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_demoButton = new QPushButton(this);
        m_demoButton->setObjectName(QStringLiteral("fillDemoValues"));
        m_form->addRow(m_demoLabel);
        m_form->addRow(QString(), m_demoButton);
        connect(m_demoButton, &QPushButton::clicked, this, [this] {
            for (int i = 0; i < m_edits.size() && i < m_demoValues.size(); ++i)
                m_edits.at(i)->setText(m_demoValues.at(i));
            m_verified = false;
            if (!isChecking())
                m_status->clear();
            emit completeChanged();
        });
    }
    QStringList lines;
    for (int i = 0; i < m_labels.size() && i < values.size(); ++i)
        lines << m_labels.at(i)->text() + QLatin1Char(' ') + values.at(i);
    m_demoLabel->setText(tr("Sandbox — demo data. The simulated %1 on this computer accepts:\n%2")
                             .arg(m_service, lines.join(QLatin1Char('\n'))));
    m_demoButton->setText(tr("Fill in the demo values"));
}

QLineEdit *ConnectionPage::addField(const QString &fieldName, QLineEdit::EchoMode echo)
{
    auto *label = new QLabel(this);
    auto *edit = new QLineEdit(this);
    edit->setEchoMode(echo);
    label->setBuddy(edit);
    m_form->insertRow(int(m_labels.size()), label, edit);
    m_labels << label;
    m_edits << edit;
    // Not a QWizard "mandatory" field: that one counts as filled only when its value differs from the
    // value at registration, which locks out values pre-filled from an earlier setup. isComplete()
    // checks for a value instead.
    registerField(fieldName, edit);
    connect(edit, &QLineEdit::textEdited, this, [this] {
        m_verified = false;
        if (!isChecking())
            m_status->clear();
    });
    connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    updateWhyDisabled();
    return edit;
}

void ConnectionPage::setTexts(const QString &title, const QString &subTitle, const QString &intro,
    const QStringList &labels, const QString &hint)
{
    setTitle(title);
    setSubTitle(subTitle);
    m_intro->setText(intro);
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_hint->setText(hint);
    updateWhyDisabled();
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

void ConnectionPage::checkFinished(const CheckResult &result, const QString &okMessage)
{
    m_context->deleteLater();
    m_context = nullptr;
    m_verified = result.ok();
    if (m_verified)
        m_status->showOk(okMessage);
    else
        m_status->showProblem(problemText(result));
    emit completeChanged();
    if (m_verified)
        setupWizard()->next();
}

QString ConnectionPage::problemText(const CheckResult &result) const
{
    switch (result.problem) {
    case CheckResult::Problem::InsecureUrl:
        return tr("The address must start with https://. Plain http:// is only allowed for this computer "
                  "(localhost).");
    case CheckResult::Problem::RateLimited:
        return tr("%1 asks to slow down (too many requests). Wait a minute and press Next again.")
            .arg(m_service);
    case CheckResult::Problem::Unreachable:
    case CheckResult::Problem::WrongService:
    case CheckResult::Problem::WrongCredentials:
    case CheckResult::Problem::MissingPermissions:
        return serviceProblemText(result);
    case CheckResult::Problem::None:
    case CheckResult::Problem::Other:
        break;
    }
    return result.error.userMessage();
}

bool ConnectionPage::isComplete() const
{
    return !isChecking() && whyDisabledText().isEmpty();
}

QString ConnectionPage::whyDisabledText() const
{
    if (isChecking())
        return {};
    QStringList empty;
    for (int i = 0; i < m_edits.size(); ++i) {
        if (m_edits.at(i)->text().trimmed().isEmpty()) {
            QString label = m_labels.at(i)->text();
            label.remove(QLatin1Char('&'));
            if (label.endsWith(QLatin1Char(':')))
                label.chop(1);
            empty << label;
        }
    }
    if (empty.isEmpty())
        return {};
    return tr("Next is available once every field is filled in. Still empty: %1.")
        .arg(empty.join(QStringLiteral(", ")));
}

void ConnectionPage::updateWhyDisabled()
{
    const QString text = whyDisabledText();
    m_whyDisabled->setText(text);
    m_whyDisabled->setVisible(!text.isEmpty());
}

} // namespace LeadBridge
