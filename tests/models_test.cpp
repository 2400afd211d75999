#include "model/annotationlistmodel.h"
#include "model/articlelistmodel.h"
#include "model/codebookmodel.h"
#include "model/statementlistmodel.h"
#include "search/searchquery.h"
#include "store/articlewriter.h"
#include "store/project.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <limits>
#include <memory>

using namespace Verbatim;
using namespace Qt::StringLiterals;

/// Which generated articles (by index) a search should find.
using Predicate = std::function<bool(int)>;
Q_DECLARE_METATYPE(Predicate)

// ArticleListModel finds its ids on another thread: wait until the newest request's rows have arrived.

namespace {

constexpr int generatedCount = 600; // several of ArticleListModel's pages (64 rows)

bool hasLighthouse(int i)
{
    return i % 7 == 0;
}
bool hasFerry(int i)
{
    return i % 11 == 0;
}
bool hasHarbour(int i)
{
    return i % 13 == 0;
}

QString generatedId(int i)
{
    return u"gen-%1"_s.arg(i, 4, 10, QChar(u'0'));
}

Article generatedArticle(int i)
{
    static const QStringList districts = { u"north"_s, u"south"_s, u"east"_s, u"west"_s, u"river"_s, u"hill"_s };
    static const QStringList trees
        = { u"alder"_s, u"Birch"_s, u"cedar"_s, u"Dogwood"_s, u"elm"_s, u"Fir"_s, u"ginkgo"_s, u"Hazel"_s };
    static const QStringList sources
        = { u"Valley Times"_s, u"Coast Radio"_s, QString(), u"Northern Wire"_s, u"Almanac Daily"_s };
    QString text = u"Generated article %1 describes the %2 district council meeting."_s.arg(i).arg(
        districts[i % districts.size()]);
    if (hasLighthouse(i))
        text += u" The lighthouse keeper spoke first."_s;
    if (hasFerry(i))
        text += u" A new ferry timetable was promised."_s;
    if (hasHarbour(i))
        text += u" The harbour master disagreed."_s;
    for (int s = 0; s < i % 4; ++s)
        text += u" \u201CPoint number %1 matters,\u201D said delegate Number%2."_s.arg(s).arg(i);
    Article article;
    article.articleId = generatedId(i);
    article.text = text;
    article.title = u"%1 council notes %2"_s.arg(trees[i % trees.size()]).arg(i, 3, 10, QChar(u'0'));
    article.source = sources[i % sources.size()];
    if (i % 50 != 7)
        article.date = QDate(2020, 1, 1).addDays((i * 37) % 900);
    article.origin = u"generated"_s;
    return article;
}

Extraction generatedExtraction(const Article &article, int i)
{
    Extraction extraction;
    for (int s = 0; s < i % 4; ++s) {
        const QString said = u"Point number %1 matters,"_s.arg(s);
        ExtractedStatement statement;
        statement.start = article.text.indexOf(said);
        statement.end = statement.start + said.size();
        statement.cue = u"said"_s;
        extraction.statements.append(statement);
    }
    return extraction;
}

bool writeArticles(const QString &projectPath, int from, int to)
{
    ArticleWriter writer(projectPath);
    if (!writer.isOpen() || !writer.begin())
        return false;
    for (int i = from; i < to; ++i) {
        const Article article = generatedArticle(i);
        if (writer.insert(article, generatedExtraction(article, i), 1) != ArticleWriter::Outcome::Inserted)
            return false;
    }
    return writer.commit();
}

QSet<qint64> idsOf(const Project &project, const std::function<bool(int)> &wanted, int count = generatedCount)
{
    QSet<qint64> ids;
    for (int i = 0; i < count; ++i) {
        if (wanted(i))
            ids.insert(project.findArticle(generatedId(i)));
    }
    return ids;
}

QSet<qint64> idsInModel(const ArticleListModel &model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.articleAt(row));
    return ids;
}

