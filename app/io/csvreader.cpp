#include "csvreader.h"

#include <QCoreApplication>

namespace Verbatim {

CsvReader::CsvReader(QStringView text)
    : m_text(text)
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_position = 1;
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    if (!m_error.isEmpty() || atEnd())
        return false;

    m_recordLine = m_line;
    QString field;
    const qsizetype size = m_text.size();
    while (true) {
        if (m_position < size && m_text[m_position] == u'"') {
            // Quoted field: runs to the next quote that is not doubled.
            const int quoteLine = m_line;
            ++m_position;
            while (true) {
                if (m_position >= size) {
                    m_error = QCoreApplication::translate("CsvReader", "a quoted field that starts on line %1 is never closed")
                                  .arg(quoteLine);
                    return false;
                }
                const QChar c = m_text[m_position++];
                if (c == u'"') {
                    if (m_position < size && m_text[m_position] == u'"') {
                        field += u'"';
                        ++m_position;
                        continue;
                    }
                    break;
                }
                if (c == u'\n')
                    ++m_line;
                field += c;
            }
            // Text between the closing quote and the separator is kept, as spreadsheets do.
            while (m_position < size && m_text[m_position] != u',' && m_text[m_position] != u'\n'
                   && m_text[m_position] != u'\r')
                field += m_text[m_position++];
        } else {
            const qsizetype start = m_position;
            while (m_position < size && m_text[m_position] != u',' && m_text[m_position] != u'\n'
                   && m_text[m_position] != u'\r')
                ++m_position;
            field += m_text.sliced(start, m_position - start);
        }

        fields.append(field);
        field.clear();
        if (m_position >= size)
            return true;
        const QChar separator = m_text[m_position++];
        if (separator == u',')
            continue;
        if (separator == u'\r' && m_position < size && m_text[m_position] == u'\n')
            ++m_position;
        ++m_line;
        return true;
    }
}

} // namespace Verbatim
