// Curation from the window: the entity panel lists the project's entities, activating one narrows the article list
// to the articles that mention or quote it, and re-extraction runs in the background and leaves the reader, the
// undo stack and the notices as they should be. Runs offscreen on fictional articles (see curationsupport.h).

#include "articlereader.h"
#include "backgroundtask.h"
#include "curationsupport.h"
#include "edit/entitycommands.h"
#include "entitypanel.h"
#include "mainwindow.h"
#include "model/articlelistmodel.h"
#include "model/entitylistmodel.h"
#include "store/project.h"
#include "store/projectextractor.h"
#include "testsupport.h"
#include "windowsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Verbatim;
using namespace Verbatim::Ui;
using namespace VerbatimTest;
using namespace Qt::StringLiterals;

namespace {

// Labels of the window that say something, found by their text.
QLabel *labelStartingWith(QWidget *window, const QString &prefix)
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->text().startsWith(prefix))
            return label;
    }
    return nullptr;
}

// The entity panel's row of an entity, as the view shows it.
QModelIndex entityIndex(const QTreeView *view, const QString &name)
{
    QAbstractItemModel *model = view->model();
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        // The panel reads a type's entities as they are scrolled to: read them all, as scrolling to the end would.
        while (model->canFetchMore(parent))
            model->fetchMore(parent);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, EntityListModel::NameColumn, parent);
            if (index.data().toString() == name)
                return index;
        }
    }
    return {};
}

QStringList shownArticleIds(MainWindow &window)
{
    QStringList ids;
    const QAbstractItemModel *model = window.articleView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ArticleListModel::ArticleIdRole).toString());
    ids.sort();
    return ids;
}

QList<qint64> statementIds(const ArticleContent &content)
{
    QList<qint64> ids;
    for (const Statement &statement : content.statements)
        ids.append(statement.id);
    return ids;
}

} // namespace

class CurationWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projectNumber = 0;
    QStringList m_dialogs;
    QTimer m_dialogWatch;

    // A new project with the town's articles, extracted by the scripted extractor (version 1, so that the real
    // extractor finds them outdated).
    QString makeTownProject()
    {
        const QString path = m_dir.filePath(u"p%1/town.verbatim"_s.arg(++m_projectNumber));
        {
            QString error;
            if (!Project::open(path, Project::OpenMode::CreateIfMissing, &error)) {
                qWarning() << "cannot create" << path << error;
                return {};
            }
        }
        const ImportReport report = importArticles(path, townArticles, townExtractor);
        if (!report.succeeded() || report.articlesImported != townArticles.size()) {
            qWarning() << "import failed:" << report.summary();
            return {};
        }
        return path;
    }

    static void activate(QTreeView *view, const QModelIndex &index)
    {
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Verbatim"_s);
        QCoreApplication::setApplicationName(u"Verbatim"_s);
        VerbatimTest::watchDialogs(&m_dialogWatch, &m_dialogs);
    }

    void init()
    {
        QSettings().clear();
        m_dialogs.clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void entityPanel_showsTheProjectsEntitiesByType()
    {
        const QString path = makeTownProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        EntityPanel *panel = window.entityPanel();
        QVERIFY(panel);
        QTreeView *view = panel->view();
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *entities = qobject_cast<EntityListModel *>(view->model());
        QVERIFY(entities);
        QCOMPARE(view->model()->rowCount(), 5);
        QCOMPARE(entities->find(QString(), 100).size(), 5);
        const QModelIndex anna = entityIndex(view, u"Anna Weber"_s);
        QVERIFY(anna.isValid());
        QCOMPARE(anna.parent().data(EntityListModel::TypeRole).toInt(), int(EntityType::Person));
        QCOMPARE(anna.siblingAtColumn(EntityListModel::MentionsColumn).data().toInt(), 3);
        QCOMPARE(anna.data(EntityListModel::EntityRole).toLongLong(),
            window.project()->findEntity(u"Anna Weber"_s, EntityType::Person));
        // Most mentioned first in the panel, too.
        QCOMPARE(anna.row(), 0);
        QVERIFY(entityIndex(view, u"Northern Wire"_s).isValid());

        // A rename from elsewhere (an undoable command) shows at once.
        window.undoStack()->push(new RenameEntityCommand(window.project(),
            *window.project()->entity(anna.data(EntityListModel::EntityRole).toLongLong()), u"Anna Weber-Lind"_s));
        QVERIFY(entityIndex(view, u"Anna Weber-Lind"_s).isValid());
        QVERIFY(!entityIndex(view, u"Anna Weber"_s).isValid());
        window.undoStack()->undo();
        QVERIFY(entityIndex(view, u"Anna Weber"_s).isValid());
        QCOMPARE(m_dialogs, QStringList());
    }

    void activatingAnEntity_showsOnlyTheArticlesThatMentionOrQuoteIt_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("mentioned") << u"Anna Weber"_s << QStringList { u"a1"_s, u"a2"_s };
        QTest::newRow("mentioned in one, quoted in another") << u"Jonas Brandt"_s << QStringList { u"a3"_s, u"a4"_s };
        QTest::newRow("organisation") << u"Northern Wire"_s << QStringList { u"a1"_s, u"a2"_s, u"a3"_s };
    }
    void activatingAnEntity_showsOnlyTheArticlesThatMentionOrQuoteIt()
    {
        QFETCH(QString, entity);
        QFETCH(QStringList, expected);
        const QString path = makeTownProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.resize(1200, 800);
        VERBATIM_OPEN_PROJECT(window, path);
        QCOMPARE(window.articleView()->model()->rowCount(), 4);
        QTreeView *view = window.entityPanel()->view();
        view->expandAll();
        const QModelIndex index = entityIndex(view, entity);
        QVERIFY(index.isValid());

        QSignalSpy activated(window.entityPanel(), &EntityPanel::entityActivated);
        activate(view, index);
        VERBATIM_WAIT_LIST(window);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(1).toString(), entity);
        QCOMPARE(window.articleView()->model()->rowCount(), expected.size());
        QCOMPARE(shownArticleIds(window), expected);
        // The bar says what the list is narrowed to, and the reader shows one of those articles.
        QLabel *filterLabel = labelStartingWith(&window, u"Articles that mention or quote "_s);
        QVERIFY(filterLabel);
        QCOMPARE(filterLabel->text(), u"Articles that mention or quote %1"_s.arg(entity));
        QVERIFY(filterLabel->isVisibleTo(&window));
        QVERIFY(window.reader()->article() != 0);
        QVERIFY(expected.contains(window.reader()->content().summary.articleId));

        window.setEntityFilter(0);

        VERBATIM_WAIT_LIST(window);
        QCOMPARE(window.articleView()->model()->rowCount(), 4);
        QVERIFY(!filterLabel->isVisibleTo(&window));
        QCOMPARE(m_dialogs, QStringList());
    }

    void filterBar_clearButtonShowsEveryArticleAgain()
    {
        const QString path = makeTownProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        const qint64 anna = window.project()->findEntity(u"Anna Weber"_s, EntityType::Person);
        window.setEntityFilter(anna, u"Anna Weber"_s);
        VERBATIM_WAIT_LIST(window);
        QCOMPARE(window.articleView()->model()->rowCount(), 2);
        QToolButton *clear = nullptr;
        for (QToolButton *button : window.findChildren<QToolButton *>()) {
            if (button->toolTip() == u"Show all articles again")
                clear = button;
        }
        QVERIFY(clear);
        QVERIFY(clear->isVisibleTo(&window));
        QTest::mouseClick(clear, Qt::LeftButton);
        VERBATIM_WAIT_LIST(window);
        QCOMPARE(window.articleView()->model()->rowCount(), 4);
        QVERIFY(!clear->isVisibleTo(&window));
    }

    void renamingTheFilteredEntity_keepsTheFilterUnderItsNewName()
    {
        const QString path = makeTownProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        const EntitySummary anna
            = *window.project()->entity(window.project()->findEntity(u"Anna Weber"_s, EntityType::Person));
        window.setEntityFilter(anna.id, anna.name);
        VERBATIM_WAIT_LIST(window);
        window.undoStack()->push(new RenameEntityCommand(window.project(), anna, u"Anna Weber-Lind"_s));
        QCOMPARE(window.articleView()->model()->rowCount(), 2);
        QLabel *filterLabel = labelStartingWith(&window, u"Articles that mention or quote "_s);
        QVERIFY(filterLabel);
        QCOMPARE(filterLabel->text(), u"Articles that mention or quote Anna Weber-Lind"_s);
        // The reader shows the new name on the statements.
        for (const Statement &statement : window.reader()->content().statements) {
            if (statement.speakerEntity == anna.id)
                QCOMPARE(statement.speaker, u"Anna Weber-Lind"_s);
        }
        window.undoStack()->undo();
        QCOMPARE(filterLabel->text(), u"Articles that mention or quote Anna Weber"_s);
    }

    void openProject_outdatedProject_showsTheArticles_andTheNoticeWhenCounted()
    {
        const QString path = makeTownProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QString error;
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        // The list comes from the query thread, the count from a worker of its own, later.
        VERBATIM_WAIT_LIST(window);
        QCOMPARE(window.articleView()->model()->rowCount(), 4);
        QVERIFY(window.reader()->article() != 0);
        QTRY_VERIFY(labelStartingWith(&window, u"4 articles were extracted by another version"_s));
        QLabel *outdated = labelStartingWith(&window, u"4 articles were extracted by another version"_s);
        QTRY_VERIFY(outdated->parentWidget()->isVisibleTo(&window));

        // Another project, up to date, opened while the first is still being counted: the first's count never shows.
        const QString other = makeTownProject();
        QVERIFY(Reextractor(other, ProjectExtractor(other)).run(Reextractor::Scope::All).succeeded());
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        QVERIFY2(window.openProject(other, &error), qPrintable(error));
        QVERIFY(!outdated->parentWidget()->isVisibleTo(&window));
        QTest::qWait(300);
        QVERIFY2(!outdated->parentWidget()->isVisibleTo(&window), qPrintable(outdated->text()));
        QCOMPARE(m_dialogs, QStringList());
    }

    void reextract_runsInTheBackgroundAndKeepsTheReaderOnItsArticle()
    {
        const QString path = makeTownProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        // Extracted by another version than this one's rules: the window says so, once it has counted them.
        QTRY_VERIFY(labelStartingWith(&window, u"4 articles were extracted by another version"_s));
        QLabel *outdated = labelStartingWith(&window, u"4 articles were extracted by another version"_s);
        QTRY_VERIFY(outdated->parentWidget()->isVisibleTo(&window));

        // Reading the second article, with a curation step on the undo stack.
        window.selectArticle(1);
        const qint64 reading = window.reader()->article();
        QVERIFY(reading != 0);
        const QList<qint64> statementsBefore = statementIds(window.reader()->content());
        const EntitySummary anna
            = *window.project()->entity(window.project()->findEntity(u"Anna Weber"_s, EntityType::Person));
        window.undoStack()->push(new IgnoreEntityCommand(window.project(), anna, true));
        QCOMPARE(window.undoStack()->count(), 1);

        QSignalSpy finished(window.backgroundTask(), &BackgroundTask::finished);
        window.reextract(Reextractor::Scope::All);
        QCOMPARE(finished.count(), 0); // it returned at once; the result comes through the event loop
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        QVERIFY(!window.backgroundTask()->isRunning());
        const ReextractionReport report = finished.first().first().value<ReextractionReport>();
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(report.counts.articles, 4);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Re-extracted 4 articles"_s),
            qPrintable(window.statusBar()->currentMessage()));

        // The statements and mentions have new ids: the undo stack no longer applies and was cleared.
        QCOMPARE(window.undoStack()->count(), 0);
        // The curation itself stays.
        QVERIFY(window.project()->entity(anna.id)->ignored);
        // Every article is now this version's, and the notice is gone.
        QCOMPARE(
            Reextractor::outdatedCount(window.project()->database(), ProjectExtractor(window.project()->database())),
            0);
        QVERIFY(!outdated->parentWidget()->isVisibleTo(&window));

        // The reader shows an article as the project now has it: the new statements, not the replaced ones.
        const qint64 shown = window.reader()->article();
        QVERIFY(shown != 0);
        const ArticleContent now = *window.project()->articleContent(shown);
        QCOMPARE(window.reader()->content().text, now.text);
        QCOMPARE(statementIds(window.reader()->content()), statementIds(now));
        QVERIFY(statementIds(*window.project()->articleContent(reading)) != statementsBefore);
        QCOMPARE(m_dialogs, QStringList());
        // ... and it is still the article the user was reading, in the list's current row.
        QCOMPARE(shown, reading);
        QCOMPARE(window.articleView()->currentIndex().data(ArticleListModel::ArticleRole).toLongLong(), reading);
    }

    void reextract_keepsAnAnnotationItCannotAttachAndSaysSo()
    {
        const QString path = makeTownProject();
        QVERIFY(!path.isEmpty());
        // "Northern Wire reported the decision first" is a statement only for the scripted extractor.
        const ScriptedExtractor generous(1, [](QStringView text, QDate) {
            QList<QuoteRule> quotes = townQuotes;
            quotes.append({ u"Northern Wire reported the decision first"_s, u"Northern Wire"_s, u"Northern Wire"_s,
                StatementKind::Indirect, 0, EntityType::Organisation, u"reported"_s });
            return scriptedExtraction(text, townNames, quotes);
        });
        const QString generousPath = m_dir.filePath(u"generous/town.verbatim"_s);
        {
            QString error;
            QVERIFY(Project::open(generousPath, Project::OpenMode::CreateIfMissing, &error));
        }
        QVERIFY(importArticles(generousPath, { townArticles.first() }, generous).succeeded());

        MainWindow window;
        QString error;
        QVERIFY2(window.openProject(generousPath, &error), qPrintable(error));
        VERBATIM_WAIT_LIST(window);
        Project *project = window.project();
        const ArticleContent read = *project->articleContent(project->findArticle(u"a1"_s));
        const auto reported = std::find_if(read.statements.cbegin(), read.statements.cend(),
            [](const Statement &s) { return s.text.startsWith(u"Northern Wire reported"_s); });
        QVERIFY(reported != read.statements.cend());
        Annotation annotation;
        annotation.article = read.summary.id;
        annotation.statement = reported->id;
        annotation.start = reported->start;
        annotation.end = reported->end;
        annotation.note = u"who told them?"_s;
        QVERIFY(project->insertAnnotation(&annotation));

        QSignalSpy finished(window.backgroundTask(), &BackgroundTask::finished);
        window.reextract(Reextractor::Scope::All);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        const ReextractionReport report = finished.first().first().value<ReextractionReport>();
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(report.counts.detached.size(), 1);
        // The window said so in a dialog (closed here by the watchdog), and the annotation is kept on its passage.
        QTRY_COMPARE(m_dialogs, QStringList { u"Re-extract"_s });
        const std::optional<Annotation> kept = project->annotation(annotation.id);
        QVERIFY(kept);
        QCOMPARE(kept->statement, 0);
        QCOMPARE(kept->note, u"who told them?"_s);
        QVERIFY(
            std::any_of(window.reader()->content().annotations.cbegin(), window.reader()->content().annotations.cend(),
                [&](const Annotation &a) { return a.id == annotation.id && a.statement == 0; }));
    }
};

QTEST_MAIN(CurationWindowTest)
#include "curationwindow_test.moc"
