#pragma once

#include "articlereader.h"
#include "mainwindow.h"
#include "model/articlelistmodel.h"

#include <QTest>
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

} // namespace VerbatimTest

#define VERBATIM_WAIT_LIST(window) QTRY_VERIFY_WITH_TIMEOUT(VerbatimTest::listReady(window), 30000)
