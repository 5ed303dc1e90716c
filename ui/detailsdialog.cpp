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
#include "problemdetails.h"
#include "rules/dealbinding.h"
#include "store/queries/detailsquery.h"
#include "util/formats.h"
#include "util/problemtext.h"

namespace LeadBridge {
namespace {

    QString timeText(qint64 ms)
    {
        return Formats::dateTimeFromUtcMs(ms);
    }

    /// A revenue as money ("12 345,50 ₽"); the stored text when it is no number.
    QString revenueText(const QString &stored)
    {
        bool ok = false;
        const double revenue = stored.toDouble(&ok);
        return ok ? Formats::money(revenue, QStringLiteral("RUB"), QLocale(), 2) : stored;
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
    , m_store(store)
    , m_kind(kind)
    , m_id(id)
{
    m_layout = new QVBoxLayout(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Close is the default: Enter never resends or retries.
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setDefault(true);
    if (kind == Kind::Lead) {
        m_resend = m_buttons->addButton(tr("Resend now…"), QDialogButtonBox::ActionRole);
        m_resend->setAutoDefault(false);
        connect(m_resend, &QPushButton::clicked, this, [this] { emit resendRequested(m_id); });
    } else if (kind == Kind::Deal) {
        m_retry = m_buttons->addButton(tr("Retry now"), QDialogButtonBox::ActionRole);
        m_retry->setAutoDefault(false);
        connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_id); });
    }
    build();
    m_layout->addWidget(m_buttons);
    resize(720, m_raw || m_history ? 640 : 360);
}

qint64 DetailsDialog::leadId() const
{
    return m_kind == Kind::Lead || m_kind == Kind::Order ? m_id : 0;
}

void DetailsDialog::build()
{
    m_content = new QWidget(this);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_contentLayout->addLayout(m_form);
    m_raw = nullptr;
    m_history = nullptr;
    m_valid = false;
    switch (m_kind) {
    case Kind::Lead:
        buildLead(m_store);
        break;
    case Kind::Order:
        buildOrder(m_store);
        break;
    case Kind::Deal:
        buildDeal(m_store);
        break;
    case Kind::Error:
        buildError(m_store);
        break;
    }
    m_layout->insertWidget(0, m_content, 1);
}

void DetailsDialog::reload()
{
    QWidget *old = m_content;
    old->hide();
    build();
    delete old;
}

QLabel *DetailsDialog::addRow(const QString &label, const QString &value)
{
    auto *field = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_content);
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
    addRow(tr("Why:"), Labels::reasonText(r.reason, r.failure));
    addRow(tr("Order:"), r.orderNumber);
    // Every attempt is a history entry (first run, retries, resends).
    addRow(tr("Attempts:"), QString::number(details->history.size()));
    addWaiting(r);

    auto *historyBox = new QGroupBox(tr("Attempts"), m_content);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new QTableWidget(0, 4, historyBox);
    m_history->setHorizontalHeaderLabels({ tr("Time"), tr("Result"), tr("Order"), tr("Why") });
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(true);
    for (const LeadHistoryEntry &outcome : details->history) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        const QString why = outcome.reason == Db::LeadReason::AlreadyInOrder
            ? tr("Already in order %1 (by this lead): nothing was changed.").arg(outcome.orderNumber)
            : Labels::reasonText(outcome.reason, outcome.failure);
        const bool recheck = outcome.reason == Db::LeadReason::AlreadyInOrder;
        const QString result =
            recheck ? tr("Checked again: in its order") : Labels::outcomeText(outcome.action);
        const QString cells[] = { timeText(outcome.at), result, outcome.orderNumber, why };
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_history->setItem(row, column, item);
        }
    }
    m_history->resizeColumnsToContents();
    m_history->scrollToBottom();
    historyLayout->addWidget(m_history);
    m_contentLayout->addWidget(historyBox, 1);

    auto *rawBox = new QGroupBox(tr("Raw data from Calltouch"), m_content);
    auto *rawLayout = new QVBoxLayout(rawBox);
    m_raw = new QPlainTextEdit(rawBox);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QJsonDocument doc = QJsonDocument::fromJson(details->rawJson.toUtf8());
    m_raw->setPlainText(
        doc.isNull() ? details->rawJson : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    rawLayout->addWidget(m_raw);
    m_contentLayout->addWidget(rawBox, 2);
}

