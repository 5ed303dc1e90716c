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
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/labels.h"
#include "store/store.h"

namespace LeadBridge {
namespace {

    QString timeText(const QVariant &ms)
    {
        if (ms.isNull() || ms.toLongLong() <= 0)
            return {};
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toLocalTime(), QLocale::ShortFormat);
    }

    QSqlRecord fetchOne(Store *store, const QString &sql, const QVariantList &binds)
    {
        if (!store || !store->isOpen())
            return {};
        QSqlQuery q(store->database());
        q.prepare(sql);
        for (const QVariant &bind : binds)
            q.addBindValue(bind);
        if (q.exec() && q.next())
            return q.record();
        return {};
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

void DetailsDialog::addRow(const QString &label, const QString &value)
{
    auto *field = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, this);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    m_form->addRow(label, field);
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
    const QSqlRecord r = fetchOne(store,
        QStringLiteral("SELECT kind, remote_id, occurred_at, phone, email, name, subject,"
                       " utm_source, utm_medium, utm_campaign, utm_content, utm_term,"
                       " raw_json, state, action, reason, order_number, attempts,"
                       " next_attempt_at FROM leads WHERE id=?"),
        { m_id });
    if (r.isEmpty())
        return;
    m_valid = true;
    const QString kindText = Labels::kindText(r.value(QStringLiteral("kind")).toString());
    setWindowTitle(
        tr("%1 %2", "lead kind and id").arg(kindText, r.value(QStringLiteral("remote_id")).toString()));
    addRow(tr("Time:"), timeText(r.value(QStringLiteral("occurred_at"))));
    addRow(tr("Contact:"),
        QStringList { r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("phone")).toString(),
            r.value(QStringLiteral("email")).toString() }
            .filter(QRegularExpression(QStringLiteral(".")))
            .join(QStringLiteral(", ")));
    if (!r.value(QStringLiteral("subject")).toString().isEmpty())
        addRow(tr("Form:"), r.value(QStringLiteral("subject")).toString());
    QStringList utm;
    for (const char *field : { "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term" }) {
        const QString value = r.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            utm << QStringLiteral("%1=%2").arg(QLatin1String(field), value);
    }
    addRow(tr("UTM:"), utm.join(QStringLiteral("  ")));
    addRow(tr("What happened:"),
        Labels::leadStateText(r.value(QStringLiteral("state")).toString(),
            r.value(QStringLiteral("action")).toString(),
            r.value(QStringLiteral("next_attempt_at")).toLongLong()));
    addRow(tr("Why:"), Labels::reasonText(r.value(QStringLiteral("reason")).toString()));
    addRow(tr("Order:"), r.value(QStringLiteral("order_number")).toString());
    addRow(tr("Attempts:"), QString::number(r.value(QStringLiteral("attempts")).toInt()));

