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
    , m_writes(wrappedLabel(this))
{
    m_writes->setTextFormat(Qt::RichText);
    m_writes->setObjectName(QStringLiteral("whatIsWritten"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(m_russian);
    layout->addWidget(m_english);
    layout->addSpacing(12);
    layout->addWidget(m_writes);
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
    const QString item = QStringLiteral("<li>%1</li>");
    m_writes->setText(
        QStringLiteral("<b>%1</b><ul style='margin-top:2px'>%2%3%4</ul><b>%5</b><ul "
                       "style='margin-top:2px'>%6%7</ul>")
            .arg(tr("What LeadBridge writes to your retailCRM account:"),
                item.arg(tr("nine custom order fields (Calltouch IDs and UTM tags), only after "
                            "you press Create on the fields page;")),
                item.arg(tr("a customer for a lead whose phone or e-mail matches no customer;")),
                item.arg(tr("an order for each new lead, or, when the customer has an open "
                            "order without them, these fields and the order's source.")),
                tr("What it never touches:"),
                item.arg(tr("the items, prices and statuses of existing orders;")),
                item.arg(tr("existing customers, and orders no lead belongs to."))));
}

} // namespace LeadBridge
