#include "statementtable.h"

#include "columnchooser.h"
#include "common/plural.h"
#include "model/corpusstatementmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Verbatim::Ui {

StatementTable::StatementTable(QWidget *parent)
    : QWidget(parent)
{
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Statements of the corpus"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->setSortingEnabled(true);
    // Uniform rows and no row header: the view never measures or numbers millions of rows.
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    // What was said needs the width of the list: the article's title is shown in the reader beside it, so its column
    // starts hidden (the header's context menu shows it).
    m_columns = new ColumnChooser(m_view->horizontalHeader(), QStringLiteral("statements/hiddenColumns"),
                                  {CorpusStatementModel::TextColumn}, {CorpusStatementModel::ArticleColumn}, this);

    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_export = new QToolButton(this);
    m_export->setText(tr("Export These\u2026"));
    m_export->setToolTip(tr("Write the statements shown, in this order, to a CSV file"));
    m_export->setAutoRaise(true);
    connect(m_export, &QToolButton::clicked, this, &StatementTable::exportRequested);

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    footer->addWidget(m_count, 1);
    footer->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    // Following the cursor opens articles: wait until the arrow keys rest.
    m_follow = new QTimer(this);
    m_follow->setSingleShot(true);
    m_follow->setInterval(120);
    connect(m_follow, &QTimer::timeout, this, [this] {
        const int row = m_view->currentIndex().row();
        if (m_model && row >= 0)
            Q_EMIT statementChosen(m_model->articleAt(row), m_model->statementAt(row), false);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_follow->stop();
        if (m_model && index.isValid())
            Q_EMIT statementChosen(m_model->articleAt(index.row()), m_model->statementAt(index.row()), true);
    });
    // Only the date and the speaker sort; a click elsewhere keeps the order (and its arrow) as it was.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (m_model && !CorpusStatementModel::isSortable(column)) {
            const QSignalBlocker block(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    setModel(nullptr);
}

void StatementTable::setModel(CorpusStatementModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_view->setModel(model);
    m_export->setEnabled(model != nullptr);
    if (!model) {
        m_count->clear();
        return;
    }
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(model->sortColumn(), model->sortOrder());
    header->setStretchLastSection(false);
    const QFontMetrics metrics(m_view->font());
    // What was said gets the width; the others what a typical value needs (and can be widened).
    header->setMinimumSectionSize(metrics.horizontalAdvance(u"Tags"_s) + 16);
    header->resizeSection(CorpusStatementModel::DateColumn, metrics.horizontalAdvance(u"2025-12-31"_s) + 24);
    header->resizeSection(CorpusStatementModel::SpeakerColumn, metrics.horizontalAdvance(u"Anton Mirescu"_s) + 12);
    header->resizeSection(CorpusStatementModel::TagsColumn, metrics.horizontalAdvance(u"Tags"_s) + 24);
    header->resizeSection(CorpusStatementModel::ArticleColumn, metrics.horizontalAdvance(u"A short title"_s));
    header->setSectionResizeMode(CorpusStatementModel::TextColumn, QHeaderView::Stretch);
    m_columns->apply();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_follow->start(); });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_statementBeforeReset = m_model->statementAt(m_view->currentIndex().row());
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // The statement being read stays current while the filter still shows it; the reader is not reloaded for it.
        const int row = m_model->rowOf(m_statementBeforeReset);
        if (row >= 0) {
            const QSignalBlocker block(m_view->selectionModel());
            m_view->setCurrentIndex(m_model->index(row, CorpusStatementModel::TextColumn));
            m_view->scrollTo(m_view->currentIndex());
        }
        updateCount();
    });
    connect(model, &CorpusStatementModel::loadingChanged, this, &StatementTable::updateCount);
    updateCount();
}

void StatementTable::updateCount()
{
    if (!m_model)
        return;
    const QLocale locale;
    QString text;
    if (!m_model->errorString().isEmpty())
        text = tr("The statements could not be listed: %1").arg(m_model->errorString());
    else if (m_model->rowCount() == m_model->totalCount())
        text = tr("%1 in %2").arg(plural(m_model->totalCount(), tr("%1 statement"), tr("%1 statements"), locale),
                                  plural(m_model->articleCount(), tr("%1 article"), tr("%1 articles"), locale));
    else
        text = tr("%1 of %2, in %3")
                   .arg(locale.toString(qint64(m_model->rowCount())), plural(m_model->totalCount(), tr("%1 statement"), tr("%1 statements"), locale),
                        plural(m_model->articleCount(), tr("%1 article"), tr("%1 articles"), locale));
    if (m_model->isLoading())
        text += u" \u00B7 "_s + tr("searching\u2026");
    m_count->setText(text);
}

} // namespace Verbatim::Ui
