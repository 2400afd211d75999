#include "entitylistmodel.h"

#include "store/project.h"

#include <QFont>
#include <QPalette>

namespace Verbatim {

namespace {
// Entity rows carry their group in the internal id (1-based); type rows carry 0.
constexpr quintptr typeRowId = 0;

QString groupTitle(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return EntityListModel::tr("People");
    case EntityType::Organisation:
        return EntityListModel::tr("Organisations");
    case EntityType::Place:
        return EntityListModel::tr("Places");
    case EntityType::Date:
        return EntityListModel::tr("Dates");
    case EntityType::Group:
        return EntityListModel::tr("Groups and nationalities");
    }
    return {};
}
} // namespace

EntityListModel::EntityListModel(Project *project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
{
    connect(project, &Project::entitiesChanged, this, &EntityListModel::reload);
    connect(project, &Project::articlesChanged, this, &EntityListModel::reload);
    reload();
}

void EntityListModel::reload()
{
    beginResetModel();
    m_groups.clear();
    for (const EntityType type : {EntityType::Person, EntityType::Organisation, EntityType::Place, EntityType::Date, EntityType::Group})
        m_groups.append({type, {}});
    for (const EntitySummary &entity : m_project->entities())
        m_groups[int(entity.type)].entities.append(entity);
    for (Group &group : m_groups) {
        std::stable_sort(group.entities.begin(), group.entities.end(), [](const EntitySummary &a, const EntitySummary &b) {
            if (a.mentionCount != b.mentionCount)
                return a.mentionCount > b.mentionCount;
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
    }
    endResetModel();
}

QModelIndex EntityListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, typeRowId) : QModelIndex();
    if (parent.internalId() != typeRowId || parent.row() >= m_groups.size() || row >= m_groups[parent.row()].entities.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == typeRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, typeRowId);
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != typeRowId || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].entities.size());
}

int EntityListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Entity");
    case MentionsColumn:
        return tr("Mentions");
    case ArticlesColumn:
        return tr("Articles");
    }
    return {};
}

const EntitySummary *EntityListModel::entityAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == typeRowId)
        return nullptr;
    const Group &group = m_groups[int(index.internalId() - 1)];
    return index.row() < group.entities.size() ? &group.entities[index.row()] : nullptr;
}

QModelIndex EntityListModel::indexOf(qint64 entity) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int row = 0; row < m_groups[g].entities.size(); ++row) {
            if (m_groups[g].entities[row].id == entity)
                return createIndex(row, 0, quintptr(g + 1));
        }
    }
    return {};
}

QList<EntitySummary> EntityListModel::allEntities() const
{
    QList<EntitySummary> all;
    for (const Group &group : m_groups)
        all.append(group.entities);
    return all;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == typeRowId) {
        const Group &group = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(QStringLiteral("%1 (%2)").arg(groupTitle(group.type)).arg(group.entities.size())) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case TypeRole:
            return int(group.type);
        case EntityRole:
            return qint64(0);
        case SortRole:
            return index.row(); // the types keep their order
        default:
            return {};
        }
    }
    const EntitySummary *entity = entityAt(index);
    if (!entity)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entity->name;
        case MentionsColumn:
            return entity->mentionCount;
        case ArticlesColumn:
            return entity->articleCount;
        }
        break;
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(entity->name) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 (%2): %3 mentions in %4 articles%5%6")
            .arg(entity->name, entityTypeName(entity->type))
            .arg(entity->mentionCount)
            .arg(entity->articleCount)
            .arg(entity->userMade ? tr("; added by you") : QString(), entity->ignored ? tr("; ignored") : QString());
    case Qt::FontRole:
        if (entity->ignored || entity->userMade) {
            QFont font;
            font.setItalic(true);
            font.setStrikeOut(entity->ignored);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (entity->ignored)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EntityRole:
        return entity->id;
    case TypeRole:
        return int(entity->type);
    case IgnoredRole:
        return entity->ignored;
    case UserMadeRole:
        return entity->userMade;
    case SortRole:
        return index.column() == NameColumn ? QVariant(entity->name.toLower())
            : index.column() == MentionsColumn ? QVariant(entity->mentionCount)
                                               : QVariant(entity->articleCount);
    default:
        break;
    }
    return {};
}

} // namespace Verbatim
