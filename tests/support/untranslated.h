#pragma once

// Finds untranslated English among the texts a user sees in a widget tree: a text equal to (or matching,
// with %1 / %n as wildcards) a source string of translations/leadbridge_ru.ts that has a different
// Russian translation, or a text with two or more consecutive English words that are not data (e-mails,
// URLs, codes, product names).

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QWidget>
#include <QXmlStreamReader>

namespace LeadBridge::TestSupport {

/// One untranslated text and where it was seen.
struct UntranslatedText
{
    QString text;
    QString where; ///< class and objectName of the widget (and the role or column)
    QString why; ///< "source string" or "English words"
    [[nodiscard]] QString toString() const { return QStringLiteral("%1 [%2] (%3)").arg(text, where, why); }
};

class UntranslatedDetector
{
public:
    /// Reads the source strings of @p tsPath (translations/leadbridge_ru.ts).
    explicit UntranslatedDetector(const QString &tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QXmlStreamReader xml(&file);
        QString source;
        QString translation;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message")) {
                source.clear();
                translation.clear();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                addSource(source, translation);
            }
        }
        m_loaded = !m_sources.isEmpty();
    }

    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] int sourceCount() const { return int(m_sources.size()); }

    /// Why @p text is untranslated English, or an empty string when it is not.
    [[nodiscard]] QString check(const QString &raw) const
    {
        const QString text = plain(raw);
        if (text.isEmpty() || !m_latinWord.match(text).hasMatch())
            return {};
        if (m_sources.contains(text))
            return QStringLiteral("source string");
        for (const QRegularExpression &pattern : m_patterns) {
            if (pattern.match(text).hasMatch())
                return QStringLiteral("source string: ") + pattern.pattern();
        }
        if (hasEnglishWords(text))
            return QStringLiteral("English words");
        return {};
    }

    /// Every untranslated text in the visible widgets of @p root (and its visible child windows).
    [[nodiscard]] QList<UntranslatedText> scan(QWidget *root) const
    {
        QList<UntranslatedText> found;
        QSet<QString> seen;
        const auto add = [&](const QString &text, QObject *object, const QString &role) {
            const QString why = check(text);
            if (why.isEmpty())
                return;
            const QString where =
                QStringLiteral("%1 '%2' %3")
                    .arg(QLatin1String(object->metaObject()->className()), object->objectName(), role)
                    .trimmed();
            const QString key = text + where;
            if (seen.contains(key))
                return;
            seen.insert(key);
            found << UntranslatedText { plain(text), where, why };
        };
        QList<QWidget *> widgets { root };
        widgets += root->findChildren<QWidget *>();
        for (QWidget *widget : std::as_const(widgets)) {
            if (widget != root && !widget->isVisibleTo(root))
                continue;
            if (widget->isWindow())
                add(widget->windowTitle(), widget, QStringLiteral("window title"));
            if (!widget->toolTip().isEmpty())
                add(widget->toolTip(), widget, QStringLiteral("tooltip"));
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                add(label->text(), label, {});
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                add(button->text(), button, {});
            } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(tabs->tabText(i), tabs, QStringLiteral("tab %1").arg(i));
                    add(tabs->tabToolTip(i), tabs, QStringLiteral("tab tooltip %1").arg(i));
                }
            } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
                add(group->title(), group, {});
            } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
                add(edit->placeholderText(), edit, QStringLiteral("placeholder"));
            } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    add(combo->itemText(i), combo, QStringLiteral("item %1").arg(i));
            } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
                scanView(view, add);
            } else if (auto *chart = qobject_cast<QChartView *>(widget)) {
                scanChart(chart, add);
            } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
                for (QAction *action : bar->actions())
                    scanAction(action, add);
            } else if (auto *tools = qobject_cast<QToolBar *>(widget)) {
                for (QAction *action : tools->actions())
                    scanAction(action, add);
            }
        }
        return found;
    }

    /// The text as a user reads it: no HTML tags, no mnemonic ampersands, one line.
    [[nodiscard]] static QString plain(QString text)
    {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.remove(tags);
        text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
        text.replace(QLatin1String("&amp;"), QLatin1String("\x01"));
        text.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        text.replace(QLatin1String("&lt;"), QLatin1String("<"));
        text.replace(QLatin1String("&gt;"), QLatin1String(">"));
        return text.simplified();
    }

