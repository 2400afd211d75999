#pragma once

#include <QString>

namespace Verbatim {

/// "1 article" or "3 articles": English counts without translation files, which Qt's %n plurals need.
/// Both texts contain %1 for the number.
inline QString plural(qint64 count, const QString &singular, const QString &pluralText)
{
    return (count == 1 ? singular : pluralText).arg(count);
}

} // namespace Verbatim
