#include "annotationlistmodel.h"

namespace Verbatim {

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationListModel::setContent(const QList<Annotation> &annotations, const QList<Tag> &codebook)
{
    beginResetModel();
    m_annotations = annotations;
    m_tags.clear();
    for (const Tag &tag : codebook)
        m_tags.insert(tag.id, tag);
    endResetModel();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Text");
    case TagsColumn:
        return tr("Tags");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

const Annotation *AnnotationListModel::annotationAt(int row) const
{
    return row >= 0 && row < m_annotations.size() ? &m_annotations[row] : nullptr;
}

int AnnotationListModel::rowOf(qint64 annotation) const
{
    for (int row = 0; row < m_annotations.size(); ++row) {
        if (m_annotations[row].id == annotation)
            return row;
    }
    return -1;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &annotation = m_annotations[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return annotation.text.simplified();
        case TagsColumn: {
            QStringList names;
            for (const qint64 tag : annotation.tagIds)
                names.append(m_tags.value(tag).name);
            return names.join(QStringLiteral(", "));
        }
        case NoteColumn:
            return annotation.note.simplified();
        }
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("%1<br><i>%2</i>").arg(annotation.text.left(400).toHtmlEscaped(), annotation.note.toHtmlEscaped());
    case Qt::DecorationRole:
        if (index.column() == TagsColumn && !annotation.tagIds.isEmpty())
            return m_tags.value(annotation.tagIds.constFirst()).colour;
        break;
    case AnnotationRole:
        return annotation.id;
    case StartRole:
        return qint64(annotation.start);
    case EndRole:
        return qint64(annotation.end);
    case StatementRole:
        return annotation.statement;
    default:
        break;
    }
    return {};
}

} // namespace Verbatim