void DetailsDialog::addWaiting(const LeadRecord &r)
{
    // A lead that waits: when it will be sent, and why it waits.
    if (r.state == Db::LeadState::Waiting) {
        const bool retry = r.nextAttemptAt > 0;
        addRow(tr("Will be sent:"), retry ? timeText(r.nextAttemptAt) : tr("with the next sync"));
        addRow(tr("Why it waits:"),
            retry ? tr("An earlier attempt failed; it is tried again at this time.")
                  : tr("New leads are sent by the next sync cycle, once the delay after the call or request "
                       "has passed (Calltouch completes the lead's data meanwhile)."));
    } else if (r.state == Db::LeadState::Failed) {
        const bool automatic = r.nextAttemptAt > 0 && r.nextAttemptAt != Db::kNoAutomaticRetry;
        addRow(tr("Will be sent:"), automatic ? timeText(r.nextAttemptAt) : tr("only when you resend it"));
        addRow(tr("Why it waits:"),
            automatic ? tr("The last attempt failed; it is tried again automatically at this time.")
                      : tr("Waiting cannot help (the data must be corrected first): it is not tried again "
                           "by itself."));
    }
}

void DetailsDialog::buildOrder(Store *store)
{
    const std::optional<OrderDetails> details = DetailsQuery::order(store, m_id);
    if (!details)
        return;
    m_valid = true;
    const OrderRecord &r = details->row;
    setWindowTitle(tr("Order %1").arg(r.number));
    addRow(tr("Shop:"), Labels::referenceText(r.siteName, r.site))->setToolTip(Labels::codeToolTip(r.site));
    addRow(tr("Customer:"), r.customerName);
    addRow(tr("Action:"), Labels::orderActionText(r.action));
    addRow(tr("Why:"), Labels::reasonText(r.reason));
    if (r.leadKind)
        addRow(tr("Lead:"), Labels::leadText(*r.leadKind, r.leadRemoteId));
    addRow(tr("Phone:"), details->phone);
    addRow(tr("E-mail:"), details->email);
    QStringList utm;
    const std::pair<const char *, QString> utmFields[] = { { "utm_source", details->utmSource },
        { "utm_medium", details->utmMedium }, { "utm_campaign", details->utmCampaign },
        { "utm_content", details->utmContent }, { "utm_term", details->utmTerm } };
    for (const auto &[field, value] : utmFields) {
        if (!value.isEmpty())
            utm << QStringLiteral("%1=%2").arg(QLatin1String(field), value);
    }
    addRow(tr("UTM:"), utm.join(QStringLiteral("  ")));
    addRow(tr("Time:"), timeText(r.updatedAt));
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
    addRow(tr("Revenue:"), revenueText(r.revenue));
    addRow(tr("Manager:"), r.manager);
    addRow(tr("Customer contact:"), joined({ details->phone, details->email }));
    addRow(tr("Lead:"), Labels::bindingText(r.bindingKind, r.bindingLeadId));
    addRow(tr("How it was bound:"), Sync::bindingNote(Sync::DealBinding { r.bindingKind, r.bindingLeadId }));
    addRow(tr("State:"), Labels::dealStateText(r.state));
    addRow(tr("Calltouch deal:"), details->calltouchDealId);
    addRow(tr("Last pushed:"), timeText(r.lastPushedAt));
    addRow(tr("Attempts:"), QString::number(r.attempts));
    addRow(tr("Error:"), r.error.isEmpty() ? QString() : ProblemText::sentence(r.error));
    if (!r.error.isEmpty()) {
        addRow(tr("What to do:"), ProblemText::remedy(r.error));
        m_form->addRow(QString(), new ProblemDetails(r.error, this));
    }
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
    addRow(tr("Message:"), ProblemText::sentence(r->problem));
    addRow(tr("What to do:"), ProblemText::remedy(r->problem));
    m_form->addRow(QString(), new ProblemDetails(r->problem, this));
    addRow(tr("Attempts:"), QString::number(r->attempts));
    addRow(tr("Next retry:"), timeText(r->nextRetryAt));
    addRow(tr("Resolved:"), r->resolved ? tr("Yes") : tr("No"));
    // The fix, as the banner offers it for errors that stop the sync; here for every error that has one
    // (a busy chat receiver's port: Settings, at the chat receiver).
    m_fixKind = ProblemText::fix(r->problem);
    if (!m_fix) {
        m_fix = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        m_fix->setObjectName(QStringLiteral("fix"));
        m_fix->setAutoDefault(false);
        connect(m_fix, &QPushButton::clicked, this, [this] { emit fixRequested(m_fixKind); });
    }
    m_fix->setText(ProblemText::fixLabel(m_fixKind));
    m_fix->setVisible(m_fixKind != ProblemText::Fix::None && !r->resolved);
}

} // namespace LeadBridge
