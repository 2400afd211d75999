// The entity panel's model reads a page of entities at a time, sorted and filtered in SQL, so that a project with
// hundreds of thousands of names opens at once; and the panel reads only what it shows.
#include "entitypanel.h"
#include "model/entitylistmodel.h"
#include "store/project.h"
#include "store/sql.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Verbatim;
using namespace Qt::StringLiterals;

namespace {

constexpr int personCount = 450; // two full pages and part of a third

// Person i is mentioned (i * 37) % 300 + 1 times: in no order of i, and i and i + 300 tie (paging must not lose or
// repeat either).
int mentionsOf(int i)
{
    return (i * 37) % 300 + 1;
}

} // namespace

class EntityListModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projectNumber = 0;
    std::unique_ptr<Project> m_project;

    qint64 entityId(const QString &name) const
    {
        return Sql::scalar(m_project->database(), u"SELECT id FROM entity WHERE name = ?"_s, {name}).toLongLong();
    }

    static QModelIndex people(const EntityListModel &model) { return model.index(0, 0); }

    // More people, for the panel: the tree view itself reads as many rows as it guesses fit on screen.
    void addPeople(int from, int count)
    {
        QString error;
        Sql::Transaction transaction(m_project->database(), &error);
        QSqlQuery insert(m_project->database());
        QVERIFY(insert.prepare(u"INSERT INTO entity (name, type, mention_count, article_count) VALUES (?, 'person', 1, 1)"_s));
        for (int i = from; i < from + count; ++i)
            QVERIFY2(Sql::execPrepared(insert, {u"Extra %1"_s.arg(i, 4, 10, QChar(u'0'))}, &error), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }

    static QStringList names(const EntityListModel &model, const QModelIndex &type)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(type); ++row)
            list.append(model.index(row, EntityListModel::NameColumn, type).data().toString());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        VerbatimTest::enableTestMode();
        QVERIFY(m_dir.isValid());
    }

    // A project of its own for each test: 450 people, three organisations, a hidden and an ignored entity.
    void init()
    {
        QString error;
        m_project = Project::open(m_dir.filePath(u"p%1.verbatim"_s.arg(++m_projectNumber)), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_project, qPrintable(error));
        QSqlDatabase db = m_project->database();
        Sql::Transaction transaction(db, &error);
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(u"INSERT INTO entity (name, type, mention_count, article_count, ignored) VALUES (?, ?, ?, ?, ?)"_s));
        for (int i = 0; i < personCount; ++i) {
            // Names in mixed case, so that sorting by name must ignore case.
            const QString name = (i % 2 ? u"person %1"_s : u"Person %1"_s).arg(i, 3, 10, QChar(u'0'));
            QVERIFY2(Sql::execPrepared(insert, {name, u"person"_s, mentionsOf(i), mentionsOf(i) / 2 + 1, 0}, &error), qPrintable(error));
        }
        for (const QString &name : {u"Harbour Board"_s, u"50% Club"_s, u"Under_Score Ltd"_s})
            QVERIFY2(Sql::execPrepared(insert, {name, u"organisation"_s, 5, 2, 0}, &error), qPrintable(error));
        // No mention left (its mentions went to another entity): not listed. Ignored: listed, to be restored.
        QVERIFY2(Sql::execPrepared(insert, {u"Merged Away"_s, u"place"_s, 0, 0, 0}, &error), qPrintable(error));
        QVERIFY2(Sql::execPrepared(insert, {u"Not A Place"_s, u"place"_s, 3, 1, 1}, &error), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }

    void cleanup() { m_project.reset(); }

    void typeRows_countEveryListedEntity_withoutReadingThem()
    {
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        const QList<qint64> totals = {personCount, 3, 1, 0, 0};
        for (int row = 0; row < 5; ++row) {
            const QModelIndex type = model.index(row, 0);
            QCOMPARE(type.data(EntityListModel::TotalCountRole).toLongLong(), totals[row]);
            // The tester asked for one page of each type, as a view does when it opens one.
            QCOMPARE(model.rowCount(type), int(std::min<qint64>(totals[row], EntityListModel::pageSize)));
        }
        QCOMPARE(people(model).data().toString(), u"People (%1)"_s.arg(QLocale().toString(personCount)));
        QCOMPARE(names(model, model.index(2, 0)), QStringList{u"Not A Place"_s});
        QVERIFY(model.index(0, 0, model.index(2, 0)).data(EntityListModel::IgnoredRole).toBool());
    }

    void fetchMore_readsAPageAtATime_mostMentionedFirst()
    {
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex type = people(model);
        QCOMPARE(model.rowCount(type), EntityListModel::pageSize);
        QVERIFY(model.canFetchMore(type));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore(type);
        QCOMPARE(model.rowCount(type), 2 * EntityListModel::pageSize);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), EntityListModel::pageSize);
        QVERIFY(model.canFetchMore(type));
        model.fetchMore(type);
        QCOMPARE(model.rowCount(type), personCount);
        QVERIFY(!model.canFetchMore(type));
        model.fetchMore(type); // nothing more: no rows, no signal
        QCOMPARE(inserted.count(), 2);

        // Across the pages: counts never rise, ties by name, every person once.
        QSet<QString> seen;
        for (int row = 0; row < personCount; ++row) {
            const QModelIndex index = model.index(row, EntityListModel::MentionsColumn, type);
            seen.insert(index.siblingAtColumn(EntityListModel::NameColumn).data().toString());
            if (row == 0)
                continue;
            const int previous = model.index(row - 1, EntityListModel::MentionsColumn, type).data().toInt();
            QVERIFY2(index.data().toInt() <= previous, qPrintable(u"row %1"_s.arg(row)));
            if (index.data().toInt() == previous) {
                const QString name = index.siblingAtColumn(0).data().toString();
                const QString before = model.index(row - 1, 0, type).data().toString();
                QVERIFY2(before.compare(name, Qt::CaseInsensitive) < 0, qPrintable(before + u" / "_s + name));
            }
        }
        QCOMPARE(seen.size(), personCount);
        QCOMPARE(model.index(0, EntityListModel::MentionsColumn, type).data().toInt(), 300);
    }

    void sort_byNameOrArticles_ordersEveryPageInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("name ascending") << int(EntityListModel::NameColumn) << int(Qt::AscendingOrder);
        QTest::newRow("name descending") << int(EntityListModel::NameColumn) << int(Qt::DescendingOrder);
        QTest::newRow("articles ascending") << int(EntityListModel::ArticlesColumn) << int(Qt::AscendingOrder);
        QTest::newRow("mentions ascending") << int(EntityListModel::MentionsColumn) << int(Qt::AscendingOrder);
    }
    void sort_byNameOrArticles_ordersEveryPageInSql()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(resets.count(), 1);
        const QModelIndex type = people(model);
        while (model.canFetchMore(type))
            model.fetchMore(type);
        QCOMPARE(model.rowCount(type), personCount);
        for (int row = 1; row < personCount; ++row) {
            const QModelIndex before = model.index(row - 1, column, type);
            const QModelIndex index = model.index(row, column, type);
            const int sign = order == Qt::AscendingOrder ? 1 : -1;
            if (column == EntityListModel::NameColumn) {
                QVERIFY2(sign * before.data().toString().compare(index.data().toString(), Qt::CaseInsensitive) < 0,
                         qPrintable(before.data().toString() + u" / "_s + index.data().toString()));
            } else {
                QVERIFY2(sign * (index.data().toInt() - before.data().toInt()) >= 0, qPrintable(u"row %1"_s.arg(row)));
            }
        }
        // Sorting the same way again reads nothing again.
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(resets.count(), 1);
    }

    void filter_narrowsEveryTypeInSql_withLikeCharactersTakenLiterally_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QList<qint64>>("totals");
        // Names "Person 000" to "person 449": "44" is in 440-449 and in 044, 144, 244 and 344.
        QTest::newRow("digits") << u"44"_s << QList<qint64>{14, 0, 0, 0, 0};
        QTest::newRow("case ignored") << u"HARBOUR"_s << QList<qint64>{0, 1, 0, 0, 0};
        QTest::newRow("percent sign") << u"50%"_s << QList<qint64>{0, 1, 0, 0, 0}; // as a wildcard, also 050, 150, ...
        QTest::newRow("underscore") << u"r_S"_s << QList<qint64>{0, 1, 0, 0, 0};
        QTest::newRow("underscore is no wildcard") << u"n_0"_s << QList<qint64>{0, 0, 0, 0, 0};
        QTest::newRow("nothing") << u"zzz"_s << QList<qint64>{0, 0, 0, 0, 0};
        QTest::newRow("a hidden entity stays hidden") << u"Merged"_s << QList<qint64>{0, 0, 0, 0, 0};
    }
    void filter_narrowsEveryTypeInSql_withLikeCharactersTakenLiterally()
    {
        QFETCH(QString, filter);
        QFETCH(QList<qint64>, totals);
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilterText(filter);
        QCOMPARE(model.filterText(), filter);
        for (int row = 0; row < 5; ++row) {
            const QModelIndex type = model.index(row, 0);
            QCOMPARE(type.data(EntityListModel::TotalCountRole).toLongLong(), totals[row]);
            while (model.canFetchMore(type))
                model.fetchMore(type);
            QCOMPARE(model.rowCount(type), int(totals[row]));
            for (const QString &name : names(model, type))
                QVERIFY2(name.contains(filter, Qt::CaseInsensitive), qPrintable(name));
        }
        // Clearing the filter lists everyone again.
        model.setFilterText(QString());
        QCOMPARE(people(model).data(EntityListModel::TotalCountRole).toLongLong(), personCount);
    }

    void reload_afterACuration_keepsTheRowsRead_withTheNewName()
    {
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex type = people(model);
        model.fetchMore(type);
        QCOMPARE(model.rowCount(type), 2 * EntityListModel::pageSize);
        const QString last = model.index(2 * EntityListModel::pageSize - 1, 0, type).data().toString();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_project->renameEntity(entityId(last), u"Renamed Person"_s));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(people(model)), 2 * EntityListModel::pageSize);
        QCOMPARE(model.index(2 * EntityListModel::pageSize - 1, 0, people(model)).data().toString(), u"Renamed Person"_s);
        QCOMPARE(people(model).data().toString(), u"People (%1)"_s.arg(personCount));
        // A type never opened stays unread.
        QCOMPARE(model.rowCount(model.index(3, 0)), 0);
    }

    void indexOf_readsPagesUntilTheEntityIsThere()
    {
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The least mentioned person (the last by name among those that tie) is on the last page.
        int least = 0;
        for (int i = 1; i < personCount; ++i) {
            if (mentionsOf(i) < mentionsOf(least) || (mentionsOf(i) == mentionsOf(least) && i > least))
                least = i;
        }
        const qint64 id = entityId(u"Person %1"_s.arg(least, 3, 10, QChar(u'0')));
        QVERIFY(id != 0);
        const QModelIndex index = model.indexOf(id);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(EntityListModel::EntityRole).toLongLong(), id);
        QCOMPARE(index.row(), personCount - 1);
        QVERIFY(!model.indexOf(entityId(u"Merged Away"_s)).isValid());
        model.setFilterText(u"Harbour"_s);
        QVERIFY(!model.indexOf(id).isValid());
    }

    // The tooltip counts in the singular for one: "1 mention in 1 article", never "1 mentions in 1 articles".
    void toolTip_countsMentionsAndArticles_inTheSingularForOne_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one of each") << u"Person 000"_s << u"Person 000 (person): 1 mention in 1 article"_s;
        QTest::newRow("several of each") << u"Harbour Board"_s << u"Harbour Board (organisation): 5 mentions in 2 articles"_s;
        QTest::newRow("several in one, ignored") << u"Not A Place"_s << u"Not A Place (place): 3 mentions in 1 article; ignored"_s;
    }
    void toolTip_countsMentionsAndArticles_inTheSingularForOne()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex index = model.indexOf(entityId(name));
        QVERIFY(index.isValid());
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), expected);
    }

    void find_putsTheExactNameFirst_andCountsEveryMatch()
    {
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 matching = 0;
        // "person 001" is mentioned 38 times, far from the top of the 450 people that contain "person".
        const QList<EntitySummary> found = model.find(u"person 001"_s, 5, {}, &matching);
        QCOMPARE(matching, 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().name, u"person 001"_s);
        const QList<EntitySummary> people = model.find(u"PERSON 00"_s, 3, {EntityType::Person}, &matching);
        QCOMPARE(matching, 10);
        QCOMPARE(people.size(), 3);
        QVERIFY(people[0].mentionCount >= people[1].mentionCount && people[1].mentionCount >= people[2].mentionCount);
        QCOMPARE(model.find(u"Harbour"_s, 10, {EntityType::Person}, &matching).size(), 0);
        QCOMPARE(matching, 0);
    }

    // --- the panel ---------------------------------------------------------------------------------------------

    void panel_whileHidden_readsNoEntity()
    {
        addPeople(0, 3000);
        // No model tester here: it would read pages itself.
        EntityListModel model(m_project.get());
        QUndoStack undoStack;
        Verbatim::Ui::EntityPanel panel(&undoStack);
        panel.setProject(m_project.get(), &model);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(people(model)), 0);
        // Not even counted (the title would say how many).
        QCOMPARE(people(model).data().toString(), u"People"_s);
        // Shown, it opens the first type and reads what fits on screen, not every page.
        panel.resize(400, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(model.rowCount(people(model)) >= EntityListModel::pageSize);
        QVERIFY(model.rowCount(people(model)) < personCount + 3000);
        QVERIFY(panel.view()->isExpanded(people(model)));
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QCOMPARE(people(model).data().toString(), u"People (%1)"_s.arg(QLocale().toString(personCount + 3000)));
    }

    void panel_scrollingToTheEnd_readsTheNextPage()
    {
        addPeople(0, 3000);
        const int total = personCount + 3000;
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack undoStack;
        Verbatim::Ui::EntityPanel panel(&undoStack);
        panel.setProject(m_project.get(), &model);
        panel.resize(400, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(model.rowCount(people(model)) >= EntityListModel::pageSize);
        QScrollBar *scrollBar = panel.view()->verticalScrollBar();
        // Each time the end comes into view, more is read, until every person is there.
        for (int rows = model.rowCount(people(model)); rows < total; rows = model.rowCount(people(model))) {
            QVERIFY2(model.rowCount(people(model)) % EntityListModel::pageSize == 0, qPrintable(QString::number(rows)));
            scrollBar->setValue(scrollBar->maximum());
            QTRY_VERIFY(model.rowCount(people(model)) > rows);
        }
        QCOMPARE(model.rowCount(people(model)), total);
        QVERIFY(!model.canFetchMore(people(model)));
    }

    void panel_filterBox_queriesWhenTypingPauses_andOpensEveryType()
    {
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack undoStack;
        Verbatim::Ui::EntityPanel panel(&undoStack);
        panel.setProject(m_project.get(), &model);
        panel.resize(400, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QLineEdit *filter = panel.findChild<QLineEdit *>();
        QVERIFY(filter);
        QCOMPARE(filter->accessibleName(), u"Filter entities"_s);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QTest::keyClicks(filter, u"n 44"_s);
        // Not one query per key: the filter applies once typing pauses.
        QCOMPARE(resets.count(), 0);
        QTRY_COMPARE(model.filterText(), u"n 44"_s);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(people(model).data(EntityListModel::TotalCountRole).toLongLong(), 10);
        QTRY_COMPARE(model.rowCount(people(model)), 10);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(panel.view()->isExpanded(model.index(row, 0)));
        // Return applies at once.
        filter->clear();
        QTest::keyClicks(filter, u"harbour"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(model.filterText(), u"harbour"_s);
        QTRY_COMPARE(model.rowCount(model.index(1, 0)), 1);
        QCOMPARE(model.index(0, 0, model.index(1, 0)).data().toString(), u"Harbour Board"_s);
    }
};

QTEST_MAIN(EntityListModelTest)
#include "entitylistmodel_test.moc"
