#include "fieldspage.h"

#include <QGridLayout>
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
    , m_retry(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(m_grid);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(18);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &FieldsPage::start);
    retranslate();
}

void FieldsPage::initializePage()
{
    start();
}

void FieldsPage::cleanupPage()
{
    delete m_context;
    m_context = nullptr;
}

void FieldsPage::start()
{
    delete m_context;
    m_context = new QObject(this);
    const QList<RetailCrm::CustomField> fields = Sync::requiredCustomFields();
    while (m_names.size() < fields.size()) {
        const int row = int(m_names.size());
        m_names << new QLabel(this);
        m_results << new QLabel(this);
        m_results.last()->setWordWrap(true);
        m_grid->addWidget(m_names.last(), row, 0);
        m_grid->addWidget(m_results.last(), row, 1);
    }
    m_states = QList<State>(fields.size(), State::Waiting);
    m_errors = QStringList(int(fields.size()), QString());
    m_retry->hide();
    for (int row = 0; row < fields.size(); ++row)
        showRow(row);
    emit completeChanged();
    next(0);
}

void FieldsPage::next(int row)
{
    const QList<RetailCrm::CustomField> fields = Sync::requiredCustomFields();
    if (row >= fields.size()) {
        m_retry->setVisible(m_states.contains(State::Failed));
        emit completeChanged();
        return;
    }
    m_states[row] = State::Working;
    showRow(row);
    setupWizard()->backend()->ensureCustomField(setupWizard()->retailCrmUrl(),
        setupWizard()->retailCrmApiKey(), fields.at(row), m_context,
        [this, row](bool created, const ApiError &error) {
            if (error.isOk()) {
                m_states[row] = created ? State::Created : State::Existed;
            } else {
                m_states[row] = State::Failed;
                m_errors[row] = error.userMessage();
            }
            showRow(row);
            next(row + 1);
        });
}

QString FieldsPage::resultText(int row) const
{
    switch (m_states.value(row)) {
    case State::Waiting:
        return tr("Waiting");
    case State::Working:
        return tr("Creating…");
    case State::Created:
        return tr("Created");
    case State::Existed:
        return tr("Already existed, reused");
    case State::Failed:
        return tr("Error: %1").arg(m_errors.value(row));
    }
    return {};
}

void FieldsPage::showRow(int row)
{
    const QList<RetailCrm::CustomField> fields = Sync::requiredCustomFields();
    if (row >= m_names.size() || row >= fields.size())
        return;
    m_names.at(row)->setText(fields.at(row).name);
    m_results.at(row)->setText(resultText(row));
    const State state = m_states.value(row);
    m_results.at(row)->setStyleSheet(state == State::Failed
            ? QStringLiteral("color: #a31515;")
            : (state == State::Created || state == State::Existed ? QStringLiteral("color: #1e6b2e;")
                                                                  : QStringLiteral("color: #6b6b6b;")));
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
    m_intro->setText(tr("Fields that already exist with the same code are reused, so running this again is "
                        "safe."));
    m_retry->setText(tr("Try again"));
    for (int row = 0; row < m_names.size(); ++row)
        showRow(row);
}

} // namespace LeadBridge