Statement makeStatement(
    qint64 id, qsizetype start, qsizetype end, const QString &speaker, StatementKind kind = StatementKind::Direct)
{
    Statement statement;
    statement.id = id;
    statement.article = 1;
    statement.kind = kind;
    statement.start = start;
    statement.end = end;
    statement.text = u"Statement %1 says something quotable."_s.arg(id);
    statement.speaker = speaker;
    statement.cue = u"said"_s;
    return statement;
}

Annotation makeAnnotation(
    qint64 id, qint64 statement, qsizetype start, qsizetype end, const QList<qint64> &tags, const QString &note)
{
    Annotation annotation;
    annotation.id = id;
    annotation.article = 1;
    annotation.statement = statement;
    annotation.start = start;
    annotation.end = end;
    annotation.text = u"Annotated   text %1"_s.arg(id);
    annotation.tagIds = tags;
    annotation.note = note;
    return annotation;
}

QList<Tag> smallCodebook()
{
    QList<Tag> tags;
    const char *names[] = { "Position", "Threat", "Blame" };
    const char *colours[] = { "#1f77b4", "#d62728", "#ff7f0e" };
    for (int i = 0; i < 3; ++i) {
        Tag tag;
        tag.id = i + 1;
        tag.name = QString::fromLatin1(names[i]);
        tag.colour = QColor(QString::fromLatin1(colours[i]));
        tag.position = i;
        tags.append(tag);
    }
    return tags;
}

} // namespace

class ModelsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_templateDir;
    QString m_templatePath;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase()
    {
        VerbatimTest::enableTestMode();
        QVERIFY(m_templateDir.isValid());
        m_templatePath = m_templateDir.filePath(u"template.verbatim"_s);
        QString error;
        auto project = Project::open(m_templatePath, Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY(writeArticles(m_templatePath, 0, generatedCount));
        // Tag counts 0, 1 and 2, so that sorting by tags has ties and differences.
        const QList<Tag> tags = project->tags();
        for (int i = 0; i < generatedCount; i += 9) {
            Annotation annotation;
            annotation.article = project->findArticle(generatedId(i));
            annotation.start = 0;
            annotation.end = 9;
            annotation.tagIds = { tags[0].id };
            if (i % 27 == 0)
                annotation.tagIds.append(tags[1].id);
            QVERIFY2(project->insertAnnotation(&annotation), qPrintable(project->errorString()));
        }
        QCOMPARE(project->counts().articles, generatedCount);
    }

    void init()
    {
        // Every test gets its own copy of the generated project.
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(u"models.verbatim"_s);
        QVERIFY(QFile::copy(m_templatePath, path));
        QString error;
        m_project = Project::open(path, Project::OpenMode::OpenExisting, &error);
        QVERIFY2(m_project, qPrintable(error));
    }

    void cleanup()
    {
        m_project.reset();
        m_dir.reset();
    }

    void articleList_rowsAcrossPages()
    {
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), generatedCount);
        QCOMPARE(model.totalCount(), generatedCount);
        QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
        QCOMPARE(model.headerData(ArticleListModel::TitleColumn, Qt::Horizontal).toString(), u"Title"_s);

        for (const int row : { 0, 1, 254, 255, 256, 257, 511, 512, 513, generatedCount - 1, 300, 2 }) {
            const qint64 article = model.articleAt(row);
            QVERIFY2(article > 0, qPrintable(u"row %1"_s.arg(row)));
            const std::optional<ArticleSummary> summary = m_project->articleSummary(article);
            QVERIFY(summary);
            QCOMPARE(model.data(model.index(row, 0), ArticleListModel::ArticleRole).toLongLong(), article);
            QCOMPARE(model.data(model.index(row, 3), ArticleListModel::ArticleIdRole).toString(), summary->articleId);
            QCOMPARE(model.data(model.index(row, ArticleListModel::TitleColumn)).toString(), summary->title);
            QCOMPARE(model.data(model.index(row, ArticleListModel::SourceColumn)).toString(), summary->source);
            QCOMPARE(model.data(model.index(row, ArticleListModel::DateColumn)).toString(),
                summary->date.isValid() ? summary->date.toString(Qt::ISODate) : QString());
            QCOMPARE(model.data(model.index(row, ArticleListModel::StatementsColumn)).toInt(), summary->statementCount);
            QCOMPARE(model.data(model.index(row, ArticleListModel::TagsColumn)).toString(),
                summary->tagCount > 0 ? QString::number(summary->tagCount) : QString());
            QCOMPARE(model.rowOf(article), row);
        }
        QCOMPARE(idsInModel(model).size(), generatedCount);
        QCOMPARE(model.articleAt(-1), 0);
        QCOMPARE(model.articleAt(generatedCount), 0);
        QCOMPARE(model.rowOf(987654), -1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is not valid"_s));
        QVERIFY(!model.data(model.index(generatedCount, 0)).isValid());
    }

    void project_articleSummaries_inTheOrderGiven_emptyForMissing()
    {
        ArticleListModel model(m_project.get());
        VERBATIM_WAIT_LOADED(model);
        QVERIFY(model.rowCount() > 300);
        const qint64 missing = std::numeric_limits<qint64>::max();
        const QList<qint64> ids{model.articleAt(300), model.articleAt(0), missing, model.articleAt(1), model.articleAt(0)};
        const QList<ArticleSummary> summaries = m_project->articleSummaries(ids);
        QCOMPARE(summaries.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (ids[i] == missing) {
                QCOMPARE(summaries[i].id, qint64(0));
                QVERIFY(summaries[i].articleId.isEmpty());
                QVERIFY(!m_project->articleSummary(missing));
                continue;
            }
            const std::optional<ArticleSummary> one = m_project->articleSummary(ids[i]);
            QVERIFY(one);
            QCOMPARE(summaries[i].id, ids[i]);
            QCOMPARE(summaries[i].articleId, one->articleId);
            QCOMPARE(summaries[i].title, one->title);
            QCOMPARE(summaries[i].source, one->source);
            QCOMPARE(summaries[i].date, one->date);
            QCOMPARE(summaries[i].statementCount, one->statementCount);
            QCOMPARE(summaries[i].tagCount, one->tagCount);
        }
        QVERIFY(m_project->articleSummaries({}).isEmpty());
    }

    void articleList_sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        const char *names[] = { "date", "title", "source", "statements", "tags" };
        for (int column = 0; column < ArticleListModel::ColumnCount; ++column) {
            QTest::addRow("%s ascending", names[column]) << column << Qt::AscendingOrder;
            QTest::addRow("%s descending", names[column]) << column << Qt::DescendingOrder;
        }
    }
    void articleList_sort()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERBATIM_WAIT_LOADED(model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(column, order);
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), generatedCount);

        // The expected order, from the project rather than from the model.
        QList<ArticleSummary> summaries;
        for (int row = 0; row < model.rowCount(); ++row)
            summaries.append(*m_project->articleSummary(model.articleAt(row)));
        auto compareKeys = [column](const ArticleSummary &a, const ArticleSummary &b) -> int {
            switch (column) {
            case ArticleListModel::DateColumn: // undated articles sort as the smallest
                return QString::compare(a.date.isValid() ? a.date.toString(Qt::ISODate) : QString(),
                    b.date.isValid() ? b.date.toString(Qt::ISODate) : QString());
            case ArticleListModel::TitleColumn:
                return QString::compare(a.title, b.title, Qt::CaseInsensitive);
            case ArticleListModel::SourceColumn:
                return QString::compare(a.source, b.source);
            case ArticleListModel::StatementsColumn:
                return a.statementCount - b.statementCount;
            default:
                return a.tagCount - b.tagCount;
            }
        };
        int distinctSteps = 0;
        for (qsizetype row = 1; row < summaries.size(); ++row) {
            int c = compareKeys(summaries[row - 1], summaries[row]);
            if (c != 0)
                ++distinctSteps;
            else
                c = summaries[row - 1].id < summaries[row].id ? -1 : 1;
            if (order == Qt::DescendingOrder)
                c = -c;
            QVERIFY2(c < 0,
                qPrintable(u"rows %1 and %2 are out of order: \"%3\" (id %4) then \"%5\" (id %6)"_s.arg(row - 1)
                               .arg(row)
                               .arg(model.data(model.index(int(row - 1), column)).toString())
                               .arg(summaries[row - 1].id)
                               .arg(model.data(model.index(int(row), column)).toString())
                               .arg(summaries[row].id)));
        }
        QVERIFY(distinctSteps > 0);

        // Spot checks that do not depend on the comparison above.
        if (column == ArticleListModel::TitleColumn) {
            const QString first = model.data(model.index(0, column)).toString();
            const QString last = model.data(model.index(generatedCount - 1, column)).toString();
            QCOMPARE(order == Qt::AscendingOrder ? first : last, u"alder council notes 000"_s);
            QCOMPARE(order == Qt::AscendingOrder ? last : first, u"Hazel council notes 599"_s);
        }
        if (column == ArticleListModel::DateColumn) {
            QDate newestDate;
            for (int i = 0; i < generatedCount; ++i)
                newestDate = std::max(newestDate, generatedArticle(i).date);
            const QString newest = newestDate.toString(Qt::ISODate);
            const int newestRow = order == Qt::DescendingOrder ? 0 : generatedCount - 1;
            QCOMPARE(model.data(model.index(newestRow, column)).toString(), newest);
        }
    }

    void articleList_search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Predicate>("matches");
        QTest::newRow("empty") << QString() << Predicate([](int) { return true; });
        QTest::newRow("word") << u"lighthouse"_s << Predicate(hasLighthouse);
        QTest::newRow("prefix") << u"lighthou*"_s << Predicate(hasLighthouse);
        QTest::newRow("phrase") << u"\"ferry timetable\""_s << Predicate(hasFerry);
        QTest::newRow("and") << u"lighthouse AND ferry"_s
                             << Predicate([](int i) { return hasLighthouse(i) && hasFerry(i); });
        QTest::newRow("implicit and") << u"lighthouse harbour"_s
                                      << Predicate([](int i) { return hasLighthouse(i) && hasHarbour(i); });
        QTest::newRow("or") << u"ferry OR harbour"_s << Predicate([](int i) { return hasFerry(i) || hasHarbour(i); });
        QTest::newRow("not") << u"lighthouse NOT ferry"_s
                             << Predicate([](int i) { return hasLighthouse(i) && !hasFerry(i); });
        QTest::newRow("title word") << u"Dogwood"_s << Predicate([](int i) { return i % 8 == 3; });
        QTest::newRow("group first") << u"(ferry OR harbour) AND lighthouse"_s << Predicate([](int i) {
            return hasLighthouse(i) && (hasFerry(i) || hasHarbour(i));
        });
        QTest::newRow("word before a group")
            << u"lighthouse (ferry OR harbour)"_s
            << Predicate([](int i) { return hasLighthouse(i) && (hasFerry(i) || hasHarbour(i)); });
        QTest::newRow("no hits") << u"zeppelin"_s << Predicate([](int) { return false; });
        QTest::newRow("punctuation") << u"council's 30-day"_s << Predicate([](int) { return false; });
    }
    void articleList_search()
    {
        QFETCH(QString, text);
        QFETCH(Predicate, matches);
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERBATIM_WAIT_LOADED(model);
        model.setSearch(SearchQuery(text));
        VERBATIM_WAIT_LOADED(model);
        QVERIFY2(model.searchError().isEmpty(),
            qPrintable(
                u"\"%1\" (FTS: %2) failed: %3"_s.arg(text, SearchQuery(text).ftsExpression(), model.searchError())));
        const QSet<qint64> expected = idsOf(*m_project, matches);
        QCOMPARE(model.rowCount(), int(expected.size()));
        QCOMPARE(idsInModel(model), expected);
        QCOMPARE(model.totalCount(), generatedCount);
        QCOMPARE(model.search().ftsExpression(), SearchQuery(text).ftsExpression());

        // Sorting keeps the filter.
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(idsInModel(model), expected);
        // And clearing the search shows everything again.
        model.setSearch(SearchQuery(u""));
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), generatedCount);
    }

    void articleList_failedSearch_reportsErrorAndRecovers()
    {
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERBATIM_WAIT_LOADED(model);
        // SearchQuery makes every input valid FTS5, so a search fails only when the project is damaged: here its
        // full-text index is gone.
        QSqlQuery query(m_project->database());
        QVERIFY(query.exec(u"DROP TABLE article_fts"_s));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSearch(SearchQuery(u"lighthouse"));
        VERBATIM_WAIT_LOADED(model);
        QVERIFY(!model.searchError().isEmpty());
        QVERIFY2(model.searchError().contains(u"article_fts"_s), qPrintable(model.searchError()));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), generatedCount);
        QCOMPARE(model.articleAt(0), 0);

        // Without a search the list does not need the index, and the error is cleared.
        model.setSearch(SearchQuery(u""));
        VERBATIM_WAIT_LOADED(model);
        QVERIFY2(model.searchError().isEmpty(), qPrintable(model.searchError()));
        QCOMPARE(model.rowCount(), generatedCount);
    }

    void articleList_reloadAfterAddingArticles()
    {
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERBATIM_WAIT_LOADED(model);
        model.setSearch(SearchQuery(u"lighthouse"));
        VERBATIM_WAIT_LOADED(model);
        const int lighthouseRows = model.rowCount();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(writeArticles(m_project->filePath(), generatedCount, generatedCount + 30));
        QCOMPARE(model.rowCount(), lighthouseRows); // nothing changes until the project says so
        m_project->notifyArticlesChanged();
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.totalCount(), generatedCount + 30);
        const QSet<qint64> expected = idsOf(*m_project, hasLighthouse, generatedCount + 30);
        QCOMPARE(model.rowCount(), int(expected.size()));
        QVERIFY(model.rowCount() > lighthouseRows);
        QCOMPARE(idsInModel(model), expected);

        model.setSearch(SearchQuery(u""));
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), generatedCount + 30);
        const qint64 added = m_project->findArticle(generatedId(generatedCount + 29));
        QVERIFY(model.rowOf(added) >= 0);
        QCOMPARE(model.articleAt(model.rowOf(added)), added);
        QCOMPARE(model.data(model.index(model.rowOf(added), 0), ArticleListModel::ArticleIdRole).toString(),
            generatedId(generatedCount + 29));
    }

    void articleList_annotationChange_emitsDataChangedForItsRow()
    {
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERBATIM_WAIT_LOADED(model);
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        VERBATIM_WAIT_LOADED(model);
        // An untagged article on the third page ("Hazel council notes 407"), its page already read.
        const qint64 article = m_project->findArticle(generatedId(407));
        const int row = model.rowOf(article);
        QVERIFY(row >= 512);
        QCOMPARE(model.data(model.index(row, ArticleListModel::TagsColumn)).toString(), QString());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QList<Tag> tags = m_project->tags();
        Annotation annotation;
        annotation.article = article;
        annotation.start = 0;
        annotation.end = 9;
        annotation.tagIds = { tags[2].id, tags[3].id, tags[4].id };
        QVERIFY(m_project->insertAnnotation(&annotation));
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.constFirst().at(0).toModelIndex();
        const QModelIndex bottomRight = changed.constFirst().at(1).toModelIndex();
        QCOMPARE(topLeft.row(), row);
        QCOMPARE(bottomRight.row(), row);
        QVERIFY(
            topLeft.column() <= ArticleListModel::TagsColumn && bottomRight.column() >= ArticleListModel::TagsColumn);
        QCOMPARE(model.data(model.index(row, ArticleListModel::TagsColumn)).toString(), u"3"_s);

        // An article that the filter hides changes no row.
        model.setSearch(SearchQuery(u"lighthouse"));
        VERBATIM_WAIT_LOADED(model);
        changed.clear();
        const qint64 hidden = m_project->findArticle(generatedId(402));
        QCOMPARE(model.rowOf(hidden), -1);
        Annotation elsewhere;
        elsewhere.article = hidden;
        elsewhere.start = 0;
        elsewhere.end = 4;
        elsewhere.tagIds = { tags[0].id };
        QVERIFY(m_project->insertAnnotation(&elsewhere));
        QCOMPARE(changed.count(), 0);

        // A change across articles (deleting a tag used in many) refreshes every row.
        QVERIFY(m_project->deleteTag(tags[0].id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), model.rowCount() - 1);
        const qint64 lighthouseTagged = m_project->findArticle(generatedId(63)); // i % 9 == 0 and i % 7 == 0: one tag
        QCOMPARE(
            model.data(model.index(model.rowOf(lighthouseTagged), ArticleListModel::TagsColumn)).toString(), QString());
    }

    void statementList_contentRolesAndClear()
    {
        StatementListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QList<Tag> codebook = smallCodebook();
        const QList<Statement> statements = { makeStatement(11, 10, 30, u"Ada Quill"_s),
            makeStatement(12, 40, 60, QString(), StatementKind::Indirect),
            makeStatement(13, 70, 95, u"Bo Renner"_s, StatementKind::Mixed) };
        const QList<Annotation> annotations = { makeAnnotation(101, 12, 40, 60, { 2, 3 }, u"Check   the wording"_s),
            makeAnnotation(102, 0, 0, 8, { 1 }, QString()), makeAnnotation(103, 13, 70, 95, {}, u"Only a note"_s) };
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setContent(statements, annotations, codebook);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(StatementListModel::ColumnCount));

        QCOMPARE(model.data(model.index(0, 0), StatementListModel::StatementRole).toLongLong(), 11);
        QCOMPARE(model.data(model.index(0, 0), StatementListModel::StartRole).toLongLong(), 10);
        QCOMPARE(model.data(model.index(0, 0), StatementListModel::EndRole).toLongLong(), 30);
        QCOMPARE(model.data(model.index(0, 0), StatementListModel::AnnotationRole).toLongLong(), 0);
        QCOMPARE(model.data(model.index(0, 0), StatementListModel::TagIdsRole).value<QList<qint64>>(), QList<qint64>());
        QCOMPARE(model.data(model.index(0, 0), StatementListModel::NoteRole).toString(), QString());
        QCOMPARE(model.data(model.index(0, StatementListModel::SpeakerColumn)).toString(), u"Ada Quill"_s);
        QCOMPARE(model.data(model.index(0, StatementListModel::TagsColumn)).toString(), QString());

        const QModelIndex second = model.index(1, StatementListModel::TagsColumn);
        QCOMPARE(model.data(second, StatementListModel::StatementRole).toLongLong(), 12);
        QCOMPARE(model.data(second, StatementListModel::KindRole).toInt(), int(StatementKind::Indirect));
        QCOMPARE(model.data(second, StatementListModel::AnnotationRole).toLongLong(), 101);
        QCOMPARE(model.data(second, StatementListModel::TagIdsRole).value<QList<qint64>>(), (QList<qint64> { 2, 3 }));
        QCOMPARE(model.data(second, StatementListModel::NoteRole).toString(), u"Check   the wording"_s);
        QVERIFY(model.data(second).toString().startsWith(u"Threat, Blame"_s));
        QVERIFY(model.data(second).toString().contains(QChar(0x270E))); // the note mark
        QCOMPARE(model.data(second, Qt::DecorationRole).value<QColor>(), codebook[1].colour);
        // No speaker and no text to say how the article refers to them: the same label in the list, its tooltip and
        // for the panel's caption.
        QCOMPARE(model.data(model.index(1, StatementListModel::SpeakerColumn)).toString(), u"(unknown)"_s);
        QCOMPARE(model.speakerLabel(*model.statementAt(1)), u"(unknown)"_s);
        QVERIFY(model.data(model.index(1, StatementListModel::SpeakerColumn), Qt::ToolTipRole).toString().startsWith(u"<b>(unknown)</b>"_s));

        QCOMPARE(model.data(model.index(2, 0), StatementListModel::NoteRole).toString(), u"Only a note"_s);
        QCOMPARE(model.data(model.index(2, 0), StatementListModel::TagIdsRole).value<QList<qint64>>(), QList<qint64>());
        QCOMPARE(model.data(model.index(2, 0), StatementListModel::KindRole).toInt(), int(StatementKind::Mixed));

        QCOMPARE(model.statementAt(2)->id, 13);
        QCOMPARE(model.statementAt(3), nullptr);
        QCOMPARE(model.rowOf(13), 2);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.annotationOf(12)->id, 101);
        QCOMPARE(model.annotationOf(11), nullptr);
        QCOMPARE(model.annotationOf(0), nullptr); // a span annotation belongs to no statement

        model.clear();
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowAt(15), -1);
        QCOMPARE(model.annotationOf(12), nullptr);
    }

    void statementList_rowAt_data()
    {
        QTest::addColumn<qsizetype>("position");
        QTest::addColumn<int>("row");
        QTest::newRow("before the first") << qsizetype(5) << -1;
        QTest::newRow("first character") << qsizetype(10) << 0;
        QTest::newRow("inside") << qsizetype(20) << 0;
        QTest::newRow("last character") << qsizetype(29) << 0;
        QTest::newRow("just after the end") << qsizetype(30) << -1;
        QTest::newRow("between") << qsizetype(35) << -1;
        QTest::newRow("second statement") << qsizetype(40) << 1;
        QTest::newRow("third statement") << qsizetype(94) << 2;
        QTest::newRow("past every statement") << qsizetype(500) << -1;
        QTest::newRow("negative") << qsizetype(-1) << -1;
    }
    void statementList_rowAt()
    {
        QFETCH(qsizetype, position);
        QFETCH(int, row);
        StatementListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent(
            { makeStatement(11, 10, 30, u"A"_s), makeStatement(12, 40, 60, u"B"_s), makeStatement(13, 70, 95, u"C"_s) },
            {}, smallCodebook());
        QCOMPARE(model.rowAt(position), row);
    }

    void annotationList_contentRolesAndClear()
    {
        AnnotationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QList<Tag> codebook = smallCodebook();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setContent({ makeAnnotation(201, 0, 3, 9, { 1, 3 }, u"A   span\nnote"_s),
                             makeAnnotation(202, 12, 40, 60, {}, u"Note only"_s),
                             makeAnnotation(203, 13, 70, 95, { 2 }, QString()) },
            codebook);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AnnotationListModel::ColumnCount));

        const QModelIndex first = model.index(0, AnnotationListModel::TextColumn);
        QCOMPARE(model.data(first, AnnotationListModel::AnnotationRole).toLongLong(), 201);
        QCOMPARE(model.data(first, AnnotationListModel::StartRole).toLongLong(), 3);
        QCOMPARE(model.data(first, AnnotationListModel::EndRole).toLongLong(), 9);
        QCOMPARE(model.data(first, AnnotationListModel::StatementRole).toLongLong(), 0);
        QCOMPARE(model.data(first).toString(), u"Annotated text 201"_s);
        QCOMPARE(model.data(model.index(0, AnnotationListModel::TagsColumn)).toString(), u"Position, Blame"_s);
        QCOMPARE(model.data(model.index(0, AnnotationListModel::NoteColumn)).toString(), u"A span note"_s);
        QCOMPARE(model.data(model.index(0, AnnotationListModel::TagsColumn), Qt::DecorationRole).value<QColor>(),
            codebook[0].colour);

        QCOMPARE(model.data(model.index(1, 0), AnnotationListModel::StatementRole).toLongLong(), 12);
        QCOMPARE(model.data(model.index(1, AnnotationListModel::TagsColumn)).toString(), QString());
        QVERIFY(!model.data(model.index(1, AnnotationListModel::TagsColumn), Qt::DecorationRole).isValid());
        QCOMPARE(model.data(model.index(2, AnnotationListModel::TagsColumn)).toString(), u"Threat"_s);

        QCOMPARE(model.rowOf(203), 2);
        QCOMPARE(model.rowOf(999), -1);
        QCOMPARE(model.annotationAt(1)->note, u"Note only"_s);
        QCOMPARE(model.annotationAt(3), nullptr);
        QCOMPARE(model.annotationAt(-1), nullptr);

        model.clear();
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(201), -1);
    }

    void annotationList_fromProject()
    {
        AnnotationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 article = m_project->findArticle(generatedId(27)); // two tags in the fixture
        const std::optional<ArticleContent> content = m_project->articleContent(article);
        QVERIFY(content);
        model.setContent(content->annotations, m_project->tags());
        QCOMPARE(model.rowCount(), 1);
        const QList<Tag> tags = m_project->tags();
        QCOMPARE(model.data(model.index(0, AnnotationListModel::TagsColumn)).toString(),
            tags[0].name + u", "_s + tags[1].name);
        QCOMPARE(model.data(model.index(0, AnnotationListModel::TextColumn)).toString(), content->text.left(9));
    }

    void codebook_reloadsAndCountsUsage()
    {
        CodebookModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Tag> tags = m_project->tags();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.tags().size(), 5);
        // The generated project tags every ninth article with the first tag, every 27th also with the second.
        const int firstUses = (generatedCount + 8) / 9;
        const int secondUses = (generatedCount + 26) / 27;
        QCOMPARE(model.data(model.index(0), CodebookModel::UsageRole).toInt(), firstUses);
        QCOMPARE(model.data(model.index(1), CodebookModel::UsageRole).toInt(), secondUses);
        QCOMPARE(model.data(model.index(2), CodebookModel::UsageRole).toInt(), 0);
        QVERIFY(model.data(model.index(0)).toString().contains(u"%1 (%2)"_s.arg(tags[0].name).arg(firstUses)));
        QCOMPARE(model.data(model.index(0), CodebookModel::TagRole).toLongLong(), tags[0].id);
        QCOMPARE(model.data(model.index(0), CodebookModel::ColourRole).value<QColor>(), tags[0].colour);
        QCOMPARE(model.data(model.index(0), CodebookModel::DescriptionRole).toString(), tags[0].description);
        QCOMPARE(model.data(model.index(0), Qt::EditRole).toString(), tags[0].name);
        QCOMPARE(model.rowOf(tags[3].id), 3);
        QCOMPARE(model.tagAt(3)->name, tags[3].name);
        QCOMPARE(model.tagAt(5), nullptr);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Tag added;
        added.name = u"Procedure"_s;
        added.description = u"About how the council works"_s;
        QVERIFY(m_project->insertTag(&added));
        QVERIFY(reset.count() >= 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(added.id), 5);
        QCOMPARE(model.data(model.index(5), CodebookModel::UsageRole).toInt(), 0);
        QCOMPARE(model.data(model.index(5), Qt::EditRole).toString(), u"Procedure"_s);

        // Usage follows annotations.
        Annotation annotation;
        annotation.article = m_project->findArticle(generatedId(5));
        annotation.start = 0;
        annotation.end = 9;
        annotation.tagIds = { added.id, tags[2].id };
        QVERIFY(m_project->insertAnnotation(&annotation));
        QCOMPARE(model.data(model.index(5), CodebookModel::UsageRole).toInt(), 1);
        QCOMPARE(model.data(model.index(2), CodebookModel::UsageRole).toInt(), 1);
        QVERIFY(model.data(model.index(5)).toString().contains(u"Procedure (1)"_s));
        annotation.tagIds = { tags[2].id };
        QVERIFY(m_project->updateAnnotation(annotation));
        QCOMPARE(model.data(model.index(5), CodebookModel::UsageRole).toInt(), 0);

        Tag renamed = *m_project->tag(tags[4].id);
        renamed.name = u"Check later"_s;
        QVERIFY(m_project->updateTag(renamed));
        QCOMPARE(model.data(model.index(model.rowOf(tags[4].id)), Qt::EditRole).toString(), u"Check later"_s);

        QVERIFY(m_project->deleteTag(tags[0].id));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(tags[0].id), -1);
    }
};

QTEST_MAIN(ModelsTest)
#include "models_test.moc"
