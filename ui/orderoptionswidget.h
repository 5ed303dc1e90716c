#pragma once

#include <QWidget>

#include "calltouch/calltouchtypes.h"
#include "retailcrm/retailcrmtypes.h"
#include "rules/orderoptions.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace LeadBridge {

/// The order options per lead kind (SPEC §1.4): order method, order type and responsible manager from
/// the CRM's reference books, and the new customer's name template with its placeholders and a live
/// example. One tab per kind. Without the books (Settings, no connection) the saved codes stay
/// selectable as they are.
class OrderOptionsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderOptionsWidget)
public:
    explicit OrderOptionsWidget(QWidget *parent = nullptr);

    void load(const Sync::OrderOptions &options);
    [[nodiscard]] Sync::OrderOptions options() const;
    /// Lists the CRM's order methods, order types and users; keeps the current choices.
    void setReferenceBooks(const RetailCrm::OrderBooks &books);
    /// Every name template uses known placeholders only.
    [[nodiscard]] bool isValid() const;

    [[nodiscard]] QComboBox *methodCombo(Calltouch::Lead::Kind kind) const;
    [[nodiscard]] QComboBox *typeCombo(Calltouch::Lead::Kind kind) const;
    [[nodiscard]] QComboBox *managerCombo(Calltouch::Lead::Kind kind) const;
    [[nodiscard]] QLineEdit *templateEdit(Calltouch::Lead::Kind kind) const;
    [[nodiscard]] QLabel *exampleLabel(Calltouch::Lead::Kind kind) const;
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

signals:
    /// isValid() may have changed.
    void validityChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct KindPage
    {
        QWidget *page = nullptr;
        QLabel *methodLabel = nullptr;
        QLabel *typeLabel = nullptr;
        QLabel *managerLabel = nullptr;
        QLabel *templateLabel = nullptr;
        QComboBox *method = nullptr;
        QComboBox *type = nullptr;
        QComboBox *manager = nullptr;
        QLineEdit *nameTemplate = nullptr;
        QLabel *example = nullptr;
    };
    KindPage &page(Calltouch::Lead::Kind kind);
    [[nodiscard]] const KindPage &page(Calltouch::Lead::Kind kind) const;
    void buildPage(Calltouch::Lead::Kind kind);
    void fillCombos(KindPage &page);
    void updateExample(Calltouch::Lead::Kind kind);
    void retranslate();

    QTabWidget *m_tabs;
    QLabel *m_placeholders;
    KindPage m_pages[3];
    RetailCrm::OrderBooks m_books;
    Sync::OrderOptions m_loaded = Sync::OrderOptions::defaults();
};

} // namespace LeadBridge
