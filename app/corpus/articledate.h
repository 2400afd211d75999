#pragma once

#include <QDate>
#include <QStringView>

namespace Verbatim {

/// Parses the dates that news feeds use: ISO 8601 (with or without a time), "September 30, 2022",
/// "Sep 30, 2022", "30 September 2022", RFC 2822 ("Fri, 30 Sep 2022 12:00:00 +0000") and "2022/09/30".
/// Returns an invalid date when the text is none of these.
QDate parseArticleDate(QStringView text);

} // namespace Verbatim
