// The filter bar and the statements table in the window: what a user types, what the window then shows.
#include "codingpanel.h"
#include "filterbar.h"
#include "model/corpusstatementmodel.h"
#include "model/statementlistmodel.h"
#include "statementtable.h"
#include "store/project.h"
#include "testsupport.h"
#include "windowsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Verbatim;
using namespace Verbatim::Ui;
using namespace Qt::StringLiterals;
using VerbatimTest::actionWithShortcut;
using VerbatimTest::findByAccessibleName;

namespace {

QString visibleMessage(FilterBar *bar)
{
    return bar->message();
}

ArticleListModel *articles(MainWindow &window)
{
    return qobject_cast<ArticleListModel *>(window.articleView()->model());
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class CorpusWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projectNumber = 0;

    QString makeSampleProject()
    {
        return VerbatimTest::makeSampleProject(m_dir.filePath(u"sample-%1.verbatim"_s.arg(++m_projectNumber)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        VerbatimTest::enableTestMode();
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void dates_badInputIsExplainedAndNotApplied()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        VERBATIM_OPEN_PROJECT(window, path);
        auto *from = findByAccessibleName<QLineEdit>(&window, u"From date"_s);
        auto *to = findByAccessibleName<QLineEdit>(&window, u"To date"_s);
        QVERIFY(from && to);
        QCOMPARE(articles(window)->rowCount(), 12);

        type(from, u"2025-13"_s);
        QVERIFY2(visibleMessage(window.filterBar()).contains(u"is not a date"_s), qPrintable(visibleMessage(window.filterBar())));
        QVERIFY(!articles(window)->isLoading());
        QCOMPARE(articles(window)->rowCount(), 12);

        // The wrong way round: explained, and the list keeps what it showed.
        type(from, u"2030"_s);
        type(to, u"2020"_s);
        QVERIFY2(visibleMessage(window.filterBar()).contains(u"after the end date"_s), qPrintable(visibleMessage(window.filterBar())));
        VERBATIM_WAIT_LIST(window);
        QCOMPARE(articles(window)->rowCount(), 0); // "2030" alone was a valid lower bound, applied before "to" was typed
        type(from, QString());
        QVERIFY(visibleMessage(window.filterBar()).isEmpty());
        VERBATIM_WAIT_LIST(window);
        QCOMPARE(articles(window)->rowCount(), 0); // nothing in the sample is from 2020 or before

        window.filterBar()->clearAll();
        VERBATIM_WAIT_LIST(window);
        QCOMPARE(articles(window)->rowCount(), 12);
        QCOMPARE(from->text(), QString());
    }

    void clear_isThereToPressWhileAConditionOrAnEntityNarrowsTheLists()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        VERBATIM_OPEN_PROJECT(window, path);
        QToolButton *clear = nullptr;
        for (QToolButton *button : window.filterBar()->findChildren<QToolButton *>()) {
            if (button->text() == u"Clear"_s)
                clear = button;
        }
        QVERIFY(clear);
        auto *from = findByAccessibleName<QLineEdit>(&window, u"From date"_s);
        QVERIFY(from);
        QVERIFY(!clear->isEnabled());

        type(from, u"2025"_s);
        QVERIFY(clear->isEnabled());
        window.filterBar()->clearAll();
        QVERIFY(!clear->isEnabled());

        window.filterBar()->setEntity(1, u"Anton Mirescu"_s);
        QVERIFY(clear->isEnabled());
        window.filterBar()->setEntity(0, QString());
        QVERIFY(!clear->isEnabled());

        // Conditions remembered for the project are there again when it is opened again, and so is Clear.
        type(from, u"2025"_s);
        VERBATIM_OPEN_PROJECT(window, path);
        QCOMPARE(from->text(), u"2025"_s);
        QVERIFY(clear->isEnabled());
        window.filterBar()->clearAll();
    }

    void speaker_narrowsBothListsAndShowsTheCounts()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        VERBATIM_OPEN_PROJECT(window, path);
        auto *speaker = findByAccessibleName<QComboBox>(&window, u"Speaker"_s);
        QVERIFY(speaker);
        QVERIFY(speaker->count() > 2);
        // The speaker with the most statements in the sample.
        CorpusStatementModel *statements = qobject_cast<CorpusStatementModel *>(window.statementTable()->view()->model());
        QVERIFY(statements);
        QTRY_VERIFY(!statements->isLoading());
        const int allStatements = statements->rowCount();
        QVERIFY(allStatements > 10);
        QHash<QString, int> bySpeaker;
        for (int row = 0; row < statements->rowCount(); ++row)
            ++bySpeaker[statements->data(statements->index(row, CorpusStatementModel::SpeakerColumn)).toString()];
        QString busiest;
        for (auto it = bySpeaker.cbegin(); it != bySpeaker.cend(); ++it) {
            if (speaker->findText(it.key()) > 0 && (busiest.isEmpty() || it.value() > bySpeaker[busiest]))
                busiest = it.key();
        }
        QVERIFY(!busiest.isEmpty());

        speaker->setFocus();
        QTest::keyClicks(speaker->lineEdit(), busiest);
        QTest::keyClick(speaker->lineEdit(), Qt::Key_Return);
        VERBATIM_WAIT_LIST(window);
        QTRY_VERIFY(!statements->isLoading());
        QCOMPARE(statements->rowCount(), bySpeaker[busiest]);
        for (int row = 0; row < statements->rowCount(); ++row)
            QCOMPARE(statements->data(statements->index(row, CorpusStatementModel::SpeakerColumn)).toString(), busiest);
        QVERIFY(articles(window)->rowCount() < 12);
        auto *counts = findByAccessibleName<QLabel>(&window, u"Counts"_s);
        QVERIFY(counts);
        QCOMPARE(counts->text(), u"%1 of 12 articles \u00B7 %2 statements"_s.arg(articles(window)->rowCount()).arg(statements->rowCount()));

        // A name nobody has is explained, and the filter stays.
        speaker->lineEdit()->selectAll();
        QTest::keyClicks(speaker->lineEdit(), u"Nobody Atall"_s);
        QTest::keyClick(speaker->lineEdit(), Qt::Key_Return);
        QVERIFY(window.filterBar()->message().contains(u"Nobody Atall"_s));
        QCOMPARE(statements->rowCount(), bySpeaker[busiest]);
    }

    // The count under the statements table says "in 1 article", not "in 1 articles".
    void statementsTab_countOfOneArticle_isSingular()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        VERBATIM_OPEN_PROJECT(window, path);
        auto *statements = qobject_cast<CorpusStatementModel *>(window.statementTable()->view()->model());
        QVERIFY(statements);
        const QList<QLabel *> labels = window.statementTable()->findChildren<QLabel *>();
        QCOMPARE(labels.size(), 1);
        QLabel *count = labels.constFirst();
        QTRY_VERIFY(!statements->isLoading());
        const int allStatements = statements->rowCount();
        QCOMPARE(count->text(), u"%1 statements in 12 articles"_s.arg(allStatements));

        // A word of one article only.
        auto *search = findByAccessibleName<QLineEdit>(&window, u"Search"_s);
        QVERIFY(search);
        search->setText(u"substation"_s);
        QTRY_COMPARE(articles(window)->rowCount(), 1);
        VERBATIM_WAIT_LIST(window);
        QTRY_VERIFY(!statements->isLoading());
        QVERIFY(statements->rowCount() > 1);
        QTRY_COMPARE(count->text(), u"%1 of %2 statements, in 1 article"_s.arg(statements->rowCount()).arg(allStatements));
    }

