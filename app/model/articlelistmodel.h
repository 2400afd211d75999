#pragma once

#include "search/articlefilter.h"
#include "search/queryrunner.h"
#include "store/records.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>

#include <memory>

namespace Verbatim {

class Project;

/// The articles of a project, filtered and sorted, for the list beside the reader. Lazy: it holds the ids of the
/// matching articles in order and reads their metadata (never their text) a page at a time as rows are shown, so a
/// project of a million articles opens and scrolls without loading it. The ids are found on a QueryRunner's thread:
/// a change of filter or order returns at once, and the model resets when the new ids arrive (loaded()); a newer
/// change makes an older one stale, and its result is never shown.
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

    /// Runs its queries on a thread of its own.
    explicit ArticleListModel(Project *project, QObject *parent = nullptr);
    /// Runs its queries on `runner`, which it shares (with the statements table) and which must outlive it.
    ArticleListModel(Project *project, QueryRunner *runner, QObject *parent = nullptr);
    ~ArticleListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Shows only the articles that pass `filter` (search, entity, source, dates, speaker, tag).
    void setFilter(const ArticleFilter &filter);
    ArticleFilter filter() const { return m_filter; }
    /// Shows only the articles that match a full-text query (all of them for an empty query), with the other conditions.
    void setSearch(const SearchQuery &query);
    SearchQuery search() const { return m_filter.search; }
    /// Shows only the articles that mention an entity or quote it as a speaker (all of them for 0), with the other conditions.
    void setEntityFilter(qint64 entity);
    qint64 entityFilter() const { return m_filter.entity; }
    /// Why the last query failed (a damaged index, dates the wrong way round), or an empty string.
    QString searchError() const { return m_searchError; }
    /// New ids are being looked for; the rows are those of the previous query until they arrive.
    bool isLoading() const { return m_loading; }

    /// The number of articles in the project, whatever the filter.
    qint64 totalCount() const { return m_totalCount; }
    qint64 articleAt(int row) const;
    /// The row of an article, or -1 when the filter hides it.
    int rowOf(qint64 article) const;

public Q_SLOTS:
    /// Looks for the ids again (after an import); the model resets when they arrive.
    void reload();

Q_SIGNALS:
    /// The rows are those of the newest filter and order (emitted after the reset).
    void loaded();
    void loadingChanged(bool loading);

private:
    static constexpr int pageSize = 64; // a jump of the scroll bar reads a screenful, not four

    const ArticleSummary *summaryAt(int row) const;
    void refreshArticle(qint64 article);
    void apply(const CorpusQuery::Articles &result);
    void setLoading(bool loading);

    Project *m_project = nullptr;
    std::unique_ptr<QueryRunner> m_ownRunner;
    QueryRunner *m_runner = nullptr;
    QueryRunner::Channel m_channel;
    QList<qint64> m_ids;
    qint64 m_totalCount = 0;
    ArticleFilter m_filter;
    QString m_searchError;
    bool m_loading = false;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable QCache<int, QList<ArticleSummary>> m_pages{256};
};

} // namespace Verbatim
