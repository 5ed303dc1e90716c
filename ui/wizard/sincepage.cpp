#include "sincepage.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

#include "calltouchpage.h"
#include "settings/appsettings.h"
#include "setupbackend.h"
#include "setupwizard.h"
#include "wrappedlabel.h"

namespace LeadBridge {

SincePage::SincePage(SetupWizard *wizard)
    : SetupPage(wizard)
    , m_intro(wrappedLabel(this))
    , m_group(new QButtonGroup(this))
    , m_date(new QDateEdit(this))
    , m_count(wrappedLabel(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    for (int i = 0; i <= int(Choice::Date); ++i) {
        auto *button = new QRadioButton(this);
        m_group->addButton(button, i);
        m_choices << button;
        if (i == int(Choice::Date)) {
            auto *row = new QHBoxLayout;
            row->addWidget(button);
            row->addWidget(m_date);
            row->addStretch(1);
            layout->addLayout(row);
        } else {
            layout->addWidget(button);
        }
    }
    layout->addSpacing(10);
    layout->addWidget(m_count);
    layout->addStretch(1);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today());
    m_date->setDate(today().addDays(-7));
    m_date->setEnabled(false);
    m_count->setObjectName(QStringLiteral("leadCount"));
    m_choices.first()->setChecked(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &SincePage::count);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_date->setEnabled(id == int(Choice::Date));
        m_debounce->start();
        showCount();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_choices.last()->isChecked()) {
            m_debounce->start();
            showCount();
        }
    });
    retranslate();
}

QString SincePage::dateFormat()
{
    // A four-digit year in both languages; the translation picks the order people read there.
    return tr("d MMM yyyy", "date format of the import date (Qt QDate::toString)");
}

QDate SincePage::today()
{
    return QDate::currentDate();
}

void SincePage::initializePage()
{
    if (!m_loaded) {
        m_loaded = true;
        const QDate saved = setupWizard()->settings() ? setupWizard()->settings()->since() : QDate();
        if (saved.isValid() && saved < today()) {
            m_date->setDate(saved);
            setChoice(Choice::Date);
        }
    }
    count();
}

void SincePage::cleanupPage()
{
    delete m_context;
    m_context = nullptr;
}

QRadioButton *SincePage::choiceButton(Choice choice) const
{
    return m_choices.value(int(choice));
}

void SincePage::setChoice(Choice choice)
{
    m_choices.at(int(choice))->setChecked(true);
}

QDate SincePage::since() const
{
    switch (Choice(m_group->checkedId())) {
    case Choice::Today:
        return today();
    case Choice::Week:
        return today().addDays(-6);
    case Choice::Month:
        return today().addDays(-29);
    case Choice::Date:
        return m_date->date();
    }
    return today();
}

void SincePage::count()
{
    m_debounce->stop();
    delete m_context;
    m_context = new QObject(this);
    const QDate since = this->since();
    const auto *calltouch = qobject_cast<CalltouchPage *>(setupWizard()->page(SetupWizard::CalltouchPageId));
    showCount();
    setupWizard()->backend()->countLeads(ConnectionPage::normalizedUrl(calltouch->apiUrlEdit()->text()),
        calltouch->siteIdEdit()->text().trimmed(), calltouch->tokenEdit()->text().trimmed(), since, m_context,
        [this, since](int calls, int requests, const ApiError &error) {
            m_context->deleteLater();
            m_context = nullptr;
            m_countedSince = since;
            m_calls = calls;
            m_requests = requests;
            m_countError = error.isOk() ? QString() : error.userMessage();
            showCount();
        });
}

void SincePage::showCount()
{
    const QDate since = this->since();
    const QString day = QLocale().toString(since, dateFormat());
    if (m_context || m_countedSince != since) {
        m_count->setText(tr("Counting the leads in Calltouch since %1…").arg(day));
        m_count->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
        return;
    }
    if (!m_countError.isEmpty()) {
        m_count->setText(tr("Could not count the leads in Calltouch (%1). You can go on: the first sync "
                            "imports them anyway.")
                             .arg(m_countError));
        m_count->setStyleSheet(QStringLiteral("color: #a31515;"));
        return;
    }
    m_count->setStyleSheet(QString());
    m_count->setText(
        tr("Since %1 Calltouch has %2 and %3. The first sync sends them to retailCRM (chats "
           "arrive through the chat receiver and are not counted here).")
            .arg(day, tr("%n call(s)", nullptr, m_calls), tr("%n website request(s)", nullptr, m_requests)));
}

void SincePage::retranslate()
{
    m_date->setDisplayFormat(dateFormat());
    setTitle(tr("Import leads since"));
    setSubTitle(tr("Which of the leads Calltouch already has should become retailCRM orders?"));
    m_intro->setText(tr("Leads older than this date are never sent. New leads are always sent."));
    m_choices.at(int(Choice::Today))->setText(tr("Today"));
    m_choices.at(int(Choice::Week))->setText(tr("The last 7 days"));
    m_choices.at(int(Choice::Month))->setText(tr("The last 30 days"));
    m_choices.at(int(Choice::Date))->setText(tr("From a date:"));
    m_date->setAccessibleName(tr("First day to import"));
    showCount();
}

} // namespace LeadBridge
