#include "orderoptionswidget.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace LeadBridge {

using Calltouch::Lead;

namespace {
    constexpr Lead::Kind kKinds[] = { Lead::Kind::Call, Lead::Kind::Request, Lead::Kind::Chat };

    int indexOfKind(Lead::Kind kind)
    {
        return kind == Lead::Kind::Call ? 0 : kind == Lead::Kind::Request ? 1 : 2;
    }

    /// Selects the item whose data is @p value; adds one named @p fallbackText when there is none.
    void selectData(QComboBox *combo, const QVariant &value, const QString &fallbackText)
    {
        int index = combo->findData(value);
        if (index < 0) {
            combo->addItem(fallbackText, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    }

    /// A sample lead of the kind, for the live example.
    Sync::NameValues sampleValues(Lead::Kind kind)
    {
        Sync::NameValues values;
        values.phone = QStringLiteral("+79991234567");
        if (kind == Lead::Kind::Request) {
            values.name = QStringLiteral("Иван");
            values.subject = QStringLiteral("Обратный звонок");
        } else if (kind == Lead::Kind::Chat) {
            values.name = QStringLiteral("Ольга");
            values.email = QStringLiteral("olga@example.ru");
        }
        return values;
    }
} // namespace

OrderOptionsWidget::OrderOptionsWidget(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_placeholders(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_placeholders);
    for (const Lead::Kind kind : kKinds)
        buildPage(kind);
    load(Sync::OrderOptions::defaults());
    retranslate();
}

OrderOptionsWidget::KindPage &OrderOptionsWidget::page(Lead::Kind kind)
{
    return m_pages[indexOfKind(kind)];
}

const OrderOptionsWidget::KindPage &OrderOptionsWidget::page(Lead::Kind kind) const
{
    return m_pages[indexOfKind(kind)];
}

void OrderOptionsWidget::buildPage(Lead::Kind kind)
{
    KindPage &p = page(kind);
    p.page = new QWidget(m_tabs);
    auto *form = new QFormLayout(p.page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    p.method = new QComboBox(p.page);
    p.type = new QComboBox(p.page);
    p.manager = new QComboBox(p.page);
    p.nameTemplate = new QLineEdit(p.page);
    p.example = new QLabel(p.page);
    p.example->setWordWrap(true);
    p.example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    p.methodLabel = new QLabel(p.page);
    p.typeLabel = new QLabel(p.page);
    p.managerLabel = new QLabel(p.page);
    p.templateLabel = new QLabel(p.page);
    for (auto [label, field] : { std::pair<QLabel *, QWidget *> { p.methodLabel, p.method },
             { p.typeLabel, p.type }, { p.managerLabel, p.manager }, { p.templateLabel, p.nameTemplate } }) {
        label->setBuddy(field);
        form->addRow(label, field);
    }
    form->addRow(QString(), p.example);
    m_tabs->addTab(p.page, QString());
    fillCombos(p);
    connect(p.nameTemplate, &QLineEdit::textChanged, this, [this, kind] {
        updateExample(kind);
        emit validityChanged();
    });
}

void OrderOptionsWidget::fillCombos(KindPage &p)
{
    const QVariant method = p.method->currentData();
    const QVariant type = p.type->currentData();
    const QVariant manager = p.manager->currentData();
    p.method->clear();
    p.type->clear();
    p.manager->clear();
    p.method->addItem(tr("The CRM's default"), QString());
    p.type->addItem(tr("The CRM's default"), QString());
    p.manager->addItem(tr("None: the CRM's distribution decides"), qint64(0));
    const auto addEntries = [](QComboBox *combo, const QList<RetailCrm::ReferenceEntry> &entries) {
        for (const RetailCrm::ReferenceEntry &entry : entries) {
            if (!entry.active)
                continue;
            combo->addItem(entry.name, entry.code);
            combo->setItemData(combo->count() - 1, entry.code, Qt::ToolTipRole);
        }
    };
    addEntries(p.method, m_books.methods);
    addEntries(p.type, m_books.types);
    for (const RetailCrm::User &user : std::as_const(m_books.users)) {
        if (!user.active)
            continue;
        const QString name = user.fullName().isEmpty() ? user.email : user.fullName();
        p.manager->addItem(name, user.id);
        p.manager->setItemData(p.manager->count() - 1, user.email, Qt::ToolTipRole);
    }
    if (method.isValid())
        selectData(p.method, method, method.toString());
    if (type.isValid())
        selectData(p.type, type, type.toString());
    if (manager.isValid())
        selectData(p.manager, manager, tr("User %1").arg(manager.toLongLong()));
}

void OrderOptionsWidget::load(const Sync::OrderOptions &options)
{
    m_loaded = options;
    for (const Lead::Kind kind : kKinds) {
        KindPage &p = page(kind);
        const Sync::KindOrderOptions &of = options.of(kind);
        selectData(p.method, of.orderMethod, of.orderMethod);
        selectData(p.type, of.orderType, of.orderType);
        selectData(p.manager, of.managerId, tr("User %1").arg(of.managerId));
        p.nameTemplate->setText(
            of.nameTemplate.isEmpty() ? Sync::defaultNameTemplate(kind) : of.nameTemplate);
        updateExample(kind);
    }
}

Sync::OrderOptions OrderOptionsWidget::options() const
{
    Sync::OrderOptions options = Sync::OrderOptions::defaults();
    for (const Lead::Kind kind : kKinds) {
        const KindPage &p = page(kind);
        Sync::KindOrderOptions &of = options.of(kind);
        of.orderMethod = p.method->currentData().toString();
        of.orderType = p.type->currentData().toString();
        of.managerId = p.manager->currentData().toLongLong();
        const QString text = p.nameTemplate->text().trimmed();
        of.nameTemplate = text.isEmpty() ? Sync::defaultNameTemplate(kind) : text;
    }
    return options;
}

void OrderOptionsWidget::setReferenceBooks(const RetailCrm::OrderBooks &books)
{
    m_books = books;
    for (KindPage &p : m_pages)
        fillCombos(p);
}

bool OrderOptionsWidget::isValid() const
{
    for (const KindPage &p : m_pages) {
        if (!Sync::unknownPlaceholders(p.nameTemplate->text()).isEmpty())
            return false;
    }
    return true;
}

QComboBox *OrderOptionsWidget::methodCombo(Lead::Kind kind) const
{
    return page(kind).method;
}

QComboBox *OrderOptionsWidget::typeCombo(Lead::Kind kind) const
{
    return page(kind).type;
}

QComboBox *OrderOptionsWidget::managerCombo(Lead::Kind kind) const
{
    return page(kind).manager;
}

QLineEdit *OrderOptionsWidget::templateEdit(Lead::Kind kind) const
{
    return page(kind).nameTemplate;
}

QLabel *OrderOptionsWidget::exampleLabel(Lead::Kind kind) const
{
    return page(kind).example;
}

void OrderOptionsWidget::updateExample(Lead::Kind kind)
{
    KindPage &p = page(kind);
    const QStringList unknown = Sync::unknownPlaceholders(p.nameTemplate->text());
    if (!unknown.isEmpty()) {
        p.example->setText(tr("Unknown placeholder: %1. Use only the ones listed below.")
                               .arg(unknown.join(QStringLiteral(", "))));
        return;
    }
    const QString example = Sync::fillNameTemplate(p.nameTemplate->text(), kind, sampleValues(kind));
    p.example->setText(tr("Example: %1").arg(example));
}

void OrderOptionsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrderOptionsWidget::retranslate()
{
    m_tabs->setTabText(indexOfKind(Lead::Kind::Call), tr("Calls"));
    m_tabs->setTabText(indexOfKind(Lead::Kind::Request), tr("Requests"));
    m_tabs->setTabText(indexOfKind(Lead::Kind::Chat), tr("Chats"));
    for (const Lead::Kind kind : kKinds) {
        KindPage &p = page(kind);
        p.methodLabel->setText(tr("Order &method:"));
        p.typeLabel->setText(tr("Order &type:"));
        p.managerLabel->setText(tr("Responsible mana&ger:"));
        p.templateLabel->setText(tr("New customer's &name:"));
        p.method->setItemText(0, tr("The CRM's default"));
        p.type->setItemText(0, tr("The CRM's default"));
        p.manager->setItemText(0, tr("None: the CRM's distribution decides"));
        p.nameTemplate->setToolTip(tr("Used only when no customer with the lead's contact exists."));
        updateExample(kind);
    }
    QStringList lines;
    for (const QString &placeholder : Sync::namePlaceholders())
        lines << QStringLiteral("%1 — %2").arg(placeholder, Sync::namePlaceholderText(placeholder));
    m_placeholders->setText(tr("Placeholders in the name: %1").arg(lines.join(QStringLiteral("; "))));
}

} // namespace LeadBridge
