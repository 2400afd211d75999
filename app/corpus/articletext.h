#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Verbatim {

/// Rules for article text that every importer shares, so that offsets mean the same everywhere.
namespace ArticleText {

/// Line endings become LF, a byte order mark and the outer whitespace are dropped, lines lose trailing
/// whitespace, and runs of blank lines collapse into one (paragraphs are separated by exactly one blank line).
QString normalise(QStringView text);

/// The first sentence of `text` (up to `maxLength` characters, cut at a word) with its whitespace runs made single
/// spaces, used as a title when none is given.
QString leadSentence(QStringView text, int maxLength = 200);

/// A stable 16-hex-digit id derived from the normalised text, in the style of the corpus format's file names.
QString derivedId(QStringView normalisedText);

/// The key that finds duplicates: a hash of the normalised text.
QByteArray contentHash(QStringView normalisedText);

} // namespace ArticleText
} // namespace Verbatim
