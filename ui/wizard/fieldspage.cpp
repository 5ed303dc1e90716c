#include "fieldspage.h"

#include <algorithm>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "rules/customfieldset.h"
#include "setupbackend.h"
#include "setupwizard.h"
#include "wrappedlabel.h"

namespace LeadBridge {

FieldsPage::FieldsPage(SetupWizard *wizard)
    : SetupPage(wizard)
    , m_intro(wrappedLabel(this))
    , m_grid(new QGridLayout)
    , m_problem(wrappedLabel(this))
    , m_create(new QPushButton(this))
    , m_retry(new QPushButton(this))
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(m_grid);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addStretch(1);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(3, 1);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(2);
    for (int column = 0; column < 4; ++column) {
        m_header << new QLabel(this);
        QFont bold = m_header.last()->font();
        bold.setBold(true);
        m_header.last()->setFont(bold);
        m_grid->addWidget(m_header.last(), 0, column);
    }
    m_problem->setStyleSheet(QStringLiteral("color: #a31515;"));
    m_problem->hide();
    m_create->setObjectName(QStringLiteral("createFields"));
    m_retry->hide();
    connect(m_create, &QPushButton::clicked, this, &FieldsPage::create);
    connect(m_retry, &QPushButton::clicked, this, &FieldsPage::readExisting);
    retranslate();
}

void FieldsPage::initializePage()
{
    readExisting();
}

void FieldsPage::cleanupPage()
{
    delete m_context;
    m_context = nullptr;
}

void FieldsPage::readExisting()
{
    delete m_context;
    m_context = new QObject(this);
    m_fields = Sync::requiredCustomFields();
    while (m_rows.size() < m_fields.size()) {
        const int row = int(m_rows.size()) + 1;
        QList<QLabel *> labels;
        for (int column = 0; column < 4; ++column) {
            labels << new QLabel(this);
            m_grid->addWidget(labels.last(), row, column);
        }
        labels.at(1)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        labels.at(3)->setWordWrap(true);
        m_rows << labels;
    }
    m_states = QList<State>(m_fields.size(), State::Waiting);
    m_errors = QStringList(int(m_fields.size()), QString());
    m_readError.clear();
    for (int row = 0; row < m_fields.size(); ++row)
        showRow(row);
    updateButtons();
    // Read only: which fields the account has. Nothing is written before Create.
    setupWizard()->backend()->listCustomFields(setupWizard()->retailCrmUrl(),
        setupWizard()->retailCrmApiKey(), m_context,
        [this](const QList<RetailCrm::CustomField> &existing, const ApiError &error) {
            if (!error.isOk()) {
                m_readError = error.userMessage();
                updateButtons();
                return;
            }
            for (int row = 0; row < m_fields.size(); ++row) {
                const bool found = std::any_of(existing.cbegin(), existing.cend(),
                    [&](const RetailCrm::CustomField &field) { return field.code == m_fields.at(row).code; });
                m_states[row] = found ? State::Existed : State::Missing;
                showRow(row);
            }
            updateButtons();
            emit completeChanged();
        });
}

void FieldsPage::create()
{
    if (!m_context)
        m_context = new QObject(this);
    for (int row = 0; row < m_states.size(); ++row) {
        if (m_states.at(row) == State::Failed)
            m_states[row] = State::Missing;
    }
    createNext(0);
}

void FieldsPage::createNext(int row)
{
    while (row < m_states.size() && m_states.at(row) != State::Missing)
        ++row;
    if (row >= m_states.size()) {
        updateButtons();
        emit completeChanged();
        return;
    }
    m_states[row] = State::Working;
    showRow(row);
    updateButtons();
    setupWizard()->backend()->ensureCustomField(setupWizard()->retailCrmUrl(),
        setupWizard()->retailCrmApiKey(), m_fields.at(row), m_context,
        [this, row](bool created, const ApiError &error) {
            if (error.isOk()) {
                m_states[row] = created ? State::Created : State::Existed;
            } else {
                m_states[row] = State::Failed;
                m_errors[row] = error.userMessage();
            }
            showRow(row);
            createNext(row + 1);
        });
}

QString FieldsPage::resultText(int row) const
{
    switch (m_states.value(row)) {
    case State::Waiting:
        return tr("Checking…");
    case State::Missing:
        return tr("Will be created");
    case State::Working:
        return tr("Creating…");
    case State::Created:
        return tr("Created");
    case State::Existed:
        return tr("Exists, reused");
    case State::Failed:
        return tr("Error: %1").arg(m_errors.value(row));
    }
    return {};
}

QString FieldsPage::typeText(const QString &type)
{
    if (type == QLatin1String("string"))
        return tr("Text (string)");
    if (type == QLatin1String("integer"))
        return tr("Number (integer)");
    return type;
}

void FieldsPage::showRow(int row)
{
    if (row >= m_rows.size() || row >= m_fields.size())
        return;
    const QList<QLabel *> &labels = m_rows.at(row);
    labels.at(0)->setText(m_fields.at(row).name);
    labels.at(1)->setText(m_fields.at(row).code);
    labels.at(2)->setText(typeText(m_fields.at(row).type));
    labels.at(3)->setText(resultText(row));
    const State state = m_states.value(row);
    QString color = QStringLiteral("#6b6b6b");
    if (state == State::Failed)
        color = QStringLiteral("#a31515");
    else if (state == State::Created || state == State::Existed)
        color = QStringLiteral("#1e6b2e");
    else if (state == State::Missing)
        color = QStringLiteral("#7a4d00");
    labels.at(3)->setStyleSheet(QStringLiteral("color: %1;").arg(color));
}

void FieldsPage::updateButtons()
{
    const int missing = int(m_states.count(State::Missing) + m_states.count(State::Failed));
    const bool working = m_states.contains(State::Working);
    m_create->setText(tr("Create %n field(s) in retailCRM", nullptr, missing));
    m_create->setVisible(missing > 0 || working);
    m_create->setEnabled(missing > 0 && !working);
    m_retry->setVisible(!m_readError.isEmpty());
    QString problem;
    if (!m_readError.isEmpty())
        problem = tr("Could not read the account's custom fields: %1").arg(m_readError);
    else if (missing > 0 && !working)
        problem = tr("Next is available once the missing fields exist: press Create.");
    m_problem->setText(problem);
    m_problem->setStyleSheet(
        m_readError.isEmpty() ? QStringLiteral("color: #6b6b6b;") : QStringLiteral("color: #a31515;"));
    m_problem->setVisible(!problem.isEmpty());
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

void FieldsPage::retranslate()
{
    setTitle(tr("Custom order fields"));
    setSubTitle(tr("LeadBridge keeps the Calltouch IDs and UTM tags of each lead in these order fields."));
    m_intro->setText(tr("These fields are added to the orders of your retailCRM account. Nothing is written "
                        "until you press Create; fields that already exist with the same code are reused."));
    m_header.at(0)->setText(tr("Field"));
    m_header.at(1)->setText(tr("Code"));
    m_header.at(2)->setText(tr("Type"));
    m_header.at(3)->setText(tr("In your account"));
    m_retry->setText(tr("Try again"));
    m_fields = Sync::requiredCustomFields(); // the names in the new language
    for (int row = 0; row < m_rows.size(); ++row)
        showRow(row);
    updateButtons();
}

} // namespace LeadBridge
