#include "corpusstatementmodel.h"

#include "store/project.h"
#include "store/sql.h"
#include "store/sqlcursor.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Verbatim {

namespace {

// One row per statement, its speaker as curated (an ignored entity is no speaker), its tags in codebook order.
const char *const rowColumns =
    "SELECT statement.id, statement.article, statement.kind, "
    "CASE WHEN speaker.ignored THEN '' ELSE coalesce(speaker.name, statement.speaker) END, "
    "statement.text, statement.status, article.date, article.title, "
    "(SELECT group_concat(tag, ',') FROM (SELECT annotation_tag.tag AS tag FROM annotation_tag JOIN tag ON tag.id = annotation_tag.tag "
    "WHERE annotation_tag.annotation = annotation.id ORDER BY tag.position, tag.name)), annotation.note "
    "FROM statement JOIN article ON article.id = statement.article "
    "LEFT JOIN entity AS speaker ON speaker.id = statement.speaker_entity "
    "LEFT JOIN annotation ON annotation.statement = statement.id ";

} // namespace

CorpusStatementModel::CorpusStatementModel(Project *project, QObject *parent)
    : CorpusStatementModel(project, nullptr, parent)
{
}

CorpusStatementModel::CorpusStatementModel(Project *project, QueryRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_runner(runner)
{
    if (!m_runner) {
        m_ownRunner = std::make_unique<QueryRunner>(project->filePath());
        m_runner = m_ownRunner.get();
    }
    readCodebook();
    connect(project, &Project::articlesChanged, this, &CorpusStatementModel::reload);
    // Statements were rejected, added or corrected: the rows themselves change.
    connect(project, &Project::extractionChanged, this, &CorpusStatementModel::reload);
    connect(project, &Project::annotationsChanged, this, [this] {
        if (m_filter.tag != 0)
            reload();
        else
            refreshAll();
    });
    connect(project, &Project::tagsChanged, this, [this] {
        readCodebook();
        if (m_filter.tag != 0)
            reload();
        else
            refreshAll();
    });
    connect(project, &Project::entitiesChanged, this, [this] {
        if (m_filter.speaker != 0 || m_filter.entity != 0 || m_sortColumn == SpeakerColumn)
            reload();
        else
            refreshAll();
    });
    reload();
}

CorpusStatementModel::~CorpusStatementModel()
{
    m_channel.cancel();
}

int CorpusStatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rows.count(), std::numeric_limits<int>::max()));
}

int CorpusStatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorpusStatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DateColumn:
            return tr("Date");
        case SpeakerColumn:
            return tr("Speaker");
        case TextColumn:
            return tr("Statement");
        case TagsColumn:
            return tr("Tags");
        case ArticleColumn:
            return tr("Article");
        }
    }
    if (role == Qt::ToolTipRole && isSortable(section))
        return tr("Click to sort by this column");
    return {};
}

void CorpusStatementModel::readCodebook()
{
    m_tags.clear();
    for (const Tag &tag : m_project->tags())
        m_tags.insert(tag.id, tag);
}

void CorpusStatementModel::refreshAll()
{
    m_pages.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CorpusStatementModel::articleIndexOf(int row) const
{
    // The article whose rows begin at or before `row`.
    const auto after = std::upper_bound(m_rows.firstRow.cbegin(), m_rows.firstRow.cend(), qint64(row));
    return int(after - m_rows.firstRow.cbegin()) - 1;
}

const CorpusStatementModel::Row *CorpusStatementModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int page = row / pageSize;
    QList<Row> *rows = m_pages.object(page);
    if (!rows) {
        const int first = page * pageSize;
        const int last = std::min(rowCount(), first + pageSize);
        rows = new QList<Row>(last - first);
        auto read = [](const Sql::Cursor &cursor) {
            Row value;
            value.id = cursor.integer(0);
            value.article = cursor.integer(1);
            statementKindFromName(QString::fromUtf8(cursor.text(2)), &value.kind);
            value.speaker = QString::fromUtf8(cursor.text(3));
            value.text = QString::fromUtf8(cursor.text(4));
            value.status = QString::fromUtf8(cursor.text(5));
            value.date = QDate::fromString(QString::fromUtf8(cursor.text(6)), Qt::ISODate);
            value.title = QString::fromUtf8(cursor.text(7));
            if (!cursor.isNull(8)) {
                for (const QByteArray &tag : cursor.text(8).toByteArray().split(','))
                    value.tagIds.append(tag.toLongLong());
            }
            value.note = QString::fromUtf8(cursor.text(9));
            return value;
        };
        if (m_rows.wholeArticles) {
            // The articles this page spans, each with all its statements in reading order.
            const int firstArticle = articleIndexOf(first);
            QVariantList articles;
            for (int a = firstArticle; a >= 0 && a < m_rows.articles.size() && m_rows.firstRow[a] < last; ++a)
                articles.append(m_rows.articles[a]);
            QHash<qint64, QList<Row>> byArticle;
            Sql::Cursor cursor(m_project->database(),
                               QString::fromLatin1(rowColumns)
                                   + u"WHERE statement.article IN (%1) AND statement.status <> 'rejected' "
                                     u"ORDER BY statement.article, statement.start, statement.id"_s.arg(Sql::placeholders(articles.size())));
            if (cursor.bind(articles)) {
                while (cursor.next()) {
                    Row value = read(cursor);
                    byArticle[value.article].append(value);
                }
            }
            for (int r = first; r < last; ++r) {
                const int a = articleIndexOf(r);
                const QList<Row> &ofArticle = byArticle[m_rows.articles.value(a)];
                const qint64 k = r - m_rows.firstRow.value(a);
                if (k < ofArticle.size())
                    (*rows)[r - first] = ofArticle[k];
                else
                    (*rows)[r - first].article = m_rows.articles.value(a); // the count was ahead of the statements
            }
        } else {
            QVariantList ids;
            for (int r = first; r < last; ++r)
                ids.append(m_rows.ids[r]);
            QHash<qint64, Row> byId;
            Sql::Cursor cursor(m_project->database(), QString::fromLatin1(rowColumns) + u"WHERE statement.id IN (%1)"_s.arg(Sql::placeholders(ids.size())));
            if (cursor.bind(ids)) {
                while (cursor.next()) {
                    Row value = read(cursor);
                    byId.insert(value.id, value);
                }
            }
            for (int r = first; r < last; ++r)
                (*rows)[r - first] = byId.value(m_rows.ids[r]);
        }
        m_pages.insert(page, rows);
    }
    return &rows->at(row % pageSize);
}

