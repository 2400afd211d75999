#include "csvwriter.h"

#include <QIODevice>

namespace Verbatim {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

void CsvWriter::appendCell(QByteArray &out, QByteArrayView utf8, bool number)
{
    // The characters that get the apostrophe are ASCII, so the first byte of the UTF-8 decides.
    const bool prefix = !number && !utf8.isEmpty() && needsApostrophe(static_cast<unsigned char>(utf8.front()));
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (quote)
        out.append('"');
    if (prefix)
        out.append('\'');
    if (!quote) {
        out.append(utf8);
        return;
    }
    // Runs between quotes in one append each: statements are long and often hold a comma.
    qsizetype from = 0;
    for (qsizetype at = utf8.indexOf('"'); at >= 0; at = utf8.indexOf('"', at + 1)) {
        out.append(utf8.sliced(from, at + 1 - from));
        out.append('"');
        from = at + 1;
    }
    out.append(utf8.sliced(from));
    out.append('"');
}

QString CsvWriter::escape(QStringView field, bool number)
{
    QByteArray cell;
    appendCell(cell, field.toUtf8(), number);
    return QString::fromUtf8(cell);
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        appendCell(line, fields[i].toUtf8());
    }
    writeLine(line);
}

void CsvWriter::writeRecordAsIs(std::initializer_list<QStringView> fields)
{
    QByteArray line;
    bool first = true;
    for (const QStringView field : fields) {
        if (!first)
            line += ',';
        first = false;
        appendCell(line, field.toUtf8(), true);
    }
    writeLine(line);
}

void CsvWriter::writeLine(QByteArray &line)
{
    line += "\r\n";
    if (m_device->write(line) != line.size())
        m_error = true;
}

} // namespace Verbatim
