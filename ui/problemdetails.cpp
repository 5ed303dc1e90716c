#include "problemdetails.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include "util/problemtext.h"

namespace LeadBridge {

ProblemDetails::ProblemDetails(const Problem &problem, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("problemDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("detailsToggle"));
    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("technicalDetail"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QStringList lines { tr("Code: %1").arg(Db::toDb(problem.code)) };
    const QString technical = ProblemText::technical(problem);
    if (!technical.isEmpty())
        lines << technical;
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    m_text->setVisible(false);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);
    connect(m_toggle, &QToolButton::toggled, this, &ProblemDetails::setExpanded);
}

bool ProblemDetails::isExpanded() const
{
    return m_toggle->isChecked();
}

void ProblemDetails::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(expanded);
}

QString ProblemDetails::technicalText() const
{
    return m_text->toPlainText();
}

} // namespace LeadBridge
