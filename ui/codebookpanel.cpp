#include "codebookpanel.h"

#include "common/plural.h"

#include "edit/tagcommands.h"
#include "model/codebookmodel.h"
#include "store/project.h"
#include "tagdialog.h"

#include <QHBoxLayout>
#include <QListView>
#include <QMessageBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Verbatim::Ui {

CodebookPanel::CodebookPanel(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
{
    m_view = new QListView(this);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Codebook"));

    auto makeButton = [this](const QString &icon, const QString &text, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setIcon(QIcon::fromTheme(icon));
        button->setText(text);
        button->setToolTip(tip);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        return button;
    };
    m_add = makeButton(QStringLiteral("list-add"), tr("Add"), tr("Add a tag to the codebook"));
    m_edit = makeButton(QStringLiteral("document-edit"), tr("Edit"), tr("Rename, recolour or describe the tag"));
    m_remove = makeButton(QStringLiteral("list-remove"), tr("Remove"), tr("Remove the tag from the codebook and from every annotation"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &CodebookPanel::addTag);
    connect(m_edit, &QToolButton::clicked, this, &CodebookPanel::editCurrentTag);
    connect(m_remove, &QToolButton::clicked, this, &CodebookPanel::removeCurrentTag);
    connect(m_view, &QListView::doubleClicked, this, &CodebookPanel::editCurrentTag);
    updateButtons();
}

void CodebookPanel::setProject(Project *project, CodebookModel *codebook)
{
    m_project = project;
    m_codebook = codebook;
    m_view->setModel(codebook);
    if (codebook) {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CodebookPanel::updateButtons);
        connect(codebook, &QAbstractItemModel::modelReset, this, &CodebookPanel::updateButtons);
    }
    updateButtons();
}

void CodebookPanel::updateButtons()
{
    const bool hasProject = m_project && m_codebook;
    const bool hasCurrent = hasProject && m_view->currentIndex().isValid();
    m_add->setEnabled(hasProject);
    m_edit->setEnabled(hasCurrent);
    m_remove->setEnabled(hasCurrent);
}

QStringList CodebookPanel::otherNames(qint64 except) const
{
    QStringList names;
    if (m_codebook) {
        for (const Tag &tag : m_codebook->tags()) {
            if (tag.id != except)
                names.append(tag.name);
        }
    }
    return names;
}

void CodebookPanel::addTag()
{
    if (!m_project)
        return;
    TagDialog dialog(Tag(), otherNames(0), this);
    if (dialog.exec() == QDialog::Accepted)
        m_undoStack->push(new AddTagCommand(m_project, dialog.tag()));
}

void CodebookPanel::editCurrentTag()
{
    if (!m_project || !m_codebook)
        return;
    const Tag *current = m_codebook->tagAt(m_view->currentIndex().row());
    if (!current)
        return;
    const Tag before = *current;
    TagDialog dialog(before, otherNames(before.id), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Tag after = dialog.tag();
    if (after.name != before.name || after.colour != before.colour || after.description != before.description)
        m_undoStack->push(new EditTagCommand(m_project, before, after));
}

void CodebookPanel::removeCurrentTag()
{
    if (!m_project || !m_codebook)
        return;
    const QModelIndex index = m_view->currentIndex();
    const Tag *current = m_codebook->tagAt(index.row());
    if (!current)
        return;
    const int uses = index.data(CodebookModel::UsageRole).toInt();
    if (uses > 0) {
        const auto answer = QMessageBox::question(this, tr("Remove Tag"),
                                                  tr("\u201C%1\u201D is on %2. Remove it from the codebook and from them?\n"
                                                     "(Edit \u25B8 Undo puts it back.)")
                                                      .arg(current->name, plural(uses, tr("%1 annotation"), tr("%1 annotations"))),
                                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_undoStack->push(new DeleteTagCommand(m_project, *current));
}

} // namespace Verbatim::Ui
