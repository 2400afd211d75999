#pragma once

#include "corpus/article.h"
#include "extract/extraction.h"
#include "sqlcursor.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace Verbatim {

/// An annotation that re-extraction could not attach to any statement: it keeps its span, tags and note, and
/// becomes an annotation of the passage (kind "manual" in exports).
struct DetachedAnnotation {
    qint64 annotation = 0;
    qint64 article = 0;
    QString text;
};

/// What re-extracting articles did to their statements and to the annotations on them.
struct ReextractionCounts {
    qint64 articles = 0;
    qint64 statementsBefore = 0;
    qint64 statementsAfter = 0;
    qint64 reattachedBySpan = 0; ///< annotations whose statement was found again with the same span
    qint64 reattachedByText = 0; ///< ... or, failing that, with the same text
    QList<DetachedAnnotation> detached;
};

/// Writes articles and what was extracted from them. Through a connection of its own, an import runs on a worker
/// thread while the window keeps reading; with a borrowed connection, curation re-extracts a few articles inside
/// the caller's transaction. Everything between begin() and commit() is one savepoint: a failure or a cancellation
/// leaves the project exactly as it was.
///
/// Entity names resolve through the user's curation (entity_alias): a name the user renamed, retyped or merged
/// goes to the entity they chose, also for articles imported or re-extracted later.
class ArticleWriter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleWriter)

public:
    /// Opens a connection of its own to an existing project (see Project::open()) in the calling thread.
    explicit ArticleWriter(const QString &projectPath);
    /// Uses an open connection of the calling thread (the project's own); the caller keeps it.
    explicit ArticleWriter(const QSqlDatabase &connection);
    ~ArticleWriter();
    Q_DISABLE_COPY_MOVE(ArticleWriter)

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    bool begin();
    /// Writes what is pending (flush()) and makes everything since begin() permanent.
    bool commit();
    void rollback();
    /// Writes what insert() and replaceExtraction() keep for later, to do it in bulk: the full-text index of the
    /// new articles and the entities' counts. commit() calls it; an import calls it after each batch too.
    bool flush();

    enum class Outcome {
        Inserted,
        Duplicate, ///< the same text is already in the project
        IdConflict, ///< another article with this id is in the project; nothing was written
        Failed, ///< a database error; see errorString(), and roll back
    };
    Outcome insert(const Article &article, const Extraction &extraction, int extractionVersion);

    /// What insert() needs besides the article, worked out beforehand on any thread, so that the one writer thread
    /// only writes.
    struct Prepared {
        Extraction extraction;
        QByteArray contentHash;
    };
    static Prepared prepare(const Article &article, Extraction extraction);
    Outcome insertPrepared(const Article &article, const Prepared &prepared, int extractionVersion);

    /// Replaces what the extractor found in an article with `extraction`: its own statements and mentions are
    /// replaced; the user's (edited, manual and rejected statements, added mentions) stay, and new statements that
    /// overlap them are left out. Annotations on replaced statements are attached again to the statement with the
    /// same span, else the same text, else kept as annotations of their passage and listed in `counts`.
    bool replaceExtraction(qint64 article, const QString &text, const Extraction &extraction, int extractionVersion,
                           ReextractionCounts *counts);

private:
    void prepareAll();
    bool prepare(QSqlQuery &query, const char *sql);
    bool execNamed(QSqlQuery &query, std::initializer_list<QVariant> values);
    bool prepare(std::unique_ptr<Sql::Command> &command, const char *sql);
    bool exec(Sql::Command &command, std::initializer_list<Sql::Value> values);
    void loadEntities();
    qint64 entityId(const QString &name, EntityType type, qint64 article);
    bool insertMentionsAndStatements(qint64 article, const QString &text, const Extraction &extraction,
                                     const QList<std::pair<qsizetype, qsizetype>> &userStatementSpans, QHash<qint64, int> *mentionsByEntity);
    void countMentions(const QHash<qint64, int> &before, const QHash<qint64, int> &after);

    QString m_connectionName; ///< empty when the connection is borrowed
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_inTransaction = false;
    QString m_error;
    QString m_importTime;

    QSqlQuery m_findHash;
    QSqlQuery m_findId;
    // The inserts run for every article and for each of its mentions and statements.
    std::unique_ptr<Sql::Command> m_insertArticle;
    std::unique_ptr<Sql::Command> m_insertText;
    std::unique_ptr<Sql::Command> m_insertStatement;
    std::unique_ptr<Sql::Command> m_insertMention;
    QSqlQuery m_indexArticles;
    QSqlQuery m_insertEntity;
    QSqlQuery m_entityCounts;
    QHash<QString, qint64> m_entityIds; ///< "type\tname" -> id: entities and the user's aliases
    QHash<qint64, QHash<QString, qint64>> m_articleAliases; ///< article -> "type\tname" -> id: splits within an article

    // Kept for flush(). The full-text index is filled in one statement per batch rather than one per article: FTS5
    // writes its pending terms out at every statement savepoint, and an article's insert (with its UNIQUE columns)
    // opens one, so per-article inserts would leave one small index segment per article to merge later.
    qint64 m_firstUnindexed = 0; ///< the new articles not yet in the index are ids m_firstUnindexed..m_lastUnindexed
    qint64 m_lastUnindexed = 0;
    struct CountChange {
        int mentions = 0;
        int articles = 0;
    };
    QHash<qint64, CountChange> m_countChanges; ///< entity -> what to add to its counts
};

} // namespace Verbatim
