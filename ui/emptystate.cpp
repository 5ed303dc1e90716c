#include "emptystate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "wrappedlabel.h"

namespace LeadBridge {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(wrappedLabel(this))
    , m_sandboxText(wrappedLabel(this))
    , m_setup(new QPushButton(this))
    , m_sandbox(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_setup->setDefault(true);
    m_setup->setObjectName(QStringLiteral("setUpNow"));
    m_sandbox->setObjectName(QStringLiteral("trySandbox"));
    m_sandboxText->setStyleSheet(QStringLiteral("color: #555;"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setup);
    buttons->addWidget(m_sandbox);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addSpacing(6);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(6);
    column->addWidget(m_sandboxText);
    auto *panel = new QWidget(this);
    panel->setLayout(column);
    // A fixed reading width (fits 1024 px screens); the wrapped texts then get their full height.
    panel->setFixedWidth(540);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(panel);
    middle->addStretch(2);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(middle);
    outer->addStretch(1);
    connect(m_setup, &QPushButton::clicked, this, &EmptyState::setupRequested);
    connect(m_sandbox, &QPushButton::clicked, this, &EmptyState::sandboxRequested);
    retranslate();
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmptyState::retranslate()
{
    m_title->setText(tr("LeadBridge is not set up yet"));
    m_text->setText(
        tr("To turn Calltouch leads into retailCRM orders, LeadBridge needs the address and an API "
           "key of your retailCRM account and the site ID and token of your Calltouch project. "
           "The setup takes about five minutes."));
    m_setup->setText(tr("Set up now"));
    m_sandbox->setText(tr("Try the sandbox"));
    m_sandboxText->setText(tr("The sandbox opens a second LeadBridge window with a simulated retailCRM and "
                              "Calltouch and demo data: nothing is sent anywhere."));
}

} // namespace LeadBridge
