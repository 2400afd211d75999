#pragma once

#include <QDate>
#include <QString>

namespace Verbatim {

/// One article as read from a file, normalised and ready to be stored.
/// `text` is the article body exactly as Verbatim stores and exports it (see normaliseArticleText()).
struct Article {
    QString articleId; ///< the id its source gives it, or one derived from its content
    QDate date; ///< invalid when the source gives none
    QString title; ///< the source's title, or the lead sentence
    QString source; ///< publisher or feed, may be empty
    QString url;
    QString text;
    QString origin; ///< the file it came from, with ":line" for multi-article files
    QString file; ///< the file it came from
    int line = 0; ///< its line in a multi-article file, 0 otherwise
};

} // namespace Verbatim
