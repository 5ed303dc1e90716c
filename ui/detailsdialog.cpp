#include "detailsdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/labels.h"
#include "store/queries/detailsquery.h"

namespace LeadBridge {
namespace {

    QString timeText(qint64 ms)
    {
        if (ms <= 0)
            return {};
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
    }

    /// The non-empty ones of @p parts, joined by ", ".
    QString joined(QStringList parts)
    {
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }

} // namespace

DetailsDialog::DetailsDialog(Store *store, Kind kind, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_id(id)
{
    m_layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_layout->addLayout(m_form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    switch (kind) {
    case Kind::Lead:
        buildLead(store);
        break;
    case Kind::Order:
        buildOrder(store);
        break;
    case Kind::Deal:
        buildDeal(store);
        break;
    case Kind::Error:
        buildError(store);
        break;
    }
    m_layout->addWidget(m_buttons);
    resize(720, m_raw || m_history ? 640 : 360);
}

QLabel *DetailsDialog::addRow(const QString &label, const QString &value)
{
    auto *field = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, this);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    m_form->addRow(label, field);
    return field;
}

QString DetailsDialog::rawText() const
{
    return m_raw ? m_raw->toPlainText() : QString();
}

QStringList DetailsDialog::summaryTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        for (auto role : { QFormLayout::LabelRole, QFormLayout::FieldRole }) {
            if (QLayoutItem *item = m_form->itemAt(row, role)) {
                if (auto *label = qobject_cast<QLabel *>(item->widget()))
                    texts << label->text();
            }
        }
    }
    return texts;
}

void DetailsDialog::buildLead(Store *store)
{
    const std::optional<LeadDetails> details = DetailsQuery::lead(store, m_id);
    if (!details)
        return;
    m_valid = true;
    const LeadRecord &r = details->row;
    setWindowTitle(Labels::leadText(r.kind, r.remoteId));
    addRow(tr("Time:"), timeText(r.occurredAt));
    addRow(tr("Contact:"), joined({ r.name, r.phone, r.email }));
    if (!details->subject.isEmpty())
        addRow(tr("Form:"), details->subject);
    QStringList utm;
    const std::pair<const char *, QString> utmFields[] = { { "utm_source", r.utmSource },
        { "utm_medium", r.utmMedium }, { "utm_campaign", r.utmCampaign },
        { "utm_content", details->utmContent }, { "utm_term", details->utmTerm } };
    for (const auto &[field, value] : utmFields) {
        if (!value.isEmpty())
            utm << QStringLiteral("%1=%2").arg(QLatin1String(field), value);
    }
    addRow(tr("UTM:"), utm.join(QStringLiteral("  ")));
    addRow(tr("What happened:"), Labels::leadStateText(r.state, r.action, r.nextAttemptAt));
    addRow(tr("Why:"), Labels::reasonText(r.reason, r.detail));
    addRow(tr("Order:"), r.orderNumber);
    addRow(tr("Attempts:"), QString::number(r.attempts));

    auto *historyBox = new QGroupBox(tr("History"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new QTableWidget(0, 3, historyBox);
    m_history->setHorizontalHeaderLabels({ tr("Time"), tr("Action"), tr("Why") });
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAlternatingRowColors(true);
    for (const LeadHistoryEntry &outcome : details->history) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, 0, new QTableWidgetItem(timeText(outcome.at)));
        m_history->setItem(row, 1, new QTableWidgetItem(Labels::outcomeText(outcome.action)));
        m_history->setItem(row, 2, new QTableWidgetItem(Labels::reasonText(outcome.reason, outcome.detail)));
    }
    m_history->resizeColumnsToContents();
    historyLayout->addWidget(m_history);
    m_layout->addWidget(historyBox, 1);

    auto *rawBox = new QGroupBox(tr("Raw data from Calltouch"), this);
    auto *rawLayout = new QVBoxLayout(rawBox);
    m_raw = new QPlainTextEdit(rawBox);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QJsonDocument doc = QJsonDocument::fromJson(details->rawJson.toUtf8());
    m_raw->setPlainText(
        doc.isNull() ? details->rawJson : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    rawLayout->addWidget(m_raw);
    m_layout->addWidget(rawBox, 2);

    QPushButton *resend = m_buttons->addButton(tr("Resend now"), QDialogButtonBox::ActionRole);
    connect(resend, &QPushButton::clicked, this, [this] { emit resendRequested(m_id); });
}

void DetailsDialog::buildOrder(Store *store)
{
    const std::optional<OrderRecord> r = DetailsQuery::order(store, m_id);
    if (!r)
        return;
    m_valid = true;
    setWindowTitle(tr("Order %1").arg(r->number));
    addRow(tr("Shop:"), Labels::referenceText(r->siteName, r->site))
        ->setToolTip(Labels::codeToolTip(r->site));
    addRow(tr("Customer:"), r->customerName);
    addRow(tr("Action:"), Labels::orderActionText(r->action));
    addRow(tr("Why:"), Labels::reasonText(r->reason));
    if (r->leadKind)
        addRow(tr("Lead:"), Labels::leadText(*r->leadKind, r->leadRemoteId));
    addRow(tr("Time:"), timeText(r->updatedAt));
}

void DetailsDialog::buildDeal(Store *store)
{
    const std::optional<DealDetails> details = DetailsQuery::deal(store, m_id);
    if (!details)
        return;
    m_valid = true;
    const DealRecord &r = details->row;
    setWindowTitle(tr("Deal of order %1").arg(r.orderNumber));
    addRow(tr("Shop:"), Labels::referenceText(r.siteName, r.site))->setToolTip(Labels::codeToolTip(r.site));
    addRow(tr("Status:"), Labels::referenceText(r.statusName, r.status))
        ->setToolTip(Labels::codeToolTip(r.status));
    addRow(tr("Revenue:"), QLocale().toString(r.revenue.toDouble(), 'f', 2));
    addRow(tr("Manager:"), r.manager);
    addRow(tr("Customer contact:"), joined({ details->phone, details->email }));
    addRow(tr("Lead:"), Labels::bindingText(r.bindingKind, r.bindingLeadId));
    addRow(tr("How it was bound:"), r.bindingNote);
    addRow(tr("State:"), Labels::dealStateText(r.state));
    addRow(tr("Calltouch deal:"), details->calltouchDealId);
    addRow(tr("Last pushed:"), timeText(r.lastPushedAt));
    addRow(tr("Attempts:"), QString::number(r.attempts));
    addRow(tr("Error:"), r.error);
    QPushButton *retry = m_buttons->addButton(tr("Retry now"), QDialogButtonBox::ActionRole);
    connect(retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_id); });
}

void DetailsDialog::buildError(Store *store)
{
    const std::optional<ErrorRecord> r = DetailsQuery::error(store, m_id);
    if (!r)
        return;
    m_valid = true;
    setWindowTitle(tr("Error: %1").arg(Labels::itemText(r->item)));
    addRow(tr("Time:"), timeText(r->at));
    addRow(tr("Direction:"), Labels::directionText(r->direction));
    addRow(tr("Item:"), Labels::itemText(r->item));
    addRow(tr("Message:"), r->message);
    addRow(tr("Attempts:"), QString::number(r->attempts));
    addRow(tr("Next retry:"), timeText(r->nextRetryAt));
    addRow(tr("Resolved:"), r->resolved ? tr("Yes") : tr("No"));
}

} // namespace LeadBridge
