#include "setuppages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "settings/appsettings.h"
#include "setupbackend.h"
#include "setupwizard.h"
#include "rules/customfieldset.h"
#include "translator.h"

namespace LeadBridge {
namespace {

    /// "myshop.retailcrm.ru" -> https://myshop.retailcrm.ru (never http:// by guess).
    QUrl normalizedUrl(const QString &text)
    {
        QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return {};
        if (!trimmed.contains(QStringLiteral("://")))
            trimmed.prepend(QStringLiteral("https://"));
        return QUrl(trimmed, QUrl::StrictMode);
    }

    QLabel *wrappedLabel(QWidget *parent)
    {
        auto *label = new QLabel(parent);
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never squeezed below its text
        return label;
    }

} // namespace

// ---- CheckStatus ----

CheckStatus::CheckStatus(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_label(wrappedLabel(this))
    , m_cancel(new QPushButton(this))
{
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_busy, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignTop);
    clear();
    retranslate();
}

void CheckStatus::showChecking()
{
    m_busy->show();
    m_cancel->show();
    m_label->setStyleSheet(QString());
    m_label->setText(tr("Checking…"));
}

void CheckStatus::showOk(const QString &text)
{
    m_busy->hide();
    m_cancel->hide();
    m_label->setStyleSheet(QStringLiteral("color: #1e6b2e;"));
    m_label->setText(text);
}

void CheckStatus::showProblem(const QString &text)
{
    m_busy->hide();
    m_cancel->hide();
    m_label->setStyleSheet(QStringLiteral("color: #a31515;"));
    m_label->setText(text);
}

void CheckStatus::clear()
{
    m_busy->hide();
    m_cancel->hide();
    m_label->clear();
}

QString CheckStatus::text() const
{
    return m_label->text();
}

void CheckStatus::retranslate()
{
    m_cancel->setText(tr("Cancel check"));
    if (m_busy->isVisible() || !m_busy->isHidden())
        m_label->setText(tr("Checking…"));
}

// ---- LanguagePage ----

LanguagePage::LanguagePage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(wrappedLabel(this))
    , m_russian(new QRadioButton(QStringLiteral("Русский"), this))
    , m_english(new QRadioButton(QStringLiteral("English"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(m_russian);
    layout->addWidget(m_english);
    layout->addStretch(1);
    QString current = wizard->translator() ? wizard->translator()->language() : QString();
    if (current.isEmpty() && wizard->settings())
        current = wizard->settings()->language();
    if (current.isEmpty())
        current = Translator::systemLanguage();
    (current == QLatin1String("ru") ? m_russian : m_english)->setChecked(true);
    const auto apply = [this](bool checked) {
        if (checked && m_wizard->translator())
            m_wizard->translator()->setLanguage(language());
    };
    connect(m_russian, &QRadioButton::toggled, this, apply);
    connect(m_english, &QRadioButton::toggled, this, apply);
    retranslate();
}

QString LanguagePage::language() const
{
    return m_russian->isChecked() ? QStringLiteral("ru") : QStringLiteral("en");
}

void LanguagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void LanguagePage::retranslate()
{
    setTitle(tr("Welcome to LeadBridge"));
    setSubTitle(tr("Calls, website requests and chats from Calltouch become retailCRM orders, and retailCRM "
                   "orders go back to Calltouch as deals."));
    m_intro->setText(tr("Choose the language of LeadBridge. You can change it later in the Language menu."));
}

// ---- RetailCrmPage ----

RetailCrmPage::RetailCrmPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(wrappedLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_keyHint(wrappedLabel(this))
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_status(new CheckStatus(this))
{
    m_key->setEchoMode(QLineEdit::Password);
    m_url->setPlaceholderText(QStringLiteral("https://myshop.retailcrm.ru"));
    m_urlLabel->setBuddy(m_url);
    m_keyLabel->setBuddy(m_key);
    auto *form = new QFormLayout;
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_keyLabel, m_key);
    form->addRow(QString(), m_keyHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    registerField(QStringLiteral("retailCrmUrl*"), m_url);
    registerField(QStringLiteral("retailCrmKey*"), m_key);
    if (wizard->settings() && wizard->settings()->retailCrmUrl().isValid())
        m_url->setText(wizard->settings()->retailCrmUrl().toString());
    for (QLineEdit *edit : { m_url, m_key }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_verified = false;
            if (!isChecking())
                m_status->clear();
        });
    }
    connect(m_status->cancelButton(), &QPushButton::clicked, this, &RetailCrmPage::cancelCheck);
    retranslate();
}

bool RetailCrmPage::validatePage()
{
    if (m_verified)
        return true;
    if (isChecking())
        return false;
    m_context = new QObject(this);
    m_status->showChecking();
    emit completeChanged();
    m_wizard->backend()->checkRetailCrm(normalizedUrl(m_url->text()), m_key->text().trimmed(), m_context,
        [this](const CrmCheckResult &result) { onChecked(result); });
    return false;
}

void RetailCrmPage::cancelCheck()
{
    delete m_context;
    m_context = nullptr;
    m_status->showProblem(tr("Check cancelled."));
    emit completeChanged();
}

void RetailCrmPage::onChecked(const CrmCheckResult &result)
{
    m_context->deleteLater();
    m_context = nullptr;
    const QString host = normalizedUrl(m_url->text()).host();
    using P = CrmCheckResult::Problem;
    switch (result.problem) {
    case P::None:
        m_verified = true;
        m_wizard->setShops(result.sites);
        m_status->showOk(tr("Connected to retailCRM: %n shop(s) found.", nullptr, int(result.sites.size())));
        break;
    case P::InsecureUrl:
        m_status->showProblem(
            tr("The address must start with https://. Plain http:// is only allowed for this "
               "computer (localhost)."));
        break;
    case P::Unreachable:
        m_status->showProblem(
            tr("Could not reach %1. Check the address (it looks like https://myshop.retailcrm.ru) "
               "and the Internet connection.")
                .arg(host));
        break;
    case P::NotRetailCrm:
        m_status->showProblem(
            tr("%1 answered, but it is not a retailCRM account. Check the address: it looks like "
               "https://myshop.retailcrm.ru.")
                .arg(host));
        break;
    case P::WrongKey:
        m_status->showProblem(
            tr("retailCRM did not accept this API key. Copy it again from Settings / Integration "
               "/ API keys in retailCRM, or create a new key there."));
        break;
    case P::MissingPermissions:
        m_status->showProblem(
            tr("The key works, but it lacks API methods LeadBridge needs: %1. In retailCRM open "
               "Settings / Integration / API keys, tick them for this key, save, and press Next "
               "again.")
                .arg(result.missingPermissions.join(QStringLiteral(", "))));
        break;
    case P::RateLimited:
        m_status->showProblem(
            tr("retailCRM asks to slow down (too many requests). Wait a minute and press Next "
               "again."));
        break;
    case P::Other:
        m_status->showProblem(result.error.userMessage());
        break;
    }
    emit completeChanged();
    if (m_verified)
        m_wizard->next();
}

bool RetailCrmPage::isComplete() const
{
    return !isChecking() && QWizardPage::isComplete();
}

void RetailCrmPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void RetailCrmPage::retranslate()
{
    setTitle(tr("Connect retailCRM"));
    setSubTitle(tr("LeadBridge creates and completes orders in your retailCRM account."));
    m_intro->setText(tr("Enter the address of your retailCRM account and an API key. LeadBridge checks them "
                        "before you go on."));
    m_urlLabel->setText(tr("Account address:"));
    m_keyLabel->setText(tr("API key:"));
    m_keyHint->setText(
        tr("Create a key in retailCRM under Settings / Integration / API keys. It is kept in the "
           "system keychain, never in a file."));
    m_status->retranslate();
}

// ---- CalltouchPage ----

CalltouchPage::CalltouchPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(wrappedLabel(this))
    , m_siteIdLabel(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_apiUrlLabel(new QLabel(this))
    , m_hint(wrappedLabel(this))
    , m_siteId(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_apiUrl(new QLineEdit(this))
    , m_status(new CheckStatus(this))
{
    m_token->setEchoMode(QLineEdit::Password);
    m_siteId->setPlaceholderText(QStringLiteral("12345"));
    auto *form = new QFormLayout;
    form->addRow(m_siteIdLabel, m_siteId);
    form->addRow(m_tokenLabel, m_token);
    form->addRow(m_apiUrlLabel, m_apiUrl);
    form->addRow(QString(), m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    registerField(QStringLiteral("calltouchSiteId*"), m_siteId);
    registerField(QStringLiteral("calltouchToken*"), m_token);
    registerField(QStringLiteral("calltouchApiUrl*"), m_apiUrl);
    if (wizard->settings()) {
        m_siteId->setText(wizard->settings()->calltouchSiteId());
        m_apiUrl->setText(wizard->settings()->calltouchApiUrl().toString());
    }
    if (m_apiUrl->text().isEmpty())
        m_apiUrl->setText(QStringLiteral("https://api.calltouch.ru"));
    for (QLineEdit *edit : { m_siteId, m_token, m_apiUrl }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_verified = false;
            if (!isChecking())
                m_status->clear();
        });
    }
    connect(m_status->cancelButton(), &QPushButton::clicked, this, &CalltouchPage::cancelCheck);
    retranslate();
}

bool CalltouchPage::validatePage()
{
    if (m_verified)
        return true;
    if (isChecking())
        return false;
    m_context = new QObject(this);
    m_status->showChecking();
    emit completeChanged();
    m_wizard->backend()->checkCalltouch(normalizedUrl(m_apiUrl->text()), m_siteId->text().trimmed(),
        m_token->text().trimmed(), m_context,
        [this](const CalltouchCheckResult &result) { onChecked(result); });
    return false;
}

void CalltouchPage::cancelCheck()
{
    delete m_context;
    m_context = nullptr;
    m_status->showProblem(tr("Check cancelled."));
    emit completeChanged();
}

void CalltouchPage::onChecked(const CalltouchCheckResult &result)
{
    m_context->deleteLater();
    m_context = nullptr;
    const QString host = normalizedUrl(m_apiUrl->text()).host();
    using P = CalltouchCheckResult::Problem;
    switch (result.problem) {
    case P::None:
        m_verified = true;
        m_status->showOk(tr("Connected to Calltouch."));
        break;
    case P::InsecureUrl:
        m_status->showProblem(
            tr("The API address must start with https://. Plain http:// is only allowed for this "
               "computer (localhost)."));
        break;
    case P::Unreachable:
        m_status->showProblem(
            tr("Could not reach %1. Check the API address and the Internet connection.").arg(host));
        break;
    case P::NotCalltouch:
        m_status->showProblem(tr("%1 is not the Calltouch API address. The usual address is "
                                 "https://api.calltouch.ru.")
                                  .arg(host));
        break;
    case P::WrongCredentials:
        m_status->showProblem(
            tr("Calltouch did not accept this site ID and token. Check both in your Calltouch "
               "account's API settings: the token must belong to this site."));
        break;
    case P::RateLimited:
        m_status->showProblem(
            tr("Calltouch asks to slow down (too many requests). Wait a minute and press Next "
               "again."));
        break;
    case P::Other:
        m_status->showProblem(result.error.userMessage());
        break;
    }
    emit completeChanged();
    if (m_verified)
        m_wizard->next();
}

bool CalltouchPage::isComplete() const
{
    return !isChecking() && QWizardPage::isComplete();
}

void CalltouchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CalltouchPage::retranslate()
{
    setTitle(tr("Connect Calltouch"));
    setSubTitle(tr("LeadBridge reads calls, requests and chats from Calltouch and sends deals back."));
    m_intro->setText(
        tr("Enter the Calltouch site ID and the API token. LeadBridge checks them before you go on."));
    m_siteIdLabel->setText(tr("Site ID:"));
    m_tokenLabel->setText(tr("API token:"));
    m_apiUrlLabel->setText(tr("API address:"));
    m_hint->setText(
        tr("Both are in your Calltouch account's API settings. Leave the API address as it is unless "
           "Calltouch support told you otherwise."));
    m_status->retranslate();
}

// ---- OptionsPage ----

OptionsPage::OptionsPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_shopLabel(new QLabel(this))
    , m_kindsLabel(new QLabel(this))
    , m_delayLabel(new QLabel(this))
    , m_delayHint(wrappedLabel(this))
    , m_shop(new QComboBox(this))
    , m_calls(new QCheckBox(this))
    , m_requests(new QCheckBox(this))
    , m_chats(new QCheckBox(this))
    , m_delay(new QSpinBox(this))
    , m_dealSync(new QCheckBox(this))
    , m_dealSyncHint(wrappedLabel(this))
{
    m_delay->setRange(0, 3600);
    m_delay->setValue(60);
    auto *kinds = new QVBoxLayout;
    kinds->addWidget(m_calls);
    kinds->addWidget(m_requests);
    kinds->addWidget(m_chats);
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // long Russian labels go above their field
    form->addRow(m_shopLabel, m_shop);
    form->addRow(m_kindsLabel, kinds);
    form->addRow(m_delayLabel, m_delay);
    form->addRow(QString(), m_delayHint);
    form->addRow(QString(), m_dealSync);
    form->addRow(QString(), m_dealSyncHint);
    for (QCheckBox *box : { m_calls, m_requests, m_chats })
        connect(box, &QCheckBox::toggled, this, &OptionsPage::completeChanged);
    retranslate();
}

QCheckBox *OptionsPage::kindBox(const QString &kind) const
{
    if (kind == QLatin1String("call"))
        return m_calls;
    if (kind == QLatin1String("request"))
        return m_requests;
    return kind == QLatin1String("chat") ? m_chats : nullptr;
}

QStringList OptionsPage::kinds() const
{
    QStringList kinds;
    if (m_calls->isChecked())
        kinds << QStringLiteral("call");
    if (m_requests->isChecked())
        kinds << QStringLiteral("request");
    if (m_chats->isChecked())
        kinds << QStringLiteral("chat");
    return kinds;
}

void OptionsPage::initializePage()
{
    const QString current = m_shop->currentData().toString();
    m_shop->clear();
    for (const RetailCrm::Site &site : m_wizard->shops())
        m_shop->addItem(
            site.name.isEmpty() ? site.code : tr("%1 (%2)", "shop name and code").arg(site.name, site.code),
            site.code);
    QString wanted = current;
    if (!m_initialized) {
        AppSettings *settings = m_wizard->settings();
        const QStringList kinds = settings
            ? settings->leadKinds()
            : QStringList { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") };
        m_calls->setChecked(kinds.contains(QStringLiteral("call")));
        m_requests->setChecked(kinds.contains(QStringLiteral("request")));
        m_chats->setChecked(kinds.contains(QStringLiteral("chat")));
        m_delay->setValue(settings ? settings->leadDelaySeconds() : 60);
        m_dealSync->setChecked(settings ? settings->dealSync() : true);
        wanted = settings ? settings->shop() : QString();
        m_initialized = true;
    }
    // The shop chosen before if the CRM still has it, else the CRM's first.
    m_shop->setCurrentIndex(qMax(0, m_shop->findData(wanted)));
}

bool OptionsPage::isComplete() const
{
    return m_shop->count() > 0 && !kinds().isEmpty();
}

void OptionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void OptionsPage::retranslate()
{
    setTitle(tr("Options"));
    setSubTitle(tr("The defaults suit most shops; you can change them later in Settings."));
    m_shopLabel->setText(tr("Shop for new orders:"));
    m_kindsLabel->setText(tr("Send to retailCRM:"));
    m_calls->setText(tr("Calls"));
    m_requests->setText(tr("Website requests"));
    m_chats->setText(tr("Chats"));
    m_delayLabel->setText(tr("Send a lead after:"));
    m_delay->setSuffix(tr(" s", "seconds"));
    m_delayHint->setText(
        tr("The website may create the order itself in that time; LeadBridge then completes it "
           "instead of creating a second one."));
    m_dealSync->setText(tr("Send retailCRM orders to Calltouch as deals"));
    m_dealSyncHint->setText(tr("Calltouch then shows the revenue each advertising source brought."));
}

// ---- FieldsPage ----

FieldsPage::FieldsPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(wrappedLabel(this))
    , m_grid(new QGridLayout)
    , m_retry(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(m_grid);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(18);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &FieldsPage::start);
    retranslate();
}

void FieldsPage::initializePage()
{
    start();
}

void FieldsPage::cleanupPage()
{
    delete m_context;
    m_context = nullptr;
}

void FieldsPage::start()
{
    delete m_context;
    m_context = new QObject(this);
    const QList<RetailCrm::CustomField> fields = Sync::requiredCustomFields();
    while (m_names.size() < fields.size()) {
        const int row = int(m_names.size());
        m_names << new QLabel(this);
        m_results << new QLabel(this);
        m_results.last()->setWordWrap(true);
        m_grid->addWidget(m_names.last(), row, 0);
        m_grid->addWidget(m_results.last(), row, 1);
    }
    m_states = QList<State>(fields.size(), State::Waiting);
    m_errors = QStringList(int(fields.size()), QString());
    m_retry->hide();
    for (int row = 0; row < fields.size(); ++row)
        showRow(row);
    emit completeChanged();
    next(0);
}

void FieldsPage::next(int row)
{
    const QList<RetailCrm::CustomField> fields = Sync::requiredCustomFields();
    if (row >= fields.size()) {
        m_retry->setVisible(m_states.contains(State::Failed));
        emit completeChanged();
        return;
    }
    m_states[row] = State::Working;
    showRow(row);
    m_wizard->backend()->ensureCustomField(m_wizard->retailCrmUrl(), m_wizard->retailCrmApiKey(),
        fields.at(row), m_context, [this, row](bool created, const ApiError &error) {
            if (error.isOk()) {
                m_states[row] = created ? State::Created : State::Existed;
            } else {
                m_states[row] = State::Failed;
                m_errors[row] = error.userMessage();
            }
            showRow(row);
            next(row + 1);
        });
}

QString FieldsPage::resultText(int row) const
{
    switch (m_states.value(row)) {
    case State::Waiting:
        return tr("Waiting");
    case State::Working:
        return tr("Creating…");
    case State::Created:
        return tr("Created");
    case State::Existed:
        return tr("Already existed, reused");
    case State::Failed:
        return tr("Error: %1").arg(m_errors.value(row));
    }
    return {};
}

void FieldsPage::showRow(int row)
{
    const QList<RetailCrm::CustomField> fields = Sync::requiredCustomFields();
    if (row >= m_names.size() || row >= fields.size())
        return;
    m_names.at(row)->setText(fields.at(row).name);
    m_results.at(row)->setText(resultText(row));
    const State state = m_states.value(row);
    m_results.at(row)->setStyleSheet(state == State::Failed
            ? QStringLiteral("color: #a31515;")
            : (state == State::Created || state == State::Existed ? QStringLiteral("color: #1e6b2e;")
                                                                  : QStringLiteral("color: #6b6b6b;")));
}

bool FieldsPage::isComplete() const
{
    if (m_states.isEmpty())
        return false;
    for (State state : m_states) {
        if (state != State::Created && state != State::Existed)
            return false;
    }
    return true;
}

QString FieldsPage::summary() const
{
    const int created = int(m_states.count(State::Created));
    const int existed = int(m_states.count(State::Existed));
    return tr("Custom fields: %1 created, %2 already existed.").arg(created).arg(existed);
}

void FieldsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void FieldsPage::retranslate()
{
    setTitle(tr("Custom order fields"));
    setSubTitle(tr("LeadBridge keeps the Calltouch IDs and UTM tags of each lead in these order fields."));
    m_intro->setText(tr("Fields that already exist with the same code are reused, so running this again is "
                        "safe."));
    m_retry->setText(tr("Try again"));
    for (int row = 0; row < m_names.size(); ++row)
        showRow(row);
}

// ---- FinishPage ----

FinishPage::FinishPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(wrappedLabel(this))
{
    m_summary->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    setFinalPage(true);
    retranslate();
}

void FinishPage::initializePage()
{
    retranslate();
}

QString FinishPage::summaryText() const
{
    return m_summary->text();
}

void FinishPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void FinishPage::retranslate()
{
    setTitle(tr("Ready"));
    setSubTitle(tr("Press Finish to save and start the sync in the background."));
    const auto *options = qobject_cast<OptionsPage *>(m_wizard->page(SetupWizard::OptionsPageId));
    const auto *fields = qobject_cast<FieldsPage *>(m_wizard->page(SetupWizard::FieldsPageId));
    if (!options || !fields)
        return;
    QStringList kinds;
    for (const QString &kind : options->kinds()) {
        if (QCheckBox *box = options->kindBox(kind))
            kinds << box->text();
    }
    const QString row = QStringLiteral("<tr><td style='padding-right:16px'>%1</td><td><b>%2</b></td></tr>");
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row.arg(tr("retailCRM:"), m_wizard->retailCrmUrl().toString().toHtmlEscaped());
    html += row.arg(tr("Shop for new orders:"), options->shopCombo()->currentText().toHtmlEscaped());
    html += row.arg(
        tr("Calltouch site ID:"), field(QStringLiteral("calltouchSiteId")).toString().toHtmlEscaped());
    html += row.arg(tr("Leads sent:"), kinds.join(QStringLiteral(", ")).toHtmlEscaped());
    html += row.arg(tr("Delay before sending:"), tr("%n second(s)", nullptr, options->delaySpin()->value()));
    html += row.arg(tr("Deals to Calltouch:"), options->dealSyncBox()->isChecked() ? tr("on") : tr("off"));
    html += row.arg(tr("Order fields:"), fields->summary().toHtmlEscaped());
    html += QStringLiteral("</table><p>")
        + tr("The keys are saved in the system keychain. A notification confirms when the sync has started.")
        + QStringLiteral("</p>");
    m_summary->setText(html);
}

} // namespace LeadBridge
