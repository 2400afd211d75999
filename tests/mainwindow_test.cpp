// The main window as a user drives it: reading, coding statements, notes, span annotations, search, undo,
// reopening, exports. Runs offscreen on a project made from the bundled sample corpus.

#include "annotatedialog.h"
#include "articlereader.h"
#include "codingpanel.h"
#include "columnchooser.h"
#include "edit/annotationcommand.h"
#include "edit/statementcommands.h"
#include "io/exporter.h"
#include "mainwindow.h"
#include "model/articlelistmodel.h"
#include "model/statementlistmodel.h"
#include "statementtable.h"
#include "model/corpusstatementmodel.h"
#include "store/project.h"
#include "testsupport.h"
#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QMimeData>
#include <QUrl>
#include <QDir>
#include <QDropEvent>
#include <QSplitter>
#include <QMenu>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Verbatim;
using namespace Verbatim::Ui;
using namespace Qt::StringLiterals;
using VerbatimTest::actionWithShortcut;
using VerbatimTest::findByAccessibleName;
using VerbatimTest::Csv;
using VerbatimTest::parseCsv;
using VerbatimTest::sampleCorpusDir;

namespace {

// Whether the highlighter gave some block of the reader's document a format.
bool readerHasFormats(const ArticleReader *reader)
{
    const QTextDocument *document = reader->textView()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.layout() && !block.layout()->formats().isEmpty())
            return true;
    }
    return false;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projectNumber = 0;
    QStringList m_unexpectedDialogs;
    QTimer m_dialogWatch;

    QString makeSampleProject()
    {
        return VerbatimTest::makeSampleProject(m_dir.filePath(u"sample-%1.verbatim"_s.arg(++m_projectNumber)));
    }

    Csv exportFromWindow(MainWindow &window, Exporter::What what)
    {
        const QString path = m_dir.filePath(u"window-export.csv"_s);
        QFile::remove(path);
        QString error;
        if (!window.exportTo(what, path, &error)) {
            Csv failed;
            failed.error = u"exportTo failed: "_s + error;
            return failed;
        }
        return parseCsv(VerbatimTest::readAll(path));
    }

    // Reads the project as it is on disk, without the window saving anything first (exportTo commits a note).
    Csv exportFromProject(Project *project, Exporter::What what)
    {
        const QString path = m_dir.filePath(u"project-export.csv"_s);
        QFile::remove(path);
        QString error;
        if (!project || !Exporter::writeFile(project->database(), what, path, &error)) {
            Csv failed;
            failed.error = u"export failed: "_s + error;
            return failed;
        }
        return parseCsv(VerbatimTest::readAll(path));
    }

    static QAbstractItemModel *articleModel(MainWindow &window) { return window.articleView()->model(); }
    // The entry of View > Colour Theme for the theme `name` (empty: Automatic).
    static QAction *themeAction(MainWindow &window, const QString &name)
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->isCheckable() && action->actionGroup() && action->data().toString() == name)
                return action;
        }
        return nullptr;
    }
    static qint64 articleInRow(MainWindow &window, int row)
    {
        return articleModel(window)->index(row, 0).data(ArticleListModel::ArticleRole).toLongLong();
    }
    static int rowOfArticleId(MainWindow &window, const QString &articleId)
    {
        QAbstractItemModel *model = articleModel(window);
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ArticleListModel::ArticleIdRole).toString() == articleId)
                return row;
        }
        return -1;
    }
    // Selects a statement in the coding panel's list, as a click does; returns its id.
    static qint64 selectStatementRow(MainWindow &window, int row)
    {
        QTableView *view = window.codingPanel()->statementView();
        const QModelIndex index = view->model()->index(row, StatementListModel::TextColumn);
        view->setCurrentIndex(index);
        return index.data(StatementListModel::StatementRole).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VerbatimTest::enableTestMode();
        QCoreApplication::setOrganizationName(u"Verbatim"_s);
        QCoreApplication::setApplicationName(u"Verbatim"_s);
        VerbatimTest::watchDialogs(&m_dialogWatch, &m_unexpectedDialogs);
    }

    void init()
    {
        QSettings().clear();
        m_unexpectedDialogs.clear();
    }

    void cleanup()
    {
        QVERIFY2(m_unexpectedDialogs.isEmpty(), qPrintable(u"unexpected dialogs: "_s + m_unexpectedDialogs.join(u", "_s)));
    }

    void cleanupTestCase() { QSettings().clear(); }

    // --- reading ---------------------------------------------------------------------------------------------

    void openProject_sampleCorpus_listsTwelveArticlesAndShowsTheFirst()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QString error;
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        VERBATIM_WAIT_LIST(window);
        QVERIFY(error.isEmpty());
        QVERIFY(window.project());

        QCOMPARE(articleModel(window)->rowCount(), 12);
        QCOMPARE(window.articleView()->currentIndex().row(), 0);
        QVERIFY(window.reader()->article() != 0);
        QCOMPARE(window.reader()->article(), articleInRow(window, 0));
        const ArticleContent &content = window.reader()->content();
        QVERIFY(!content.text.isEmpty());
        QCOMPARE(window.reader()->textView()->toPlainText(), content.text);
        QTRY_VERIFY2(readerHasFormats(window.reader()), "the highlighter applied no formats to the article");

        // The coding panel lists the statements of the article shown.
        QVERIFY(!content.statements.isEmpty());
        QCOMPARE(window.codingPanel()->statementView()->model()->rowCount(), content.statements.size());
        QCOMPARE(window.undoStack()->count(), 0);
    }

    void selectArticle_showsThatArticleInTheReaderAndCodingPanel()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        const qint64 first = window.reader()->article();
        const QString firstText = window.reader()->textView()->toPlainText();

        window.selectArticle(3);
        QCOMPARE(window.articleView()->currentIndex().row(), 3);
        QCOMPARE(window.reader()->article(), articleInRow(window, 3));
        QVERIFY(window.reader()->article() != first);
        QVERIFY(window.reader()->textView()->toPlainText() != firstText);
        QCOMPARE(window.reader()->textView()->toPlainText(), window.reader()->content().text);
        QCOMPARE(window.codingPanel()->statementView()->model()->rowCount(), window.reader()->content().statements.size());
        QTRY_VERIFY(readerHasFormats(window.reader()));

        // Rows that do not exist change nothing.
        const qint64 shown = window.reader()->article();
        window.selectArticle(12);
        window.selectArticle(-1);
        QCOMPARE(window.reader()->article(), shown);
    }

    void reader_markupInAnArticle_isShownAsPlainText()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        // 009 holds literal <b>...</b>, <i>...</i> and "&".
        const int row = rowOfArticleId(window, u"70075d95bbdfb429"_s);
        QVERIFY(row >= 0);
        window.selectArticle(row);
        const QString shown = window.reader()->textView()->toPlainText();
        QVERIFY(shown.contains(u"<b>"_s));
        QVERIFY(shown.contains(u"</i>"_s));
        QVERIFY(shown.contains(u'&'));
        QCOMPARE(shown, window.reader()->content().text);
    }

    // --- coding statements -----------------------------------------------------------------------------------

    void toggleTag_onSelectedStatement_isExportedAndUndoable()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        QVERIFY(window.codingPanel()->statementView()->model()->rowCount() > 0);
        const qint64 statement = selectStatementRow(window, 0);
        QVERIFY(statement != 0);
        const QString statementId = QString::number(statement);

        QVERIFY(window.codingPanel()->toggleTag(0));
        QCOMPARE(window.undoStack()->count(), 1);
        Csv csv = exportFromWindow(window, Exporter::What::Statements);
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        qsizetype row = csv.find(u"statement_id"_s, statementId);
        QVERIFY(row >= 0);
        QCOMPARE(csv.value(row, u"tags"_s), u"Position"_s);
        for (qsizetype other = 0; other < csv.rows.size(); ++other) {
            if (other != row)
                QCOMPARE(csv.value(other, u"tags"_s), QString());
        }
        // The statement list shows the tag too.
        const QModelIndex tagsIndex = window.codingPanel()->statementView()->model()->index(0, StatementListModel::TagsColumn);
        QVERIFY2(tagsIndex.data().toString().contains(u"Position"_s), qPrintable(tagsIndex.data().toString()));

        window.undoStack()->undo();
        csv = exportFromWindow(window, Exporter::What::Statements);
        QCOMPARE(csv.value(csv.find(u"statement_id"_s, statementId), u"tags"_s), QString());
        QCOMPARE(window.project()->counts().annotations, 0);

        window.undoStack()->redo();
        csv = exportFromWindow(window, Exporter::What::Statements);
        QCOMPARE(csv.value(csv.find(u"statement_id"_s, statementId), u"tags"_s), u"Position"_s);
        QCOMPARE(window.project()->counts().annotations, 1);
    }

    void toggleTag_severalTags_areExportedInCodebookOrder()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        const QString statementId = QString::number(selectStatementRow(window, 0));

        QVERIFY(window.codingPanel()->toggleTag(2)); // Threat
        QVERIFY(window.codingPanel()->toggleTag(0)); // Position
        Csv csv = exportFromWindow(window, Exporter::What::Statements);
        QCOMPARE(csv.value(csv.find(u"statement_id"_s, statementId), u"tags"_s), u"Position; Threat"_s);

        QVERIFY(window.codingPanel()->toggleTag(2)); // Threat off again
        csv = exportFromWindow(window, Exporter::What::Statements);
        QCOMPARE(csv.value(csv.find(u"statement_id"_s, statementId), u"tags"_s), u"Position"_s);
        QCOMPARE(window.undoStack()->count(), 3);
    }

    void toggleTag_withNothingSelected_changesNothing()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        window.codingPanel()->statementView()->setCurrentIndex(QModelIndex());
        QVERIFY(!window.codingPanel()->toggleTag(0));
        QCOMPARE(window.undoStack()->count(), 0);
        // A codebook row that does not exist.
        selectStatementRow(window, 0);
        QVERIFY(!window.codingPanel()->toggleTag(42));
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(window.project()->counts().annotations, 0);
    }

    // --- notes -----------------------------------------------------------------------------------------------

    void note_commitNote_savesTheNoteBeingTyped()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        const QString statementId = QString::number(selectStatementRow(window, 0));
        auto *note = findByAccessibleName<QPlainTextEdit>(window.codingPanel(), u"Note"_s);
        QVERIFY(note);
        QVERIFY(note->isEnabled());

        const QString text = u"Compare with the ministry’s own transcript — wording differs."_s;
        note->setPlainText(text);
        // Not saved yet: the note is written when typing pauses, or when asked to.
        Csv csv = exportFromProject(window.project(), Exporter::What::Statements);
        QCOMPARE(csv.value(csv.find(u"statement_id"_s, statementId), u"note"_s), QString());

        window.codingPanel()->commitNote();
        csv = exportFromProject(window.project(), Exporter::What::Statements);
        QCOMPARE(csv.value(csv.find(u"statement_id"_s, statementId), u"note"_s), text);
        QCOMPARE(csv.value(csv.find(u"statement_id"_s, statementId), u"tags"_s), QString());
        QCOMPARE(window.undoStack()->count(), 1);

        window.undoStack()->undo();
        csv = exportFromProject(window.project(), Exporter::What::Statements);
        QCOMPARE(csv.value(csv.find(u"statement_id"_s, statementId), u"note"_s), QString());
    }

    void note_typedWithKeys_isSavedWhenTypingPauses()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        const QString statementId = QString::number(selectStatementRow(window, 0));
        auto *note = findByAccessibleName<QPlainTextEdit>(window.codingPanel(), u"Note"_s);
        QVERIFY(note);

        QTest::keyClicks(note, u"check date"_s);
        QCOMPARE(note->toPlainText(), u"check date"_s);
        QTRY_COMPARE_WITH_TIMEOUT(exportFromProject(window.project(), Exporter::What::Statements)
                                      .columnBy(u"statement_id"_s, u"note"_s)
                                      .value(statementId),
                                  u"check date"_s, 5000);
        // Consecutive edits of one note are one undo step.
        QCOMPARE(window.undoStack()->count(), 1);
    }

    void note_typedThenAnotherStatementSelected_staysWithTheFirst()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        QVERIFY(window.codingPanel()->statementView()->model()->rowCount() >= 2);
        const QString first = QString::number(selectStatementRow(window, 0));
        auto *note = findByAccessibleName<QPlainTextEdit>(window.codingPanel(), u"Note"_s);
        QVERIFY(note);
        note->setPlainText(u"belongs to the first statement"_s);

        const QString second = QString::number(selectStatementRow(window, 1));
        QVERIFY(second != first);
        const QHash<QString, QString> notes =
            exportFromProject(window.project(), Exporter::What::Statements).columnBy(u"statement_id"_s, u"note"_s);
        QCOMPARE(notes.value(first), u"belongs to the first statement"_s);
        QCOMPARE(notes.value(second), QString());
        // The note box now shows the second statement's (empty) note.
        QCOMPARE(note->toPlainText(), QString());
    }

    // Ctrl+Z in the note box is the window's undo: the saved note goes back one step, and redo brings it back. The
    // text box's own undo history would have saved its undone text as a new edit and cleared the redo.
    void note_undoAndRedoInTheNoteBox_stepThroughTheSavedEdits()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString statementId = QString::number(selectStatementRow(window, 0));
        QVERIFY(window.codingPanel()->toggleTag(0)); // Position
        auto *note = findByAccessibleName<QPlainTextEdit>(window.codingPanel(), u"Note"_s);
        QVERIFY(note);
        note->setFocus();
        QTest::keyClicks(note, u"Key quote"_s);
        const auto savedNote = [&] {
            return exportFromProject(window.project(), Exporter::What::Statements).columnBy(u"statement_id"_s, u"note"_s).value(statementId);
        };
        const auto savedTags = [&] {
            return exportFromProject(window.project(), Exporter::What::Statements).columnBy(u"statement_id"_s, u"tags"_s).value(statementId);
        };
        QTRY_COMPARE_WITH_TIMEOUT(savedNote(), u"Key quote"_s, 5000);
        QCOMPARE(window.undoStack()->count(), 2);

        QTest::keySequence(note, QKeySequence::Undo);
        QCOMPARE(savedNote(), QString());
        QCOMPARE(savedTags(), u"Position"_s);
        QCOMPARE(note->toPlainText(), QString());

        QTest::keySequence(note, QKeySequence::Redo);
        QCOMPARE(savedNote(), u"Key quote"_s);
        QCOMPARE(note->toPlainText(), u"Key quote"_s);

        // Typed and not yet saved: undo saves it as a step of its own and takes back only that typing, so that a long
        // note is not lost to one Ctrl+Z; redo brings the typing back.
        QTest::keyClicks(note, u", check"_s);
        QTest::keySequence(note, QKeySequence::Undo);
        QCOMPARE(savedNote(), u"Key quote"_s);
        QCOMPARE(note->toPlainText(), u"Key quote"_s);
        QCOMPARE(savedTags(), u"Position"_s);
        QTest::keySequence(note, QKeySequence(u"Ctrl+Shift+Z"_s)); // as the README says, on every platform
        QCOMPARE(savedNote(), u"Key quote, check"_s);
        QCOMPARE(note->toPlainText(), u"Key quote, check"_s);

        QTest::keySequence(note, QKeySequence::Undo);
        QTest::keySequence(note, QKeySequence::Undo);
        QTest::keySequence(note, QKeySequence::Undo);
        QCOMPARE(window.undoStack()->index(), 0);
        QCOMPARE(savedNote(), QString());
        QCOMPARE(savedTags(), QString());
    }

    // Ctrl+Return opens the annotate dialog, and confirms it from the note, where Return is a new line.
    void annotateDialog_ctrlReturnInTheNote_confirms()
    {
        Tag position;
        position.id = 7;
        position.name = u"Position"_s;
        position.colour = QColor(u"#1f77b4"_s);
        AnnotateDialog dialog(u"a promise is only as good as the second day"_s, {position});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tags = dialog.findChild<QListWidget *>();
        auto *note = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(tags && note);
        // Nothing to save yet: Ctrl+Return does not close the dialog.
        note->setFocus();
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        tags->item(0)->setCheckState(Qt::Checked);
        QTest::keyClicks(note, u"farmer's line"_s);
        QTest::keyClick(note, Qt::Key_Return);
        QTest::keyClicks(note, u"quoted by the envoy"_s);
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.tagIds(), QList<qint64>{7});
        QCOMPARE(dialog.note(), u"farmer's line\nquoted by the envoy"_s);
    }

    // A note left to save itself (the user pauses typing) must still be there after moving on.
    void note_typedThenPause_survivesSelectingAnotherStatement()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        const QString first = QString::number(selectStatementRow(window, 0));
        auto *note = findByAccessibleName<QPlainTextEdit>(window.codingPanel(), u"Note"_s);
        QVERIFY(note);
        QTest::keyClicks(note, u"verify the figures"_s);
        QTest::qWait(1500); // longer than any pause the panel waits for before saving

        selectStatementRow(window, 1);
        const QHash<QString, QString> notes =
            exportFromWindow(window, Exporter::What::Statements).columnBy(u"statement_id"_s, u"note"_s);
        QCOMPARE(notes.value(first), u"verify the figures"_s);
    }

    // A correction shows the article again; the statement being coded stays selected, ready for its tags.
    void correctingAStatement_keepsItSelected()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        QVERIFY(window.codingPanel()->statementView()->model()->rowCount() >= 3);
        const qint64 statementId = selectStatementRow(window, 2);
        const Statement statement = *std::find_if(window.reader()->content().statements.cbegin(), window.reader()->content().statements.cend(),
                                                  [&](const Statement &s) { return s.id == statementId; });
        const StatementKind otherKind = statement.kind == StatementKind::Direct ? StatementKind::Indirect : StatementKind::Direct;
        window.undoStack()->push(new EditStatementCommand(window.project(), statement, statement.speakerEntity, otherKind, statement.text));
        QTRY_VERIFY(std::any_of(window.reader()->content().statements.cbegin(), window.reader()->content().statements.cend(),
                                [&](const Statement &s) { return s.id == statementId && s.kind == otherKind; }));
        const QModelIndex current = window.codingPanel()->statementView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(StatementListModel::StatementRole).toLongLong(), statementId);
        QVERIFY(window.codingPanel()->toggleTag(0));
    }

    // --- annotating a passage --------------------------------------------------------------------------------

    void ctrl1_onTextSelectedInTheReader_annotatesTheSpan()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QPlainTextEdit *text = window.reader()->textView();
        const QString article = window.reader()->content().text;
        // A passage of the first paragraph, on word boundaries.
        const qsizetype start = article.indexOf(u' ') + 1;
        const qsizetype end = article.indexOf(u' ', start + 25);
        QVERIFY(start > 0 && end > start);
        QTextCursor cursor(text->document());
        cursor.setPosition(int(start));
        cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        text->setFocus();
        QTRY_VERIFY(text->hasFocus());
        QCOMPARE(window.reader()->selection(), std::make_pair(start, end));

        QAction *ctrl1 = actionWithShortcut(&window, QKeySequence(u"Ctrl+1"_s));
        QVERIFY2(ctrl1, "no window action has the shortcut Ctrl+1");
        ctrl1->trigger();
        QCOMPARE(window.undoStack()->count(), 1);

        Csv csv = exportFromWindow(window, Exporter::What::Annotations);
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(csv.rows.size(), 1);
        QCOMPARE(csv.value(0, u"kind"_s), u"manual"_s);
        QCOMPARE(csv.value(0, u"tags"_s), u"Position"_s);
        QCOMPARE(csv.value(0, u"text"_s), article.sliced(start, end - start));
        QCOMPARE(csv.value(0, u"statement_id"_s), QString());
        QCOMPARE(csv.value(0, u"article_id"_s), window.reader()->content().summary.articleId);
        // Offsets are code points; the lead of this article has no characters outside the BMP.
        QCOMPARE(csv.value(0, u"start"_s), QString::number(start));
        QCOMPARE(csv.value(0, u"end"_s), QString::number(end));

        window.undoStack()->undo();
        csv = exportFromWindow(window, Exporter::What::Annotations);
        QCOMPARE(csv.rows.size(), 0);
    }

    void ctrl1_withAStatementSelectedAndNoTextFocus_tagsTheStatement()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString statementId = QString::number(selectStatementRow(window, 0));
        window.codingPanel()->statementView()->setFocus();
        QTRY_VERIFY(window.codingPanel()->statementView()->hasFocus());

        QAction *ctrl1 = actionWithShortcut(&window, QKeySequence(u"Ctrl+1"_s));
        QVERIFY(ctrl1);
        ctrl1->trigger();
        const Csv statements = exportFromWindow(window, Exporter::What::Statements);
        QCOMPARE(statements.value(statements.find(u"statement_id"_s, statementId), u"tags"_s), u"Position"_s);
        const Csv annotations = exportFromWindow(window, Exporter::What::Annotations);
        QCOMPARE(annotations.rows.size(), 1);
        QVERIFY(annotations.value(0, u"kind"_s) != u"manual"_s);
    }

    // --- search ----------------------------------------------------------------------------------------------

    void searchBox_filtersTheArticleListAfterADelay()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        auto *search = findByAccessibleName<QLineEdit>(&window, u"Search"_s);
        QVERIFY(search);
        QAbstractItemModel *model = articleModel(window);
        QCOMPARE(model->rowCount(), 12);

        search->setText(u"Mirescu"_s);
        QCOMPARE(model->rowCount(), 12); // typing does not search at every key
        QTRY_COMPARE(model->rowCount(), 6);
        QVERIFY(window.reader()->article() != 0);
        QVERIFY(window.reader()->content().text.contains(u"Mirescu"_s));
        QVERIFY(window.reader()->searchHitCount() > 0);
        auto *status = findByAccessibleName<QLabel>(&window, u"Search status"_s);
        QVERIFY(status);
        // The list counts articles; the hits are counted in the article being read.
        QTRY_VERIFY2(status->text().startsWith(u"6 articles match \u00B7 %1 hit"_s.arg(window.reader()->searchHitCount())),
                     qPrintable(status->text()));

        search->setText(u"\"prisoner exchange\""_s);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(window.reader()->content().summary.articleId, u"461980a29c56898c"_s);

        search->setText(u"zeppelin"_s);
        QTRY_COMPARE(model->rowCount(), 0);
        QCOMPARE(window.reader()->article(), 0);
        // Nothing is shown, so nothing is listed to code, and the status says why.
        QCOMPARE(window.codingPanel()->statementView()->model()->rowCount(), 0);
        QTRY_COMPARE(status->text(), u"No article matches"_s);

        // "NOT Mirescu" cannot be searched (FTS5 has no "all but"); finding Mirescu instead would be the opposite.
        search->setText(u"NOT Mirescu"_s);
        QTRY_COMPARE(model->rowCount(), 12);
        QTRY_VERIFY2(status->text().contains(u"needs something to find before it"_s), qPrintable(status->text()));

        search->clear();
        QTRY_COMPARE(model->rowCount(), 12);
        QVERIFY(window.reader()->article() != 0);
        QTRY_VERIFY(status->isHidden());
    }

    // Ctrl+E exports the statements also from the search box, which would take it as "end of line".
    void ctrlE_inTheSearchBox_opensTheStatementsExport()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *search = findByAccessibleName<QLineEdit>(&window, u"Search"_s);
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, u"ceasefire"_s);
        QTest::keyClick(search, Qt::Key_Home);
        QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
        // The export's file dialog opened (the test's watcher closed it).
        QTRY_COMPARE(m_unexpectedDialogs, QStringList{u"Export statements"_s});
        m_unexpectedDialogs.clear();
        QCOMPARE(search->cursorPosition(), 0);

        // On desktops whose key bindings give Ctrl+E to text fields (KDE, GNOME), the field claims the key by
        // accepting its ShortcutOverride; the window declines that claim for every field. The offscreen platform
        // binds nothing to Ctrl+E, so the claim is made here by hand.
        for (QLineEdit *field : window.findChildren<QLineEdit *>()) {
            QKeyEvent claim(QEvent::ShortcutOverride, Qt::Key_E, Qt::ControlModifier);
            claim.accept();
            QCoreApplication::sendEvent(field, &claim);
            QVERIFY2(!claim.isAccepted(), qPrintable(field->accessibleName() + u" keeps Ctrl+E"_s));
        }
    }

    // --- import in the window --------------------------------------------------------------------------------

    void importPaths_inTheBackground_fillsTheArticleList()
    {
        const QString path = m_dir.filePath(u"empty-then-imported.verbatim"_s);
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        QCOMPARE(articleModel(window)->rowCount(), 0);
        QCOMPARE(window.reader()->article(), 0);

        window.importPaths({sampleCorpusDir()});
        QTRY_COMPARE_WITH_TIMEOUT(articleModel(window)->rowCount(), 12, 60000);
        QTRY_VERIFY(window.reader()->article() != 0);
        QCOMPARE(window.project()->counts().articles, 12);
    }

    void drop_filesAreImported_andAProjectIsOpened()
    {
        const QString path = m_dir.filePath(u"dropped-into.verbatim"_s);
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        const auto drop = [&](const QList<QUrl> &urls) {
            QMimeData data;
            data.setUrls(urls);
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent event(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &event);
            QVERIFY(event.isAccepted());
        };
        // A folder and a file of it: the sample corpus, its first article twice (left out as a duplicate).
        const QString first = QDir(sampleCorpusDir()).entryList({u"*.txt"_s}, QDir::Files, QDir::Name).value(0);
        QVERIFY(!first.isEmpty());
        drop({QUrl::fromLocalFile(sampleCorpusDir()), QUrl::fromLocalFile(QDir(sampleCorpusDir()).filePath(first))});
        QTRY_COMPARE_WITH_TIMEOUT(articleModel(window)->rowCount(), 12, 60000);
        QTRY_VERIFY(VerbatimTest::listReady(window));

        // A dropped project is opened, not imported.
        const QString other = makeSampleProject();
        QVERIFY(!other.isEmpty());
        drop({QUrl::fromLocalFile(other)});
        QCOMPARE(QFileInfo(window.project()->filePath()).canonicalFilePath(), QFileInfo(other).canonicalFilePath());
        VERBATIM_WAIT_LIST(window);
        QCOMPARE(articleModel(window)->rowCount(), 12);
    }

    // --- persistence -----------------------------------------------------------------------------------------

    void reopen_keepsTagsAndNotes()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        QByteArray before;
        QString statementId;
        {
            auto window = std::make_unique<MainWindow>();
            QString error;
            QVERIFY2(window->openProject(path, &error), qPrintable(error));
            VERBATIM_WAIT_LIST(*window);
            statementId = QString::number(selectStatementRow(*window, 0));
            QVERIFY(window->codingPanel()->toggleTag(1)); // Commitment
            auto *note = findByAccessibleName<QPlainTextEdit>(window->codingPanel(), u"Note"_s);
            QVERIFY(note);
            note->setPlainText(u"still to confirm"_s);
            // Closing saves the note being typed.
            window->close();
            window.reset();
        }
        {
            MainWindow window;
            VERBATIM_OPEN_PROJECT(window, path);
            QCOMPARE(window.undoStack()->count(), 0);
            const Csv csv = exportFromWindow(window, Exporter::What::Statements);
            QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
            const qsizetype row = csv.find(u"statement_id"_s, statementId);
            QVERIFY(row >= 0);
            QCOMPARE(csv.value(row, u"tags"_s), u"Commitment"_s);
            QCOMPARE(csv.value(row, u"note"_s), u"still to confirm"_s);
            before = VerbatimTest::readAll(m_dir.filePath(u"window-export.csv"_s));
        }
        {
            // A third opening exports exactly the same.
            MainWindow window;
            VERBATIM_OPEN_PROJECT(window, path);
            exportFromWindow(window, Exporter::What::Statements);
            QCOMPARE(VerbatimTest::readAll(m_dir.filePath(u"window-export.csv"_s)), before);
        }
    }

    void reopen_remembersRecentProjectsThemeAndLayout()
    {
        const QString first = makeSampleProject();
        const QString second = makeSampleProject();
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QList<int> splitterSizes;
        {
            MainWindow window;
            window.resize(780, 600); // within the offscreen platform's screen, which restoreGeometry() clamps to
            window.show();
            VERBATIM_OPEN_PROJECT(window, first);
            VERBATIM_OPEN_PROJECT(window, second);
            QAction *solarized = themeAction(window, u"Solarized Light"_s);
            QVERIFY(solarized);
            solarized->trigger();
            auto *splitter = window.findChild<QSplitter *>();
            QVERIFY(splitter);
            splitter->setSizes({250, 300});
            QCoreApplication::processEvents();
            splitterSizes = splitter->sizes();
            window.close();
        }
        MainWindow window;
        window.show();
        QCoreApplication::processEvents();
        // The newest first, named by file and with the path as tooltip.
        QMenu *recent = nullptr;
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            if (menu->title().remove(u'&') == u"Open Recent"_s)
                recent = menu;
        }
        QVERIFY(recent);
        const QList<QAction *> entries = recent->actions();
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries[0]->toolTip(), second);
        QCOMPARE(entries[1]->toolTip(), first);
        QCOMPARE(window.size(), QSize(780, 600));
        QCOMPARE(window.findChild<QSplitter *>()->sizes(), splitterSizes);
        QVERIFY(themeAction(window, u"Solarized Light"_s)->isChecked());
        themeAction(window, QString())->trigger(); // back to the system's palette for the tests after this one
    }

    void reopen_goesOnWithTheArticleReadLastTime()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        qint64 read = 0;
        {
            MainWindow window;
            VERBATIM_OPEN_PROJECT(window, path);
            window.selectArticle(4);
            read = window.reader()->article();
            QVERIFY(read != 0);
            QCOMPARE(articleInRow(window, 4), read);
            window.close();
        }
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        QCOMPARE(window.reader()->article(), read);
        QCOMPARE(window.articleView()->currentIndex().row(), 4);
    }

    // --- errors ----------------------------------------------------------------------------------------------

    void openProject_notAProject_failsAndKeepsTheOpenProjectUsable()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        const QString notes = m_dir.filePath(u"notes.verbatim"_s);
        QVERIFY(VerbatimTest::writeFile(notes, "Lighthouse keepers of the Quillhaven coast, 1890-1920.\n"));
        const QByteArray notesBefore = VerbatimTest::readAll(notes);

        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        const qint64 shown = window.reader()->article();

        QString error;
        QVERIFY(!window.openProject(notes, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(VerbatimTest::readAll(notes), notesBefore);
        QVERIFY(window.project());
        QCOMPARE(QFileInfo(window.project()->filePath()).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
        QCOMPARE(articleModel(window)->rowCount(), 12);
        QCOMPARE(window.reader()->article(), shown);

        // Still usable: coding works and is exported.
        const QString statementId = QString::number(selectStatementRow(window, 0));
        QVERIFY(window.codingPanel()->toggleTag(0));
        const Csv csv = exportFromWindow(window, Exporter::What::Statements);
        QCOMPARE(csv.value(csv.find(u"statement_id"_s, statementId), u"tags"_s), u"Position"_s);
    }

    void openProject_notAProjectInANewWindow_failsAndOpensNothing()
    {
        const QString notes = m_dir.filePath(u"notes-new-window.verbatim"_s);
        QVERIFY(VerbatimTest::writeFile(notes, "Tide tables for Quillhaven harbour.\n"));
        const QByteArray notesBefore = VerbatimTest::readAll(notes);
        MainWindow window;
        QString error;
        QVERIFY(!window.openProject(notes, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!window.project());
        QCOMPARE(VerbatimTest::readAll(notes), notesBefore);
        QVERIFY(!window.exportTo(Exporter::What::Articles, m_dir.filePath(u"nothing.csv"_s), &error));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"nothing.csv"_s)));

        // The window can still open a real project afterwards.
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        VERBATIM_WAIT_LIST(window);
        QCOMPARE(articleModel(window)->rowCount(), 12);
    }

    // --- layout ----------------------------------------------------------------------------------------------

    void articleList_titleColumnTakesTheFreeWidth()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        window.resize(1440, 900);
        window.show();
        // As --screenshot does: lay out and paint once.
        window.selectArticle(0);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QHeaderView *header = window.articleView()->header();
        const int title = header->sectionSize(ArticleListModel::TitleColumn);
        QString sizes;
        for (int column = 0; column < header->count(); ++column)
            sizes += u"%1=%2 "_s.arg(articleModel(window)->headerData(column, Qt::Horizontal).toString()).arg(header->sectionSize(column));
        for (int column = 0; column < header->count(); ++column) {
            if (column != ArticleListModel::TitleColumn && !header->isSectionHidden(column))
                QVERIFY2(title > header->sectionSize(column), qPrintable(u"the title column is not the widest: "_s + sizes));
        }
        // Every column fits: no horizontal scrolling in the list at this size.
        QVERIFY2(header->length() <= window.articleView()->viewport()->width(),
                 qPrintable(u"columns %1 wide in a %2 wide list: "_s.arg(header->length()).arg(window.articleView()->viewport()->width()) + sizes));
    }

    void articleList_sourceColumn_hiddenUntilAnArticleHasASource_andHiddenColumnsAreRemembered()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        QHeaderView *header = nullptr;
        {
            MainWindow window;
            VERBATIM_OPEN_PROJECT(window, path);
            header = window.articleView()->header();
            // The sample corpus is in the corpus format, which has no sources.
            QTRY_VERIFY(header->isSectionHidden(ArticleListModel::SourceColumn));
            QVERIFY(!window.articleColumns()->isHiddenByUser(ArticleListModel::SourceColumn));

            const QString jsonl = m_dir.filePath(u"with-source.jsonl"_s);
            QVERIFY(VerbatimTest::writeFile(jsonl, R"({"id": "gazette-1", "date": "2025-12-11", "source": "Harbour Gazette", )"
                                                   R"("text": "Ferries to Quillhaven resumed on Thursday."})" "\n"));
            window.importPaths({jsonl});
            QTRY_COMPARE_WITH_TIMEOUT(articleModel(window)->rowCount(), 13, 60000);
            QTRY_VERIFY(!header->isSectionHidden(ArticleListModel::SourceColumn));

            // The user hides the tags; the title cannot be hidden.
            window.articleColumns()->setHiddenByUser(ArticleListModel::TagsColumn, true);
            window.articleColumns()->setHiddenByUser(ArticleListModel::TitleColumn, true);
            QVERIFY(header->isSectionHidden(ArticleListModel::TagsColumn));
            QVERIFY(!header->isSectionHidden(ArticleListModel::TitleColumn));
            window.close();
        }
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        header = window.articleView()->header();
        QVERIFY(header->isSectionHidden(ArticleListModel::TagsColumn));
        QTRY_VERIFY(!header->isSectionHidden(ArticleListModel::SourceColumn));
        window.articleColumns()->setHiddenByUser(ArticleListModel::TagsColumn, false);
        QVERIFY(!header->isSectionHidden(ArticleListModel::TagsColumn));
    }

    // Ctrl+1 ... Ctrl+9 make nine tags normal: their buttons wrap onto more rows instead of widening the panel.
    void codebookOfNineTags_fitsTheWindowAndLeavesTheReaderItsWidth()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        {
            QString error;
            const auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
            QVERIFY2(project, qPrintable(error));
            const QString longName = u"Appeal to allies for air defence systems, artillery shells and long-range missiles before the winter offensive begins"_s;
            for (const QString &name : {u"Concession"_s, u"Red line"_s, u"Historical claim"_s, longName}) {
                Tag tag;
                tag.name = name;
                tag.colour = QColor(u"#8c564b"_s);
                QVERIFY(project->insertTag(&tag));
            }
            QCOMPARE(project->tags().size(), 9);
        }
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        window.resize(1280, 800);
        window.show();
        window.selectArticle(0);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(window.width(), 1280);
        CodingPanel *panel = window.codingPanel();
        QVERIFY2(panel->width() < window.width() / 2, qPrintable(u"coding panel %1 px wide"_s.arg(panel->width())));
        QVERIFY2(window.reader()->width() > window.width() / 4, qPrintable(u"reader %1 px wide"_s.arg(window.reader()->width())));
        // Every tag button is inside the panel, where it can be clicked.
        int buttons = 0;
        for (const QToolButton *button : panel->findChildren<QToolButton *>()) {
            if (!button->isCheckable())
                continue;
            ++buttons;
            const QRect inPanel(button->mapTo(panel, QPoint(0, 0)), button->size());
            QVERIFY2(panel->rect().contains(inPanel), qPrintable(button->text()));
        }
        QCOMPARE(buttons, 9);
        // The long name is shortened on its button and whole in its tooltip.
        const QList<QToolButton *> all = panel->findChildren<QToolButton *>();
        const auto longButton = std::find_if(all.cbegin(), all.cend(), [](const QToolButton *b) { return b->toolTip().startsWith(u"Appeal to allies for air"_s); });
        QVERIFY(longButton != all.cend());
        QVERIFY2((*longButton)->text().endsWith(QChar(0x2026)), qPrintable((*longButton)->text()));
        QVERIFY((*longButton)->toolTip().contains(u"before the winter offensive begins"_s));
    }

    // A dark theme darkens the whole window, not only the text; Automatic gives the system's colours back.
    void colourTheme_darkThemeColoursTheWindowAndAutomaticRestoresIt()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        const QPalette before = QApplication::palette();
        QAction *dark = themeAction(window, u"Breeze Dark"_s);
        QVERIFY2(dark, "no Breeze Dark in View > Colour Theme");
        dark->trigger();
        QVERIFY(dark->isChecked());
        QVERIFY2(QApplication::palette().color(QPalette::Base).lightness() < 80, qPrintable(QApplication::palette().color(QPalette::Base).name()));
        QCoreApplication::processEvents();
        QVERIFY2(window.articleView()->palette().color(QPalette::Base).lightness() < 80,
                 qPrintable(window.articleView()->palette().color(QPalette::Base).name()));
        QVERIFY(window.palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(window.palette().color(QPalette::WindowText).lightness() > 160);
        QCOMPARE(window.reader()->textView()->palette().color(QPalette::Base), window.articleView()->palette().color(QPalette::Base));

        // Dracula selects text in a colour close to its background; the current row of a list must still stand out.
        QAction *dracula = themeAction(window, u"Dracula"_s);
        QVERIFY(dracula);
        dracula->trigger();
        const QPalette draculaPalette = QApplication::palette();
        QVERIFY2(std::abs(draculaPalette.color(QPalette::Highlight).lightness() - draculaPalette.color(QPalette::Base).lightness()) >= 40,
                 qPrintable(draculaPalette.color(QPalette::Highlight).name() + u" on "_s + draculaPalette.color(QPalette::Base).name()));

        QAction *automatic = themeAction(window, QString());
        QVERIFY(automatic);
        automatic->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base), before.color(QPalette::Base));
        QCoreApplication::processEvents();
        QCOMPARE(window.articleView()->palette().color(QPalette::Base), before.color(QPalette::Base));
    }

    // A laptop screen, or half of one: the window fits, and every part keeps room to be used.
    void smallWindow_fitsAndLeavesEachPartUsable_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x640") << QSize(1024, 640);
        QTest::newRow("800x600") << QSize(800, 600);
    }
    void smallWindow_fitsAndLeavesEachPartUsable()
    {
        QFETCH(QSize, size);
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        window.resize(1400, 860);
        window.show();
        QCoreApplication::processEvents();
        // The user makes the window smaller.
        window.resize(size);
        window.selectArticle(0);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        const QString sizes = u"window %1x%2 (minimum %3x%4), list %5, reader %6, coding panel %7"_s.arg(window.width())
                                  .arg(window.height())
                                  .arg(window.minimumSizeHint().width())
                                  .arg(window.minimumSizeHint().height())
                                  .arg(window.articleView()->width())
                                  .arg(window.reader()->width())
                                  .arg(window.codingPanel()->width());
        qInfo().noquote() << sizes;
        QVERIFY2(window.width() <= size.width() && window.height() <= size.height(), qPrintable(sizes));
        QVERIFY2(window.reader()->width() >= size.width() / 4, qPrintable(sizes));
        QVERIFY2(window.articleView()->width() >= size.width() / 5, qPrintable(sizes));
        const QRect panel(window.codingPanel()->mapTo(&window, QPoint(0, 0)), window.codingPanel()->size());
        QVERIFY2(window.rect().contains(panel), qPrintable(sizes));
    }

    // What was said is what the statement tables are read for: it gets the width, in the corpus's Statements tab
    // and in the panel, also once statements are tagged.
    void statementTables_theTextTakesTheWidth()
    {
        const QString path = makeSampleProject();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        VERBATIM_OPEN_PROJECT(window, path);
        window.resize(1440, 900);
        window.show();
        selectStatementRow(window, 0);
        QVERIFY(window.codingPanel()->toggleTag(0));
        QVERIFY(window.codingPanel()->toggleTag(1));
        QVERIFY(window.codingPanel()->toggleTag(2));
        auto *statements = window.findChild<StatementTable *>();
        QVERIFY(statements);
        window.findChild<QTabWidget *>()->setCurrentWidget(statements);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        const auto check = [](QTableView *view, int textColumn) {
            QHeaderView *header = view->horizontalHeader();
            QString sizes;
            for (int column = 0; column < header->count(); ++column)
                sizes += u"%1=%2%3 "_s.arg(view->model()->headerData(column, Qt::Horizontal).toString()).arg(header->sectionSize(column))
                             .arg(header->isSectionHidden(column) ? u" (hidden)"_s : QString());
            for (int column = 0; column < header->count(); ++column) {
                if (column != textColumn && !header->isSectionHidden(column))
                    QVERIFY2(header->sectionSize(textColumn) > header->sectionSize(column), qPrintable(sizes));
            }
            QVERIFY2(header->sectionSize(textColumn) >= view->viewport()->width() / 3, qPrintable(sizes));
        };
        check(statements->view(), CorpusStatementModel::TextColumn);
        check(window.codingPanel()->statementView(), StatementListModel::TextColumn);
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
