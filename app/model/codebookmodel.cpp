#include "codebookmodel.h"

#include "store/project.h"
#include "store/sql.h"

#include <QSqlQuery>

namespace Verbatim {

CodebookModel::CodebookModel(Project *project, QObject *parent)
    : QAbstractListModel(parent)
    , m_project(project)
{
    connect(project, &Project::tagsChanged, this, &CodebookModel::reload);
    connect(project, &Project::annotationsChanged, this, &CodebookModel::reload);
    reload();
}

void CodebookModel::reload()
{
    beginResetModel();
    m_tags = m_project->tags();
    m_usage.clear();
    QSqlQuery query(m_project->database());
    if (Sql::exec(query, QStringLiteral("SELECT tag, count(*) FROM annotation_tag GROUP BY tag"))) {
        while (query.next())
            m_usage.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    endResetModel();
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

const Tag *CodebookModel::tagAt(int row) const
{
    return row >= 0 && row < m_tags.size() ? &m_tags[row] : nullptr;
}

int CodebookModel::rowOf(qint64 tag) const
{
    for (int row = 0; row < m_tags.size(); ++row) {
        if (m_tags[row].id == tag)
            return row;
    }
    return -1;
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tag &tag = m_tags[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const int uses = m_usage.value(tag.id);
        // The first nine tags have shortcuts (Ctrl+1 ... Ctrl+9).
        const QString shortcut = index.row() < 9 ? QStringLiteral("%1  ").arg(index.row() + 1) : QStringLiteral("    ");
        return QString(shortcut + (uses > 0 ? tr("%1 (%2)").arg(tag.name).arg(uses) : tag.name));
    }
    case Qt::EditRole:
        return tag.name;
    case Qt::DecorationRole:
    case ColourRole:
        return tag.colour;
    case Qt::ToolTipRole:
        return tag.description.isEmpty() ? tag.name : QStringLiteral("<b>%1</b><br>%2").arg(tag.name.toHtmlEscaped(), tag.description.toHtmlEscaped());
    case TagRole:
        return tag.id;
    case DescriptionRole:
        return tag.description;
    case UsageRole:
        return m_usage.value(tag.id);
    default:
        return {};
    }
}

} // namespace Verbatim
