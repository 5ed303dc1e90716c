#include "settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "settings/appsettings.h"

namespace LeadBridge {

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    m_delay = new QSpinBox(this);
    m_delay->setRange(0, 24 * 3600);
    m_interval = new QSpinBox(this);
    m_interval->setRange(10, 24 * 3600);
    m_calls = new QCheckBox(this);
    m_requests = new QCheckBox(this);
    m_chats = new QCheckBox(this);
    m_dealSync = new QCheckBox(this);
    m_shop = new QLineEdit(this);
    m_kindsHint = new QLabel(this);
    m_kindsHint->setWordWrap(true);

    auto *kinds = new QVBoxLayout;
    kinds->addWidget(m_calls);
    kinds->addWidget(m_requests);
    kinds->addWidget(m_chats);
    m_form = new QFormLayout;
    m_form->addRow(QString(), m_delay);
    m_form->addRow(QString(), m_interval);
    m_form->addRow(QString(), kinds);
    m_form->addRow(QString(), m_dealSync);
    m_form->addRow(QString(), m_shop);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_kindsHint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (m_settings) {
        m_delay->setValue(m_settings->leadDelaySeconds());
        m_interval->setValue(m_settings->syncIntervalSeconds());
        const QStringList enabled = m_settings->leadKinds();
        m_calls->setChecked(enabled.contains(QStringLiteral("call")));
        m_requests->setChecked(enabled.contains(QStringLiteral("request")));
        m_chats->setChecked(enabled.contains(QStringLiteral("chat")));
        m_dealSync->setChecked(m_settings->dealSync());
        m_shop->setText(m_settings->shop());
    }
    const auto updateOk = [this] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_calls->isChecked() || m_requests->isChecked() || m_chats->isChecked());
    };
    for (QCheckBox *box : { m_calls, m_requests, m_chats })
        connect(box, &QCheckBox::toggled, this, updateOk);
    updateOk();
    retranslate();
    resize(520, sizeHint().height());
}

QCheckBox *SettingsDialog::kindBox(const QString &kind) const
{
    if (kind == QLatin1String("call"))
        return m_calls;
    if (kind == QLatin1String("request"))
        return m_requests;
    if (kind == QLatin1String("chat"))
        return m_chats;
    return nullptr;
}

void SettingsDialog::accept()
{
    if (m_settings) {
        m_settings->setLeadDelaySeconds(m_delay->value());
        m_settings->setSyncIntervalSeconds(m_interval->value());
        QStringList kinds;
        if (m_calls->isChecked())
            kinds << QStringLiteral("call");
        if (m_requests->isChecked())
            kinds << QStringLiteral("request");
        if (m_chats->isChecked())
            kinds << QStringLiteral("chat");
        m_settings->setLeadKinds(kinds);
        m_settings->setDealSync(m_dealSync->isChecked());
        m_settings->setShop(m_shop->text().trimmed());
        m_settings->sync();
    }
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_delay->setSuffix(tr(" s", "seconds"));
    m_interval->setSuffix(tr(" s", "seconds"));
    const auto label = [this](
                           QWidget *field) { return qobject_cast<QLabel *>(m_form->labelForField(field)); };
    if (QLabel *l = label(m_delay))
        l->setText(tr("Send a lead after:"));
    if (QLabel *l = label(m_interval))
        l->setText(tr("Check for new leads every:"));
    if (QLabel *l = label(m_dealSync))
        l->setText(tr("Deals:"));
    if (QLabel *l = label(m_shop))
        l->setText(tr("Shop for new orders (code):"));
    if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(2, QFormLayout::LabelRole)
                ? m_form->itemAt(2, QFormLayout::LabelRole)->widget()
                : nullptr))
        l->setText(tr("Lead kinds:"));
    m_calls->setText(tr("Calls"));
    m_requests->setText(tr("Website requests"));
    m_chats->setText(tr("Chats"));
    m_dealSync->setText(tr("Send retailCRM orders to Calltouch as deals"));
    m_kindsHint->setText(tr("The delay gives the website time to create the order itself; LeadBridge then "
                            "completes it instead of creating a second one."));
}

} // namespace LeadBridge
