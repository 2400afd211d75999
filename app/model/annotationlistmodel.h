#pragma once

#include "store/records.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Verbatim {

/// The user's annotations in the article being read (on statements and on spans they selected).
class AnnotationListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

public:
    enum Column { TextColumn, TagsColumn, NoteColumn, ColumnCount };
    enum Role {
        AnnotationRole = Qt::UserRole + 1, ///< annotation id (qint64)
        StartRole,
        EndRole,
        StatementRole, ///< 0 for a span the user selected
    };

    explicit AnnotationListModel(QObject *parent = nullptr);

    void setContent(const QList<Annotation> &annotations, const QList<Tag> &codebook);
    void clear() { setContent({}, {}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Annotation *annotationAt(int row) const;
    int rowOf(qint64 annotation) const;

private:
    QList<Annotation> m_annotations;
    QHash<qint64, Tag> m_tags;
};

} // namespace Verbatim
