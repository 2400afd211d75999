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