QVariant CorpusStatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return row->date.isValid() ? row->date.toString(Qt::ISODate) : QString();
        case SpeakerColumn:
            return row->id == 0 || !row->speaker.isEmpty() ? row->speaker : tr("(unknown)");
        case TextColumn:
            return row->text.simplified();
        case TagsColumn: {
            QStringList names;
            for (const qint64 tag : row->tagIds)
                names.append(m_tags.value(tag).name);
            QString tags = names.join(u", "_s);
            if (!row->note.trimmed().isEmpty())
                tags += (tags.isEmpty() ? QString() : u" "_s) + u"\u270E"_s;
            return tags;
        }
        case ArticleColumn:
            return row->title;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == TagsColumn) {
            QString tip = u"<b>%1</b> (%2)<br>%3"_s.arg((row->speaker.isEmpty() ? tr("(unknown)") : row->speaker).toHtmlEscaped(),
                                                   statementKindName(row->kind), row->text.left(600).toHtmlEscaped());
            if (!row->note.trimmed().isEmpty())
                tip += u"<br><i>%1</i>"_s.arg(row->note.toHtmlEscaped());
            return tip;
        }
        if (index.column() == ArticleColumn)
            return row->title;
        if (index.column() == DateColumn && !row->date.isValid())
            return tr("No date");
        break;
    case Qt::DecorationRole:
        if (index.column() == TagsColumn && !row->tagIds.isEmpty())
            return m_tags.value(row->tagIds.constFirst()).colour;
        break;
    case Qt::FontRole:
        // Statements the user corrected or added are the user's: in italics, as in the coding panel.
        if (!row->status.isEmpty() && row->status != u"auto") {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case StatementRole:
        return row->id;
    case ArticleRole:
        return row->article;
    default:
        break;
    }
    return {};
}

qint64 CorpusStatementModel::statementAt(int row) const
{
    if (!m_rows.wholeArticles)
        return row >= 0 && row < m_rows.ids.size() ? m_rows.ids[row] : 0;
    const Row *value = rowAt(row);
    return value ? value->id : 0;
}

qint64 CorpusStatementModel::articleAt(int row) const
{
    if (m_rows.wholeArticles)
        return row >= 0 && row < rowCount() ? m_rows.articles.value(articleIndexOf(row)) : 0;
    const Row *value = rowAt(row);
    return value ? value->article : 0;
}

int CorpusStatementModel::rowOf(qint64 statement) const
{
    if (statement == 0)
        return -1;
    if (!m_rows.wholeArticles)
        return int(m_rows.ids.indexOf(statement));
    // Its article's first row, plus the statements before it in reading order.
    QSqlQuery query(m_project->database());
    if (!Sql::exec(query,
                   u"SELECT s.article, (SELECT count(*) FROM statement AS o WHERE o.article = s.article AND o.status <> 'rejected' "
                   u"AND (o.start < s.start OR (o.start = s.start AND o.id < s.id))) FROM statement AS s WHERE s.id = ? AND s.status <> 'rejected'"_s,
                   {statement})
        || !query.next())
        return -1;
    const qsizetype article = m_rows.articles.indexOf(query.value(0).toLongLong());
    if (article < 0)
        return -1;
    const qint64 row = m_rows.firstRow[article] + query.value(1).toLongLong();
    return row < m_rows.firstRow[article + 1] ? int(row) : -1;
}

void CorpusStatementModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void CorpusStatementModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    reload();
}

void CorpusStatementModel::reload()
{
    setLoading(true);
    const ArticleFilter filter = m_filter;
    const CorpusQuery::StatementOrder order = m_sortColumn == SpeakerColumn ? CorpusQuery::StatementOrder::Speaker : CorpusQuery::StatementOrder::Date;
    const Qt::SortOrder direction = m_sortOrder;
    m_runner->submit(
        m_channel,
        [filter, order, direction](CorpusQuery &query, const CorpusQuery::CancelCheck &cancelled) {
            return QVariant::fromValue(query.statements(filter, order, direction, cancelled));
        },
        this, [this](const QVariant &result) { apply(result.value<CorpusQuery::Statements>()); });
}

void CorpusStatementModel::apply(const CorpusQuery::Statements &rows)
{
    beginResetModel();
    m_pages.clear();
    m_rows = rows;
    endResetModel();
    setLoading(false);
    Q_EMIT loaded();
}

void CorpusStatementModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace Verbatim
