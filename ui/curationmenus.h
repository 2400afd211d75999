#pragma once

#include "store/records.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QUndoStack;
class QWidget;

namespace Verbatim {
class CodebookModel;
class EntityListModel;
class Project;
}

namespace Verbatim::Ui {

/// The corrections a user makes to what the extractor found, offered in context menus: mark a passage as a person,
/// organisation, place, date or group (found in every article at once), mark a passage as a statement, change a
/// statement's speaker or kind, or say it is not a statement. Each is an undoable command.
class CurationMenus : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurationMenus)

public:
    CurationMenus(QUndoStack *undoStack, QWidget *dialogParent);

    void setProject(Project *project, EntityListModel *entities);

    /// Adds to the reader's menu what applies to the selected passage and to the statement under the pointer.
    void addReaderActions(QMenu *menu, const ArticleContent &article, qsizetype selectionStart, qsizetype selectionEnd, qsizetype position);
    /// Adds the corrections of one statement.
    void addStatementActions(QMenu *menu, const Statement &statement);

    /// Asks for a speaker and sets it (an existing entity, or a new name added as one).
    void changeSpeaker(const Statement &statement);
    /// Asks for a speaker and adds the passage as a statement of the user's.
    void markAsStatement(qint64 article, qsizetype start, qsizetype end, const QString &passage);

private:
    struct SpeakerChoice {
        bool chosen = false; ///< false when the user cancelled
        qint64 entity = 0; ///< an existing entity, or 0 for a new name
        QString newName;
        EntityType newType = EntityType::Person;
    };
    SpeakerChoice askForSpeaker(const QString &title, const QString &prompt, const QString &suggestion);
    /// The id of the chosen speaker, adding a new name first (call inside an undo macro).
    qint64 applySpeakerChoice(const SpeakerChoice &choice);

    QUndoStack *m_undoStack = nullptr;
    QWidget *m_dialogParent = nullptr;
    QPointer<Project> m_project;
    QPointer<EntityListModel> m_entities;
};

} // namespace Verbatim::Ui