    void statementsTab_choosingARowOpensItsArticleWithTheStatementSelected()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        VERBATIM_OPEN_PROJECT(window, path);
        auto *tabs = window.findChild<QTabWidget *>(u"ListTabs"_s);
        QVERIFY(tabs);
        QAction *allStatements = actionWithShortcut(&window, QKeySequence(u"Alt+4"_s));
        QVERIFY(allStatements);
        allStatements->trigger();
        QCOMPARE(tabs->currentIndex(), 1);
        QTableView *view = window.statementTable()->view();
        QTRY_VERIFY(view->hasFocus());
        auto *statements = qobject_cast<CorpusStatementModel *>(view->model());
        QTRY_VERIFY(!statements->isLoading() && statements->rowCount() > 5);

        // A row far from the article shown: the reader moves to its article, the coding panel to the statement.
        const int row = statements->rowCount() - 1;
        const qint64 statement = statements->statementAt(row);
        const qint64 article = statements->articleAt(row);
        QVERIFY(article != window.reader()->article());
        view->setCurrentIndex(statements->index(row, CorpusStatementModel::TextColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(window.reader()->article(), article);
        const QModelIndex selected = window.codingPanel()->statementView()->currentIndex();
        QCOMPARE(selected.data(StatementListModel::StatementRole).toLongLong(), statement);
        QTRY_VERIFY(window.reader()->textView()->hasFocus());
        // The article list follows, so that going back to it continues from there.
        QCOMPARE(articles(window)->articleAt(window.articleView()->currentIndex().row()), article);

        actionWithShortcut(&window, QKeySequence(u"Alt+1"_s))->trigger();
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(tabs->tabText(1), u"Statements (%1)"_s.arg(statements->rowCount()));
    }

    void filters_areRememberedForTheProject()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        int filtered = 0;
        {
            MainWindow window;
            window.show();
            VERBATIM_OPEN_PROJECT(window, path);
            type(findByAccessibleName<QLineEdit>(&window, u"From date"_s), u"2025-05"_s);
            VERBATIM_WAIT_LIST(window);
            filtered = articles(window)->rowCount();
            QVERIFY(filtered > 0 && filtered < 12);
        }
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        QCOMPARE(findByAccessibleName<QLineEdit>(&window, u"From date"_s)->text(), u"2025-05"_s);
        QCOMPARE(articles(window)->rowCount(), filtered);
        QCOMPARE(window.filterBar()->conditions().from, QDate(2025, 5, 1));
    }
};

QTEST_MAIN(CorpusWindowTest)
#include "corpuswindow_test.moc"
