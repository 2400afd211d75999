#include "corpusquery.h"

#include "store/sql.h"
#include "store/sqlcursor.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <bit>
#include <limits>
#include <tuple>
#include <map>
#include <optional>
#include <vector>

namespace Verbatim {

namespace {

// A set of article row ids; corpora number their articles from 1 without gaps, so a bit per id is the smallest and
// fastest set, and intersecting two is a pass over a few kilobytes.
class Bitmap
{
public:
    explicit Bitmap(qint64 maxId)
        : m_words(std::size_t(maxId / 64 + 1), 0)
    {
    }
    void set(qint64 id)
    {
        if (id >= 0 && std::size_t(id / 64) < m_words.size())
            m_words[std::size_t(id / 64)] |= quint64(1) << (id % 64);
    }
    bool test(qint64 id) const
    {
        return id >= 0 && std::size_t(id / 64) < m_words.size() && (m_words[std::size_t(id / 64)] >> (id % 64)) & 1;
    }
    void intersect(const Bitmap &other)
    {
        for (std::size_t i = 0; i < m_words.size(); ++i)
            m_words[i] &= i < other.m_words.size() ? other.m_words[i] : 0;
    }
    void unite(const Bitmap &other)
    {
        for (std::size_t i = 0; i < m_words.size() && i < other.m_words.size(); ++i)
            m_words[i] |= other.m_words[i];
    }
    qint64 count() const
    {
        qint64 bits = 0;
        for (const quint64 word : m_words)
            bits += std::popcount(word);
        return bits;
    }

private:
    std::vector<quint64> m_words;
};

// 'YYYY-MM-DD' as the number YYYYMMDD, which orders as the text does; 0 for no date.
qint32 dateNumber(QByteArrayView text)
{
    if (text.isEmpty())
        return 0;
    qint32 number = 0;
    int digits = 0;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            number = number * 10 + (c - '0');
            if (++digits == 8)
                break;
        }
    }
    while (digits++ < 8)
        number *= 10;
    return number;
}

qint32 dateNumber(const QDate &date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

constexpr int cancelEvery = 8192; // rows between two looks at the cancel check in C++ loops

} // namespace

struct CorpusQuery::Cache {
    qint64 dataVersion = -1;
    // Every article by date (then id), ascending, with its date and number of statements.
    std::vector<qint64> byDate;
    std::vector<qint32> dates;
    std::vector<qint32> counts;
    std::vector<qint32> position; ///< by row id: the index in byDate, -1 for none
    qint64 maxId = 0;
    qint64 statementTotal = 0;
    bool datesOrdered = true;
    bool loaded = false;
    std::map<ArticleOrder, std::vector<qint64>> orders; ///< the other orders, ascending
    // The article sets of the last conditions used ("speaker:12", "search:..."): going back to a filter, or adding a
    // condition to it, does not read its index again. A set is an eighth of a byte per article.
    std::map<QString, Bitmap> sets;
    std::vector<QString> recent; ///< oldest first
    static constexpr std::size_t keptSets = 16;
};

// The state of one call: its cancel check, what went wrong, and the article set of the filter.
struct CorpusQuery::Run {
    explicit Run(const CancelCheck &check)
        : cancelled(check)
    {
    }
    const CancelCheck &cancelled;
    QString error;
    bool stopped = false;
    std::optional<Bitmap> articles; ///< no value: every article

    bool check(qint64 row)
    {
        if (!stopped && row % cancelEvery == 0 && cancelled && cancelled())
            stopped = true;
        return !stopped;
    }
    bool fail(const Sql::Cursor &cursor)
    {
        if (cursor.wasInterrupted() || (cancelled && cancelled()))
            stopped = true;
        else
            error = cursor.error();
        return false;
    }
    // Runs `sql` and hands every row to `row`; false when it failed or was cancelled.
    template<typename RowFunction>
    bool scan(const QSqlDatabase &db, const QString &sql, const QVariantList &values, RowFunction row)
    {
        if (!check(0)) // stale before it began
            return false;
        Sql::Cursor cursor(db, sql);
        if (!cursor.isValid() || !cursor.bind(values))
            return fail(cursor);
        qint64 rows = 0;
        while (cursor.next()) {
            if (!check(++rows))
                return false;
            row(cursor);
        }
        if (!cursor.error().isEmpty())
            return fail(cursor);
        return !stopped;
    }
    void restrict(Bitmap &&set)
    {
        if (articles)
            articles->intersect(set);
        else
            articles = std::move(set);
    }
};

