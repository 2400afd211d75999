#include "articledate.h"

#include <QDateTime>
#include <QLocale>

namespace Verbatim {

QDate parseArticleDate(QStringView text)
{
    const QString value = text.trimmed().toString();
    if (value.isEmpty())
        return {};

    // ISO 8601 first: by far the most common, and unambiguous.
    if (value.size() >= 10 && value[4] == u'-' && value[7] == u'-') {
        const QDate date = QDate::fromString(value.first(10), Qt::ISODate);
        if (date.isValid())
            return date;
    }
    const QDateTime rfc = QDateTime::fromString(value, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc.date();

    const QLocale english = QLocale::c();
    static const char *const formats[] = {
        "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy",
        "d MMMM, yyyy", "yyyy/MM/dd", "dddd, MMMM d, yyyy", "ddd, MMM d, yyyy",
    };
    // "Sept." and a trailing full stop appear in US government and agency dates.
    QString cleaned = value;
    cleaned.replace(QStringLiteral("Sept."), QStringLiteral("Sep")).replace(u'.', QString());
    for (const char *format : formats) {
        const QDate date = english.toDate(cleaned, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace Verbatim
