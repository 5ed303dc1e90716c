#include "languagepage.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include "settings/appsettings.h"
#include "setupwizard.h"
#include "translator.h"
#include "wrappedlabel.h"

namespace LeadBridge {

LanguagePage::LanguagePage(SetupWizard *wizard)
    : SetupPage(wizard)
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
        if (checked && setupWizard()->translator())
            setupWizard()->translator()->setLanguage(language());
    };
    connect(m_russian, &QRadioButton::toggled, this, apply);
    connect(m_english, &QRadioButton::toggled, this, apply);
    retranslate();
}

QString LanguagePage::language() const
{
    return m_russian->isChecked() ? QStringLiteral("ru") : QStringLiteral("en");
}

void LanguagePage::retranslate()
{
    setTitle(tr("Welcome to LeadBridge"));
    setSubTitle(tr("Calls, website requests and chats from Calltouch become retailCRM orders, and retailCRM "
                   "orders go back to Calltouch as deals."));
    m_intro->setText(tr("Choose the language of LeadBridge. You can change it later in the Language menu."));
}

} // namespace LeadBridge
