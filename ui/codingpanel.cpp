#include "codingpanel.h"

#include "edit/annotationcommand.h"
#include "flowlayout.h"
#include "windowshortcuts.h"
#include "model/codebookmodel.h"
#include "store/project.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace Verbatim::Ui {

namespace {

// A tag's button icon: an outlined square in the tag's colour while the tag is off, filled and ticked while it is
// on, so that which tags are applied shows at a glance (the style's own checked look is faint in some themes).
QIcon tagIcon(const QColor &colour, qreal devicePixelRatio)
{
    const auto draw = [&](bool on) {
        QPixmap pixmap(QSize(14, 14) * devicePixelRatio);
        pixmap.setDevicePixelRatio(devicePixelRatio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(colour.darker(130), 1.5));
        painter.setBrush(on ? QBrush(colour) : QBrush(Qt::NoBrush));
        painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
        if (on) {
            // A tick in white or black, whichever reads on the colour.
            painter.setPen(QPen(colour.lightnessF() > 0.6 ? Qt::black : Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(QPolygonF({QPointF(4, 7.2), QPointF(6.2, 9.5), QPointF(10.2, 4.6)}));
        }
        return pixmap;
    };
    QIcon icon;
    icon.addPixmap(draw(false), QIcon::Normal, QIcon::Off);
    icon.addPixmap(draw(true), QIcon::Normal, QIcon::On);
    return icon;
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->setTextElideMode(Qt::ElideRight);
    return view;
}

} // namespace

CodingPanel::CodingPanel(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
{
    m_statements = new StatementListModel(this);
    m_annotations = new AnnotationListModel(this);

    m_statementView = makeTable(m_statements, this);
    m_statementView->setAccessibleName(tr("Statements"));
    m_statementView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_statementView, &QTableView::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_statementView->indexAt(position);
        if (const Statement *statement = m_statements->statementAt(index.row())) {
            m_statementView->setCurrentIndex(index);
            Q_EMIT statementMenuRequested(*statement, m_statementView->viewport()->mapToGlobal(position));
        }
    });
    m_statementView->horizontalHeader()->setSectionResizeMode(StatementListModel::SpeakerColumn, QHeaderView::Interactive);
    m_statementView->horizontalHeader()->setSectionResizeMode(StatementListModel::TextColumn, QHeaderView::Stretch);
    // The tags get a fixed share (their names are in the tooltip and on the buttons below); the text the rest.
    m_statementView->horizontalHeader()->setSectionResizeMode(StatementListModel::TagsColumn, QHeaderView::Interactive);
    m_statementView->setColumnWidth(StatementListModel::TagsColumn, fontMetrics().horizontalAdvance(QStringLiteral("Commitment")));
    m_statementView->setColumnWidth(StatementListModel::SpeakerColumn, 150);

    m_annotationView = makeTable(m_annotations, this);
    m_annotationView->setAccessibleName(tr("Annotations"));
    m_annotationView->horizontalHeader()->setSectionResizeMode(AnnotationListModel::TextColumn, QHeaderView::Stretch);
    m_annotationView->horizontalHeader()->setSectionResizeMode(AnnotationListModel::TagsColumn, QHeaderView::Interactive);
    m_annotationView->horizontalHeader()->setSectionResizeMode(AnnotationListModel::NoteColumn, QHeaderView::Interactive);
    m_annotationView->setColumnWidth(AnnotationListModel::TagsColumn, fontMetrics().horizontalAdvance(QStringLiteral("Commitment")));
    m_annotationView->setColumnWidth(AnnotationListModel::NoteColumn, fontMetrics().horizontalAdvance(QStringLiteral("A short note")));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_statementView, tr("Statements"));
    m_tabs->addTab(m_annotationView, tr("Annotations"));

    m_targetLabel = new QLabel(this);
    m_targetLabel->setWordWrap(true);
    m_targetLabel->setTextFormat(Qt::PlainText);
    m_targetLabel->setForegroundRole(QPalette::PlaceholderText);

