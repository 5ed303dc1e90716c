#pragma once

class QLabel;
class QWidget;

namespace LeadBridge {

/// A word-wrapped label that is never squeezed below its text (hints, intros, long Russian texts).
QLabel *wrappedLabel(QWidget *parent);

} // namespace LeadBridge