CorpusQuery::CorpusQuery(const QSqlDatabase &db)
    : m_db(db)
    , m_cache(std::make_unique<Cache>())
{
}

CorpusQuery::~CorpusQuery() = default;

bool CorpusQuery::begin(Run &run)
{
    // The cache stays valid while no other connection has committed anything (this one only reads).
    const qint64 version = Sql::scalar(m_db, QStringLiteral("PRAGMA data_version"), {}, &run.error).toLongLong();
    if (!run.error.isEmpty())
        return false;
    if (version != m_cache->dataVersion) {
        *m_cache = Cache();
        m_cache->dataVersion = version;
    }
    return loadDateOrder(run);
}

bool CorpusQuery::loadDateOrder(Run &run)
{
    Cache &cache = *m_cache;
    if (cache.loaded)
        return true;
    // Read from the covering index article_by_date(date, id, statement_count): no article row is touched.
    const bool ok = run.scan(m_db, QStringLiteral("SELECT id, date, statement_count FROM article ORDER BY date, id"), {}, [&](const Sql::Cursor &row) {
        const qint64 id = row.integer(0);
        const qint32 date = dateNumber(row.text(1));
        if (!cache.dates.empty() && date < cache.dates.back())
            cache.datesOrdered = false;
        cache.byDate.push_back(id);
        cache.dates.push_back(date);
        cache.counts.push_back(qint32(row.integer(2)));
        cache.maxId = std::max(cache.maxId, id);
        cache.statementTotal += row.integer(2);
    });
    if (!ok) {
        *m_cache = Cache();
        return false;
    }
    cache.position.assign(std::size_t(cache.maxId + 1), -1);
    for (std::size_t i = 0; i < cache.byDate.size(); ++i)
        cache.position[std::size_t(cache.byDate[i])] = qint32(i);
    cache.loaded = true;
    return true;
}

bool CorpusQuery::loadOrder(Run &run, ArticleOrder order)
{
    Cache &cache = *m_cache;
    if (order == ArticleOrder::Date || cache.orders.contains(order))
        return true;
    std::vector<qint64> ids;
    ids.reserve(cache.byDate.size());
    auto collect = [&ids](const Sql::Cursor &row) { ids.push_back(row.integer(0)); };
    switch (order) {
    case ArticleOrder::Title:
        if (!run.scan(m_db, QStringLiteral("SELECT id FROM article ORDER BY title COLLATE NOCASE, id"), {}, collect))
            return false;
        break;
    case ArticleOrder::Source:
        if (!run.scan(m_db, QStringLiteral("SELECT id FROM article ORDER BY source, id"), {}, collect))
            return false;
        break;
    case ArticleOrder::Statements:
    case ArticleOrder::Tags: {
        // No index orders articles by these counts; sorting a million pairs here beats a full scan of the table.
        std::vector<std::pair<qint32, qint64>> keyed;
        keyed.reserve(cache.byDate.size());
        if (order == ArticleOrder::Statements) {
            for (std::size_t i = 0; i < cache.byDate.size(); ++i)
                keyed.emplace_back(cache.counts[i], cache.byDate[i]);
        } else {
            // article.tag_count counts the tags of the article's annotations: the same, from the few annotations.
            QHash<qint64, qint32> tagCounts;
            if (!run.scan(m_db,
                          QStringLiteral("SELECT annotation.article, count(*) FROM annotation_tag "
                                         "JOIN annotation ON annotation.id = annotation_tag.annotation GROUP BY annotation.article"),
                          {}, [&](const Sql::Cursor &row) { tagCounts.insert(row.integer(0), qint32(row.integer(1))); }))
                return false;
            for (const qint64 id : cache.byDate)
                keyed.emplace_back(tagCounts.value(id), id);
        }
        std::sort(keyed.begin(), keyed.end());
        for (const auto &[key, id] : keyed)
            ids.push_back(id);
        break;
    }
    case ArticleOrder::Date:
        break;
    }
    cache.orders[order] = std::move(ids);
    return true;
}

