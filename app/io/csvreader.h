#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Verbatim {

/// Reads RFC 4180 CSV from text already decoded: quoted fields may hold commas, doubled quotes and line breaks;
/// records end with CRLF or LF. Lenient where real files are (a lone quote inside an unquoted field is kept),
/// strict where data would be lost (an unterminated quoted field is an error).
class CsvReader
{
public:
    explicit CsvReader(QStringView text);

    /// Reads the next record into `fields`. Returns false at the end of the text or on an error.
    bool readRecord(QStringList &fields);

    /// The line (1-based) on which the record last read starts.
    int recordLine() const { return m_recordLine; }
    bool atEnd() const { return m_position >= m_text.size(); }
    /// Empty unless reading stopped on an error.
    QString errorString() const { return m_error; }

private:
    QStringView m_text;
    qsizetype m_position = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
};

} // namespace Verbatim
