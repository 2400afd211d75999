#pragma once

#include "search/searchquery.h"
#include "store/records.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>

namespace Verbatim {

class Project;

/// The articles of a project, filtered and sorted, for the list beside the reader. Lazy: it holds the ids of the
/// matching articles in order and reads their metadata (never their text) a page at a time as rows are shown,
/// so a project of a million articles opens and scrolls without loading it.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column { DateColumn, TitleColumn, SourceColumn, StatementsColumn, TagsColumn, ColumnCount };
    enum Role {
        ArticleRole = Qt::UserRole + 1, ///< the project's row id (qint64)
        ArticleIdRole, ///< the id the source gave (QString)
    };

    explicit ArticleListModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Shows only the articles that match a full-text query (all of them for an empty query).
    void setSearch(const SearchQuery &query);
    SearchQuery search() const { return m_search; }
    /// Shows only the articles that mention an entity or quote it as a speaker (all of them for 0), combined with the search.
    void setEntityFilter(qint64 entity);
    qint64 entityFilter() const { return m_entity; }
    /// Why the last search failed, or an empty string.
    QString searchError() const { return m_searchError; }

    /// The number of articles in the project, whatever the filter.
    qint64 totalCount() const { return m_totalCount; }
    qint64 articleAt(int row) const;
    /// The row of an article, or -1 when the filter hides it.
    int rowOf(qint64 article) const;

public Q_SLOTS:
    /// Reads the ids again, after an import.
    void reload();

private:
    static constexpr int pageSize = 256;
    const ArticleSummary *summaryAt(int row) const;
    void refreshArticle(qint64 article);

    Project *m_project = nullptr;
    QList<qint64> m_ids;
    qint64 m_totalCount = 0;
    SearchQuery m_search{QString()};
    qint64 m_entity = 0;
    QString m_searchError;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable QCache<int, QList<ArticleSummary>> m_pages{64};
};

} // namespace Verbatim
