#include "articlereader.h"

#include "common/plural.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

namespace Verbatim::Ui {


ArticleReader::ArticleReader(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_meta = new QLabel(this);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setOpenExternalLinks(true);
    m_meta->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setWordWrap(true); // the date, id and counts would otherwise hold the reader at 400 px

    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    m_text->document()->setDocumentMargin(14);
    m_text->viewport()->installEventFilter(this);
    m_text->setMouseTracking(true);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    m_text->setFont(textFont);
    m_text->setAccessibleName(tr("Article text"));

    m_highlighter = new ArticleHighlighter(m_text->document());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(14, 0, 14, 0);
    header->addWidget(m_title);
    header->addWidget(m_meta);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);

    // A long article is highlighted a slice at a time; whatever comes into view is highlighted before it is painted.
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleReader::highlightVisible);
    connect(m_text, &QPlainTextEdit::selectionChanged, this, &ArticleReader::selectionChanged);
    connect(m_text, &QPlainTextEdit::customContextMenuRequested, this,
            [this](const QPoint &position) { Q_EMIT contextMenuRequested(m_text->mapToGlobal(position)); });
    clear();
}

void ArticleReader::clear(const QString &placeholder)
{
    m_content = ArticleContent();
    m_title->setText(placeholder.isEmpty() ? tr("No article selected") : placeholder);
    m_meta->clear();
    m_highlighter->expectText(0, {});
    m_text->clear();
    m_searchHits.clear();
    m_currentHit = -1;
}

void ArticleReader::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    palette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    palette.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    palette.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_text->setPalette(palette);
    m_highlighter->setTheme(theme);
}

void ArticleReader::showArticle(const ArticleContent &content, const QList<Tag> &codebook)
{
    m_content = content;
    m_codebook = codebook;
    const ArticleSummary &summary = content.summary;
    m_title->setText(summary.title);
    QStringList meta;
    meta.append(summary.date.isValid() ? QLocale().toString(summary.date, QLocale::LongFormat) : tr("No date"));
    if (!summary.source.isEmpty())
        meta.append(summary.source.toHtmlEscaped());
    meta.append(tr("id %1").arg(summary.articleId.toHtmlEscaped()));
    const QUrl url(content.url);
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
        meta.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), url.host().toHtmlEscaped()));
    meta.append(plural(content.statements.size(), tr("%1 statement"), tr("%1 statements")));
    m_meta->setText(meta.join(QStringLiteral(" \u00B7 ")));

    // Plain text, always: an article's "<b>" is shown as written, never interpreted. Highlighted once, with this
    // article's spans, as the text is set (or a slice at a time when it is long).
    m_currentHit = -1;
    m_highlighter->expectText(content.text.size(), spans());
    m_text->setPlainText(content.text);
    m_text->verticalScrollBar()->setValue(0);
    highlightVisible();
}

void ArticleReader::updateAnnotations(const QList<Annotation> &annotations, const QList<Tag> &codebook)
{
    m_content.annotations = annotations;
    m_codebook = codebook;
    const int scroll = m_text->verticalScrollBar()->value();
    updateSpans();
    m_text->verticalScrollBar()->setValue(scroll);
}

void ArticleReader::setSearchTerms(const QStringList &terms)
{
    // The window sets the terms after every article it shows; the same terms need no second pass over a long article.
    if (terms == m_searchTerms)
        return;
    m_searchTerms = terms;
    updateSpans();
}

void ArticleReader::updateSpans()
{
    m_highlighter->setSpans(spans());
    highlightVisible();
}

