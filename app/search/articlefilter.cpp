#include "articlefilter.h"

#include <QStringList>

namespace Verbatim {

bool ArticleFilter::isEmpty() const
{
    return search.isEmpty() && entity == 0 && speaker == 0 && tag == 0 && source.isEmpty() && !from.isValid() && !to.isValid();
}

QString ArticleFilter::problem() const
{
    if (from.isValid() && to.isValid() && from > to)
        return tr("The start date (%1) is after the end date (%2).").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return {};
}

QDate parseDateBound(QStringView text, bool last)
{
    const QString trimmed = text.trimmed().toString();
    QStringList parts = trimmed.split(trimmed.contains(u'/') ? u'/' : u'-');
    if (parts.isEmpty() || parts.size() > 3 || parts.constFirst().size() != 4)
        return {};
    int numbers[3] = {0, 1, 1};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        numbers[i] = parts[i].toInt(&ok);
        if (!ok || parts[i].isEmpty() || parts[i].size() > (i == 0 ? 4 : 2))
            return {};
    }
    if (parts.size() == 1)
        return last ? QDate(numbers[0], 12, 31) : QDate(numbers[0], 1, 1);
    if (parts.size() == 2) {
        const QDate first(numbers[0], numbers[1], 1);
        return last && first.isValid() ? first.addMonths(1).addDays(-1) : first;
    }
    return QDate(numbers[0], numbers[1], numbers[2]);
}

} // namespace Verbatim
