#pragma once

#include <QStringList>
#include <QStringView>

class QIODevice;

namespace Verbatim {

/// Writes RFC 4180 CSV in UTF-8: CRLF line ends, fields quoted when they hold a comma, a quote or a line break.
/// A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed
/// with an apostrophe, and so is one that starts with an apostrophe itself: a reader gets the text back by taking one
/// apostrophe off any cell that starts with one.
class CsvWriter
{
public:
    /// Whether a text cell whose first character is `first` gets the apostrophe.
    static constexpr bool needsApostrophe(char16_t first)
    {
        return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r' || first == u'\'';
    }

    explicit CsvWriter(QIODevice *device);

    void writeRecord(const QStringList &fields);
    /// Cells written without the apostrophe: numbers, or a corpus written for import rather than for a spreadsheet.
    void writeRecordAsIs(std::initializer_list<QStringView> fields);

    /// The cell as it appears in the file, quoted as needed, and prefixed unless it is known to be a number.
    static QString escape(QStringView field, bool number = false);

    bool hasError() const { return m_error; }

private:
    void writeLine(const QString &line);

    QIODevice *m_device = nullptr;
    bool m_error = false;
};

} // namespace Verbatim
