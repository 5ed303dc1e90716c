#include "optionswidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include "orderoptionswidget.h"
#include "settings/appsettings.h"
#include "wrappedlabel.h"

namespace LeadBridge {
namespace {
    constexpr int kMaxSeconds = 24 * 3600;
    const QString kCall = QStringLiteral("call");
    const QString kRequest = QStringLiteral("request");
    const QString kChat = QStringLiteral("chat");
} // namespace

OptionsWidget::OptionsWidget(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_form(new QFormLayout(this))
    , m_kinds(new QWidget(this))
    , m_calls(new QCheckBox(m_kinds))
    , m_requests(new QCheckBox(m_kinds))
    , m_chats(new QCheckBox(m_kinds))
    , m_delay(new QSpinBox(this))
    , m_dealSync(new QCheckBox(this))
    , m_delayHint(wrappedLabel(this))
    , m_dealSyncHint(wrappedLabel(this))
    , m_orderOptions(new OrderOptionsWidget(this))
{
    QWidget *shop = m_shopCombo = new QComboBox(this);
    m_shopCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_shopCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_shopCombo->setToolTip(m_shopCombo->currentData(Qt::ToolTipRole).toString()); });
    if (m_mode == Mode::Settings) {
        m_interval = new QSpinBox(this);
        m_interval->setRange(AppSettings::kMinSyncIntervalSeconds, kMaxSeconds);
        m_interval->setObjectName(QStringLiteral("syncInterval"));
    }
    shop->setObjectName(QStringLiteral("shop"));
    m_kinds->setObjectName(QStringLiteral("leadKinds"));
    m_delay->setObjectName(QStringLiteral("leadDelay"));
    m_delay->setRange(0, kMaxSeconds);
    m_dealSync->setObjectName(QStringLiteral("dealSync"));
    auto *kinds = new QVBoxLayout(m_kinds);
    kinds->setContentsMargins(0, 0, 0, 0);
    kinds->addWidget(m_calls);
    kinds->addWidget(m_requests);
    kinds->addWidget(m_chats);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows); // long Russian labels go above their field
    m_shopLabel = addLabelledRow(shop);
    m_kindsLabel = addLabelledRow(m_kinds);
    m_delayLabel = addLabelledRow(m_delay);
    m_form->addRow(QString(), m_delayHint);
    if (m_interval)
        m_intervalLabel = addLabelledRow(m_interval);
    m_dealSyncLabel = addLabelledRow(m_dealSync);
    m_form->addRow(QString(), m_dealSyncHint);
    m_orderOptions->setObjectName(QStringLiteral("orderOptions"));
    m_orderOptionsLabel = addLabelledRow(m_orderOptions);
    // Keyboard order = the order on screen.
    QWidget *previous = shop;
    for (QWidget *next : { static_cast<QWidget *>(m_calls), static_cast<QWidget *>(m_requests),
             static_cast<QWidget *>(m_chats), static_cast<QWidget *>(m_delay),
             static_cast<QWidget *>(m_interval), static_cast<QWidget *>(m_dealSync),
             static_cast<QWidget *>(m_orderOptions) }) {
        if (next) {
            setTabOrder(previous, next);
            previous = next;
        }
    }

    for (QCheckBox *box : { m_calls, m_requests, m_chats })
        connect(box, &QCheckBox::toggled, this, &OptionsWidget::completeChanged);
    connect(m_orderOptions, &OrderOptionsWidget::validityChanged, this, &OptionsWidget::completeChanged);
    load(nullptr);
    retranslate();
}

QLabel *OptionsWidget::addLabelledRow(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
    return label;
}

void OptionsWidget::load(const AppSettings *settings)
{
    const QStringList kinds = settings ? settings->leadKinds() : QStringList { kCall, kRequest, kChat };
    m_calls->setChecked(kinds.contains(kCall));
    m_requests->setChecked(kinds.contains(kRequest));
    m_chats->setChecked(kinds.contains(kChat));
    m_delay->setValue(settings ? settings->leadDelaySeconds() : 60);
    if (m_interval)
        m_interval->setValue(settings ? settings->syncIntervalSeconds() : 60);
    m_dealSync->setChecked(settings ? settings->dealSync() : true);
    m_orderOptions->load(settings ? settings->orderOptions() : Sync::OrderOptions::defaults());
    const QString shop = settings ? settings->shop() : QString();
    m_wantedShop = shop;
    if (m_mode == Mode::Settings && m_shopCombo->count() == 0 && !shop.isEmpty()) {
        // Until the CRM's shops are loaded: the saved shop, by its code.
        m_shopCombo->addItem(shop, shop);
        m_shopCombo->setItemData(0, tr("Shop code: %1").arg(shop), Qt::ToolTipRole);
    }
}

void OptionsWidget::save(AppSettings *settings) const
{
    settings->setShop(shopCode());
    settings->setLeadKinds(kinds());
    settings->setLeadDelaySeconds(m_delay->value());
    if (m_interval)
        settings->setSyncIntervalSeconds(m_interval->value());
    settings->setDealSync(m_dealSync->isChecked());
    settings->setOrderOptions(m_orderOptions->options());
}

void OptionsWidget::setShops(const QList<RetailCrm::Site> &shops)
{
    const QString wanted = m_wantedShop.value_or(m_shopCombo->currentData().toString());
    m_wantedShop.reset();
    m_shopCombo->clear();
    for (const RetailCrm::Site &site : shops) {
        m_shopCombo->addItem(site.name.isEmpty() ? site.code : site.name, site.code);
        m_shopCombo->setItemData(
            m_shopCombo->count() - 1, tr("Shop code: %1").arg(site.code), Qt::ToolTipRole);
    }
    m_shopCombo->setCurrentIndex(qMax(0, m_shopCombo->findData(wanted)));
    emit completeChanged();
}

QString OptionsWidget::shopCode() const
{
    return m_shopCombo->currentData().toString();
}

QCheckBox *OptionsWidget::kindBox(const QString &kind) const
{
    if (kind == kCall)
        return m_calls;
    if (kind == kRequest)
        return m_requests;
    return kind == kChat ? m_chats : nullptr;
}

QStringList OptionsWidget::kinds() const
{
    QStringList kinds;
    if (m_calls->isChecked())
        kinds << kCall;
    if (m_requests->isChecked())
        kinds << kRequest;
    if (m_chats->isChecked())
        kinds << kChat;
    return kinds;
}

bool OptionsWidget::isComplete() const
{
    return (m_mode == Mode::Settings || m_shopCombo->count() > 0) && !kinds().isEmpty()
        && m_orderOptions->isValid();
}

void OptionsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OptionsWidget::retranslate()
{
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
    if (m_interval) {
        m_intervalLabel->setText(tr("Check for new leads every:"));
        m_interval->setSuffix(tr(" s", "seconds"));
    }
    m_dealSyncLabel->setText(tr("Deals:"));
    m_dealSync->setText(tr("Send retailCRM orders to Calltouch as deals"));
    m_dealSyncHint->setText(tr("Calltouch then shows the revenue each advertising source brought."));
    m_orderOptionsLabel->setText(tr("New orders:"));
}

} // namespace LeadBridge
