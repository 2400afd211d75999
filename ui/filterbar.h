#pragma once

#include "search/articlefilter.h"
#include "search/queryrunner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Verbatim {
class Project;
}

namespace Verbatim::Ui {

/// The conditions above the article list and the statements table: a date range, a source, a speaker and a tag, each
/// with its clear button, the entity chosen in the entity panel, and how many articles and statements pass. Dates
/// accept 2023, 2023-05 or 2023-05-14; a date that cannot be read, or a range the wrong way round, is explained and
/// not applied. The conditions are remembered for each project.
class FilterBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// Fills the choices from `project` (nullptr: none) and restores the conditions last used with it; sources are
    /// read on `runner`'s thread.
    void setProject(Project *project, QueryRunner *runner);
    /// The dates, source, speaker and tag as they stand (the search and the entity are the window's).
    ArticleFilter conditions() const { return m_conditions; }
    /// Shows the entity the list is narrowed to (0: none).
    void setEntity(qint64 entity, const QString &name);
    /// "1,234 of 1,000,000 articles · 5,678 statements"; `loading` says the numbers are being looked for.
    void setCounts(qint64 articles, qint64 totalArticles, qint64 statements, bool loading);
    /// What is wrong with the conditions as typed, or an empty string.
    QString message() const;

public Q_SLOTS:
    /// Clears every condition, the entity included.
    void clearAll();
    void focusFirstField();

Q_SIGNALS:
    /// The conditions changed and are valid.
    void conditionsChanged();
    /// The user cleared the entity.
    void entityCleared();
    /// The project's sources were read (again): at open and after every import.
    void sourcesRead(const QStringList &sources);

private:
    /// The speakers to choose from (on entitiesChanged) and the tags (on tagsChanged).
    void readSpeakers();
    void readTags();
    void readSources();
    void apply();
    /// Reads the fields; false (with the reason shown) when they do not make a filter.
    bool readConditions(ArticleFilter *conditions);
    void remember();
    void restore();
    /// Empties every field, without applying anything (the caller has set m_restoring).
    void clearFields();
    /// "Clear" is there to press while a condition or an entity narrows the lists.
    void updateClearAll();
    void showMessage(const QString &text);

    Project *m_project = nullptr;
    QueryRunner *m_runner = nullptr;
    QueryRunner::Channel m_sourcesChannel;
    ArticleFilter m_conditions;
    qint64 m_entity = 0;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_speaker = nullptr;
    QComboBox *m_tag = nullptr;
    QToolButton *m_clearAll = nullptr;
    QWidget *m_entityChip = nullptr;
    QLabel *m_entityLabel = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_counts = nullptr;
    QTimer *m_typing = nullptr;
    bool m_restoring = false;
};

} // namespace Verbatim::Ui
