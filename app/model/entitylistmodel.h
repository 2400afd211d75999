#pragma once

#include "store/records.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Verbatim {

class Project;

/// The project's entities by type, for the entity panel: a row per type (person, organisation, place, date, group)
/// with its entities below, most mentioned first. Ignored entities stay listed (greyed) so they can be restored.
class EntityListModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityListModel)

public:
    enum Column { NameColumn, MentionsColumn, ArticlesColumn, ColumnCount };
    enum Role {
        EntityRole = Qt::UserRole + 1, ///< entity id (qint64), 0 on a type row
        TypeRole, ///< EntityType as int
        IgnoredRole,
        UserMadeRole,
        SortRole, ///< what the columns sort by: counts as numbers, names without case
    };

    explicit EntityListModel(Project *project, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The entity of a row, or nullptr for a type row.
    const EntitySummary *entityAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 entity) const;
    /// Every entity, for pickers (merge into, choose a speaker).
    QList<EntitySummary> allEntities() const;

public Q_SLOTS:
    void reload();

private:
    struct Group {
        EntityType type;
        QList<EntitySummary> entities;
    };
    Project *m_project = nullptr;
    QList<Group> m_groups;
};

} // namespace Verbatim
