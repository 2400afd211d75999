#pragma once

#include <QMetaType>
#include <QString>
#include <QWidget>

class QLabel;
class QTableView;
class QTimer;
class QToolButton;

namespace Verbatim {
class CorpusStatementModel;
}

namespace Verbatim::Ui {

class ColumnChooser;

/// What a background export of statements gives back to the window.
struct StatementExportResult {
    QString path;
    qint64 rows = 0;
    QString error; ///< empty when it succeeded
};

/// The statements of the whole corpus that pass the filters, in a table that scrolls through millions of rows
/// (uniform rows, no row header), sortable by date or speaker, with their count and an export of exactly these rows.
/// Moving to a row shows its article with the statement selected; activating it (Return, double click) also puts the
/// focus in the reader.
class StatementTable : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementTable)

public:
    explicit StatementTable(QWidget *parent = nullptr);

    /// Shows `model` (nullptr: nothing), keeping the current statement across its reloads.
    void setModel(CorpusStatementModel *model);
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    /// The current row moved to a statement (`activated`: the user chose it with Return or a double click).
    void statementChosen(qint64 article, qint64 statement, bool activated);
    void exportRequested();

private:
    void updateCount();

    CorpusStatementModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ColumnChooser *m_columns = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_export = nullptr;
    QTimer *m_follow = nullptr;
    qint64 m_statementBeforeReset = 0;
};

} // namespace Verbatim::Ui

Q_DECLARE_METATYPE(Verbatim::Ui::StatementExportResult)