bool CorpusQuery::articleSet(Run &run, const ArticleFilter &filter, bool withStatementConditions)
{
    Cache &cache = *m_cache;
    auto setFrom = [&](const QString &sql, const QVariantList &values, Bitmap *set) {
        return run.scan(m_db, sql, values, [set](const Sql::Cursor &row) { set->set(row.integer(0)); });
    };
    // The set `key` names, read by `read` unless it is among the recent ones; nullptr when reading failed.
    auto cached = [&](const QString &key, const std::function<bool(Bitmap *)> &read) -> const Bitmap * {
        auto found = cache.sets.find(key);
        if (found == cache.sets.end()) {
            Bitmap set(cache.maxId);
            if (!read(&set))
                return nullptr;
            if (cache.recent.size() >= Cache::keptSets) {
                cache.sets.erase(cache.recent.front());
                cache.recent.erase(cache.recent.begin());
            }
            found = cache.sets.emplace(key, std::move(set)).first;
        } else {
            cache.recent.erase(std::find(cache.recent.begin(), cache.recent.end(), key));
        }
        cache.recent.push_back(key);
        return &found->second;
    };
    // Restricts the result to `set`; false when it could not be read.
    auto restrictTo = [&](const Bitmap *set) {
        if (set)
            run.restrict(Bitmap(*set));
        return set != nullptr;
    };
    // The articles that quote `speaker` (statement_by_speaker covers the article).
    auto quoting = [&](qint64 speaker) {
        return cached(QStringLiteral("speaker:%1").arg(speaker), [&](Bitmap *set) {
            return setFrom(QStringLiteral("SELECT article FROM statement WHERE speaker_entity = ? AND status <> 'rejected'"), {speaker}, set);
        });
    };

    if (filter.from.isValid() || filter.to.isValid()) {
        // Undated articles (0) never fall within a bound.
        const qint32 low = filter.from.isValid() ? dateNumber(filter.from) : 1;
        const qint32 high = filter.to.isValid() ? dateNumber(filter.to) : std::numeric_limits<qint32>::max();
        Bitmap set(cache.maxId);
        if (cache.datesOrdered) {
            const auto first = std::lower_bound(cache.dates.begin(), cache.dates.end(), low);
            const auto last = std::upper_bound(first, cache.dates.end(), high);
            for (auto at = first; at < last; ++at)
                set.set(cache.byDate[std::size_t(at - cache.dates.begin())]);
        } else {
            for (std::size_t i = 0; i < cache.dates.size(); ++i) {
                if (cache.dates[i] >= low && cache.dates[i] <= high)
                    set.set(cache.byDate[i]);
            }
        }
        run.restrict(std::move(set));
    }
    if (!filter.source.isEmpty()
        && !restrictTo(cached(QStringLiteral("source:") + filter.source, [&](Bitmap *set) {
               return setFrom(QStringLiteral("SELECT id FROM article WHERE source = ?"), {filter.source}, set);
           })))
        return false;
    // Mentioned (mention_by_entity covers the article) or quoted: the quoted set is the one a speaker filter uses, so
    // filtering by an entity and by it as the speaker reads the speaker index once.
    if (filter.entity != 0
        && !restrictTo(cached(QStringLiteral("entity:%1").arg(filter.entity), [&](Bitmap *set) {
               if (!setFrom(QStringLiteral("SELECT article FROM mention WHERE entity = ?"), {filter.entity}, set))
                   return false;
               const Bitmap *quoted = quoting(filter.entity);
               if (quoted)
                   set->unite(*quoted);
               return quoted != nullptr;
           })))
        return false;
    if (withStatementConditions && filter.speaker != 0 && !restrictTo(quoting(filter.speaker)))
        return false;
    if (withStatementConditions && filter.tag != 0
        && !restrictTo(cached(QStringLiteral("tag:%1").arg(filter.tag), [&](Bitmap *set) {
               return filter.tag == ArticleFilter::anyTag
                   ? setFrom(QStringLiteral("SELECT annotation.article FROM annotation WHERE EXISTS "
                                            "(SELECT 1 FROM annotation_tag WHERE annotation_tag.annotation = annotation.id)"),
                             {}, set)
                   : setFrom(QStringLiteral("SELECT annotation.article FROM annotation_tag JOIN annotation ON annotation.id = annotation_tag.annotation "
                                            "WHERE annotation_tag.tag = ?"),
                             {filter.tag}, set);
           })))
        return false;
    if (!filter.search.isEmpty()
        && !restrictTo(cached(QStringLiteral("search:") + filter.search.ftsExpression(), [&](Bitmap *set) {
               return setFrom(QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ?"), {filter.search.ftsExpression()}, set);
           })))
        return false;
    return true;
}

QStringList CorpusQuery::sources(const CancelCheck &cancelled)
{
    Run run(cancelled);
    const Sql::CancelScope scope(m_db, cancelled);
    QStringList sources;
    run.scan(m_db, QStringLiteral("SELECT DISTINCT source FROM article WHERE source <> '' ORDER BY source"), {},
             [&](const Sql::Cursor &row) { sources.append(QString::fromUtf8(row.text(0))); });
    return sources;
}

CorpusQuery::Articles CorpusQuery::articles(const ArticleFilter &filter, ArticleOrder order, Qt::SortOrder direction, const CancelCheck &cancelled)
{
    Articles result;
    result.error = filter.problem();
    if (!result.error.isEmpty())
        return result;
    Run run(cancelled);
    const Sql::CancelScope scope(m_db, cancelled);
    // One read transaction, rolled back on return: every set comes from the same state of the project, even while an
    // import commits.
    const Sql::Transaction snapshot(m_db);
    const bool ok = begin(run) && loadOrder(run, order) && articleSet(run, filter, true);
    result.total = qint64(m_cache->byDate.size());
    if (ok) {
        const std::vector<qint64> &base = order == ArticleOrder::Date ? m_cache->byDate : m_cache->orders[order];
        const qint64 size = qint64(base.size());
        result.ids.reserve(run.articles ? std::min<qint64>(size, run.articles->count()) : size);
        for (qint64 i = 0; i < size && run.check(i); ++i) {
            const qint64 id = base[std::size_t(direction == Qt::AscendingOrder ? i : size - 1 - i)];
            if (!run.articles || run.articles->test(id))
                result.ids.append(id);
        }
    }
    result.cancelled = run.stopped;
    result.error = run.stopped ? QString() : run.error;
    if (result.cancelled || !result.error.isEmpty())
        result.ids.clear();
    return result;
}

CorpusQuery::Statements CorpusQuery::statements(const ArticleFilter &filter, StatementOrder order, Qt::SortOrder direction,
                                                const CancelCheck &cancelled)
{
    Statements result;
    result.error = filter.problem();
    if (!result.error.isEmpty())
        return result;
    Run run(cancelled);
    const Sql::CancelScope scope(m_db, cancelled);
    const Sql::Transaction snapshot(m_db); // as in articles()
    bool ok = begin(run) && articleSet(run, filter, false);
    const Cache &cache = *m_cache;
    result.total = cache.statementTotal;

    if (ok && !filter.hasStatementConditions() && order == StatementOrder::Date) {
        // Whole articles, in date order: no statement is read at all.
        result.wholeArticles = true;
        const qint64 size = qint64(cache.byDate.size());
        qint64 rows = 0;
        for (qint64 i = 0; i < size && run.check(i); ++i) {
            const std::size_t at = std::size_t(direction == Qt::AscendingOrder ? i : size - 1 - i);
            if (cache.counts[at] <= 0 || (run.articles && !run.articles->test(cache.byDate[at])))
                continue;
            result.articles.append(cache.byDate[at]);
            result.firstRow.append(rows);
            rows += cache.counts[at];
        }
        if (!result.articles.isEmpty())
            result.firstRow.append(rows);
        result.articleCount = result.articles.size();
    } else if (ok) {
        result.wholeArticles = false;
        struct Item {
            qint32 position; // in the date order; negative for newest first
            qint32 start;
            qint64 id;
            bool operator<(const Item &other) const
            {
                return std::tie(position, start, id) < std::tie(other.position, other.start, other.id);
            }
        };
        const bool bySpeaker = order == StatementOrder::Speaker;
        const bool newestFirst = !bySpeaker && direction == Qt::DescendingOrder;
        // For the speaker order: the names of the speakers; an ignored entity is no speaker, like an unknown one.
        QHash<qint64, QString> names;
        if (bySpeaker) {
            ok = run.scan(m_db, QStringLiteral("SELECT id, name FROM entity WHERE NOT ignored"), {},
                          [&](const Sql::Cursor &row) { names.insert(row.integer(0), QString::fromUtf8(row.text(1))); });
        }
        std::map<qint64, std::vector<Item>> groups; // by speaker (0: unknown) for the speaker order; one group otherwise
        Bitmap sources(cache.maxId);
        std::optional<QSet<qint64>> tagged;
        qint64 lastSpeaker = -1;
        std::vector<Item> *group = nullptr;
        // Columns: id, article, start, speaker entity (0 for none).
        auto add = [&](const Sql::Cursor &row) {
            const qint64 id = row.integer(0);
            const qint64 article = row.integer(1);
            if (article < 0 || article > cache.maxId || cache.position[std::size_t(article)] < 0)
                return;
            if ((run.articles && !run.articles->test(article)) || (tagged && !tagged->contains(id)))
                return;
            const qint64 speaker = bySpeaker ? row.integer(3) : 0;
            if (speaker != lastSpeaker || !group) {
                // The scans come grouped by speaker: one map look-up per speaker, not per statement.
                lastSpeaker = speaker;
                group = &groups[speaker == 0 || names.contains(speaker) ? speaker : 0];
            }
            const qint32 position = cache.position[std::size_t(article)];
            group->push_back({newestFirst ? -position : position, qint32(row.integer(2)), id});
            sources.set(article);
        };

        if (ok && filter.tag != 0) {
            const QString tagSql = filter.tag == ArticleFilter::anyTag
                ? QStringLiteral("SELECT statement.id, statement.article, statement.start, coalesce(statement.speaker_entity, 0) FROM annotation "
                                 "JOIN statement ON statement.id = annotation.statement WHERE statement.status <> 'rejected' AND EXISTS "
                                 "(SELECT 1 FROM annotation_tag WHERE annotation_tag.annotation = annotation.id)")
                : QStringLiteral("SELECT statement.id, statement.article, statement.start, coalesce(statement.speaker_entity, 0) FROM annotation_tag "
                                 "JOIN annotation ON annotation.id = annotation_tag.annotation JOIN statement ON statement.id = annotation.statement "
                                 "WHERE annotation_tag.tag = ? AND statement.status <> 'rejected'");
            const QVariantList values = filter.tag == ArticleFilter::anyTag ? QVariantList() : QVariantList{filter.tag};
            if (filter.speaker != 0) {
                // Tagged statements are few: keep their ids, and read the speaker's statements from its index.
                tagged.emplace();
                ok = run.scan(m_db, tagSql, values, [&](const Sql::Cursor &row) { tagged->insert(row.integer(0)); });
            } else {
                ok = run.scan(m_db, tagSql, values, add);
            }
        }
        if (ok && filter.speaker != 0) {
            ok = run.scan(m_db,
                          QStringLiteral("SELECT id, article, start, speaker_entity FROM statement "
                                         "WHERE speaker_entity = ? AND status <> 'rejected' ORDER BY speaker_entity, article, start"),
                          {filter.speaker}, add);
        } else if (ok && filter.tag == 0) {
            // The speaker order over everything: the speaker index gives every statement, grouped by speaker.
            ok = run.scan(m_db,
                          QStringLiteral("SELECT id, article, start, coalesce(speaker_entity, 0) FROM statement "
                                         "WHERE status <> 'rejected' ORDER BY speaker_entity, article, start"),
                          {}, add);
        }

        if (ok) {
            std::vector<qint64> speakers;
            for (const auto &[speaker, items] : groups) {
                if (speaker != 0)
                    speakers.push_back(speaker);
            }
            std::sort(speakers.begin(), speakers.end(), [&](qint64 a, qint64 b) {
                const int compared = names.value(a).compare(names.value(b), Qt::CaseInsensitive);
                return compared != 0 ? compared < 0 : a < b;
            });
            if (direction == Qt::DescendingOrder)
                std::reverse(speakers.begin(), speakers.end());
            if (groups.contains(0))
                speakers.push_back(0); // unknown speakers last, either way
            qint64 size = 0;
            for (const auto &[speaker, items] : groups)
                size += qint64(items.size());
            result.ids.reserve(size);
            for (const qint64 speaker : speakers) {
                std::vector<Item> &items = groups[speaker];
                std::sort(items.begin(), items.end());
                for (const Item &item : items)
                    result.ids.append(item.id);
                std::vector<Item>().swap(items); // give the memory back as the list grows
            }
            result.articleCount = sources.count();
        }
    }
    result.cancelled = run.stopped;
    result.error = run.stopped ? QString() : run.error;
    if (result.cancelled || !result.error.isEmpty()) {
        result.articles.clear();
        result.firstRow.clear();
        result.ids.clear();
        result.articleCount = 0;
    }
    return result;
}

} // namespace Verbatim
