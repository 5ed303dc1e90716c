#pragma once

#include <QObject>

class QSocketNotifier;

namespace LeadBridge {

/// Turns SIGTERM and SIGINT into a Qt signal (self-pipe), so the headless engine can finish its step.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace LeadBridge
