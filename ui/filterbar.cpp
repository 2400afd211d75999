#include "filterbar.h"

#include "projectsettings.h"

#include "common/plural.h"
#include "store/project.h"

#include <QAbstractItemView>
#include <QAbstractListModel>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Verbatim::Ui {

namespace {

QComboBox *makeChoice(const QString &any, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setAccessibleName(accessibleName);
    combo->lineEdit()->setPlaceholderText(any);
    combo->lineEdit()->setClearButtonEnabled(true);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(5); // narrow enough for a window on half a laptop screen
    // Typing part of a name finds it anywhere in the name.
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

// The drop-down list as wide as its longest name, however narrow the field ("department-of-defense", not
// "depart…efense"). Only the names with the most characters are measured: a speaker list can hold 300,000.
void fitPopupToItems(QComboBox *combo)
{
    constexpr int measured = 32;
    QAbstractItemModel *model = combo->model();
    QList<QString> longest;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, 0).data().toString();
        if (longest.size() < measured || text.size() > longest.constLast().size()) {
            longest.insert(std::upper_bound(longest.begin(), longest.end(), text, [](const QString &a, const QString &b) { return a.size() > b.size(); }), text);
            if (longest.size() > measured)
                longest.removeLast();
        }
    }
    QAbstractItemView *view = combo->view();
    int width = 0;
    for (const QString &text : std::as_const(longest))
        width = std::max(width, view->fontMetrics().horizontalAdvance(text));
    view->setTextElideMode(Qt::ElideNone);
    view->setMinimumWidth(width + 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + view->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                          + 2 * view->frameWidth() + 8);
}

// The speakers of the speaker filter: a plain list model, filled in one reset (a combo box's own items would be
// inserted one by one). Row 0 is the empty choice, "any speaker"; Qt::UserRole is the entity's id.
class SpeakerChoices : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setChoices(const QList<std::pair<qint64, QString>> &choices)
    {
        beginResetModel();
        m_choices = choices;
        m_choices.prepend({0, QString()});
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_choices.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_choices.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return m_choices[index.row()].second;
        if (role == Qt::UserRole)
            return m_choices[index.row()].first;
        return {};
    }

private:
    QList<std::pair<qint64, QString>> m_choices;
};

// The item whose text is `text` (ignoring case), or -1; the empty text is item 0 ("any").
int itemFor(const QComboBox *combo, const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return 0;
    for (int i = 1; i < combo->count(); ++i) {
        if (combo->itemText(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_from = new QLineEdit(this);
    m_from->setPlaceholderText(tr("From"));
    m_to = new QLineEdit(this);
    m_to->setPlaceholderText(tr("To"));
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setClearButtonEnabled(true);
        edit->setToolTip(tr("A year (2023), a month (2023-05) or a day (2023-05-14); both ends are included"));
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(u"2023-05-14"_s) * 2);
        // A whole date stays readable, with room for the clear button.
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(u"2023-05-14"_s) + fontMetrics().height() + 4);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_source = makeChoice(tr("Any source"), tr("Source"), this);
    m_speaker = makeChoice(tr("Any speaker"), tr("Speaker"), this);
    m_speaker->setModel(new SpeakerChoices(m_speaker));
    m_speaker->setToolTip(tr("Statements by this speaker, and the articles that quote them"));
    m_tag = makeChoice(tr("Any tag"), tr("Tag"), this);
    m_tag->setToolTip(tr("Statements and passages you tagged with this tag, and their articles"));

    m_clearAll = new QToolButton(this);
    m_clearAll->setText(tr("Clear"));
    m_clearAll->setToolTip(tr("Clear every filter (the search stays)"));
    m_clearAll->setAutoRaise(true);
    connect(m_clearAll, &QToolButton::clicked, this, &FilterBar::clearAll);

    // The entity chosen in the entity panel.
    m_entityChip = new QWidget(this);
    auto *chipLayout = new QHBoxLayout(m_entityChip);
    chipLayout->setContentsMargins(0, 0, 0, 0);
    m_entityLabel = new QLabel(m_entityChip);
    m_entityLabel->setTextFormat(Qt::PlainText);
    auto *clearEntity = new QToolButton(m_entityChip);
    clearEntity->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    clearEntity->setToolTip(tr("Show all articles again"));
    clearEntity->setAccessibleName(tr("Clear the entity"));
    clearEntity->setAutoRaise(true);
    connect(clearEntity, &QToolButton::clicked, this, [this] {
        setEntity(0, QString());
        Q_EMIT entityCleared();
    });
    chipLayout->addWidget(m_entityLabel, 1);
    chipLayout->addWidget(clearEntity);
    m_entityChip->hide();

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    m_message->setPalette(warning);
    m_message->hide();
    m_counts = new QLabel(this);
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    m_counts->setWordWrap(true); // its length changes with every filter; it must not change the list's width
    m_counts->setAccessibleName(tr("Counts"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    auto *dates = new QHBoxLayout;
    dates->setSpacing(2);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(u"\u2013"_s, this));
    dates->addWidget(m_to);
    // Two rows: the dates and the source, then the speaker, the tag and Clear; narrow enough for a small window.
    grid->addLayout(dates, 0, 0);
    grid->addWidget(m_source, 0, 1, 1, 2);
    grid->addWidget(m_speaker, 1, 0);
    grid->addWidget(m_tag, 1, 1);
    grid->addWidget(m_clearAll, 1, 2, Qt::AlignRight);
    grid->addWidget(m_entityChip, 2, 0, 1, 3);
    grid->addWidget(m_message, 3, 0, 1, 3);
    grid->addWidget(m_counts, 4, 0, 1, 3);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    // Dates apply when typing pauses, or at once on Return; the choices when one is picked or the field is left.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(500);
    connect(m_typing, &QTimer::timeout, this, &FilterBar::apply);
    for (QLineEdit *edit : {m_from, m_to}) {
        connect(edit, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &FilterBar::apply);
        // The clear button changes the text without an edit.
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                apply();
        });
    }
    for (QComboBox *combo : {m_source, m_speaker, m_tag}) {
        connect(combo, &QComboBox::activated, this, &FilterBar::apply);
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, &FilterBar::apply);
        connect(combo->lineEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                apply();
        });
    }
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_source);
    setTabOrder(m_source, m_tag);
    setTabOrder(m_tag, m_speaker);
    setTabOrder(m_speaker, m_clearAll);
}

