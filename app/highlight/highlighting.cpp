#include "highlighting.h"

#include <QPalette>

namespace Verbatim::Highlighting {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(QStringLiteral(":/ksyntaxhighlighting"));
        return r;
    }();
    return *repository;
}

KSyntaxHighlighting::Definition newsDefinition()
{
    return repository().definitionForName(QStringLiteral("Verbatim News"));
}

KSyntaxHighlighting::Theme theme(const QString &name, const QPalette &palette)
{
    if (!name.isEmpty()) {
        const KSyntaxHighlighting::Theme named = repository().theme(name);
        if (named.isValid())
            return named;
    }
    return repository().themeForPalette(palette);
}

} // namespace Verbatim::Highlighting
