#include "csvwriter.h"

#include <QIODevice>

namespace Verbatim {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

QString CsvWriter::escape(QStringView field, bool number)
{
    QString cell;
    if (!field.isEmpty() && !number && needsApostrophe(field.front().unicode()))
        cell += u'\'';
    cell += field;

    bool needsQuotes = false;
    for (const QChar c : std::as_const(cell)) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return cell;
    cell.replace(u'"', QStringLiteral("\"\""));
    return u'"' + cell + u'"';
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escape(fields[i]);
    }
    writeLine(line);
}

void CsvWriter::writeRecordAsIs(std::initializer_list<QStringView> fields)
{
    QString line;
    bool first = true;
    for (const QStringView field : fields) {
        if (!first)
            line += u',';
        first = false;
        line += escape(field, true);
    }
    writeLine(line);
}

void CsvWriter::writeLine(const QString &line)
{
    const QByteArray bytes = (line + QStringLiteral("\r\n")).toUtf8();
    if (m_device->write(bytes) != bytes.size())
        m_error = true;
}

} // namespace Verbatim
