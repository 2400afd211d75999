#include "statementlistmodel.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Verbatim {

StatementListModel::StatementListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StatementListModel::setContent(const QList<Statement> &statements, const QList<Annotation> &annotations, const QList<Tag> &codebook)
{
    beginResetModel();
    m_statements = statements;
    m_annotationByStatement.clear();
    for (const Annotation &annotation : annotations) {
        if (annotation.statement != 0)
            m_annotationByStatement.insert(annotation.statement, annotation);
    }
    m_tags.clear();
    for (const Tag &tag : codebook)
        m_tags.insert(tag.id, tag);
    endResetModel();
}

void StatementListModel::clear()
{
    m_articleText.clear();
    setContent({}, {}, {});
}

void StatementListModel::setArticleText(const QString &text)
{
    m_articleText = text;
    if (!m_statements.isEmpty())
        Q_EMIT dataChanged(index(0, SpeakerColumn), index(rowCount() - 1, SpeakerColumn));
}

int StatementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statements.size());
}

int StatementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SpeakerColumn:
        return tr("Speaker");
    case TextColumn:
        return tr("Statement");
    case TagsColumn:
        return tr("Tags");
    }
    return {};
}

QString StatementListModel::speakerLabel(const Statement &statement) const
{
    if (!statement.speaker.isEmpty())
        return statement.speaker;
    if (const QString phrase = statement.speakerPhrase(m_articleText); !phrase.isEmpty())
        return u'(' + phrase.simplified() + u')';
    return tr("(unknown)");
}

const Statement *StatementListModel::statementAt(int row) const
{
    return row >= 0 && row < m_statements.size() ? &m_statements[row] : nullptr;
}

const Annotation *StatementListModel::annotationOf(qint64 statement) const
{
    const auto found = m_annotationByStatement.constFind(statement);
    return found == m_annotationByStatement.constEnd() ? nullptr : &*found;
}

int StatementListModel::rowOf(qint64 statement) const
{
    for (int row = 0; row < m_statements.size(); ++row) {
        if (m_statements[row].id == statement)
            return row;
    }
    return -1;
}

int StatementListModel::rowAt(qsizetype position) const
{
    for (int row = 0; row < m_statements.size(); ++row) {
        if (m_statements[row].start <= position && position < m_statements[row].end)
            return row;
    }
    return -1;
}

QVariant StatementListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Statement &statement = m_statements[index.row()];
    const Annotation *annotation = annotationOf(statement.id);

    auto tagNames = [&] {
        QStringList names;
        if (annotation) {
            for (const qint64 tag : annotation->tagIds)
                names.append(m_tags.value(tag).name);
        }
        return names;
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SpeakerColumn:
            return speakerLabel(statement);
        case TextColumn:
            return statement.text.simplified();
        case TagsColumn: {
            QString tags = tagNames().join(QStringLiteral(", "));
            if (annotation && !annotation->note.trimmed().isEmpty())
                tags += (tags.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("\u270E");
            return tags;
        }
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> (%2%3)<br>%4")
                          .arg(speakerLabel(statement).toHtmlEscaped(),
                               statementKindName(statement.kind),
                               statement.cue.isEmpty() ? QString() : QStringLiteral(", ") + statement.cue.toHtmlEscaped(),
                               statement.text.left(400).toHtmlEscaped());
        if (annotation && !annotation->note.trimmed().isEmpty())
            tip += QStringLiteral("<br><i>%1</i>").arg(annotation->note.toHtmlEscaped());
        if (statement.status == u"edited")
            tip += u"<br>"_s + tr("Corrected by you; re-extraction keeps it.");
        else if (statement.status == u"manual")
            tip += u"<br>"_s + tr("Marked by you; re-extraction keeps it.");
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == TagsColumn && annotation && !annotation->tagIds.isEmpty())
            return m_tags.value(annotation->tagIds.constFirst()).colour;
        break;
    case Qt::FontRole:
        // Statements the user corrected or added are the user's: shown in italics.
        if (statement.status != u"auto") {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case StatementRole:
        return statement.id;
    case StartRole:
        return qint64(statement.start);
    case EndRole:
        return qint64(statement.end);
    case KindRole:
        return int(statement.kind);
    case AnnotationRole:
        return annotation ? annotation->id : qint64(0);
    case TagIdsRole:
        return QVariant::fromValue(annotation ? annotation->tagIds : QList<qint64>());
    case NoteRole:
        return annotation ? annotation->note : QString();
    default:
        break;
    }
    return {};
}

} // namespace Verbatim