    m_tagBar = new QWidget(this);
    m_tagLayout = new FlowLayout(m_tagBar);
    m_tagLayout->setContentsMargins(0, 0, 0, 0);
    m_tagLayout->setSpacing(4);

    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("Note (saved as you type)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    m_note->setAccessibleName(tr("Note"));
    // The note is saved as it is typed, so its edits are on the window's undo stack; a second, private undo history
    // in the box would undo text that is already saved, and save the result as a new edit that clears the redo.
    m_note->setUndoRedoEnabled(false);
    leaveKeysToWindow(m_note, QKeySequence::keyBindings(QKeySequence::Undo) + redoKeys());

    m_removeAnnotation = new QToolButton(this);
    m_removeAnnotation->setText(tr("Remove annotation"));
    m_removeAnnotation->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_removeAnnotation->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeAnnotation->setToolTip(tr("Remove the tags and note of the selected annotation (Delete)"));

    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(700);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_targetLabel);
    layout->addWidget(m_tagBar);
    layout->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_removeAnnotation);
    layout->addLayout(buttons);

    connect(m_statementView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        commitNote();
        updateEditors();
        if (const Statement *statement = m_statements->statementAt(current.row()); statement && !m_keepingSelection)
            Q_EMIT spanActivated(statement->start, statement->end);
    });
    connect(m_annotationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        commitNote();
        updateEditors();
        if (const Annotation *annotation = m_annotations->annotationAt(current.row()); annotation && !m_keepingSelection)
            Q_EMIT spanActivated(annotation->start, annotation->end);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        commitNote();
        updateEditors();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, &CodingPanel::onNoteChanged);
    connect(m_noteTimer, &QTimer::timeout, this, [this] { commitNote(); });
    connect(m_removeAnnotation, &QToolButton::clicked, this, &CodingPanel::removeCurrentAnnotation);

    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_annotationView->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &CodingPanel::removeCurrentAnnotation);

    updateEditors();
}

void CodingPanel::setProject(Project *project, CodebookModel *codebook)
{
    commitNote(); // into the project it was typed in
    m_project = project;
    if (m_codebook)
        disconnect(m_codebook, nullptr, this, nullptr);
    m_codebook = codebook;
    if (m_codebook)
        connect(m_codebook, &QAbstractItemModel::modelReset, this, &CodingPanel::rebuildTagButtons);
    clear();
    rebuildTagButtons();
}

void CodingPanel::clear()
{
    commitNote(); // a note still being typed belongs to what is cleared away
    m_article = 0;
    m_statements->clear();
    m_annotations->clear();
    m_articleAnnotations.clear();
    m_tabs->setTabText(0, tr("Statements (0)"));
    m_tabs->setTabText(1, tr("Annotations (0)"));
    updateEditors();
}

void CodingPanel::showArticle(const ArticleContent &content)
{
    commitNote();
    // The same article shown again (after a correction such as a new speaker) keeps its statement or annotation
    // selected, without moving the reader to it again.
    const Reselect reselect = content.summary.id == m_article ? Reselect::Quietly : Reselect::Nothing;
    m_article = content.summary.id;
    m_statements->setArticleText(content.text);
    setContent(content.statements, content.annotations, reselect);
}

void CodingPanel::updateAnnotations(const QList<Annotation> &annotations)
{
    QList<Statement> statements;
    for (int row = 0; row < m_statements->rowCount(); ++row)
        statements.append(*m_statements->statementAt(row));
    setContent(statements, annotations, Reselect::ShowingInTheReader);
}