private:
    template <typename Add> static void scanAction(QAction *action, const Add &add)
    {
        if (!action->isVisible() || action->isSeparator())
            return;
        add(action->text(), action, QStringLiteral("action"));
        if (action->toolTip() != action->text())
            add(action->toolTip(), action, QStringLiteral("action tooltip"));
        if (QMenu *menu = action->menu()) {
            add(menu->title(), menu, QStringLiteral("menu"));
            for (QAction *child : menu->actions())
                scanAction(child, add);
        }
    }

    template <typename Add> static void scanView(QAbstractItemView *view, const Add &add)
    {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        const auto *table = qobject_cast<QTableView *>(view);
        QHeaderView *header = table ? table->horizontalHeader() : nullptr;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (header && header->isSectionHidden(column))
                continue;
            const QString where = QStringLiteral("header %1").arg(column);
            add(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), view, where);
            add(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), view, where);
        }
        const QRect area = view->viewport()->rect();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex first = model->index(row, 0);
            const QRect rect = view->visualRect(first);
            if (!rect.isValid() || rect.top() > area.bottom())
                continue;
            if (rect.bottom() < area.top())
                continue;
            for (int column = 0; column < model->columnCount(); ++column) {
                if (header && header->isSectionHidden(column))
                    continue;
                const QModelIndex index = model->index(row, column);
                const QString where = QStringLiteral("row %1 column %2").arg(row).arg(column);
                add(index.data(Qt::DisplayRole).toString(), view, where);
                add(index.data(Qt::ToolTipRole).toString(), view, where + QStringLiteral(" tooltip"));
            }
        }
    }

    template <typename Add> static void scanChart(QChartView *view, const Add &add)
    {
        QChart *chart = view->chart();
        add(chart->title(), view, QStringLiteral("chart title"));
        for (QAbstractAxis *axis : chart->axes()) {
            if (!axis->isVisible())
                continue;
            add(axis->titleText(), view, QStringLiteral("axis title"));
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
                for (const QString &category : categories->categories())
                    add(category, view, QStringLiteral("axis category"));
            }
        }
        for (QAbstractSeries *series : chart->series())
            add(series->name(), view, QStringLiteral("series"));
        for (QBarSet *set : chart->findChildren<QBarSet *>())
            add(set->label(), view, QStringLiteral("bar set"));
    }

    void addSource(const QString &source, const QString &translation)
    {
        if (source.isEmpty() || source == translation || isAllowed(source))
            return;
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
        if (!source.contains(placeholder)) {
            m_sources.insert(plain(source));
            return;
        }
        // A pattern only when its fixed text has English words: "%1: %2" would match everything.
        QString fixed = source;
        fixed.replace(placeholder, QStringLiteral(" "));
        if (!hasEnglishWords(plain(fixed)))
            return;
        QString pattern;
        const QString text = plain(source);
        qsizetype at = 0;
        auto matches = placeholder.globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            pattern += QRegularExpression::escape(text.mid(at, match.capturedStart() - at));
            pattern += QStringLiteral(".*");
            at = match.capturedEnd();
        }
        pattern += QRegularExpression::escape(text.mid(at));
        QRegularExpression expression(
            QRegularExpression::anchoredPattern(pattern), QRegularExpression::DotMatchesEverythingOption);
        expression.optimize();
        m_patterns << expression;
    }

    /// Data that may be English in any language: product names, abbreviations.
    [[nodiscard]] static bool isAllowedWord(const QString &word)
    {
        static const QSet<QString> allowed { QStringLiteral("LeadBridge"), QStringLiteral("Calltouch"),
            QStringLiteral("retailCRM"), QStringLiteral("CSV"), QStringLiteral("UTM"), QStringLiteral("API"),
            QStringLiteral("URL"), QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("JSON"),
            QStringLiteral("SQLite"), QStringLiteral("Qt"), QStringLiteral("GET"), QStringLiteral("POST"),
            // Qt's own "OK" button is "OK" in Russian too (qtbase_ru); a source string of ours as well.
            QStringLiteral("OK") };
        return allowed.contains(word);
    }

    [[nodiscard]] static bool isAllowed(const QString &source)
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
        auto words = word.globalMatch(source);
        while (words.hasNext()) {
            if (!isAllowedWord(words.next().captured()))
                return false;
        }
        return true;
    }

    /// Two or more consecutive English words (ASCII letters, three or more each, separated by spaces),
    /// after taking out e-mails, URLs and codes.
    [[nodiscard]] static bool hasEnglishWords(QString text)
    {
        static const QRegularExpression data(
            QStringLiteral("\\S+@\\S+|[a-z][a-z0-9+.-]*://\\S*|\\S*[_/\\\\]\\S*"));
        text.replace(data, QStringLiteral(" # "));
        static const QRegularExpression token(QStringLiteral("\\S+"));
        int run = 0;
        auto tokens = token.globalMatch(text);
        while (tokens.hasNext()) {
            QString word = tokens.next().captured();
            // Punctuation around a word ("Skipped:", "(order") belongs to the sentence.
            while (!word.isEmpty() && !word.front().isLetterOrNumber())
                word.remove(0, 1);
            while (!word.isEmpty() && !word.back().isLetterOrNumber())
                word.chop(1);
            static const QRegularExpression english(QStringLiteral("^[A-Za-z]{3,}$"));
            static const QRegularExpression shortWord(QStringLiteral("^[A-Za-z]{1,2}$"));
            if (english.match(word).hasMatch() && !isAllowedWord(word)) {
                if (++run >= 2)
                    return true;
            } else if (!shortWord.match(word).hasMatch()) {
                run = 0; // "to", "of", "a" neither count nor break a run of English
            }
        }
        return false;
    }

    QSet<QString> m_sources;
    QList<QRegularExpression> m_patterns;
    QRegularExpression m_latinWord { QStringLiteral("[A-Za-z]{2,}") };
    bool m_loaded = false;
};

} // namespace LeadBridge::TestSupport
