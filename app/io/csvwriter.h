#pragma once

#include <QByteArray>
#include <QByteArrayView>
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

    /// The cell as it was before the apostrophe was added: one leading apostrophe is taken off where it is followed by
    /// a character that gets one. A cell such as "'Tis" (from another program) is left as it is.
    static QString unescaped(const QString &cell)
    {
        return cell.size() >= 2 && cell[0] == u'\'' && needsApostrophe(cell[1].unicode()) ? cell.sliced(1) : cell;
    }

    explicit CsvWriter(QIODevice *device);

    void writeRecord(const QStringList &fields);
    /// Cells written without the apostrophe: numbers, or a corpus written for import rather than for a spreadsheet.
    void writeRecordAsIs(std::initializer_list<QStringView> fields);

    /// Appends the cell `utf8` to `out` as it appears in the file: quoted as needed, and prefixed unless it is known to
    /// be a number. The one implementation of the rules above; the exporter writes SQLite's UTF-8 through it directly.
    static void appendCell(QByteArray &out, QByteArrayView utf8, bool number = false);

    /// The cell as it appears in the file, quoted as needed, and prefixed unless it is known to be a number.
    static QString escape(QStringView field, bool number = false);

    bool hasError() const { return m_error; }

private:
    void writeLine(QByteArray &line);

    QIODevice *m_device = nullptr;
    bool m_error = false;
};

} // namespace Verbatim
