#pragma once

#include <QGroupBox>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace LeadBridge {

class AppSettings;

/// The "Silence alert" group of the Settings dialog: on/off (the group's check box), the factor over the
/// longest usual gap and the minimum silence in hours (AppSettings::silenceThresholds()).
class SilenceBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilenceBox)
public:
    explicit SilenceBox(QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    void save(AppSettings *settings) const;

    [[nodiscard]] QDoubleSpinBox *factorSpin() const { return m_factor; }
    [[nodiscard]] QSpinBox *hoursSpin() const { return m_hours; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QDoubleSpinBox *m_factor;
    QSpinBox *m_hours;
    QLabel *m_factorLabel;
    QLabel *m_hoursLabel;
    QLabel *m_hint;
};

} // namespace LeadBridge
