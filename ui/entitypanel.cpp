#include "entitypanel.h"

#include "edit/entitycommands.h"
#include "entitypickerdialog.h"
#include "model/entitylistmodel.h"
#include "store/project.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Verbatim::Ui {

EntityPanel::EntityPanel(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setAccessibleName(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    // Each change of the filter is a query over every entity: wait until typing pauses.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    m_view = new QTreeView(this);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Entities"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &EntityPanel::applyFilter);
    connect(m_filterTimer, &QTimer::timeout, this, &EntityPanel::applyFilter);
    m_view->viewport()->installEventFilter(this);
    // The next page of a type is read when the end of what was read comes into view.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &EntityPanel::fetchVisible);
    connect(m_view, &QTreeView::expanded, this, &EntityPanel::fetchVisible);
    connect(m_view, &QTreeView::activated, this, [this] {
        if (const EntitySummary *entity = current())
            Q_EMIT entityActivated(entity->id, entity->name);
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &EntityPanel::showMenu);

    // Shortcuts while the list has focus.
    auto addShortcut = [this](const QKeySequence &key, void (EntityPanel::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    addShortcut(QKeySequence(Qt::Key_F2), &EntityPanel::renameCurrent);
    addShortcut(QKeySequence::Delete, &EntityPanel::toggleIgnoreCurrent);
}

void EntityPanel::setProject(Project *project, EntityListModel *entities)
{
    m_project = project;
    m_entities = entities;
    m_view->setModel(entities);
    if (entities) {
        entities->setFilterText(m_filter->text().simplified());
        m_view->header()->setSectionResizeMode(EntityListModel::NameColumn, QHeaderView::Stretch);
        m_view->header()->setSectionResizeMode(EntityListModel::MentionsColumn, QHeaderView::ResizeToContents);
        m_view->header()->setSectionResizeMode(EntityListModel::ArticlesColumn, QHeaderView::ResizeToContents);
        m_view->header()->setStretchLastSection(false);
        m_view->sortByColumn(EntityListModel::MentionsColumn, Qt::DescendingOrder);
        // A reload (after a curation step) keeps the rows read; the view would fold every type: keep them as they were.
        connect(entities, &QAbstractItemModel::modelAboutToBeReset, m_view, [this] {
            m_expandedTypes.clear();
            for (int row = 0; m_entities && row < m_entities->rowCount(); ++row)
                m_expandedTypes.append(m_view->isExpanded(m_entities->index(row, 0)));
        });
        connect(entities, &QAbstractItemModel::modelReset, m_view, [this] {
            for (int row = 0; m_entities && row < m_expandedTypes.size(); ++row)
                m_view->setExpanded(m_entities->index(row, 0), m_expandedTypes[row]);
            // The model reads nothing while it announces the reset: fill the screen once it is done.
            QTimer::singleShot(0, this, &EntityPanel::fetchVisible);
        });
        // The first type opens when the panel is first painted (openFirstType()): the tree view reads the entities of
        // an open type even while hidden.
        m_firstShow = true;
        m_view->viewport()->update();
    }
}

void EntityPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Not at once: while the window first lays out its docks, a panel behind another tab is shown for a moment.
    QTimer::singleShot(0, this, &EntityPanel::fetchVisible);
}

bool EntityPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The first type opens once the panel has been painted (with the window, when it opens with the panel on screen):
    // reading the first entities of a large project then never delays the window's first appearance.
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && m_firstShow)
        QTimer::singleShot(0, this, &EntityPanel::openFirstType);
    return QWidget::eventFilter(watched, event);
}

void EntityPanel::openFirstType()
{
    if (!m_firstShow || !m_entities || !m_view->isVisible())
        return;
    m_firstShow = false;
    m_view->expand(m_entities->index(0, 0));
    fetchVisible();
}

void EntityPanel::applyFilter()
{
    m_filterTimer->stop();
    if (!m_entities)
        return;
    const QString text = m_filter->text().simplified();
    if (text == m_entities->filterText())
        return;
    m_entities->setFilterText(text);
    // Matches of every type show at once; without a filter, the first type is open as when the project was opened.
    for (int row = 0; row < m_entities->rowCount(); ++row) {
        const QModelIndex type = m_entities->index(row, 0);
        m_view->setExpanded(type, !text.isEmpty() || row == 0);
    }
    fetchVisible();
}

void EntityPanel::fetchVisible()
{
    // Nothing is read while the panel is hidden (behind another dock's tab, as at first): opening a project does not
    // wait for the entities.
    if (!m_entities || !m_view->isVisible())
        return;
    const QRect viewport = m_view->viewport()->rect();
    for (int row = 0; row < m_entities->rowCount(); ++row) {
        const QModelIndex type = m_entities->index(row, 0);
        // Page after page while the end of what was read is on screen (a tall panel may show more than a page).
        for (int pages = 0; pages < 10 && m_view->isExpanded(type) && m_entities->canFetchMore(type); ++pages) {
            const int loaded = m_entities->rowCount(type);
            const QRect end = m_view->visualRect(loaded > 0 ? m_entities->index(loaded - 1, 0, type) : type);
            if (!end.isValid() || end.top() > viewport.bottom() || end.bottom() < viewport.top())
                break;
            m_entities->fetchMore(type);
        }
    }
}

const EntitySummary *EntityPanel::current() const
{
    if (!m_entities)
        return nullptr;
    return m_entities->entityAt(m_view->currentIndex());
}

void EntityPanel::showMenu(const QPoint &position)
{
    const EntitySummary *entity = current();
    if (!entity || !m_project)
        return;
    QMenu menu(this);
    const EntitySummary chosen = *entity;
    menu.addAction(tr("Show Articles"), this, [this, chosen] { Q_EMIT entityActivated(chosen.id, chosen.name); });
    menu.addSeparator();
    menu.addAction(tr("Rename\u2026"), this, &EntityPanel::renameCurrent)->setShortcut(QKeySequence(Qt::Key_F2));
    QMenu *types = menu.addMenu(tr("Change Type"));
    for (const EntityType type : {EntityType::Person, EntityType::Organisation, EntityType::Place, EntityType::Date, EntityType::Group}) {
        QAction *action = types->addAction(entityTypeName(type), this, [this, chosen, type] {
            m_undoStack->push(new SetEntityTypeCommand(m_project, chosen, type));
        });
        action->setEnabled(type != chosen.type);
    }
    menu.addAction(tr("Merge Into\u2026"), this, &EntityPanel::mergeCurrent);
    menu.addAction(tr("Split in the Current Article\u2026"), this, &EntityPanel::splitCurrent)->setEnabled(m_article != 0);
    menu.addSeparator();
    menu.addAction(chosen.ignored ? tr("Stop Ignoring") : tr("Ignore (Not an Entity)"), this, &EntityPanel::toggleIgnoreCurrent)
        ->setShortcut(QKeySequence::Delete);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void EntityPanel::renameCurrent()
{
    const EntitySummary *entity = current();
    if (!entity || !m_project)
        return;
    const EntitySummary chosen = *entity;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Entity"), tr("New name for \u201C%1\u201D:").arg(chosen.name), QLineEdit::Normal,
                                               chosen.name, &ok)
                             .simplified();
    if (!ok || name.isEmpty() || name == chosen.name)
        return;
    // Renaming onto a name another entity has is a merge; say so rather than fail.
    if (const qint64 other = m_project->findEntity(name, chosen.type); other != 0) {
        const auto answer = QMessageBox::question(this, tr("Rename Entity"),
                                                  tr("There is already a %1 called \u201C%2\u201D. Merge \u201C%3\u201D into it?")
                                                      .arg(entityTypeName(chosen.type), name, chosen.name));
        if (answer == QMessageBox::Yes)
            m_undoStack->push(new MergeEntitiesCommand(m_project, chosen, *m_project->entity(other)));
        return;
    }
    m_undoStack->push(new RenameEntityCommand(m_project, chosen, name));
}

void EntityPanel::mergeCurrent()
{
    const EntitySummary *entity = current();
    if (!entity || !m_project || !m_entities)
        return;
    const EntitySummary chosen = *entity;
    const QPointer<EntityListModel> entities = m_entities;
    EntityPickerDialog dialog(tr("Merge Entity"),
                              tr("Merge \u201C%1\u201D into which entity? Its mentions and statements move there, and its name leads there "
                                 "from now on.")
                                  .arg(chosen.name),
                              [entities](const QString &text, int limit, qint64 *matching) {
                                  *matching = 0;
                                  return entities ? entities->find(text, limit, {}, matching) : QList<EntitySummary>();
                              },
                              false, this);
    dialog.exclude(chosen.id);
    // A surname usually merges into the full name that contains it.
    dialog.setText(chosen.name.section(u' ', -1));
    if (dialog.exec() != QDialog::Accepted || dialog.chosenEntity() == 0)
        return;
    m_undoStack->push(new MergeEntitiesCommand(m_project, chosen, *m_project->entity(dialog.chosenEntity())));
}

void EntityPanel::splitCurrent()
{
    const EntitySummary *entity = current();
    if (!entity || !m_project || m_article == 0)
        return;
    const EntitySummary chosen = *entity;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Split Entity"),
                                               tr("In the current article, \u201C%1\u201D is someone or something else. Its name here:")
                                                   .arg(chosen.name),
                                               QLineEdit::Normal, chosen.name + QStringLiteral(" (2)"), &ok)
                             .simplified();
    if (ok && !name.isEmpty())
        m_undoStack->push(new SplitEntityCommand(m_project, chosen, m_article, name));
}

void EntityPanel::toggleIgnoreCurrent()
{
    const EntitySummary *entity = current();
    if (entity && m_project)
        m_undoStack->push(new IgnoreEntityCommand(m_project, *entity, !entity->ignored));
}

} // namespace Verbatim::Ui
