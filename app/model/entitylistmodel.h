#pragma once

#include "store/records.h"

#include <QAbstractItemModel>

#include <array>
#include <optional>

namespace Verbatim {

class Project;

/// The project's entities by type, for the entity panel: a row per type (person, organisation, place, date, group)
/// with its entities below, most mentioned first unless sorted otherwise. Lazy, so that a project with hundreds of
/// thousands of names opens at once: a type's entities are read a page at a time (canFetchMore() and fetchMore() on
/// the type row), in the order sort() chose and narrowed by setFilterText(), both done in SQL; the type rows show
/// their counts once some entities have been read. Ignored entities stay listed (greyed) so they can be restored.
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
        TotalCountRole, ///< on a type row: how many of its entities match the filter (qint64), however many are read
    };
    /// How many entities fetchMore() reads at a time.
    static constexpr int pageSize = 200;

    explicit EntityListModel(Project *project, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Orders every type's entities by a column (names ignoring case; counts with the most first for descending), then by
    /// name; reads them again from the first page.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Shows only the entities whose name contains `text` (ignoring the case of ASCII letters, as SQLite's LIKE does);
    /// an empty text shows them all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    /// The entity of a row, or nullptr for a type row.
    const EntitySummary *entityAt(const QModelIndex &index) const;
    /// The row of an entity, reading more of its type's pages until it is there; invalid when the filter hides it.
    QModelIndex indexOf(qint64 entity);
    /// Entities whose names contain `text` (all for an empty text), most mentioned first, at most `limit` of them; for
    /// pickers (merge into, choose a speaker). `*matching`, when given, receives how many match in all.
    QList<EntitySummary> find(const QString &text, int limit, const QList<EntityType> &types = {}, qint64 *matching = nullptr) const;

public Q_SLOTS:
    /// Reads the entities again (after a curation or an import), keeping as many rows of each type as were read.
    void reload();

private:
    struct Group {
        EntityType type;
        QList<EntitySummary> entities; ///< the pages read so far
        bool complete = false; ///< every entity of the type is read
    };
    void ensureCounts() const;
    QList<EntitySummary> readPage(EntityType type, qsizetype offset, qsizetype count) const;
    QString orderBy() const;

    Project *m_project = nullptr;
    std::array<Group, 5> m_groups;
    mutable std::optional<std::array<qint64, 5>> m_counts; ///< read when first needed
    QString m_filter;
    bool m_changing = false; ///< inserting a page or announcing a reset: no fetching meanwhile
    int m_sortColumn = MentionsColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace Verbatim
