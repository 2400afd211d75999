#pragma once

#include <QLocale>
#include <QString>

namespace Verbatim {

/// "1 article" or "3 articles": English counts without translation files, which Qt's %n plurals need.
/// Both texts contain %1 for the number.
inline QString plural(qint64 count, const QString &singular, const QString &pluralText)
{
    return (count == 1 ? singular : pluralText).arg(count);
}

/// The same with the number as `locale` writes it: "1 article", "1,234 articles".
inline QString plural(qint64 count, const QString &singular, const QString &pluralText, const QLocale &locale)
{
    return (count == 1 ? singular : pluralText).arg(locale.toString(count));
}

} // namespace Verbatim
