#pragma once

#include "articlereader.h"
#include "extract/ruleextractor.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "model/articlelistmodel.h"
#include "store/project.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDebug>
#include <QDialog>
#include <QTest>
#include <QTimer>
#include <QTreeView>

// Helpers for tests of the window.
namespace VerbatimTest {

/// The article list has the rows of the newest search and filters, and the reader shows an article when there is one
/// (the list's ids are found on another thread).
inline bool listReady(const Verbatim::Ui::MainWindow &window)
{
    const auto *model = qobject_cast<const Verbatim::ArticleListModel *>(window.articleView()->model());
    return model && !model->isLoading() && (model->rowCount() == 0 || window.reader()->article() != 0);
}

/// Creates a project at `path` with the sample corpus imported through the Importer, as the command line does;
/// returns `path`, or an empty string (with a warning) when the project cannot be made or the import is not 12 articles.
inline QString makeSampleProject(const QString &path)
{
    QString error;
    if (!Verbatim::Project::open(path, Verbatim::Project::OpenMode::CreateIfMissing, &error)) {
        qWarning() << "cannot create" << path << error;
        return {};
    }
    const Verbatim::RuleExtractor extractor;
    Verbatim::Importer importer(path, extractor);
    const Verbatim::ImportReport report = importer.run({ sampleCorpusDir() });
    if (!report.succeeded() || report.articlesImported != 12) {
        qWarning() << "import of the sample corpus failed:" << report.summary();
        return {};
    }
    return path;
}

/// Every 50 ms, closes the modal dialog that is open (it would block the test for ever) and appends its title to
/// `titles`; runs while `timer` lives.
inline void watchDialogs(QTimer *timer, QStringList *titles)
{
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [titles] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            titles->append(modal->windowTitle());
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        }
    });
    timer->start();
}

/// The child of `parent` of type `Widget` with the accessible name `name` (as a screen reader finds it), or nullptr.
template<typename Widget>
Widget *findByAccessibleName(QObject *parent, const QString &name)
{
    for (Widget *widget : parent->findChildren<Widget *>()) {
        if (widget->accessibleName() == name)
            return widget;
    }
    return nullptr;
}

/// The action of `window` (or of a widget in it) that `shortcut` triggers, or nullptr.
inline QAction *actionWithShortcut(QWidget *window, const QKeySequence &shortcut)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(shortcut))
            return action;
    }
    return nullptr;
}

} // namespace VerbatimTest

#define VERBATIM_WAIT_LIST(window) QTRY_VERIFY_WITH_TIMEOUT(VerbatimTest::listReady(window), 30000)

/// Opens the project at `path` in `window` and waits for its list, failing the test with the window's error.
#define VERBATIM_OPEN_PROJECT(window, path)                                                                            \
    do {                                                                                                               \
        QString openError_;                                                                                            \
        QVERIFY2((window).openProject(path, &openError_), qPrintable(openError_));                                     \
        VERBATIM_WAIT_LIST(window);                                                                                    \
    } while (false)
