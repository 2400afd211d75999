#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace Verbatim::Highlighting {

/// The application's one KSyntaxHighlighting repository: the system's definitions and themes plus Verbatim's own
/// definition of news text (compiled in as :/ksyntaxhighlighting/syntax/verbatim-news.xml). Main thread only.
KSyntaxHighlighting::Repository &repository();

/// The "Verbatim News" definition.
KSyntaxHighlighting::Definition newsDefinition();

/// The theme called `name`, or, when `name` is empty or unknown, the default theme for the palette's
/// lightness (so light and dark follow the system).
KSyntaxHighlighting::Theme theme(const QString &name, const QPalette &palette);

} // namespace Verbatim::Highlighting