void FilterBar::setProject(Project *project, QueryRunner *runner)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_runner = runner;
    m_entity = 0;
    m_entityChip->hide();
    readSpeakers();
    readTags();
    if (m_project) {
        connect(m_project, &Project::tagsChanged, this, &FilterBar::readTags);
        connect(m_project, &Project::entitiesChanged, this, &FilterBar::readSpeakers);
        connect(m_project, &Project::articlesChanged, this, &FilterBar::readSources);
        readSources();
    }
    restore();
}

void FilterBar::readSpeakers()
{
    // Keep what is typed; only the list changes.
    const QSignalBlocker block(m_speaker);
    const QString typed = m_speaker->currentText();
    static_cast<SpeakerChoices *>(m_speaker->model())->setChoices(m_project ? m_project->speakerChoices() : QList<std::pair<qint64, QString>>());
    m_speaker->setCurrentIndex(-1);
    m_speaker->setEditText(typed);
    fitPopupToItems(m_speaker);
}

void FilterBar::readTags()
{
    const QSignalBlocker block(m_tag);
    const QString typed = m_tag->currentText();
    m_tag->clear();
    m_tag->addItem(QString(), qint64(0));
    if (m_project) {
        m_tag->addItem(tr("(tagged at all)"), ArticleFilter::anyTag);
        for (const Tag &entry : m_project->tags())
            m_tag->addItem(entry.name, entry.id);
    }
    m_tag->setCurrentIndex(-1);
    m_tag->setEditText(typed);
    fitPopupToItems(m_tag);
}

void FilterBar::readSources()
{
    if (!m_project || !m_runner)
        return;
    // A million articles have a handful of sources, but finding them walks an index: off the window's thread.
    m_runner->submit(
        m_sourcesChannel,
        [](CorpusQuery &query, const CorpusQuery::CancelCheck &cancelled) { return QVariant(query.sources(cancelled)); },
        this, [this](const QVariant &result) {
            const QStringList sources = result.toStringList();
            {
                const QSignalBlocker block(m_source);
                const QString typed = m_source->currentText();
                m_source->clear();
                m_source->addItem(QString());
                m_source->addItems(sources);
                m_source->setCurrentIndex(-1);
                m_source->setEditText(typed);
                fitPopupToItems(m_source);
            }
            Q_EMIT sourcesRead(sources);
        });
}

