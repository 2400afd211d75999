#pragma once

#include "store/records.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Verbatim {

/// The statements of the article being read, with the tags and note the user gave each.
class StatementListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementListModel)

public:
    enum Column { SpeakerColumn, TextColumn, TagsColumn, ColumnCount };
    enum Role {
        StatementRole = Qt::UserRole + 1, ///< statement id (qint64)
        StartRole, ///< UTF-16 position in the article text
        EndRole,
        KindRole, ///< StatementKind as int
        AnnotationRole, ///< id of the annotation holding its tags and note, 0 when untagged
        TagIdsRole, ///< QList<qint64>
        NoteRole,
    };

    explicit StatementListModel(QObject *parent = nullptr);

    /// Shows `statements`, coded by `annotations`; tag names and colours come from `codebook`.
    void setContent(const QList<Statement> &statements, const QList<Annotation> &annotations, const QList<Tag> &codebook);
    void clear();
    /// The text of the article, to show how an unnamed speaker is described ("(one woman)").
    void setArticleText(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Who made `statement`, as every view of the panel names them: the speaker, or in brackets how the article
    /// refers to someone it does not name ("(one woman)"), or "(unknown)".
    QString speakerLabel(const Statement &statement) const;

    const Statement *statementAt(int row) const;
    /// The annotation that codes a statement, if any.
    const Annotation *annotationOf(qint64 statement) const;
    int rowOf(qint64 statement) const;
    /// The row of the statement that covers a position in the text, or -1.
    int rowAt(qsizetype position) const;

private:
    QList<Statement> m_statements;
    QHash<qint64, Annotation> m_annotationByStatement;
    QHash<qint64, Tag> m_tags;
    QString m_articleText;
};

} // namespace Verbatim
