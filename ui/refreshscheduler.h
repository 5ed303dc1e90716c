#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>

class QTimer;

namespace LeadBridge {

/// Decides when the main window reads the database again during a sync: what changed is collected per
/// tab (row keys, or "everything"), and only the tab a person sees is refreshed, at most once per
/// interval. Hidden tabs (and a hidden window) keep their changes until they are shown.
class RefreshScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshScheduler)
public:
    static constexpr int kDefaultIntervalMs = 500; ///< at most 2 refreshes a second
    static constexpr int kMaxRows = 1000; ///< more changed rows than this: the whole tab instead

    explicit RefreshScheduler(int tabCount, QObject *parent = nullptr);

    /// The shortest time between two refreshes.
    void setInterval(int milliseconds);
    [[nodiscard]] int interval() const { return m_intervalMs; }

    /// The row with key @p id changed on @p tab.
    void markRow(int tab, qint64 id);
    /// Rows were added or removed on @p tab (or anything changed): read it whole.
    void markWhole(int tab);
    void markEverything();

    /// The tab a person sees now, -1 for none (window hidden or minimised); its changes are applied
    /// now when it just became visible.
    void setVisibleTab(int tab);
    [[nodiscard]] int visibleTab() const { return m_visible; }
    /// Applies the visible tab's changes now, whatever the interval.
    void flush();

    [[nodiscard]] bool hasPending(int tab) const;

signals:
    /// Read @p tab again: whole, or only the rows with these keys.
    void refreshRequested(int tab, bool whole, const QList<qint64> &ids);

private:
    struct Pending
    {
        bool whole = false;
        QSet<qint64> ids;
    };
    void schedule();

    QList<Pending> m_pending;
    QTimer *m_timer;
    QElapsedTimer m_sinceLast;
    int m_intervalMs = kDefaultIntervalMs;
    int m_visible = -1;
};

} // namespace LeadBridge
