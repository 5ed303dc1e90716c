#pragma once

#include <QWidget>

#include "store/problem.h"

class QPlainTextEdit;
class QToolButton;

namespace LeadBridge {

/// The technical detail of a problem (redacted), folded behind a "Details" button: the dialog shows the
/// plain sentence and what to do; the detail is there for support, one click away.
class ProblemDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemDetails)
public:
    explicit ProblemDetails(const Problem &problem, QWidget *parent = nullptr);

    [[nodiscard]] bool isExpanded() const;
    void setExpanded(bool expanded);
    [[nodiscard]] QString technicalText() const;

private:
    QToolButton *m_toggle = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace LeadBridge
