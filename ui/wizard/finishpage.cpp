#include "finishpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include "fieldspage.h"
#include "optionspage.h"
#include "optionswidget.h"
#include "secrets/secretstore.h"
#include "setupwizard.h"
#include "sincepage.h"
#include "wrappedlabel.h"

namespace LeadBridge {

FinishPage::FinishPage(SetupWizard *wizard)
    : SetupPage(wizard)
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

void FinishPage::retranslate()
{
    setTitle(tr("Ready"));
    setSubTitle(tr("Press Finish to save and start the sync in the background."));
    const auto *optionsPage = qobject_cast<OptionsPage *>(setupWizard()->page(SetupWizard::OptionsPageId));
    const auto *fields = qobject_cast<FieldsPage *>(setupWizard()->page(SetupWizard::FieldsPageId));
    if (!optionsPage || !fields)
        return;
    const OptionsWidget *options = optionsPage->options();
    QStringList kinds;
    for (const QString &kind : options->kinds()) {
        if (QCheckBox *box = options->kindBox(kind))
            kinds << box->text();
    }
    const QString row = QStringLiteral("<tr><td style='padding-right:16px'>%1</td><td><b>%2</b></td></tr>");
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row.arg(tr("retailCRM:"), setupWizard()->retailCrmUrl().toString().toHtmlEscaped());
    html += row.arg(tr("Shop for new orders:"), options->shopCombo()->currentText().toHtmlEscaped());
    html += row.arg(
        tr("Calltouch site ID:"), field(QStringLiteral("calltouchSiteId")).toString().toHtmlEscaped());
    html += row.arg(tr("Leads sent:"), kinds.join(QStringLiteral(", ")).toHtmlEscaped());
    if (const auto *since = qobject_cast<SincePage *>(setupWizard()->page(SetupWizard::SincePageId)))
        html += row.arg(tr("Import leads since:"), QLocale().toString(since->since(), QLocale::LongFormat));
    html += row.arg(tr("Delay before sending:"), tr("%n second(s)", nullptr, options->delaySpin()->value()));
    html += row.arg(tr("Deals to Calltouch:"), options->dealSyncBox()->isChecked() ? tr("on") : tr("off"));
    html += row.arg(tr("Order fields:"), fields->summary().toHtmlEscaped());
    const SecretStore *secrets = setupWizard()->secrets();
    const QString keys = secrets && secrets->keepsOnlyInMemory()
        ? tr("The keys are kept in memory only, until LeadBridge quits (the sandbox, or the system "
             "keychain refused them): you will be asked for them again next time.")
        : tr("The keys are saved in the system keychain, never in a file. Should the keychain refuse them, "
             "LeadBridge keeps them in memory until it quits and tells you so.");
    html += QStringLiteral("</table><p>") + keys + QStringLiteral("</p><p>")
        + tr("A notification confirms when the sync has started.") + QStringLiteral("</p>");
    m_summary->setText(html);
}

} // namespace LeadBridge
