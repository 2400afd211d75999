#include "curationmenus.h"

#include "edit/entitycommands.h"
#include "edit/statementcommands.h"
#include "entitypickerdialog.h"
#include "model/entitylistmodel.h"
#include "store/project.h"

#include <QApplication>
#include <QMenu>
#include <QUndoStack>

namespace Verbatim::Ui {

namespace {
QString excerpt(const QString &text)
{
    const QString simplified = text.simplified();
    return simplified.size() > 32 ? simplified.first(31) + QChar(0x2026) : simplified;
}
} // namespace

CurationMenus::CurationMenus(QUndoStack *undoStack, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_undoStack(undoStack)
    , m_dialogParent(dialogParent)
{
}

void CurationMenus::setProject(Project *project, EntityListModel *entities)
{
    m_project = project;
    m_entities = entities;
}

void CurationMenus::addReaderActions(QMenu *menu, const ArticleContent &article, qsizetype selectionStart, qsizetype selectionEnd,
                                     qsizetype position)
{
    if (!m_project || article.summary.id == 0)
        return;
    if (selectionEnd > selectionStart) {
        const QString passage = article.text.sliced(selectionStart, selectionEnd - selectionStart);
        const QString name = passage.simplified();
        // A name is short and on one line; a longer passage can only be a statement.
        if (name.size() <= 80 && !passage.contains(u'\n')) {
            QMenu *mark = menu->addMenu(tr("Mark \u201C%1\u201D As").arg(excerpt(name)));
            for (const EntityType type : {EntityType::Person, EntityType::Organisation, EntityType::Place, EntityType::Date, EntityType::Group}) {
                mark->addAction(entityTypeName(type), this, [this, name, type] {
                    QApplication::setOverrideCursor(Qt::WaitCursor);
                    m_undoStack->push(new AddEntityCommand(m_project, name, type));
                    QApplication::restoreOverrideCursor();
                });
            }
            mark->setToolTip(tr("Found in every article that contains it, now and after later imports"));
        }
        menu->addAction(tr("Mark as a Statement\u2026"), this, [this, article, selectionStart, selectionEnd, passage] {
            markAsStatement(article.summary.id, selectionStart, selectionEnd, passage);
        });
    }
    for (const Statement &statement : article.statements) {
        if (statement.start <= position && position < statement.end) {
            menu->addSeparator();
            QMenu *statementMenu = menu->addMenu(tr("Statement \u201C%1\u201D").arg(excerpt(statement.text)));
            addStatementActions(statementMenu, statement);
            break;
        }
    }
}

void CurationMenus::addStatementActions(QMenu *menu, const Statement &statement)
{
    if (!m_project)
        return;
    menu->addAction(tr("Change Speaker\u2026"), this, [this, statement] { changeSpeaker(statement); });
    QMenu *kinds = menu->addMenu(tr("Change Kind"));
    const std::pair<StatementKind, QString> choices[] = {
        {StatementKind::Direct, tr("Direct: a quotation")},
        {StatementKind::Indirect, tr("Indirect: reported speech")},
        {StatementKind::Mixed, tr("Mixed: reported speech with a quoted fragment")},
    };
    for (const auto &[kind, label] : choices) {
        QAction *action = kinds->addAction(label, this, [this, statement, kind] {
            m_undoStack->push(new EditStatementCommand(m_project, statement, statement.speakerEntity, kind,
                                                       tr("Make \u201C%1\u201D %2").arg(excerpt(statement.text), statementKindName(kind))));
        });
        action->setCheckable(true);
        action->setChecked(statement.kind == kind);
    }
    menu->addSeparator();
    menu->addAction(tr("Not a Statement"), this, [this, statement] { m_undoStack->push(new RejectStatementCommand(m_project, statement)); });
}

CurationMenus::SpeakerChoice CurationMenus::askForSpeaker(const QString &title, const QString &prompt, const QString &suggestion)
{
    const QPointer<EntityListModel> entities = m_entities;
    const auto speakers = [entities](const QString &text, int limit, qint64 *matching) {
        *matching = 0;
        return entities ? entities->find(text, limit, {EntityType::Person, EntityType::Organisation, EntityType::Group, EntityType::Place}, matching)
                        : QList<EntitySummary>();
    };
    EntityPickerDialog dialog(title, prompt, speakers, true, m_dialogParent);
    dialog.setText(suggestion);
    SpeakerChoice choice;
    if (dialog.exec() != QDialog::Accepted)
        return choice;
    choice.chosen = true;
    choice.entity = dialog.chosenEntity();
    choice.newName = dialog.newName();
    choice.newType = dialog.newType();
    return choice;
}

qint64 CurationMenus::applySpeakerChoice(const SpeakerChoice &choice)
{
    if (choice.entity != 0)
        return choice.entity;
    // A new name is added (found in every article that contains it) in the same undo step as its use.
    auto *add = new AddEntityCommand(m_project, choice.newName, choice.newType);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_undoStack->push(add);
    QApplication::restoreOverrideCursor();
    return add->entityId();
}

void CurationMenus::changeSpeaker(const Statement &statement)
{
    if (!m_project)
        return;
    const SpeakerChoice choice = askForSpeaker(tr("Change Speaker"), tr("Who said \u201C%1\u201D?").arg(excerpt(statement.text)), statement.speaker);
    if (!choice.chosen)
        return;
    const QString action = tr("Change the speaker of \u201C%1\u201D").arg(excerpt(statement.text));
    m_undoStack->beginMacro(action);
    m_undoStack->push(new EditStatementCommand(m_project, statement, applySpeakerChoice(choice), statement.kind, action));
    m_undoStack->endMacro();
}

void CurationMenus::markAsStatement(qint64 article, qsizetype start, qsizetype end, const QString &passage)
{
    if (!m_project)
        return;
    const SpeakerChoice choice = askForSpeaker(tr("Mark as a Statement"), tr("Who said \u201C%1\u201D?").arg(excerpt(passage)), QString());
    if (!choice.chosen)
        return;
    m_undoStack->beginMacro(tr("Mark \u201C%1\u201D as a statement").arg(excerpt(passage)));
    Statement statement;
    statement.article = article;
    statement.start = start;
    statement.end = end;
    statement.kind = StatementKind::Manual;
    statement.speakerEntity = applySpeakerChoice(choice);
    statement.text = passage;
    m_undoStack->push(new AddStatementCommand(m_project, statement));
    m_undoStack->endMacro();
}

} // namespace Verbatim::Ui