    auto *historyBox = new QGroupBox(tr("History"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new QTableWidget(0, 3, historyBox);
    m_history->setHorizontalHeaderLabels({ tr("Time"), tr("Action"), tr("Why") });
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAlternatingRowColors(true);
    QSqlQuery q(store->database());
    q.prepare(QStringLiteral("SELECT at, action, reason FROM lead_outcomes WHERE lead_id=? ORDER BY at, id"));
    q.addBindValue(m_id);
    if (q.exec()) {
        while (q.next()) {
            const int row = m_history->rowCount();
            m_history->insertRow(row);
            m_history->setItem(row, 0, new QTableWidgetItem(timeText(q.value(0))));
            const QString action = q.value(1).toString();
            const bool plainState = action == QLatin1String("failed") || action == QLatin1String("skipped")
                || action == QLatin1String("no_contact") || action == QLatin1String("waiting");
            m_history->setItem(row, 1,
                new QTableWidgetItem(plainState ? Labels::leadStateText(action, QString(), 0)
                                                : Labels::leadStateText(QStringLiteral("done"), action, 0)));
            m_history->setItem(row, 2, new QTableWidgetItem(Labels::reasonText(q.value(2).toString())));
        }
    }
    m_history->resizeColumnsToContents();
    historyLayout->addWidget(m_history);
    m_layout->addWidget(historyBox, 1);

    auto *rawBox = new QGroupBox(tr("Raw data from Calltouch"), this);
    auto *rawLayout = new QVBoxLayout(rawBox);
    m_raw = new QPlainTextEdit(rawBox);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QJsonDocument doc = QJsonDocument::fromJson(r.value(QStringLiteral("raw_json")).toByteArray());
    m_raw->setPlainText(doc.isNull() ? r.value(QStringLiteral("raw_json")).toString()
                                     : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    rawLayout->addWidget(m_raw);
    m_layout->addWidget(rawBox, 2);

    QPushButton *resend = m_buttons->addButton(tr("Resend now"), QDialogButtonBox::ActionRole);
    connect(resend, &QPushButton::clicked, this, [this] { emit resendRequested(m_id); });
}

void DetailsDialog::buildOrder(Store *store)
{
    const QSqlRecord r = fetchOne(store,
        QStringLiteral("SELECT o.number, o.site, o.customer_name, o.action, o.reason, o.updated_at, l.kind,"
                       " l.remote_id FROM orders o LEFT JOIN leads l ON l.id = o.lead_id WHERE o.order_id=?"),
        { m_id });
    if (r.isEmpty())
        return;
    m_valid = true;
    setWindowTitle(tr("Order %1").arg(r.value(QStringLiteral("number")).toString()));
    addRow(tr("Shop:"), r.value(QStringLiteral("site")).toString());
    addRow(tr("Customer:"), r.value(QStringLiteral("customer_name")).toString());
    addRow(tr("Action:"), Labels::orderActionText(r.value(QStringLiteral("action")).toString()));
    addRow(tr("Why:"), Labels::reasonText(r.value(QStringLiteral("reason")).toString()));
    if (!r.value(QStringLiteral("kind")).isNull())
        addRow(tr("Lead:"),
            tr("%1 %2", "lead kind and id")
                .arg(Labels::kindText(r.value(QStringLiteral("kind")).toString()),
                    r.value(QStringLiteral("remote_id")).toString()));
    addRow(tr("Time:"), timeText(r.value(QStringLiteral("updated_at"))));
}

void DetailsDialog::buildDeal(Store *store)
{
    const QSqlRecord r = fetchOne(store,
        QStringLiteral("SELECT order_number, site, status, revenue, manager, phone, email,"
                       " (binding_kind || CASE WHEN binding_lead_id <> '' THEN ':' || binding_lead_id ELSE '' END) AS binding, binding_note, state, last_pushed_at, error, attempts,"
                       " calltouch_deal_id FROM deals WHERE order_id=?"),
        { m_id });
    if (r.isEmpty())
        return;
    m_valid = true;
    setWindowTitle(tr("Deal of order %1").arg(r.value(QStringLiteral("order_number")).toString()));
    addRow(tr("Shop:"), r.value(QStringLiteral("site")).toString());
    addRow(tr("Status:"), r.value(QStringLiteral("status")).toString());
    addRow(
        tr("Revenue:"), QLocale().toString(r.value(QStringLiteral("revenue")).toString().toDouble(), 'f', 2));
    addRow(tr("Manager:"), r.value(QStringLiteral("manager")).toString());
    addRow(tr("Customer contact:"),
        QStringList {
            r.value(QStringLiteral("phone")).toString(), r.value(QStringLiteral("email")).toString() }
            .filter(QRegularExpression(QStringLiteral(".")))
            .join(QStringLiteral(", ")));
    addRow(tr("Lead:"), Labels::bindingText(r.value(QStringLiteral("binding")).toString()));
    addRow(tr("How it was bound:"), r.value(QStringLiteral("binding_note")).toString());
    addRow(tr("State:"), Labels::dealStateText(r.value(QStringLiteral("state")).toString()));
    addRow(tr("Calltouch deal:"), r.value(QStringLiteral("calltouch_deal_id")).toString());
    addRow(tr("Last pushed:"), timeText(r.value(QStringLiteral("last_pushed_at"))));
    addRow(tr("Attempts:"), QString::number(r.value(QStringLiteral("attempts")).toInt()));
    addRow(tr("Error:"), r.value(QStringLiteral("error")).toString());
    QPushButton *retry = m_buttons->addButton(tr("Retry now"), QDialogButtonBox::ActionRole);
    connect(retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_id); });
}

void DetailsDialog::buildError(Store *store)
{
    const QSqlRecord r = fetchOne(store,
        QStringLiteral("SELECT at, direction, item, message, attempts, next_retry_at,"
                       " resolved FROM errors WHERE id=?"),
        { m_id });
    if (r.isEmpty())
        return;
    m_valid = true;
    setWindowTitle(tr("Error: %1").arg(Labels::itemText(r.value(QStringLiteral("item")).toString())));
    addRow(tr("Time:"), timeText(r.value(QStringLiteral("at"))));
    addRow(tr("Direction:"), Labels::directionText(r.value(QStringLiteral("direction")).toString()));
    addRow(tr("Item:"), Labels::itemText(r.value(QStringLiteral("item")).toString()));
    addRow(tr("Message:"), r.value(QStringLiteral("message")).toString());
    addRow(tr("Attempts:"), QString::number(r.value(QStringLiteral("attempts")).toInt()));
    addRow(tr("Next retry:"), timeText(r.value(QStringLiteral("next_retry_at"))));
    addRow(tr("Resolved:"), r.value(QStringLiteral("resolved")).toInt() ? tr("Yes") : tr("No"));
}

} // namespace LeadBridge
