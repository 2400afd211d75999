#pragma once

#include "highlight/articlehighlighter.h"
#include "store/records.h"

#include <KSyntaxHighlighting/Theme>

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Verbatim::Ui {

/// The reader pane: an article's title, date, source and text, shown as plain text (markup in an article is never
/// interpreted), highlighted by ArticleHighlighter: quotations, speakers, entities by type, the user's annotations in
/// their tags' colours, and search hits, which F3 and Shift+F3 step through.
class ArticleReader : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleReader)

public:
    explicit ArticleReader(QWidget *parent = nullptr);

    /// Shows an article; `codebook` gives the colours of its annotations' tags.
    void showArticle(const ArticleContent &content, const QList<Tag> &codebook);
    /// Updates the annotations of the article shown, keeping the reading position.
    void updateAnnotations(const QList<Annotation> &annotations, const QList<Tag> &codebook);
    void clear(const QString &placeholder = QString());
    qint64 article() const { return m_content.summary.id; }
    const ArticleContent &content() const { return m_content; }

    void setTheme(const KSyntaxHighlighting::Theme &theme);
    /// Words and phrases to mark as search hits (a trailing '*' marks a prefix).
    void setSearchTerms(const QStringList &terms);
    int searchHitCount() const { return int(m_searchHits.size()); }
    /// Whether every part of the article is highlighted (a long one is highlighted a slice at a time, what is visible first).
    bool isHighlightingComplete() const { return m_highlighter->isComplete(); }

    /// The selected span in UTF-16 positions; start == end when nothing is selected.
    std::pair<qsizetype, qsizetype> selection() const;
    /// Selects a span and scrolls it into view.
    void showSpan(qsizetype start, qsizetype end);
    QPlainTextEdit *textView() const { return m_text; }

public Q_SLOTS:
    void nextSearchHit();
    void previousSearchHit();

Q_SIGNALS:
    void selectionChanged();
    /// The user clicked inside a statement.
    void statementClicked(qint64 statement);
    /// The context menu is about to open at `globalPosition`; the window adds its actions.
    void contextMenuRequested(const QPoint &globalPosition);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSpans();
    /// The spans of every layer for the article shown; finds the search hits too.
    QList<HighlightSpan> spans();
    void highlightVisible();
    void stepSearchHit(int direction);
    QString describePosition(qsizetype position) const;

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QPlainTextEdit *m_text = nullptr;
    ArticleHighlighter *m_highlighter = nullptr;
    ArticleContent m_content;
    QList<Tag> m_codebook;
    QStringList m_searchTerms;
    QList<std::pair<qsizetype, qsizetype>> m_searchHits;
    int m_currentHit = -1;
};

} // namespace Verbatim::Ui
