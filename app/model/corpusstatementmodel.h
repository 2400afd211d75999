#pragma once

#include "extract/extraction.h"
#include "search/articlefilter.h"
#include "search/queryrunner.h"
#include "store/records.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QDate>
#include <QHash>

#include <memory>

namespace Verbatim {

class Project;

/// Every statement of the corpus that an ArticleFilter lets through, for the statements table: date, speaker, what was
/// said, tags and article. Lazy like ArticleListModel, with its ids found on a QueryRunner's thread: when whole
/// articles are shown it holds two numbers per article (the twelve million statements of a million articles cost no
/// more than the article list), otherwise the statement ids; rows are read a page at a time as they are shown.
class CorpusStatementModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusStatementModel)

public:
    enum Column { DateColumn, SpeakerColumn, TextColumn, TagsColumn, ArticleColumn, ColumnCount };
    enum Role {
        StatementRole = Qt::UserRole + 1, ///< statement id (qint64)
        ArticleRole, ///< the project's row id of its article (qint64)
    };

    explicit CorpusStatementModel(Project *project, QObject *parent = nullptr);
    /// Runs its queries on `runner`, which must outlive it.
    CorpusStatementModel(Project *project, QueryRunner *runner, QObject *parent = nullptr);
    ~CorpusStatementModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// By date (DateColumn) or by speaker (SpeakerColumn); other columns leave the order as it is.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column) { return column == DateColumn || column == SpeakerColumn; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setFilter(const ArticleFilter &filter);
    ArticleFilter filter() const { return m_filter; }
    /// Why the last query failed, or an empty string.
    QString errorString() const { return m_rows.error; }
    bool isLoading() const { return m_loading; }

    /// Statements in the project, whatever the filter.
    qint64 totalCount() const { return m_rows.total; }
    /// Articles the shown statements come from.
    qint64 articleCount() const { return m_rows.articleCount; }
    /// The rows, as the query gave them (for exporting exactly what is shown).
    const CorpusQuery::Statements &rows() const { return m_rows; }

    qint64 statementAt(int row) const;
    qint64 articleAt(int row) const;
    /// The row of a statement, or -1 when the filter hides it.
    int rowOf(qint64 statement) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void loadingChanged(bool loading);

private:
    struct Row {
        qint64 id = 0;
        qint64 article = 0;
        StatementKind kind = StatementKind::Direct;
        QString speaker;
        QString text;
        QString status;
        QDate date;
        QString title;
        QList<qint64> tagIds;
        QString note;
    };
    static constexpr int pageSize = 64; // a jump of the scroll bar reads a screenful, not four

    const Row *rowAt(int row) const;
    int articleIndexOf(int row) const;
    void apply(const CorpusQuery::Statements &rows);
    void setLoading(bool loading);
    void refreshAll();
    void readCodebook();

    Project *m_project = nullptr;
    std::unique_ptr<QueryRunner> m_ownRunner;
    QueryRunner *m_runner = nullptr;
    QueryRunner::Channel m_channel;
    CorpusQuery::Statements m_rows;
    ArticleFilter m_filter;
    bool m_loading = false;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QHash<qint64, Tag> m_tags;
    mutable QCache<int, QList<Row>> m_pages{256};
};

} // namespace Verbatim
