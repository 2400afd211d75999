// The small dialogs as a user drives them with the keyboard: the tag dialog, the import report. Runs offscreen.
#include "importreportdialog.h"
#include "tagdialog.h"
#include "testsupport.h"

#include <QAbstractScrollArea>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

using namespace Verbatim;
using namespace Verbatim::Ui;
using namespace Qt::StringLiterals;

namespace {

QPushButton *okButton(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
}

// The line under the fields that says what is wrong with them, when it shows: the one label that names no field.
QString shownProblem(QDialog &dialog)
{
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->buddy() && label->isVisibleTo(&dialog))
            return label->text();
    }
    return {};
}

} // namespace

class DialogsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { VerbatimTest::enableTestMode(); }

    // --- tag dialog --------------------------------------------------------------------------------------------

    // Names the codebook cannot take are refused as they are typed, with the reason, and OK stays disabled.
    void tagDialog_refusedName_disablesOkAndSaysWhy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectedPhrase");
        QTest::newRow("empty") << QString() << u"needs a name"_s;
        QTest::newRow("only spaces") << u"   "_s << u"needs a name"_s;
        QTest::newRow("another tag's name, other case") << u"THREAT"_s << u"already has a tag"_s;
        // The exports join tag names with "; ": this one would read as two tags, "Said "no"" and "then left".
        QTest::newRow("semicolon") << u"Said \"no\"; then left"_s << u"cannot contain \u201C;\u201D"_s;
        QTest::newRow("semicolon at the end") << u"Threats;"_s << u"cannot contain \u201C;\u201D"_s;
    }
    void tagDialog_refusedName_disablesOkAndSaysWhy()
    {
        QFETCH(QString, name);
        QFETCH(QString, expectedPhrase);
        TagDialog dialog(Tag(), {u"Position"_s, u"Threat"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *nameEdit = dialog.findChild<QLineEdit *>();
        QVERIFY(nameEdit && okButton(dialog));
        QTest::keyClicks(nameEdit, u"Ceasefire"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(shownProblem(dialog), QString());

        nameEdit->selectAll();
        QTest::keyClick(nameEdit, Qt::Key_Backspace);
        QTest::keyClicks(nameEdit, name);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(shownProblem(dialog).contains(expectedPhrase), qPrintable(shownProblem(dialog)));
        // Return does not take the name either.
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // Return in the description is a new line; Ctrl+Return (or Ctrl+Enter) confirms, as in the annotate dialog.
    void tagDialog_ctrlReturnInTheDescription_confirms_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Ctrl+Return") << int(Qt::Key_Return);
        QTest::newRow("Ctrl+Enter") << int(Qt::Key_Enter);
    }
    void tagDialog_ctrlReturnInTheDescription_confirms()
    {
        QFETCH(int, key);
        TagDialog dialog(Tag(), {u"Threat"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *nameEdit = dialog.findChild<QLineEdit *>();
        auto *description = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(nameEdit && description);
        // A name the codebook has: Ctrl+Return does not take it.
        QTest::keyClicks(nameEdit, u"threat"_s);
        description->setFocus();
        QTest::keyClick(description, Qt::Key(key), Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        QCOMPARE(description->toPlainText(), QString());

        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, u"Ceasefire proposal"_s);
        description->setFocus();
        QTest::keyClicks(description, u"A truce offered"_s);
        QTest::keyClick(description, Qt::Key_Return);
        QTest::keyClicks(description, u"or rejected"_s);
        QTest::keyClick(description, Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.tag().name, u"Ceasefire proposal"_s);
        QCOMPARE(dialog.tag().description, u"A truce offered\nor rejected"_s);
    }

    // --- import report --------------------------------------------------------------------------------------------

    // Long paths and reasons wrap instead of needing a horizontal scroll bar, and the lines a message wraps onto are
    // indented under its first, so that each message still reads as one.
    void importReport_longMessagesWrap_eachReadableAsOne()
    {
        ImportReport report;
        report.filesRead = 3;
        report.articlesImported = 1;
        const QString deepFolder = u"/home/analyst/corpora/"_s + u"wire-services-archive-2022-"_s.repeated(8);
        ImportMessage longPath{deepFolder + u"/0042_3a498a8094c9c8f0.txt"_s, 0, u"not valid UTF-8"_s};
        ImportMessage longReason{u"/tmp/articles.jsonl"_s, 12,
                                 u"the line is not a JSON object: "_s + u"unexpected character after the value, "_s.repeated(6)};
        ImportMessage shortOne{u"/tmp/empty.txt"_s, 0, u"the file is empty"_s};
        report.messages = {longPath, longReason, shortOne};

        ImportReportDialog dialog(report);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<QAbstractScrollArea *>();
        QVERIFY(view);
        QTRY_VERIFY(view->viewport()->width() > 200);
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(view->property("plainText").toString(),
                 u"Skipped: %1\nSkipped: %2\nSkipped: %3"_s.arg(longPath.toString(), longReason.toString(), shortOne.toString()));

        auto *text = qobject_cast<QTextEdit *>(view);
        QVERIFY(text);
        QTextBlock block = text->document()->firstBlock();
        for (const ImportMessage &message : std::as_const(report.messages)) {
            QVERIFY(block.isValid() && block.layout());
            QVERIFY2(block.text().endsWith(message.toString()), qPrintable(block.text()));
            const QTextLayout *layout = block.layout();
            if (message.reason != shortOne.reason)
                QVERIFY2(layout->lineCount() > 1, qPrintable(block.text()));
            for (int line = 1; line < layout->lineCount(); ++line)
                QVERIFY(layout->lineAt(line).x() > layout->lineAt(0).x());
            block = block.next();
        }
    }
};

QTEST_MAIN(DialogsTest)
#include "dialogs_test.moc"
