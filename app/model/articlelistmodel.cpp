#include "articlelistmodel.h"

#include "store/project.h"

namespace Verbatim {

ArticleListModel::ArticleListModel(Project *project, QObject *parent)
    : ArticleListModel(project, nullptr, parent)
{
}

ArticleListModel::ArticleListModel(Project *project, QueryRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_runner(runner)
{
    if (!m_runner) {
        m_ownRunner = std::make_unique<QueryRunner>(project->filePath());
        m_runner = m_ownRunner.get();
    }
    connect(project, &Project::articlesChanged, this, &ArticleListModel::reload);
    connect(project, &Project::annotationsChanged, this, &ArticleListModel::refreshArticle);
    // A correction or curation changes statements and speakers: which articles a speaker or entity filter shows.
    connect(project, &Project::extractionChanged, this, [this] {
        if (m_filter.speaker != 0 || m_filter.entity != 0 || m_sortColumn == StatementsColumn)
            reload();
        else
            refreshArticle(0);
    });
    connect(project, &Project::entitiesChanged, this, [this] {
        if (m_filter.speaker != 0 || m_filter.entity != 0)
            reload();
    });
    reload();
}

ArticleListModel::~ArticleListModel()
{
    m_channel.cancel();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DateColumn:
            return tr("Date");
        case TitleColumn:
            return tr("Title");
        case SourceColumn:
            return tr("Source");
        case StatementsColumn:
            return tr("Statements");
        case TagsColumn:
            return tr("Tags");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StatementsColumn:
            return tr("Statements found in the article");
        case TagsColumn:
            return tr("Tags applied in the article");
        }
    }
    if (role == Qt::TextAlignmentRole && (section == StatementsColumn || section == TagsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

const ArticleSummary *ArticleListModel::summaryAt(int row) const
{
    const int page = row / pageSize;
    QList<ArticleSummary> *rows = m_pages.object(page);
    if (!rows) {
        const int first = page * pageSize;
        const int last = std::min<int>(int(m_ids.size()), first + pageSize);
        rows = new QList<ArticleSummary>(m_project->articleSummaries(m_ids.mid(first, last - first)));
        m_pages.insert(page, rows);
    }
    const int offset = row % pageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary *summary = summaryAt(index.row());
    if (!summary)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return summary->date.isValid() ? summary->date.toString(Qt::ISODate) : QString();
        case TitleColumn:
            return summary->title;
        case SourceColumn:
            return summary->source;
        case StatementsColumn:
            return summary->statementCount;
        case TagsColumn:
            return summary->tagCount > 0 ? QVariant(summary->tagCount) : QVariant(QString());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return summary->title;
        if (index.column() == DateColumn && !summary->date.isValid())
            return tr("No date");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StatementsColumn || index.column() == TagsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArticleRole:
        return summary->id;
    case ArticleIdRole:
        return summary->articleId;
    default:
        break;
    }
    return {};
}

qint64 ArticleListModel::articleAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int ArticleListModel::rowOf(qint64 article) const
{
    return int(m_ids.indexOf(article));
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void ArticleListModel::setEntityFilter(qint64 entity)
{
    ArticleFilter filter = m_filter;
    filter.entity = entity;
    setFilter(filter);
}

void ArticleListModel::setSearch(const SearchQuery &query)
{
    ArticleFilter filter = m_filter;
    filter.search = query;
    setFilter(filter);
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    reload();
}

void ArticleListModel::reload()
{
    CorpusQuery::ArticleOrder order = CorpusQuery::ArticleOrder::Date;
    switch (m_sortColumn) {
    case TitleColumn:
        order = CorpusQuery::ArticleOrder::Title;
        break;
    case SourceColumn:
        order = CorpusQuery::ArticleOrder::Source;
        break;
    case StatementsColumn:
        order = CorpusQuery::ArticleOrder::Statements;
        break;
    case TagsColumn:
        order = CorpusQuery::ArticleOrder::Tags;
        break;
    default:
        break;
    }
    setLoading(true);
    const ArticleFilter filter = m_filter;
    const Qt::SortOrder direction = m_sortOrder;
    m_runner->submit(
        m_channel,
        [filter, order, direction](CorpusQuery &query, const CorpusQuery::CancelCheck &cancelled) {
            return QVariant::fromValue(query.articles(filter, order, direction, cancelled));
        },
        this, [this](const QVariant &result) { apply(result.value<CorpusQuery::Articles>()); });
}

void ArticleListModel::apply(const CorpusQuery::Articles &result)
{
    beginResetModel();
    m_pages.clear();
    m_ids = result.ids;
    m_totalCount = result.total;
    m_searchError = result.error;
    endResetModel();
    setLoading(false);
    Q_EMIT loaded();
}

void ArticleListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ArticleListModel::refreshArticle(qint64 article)
{
    // Tags decide which articles a tag filter shows, and the order by tags.
    if (m_filter.tag != 0 || m_sortColumn == TagsColumn) {
        reload();
        return;
    }
    if (article == 0) {
        m_pages.clear();
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    const int row = rowOf(article);
    if (row < 0)
        return;
    m_pages.remove(row / pageSize);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Verbatim
