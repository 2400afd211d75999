#pragma once

#include "records.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace Verbatim {

/// An open project file: one SQLite database holding the corpus, what was extracted from it, the codebook and
/// the user's annotations. Every edit is one transaction, committed at once: there is nothing to save.
/// A Project belongs to the thread that opened it; other threads (an import) open connections of their own.
class Project : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)

public:
    enum class OpenMode {
        OpenExisting, ///< fail when the file does not exist
        CreateIfMissing, ///< create a new project when nothing is at the path
    };

    /// Opens (or creates) the project at `path`, migrating an older format after keeping a copy of it beside it.
    /// Files that are not projects, or are from a newer Verbatim, are refused with a message and never modified.
    static std::unique_ptr<Project> open(const QString &path, OpenMode mode, QString *error);
    ~Project() override;

    QString filePath() const { return m_path; }
    /// The connection of the thread that opened the project, for models that query it.
    QSqlDatabase database() const;

    ProjectCounts counts() const;
    std::optional<ArticleSummary> articleSummary(qint64 article) const;
    /// The summaries of `articles` in one query, in the same order; an article that is gone gives an empty summary (id 0).
    QList<ArticleSummary> articleSummaries(const QList<qint64> &articles) const;
    std::optional<ArticleContent> articleContent(qint64 article) const;
    /// The row id of the article whose source id is `articleId`, or 0.
    qint64 findArticle(const QString &articleId) const;
    QList<Tag> tags() const;
    std::optional<Tag> tag(qint64 id) const;
    std::optional<Annotation> annotation(qint64 id) const;
    std::optional<Annotation> annotationForStatement(qint64 statement) const;

    /// Inserts `annotation` (with its id when it has one, as redo does), filling in its id, text and times.
    bool insertAnnotation(Annotation *annotation);
    /// Replaces the tags and note of an existing annotation and updates its modification time.
    bool updateAnnotation(const Annotation &annotation);
    bool deleteAnnotation(qint64 id);

    /// Inserts `tag` (with its id when it has one), and re-applies it to `taggedAnnotations` (undo of a deletion).
    bool insertTag(Tag *tag, const QList<qint64> &taggedAnnotations = {});
    bool updateTag(const Tag &tag);
    /// Deletes a tag and removes it from every annotation; `taggedAnnotations` receives those annotations.
    bool deleteTag(qint64 id, QList<qint64> *taggedAnnotations = nullptr);

    /// Tells views that articles were added by an import running on another connection.
    void notifyArticlesChanged();

    // Curation of what the extractor found (projectcuration.cpp). Each is one transaction; the user's decisions are
    // kept in the project (entity_alias, statement.status) and survive re-extraction.

    QList<EntitySummary> entities() const;
    /// The people, organisations and groups that statements can be filtered by (listed, not ignored), as (id, name),
    /// by name regardless of case: read straight from the table, for a list of hundreds of thousands.
    QList<std::pair<qint64, QString>> speakerChoices() const;
    std::optional<EntitySummary> entity(qint64 id) const;
    /// The entity called `name` of `type`, or 0.
    qint64 findEntity(const QString &name, EntityType type) const;
    /// Renames an entity; the old name keeps leading to it. Refused when another entity of the type has the name.
    /// `before`, when given, receives what undo needs (restoreEntityNaming()).
    bool renameEntity(qint64 id, const QString &name, EntityNaming *before = nullptr);
    bool setEntityType(qint64 id, EntityType type, EntityNaming *before = nullptr);
    /// Gives an entity back the name, type and aliases it had before renameEntity() or setEntityType().
    bool restoreEntityNaming(const EntityNaming &before);
    bool setEntityIgnored(qint64 id, bool ignored);
    /// Moves every mention and statement of `from` to `into` and deletes `from`; its names lead to `into` from then on.
    bool mergeEntities(qint64 from, qint64 into, EntityMerge *merge);
    bool undoMerge(const EntityMerge &merge);
    /// Gives the mentions (and statements) of an entity in one article to a new entity called `name`.
    bool splitEntity(qint64 id, qint64 article, const QString &name, EntitySplit *split);
    bool undoSplit(const EntitySplit &split);
    /// Adds a name of the user's, and finds it in every article that contains it. Sets `*id` to the entity and
    /// `*existing` to the entity as it was when the extractor had already found the name (std::nullopt otherwise).
    bool addEntity(const QString &name, EntityType type, qint64 *id, std::optional<EntitySummary> *existing = nullptr);
    /// Takes back addEntity(): removes the entity and its mentions or, when the extractor had found it before
    /// (`existing`), gives it back its origin and whether it was ignored.
    bool removeAddedEntity(qint64 id, const std::optional<EntitySummary> &existing = std::nullopt);

    /// Changes a statement's speaker (an entity id, 0 for unknown) and kind; it becomes the user's ("edited").
    bool updateStatement(qint64 id, qint64 speakerEntity, StatementKind kind);
    /// A statement as stored, whatever the curation of its speaker (for undo); unlike articleContent()
    /// it also finds rejected statements and keeps the speaker of an ignored entity.
    std::optional<Statement> storedStatement(qint64 id) const;
    /// Puts a statement back as it was (for undo).
    bool restoreStatement(const Statement &statement);
    /// Marks a statement as not a statement: it is hidden, stays out after re-extraction, and loses its annotation
    /// (kept on its passage). `*detachedAnnotation` receives that annotation's id, or 0.
    bool rejectStatement(qint64 id, StatementRejection *rejection);
    /// Takes a rejection back: the statement gets its status and its annotation again.
    bool unrejectStatement(qint64 id, const StatementRejection &rejection);
    /// Adds a statement the user marked (kind "manual"); fills in its id and text.
    bool insertStatement(Statement *statement);
    bool deleteStatement(qint64 id);

    /// Why the last edit failed.
    QString errorString() const { return m_error; }
    /// Tells the window that an edit could not be made (an undo command calls this; it then drops itself).
    void notifyEditFailed(const QString &action);

Q_SIGNALS:
    void articlesChanged();
    void annotationsChanged(qint64 article);
    void tagsChanged();
    /// An edit failed and the project is unchanged; `message` says what and why.
    void editFailed(const QString &message);
    /// Entities were renamed, merged, split, ignored or added.
    void entitiesChanged();
    /// The statements or mentions of an article changed (0: of several articles).
    void extractionChanged(qint64 article);

private:
    Project(const QString &path, const QString &connectionName);
    bool fail(const QString &error);
    bool refreshTagCounts(const QList<qint64> &articles);
    bool tagNameTaken(const QString &name, qint64 except) const;
    QList<Annotation> annotations(const QString &where, const QVariantList &values, const QString &articleText) const;
    std::optional<QString> articleText(qint64 article) const;

    QString m_path;
    QString m_connectionName;
    QString m_error;
};

} // namespace Verbatim
