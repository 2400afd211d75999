#include "entitypanel.h"

#include "edit/entitycommands.h"
#include "entitypickerdialog.h"
#include "model/entitylistmodel.h"
#include "store/project.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
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
    m_filter->setClearButtonEnabled(true);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(EntityListModel::SortRole);
    m_view = new QTreeView(this);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Entities"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
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
    m_proxy->setSourceModel(entities);
    if (entities) {
        m_view->header()->setSectionResizeMode(EntityListModel::NameColumn, QHeaderView::Stretch);
        m_view->header()->setSectionResizeMode(EntityListModel::MentionsColumn, QHeaderView::ResizeToContents);
        m_view->header()->setSectionResizeMode(EntityListModel::ArticlesColumn, QHeaderView::ResizeToContents);
        m_view->header()->setStretchLastSection(false);
        m_view->sortByColumn(EntityListModel::MentionsColumn, Qt::DescendingOrder);
        m_view->expand(m_proxy->index(0, 0));
    }
}

const EntitySummary *EntityPanel::current() const
{
    if (!m_entities)
        return nullptr;
    return m_entities->entityAt(m_proxy->mapToSource(m_view->currentIndex()));
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
    EntityPickerDialog dialog(tr("Merge Entity"),
                              tr("Merge \u201C%1\u201D into which entity? Its mentions and statements move there, and its name leads there "
                                 "from now on.")
                                  .arg(chosen.name),
                              m_entities->allEntities(), false, this);
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
