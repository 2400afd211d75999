#pragma once

#include "corpus/article.h"
#include "extract/extraction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Verbatim {

/// Adds articles, with what was extracted from them, to a project through a connection of its own, so that an
/// import can run on a worker thread while the window keeps reading. Everything between begin() and commit()
/// is one transaction: an import that fails or is cancelled leaves the project exactly as it was.
class ArticleWriter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleWriter)

public:
    /// Opens a connection to an existing project (see Project::open()) in the calling thread.
    explicit ArticleWriter(const QString &projectPath);
    ~ArticleWriter();
    Q_DISABLE_COPY_MOVE(ArticleWriter)

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    bool begin();
    bool commit();
    void rollback();

    enum class Outcome {
        Inserted,
        Duplicate, ///< the same text is already in the project
        IdConflict, ///< another article with this id is in the project; nothing was written
        Failed, ///< a database error; see errorString(), and roll back
    };
    Outcome insert(const Article &article, const Extraction &extraction, int extractionVersion);

private:
    bool prepare(QSqlQuery &query, const char *sql);
    qint64 entityId(const QString &name, EntityType type);

    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_inTransaction = false;
    QString m_error;
    QString m_importTime;

    QSqlQuery m_findHash;
    QSqlQuery m_findId;
    QSqlQuery m_insertArticle;
    QSqlQuery m_insertText;
    QSqlQuery m_insertSearch;
    QSqlQuery m_insertStatement;
    QSqlQuery m_insertEntity;
    QSqlQuery m_insertMention;
    QHash<QString, qint64> m_entityIds; ///< "type\tname" -> id, for the entities of this project
};

} // namespace Verbatim
