#include "checkstatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include "wrappedlabel.h"

namespace LeadBridge {

CheckStatus::CheckStatus(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_label(wrappedLabel(this))
    , m_cancel(new QPushButton(this))
{
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_busy, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignTop);
    clear();
    retranslate();
}

void CheckStatus::showChecking()
{
    m_busy->show();
    m_cancel->show();
    m_label->setStyleSheet(QString());
    m_label->setText(tr("Checking…"));
}

void CheckStatus::showOk(const QString &text)
{
    showResult(text, QStringLiteral("#1e6b2e"));
}

void CheckStatus::showProblem(const QString &text)
{
    showResult(text, QStringLiteral("#a31515"));
}

void CheckStatus::showResult(const QString &text, const QString &color)
{
    m_busy->hide();
    m_cancel->hide();
    m_label->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    m_label->setText(text);
}

void CheckStatus::clear()
{
    m_busy->hide();
    m_cancel->hide();
    m_label->clear();
}

QString CheckStatus::text() const
{
    return m_label->text();
}

void CheckStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CheckStatus::retranslate()
{
    m_cancel->setText(tr("Cancel check"));
    if (!m_busy->isHidden())
        m_label->setText(tr("Checking…"));
}

} // namespace LeadBridge