void CodingPanel::setContent(const QList<Statement> &statements, const QList<Annotation> &annotations, Reselect reselect)
{
    // The rows selected before the models reset, found again by id.
    const qint64 statement = reselect != Reselect::Nothing && currentStatement() ? currentStatement()->id : 0;
    const qint64 annotation = reselect != Reselect::Nothing && currentAnnotation() ? currentAnnotation()->id : 0;
    m_articleAnnotations = annotations;
    const QList<Tag> codebook = m_codebook ? m_codebook->tags() : QList<Tag>();
    m_statements->setContent(statements, annotations, codebook);
    m_annotations->setContent(annotations, codebook);
    m_tabs->setTabText(0, tr("Statements (%1)").arg(statements.size()));
    m_tabs->setTabText(1, tr("Annotations (%1)").arg(annotations.size()));
    m_keepingSelection = reselect == Reselect::Quietly;
    if (const int row = m_statements->rowOf(statement); statement != 0 && row >= 0)
        m_statementView->setCurrentIndex(m_statements->index(row, StatementListModel::TextColumn));
    if (const int row = m_annotations->rowOf(annotation); annotation != 0 && row >= 0)
        m_annotationView->setCurrentIndex(m_annotations->index(row, AnnotationListModel::TextColumn));
    m_keepingSelection = false;
    updateEditors();
}

void CodingPanel::selectStatement(qint64 statement)
{
    const int row = m_statements->rowOf(statement);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(0);
    m_statementView->setCurrentIndex(m_statements->index(row, StatementListModel::TextColumn));
    m_statementView->scrollTo(m_statements->index(row, 0));
}

void CodingPanel::selectAnnotation(qint64 annotation)
{
    const int row = m_annotations->rowOf(annotation);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(1);
    m_annotationView->setCurrentIndex(m_annotations->index(row, AnnotationListModel::TextColumn));
}

CodingPanel::Target CodingPanel::currentTarget() const
{
    if (m_tabs->currentIndex() == 0)
        return currentStatement() ? Target::Statement : Target::None;
    return currentAnnotation() ? Target::Annotation : Target::None;
}

const Statement *CodingPanel::currentStatement() const
{
    const QModelIndex index = m_statementView->currentIndex();
    return index.isValid() ? m_statements->statementAt(index.row()) : nullptr;
}

const Annotation *CodingPanel::currentAnnotation() const
{
    const QModelIndex index = m_annotationView->currentIndex();
    return index.isValid() ? m_annotations->annotationAt(index.row()) : nullptr;
}

void CodingPanel::rebuildTagButtons()
{
    qDeleteAll(m_tagButtons);
    m_tagButtons.clear();
    while (QLayoutItem *item = m_tagLayout->takeAt(0))
        delete item;
    if (!m_codebook)
        return;
    const QList<Tag> &tags = m_codebook->tags();
    for (int row = 0; row < tags.size(); ++row) {
        const Tag &tag = tags[row];
        auto *button = new QToolButton(m_tagBar);
        button->setCheckable(true);
        // A long name is shortened on its button (whole in the tooltip), so that one tag cannot widen the panel.
        button->setText(button->fontMetrics().elidedText(tag.name, Qt::ElideRight, button->fontMetrics().averageCharWidth() * 18));
        button->setIcon(tagIcon(tag.colour, devicePixelRatioF()));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        const QString shortcut = row < 9 ? tr(" (Ctrl+%1)").arg(row + 1) : QString();
        button->setToolTip((tag.description.isEmpty() || tag.description == tag.name ? tag.name : tag.name + QStringLiteral(": ") + tag.description) + shortcut);
        connect(button, &QToolButton::clicked, this, [this, row] { toggleTag(row); });
        m_tagLayout->addWidget(button);
        m_tagButtons.append(button);
    }
    updateEditors();
}

void CodingPanel::updateEditors()
{
    const Target target = currentTarget();
    QList<qint64> tagIds;
    QString note;
    QString label;
    if (target == Target::Statement) {
        const Statement *statement = currentStatement();
        if (const Annotation *annotation = m_statements->annotationOf(statement->id)) {
            tagIds = annotation->tagIds;
            note = annotation->note;
        }
        label = tr("%1: %2").arg(m_statements->speakerLabel(*statement), statement->text.simplified().left(160));
    } else if (target == Target::Annotation) {
        const Annotation *annotation = currentAnnotation();
        tagIds = annotation->tagIds;
        note = annotation->note;
        label = annotation->text.simplified().left(160);
    } else {
        label = tr("Select a statement to tag it, or select text in the article and press Ctrl+1 ... Ctrl+9.");
    }
    m_targetLabel->setText(label);

    const QList<Tag> tags = m_codebook ? m_codebook->tags() : QList<Tag>();
    for (int row = 0; row < m_tagButtons.size() && row < tags.size(); ++row) {
        m_tagButtons[row]->setEnabled(target != Target::None);
        m_tagButtons[row]->setChecked(tagIds.contains(tags[row].id));
    }
    m_note->setEnabled(target != Target::None);
    m_removeAnnotation->setVisible(target == Target::Annotation);
    // A note being typed is kept; otherwise the box shows the saved note, also after an undo typed in the box.
    if (m_noteTarget == Target::None && m_note->toPlainText() != note) {
        m_updatingEditors = true;
        m_note->setPlainText(note);
        m_note->moveCursor(QTextCursor::End);
        m_updatingEditors = false;
    }
}

