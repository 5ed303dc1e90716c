#pragma once

#include <QDialog>
#include <QUrl>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace LeadBridge {

/// Help > About LeadBridge: the version, Qt's version (running and built against), the licence, and
/// where this instance keeps its database, settings and logs (selectable, each with "Open folder").
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    struct Paths
    {
        QString database;
        QString settings;
    };

    explicit AboutDialog(const Paths &paths, QWidget *parent = nullptr);

    /// The README's help section (Help > Help opens it too).
    [[nodiscard]] static QUrl helpUrl();
    /// The version line: "Version 0.1.0".
    [[nodiscard]] static QString versionText();
    /// "Qt 6.4.2 (built with 6.4.2)".
    [[nodiscard]] static QString qtText();

    [[nodiscard]] QLineEdit *databaseField() const { return m_database; }
    [[nodiscard]] QLineEdit *settingsField() const { return m_settings; }
    [[nodiscard]] QPushButton *openDatabaseFolderButton() const { return m_openDatabaseFolder; }

    /// Where "Open folder" goes for @p file: its folder (the nearest existing one).
    [[nodiscard]] static QUrl folderOf(const QString &file);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QPushButton *addPathRow(
        class QGridLayout *grid, int row, QLabel **label, QLineEdit **field, const QString &path);

    Paths m_paths;
    QLabel *m_title = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_qt = nullptr;
    QLabel *m_licence = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_settingsLabel = nullptr;
    QLabel *m_logsLabel = nullptr;
    QLabel *m_logs = nullptr;
    QLabel *m_help = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_settings = nullptr;
    QPushButton *m_openDatabaseFolder = nullptr;
    QPushButton *m_openSettingsFolder = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace LeadBridge
