#pragma once

#include <optional>

#include <QWidget>

#include "retailcrm/retailcrmtypes.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace LeadBridge {

class AppSettings;
class OrderOptionsWidget;

/// The everyday options over AppSettings, one labelled form for the setup wizard and the Settings dialog:
/// shop for new orders, lead kinds, delay before sending, (Settings only) the check interval, deal sync.
/// The shop is picked by name from the CRM's shops (its code in the tooltip): the wizard gives the shops
/// its retailCRM check found, Settings loads them with the saved key; until then the saved shop is kept.
class OptionsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsWidget)
public:
    enum class Mode { Setup, Settings };
    explicit OptionsWidget(Mode mode, QWidget *parent = nullptr);

    /// Shows the values of @p settings (the defaults when null).
    void load(const AppSettings *settings);
    /// Writes the values shown to @p settings (without sync()).
    void save(AppSettings *settings) const;
    /// The shops to choose from, in the CRM's order. Keeps the shop chosen before (or the one loaded from
    /// the settings) if the CRM still has it, else selects the CRM's first.
    void setShops(const QList<RetailCrm::Site> &shops);

    [[nodiscard]] QString shopCode() const;
    /// Any of "call", "request", "chat", in that order.
    [[nodiscard]] QStringList kinds() const;
    /// A shop (in Setup mode; Settings keeps the saved one) and at least one lead kind.
    [[nodiscard]] bool isComplete() const;

    [[nodiscard]] QFormLayout *form() const { return m_form; }
    /// The CRM's shops by name; item data and tooltip: the shop code.
    [[nodiscard]] QComboBox *shopCombo() const { return m_shopCombo; }
    [[nodiscard]] QCheckBox *kindBox(const QString &kind) const;
    [[nodiscard]] QSpinBox *delaySpin() const { return m_delay; }
    /// Null in Setup mode.
    [[nodiscard]] QSpinBox *intervalSpin() const { return m_interval; }
    [[nodiscard]] QCheckBox *dealSyncBox() const { return m_dealSync; }
    /// Order method, type, manager and name template per lead kind.
    [[nodiscard]] OrderOptionsWidget *orderOptions() const { return m_orderOptions; }

signals:
    /// isComplete() may have changed.
    void completeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addLabelledRow(QWidget *field);
    void retranslate();

    Mode m_mode;
    QFormLayout *m_form;
    QComboBox *m_shopCombo = nullptr;
    QWidget *m_kinds;
    QCheckBox *m_calls;
    QCheckBox *m_requests;
    QCheckBox *m_chats;
    QSpinBox *m_delay;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_dealSync;
    QLabel *m_delayHint;
    QLabel *m_dealSyncHint;
    QLabel *m_shopLabel = nullptr;
    QLabel *m_kindsLabel = nullptr;
    QLabel *m_delayLabel = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QLabel *m_dealSyncLabel = nullptr;
    OrderOptionsWidget *m_orderOptions;
    QLabel *m_orderOptionsLabel = nullptr;
    /// The shop to select when the shops arrive (loaded from the settings).
    std::optional<QString> m_wantedShop;
};

} // namespace LeadBridge
