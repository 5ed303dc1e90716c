#include "aboutdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "tray/trayicons.h"

namespace LeadBridge {

AboutDialog::AboutDialog(const Paths &paths, QWidget *parent)
    : QDialog(parent)
    , m_paths(paths)
{
    setWindowIcon(TrayIcons::appIcon());
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(TrayIcons::appIcon().pixmap(64, 64));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_version = new QLabel(this);
    m_qt = new QLabel(this);
    m_licence = new QLabel(this);
    for (QLabel *label : { m_title, m_version, m_qt, m_licence }) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(label != m_title); // the licence is long in Russian
        headerText->addWidget(label);
    }
    header->addLayout(headerText, 1);
    layout->addLayout(header);

    auto *grid = new QGridLayout;
    m_openDatabaseFolder = addPathRow(grid, 0, &m_databaseLabel, &m_database, paths.database);
    m_openSettingsFolder = addPathRow(grid, 1, &m_settingsLabel, &m_settings, paths.settings);
    m_logsLabel = new QLabel(this);
    m_logs = new QLabel(this);
    m_logs->setWordWrap(true);
    m_logs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_logsLabel, 2, 0, Qt::AlignTop);
    grid->addWidget(m_logs, 2, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_help = new QLabel(this);
    m_help->setOpenExternalLinks(true);
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_help);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslate();
    setMinimumWidth(560);
}

QPushButton *AboutDialog::addPathRow(
    QGridLayout *grid, int row, QLabel **label, QLineEdit **field, const QString &path)
{
    *label = new QLabel(this);
    *field = new QLineEdit(QDir::toNativeSeparators(path), this);
    (*field)->setReadOnly(true);
    (*field)->setCursorPosition(0);
    (*field)->setToolTip((*field)->text());
    auto *open = new QPushButton(this);
    open->setAutoDefault(false);
    open->setEnabled(!path.isEmpty());
    connect(open, &QPushButton::clicked, this, [path] { QDesktopServices::openUrl(folderOf(path)); });
    grid->addWidget(*label, row, 0);
    grid->addWidget(*field, row, 1);
    grid->addWidget(open, row, 2);
    return open;
}

QUrl AboutDialog::helpUrl()
{
    // The README's "Using it" section as published (the help URL of dist/linux/leadbridge.metainfo.xml).
    return QUrl(QStringLiteral("https://leadbridge.example/docs/#using-it"));
}

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(QStringLiteral(LEADBRIDGE_VERSION));
}

QString AboutDialog::qtText()
{
    return tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

QUrl AboutDialog::folderOf(const QString &file)
{
    QDir folder = QFileInfo(file).absoluteDir();
    while (!folder.exists() && !folder.isRoot() && folder.cdUp()) {}
    return QUrl::fromLocalFile(folder.absolutePath());
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About LeadBridge"));
    m_title->setText(QStringLiteral("LeadBridge"));
    m_version->setText(versionText());
    m_qt->setText(qtText());
    m_licence->setText(tr("Licence: proprietary; for use under your licence agreement."));
    m_databaseLabel->setText(tr("Database:"));
    m_settingsLabel->setText(tr("Settings file:"));
    m_logsLabel->setText(tr("Logs:"));
    m_logs->setText(tr("Standard error: the terminal, or the user journal when started from the desktop "
                       "(journalctl --user). As a service: journalctl -u leadbridge-headless@NAME"));
    for (QPushButton *button : { m_openDatabaseFolder, m_openSettingsFolder })
        button->setText(tr("Open folder"));
    m_help->setText(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(helpUrl().toString(QUrl::FullyEncoded), tr("Help: using LeadBridge").toHtmlEscaped()));
    m_help->setToolTip(helpUrl().toString());
}

} // namespace LeadBridge