bool CodingPanel::toggleTag(int row)
{
    if (!m_project || !m_codebook || !m_codebook->tagAt(row))
        return false;
    commitNote();
    const Tag tag = *m_codebook->tagAt(row);
    switch (currentTarget()) {
    case Target::Statement:
        m_undoStack->push(AnnotationCommand::toggleTag(m_project, *currentStatement(), tag));
        return true;
    case Target::Annotation:
        m_undoStack->push(AnnotationCommand::toggleTag(m_project, *currentAnnotation(), tag));
        return true;
    case Target::None:
        break;
    }
    updateEditors();
    return false;
}

void CodingPanel::onNoteChanged()
{
    if (m_updatingEditors)
        return;
    // The first keystroke of an edit fixes what the note belongs to.
    if (m_noteTarget == Target::None) {
        m_noteTarget = currentTarget();
        m_noteTargetId = m_noteTarget == Target::Statement ? currentStatement()->id
            : m_noteTarget == Target::Annotation         ? currentAnnotation()->id
                                                          : 0;
        if (m_noteTarget != Target::None)
            Q_EMIT noteEditStarted();
    }
    m_noteTimer->start();
}

void CodingPanel::commitNote(NoteStep step)
{
    // Pending means typed and not yet saved; the timer is not a reliable sign (it is inactive in its own timeout).
    m_noteTimer->stop();
    if (m_noteTarget == Target::None || !m_project) {
        m_noteTarget = Target::None;
        return;
    }
    const QString note = m_note->toPlainText();
    const auto push = [&](AnnotationCommand *command) {
        if (step == NoteStep::OwnStep)
            command->keepAsOwnStep();
        m_undoStack->push(command);
    };
    // The note as the project has it for the target, and whether the target still exists.
    const auto saved = [this]() -> std::optional<QString> {
        if (m_noteTarget == Target::Statement) {
            const Statement *statement = m_statements->statementAt(m_statements->rowOf(m_noteTargetId));
            if (!statement)
                return std::nullopt;
            const Annotation *annotation = m_statements->annotationOf(statement->id);
            return annotation ? annotation->note : QString();
        }
        const Annotation *annotation = m_annotations->annotationAt(m_annotations->rowOf(m_noteTargetId));
        return annotation ? std::optional<QString>(annotation->note) : std::nullopt;
    };
    const std::optional<QString> before = saved();
    if (before && *before != note) {
        if (m_noteTarget == Target::Statement)
            push(AnnotationCommand::setNote(m_project, *m_statements->statementAt(m_statements->rowOf(m_noteTargetId)), note));
        else
            push(AnnotationCommand::setNote(m_project, *m_annotations->annotationAt(m_annotations->rowOf(m_noteTargetId)), note));
        // A save the project refused (a locked or full disk; the window has said so) leaves the note pending, so that
        // what was typed stays in the box and is saved by the next pause or commit instead of being shown over.
        if (saved() != note)
            return;
    }
    m_noteTarget = Target::None;
}

void CodingPanel::removeCurrentAnnotation()
{
    commitNote(); // so that undoing the removal brings back the note as typed
    if (currentTarget() == Target::Annotation && m_project)
        m_undoStack->push(AnnotationCommand::remove(m_project, *currentAnnotation()));
}

} // namespace Verbatim::Ui
