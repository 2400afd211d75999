#pragma once

#include "store/records.h"

#include <QAbstractListModel>
#include <QHash>

namespace Verbatim {

class Project;

/// The project's codebook: tags with their colour, description and how often they are used.
class CodebookModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookModel)

public:
    enum Role {
        TagRole = Qt::UserRole + 1, ///< tag id (qint64)
        ColourRole, ///< QColor
        DescriptionRole,
        UsageRole, ///< number of annotations that carry the tag
    };

    explicit CodebookModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const QList<Tag> &tags() const { return m_tags; }
    const Tag *tagAt(int row) const;
    int rowOf(qint64 tag) const;

public Q_SLOTS:
    void reload();

private:
    Project *m_project = nullptr;
    QList<Tag> m_tags;
    QHash<qint64, int> m_usage;
};

} // namespace Verbatim