QList<HighlightSpan> ArticleReader::spans()
{
    QList<HighlightSpan> spans;
    for (const Statement &statement : std::as_const(m_content.statements)) {
        const auto kind = statement.kind == StatementKind::Direct ? HighlightSpan::Kind::DirectQuotation : HighlightSpan::Kind::ReportedSpeech;
        spans.append({statement.start, statement.end, kind, {}, {}});
        if (statement.speakerStart >= 0)
            spans.append({statement.speakerStart, statement.speakerEnd, HighlightSpan::Kind::Speaker, {}, {}});
    }
    for (const Mention &mention : std::as_const(m_content.mentions))
        spans.append({mention.start, mention.end, HighlightSpan::kindOf(mention.type), {}, {}});
    QHash<qint64, QColor> colours;
    for (const Tag &tag : std::as_const(m_codebook))
        colours.insert(tag.id, tag.colour);
    for (const Annotation &annotation : std::as_const(m_content.annotations)) {
        const QColor colour = annotation.tagIds.isEmpty() ? QColor(Qt::gray) : colours.value(annotation.tagIds.constFirst());
        const QColor accent = annotation.tagIds.size() > 1 ? colours.value(annotation.tagIds.constLast()) : QColor();
        spans.append({annotation.start, annotation.end, HighlightSpan::Kind::Annotation, colour, accent});
    }

    // Search hits: whole words, or word starts for prefix terms, ignoring case.
    m_searchHits.clear();
    for (const QString &term : std::as_const(m_searchTerms)) {
        const bool prefix = term.endsWith(u'*');
        const QString word = prefix ? term.chopped(1) : term;
        if (word.isEmpty())
            continue;
        const QRegularExpression pattern(QStringLiteral("\\b%1%2").arg(QRegularExpression::escape(word), prefix ? QString() : QStringLiteral("\\b")),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = pattern.globalMatch(m_content.text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype end = prefix ? [&] {
                qsizetype e = match.capturedEnd();
                while (e < m_content.text.size() && m_content.text[e].isLetterOrNumber())
                    ++e;
                return e;
            }()
                                         : match.capturedEnd();
            m_searchHits.append({match.capturedStart(), end});
        }
    }
    std::sort(m_searchHits.begin(), m_searchHits.end());
    for (const auto &[start, end] : std::as_const(m_searchHits))
        spans.append({start, end, HighlightSpan::Kind::SearchHit, {}, {}});
    return spans;
}

void ArticleReader::highlightVisible()
{
    if (m_highlighter->isComplete())
        return;
    // From the first block on screen, as many characters as the viewport can show (with room to spare): this does not
    // depend on the layout of blocks that have not been laid out yet, nor on the widget being shown.
    const QFontMetrics metrics(m_text->font());
    const QSize viewport = m_text->viewport()->size();
    const qsizetype columns = std::max(40, viewport.width() / std::max(1, metrics.averageCharWidth()));
    const qsizetype lines = std::max(30, viewport.height() / std::max(1, metrics.lineSpacing()));
    const qsizetype characters = columns * lines * 3 / 2;
    const QTextBlock first = m_text->cursorForPosition(QPoint(0, 0)).block();
    QTextBlock last = first;
    for (qsizetype shown = first.length(); shown < characters && last.next().isValid(); shown += last.length())
        last = last.next();
    m_highlighter->highlightNow(first, last);
}

std::pair<qsizetype, qsizetype> ArticleReader::selection() const
{
    const QTextCursor cursor = m_text->textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void ArticleReader::showSpan(qsizetype start, qsizetype end)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(std::min<qsizetype>(end, m_text->document()->characterCount() - 1)));
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    cursor.setPosition(int(std::min<qsizetype>(start, m_text->document()->characterCount() - 1)), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void ArticleReader::nextSearchHit()
{
    stepSearchHit(1);
}

void ArticleReader::previousSearchHit()
{
    stepSearchHit(-1);
}

void ArticleReader::stepSearchHit(int direction)
{
    if (m_searchHits.isEmpty())
        return;
    m_currentHit = (m_currentHit + direction + int(m_searchHits.size())) % int(m_searchHits.size());
    const auto &[start, end] = m_searchHits[m_currentHit];
    showSpan(start, end);
}

QString ArticleReader::describePosition(qsizetype position) const
{
    QStringList lines;
    for (const Mention &mention : m_content.mentions) {
        if (mention.start <= position && position < mention.end)
            lines.append(tr("%1: %2").arg(entityTypeName(mention.type), mention.name).toHtmlEscaped());
    }
    for (const Statement &statement : m_content.statements) {
        if (statement.speakerStart <= position && position < statement.speakerEnd && !statement.speaker.isEmpty())
            lines.append(tr("Speaker: %1").arg(statement.speaker).toHtmlEscaped());
        else if (statement.start <= position && position < statement.end)
            lines.append(tr("%1 statement by %2").arg(statementKindName(statement.kind), statement.speaker.isEmpty() ? tr("an unknown speaker") : statement.speaker).toHtmlEscaped());
    }
    QHash<qint64, QString> names;
    for (const Tag &tag : m_codebook)
        names.insert(tag.id, tag.name);
    for (const Annotation &annotation : m_content.annotations) {
        if (annotation.start <= position && position < annotation.end) {
            QStringList tags;
            for (const qint64 tag : annotation.tagIds)
                tags.append(names.value(tag));
            QString line = tr("Tagged: %1").arg(tags.join(QStringLiteral(", "))).toHtmlEscaped();
            if (!annotation.note.isEmpty())
                line += QStringLiteral("<br><i>%1</i>").arg(annotation.note.toHtmlEscaped());
            lines.append(line);
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

bool ArticleReader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::Resize)
            highlightVisible();
        if (event->type() == QEvent::ToolTip) {
            const auto *help = static_cast<QHelpEvent *>(event);
            const QTextCursor cursor = m_text->cursorForPosition(help->pos());
            const QString text = describePosition(cursor.position());
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, m_text->viewport());
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease && !m_text->textCursor().hasSelection()) {
            const qsizetype position = m_text->textCursor().position();
            for (const Statement &statement : std::as_const(m_content.statements)) {
                if (statement.start <= position && position < statement.end) {
                    Q_EMIT statementClicked(statement.id);
                    break;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Verbatim::Ui
