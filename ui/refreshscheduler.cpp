#include "refreshscheduler.h"

#include <QTimer>

namespace LeadBridge {

RefreshScheduler::RefreshScheduler(int tabCount, QObject *parent)
    : QObject(parent)
    , m_pending(tabCount)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RefreshScheduler::flush);
}

void RefreshScheduler::setInterval(int milliseconds)
{
    m_intervalMs = qMax(0, milliseconds);
}

void RefreshScheduler::markRow(int tab, qint64 id)
{
    if (tab < 0 || tab >= m_pending.size())
        return;
    Pending &pending = m_pending[tab];
    if (!pending.whole) {
        pending.ids.insert(id);
        if (pending.ids.size() > kMaxRows) {
            pending.whole = true;
            pending.ids.clear();
        }
    }
    if (tab == m_visible)
        schedule();
}

void RefreshScheduler::markWhole(int tab)
{
    if (tab < 0 || tab >= m_pending.size())
        return;
    m_pending[tab].whole = true;
    m_pending[tab].ids.clear();
    if (tab == m_visible)
        schedule();
}

void RefreshScheduler::markEverything()
{
    for (int tab = 0; tab < m_pending.size(); ++tab)
        markWhole(tab);
}

void RefreshScheduler::setVisibleTab(int tab)
{
    if (tab == m_visible)
        return;
    m_visible = tab;
    // Shown just now: what it missed while hidden, at once.
    if (hasPending(tab))
        flush();
}

bool RefreshScheduler::hasPending(int tab) const
{
    if (tab < 0 || tab >= m_pending.size())
        return false;
    return m_pending.at(tab).whole || !m_pending.at(tab).ids.isEmpty();
}

void RefreshScheduler::schedule()
{
    if (m_timer->isActive())
        return;
    const qint64 since = m_sinceLast.isValid() ? m_sinceLast.elapsed() : m_intervalMs;
    m_timer->start(int(qBound(qint64(0), qint64(m_intervalMs) - since, qint64(m_intervalMs))));
}

void RefreshScheduler::flush()
{
    m_timer->stop();
    if (!hasPending(m_visible))
        return;
    const Pending pending = std::exchange(m_pending[m_visible], Pending());
    m_sinceLast.start();
    emit refreshRequested(m_visible, pending.whole, pending.whole ? QList<qint64>() : pending.ids.values());
}

} // namespace LeadBridge
