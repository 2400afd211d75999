// Filters over the whole corpus: the article list and the statements table with dates, source, entity, speaker, tag
// and search, alone and combined; counts; stale queries; and the export of exactly the statements shown.
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/exporter.h"
#include "model/articlelistmodel.h"
#include "model/corpusstatementmodel.h"
#include "search/articlefilter.h"
#include "search/corpusquery.h"
#include "search/queryrunner.h"
#include "store/articlewriter.h"
#include "store/project.h"
#include "store/sql.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>

using namespace Verbatim;
using namespace Qt::StringLiterals;


namespace {

constexpr int articleCount = 300; // several pages (64 rows) of either model

const QStringList speakers = {u"Ada Quill"_s, u"Bo Renner"_s, u"Cy Moss"_s};
const QStringList sources = {u"Valley Times"_s, u"Coast Radio"_s, QString()};

// What the generated corpus holds, by article index; the tests compute every expectation from these, not from SQL.
QDate dateOf(int i)
{
    return i % 10 == 9 ? QDate() : QDate(2020, 1, 1).addDays((i * 7) % 730);
}
QString sourceOf(int i)
{
    return sources[i % 3];
}
bool hasLighthouse(int i)
{
    return i % 5 == 0;
}
bool mentionsEastwick(int i)
{
    return i % 6 == 0;
}
int statementsIn(int i)
{
    return i % 4;
}
QString speakerOf(int i, int s)
{
    return speakers[(i + s) % 3];
}
// The first statement of every seventh article (that has one) is tagged "Position"; every eleventh article has a
// passage tagged "Threat" (no statement).
bool firstStatementTagged(int i)
{
    return i % 7 == 0 && statementsIn(i) > 0;
}
bool passageTagged(int i)
{
    return i % 11 == 0;
}

QString idOf(int i)
{
    return u"q-%1"_s.arg(i, 4, 10, QChar(u'0'));
}

Article articleOf(int i, Extraction *extraction)
{
    QString text = u"Article %1 reports on the council."_s.arg(i);
    if (hasLighthouse(i))
        text += u" The lighthouse was repainted."_s;
    if (mentionsEastwick(i)) {
        text += u" It happened in "_s;
        extraction->mentions.append({text.size(), text.size() + 8, EntityType::Place, u"Eastwick"_s});
        text += u"Eastwick."_s;
    }
    for (int s = 0; s < statementsIn(i); ++s) {
        text += u" \u201C"_s;
        ExtractedStatement statement;
        statement.start = text.size();
        text += u"Point %1 of article %2 matters"_s.arg(s).arg(i);
        statement.end = text.size();
        text += u",\u201D said "_s;
        const QString speaker = speakerOf(i, s);
        statement.speaker = speaker;
        statement.speakerStart = text.size();
        statement.speakerEnd = text.size() + speaker.size();
        statement.cue = u"said"_s;
        extraction->mentions.append({text.size(), text.size() + speaker.size(), EntityType::Person, speaker});
        text += speaker + u'.';
        extraction->statements.append(statement);
    }
    Article article;
    article.articleId = idOf(i);
    article.text = text;
    article.title = u"Council notes %1"_s.arg(i, 3, 10, QChar(u'0'));
    article.source = sourceOf(i);
    article.date = dateOf(i);
    article.origin = u"generated"_s;
    return article;
}

using Predicate = std::function<bool(int)>;

} // namespace

Q_DECLARE_METATYPE(Predicate)

class CorpusQueryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_templateDir;
    QString m_templatePath;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    QHash<int, qint64> m_rowIds; // article index -> row id

    qint64 entity(const QString &name, EntityType type) const { return m_project->findEntity(name, type); }
    qint64 tagId(const QString &name) const
    {
        for (const Tag &tag : m_project->tags()) {
            if (tag.name == name)
                return tag.id;
        }
        return 0;
    }

    // The articles (by row id) that `wanted` selects, newest first as the list shows them by default.
    QList<qint64> expectedArticles(const Predicate &wanted) const
    {
        QList<int> indexes;
        for (int i = 0; i < articleCount; ++i) {
            if (wanted(i))
                indexes.append(i);
        }
        std::sort(indexes.begin(), indexes.end(), [this](int a, int b) {
            const QString da = dateOf(a).isValid() ? dateOf(a).toString(Qt::ISODate) : QString();
            const QString db = dateOf(b).isValid() ? dateOf(b).toString(Qt::ISODate) : QString();
            if (da != db)
                return da > db;
            return m_rowIds[a] > m_rowIds[b];
        });
        QList<qint64> ids;
        for (const int i : indexes)
            ids.append(m_rowIds[i]);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        VerbatimTest::enableTestMode();
        QVERIFY(m_templateDir.isValid());
        m_templatePath = m_templateDir.filePath(u"template.verbatim"_s);
        QString error;
        auto project = Project::open(m_templatePath, Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        {
            ArticleWriter writer(m_templatePath);
            QVERIFY(writer.isOpen() && writer.begin());
            for (int i = 0; i < articleCount; ++i) {
                Extraction extraction;
                const Article article = articleOf(i, &extraction);
                QCOMPARE(writer.insert(article, extraction, 1), ArticleWriter::Outcome::Inserted);
            }
            QVERIFY(writer.commit());
        }
        const qint64 position = project->tags().at(0).id;
        const qint64 threat = project->tags().at(2).id;
        for (int i = 0; i < articleCount; ++i) {
            const qint64 article = project->findArticle(idOf(i));
            const std::optional<ArticleContent> content = project->articleContent(article);
            QVERIFY(content);
            QCOMPARE(content->statements.size(), statementsIn(i));
            if (firstStatementTagged(i)) {
                Annotation annotation;
                annotation.article = article;
                annotation.statement = content->statements.constFirst().id;
                annotation.start = content->statements.constFirst().start;
                annotation.end = content->statements.constFirst().end;
                annotation.tagIds = {position};
                annotation.note = u"=check, \"this\""_s;
                QVERIFY2(project->insertAnnotation(&annotation), qPrintable(project->errorString()));
            }
            if (passageTagged(i)) {
                Annotation annotation;
                annotation.article = article;
                annotation.start = 0;
                annotation.end = 7;
                annotation.tagIds = {threat};
                QVERIFY2(project->insertAnnotation(&annotation), qPrintable(project->errorString()));
            }
        }
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(u"corpus.verbatim"_s);
        QVERIFY(QFile::copy(m_templatePath, path));
        QString error;
        m_project = Project::open(path, Project::OpenMode::OpenExisting, &error);
        QVERIFY2(m_project, qPrintable(error));
        m_rowIds.clear();
        for (int i = 0; i < articleCount; ++i)
            m_rowIds.insert(i, m_project->findArticle(idOf(i)));
    }

    void cleanup()
    {
        m_project.reset();
        m_dir.reset();
    }

    // --- dates as typed ----------------------------------------------------------------------------------------

    void parseDateBound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("last");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("year, from") << u"2023"_s << false << QDate(2023, 1, 1);
        QTest::newRow("year, to") << u" 2023 "_s << true << QDate(2023, 12, 31);
        QTest::newRow("month, from") << u"2023-02"_s << false << QDate(2023, 2, 1);
        QTest::newRow("month, to") << u"2023-02"_s << true << QDate(2023, 2, 28);
        QTest::newRow("leap month, to") << u"2024-02"_s << true << QDate(2024, 2, 29);
        QTest::newRow("day") << u"2023-05-14"_s << true << QDate(2023, 5, 14);
        QTest::newRow("slashes") << u"2023/05/14"_s << false << QDate(2023, 5, 14);
        QTest::newRow("one-digit month") << u"2023-5-4"_s << false << QDate(2023, 5, 4);
        QTest::newRow("month 13") << u"2023-13"_s << false << QDate();
        QTest::newRow("30 February") << u"2023-02-30"_s << false << QDate();
        QTest::newRow("two-digit year") << u"23"_s << false << QDate();
        QTest::newRow("words") << u"last week"_s << false << QDate();
        QTest::newRow("too many parts") << u"2023-05-14-01"_s << false << QDate();
        QTest::newRow("empty part") << u"2023--14"_s << false << QDate();
        QTest::newRow("empty") << QString() << false << QDate();
    }
    void parseDateBound()
    {
        QFETCH(QString, text);
        QFETCH(bool, last);
        QFETCH(QDate, expected);
        QCOMPARE(Verbatim::parseDateBound(text, last), expected);
    }

    // --- the article list ----------------------------------------------------------------------------------------

    void articles_filter_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("entity"); // "Eastwick" (a place) or a speaker's name
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("tag"); // a tag name, or "*" for any tag
        QTest::addColumn<Predicate>("expected");
        const QDate first(2020, 1, 1);
        const QDate boundary = dateOf(3); // 2020-01-22: articles 3 and others share it
        auto inRange = [](QDate from, QDate to) {
            return Predicate([from, to](int i) {
                const QDate date = dateOf(i);
                return date.isValid() && (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
            });
        };
        auto speaks = [](int i, const QString &who) {
            for (int s = 0; s < statementsIn(i); ++s) {
                if (speakerOf(i, s) == who)
                    return true;
            }
            return false;
        };
        QTest::newRow("nothing") << QString() << QDate() << QDate() << QString() << QString() << QString() << QString()
                                 << Predicate([](int) { return true; });
        QTest::newRow("from") << QString() << QDate(2021, 1, 1) << QDate() << QString() << QString() << QString() << QString()
                              << inRange(QDate(2021, 1, 1), QDate());
        QTest::newRow("to") << QString() << QDate() << QDate(2020, 6, 30) << QString() << QString() << QString() << QString()
                            << inRange(QDate(), QDate(2020, 6, 30));
        QTest::newRow("one day, both bounds included") << QString() << boundary << boundary << QString() << QString() << QString() << QString()
                                                       << inRange(boundary, boundary);
        QTest::newRow("the first day") << QString() << first << first << QString() << QString() << QString() << QString()
                                       << Predicate([](int i) { return dateOf(i) == QDate(2020, 1, 1); });
        QTest::newRow("a range with nothing in it") << QString() << QDate(2030, 1, 1) << QDate(2030, 12, 31) << QString() << QString()
                                                    << QString() << QString() << Predicate([](int) { return false; });
        QTest::newRow("source") << QString() << QDate() << QDate() << u"Coast Radio"_s << QString() << QString() << QString()
                                << Predicate([](int i) { return sourceOf(i) == u"Coast Radio"; });
        QTest::newRow("entity: a place") << QString() << QDate() << QDate() << QString() << u"Eastwick"_s << QString() << QString()
                                         << Predicate(mentionsEastwick);
        QTest::newRow("speaker") << QString() << QDate() << QDate() << QString() << QString() << u"Bo Renner"_s << QString()
                                 << Predicate([speaks](int i) { return speaks(i, u"Bo Renner"_s); });
        QTest::newRow("tag") << QString() << QDate() << QDate() << QString() << QString() << QString() << u"Position"_s
                             << Predicate(firstStatementTagged);
        QTest::newRow("a tag on passages only") << QString() << QDate() << QDate() << QString() << QString() << QString() << u"Threat"_s
                                                << Predicate(passageTagged);
        QTest::newRow("any tag") << QString() << QDate() << QDate() << QString() << QString() << QString() << u"*"_s
                                 << Predicate([](int i) { return firstStatementTagged(i) || passageTagged(i); });
        QTest::newRow("search") << u"lighthouse"_s << QDate() << QDate() << QString() << QString() << QString() << QString()
                                << Predicate(hasLighthouse);
        QTest::newRow("search and dates") << u"lighthouse"_s << QDate(2020, 3, 1) << QDate(2021, 3, 1) << QString() << QString() << QString()
                                          << QString() << Predicate([inRange](int i) {
                                                 return hasLighthouse(i) && inRange(QDate(2020, 3, 1), QDate(2021, 3, 1))(i);
                                             });
        QTest::newRow("search and entity") << u"lighthouse"_s << QDate() << QDate() << QString() << u"Eastwick"_s << QString() << QString()
                                           << Predicate([](int i) { return hasLighthouse(i) && mentionsEastwick(i); });
        QTest::newRow("entity and speaker") << QString() << QDate() << QDate() << QString() << u"Eastwick"_s << u"Bo Renner"_s << QString()
                                            << Predicate([speaks](int i) { return mentionsEastwick(i) && speaks(i, u"Bo Renner"_s); });
        QTest::newRow("speaker, tag and source") << QString() << QDate() << QDate() << u"Valley Times"_s << QString() << u"Ada Quill"_s
                                                 << u"Position"_s << Predicate([speaks](int i) {
                                                        return sourceOf(i) == u"Valley Times" && speaks(i, u"Ada Quill"_s) && firstStatementTagged(i);
                                                    });
        QTest::newRow("everything at once") << u"council"_s << QDate(2020, 2, 1) << QDate(2021, 6, 30) << u"Valley Times"_s
                                            << u"Eastwick"_s << u"Bo Renner"_s << QString() << Predicate([speaks, inRange](int i) {
                                                   return inRange(QDate(2020, 2, 1), QDate(2021, 6, 30))(i) && sourceOf(i) == u"Valley Times"
                                                       && mentionsEastwick(i) && speaks(i, u"Bo Renner"_s);
                                               });
        // A person's entity: the articles that mention or quote them (every speaker here is mentioned too); with the same
        // person as the speaker, both filters use one quoted set.
        QTest::newRow("entity: a speaker") << QString() << QDate() << QDate() << QString() << u"Bo Renner"_s << QString() << QString()
                                           << Predicate([speaks](int i) { return speaks(i, u"Bo Renner"_s); });
        QTest::newRow("entity and the same speaker") << QString() << QDate() << QDate() << QString() << u"Bo Renner"_s << u"Bo Renner"_s
                                                     << QString() << Predicate([speaks](int i) { return speaks(i, u"Bo Renner"_s); });
    }
    void articles_filter()
    {
        QFETCH(QString, search);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, source);
        QFETCH(QString, entity);
        QFETCH(QString, speaker);
        QFETCH(QString, tag);
        QFETCH(Predicate, expected);
        ArticleFilter filter;
        filter.search = SearchQuery(search);
        filter.from = from;
        filter.to = to;
        filter.source = source;
        if (!entity.isEmpty()) {
            filter.entity = this->entity(entity, entity == u"Eastwick" ? EntityType::Place : EntityType::Person);
            QVERIFY(filter.entity != 0);
        }
        if (!speaker.isEmpty()) {
            filter.speaker = this->entity(speaker, EntityType::Person);
            QVERIFY(filter.speaker != 0);
        }
        if (!tag.isEmpty())
            filter.tag = tag == u"*" ? ArticleFilter::anyTag : tagId(tag);

        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), articleCount);
        model.setFilter(filter);
        VERBATIM_WAIT_LOADED(model);
        QVERIFY2(model.searchError().isEmpty(), qPrintable(model.searchError()));
        const QList<qint64> wanted = expectedArticles(expected);
        // A row that expects no article can only catch too much being shown: only the one that says so may.
        QVERIFY2(!wanted.isEmpty() || QByteArrayView(QTest::currentDataTag()).contains("nothing in it"), "the fixture gives this row no article");
        QList<qint64> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.articleAt(row));
        QCOMPARE(shown, wanted);
        QCOMPARE(model.totalCount(), articleCount);
        if (!wanted.isEmpty()) {
            QCOMPARE(model.data(model.index(0, 0), ArticleListModel::ArticleRole).toLongLong(), wanted.constFirst());
        }

        // The statements table shows the statements of the same articles (for the speaker and tag: those statements).
        CorpusStatementModel statements(m_project.get());
        QAbstractItemModelTester statementTester(&statements, QAbstractItemModelTester::FailureReportingMode::QtTest);
        statements.setFilter(filter);
        VERBATIM_WAIT_LOADED(statements);
        QSet<qint64> articlesOfStatements;
        for (int row = 0; row < statements.rowCount(); ++row) {
            const QModelIndex index = statements.index(row, CorpusStatementModel::SpeakerColumn);
            articlesOfStatements.insert(statements.data(index, CorpusStatementModel::ArticleRole).toLongLong());
            if (filter.speaker != 0)
                QCOMPARE(statements.data(index).toString(), speaker);
            if (!tag.isEmpty() && tag != u"*")
                QCOMPARE(statements.data(statements.index(row, CorpusStatementModel::TagsColumn)).toString(), tag + u" \u270E"_s);
        }
        for (const qint64 article : articlesOfStatements)
            QVERIFY(wanted.contains(article));
        qint64 expectedStatements = 0;
        for (int i = 0; i < articleCount; ++i) {
            if (!wanted.contains(m_rowIds[i]))
                continue;
            for (int s = 0; s < statementsIn(i); ++s) {
                const bool tagged = s == 0 && firstStatementTagged(i) && tag != u"Threat"; // "Threat" tags passages only
                if ((filter.speaker == 0 || speakerOf(i, s) == speaker) && (filter.tag == 0 || tagged))
                    ++expectedStatements;
            }
        }
        QCOMPARE(statements.rowCount(), expectedStatements);
        QCOMPARE(statements.articleCount(), articlesOfStatements.size());
    }

    void articles_datesTheWrongWayRound_reportAProblemAndShowNothing()
    {
        ArticleFilter filter;
        filter.from = QDate(2021, 5, 1);
        filter.to = QDate(2021, 4, 30);
        QVERIFY(filter.problem().contains(u"after"_s));
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter);
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.searchError(), filter.problem());
        filter.to = filter.from;
        QVERIFY(filter.problem().isEmpty());
    }

    void articles_hostileSearch_neverFails_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"\"unbalanced", "AND OR NOT", "NEAR(council", "title:council", "*", "^council", "council\"\"", "(", "a) OR (b",
                                 "-council", "council + lighthouse", "\u201Cpoint 1\u201D", "col:umn:s", "''; DROP TABLE article; --"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void articles_hostileSearch_neverFails()
    {
        QFETCH(QString, text);
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(SearchQuery(text));
        VERBATIM_WAIT_LOADED(model);
        QVERIFY2(model.searchError().isEmpty(), qPrintable(model.searchError()));
        QVERIFY(model.rowCount() <= articleCount);
        QCOMPARE(m_project->counts().articles, articleCount);
    }

    void articles_sortedByTitle_keepTheFilter()
    {
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArticleFilter filter;
        filter.source = u"Coast Radio"_s;
        model.setFilter(filter);
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), articleCount / 3);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row - 1, 1)).toString() < model.data(model.index(row, 1)).toString());
        QCOMPARE(model.data(model.index(0, 1)).toString(), u"Council notes 001"_s);
    }

    // --- stale queries -------------------------------------------------------------------------------------------

    void model_newerFilterWins_andTheStaleOneIsNeverShown()
    {
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERBATIM_WAIT_LOADED(model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loaded(&model, &ArticleListModel::loaded);
        // Three keystrokes before the event loop runs: only the last one's rows may ever appear.
        model.setSearch(SearchQuery(u"light"));
        model.setSearch(SearchQuery(u"lighthouse"));
        ArticleFilter filter = model.filter();
        filter.source = u"Valley Times"_s;
        model.setFilter(filter);
        VERBATIM_WAIT_LOADED(model);
        QTest::qWait(50); // a stale delivery, if there were one, would come now
        QCOMPARE(reset.count(), 1);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), expectedArticles([](int i) { return hasLighthouse(i) && sourceOf(i) == u"Valley Times"; }).size());
    }

    void runner_newerRequestInterruptsTheRunningOne()
    {
        QueryRunner runner(m_project->filePath());
        QueryRunner::Channel channel;
        std::atomic<bool> firstStarted{false};
        std::atomic<bool> firstSawCancel{false};
        bool firstDelivered = false;
        QVariant secondResult;
        runner.submit(
            channel,
            [&](CorpusQuery &, const CorpusQuery::CancelCheck &cancelled) {
                firstStarted = true;
                // A query that would run for ten seconds unless interrupted.
                for (int i = 0; i < 10000 && !cancelled(); ++i)
                    QThread::msleep(1);
                firstSawCancel = cancelled();
                return QVariant(1);
            },
            this, [&](const QVariant &) { firstDelivered = true; });
        QTRY_VERIFY(firstStarted.load());
        runner.submit(
            channel, [](CorpusQuery &query, const CorpusQuery::CancelCheck &cancelled) {
                return QVariant::fromValue(query.articles(ArticleFilter(), CorpusQuery::ArticleOrder::Date, Qt::AscendingOrder, cancelled));
            },
            this, [&](const QVariant &result) { secondResult = result; });
        QTRY_VERIFY_WITH_TIMEOUT(secondResult.isValid(), 5000);
        QVERIFY(firstSawCancel.load());
        QVERIFY(!firstDelivered);
        QCOMPARE(secondResult.value<CorpusQuery::Articles>().ids.size(), articleCount);
    }

    void corpusQuery_cancelled_stopsAndGivesNothing()
    {
        CorpusQuery query(m_project->database());
        int checks = 0;
        // Cancelled from the first look on: the SQLite progress handler or the row loop stops it.
        const CorpusQuery::Articles articles = query.articles(ArticleFilter(), CorpusQuery::ArticleOrder::Title, Qt::AscendingOrder, [&] {
            ++checks;
            return true;
        });
        QVERIFY(articles.cancelled);
        QVERIFY(articles.ids.isEmpty());
        QVERIFY(articles.error.isEmpty());
        QVERIFY(checks > 0);
        // The same object answers the next query in full.
        const CorpusQuery::Articles all = query.articles(ArticleFilter(), CorpusQuery::ArticleOrder::Title, Qt::AscendingOrder);
        QVERIFY(!all.cancelled);
        QCOMPARE(all.ids.size(), articleCount);
    }

    void corpusQuery_seesArticlesAddedByAnotherConnection()
    {
        CorpusQuery query(m_project->database());
        QCOMPARE(query.articles(ArticleFilter(), CorpusQuery::ArticleOrder::Date, Qt::AscendingOrder).ids.size(), articleCount);
        {
            ArticleWriter writer(m_project->filePath());
            QVERIFY(writer.isOpen() && writer.begin());
            Extraction extraction;
            Article article = articleOf(articleCount, &extraction);
            QCOMPARE(writer.insert(article, extraction, 1), ArticleWriter::Outcome::Inserted);
            QVERIFY(writer.commit());
        }
        const CorpusQuery::Articles after = query.articles(ArticleFilter(), CorpusQuery::ArticleOrder::Date, Qt::AscendingOrder);
        QCOMPARE(after.ids.size(), articleCount + 1);
        QCOMPARE(after.total, articleCount + 1);
    }

    // --- the statements table -------------------------------------------------------------------------------------

    void statements_pagesAndOrders()
    {
        CorpusStatementModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERBATIM_WAIT_LOADED(model);
        qint64 total = 0;
        for (int i = 0; i < articleCount; ++i)
            total += statementsIn(i);
        QVERIFY(total > 256); // several pages
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.totalCount(), total);
        QVERIFY(model.rows().wholeArticles);

        // Newest articles first, each article's statements in reading order ("Point 0", "Point 1", ...).
        QDate previousDate(9999, 1, 1);
        qint64 previousArticle = 0;
        int point = 0;
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.data(model.index(row, 0), CorpusStatementModel::StatementRole).toLongLong();
            QVERIFY(id != 0);
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QCOMPARE(model.statementAt(row), id);
            QCOMPARE(model.rowOf(id), row);
            const qint64 article = model.articleAt(row);
            const QDate date = QDate::fromString(model.data(model.index(row, CorpusStatementModel::DateColumn)).toString(), Qt::ISODate);
            if (article != previousArticle) {
                QVERIFY(!date.isValid() || !previousDate.isValid() || date <= previousDate);
                point = 0;
            }
            const QString text = model.data(model.index(row, CorpusStatementModel::TextColumn)).toString();
            QVERIFY2(text.startsWith(u"Point %1 of article"_s.arg(point)), qPrintable(text));
            previousArticle = article;
            previousDate = date;
            ++point;
        }

        // By speaker: Ada Quill, Bo Renner, Cy Moss, each in date order (oldest first).
        model.sort(CorpusStatementModel::SpeakerColumn, Qt::AscendingOrder);
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), total);
        QVERIFY(!model.rows().wholeArticles);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString speaker = model.data(model.index(row, CorpusStatementModel::SpeakerColumn)).toString();
            if (order.isEmpty() || order.constLast() != speaker)
                order.append(speaker);
        }
        QCOMPARE(order, speakers);
        model.sort(CorpusStatementModel::SpeakerColumn, Qt::DescendingOrder);
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.data(model.index(0, CorpusStatementModel::SpeakerColumn)).toString(), u"Cy Moss"_s);
        // Columns other than the date and the speaker do not sort.
        model.sort(CorpusStatementModel::TextColumn, Qt::AscendingOrder);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.sortColumn(), int(CorpusStatementModel::SpeakerColumn));
    }

    void statements_followCuration()
    {
        CorpusStatementModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArticleFilter filter;
        filter.speaker = entity(u"Ada Quill"_s, EntityType::Person);
        model.setFilter(filter);
        VERBATIM_WAIT_LOADED(model);
        const int before = model.rowCount();
        QVERIFY(before > 0);
        // Rejecting one of her statements takes it out of the table.
        StatementRejection rejection;
        QVERIFY(m_project->rejectStatement(model.statementAt(0), &rejection));
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), before - 1);
        // A renamed speaker shows under the new name.
        QVERIFY(m_project->renameEntity(filter.speaker, u"Ada Quill-Marsh"_s));
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.data(model.index(0, CorpusStatementModel::SpeakerColumn)).toString(), u"Ada Quill-Marsh"_s);
    }

    // --- the project format -------------------------------------------------------------------------------------

    void schema_version1Project_migratesThroughTwoToThree_andFiltersReadOnlyIndexes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.verbatim"_s);
        {
            const QString connection = u"plain-v1"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QString statement;
                for (const QString &line : QString::fromUtf8(VerbatimTest::readAll(VerbatimTest::testDataPath(u"project-v1.sql"_s))).split(u'\n')) {
                    if (statement.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(u"--"_s)))
                        continue;
                    statement += line + u'\n';
                    if (line.trimmed().endsWith(u';')) {
                        QVERIFY2(query.exec(statement), qPrintable(statement));
                        statement.clear();
                    }
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QString error;
        const std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::OpenExisting, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(Sql::scalar(project->database(), u"PRAGMA user_version"_s).toInt(), 3);
        auto columnsOf = [&](const QString &index) {
            QStringList columns;
            QSqlQuery query(project->database());
            if (query.exec(u"PRAGMA index_info(%1)"_s.arg(index))) {
                while (query.next())
                    columns.append(query.value(2).toString());
            }
            return columns;
        };
        QCOMPARE(columnsOf(u"article_by_date"_s), (QStringList{u"date"_s, u"id"_s, u"statement_count"_s}));
        QCOMPARE(columnsOf(u"statement_by_speaker"_s), (QStringList{u"speaker_entity"_s, u"article"_s, u"start"_s, u"status"_s}));
        auto plan = [&](const QString &sql) {
            QSqlQuery query(project->database());
            QString text;
            if (query.exec(u"EXPLAIN QUERY PLAN "_s + sql)) {
                while (query.next())
                    text += query.value(3).toString() + u'\n';
            }
            return text;
        };
        QVERIFY2(plan(u"SELECT id, date, statement_count FROM article ORDER BY date, id"_s).contains(u"COVERING INDEX article_by_date"_s),
                 qPrintable(plan(u"SELECT id, date, statement_count FROM article ORDER BY date, id"_s)));
        QVERIFY(plan(u"SELECT article FROM statement WHERE speaker_entity = 1 AND status <> 'rejected'"_s).contains(u"COVERING INDEX statement_by_speaker"_s));
        // And the migrated project lists its article and its statement.
        CorpusQuery query(project->database());
        QCOMPARE(query.articles(ArticleFilter(), CorpusQuery::ArticleOrder::Date, Qt::AscendingOrder).ids, QList<qint64>{7});
        ArticleFilter filter;
        filter.speaker = project->findEntity(u"Maren Holt"_s, EntityType::Person);
        QCOMPARE(query.statements(filter, CorpusQuery::StatementOrder::Date, Qt::AscendingOrder).ids, QList<qint64>{3});
    }

    // --- export of what is shown -----------------------------------------------------------------------------------

    void export_filteredStatements_areExactlyTheRowsShown()
    {
        CorpusStatementModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArticleFilter filter;
        filter.from = QDate(2020, 6, 1);
        filter.speaker = entity(u"Bo Renner"_s, EntityType::Person);
        model.setFilter(filter);
        model.sort(CorpusStatementModel::DateColumn, Qt::AscendingOrder);
        VERBATIM_WAIT_LOADED(model);
        QVERIFY(model.rowCount() > 10);

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        qint64 rows = 0;
        QVERIFY2(Exporter::writeStatements(m_project->database(), model.rows(), &buffer, &error, &rows), qPrintable(error));
        QCOMPARE(rows, model.rowCount());
        const QString text = QString::fromUtf8(buffer.data());
        CsvReader reader(text);
        QStringList header;
        QVERIFY(reader.readRecord(header));
        QCOMPARE(header, Exporter::columns(Exporter::What::Statements));
        const qsizetype idColumn = header.indexOf(u"statement_id"_s);
        const qsizetype speakerColumn = header.indexOf(u"speaker"_s);
        QStringList fields;
        int row = 0;
        while (reader.readRecord(fields)) {
            QCOMPARE(fields[idColumn].toLongLong(), model.statementAt(row));
            QCOMPARE(fields[speakerColumn], u"Bo Renner"_s);
            ++row;
        }
        QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
        QCOMPARE(row, model.rowCount());
    }

    void export_allStatements_matchCsvWriterCellForCell()
    {
        // The fast writer must write exactly what CsvWriter would: quoting, the prefix against formulas, empty cells.
        QSqlQuery query(m_project->database());
        QVERIFY(query.exec(u"UPDATE statement SET text = '=HYPERLINK(\"x\"), ok' || char(10) || 'second line' WHERE id = 1"_s));
        QVERIFY(query.exec(u"UPDATE statement SET text = '-1' WHERE id = 2"_s));
        QVERIFY(query.exec(u"UPDATE statement SET text = '''Tis the season' WHERE id = 3"_s));
        QBuffer fast;
        QVERIFY(fast.open(QIODevice::WriteOnly));
        QString error;
        qint64 rows = 0;
        QVERIFY2(Exporter::write(m_project->database(), Exporter::What::Statements, &fast, &error, &rows), qPrintable(error));

        QBuffer reference;
        QVERIFY(reference.open(QIODevice::WriteOnly));
        CsvWriter writer(&reference);
        writer.writeRecord(Exporter::columns(Exporter::What::Statements));
        QVERIFY(query.exec(
            u"SELECT article.article_id, article.date, article.title, statement.id, statement.kind, "
            u"CASE WHEN speaker.ignored THEN '' ELSE coalesce(speaker.name, statement.speaker) END, statement.text, statement.start, statement.end, "
            u"(SELECT group_concat(name, '; ') FROM (SELECT tag.name AS name FROM annotation_tag JOIN tag ON tag.id = annotation_tag.tag "
            u"WHERE annotation_tag.annotation = annotation.id ORDER BY tag.position, tag.name)), annotation.note, statement.cue, "
            u"CASE WHEN speaker.ignored THEN NULL ELSE statement.speaker_entity END "
            u"FROM statement JOIN article ON article.id = statement.article LEFT JOIN entity AS speaker ON speaker.id = statement.speaker_entity "
            u"LEFT JOIN annotation ON annotation.statement = statement.id WHERE statement.status <> 'rejected' "
            u"ORDER BY article.date, article.id, statement.start, statement.id"_s));
        qint64 referenceRows = 0;
        while (query.next()) {
            QStringList fields;
            for (int column = 0; column < 13; ++column)
                fields.append(query.value(column).toString());
            writer.writeRecord(fields);
            ++referenceRows;
        }
        QCOMPARE(rows, referenceRows);
        QVERIFY(fast.data().contains("\"'=HYPERLINK(\"\"x\"\"), ok\nsecond line\""));
        QVERIFY(fast.data().contains(",'-1,"));
        QVERIFY(fast.data().contains(",''Tis the season,"));
        QCOMPARE(fast.data(), reference.data());
    }
};

QTEST_MAIN(CorpusQueryTest)
#include "corpusquery_test.moc"