QString FilterBar::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void FilterBar::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool FilterBar::readConditions(ArticleFilter *conditions)
{
    QStringList problems;
    auto readDate = [&](QLineEdit *edit, bool last, QDate *date) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return;
        *date = parseDateBound(text, last);
        if (!date->isValid())
            problems.append(tr("\u201C%1\u201D is not a date: type a year (2023), a month (2023-05) or a day (2023-05-14).").arg(text));
    };
    readDate(m_from, false, &conditions->from);
    readDate(m_to, true, &conditions->to);
    conditions->source = m_source->currentText().trimmed();
    const int speaker = itemFor(m_speaker, m_speaker->currentText());
    if (speaker < 0)
        problems.append(tr("No speaker is called \u201C%1\u201D.").arg(m_speaker->currentText().trimmed()));
    else
        conditions->speaker = m_speaker->itemData(speaker).toLongLong();
    const int tag = itemFor(m_tag, m_tag->currentText());
    if (tag < 0)
        problems.append(tr("The codebook has no tag \u201C%1\u201D.").arg(m_tag->currentText().trimmed()));
    else
        conditions->tag = m_tag->itemData(tag).toLongLong();
    if (problems.isEmpty() && !conditions->problem().isEmpty())
        problems.append(conditions->problem());
    showMessage(problems.join(u' '));
    return problems.isEmpty();
}

void FilterBar::apply()
{
    m_typing->stop();
    if (m_restoring)
        return;
    ArticleFilter conditions;
    if (!readConditions(&conditions))
        return; // the list keeps the last conditions that made sense
    const bool changed = !(conditions == m_conditions);
    m_conditions = conditions;
    updateClearAll();
    if (!changed)
        return;
    remember();
    Q_EMIT conditionsChanged();
}

void FilterBar::clearAll()
{
    m_restoring = true;
    clearFields();
    m_restoring = false;
    const bool hadEntity = m_entity != 0;
    setEntity(0, QString());
    apply();
    if (hadEntity)
        Q_EMIT entityCleared();
}

void FilterBar::clearFields()
{
    m_from->clear();
    m_to->clear();
    m_source->setEditText(QString());
    m_speaker->setEditText(QString());
    m_tag->setEditText(QString());
}

void FilterBar::focusFirstField()
{
    m_from->setFocus();
    m_from->selectAll();
}

void FilterBar::setEntity(qint64 entity, const QString &name)
{
    m_entity = entity;
    m_entityLabel->setText(tr("Articles that mention or quote %1").arg(name));
    m_entityChip->setVisible(entity != 0);
    updateClearAll();
}

void FilterBar::updateClearAll()
{
    m_clearAll->setEnabled(!m_conditions.isEmpty() || m_entity != 0);
}

void FilterBar::setCounts(qint64 articles, qint64 totalArticles, qint64 statements, bool loading)
{
    const QLocale locale;
    const QString total = plural(totalArticles, tr("%1 article"), tr("%1 articles"), locale);
    QString text = articles == totalArticles ? total : tr("%1 of %2").arg(locale.toString(articles), total);
    text += u" \u00B7 "_s + plural(statements, tr("%1 statement"), tr("%1 statements"), locale);
    if (loading)
        text += u" \u00B7 "_s + tr("searching\u2026");
    m_counts->setText(text);
}

// The conditions are remembered by project (a group named after its path), the speaker and tag by id (names change).

void FilterBar::remember()
{
    if (!m_project)
        return;
    QSettings settings;
    settings.beginGroup(projectSettingsGroup(u"filters"_s, *m_project));
    settings.setValue(u"from"_s, m_from->text());
    settings.setValue(u"to"_s, m_to->text());
    settings.setValue(u"source"_s, m_conditions.source);
    settings.setValue(u"speaker"_s, m_conditions.speaker);
    settings.setValue(u"tag"_s, m_conditions.tag);
}

void FilterBar::restore()
{
    m_restoring = true;
    clearFields();
    if (m_project) {
        QSettings settings;
        settings.beginGroup(projectSettingsGroup(u"filters"_s, *m_project));
        m_from->setText(settings.value(u"from"_s).toString());
        m_to->setText(settings.value(u"to"_s).toString());
        m_source->setEditText(settings.value(u"source"_s).toString());
        // A speaker or tag that no longer exists is dropped.
        const int speaker = m_speaker->findData(settings.value(u"speaker"_s).toLongLong());
        m_speaker->setEditText(speaker > 0 ? m_speaker->itemText(speaker) : QString());
        const int tag = m_tag->findData(settings.value(u"tag"_s).toLongLong());
        m_tag->setEditText(tag > 0 ? m_tag->itemText(tag) : QString());
        // Show the beginning of a long name.
        for (QComboBox *combo : {m_source, m_speaker, m_tag})
            combo->lineEdit()->setCursorPosition(0);
    }
    m_restoring = false;
    ArticleFilter conditions;
    m_conditions = readConditions(&conditions) ? conditions : ArticleFilter();
    updateClearAll();
}

} // namespace Verbatim::Ui
