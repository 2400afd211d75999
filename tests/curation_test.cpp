// Curation of what the extractor found: entities renamed, retyped, ignored, merged, split and added, statements
// corrected, rejected and added, each as an undoable command, and what the reader, the models and the exports show
// afterwards. The articles are fictional (the town's are in curationsupport.h); a scripted extractor decides exactly
// what is found in them, except where adding a name re-extracts with the real ProjectExtractor.

#include "curationsupport.h"
#include "edit/entitycommands.h"
#include "edit/statementcommands.h"
#include "model/articlelistmodel.h"
#include "model/entitylistmodel.h"
#include "search/searchquery.h"
#include "store/project.h"
#include "store/projectextractor.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Verbatim;
using namespace VerbatimTest;
using namespace Qt::StringLiterals;

namespace {

// Articles for adding a name with the real extractor: it does not know "Blue Heron Collective", and it finds
// "Varena Institute" as an organisation by itself.
const QList<FixtureArticle> coastArticles = {
    { u"c1"_s, u"2024-06-01"_s, u"Dune survey"_s,
        u"Members of Blue Heron Collective counted the dune birds again this spring.\n\n"
        u"\"The colony has doubled since last year,\" said Mira Olsen, who led the count for Blue Heron Collective."_s },
    { u"c2"_s, u"2024-06-02"_s, u"Sea wall advice"_s,
        u"The harbour board asked Blue Heron Collective for advice on the new sea wall.\n\n"
        u"The Varena Institute will check the figures.\n\n"
        u"Board chair Tomas Lind said the report would arrive in August."_s },
    { u"c3"_s, u"2024-06-03"_s, u"Ferry timetable"_s,
        u"The ferry timetable changes on Monday, the harbour office announced.\n\n"
        u"\"Passengers should check the new times,\" said Petra Voss."_s },
};

const QStringList curatedTables = { u"entity"_s, u"mention"_s, u"statement"_s, u"entity_alias"_s };

QStringList mentionNames(const ArticleContent &content)
{
    QStringList names;
    for (const Mention &mention : content.mentions)
        names.append(mention.name);
    return names;
}

QList<qint64> modelArticles(const ArticleListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.articleAt(row));
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class CurationTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projectNumber = 0;
    std::unique_ptr<Project> m_project;
    QUndoStack m_stack;
    qint64 m_a1 = 0, m_a2 = 0, m_a3 = 0, m_a4 = 0;

    QSqlDatabase db() const { return m_project->database(); }

    // A new project with `articles` imported by `extractor`; the project stays open.
    std::unique_ptr<Project> makeProject(const QList<FixtureArticle> &articles, const Extractor &extractor)
    {
        const QString path = m_dir.filePath(u"p%1/project.verbatim"_s.arg(++m_projectNumber));
        QString error;
        std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
        if (!project) {
            qWarning() << "cannot create" << path << error;
            return nullptr;
        }
        const ImportReport report = importArticles(path, articles, extractor);
        if (!report.succeeded() || report.articlesImported != articles.size()) {
            qWarning() << "import failed:" << report.summary() << report.error;
            return nullptr;
        }
        project->notifyArticlesChanged();
        return project;
    }

    std::unique_ptr<Project> makeRealProject(const QList<FixtureArticle> &articles)
    {
        const QString path = m_dir.filePath(u"p%1/project.verbatim"_s.arg(m_projectNumber + 1));
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QString error;
            if (!Project::open(path, Project::OpenMode::CreateIfMissing, &error))
                return nullptr;
        }
        const ProjectExtractor extractor(path);
        return makeProject(articles, extractor);
    }

    qint64 entityId(const QString &name, EntityType type = EntityType::Person) const
    {
        return m_project->findEntity(name, type);
    }
    EntitySummary entity(const QString &name, EntityType type = EntityType::Person) const
    {
        return m_project->entity(entityId(name, type)).value_or(EntitySummary());
    }
    ArticleContent content(qint64 article) const
    {
        return m_project->articleContent(article).value_or(ArticleContent());
    }
    QString statementStatus(qint64 statement) const
    {
        return Sql::scalar(db(), u"SELECT status FROM statement WHERE id = ?"_s, { statement }).toString();
    }
    qint64 sqlCount(const QString &sql, const QVariantList &values = {}) const
    {
        return Sql::scalar(db(), sql, values).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VerbatimTest::enableTestMode();
    }

    void init()
    {
        m_stack.clear();
        m_project = makeProject(townArticles, townExtractor);
        QVERIFY(m_project);
        m_a1 = m_project->findArticle(u"a1"_s);
        m_a2 = m_project->findArticle(u"a2"_s);
        m_a3 = m_project->findArticle(u"a3"_s);
        m_a4 = m_project->findArticle(u"a4"_s);
        QVERIFY(m_a1 && m_a2 && m_a3 && m_a4);
        // A failed edit is expected only where a test says so; print it to explain the failures that follow.
        connect(m_project.get(), &Project::editFailed, this,
            [](const QString &message) { qWarning() << "edit failed:" << message; });
    }

    void cleanup()
    {
        m_stack.clear();
        m_project.reset();
    }

    // --- listing ----------------------------------------------------------------------------------------------

    void entities_listEveryEntityWithItsCounts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<EntityType>("type");
        QTest::addColumn<int>("mentions");
        QTest::addColumn<int>("articles");
        QTest::newRow("named twice in a1 and once in a2") << u"Anna Weber"_s << EntityType::Person << 3 << 2;
        QTest::newRow("surname alone in a2") << u"Weber"_s << EntityType::Person << 1 << 1;
        QTest::newRow("named in a3, quoted in a4") << u"Jonas Brandt"_s << EntityType::Person << 1 << 1;
        QTest::newRow("organisation in three articles") << u"Northern Wire"_s << EntityType::Organisation << 3 << 3;
        QTest::newRow("place in two articles") << u"Tallow Bay"_s << EntityType::Place << 2 << 2;
    }
    void entities_listEveryEntityWithItsCounts()
    {
        QFETCH(QString, name);
        QFETCH(EntityType, type);
        QFETCH(int, mentions);
        QFETCH(int, articles);
        const QList<EntitySummary> entities = m_project->entities();
        QCOMPARE(entities.size(), 5);
        const auto found
            = std::find_if(entities.cbegin(), entities.cend(), [&](const EntitySummary &e) { return e.name == name; });
        QVERIFY2(found != entities.cend(), qPrintable(name));
        QCOMPARE(found->type, type);
        QCOMPARE(found->mentionCount, mentions);
        QCOMPARE(found->articleCount, articles);
        QVERIFY(!found->ignored);
        QVERIFY(!found->userMade);
        QCOMPARE(found->id, entityId(name, type));
    }

    void entities_countsEqualTheMentionTable()
    {
        for (const EntitySummary &entity : m_project->entities()) {
            QCOMPARE(entity.mentionCount, sqlCount(u"SELECT count(*) FROM mention WHERE entity = ?"_s, { entity.id }));
            QCOMPARE(entity.articleCount,
                sqlCount(u"SELECT count(DISTINCT article) FROM mention WHERE entity = ?"_s, { entity.id }));
        }
        QCOMPARE(entityCountMismatches(db()), QStringList());
    }

    void entityListModel_groupsByTypeMostMentionedFirst()
    {
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        const QList<EntityType> types
            = { EntityType::Person, EntityType::Organisation, EntityType::Place, EntityType::Date, EntityType::Group };
        const QList<QStringList> expected = {
            { u"Anna Weber"_s, u"Jonas Brandt"_s, u"Weber"_s }, // 3 mentions, then 1 and 1 by name
            { u"Northern Wire"_s },
            { u"Tallow Bay"_s },
            {},
            {},
        };
        for (int group = 0; group < 5; ++group) {
            const QModelIndex typeRow = model.index(group, 0);
            QCOMPARE(typeRow.data(EntityListModel::TypeRole).toInt(), int(types[group]));
            QCOMPARE(typeRow.data(EntityListModel::EntityRole).toLongLong(), 0);
            QVERIFY(!model.entityAt(typeRow));
            // Lazy: a type's entities are read when a view (here the test) asks for them.
            QCOMPARE(typeRow.data(EntityListModel::TotalCountRole).toLongLong(), expected[group].size());
            while (model.canFetchMore(typeRow))
                model.fetchMore(typeRow);
            QStringList names;
            for (int row = 0; row < model.rowCount(typeRow); ++row) {
                const QModelIndex index = model.index(row, EntityListModel::NameColumn, typeRow);
                names.append(index.data().toString());
                const EntitySummary *summary = model.entityAt(index);
                QVERIFY(summary);
                QCOMPARE(index.data(EntityListModel::EntityRole).toLongLong(), summary->id);
                QCOMPARE(
                    model.index(row, EntityListModel::MentionsColumn, typeRow).data().toInt(), summary->mentionCount);
                QCOMPARE(
                    model.index(row, EntityListModel::ArticlesColumn, typeRow).data().toInt(), summary->articleCount);
                QCOMPARE(model.indexOf(summary->id), index);
            }
            QCOMPARE(names, expected[group]);
        }
        QCOMPARE(model.find(QString(), 100).size(), 5);
    }

    void entityListModel_reloadsOnEntitiesChanged()
    {
        EntityListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const QModelIndex people = model.index(0, 0);
        model.fetchMore(people);
        QVERIFY(m_project->renameEntity(entityId(u"Jonas Brandt"_s), u"Jonas Brandt-Holm"_s));
        QVERIFY(resets.count() >= 1);
        // The rows read before are read again, not dropped.
        QStringList names;
        for (int row = 0; row < model.rowCount(people); ++row)
            names.append(model.index(row, 0, people).data().toString());
        QCOMPARE(names, (QStringList { u"Anna Weber"_s, u"Jonas Brandt-Holm"_s, u"Weber"_s }));

        // Ignored entities stay listed, flagged, so that they can be restored.
        const qint64 wire = entityId(u"Northern Wire"_s, EntityType::Organisation);
        QVERIFY(m_project->setEntityIgnored(wire, true));
        const QModelIndex index = model.indexOf(wire);
        QVERIFY(index.isValid());
        QVERIFY(index.data(EntityListModel::IgnoredRole).toBool());
    }

    // --- rename -----------------------------------------------------------------------------------------------

    void rename_changesTheNameEverywhere()
    {
        const qint64 anna = entityId(u"Anna Weber"_s);
        QSignalSpy entitiesChanged(m_project.get(), &Project::entitiesChanged);
        QSignalSpy extractionChanged(m_project.get(), &Project::extractionChanged);
        QVERIFY2(m_project->renameEntity(anna, u"  Anna   Weber-Lind "_s), qPrintable(m_project->errorString()));
        QCOMPARE(entitiesChanged.count(), 1);
        QCOMPARE(extractionChanged.count(), 1);
        QCOMPARE(m_project->entity(anna)->name, u"Anna Weber-Lind"_s); // simplified
        QCOMPARE(entityId(u"Anna Weber"_s), 0);

        const ArticleContent a1 = content(m_a1);
        QCOMPARE(mentionNames(a1).count(u"Anna Weber-Lind"_s), 2);
        QVERIFY(!mentionNames(a1).contains(u"Anna Weber"_s));
        for (const Statement &statement : a1.statements) {
            QCOMPARE(statement.speaker, u"Anna Weber-Lind"_s);
            QCOMPARE(statement.speakerEntity, anna);
        }

        const Csv statements = exportCsv(db(), Exporter::What::Statements);
        QVERIFY2(statements.error.isEmpty(), qPrintable(statements.error));
        const qsizetype row = statements.find(u"text"_s, u"We will build the bridge this year"_s);
        QVERIFY(row >= 0);
        QCOMPARE(statements.value(row, u"speaker"_s), u"Anna Weber-Lind"_s);
        QCOMPARE(statements.value(row, u"speaker_id"_s), QString::number(anna));
        QVERIFY(!statements.column(u"speaker"_s).contains(u"Anna Weber"_s));
        const Csv mentions = exportCsv(db(), Exporter::What::Mentions);
        QCOMPARE(mentions.column(u"name"_s).count(u"Anna Weber-Lind"_s), 3);
        QVERIFY(exportCsv(db(), Exporter::What::Entities).column(u"name"_s).contains(u"Anna Weber-Lind"_s));

        // The old name leads to the entity.
        QCOMPARE(queryRows(db(), u"SELECT name, type, article, entity FROM entity_alias"_s),
            QStringList { u"Anna Weber|person|NULL|%1"_s.arg(anna) });
    }

    void rename_oldNameLeadsToTheEntityInLaterImports()
    {
        const qint64 anna = entityId(u"Anna Weber"_s);
        QVERIFY(m_project->renameEntity(anna, u"Anna Weber-Lind"_s));
        const FixtureArticle later { u"a5"_s, u"2024-05-05"_s, u"Mayor visits pier"_s,
            u"Anna Weber visited the pier on Sunday.\n\n\"The pier will stay open,\" said Anna Weber."_s };
        const ImportReport report = importArticles(m_project->filePath(), { later }, townExtractor);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        const qint64 a5 = m_project->findArticle(u"a5"_s);
        QVERIFY(a5);
        const ArticleContent fifth = content(a5);
        QCOMPARE(fifth.mentions.size(), 2);
        for (const Mention &mention : fifth.mentions)
            QCOMPARE(mention.entity, anna);
        QCOMPARE(fifth.statements.size(), 1);
        QCOMPARE(fifth.statements.first().speakerEntity, anna);
        QCOMPARE(fifth.statements.first().speaker, u"Anna Weber-Lind"_s);
        QCOMPARE(entityId(u"Anna Weber"_s), 0); // no new entity under the old name
        QCOMPARE(m_project->entity(anna)->mentionCount, 5);
        QCOMPARE(m_project->entity(anna)->articleCount, 3);
        QCOMPARE(entityCountMismatches(db()), QStringList());
    }

    void rename_ontoAnExistingNameOfTheSameType_isRefusedSuggestingMerge()
    {
        const QStringList before = tableDump(db(), curatedTables);
        QSignalSpy entitiesChanged(m_project.get(), &Project::entitiesChanged);
        QVERIFY(!m_project->renameEntity(entityId(u"Weber"_s), u"Anna Weber"_s));
        QVERIFY2(m_project->errorString().contains(u"merge"_s), qPrintable(m_project->errorString()));
        QCOMPARE(entitiesChanged.count(), 0);
        QCOMPARE(tableDump(db(), curatedTables), before);

        // The same name for another type is another entity, and allowed.
        QVERIFY2(m_project->renameEntity(entityId(u"Tallow Bay"_s, EntityType::Place), u"Anna Weber"_s),
            qPrintable(m_project->errorString()));
        QVERIFY(entityId(u"Anna Weber"_s, EntityType::Place) != 0);
    }

    void rename_toAnEmptyName_isRefused()
    {
        const QStringList before = tableDump(db(), curatedTables);
        QVERIFY(!m_project->renameEntity(entityId(u"Weber"_s), u"   "_s));
        QVERIFY(!m_project->errorString().isEmpty());
        QCOMPARE(tableDump(db(), curatedTables), before);
    }

    void renameCommand_undoAndRedo()
    {
        const EntitySummary anna = entity(u"Anna Weber"_s);
        const ArticleContent before = content(m_a1);
        m_stack.push(new RenameEntityCommand(m_project.get(), anna, u"Anna Weber-Lind"_s));
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(m_project->entity(anna.id)->name, u"Anna Weber-Lind"_s);
        QCOMPARE(content(m_a1).statements.first().speaker, u"Anna Weber-Lind"_s);

        m_stack.undo();
        QCOMPARE(m_project->entity(anna.id)->name, u"Anna Weber"_s);
        QCOMPARE(mentionNames(content(m_a1)), mentionNames(before));
        QCOMPARE(content(m_a1).statements.first().speaker, u"Anna Weber"_s);
        QCOMPARE(exportCsv(db(), Exporter::What::Statements).column(u"speaker"_s).count(u"Anna Weber-Lind"_s), 0);

        m_stack.redo();
        QCOMPARE(m_project->entity(anna.id)->name, u"Anna Weber-Lind"_s);
        QCOMPARE(m_stack.count(), 1);
    }

    // Undoing a rename should leave the project as before it: no alias for a name the user took back, which would
    // otherwise send a later, different "Anna Weber-Lind" found by the extractor to this entity.
    void renameCommand_undoLeavesTheAliasTableAsBefore()
    {
        const EntitySummary anna = entity(u"Anna Weber"_s);
        const QStringList before = tableDump(db(), curatedTables);
        m_stack.push(new RenameEntityCommand(m_project.get(), anna, u"Anna Weber-Lind"_s));
        m_stack.undo();
        const QStringList after = tableDump(db(), curatedTables);
        QVERIFY2(after == before, qPrintable(dumpDifference(before, after)));
    }

    // --- type -------------------------------------------------------------------------------------------------

    void setEntityTypeCommand_changesTheTypeAndUndoRestoresIt()
    {
        const EntitySummary wire = entity(u"Northern Wire"_s, EntityType::Organisation);
        const QStringList before = tableDump(db(), { u"entity"_s, u"mention"_s, u"statement"_s });
        m_stack.push(new SetEntityTypeCommand(m_project.get(), wire, EntityType::Group));
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(m_project->entity(wire.id)->type, EntityType::Group);
        QCOMPARE(entityId(u"Northern Wire"_s, EntityType::Group), wire.id);
        for (const qint64 article : { m_a1, m_a2, m_a3 }) {
            const ArticleContent read = content(article);
            const auto mention = std::find_if(
                read.mentions.cbegin(), read.mentions.cend(), [&](const Mention &m) { return m.entity == wire.id; });
            QVERIFY(mention != read.mentions.cend());
            QCOMPARE(mention->type, EntityType::Group);
        }
        const Csv entities = exportCsv(db(), Exporter::What::Entities);
        QCOMPARE(entities.value(entities.find(u"name"_s, u"Northern Wire"_s), u"type"_s), u"group"_s);

        m_stack.undo();
        QCOMPARE(m_project->entity(wire.id)->type, EntityType::Organisation);
        QCOMPARE(tableDump(db(), { u"entity"_s, u"mention"_s, u"statement"_s }), before);
        m_stack.redo();
        QCOMPARE(m_project->entity(wire.id)->type, EntityType::Group);
    }

    void setEntityType_ontoAnExistingNameAndType_isRefused()
    {
        // Another "Tallow Bay", an organisation (the extractor could have found one).
        QSqlQuery query(db());
        QVERIFY(Sql::exec(query, u"INSERT INTO entity (name, type) VALUES ('Tallow Bay', 'organisation')"_s));
        const QStringList before = tableDump(db(), curatedTables);
        QVERIFY(!m_project->setEntityType(entityId(u"Tallow Bay"_s, EntityType::Place), EntityType::Organisation));
        QVERIFY2(m_project->errorString().contains(u"merge"_s), qPrintable(m_project->errorString()));
        QCOMPARE(tableDump(db(), curatedTables), before);
    }

    // --- ignore -----------------------------------------------------------------------------------------------

    void ignoreCommand_hidesMentionsAndSpeakerAndUndoRestoresThem()
    {
        const EntitySummary anna = entity(u"Anna Weber"_s);
        const Csv statementsBefore = exportCsv(db(), Exporter::What::Statements);
        const Csv mentionsBefore = exportCsv(db(), Exporter::What::Mentions);
        const Csv entitiesBefore = exportCsv(db(), Exporter::What::Entities);
        QVERIFY2(
            statementsBefore.error.isEmpty() && !statementsBefore.rows.isEmpty(), qPrintable(statementsBefore.error));

        m_stack.push(new IgnoreEntityCommand(m_project.get(), anna, true));
        QCOMPARE(m_stack.count(), 1);
        QVERIFY(m_project->entity(anna.id)->ignored);

        const ArticleContent a1 = content(m_a1);
        QCOMPARE(mentionNames(a1), (QStringList { u"Tallow Bay"_s, u"Northern Wire"_s }));
        QCOMPARE(a1.statements.size(), 2); // the statements stay, without a speaker
        for (const Statement &statement : a1.statements) {
            QCOMPARE(statement.speaker, QString());
            QCOMPARE(statement.speakerEntity, 0);
        }

        const Csv mentions = exportCsv(db(), Exporter::What::Mentions);
        QCOMPARE(mentions.rows.size(), mentionsBefore.rows.size() - 3);
        QVERIFY(!mentions.column(u"name"_s).contains(u"Anna Weber"_s));
        QVERIFY(!exportCsv(db(), Exporter::What::Entities).column(u"name"_s).contains(u"Anna Weber"_s));
        const Csv statements = exportCsv(db(), Exporter::What::Statements);
        QCOMPARE(statements.rows.size(), statementsBefore.rows.size());
        const qsizetype row = statements.find(u"text"_s, u"We will build the bridge this year"_s);
        QVERIFY(row >= 0);
        QCOMPARE(statements.value(row, u"speaker"_s), QString());
        QCOMPARE(statements.value(row, u"speaker_id"_s), QString());
        // Still listed for the panel, flagged.
        const QList<EntitySummary> listed = m_project->entities();
        QVERIFY(std::any_of(
            listed.cbegin(), listed.cend(), [&](const EntitySummary &e) { return e.id == anna.id && e.ignored; }));
        // The speaker filter offers exactly the listed people, organisations and groups that are not ignored, by name.
        QList<std::pair<qint64, QString>> speakers;
        for (const EntitySummary &e : listed) {
            if (!e.ignored && (e.type == EntityType::Person || e.type == EntityType::Organisation || e.type == EntityType::Group))
                speakers.append({e.id, e.name});
        }
        std::sort(speakers.begin(), speakers.end(), [](const auto &a, const auto &b) { return a.second.compare(b.second, Qt::CaseInsensitive) < 0; });
        QVERIFY(speakers.size() >= 2);
        QCOMPARE(m_project->speakerChoices(), speakers);

        m_stack.undo();
        QVERIFY(!m_project->entity(anna.id)->ignored);
        QCOMPARE(exportCsv(db(), Exporter::What::Statements).rows, statementsBefore.rows);
        QCOMPARE(exportCsv(db(), Exporter::What::Mentions).rows, mentionsBefore.rows);
        QCOMPARE(exportCsv(db(), Exporter::What::Entities).rows, entitiesBefore.rows);
        QCOMPARE(content(m_a1).statements.first().speaker, u"Anna Weber"_s);
    }

    // --- merge ------------------------------------------------------------------------------------------------

    void mergeCommand_movesMentionsAndStatements()
    {
        const EntitySummary weber = entity(u"Weber"_s);
        const EntitySummary anna = entity(u"Anna Weber"_s);
        QVERIFY(weber.id && anna.id);
        m_stack.push(new MergeEntitiesCommand(m_project.get(), weber, anna));
        QCOMPARE(m_stack.count(), 1);

        QVERIFY(!m_project->entity(weber.id));
        QCOMPARE(entityId(u"Weber"_s), 0);
        const QList<EntitySummary> listed = m_project->entities();
        QVERIFY(
            std::none_of(listed.cbegin(), listed.cend(), [](const EntitySummary &e) { return e.name == u"Weber"; }));
        QCOMPARE(m_project->entity(anna.id)->mentionCount, 4);
        QCOMPARE(m_project->entity(anna.id)->articleCount, 2);
        QCOMPARE(entityCountMismatches(db()), QStringList());

        const ArticleContent a2 = content(m_a2);
        const std::optional<Statement> ferry = statementWithText(a2, u"The ferry has lost money for a decade"_s);
        QVERIFY(ferry);
        QCOMPARE(ferry->speakerEntity, anna.id);
        QCOMPARE(ferry->speaker, u"Anna Weber"_s);
        QCOMPARE(mentionNames(a2).count(u"Anna Weber"_s), 2);
        const Csv statements = exportCsv(db(), Exporter::What::Statements);
        QCOMPARE(statements.value(statements.find(u"text"_s, ferry->text), u"speaker"_s), u"Anna Weber"_s);
        QCOMPARE(statements.value(statements.find(u"text"_s, ferry->text), u"speaker_id"_s), QString::number(anna.id));
        QCOMPARE(queryRows(db(), u"SELECT name, type, article, entity FROM entity_alias"_s),
            QStringList { u"Weber|person|NULL|%1"_s.arg(anna.id) });
    }

    void mergeCommand_undoRestoresTheExactStateAndRedoMergesAgain()
    {
        const EntitySummary weber = entity(u"Weber"_s);
        const EntitySummary anna = entity(u"Anna Weber"_s);
        // The surname was renamed once, so it carries an alias of its own that must come back with it.
        QVERIFY(m_project->renameEntity(weber.id, u"A. Weber"_s));
        const EntitySummary renamed = *m_project->entity(weber.id);
        const QStringList before = tableDump(db(), curatedTables);

        m_stack.push(new MergeEntitiesCommand(m_project.get(), renamed, anna));
        const QStringList merged = tableDump(db(), curatedTables);
        QVERIFY(merged != before);
        QCOMPARE(sqlCount(u"SELECT count(*) FROM entity_alias WHERE entity = ?"_s, { anna.id }),
            2); // "Weber" and "A. Weber"

        m_stack.undo();
        const QStringList undone = tableDump(db(), curatedTables);
        QVERIFY2(undone == before, qPrintable(dumpDifference(before, undone)));
        QCOMPARE(m_project->entity(weber.id)->name, u"A. Weber"_s);
        QCOMPARE(statementWithText(content(m_a2), u"The ferry has lost money for a decade"_s)->speaker, u"A. Weber"_s);

        m_stack.redo();
        const QStringList redone = tableDump(db(), curatedTables);
        QVERIFY2(redone == merged, qPrintable(dumpDifference(merged, redone)));
    }

    void merge_intoItself_isRefused()
    {
        const qint64 anna = entityId(u"Anna Weber"_s);
        QVERIFY(!m_project->mergeEntities(anna, anna, nullptr));
        QVERIFY(m_project->entity(anna));
    }

    // --- split ------------------------------------------------------------------------------------------------

    void splitCommand_movesOnlyThatArticleAndUndoRestoresIt()
    {
        const EntitySummary anna = entity(u"Anna Weber"_s);
        const ArticleContent a1Before = content(m_a1);
        const QStringList before = tableDump(db(), curatedTables);

        m_stack.push(new SplitEntityCommand(m_project.get(), anna, m_a2, u"Anna Weber (journalist)"_s));
        QCOMPARE(m_stack.count(), 1);
        const qint64 journalist = entityId(u"Anna Weber (journalist)"_s);
        QVERIFY(journalist != 0);
        QVERIFY(m_project->entity(journalist)->userMade);

        const ArticleContent a2 = content(m_a2);
        QCOMPARE(mentionNames(a2), (QStringList { u"Anna Weber (journalist)"_s, u"Northern Wire"_s, u"Weber"_s }));
        QCOMPARE(statementWithText(a2, u"the ferry service would end in June"_s)->speakerEntity, journalist);
        QCOMPARE(
            statementWithText(a2, u"the ferry service would end in June"_s)->speaker, u"Anna Weber (journalist)"_s);
        // "Weber" was a separate entity and stays one.
        QCOMPARE(statementWithText(a2, u"The ferry has lost money for a decade"_s)->speaker, u"Weber"_s);

        const ArticleContent a1 = content(m_a1);
        QCOMPARE(mentionNames(a1), mentionNames(a1Before));
        for (qsizetype i = 0; i < a1.statements.size(); ++i)
            QCOMPARE(a1.statements[i].speakerEntity, a1Before.statements[i].speakerEntity);
        QCOMPARE(m_project->entity(anna.id)->mentionCount, 2);
        QCOMPARE(m_project->entity(anna.id)->articleCount, 1);
        QCOMPARE(m_project->entity(journalist)->mentionCount, 1);
        QCOMPARE(entityCountMismatches(db()), QStringList());

        m_stack.undo();
        const QStringList undone = tableDump(db(), curatedTables);
        QVERIFY2(undone == before, qPrintable(dumpDifference(before, undone)));
        QCOMPARE(entityId(u"Anna Weber (journalist)"_s), 0);
    }

    void split_inAnArticleWithoutTheEntity_isRefused()
    {
        const QStringList before = tableDump(db(), curatedTables);
        QVERIFY(!m_project->splitEntity(entityId(u"Anna Weber"_s), m_a3, u"Someone Else"_s, nullptr));
        QVERIFY(!m_project->errorString().isEmpty());
        QCOMPARE(tableDump(db(), curatedTables), before);
    }

    // --- adding a name ----------------------------------------------------------------------------------------

    void addEntityCommand_findsTheNameInEveryArticleThatContainsIt()
    {
        m_project = makeRealProject(coastArticles);
        QVERIFY(m_project);
        const qint64 c1 = m_project->findArticle(u"c1"_s);
        const qint64 c2 = m_project->findArticle(u"c2"_s);
        const qint64 c3 = m_project->findArticle(u"c3"_s);
        QCOMPARE(entityId(u"Blue Heron Collective"_s, EntityType::Organisation), 0); // the extractor does not know it

        // A tagged statement in an article that is extracted again keeps its annotation.
        const ArticleContent first = content(c1);
        QCOMPARE(first.statements.size(), 1);
        Annotation annotation;
        annotation.article = c1;
        annotation.statement = first.statements.first().id;
        annotation.start = first.statements.first().start;
        annotation.end = first.statements.first().end;
        annotation.tagIds = { m_project->tags().first().id };
        annotation.note = u"check the count"_s;
        QVERIFY(m_project->insertAnnotation(&annotation));
        const QStringList c3Before = queryRows(db(), u"SELECT * FROM mention WHERE article = ? ORDER BY id"_s, { c3 });

        QSignalSpy entitiesChanged(m_project.get(), &Project::entitiesChanged);
        auto *command = new AddEntityCommand(m_project.get(), u"Blue Heron Collective"_s, EntityType::Organisation);
        m_stack.push(command);
        QCOMPARE(m_stack.count(), 1);
        QVERIFY(entitiesChanged.count() >= 1);
        const qint64 heron = command->entityId();
        QVERIFY(heron != 0);
        QCOMPARE(entityId(u"Blue Heron Collective"_s, EntityType::Organisation), heron);
        const EntitySummary added = *m_project->entity(heron);
        QVERIFY(added.userMade);
        QCOMPARE(added.mentionCount, 3);
        QCOMPARE(added.articleCount, 2);
        QCOMPARE(entityCountMismatches(db()), QStringList());
        for (const qint64 article : { c1, c2 }) {
            const ArticleContent read = content(article);
            QStringList found;
            for (const Mention &mention : read.mentions) {
                if (mention.entity == heron)
                    found.append(read.text.sliced(mention.start, mention.end - mention.start));
            }
            QCOMPARE(found, QStringList(article == c1 ? 2 : 1, u"Blue Heron Collective"_s));
        }
        QCOMPARE(queryRows(db(), u"SELECT * FROM mention WHERE article = ? ORDER BY id"_s, { c3 }), c3Before);

        const std::optional<Annotation> kept = m_project->annotation(annotation.id);
        QVERIFY(kept);
        QVERIFY(kept->statement != 0);
        QCOMPARE(m_project->annotationForStatement(kept->statement)->id, annotation.id);
        QCOMPARE(kept->note, u"check the count"_s);
        QCOMPARE(kept->tagIds, annotation.tagIds);
    }

    void addEntityCommand_undoRemovesTheEntityAndItsMentions()
    {
        m_project = makeRealProject(coastArticles);
        QVERIFY(m_project);
        const QStringList mentionsBefore
            = queryRows(db(), u"SELECT article, entity, start, end, origin FROM mention ORDER BY article, start"_s);
        auto *command = new AddEntityCommand(m_project.get(), u"Blue Heron Collective"_s, EntityType::Organisation);
        m_stack.push(command);
        const qint64 heron = command->entityId();
        QVERIFY(heron != 0);
        QCOMPARE(sqlCount(u"SELECT count(*) FROM mention WHERE entity = ?"_s, { heron }), 3);

        m_stack.undo();
        QVERIFY(!m_project->entity(heron));
        QCOMPARE(entityId(u"Blue Heron Collective"_s, EntityType::Organisation), 0);
        QCOMPARE(sqlCount(u"SELECT count(*) FROM mention WHERE entity = ?"_s, { heron }), 0);
        QCOMPARE(queryRows(db(), u"SELECT article, entity, start, end, origin FROM mention ORDER BY article, start"_s),
            mentionsBefore);
        QCOMPARE(entityCountMismatches(db()), QStringList());

        m_stack.redo();
        const qint64 again = entityId(u"Blue Heron Collective"_s, EntityType::Organisation);
        QVERIFY(again != 0);
        QCOMPARE(sqlCount(u"SELECT count(*) FROM mention WHERE entity = ?"_s, { again }), 3);
    }

    void addEntity_laterImportsFindTheNameToo()
    {
        m_project = makeRealProject(coastArticles);
        QVERIFY(m_project);
        qint64 heron = 0;
        QVERIFY2(m_project->addEntity(u"Blue Heron Collective"_s, EntityType::Organisation, &heron),
            qPrintable(m_project->errorString()));
        const ProjectExtractor extractor(m_project->filePath()); // built after the name was added
        const FixtureArticle later { u"c4"_s, u"2024-06-04"_s, u"Heron count"_s,
            u"Volunteers from Blue Heron Collective will count the herons in July."_s };
        const ImportReport report = importArticles(m_project->filePath(), { later }, extractor);
        QVERIFY2(report.succeeded() && report.articlesImported == 1, qPrintable(report.summary()));
        const qint64 c4 = m_project->findArticle(u"c4"_s);
        const ArticleContent read = content(c4);
        const auto found = std::find_if(
            read.mentions.cbegin(), read.mentions.cend(), [&](const Mention &m) { return m.entity == heron; });
        QVERIFY2(found != read.mentions.cend(), qPrintable(mentionNames(read).join(u", "_s)));
        QCOMPARE(read.text.sliced(found->start, found->end - found->start), u"Blue Heron Collective"_s);
        QCOMPARE(m_project->entity(heron)->mentionCount, 4);
        QCOMPARE(entityCountMismatches(db()), QStringList());
    }

    void addEntity_twiceOfTheUsers_isRefused()
    {
        m_project = makeRealProject(coastArticles);
        QVERIFY(m_project);
        qint64 heron = 0;
        QVERIFY(m_project->addEntity(u"Blue Heron Collective"_s, EntityType::Organisation, &heron));
        QVERIFY(!m_project->addEntity(u"Blue Heron Collective"_s, EntityType::Organisation, nullptr));
        QVERIFY(!m_project->errorString().isEmpty());
    }

    // Marking a name the extractor had already found (and the user had ignored) and then undoing it should leave
    // that entity as it was: the same entity, found by the extractor, still ignored.
    void addEntityCommand_undoOnAnEntityTheExtractorFound_restoresIt()
    {
        m_project = makeRealProject(coastArticles);
        QVERIFY(m_project);
        const qint64 varena = entityId(u"Varena Institute"_s, EntityType::Organisation);
        QVERIFY2(varena != 0, "the real extractor was expected to find the Varena Institute");
        QVERIFY(m_project->setEntityIgnored(varena, true));
        const EntitySummary before = *m_project->entity(varena);

        m_stack.push(new AddEntityCommand(m_project.get(), u"Varena Institute"_s, EntityType::Organisation));
        QCOMPARE(m_stack.count(), 1);
        QVERIFY(m_project->entity(varena)->userMade);
        QVERIFY(!m_project->entity(varena)->ignored);

        m_stack.undo();
        const std::optional<EntitySummary> after
            = m_project->entity(entityId(u"Varena Institute"_s, EntityType::Organisation));
        QVERIFY2(after, "the Varena Institute is gone after undo");
        QCOMPARE(after->ignored, true);
        QCOMPARE(after->userMade, false);
        QCOMPARE(after->id, before.id);
        QCOMPARE(after->mentionCount, before.mentionCount);
    }

    // --- statements -------------------------------------------------------------------------------------------

    void editStatementCommand_setsSpeakerKindAndEditedStatus_undoRestoresTheRow()
    {
        const Statement budget = *statementWithText(content(m_a3), u"the budget was tight"_s);
        QCOMPARE(statementStatus(budget.id), u"auto"_s);
        const qint64 anna = entityId(u"Anna Weber"_s);
        const QStringList rowBefore = queryRows(db(), u"SELECT * FROM statement WHERE id = ?"_s, { budget.id });

        m_stack.push(
            new EditStatementCommand(m_project.get(), budget, anna, StatementKind::Mixed, u"Change speaker"_s));
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(statementStatus(budget.id), u"edited"_s);
        const Statement edited = *statementWithText(content(m_a3), u"the budget was tight"_s);
        QCOMPARE(edited.id, budget.id);
        QCOMPARE(edited.speakerEntity, anna);
        QCOMPARE(edited.speaker, u"Anna Weber"_s);
        QCOMPARE(edited.kind, StatementKind::Mixed);
        QCOMPARE(edited.speakerStart, -1); // "Jonas Brandt" no longer names the speaker
        const Csv statements = exportCsv(db(), Exporter::What::Statements);
        const qsizetype row = statements.find(u"statement_id"_s, QString::number(budget.id));
        QCOMPARE(statements.value(row, u"speaker"_s), u"Anna Weber"_s);
        QCOMPARE(statements.value(row, u"kind"_s), u"mixed"_s);

        m_stack.undo();
        QCOMPARE(queryRows(db(), u"SELECT * FROM statement WHERE id = ?"_s, { budget.id }), rowBefore);
        QCOMPARE(statementStatus(budget.id), u"auto"_s);
        m_stack.redo();
        QCOMPARE(statementStatus(budget.id), u"edited"_s);
        QCOMPARE(statementWithText(content(m_a3), u"the budget was tight"_s)->speakerEntity, anna);
    }

    void editStatement_toUnknownSpeaker_clearsTheSpeaker()
    {
        const Statement budget = *statementWithText(content(m_a3), u"the budget was tight"_s);
        QVERIFY(m_project->updateStatement(budget.id, 0, StatementKind::Indirect));
        const Statement edited = *statementWithText(content(m_a3), u"the budget was tight"_s);
        QCOMPARE(edited.speakerEntity, 0);
        QCOMPARE(edited.speaker, QString());
        QCOMPARE(statementStatus(budget.id), u"edited"_s);
        QVERIFY(Sql::scalar(db(), u"SELECT speaker_entity FROM statement WHERE id = ?"_s, { budget.id }).isNull());
    }

    // The reader shows no speaker for a statement whose speaker is ignored; undoing a correction of that statement
    // must still give it back its speaker (so that un-ignoring the entity shows it again).
    void editStatementCommand_undoOnAStatementWhoseSpeakerIsIgnored_restoresTheSpeaker()
    {
        const qint64 jonas = entityId(u"Jonas Brandt"_s);
        QVERIFY(m_project->setEntityIgnored(jonas, true));
        const Statement budget = *statementWithText(content(m_a3), u"the budget was tight"_s); // as the reader has it
        const QStringList rowBefore = queryRows(db(), u"SELECT * FROM statement WHERE id = ?"_s, { budget.id });
        m_stack.push(new EditStatementCommand(
            m_project.get(), budget, entityId(u"Anna Weber"_s), StatementKind::Indirect, u"Change speaker"_s));
        m_stack.undo();
        QCOMPARE(queryRows(db(), u"SELECT * FROM statement WHERE id = ?"_s, { budget.id }), rowBefore);
        QVERIFY(m_project->setEntityIgnored(jonas, false));
        QCOMPARE(statementWithText(content(m_a3), u"the budget was tight"_s)->speakerEntity, jonas);
    }

    void rejectStatementCommand_hidesItAndKeepsItsAnnotationOnThePassage()
    {
        const ArticleContent a1 = content(m_a1);
        QCOMPARE(a1.summary.statementCount, 2);
        const Statement bridge = *statementWithText(a1, u"We will build the bridge this year"_s);
        Annotation annotation;
        annotation.article = m_a1;
        annotation.statement = bridge.id;
        annotation.start = bridge.start;
        annotation.end = bridge.end;
        annotation.tagIds = { m_project->tags().first().id };
        annotation.note = u"a promise with a date"_s;
        QVERIFY(m_project->insertAnnotation(&annotation));
        const QStringList annotationBefore = queryRows(db(),
            u"SELECT id, article, start, end, text, note, created, modified FROM annotation WHERE id = ?"_s,
            { annotation.id });
        const QStringList tagsBefore
            = queryRows(db(), u"SELECT * FROM annotation_tag WHERE annotation = ?"_s, { annotation.id });

        m_stack.push(new RejectStatementCommand(m_project.get(), bridge));
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(statementStatus(bridge.id), u"rejected"_s);
        const ArticleContent rejected = content(m_a1);
        QVERIFY(!statementWithText(rejected, bridge.text));
        QCOMPARE(rejected.statements.size(), 1);
        QCOMPARE(rejected.summary.statementCount, 1);
        QCOMPARE(m_project->articleSummary(m_a1)->statementCount, 1);
        QVERIFY(!exportCsv(db(), Exporter::What::Statements)
                     .column(u"statement_id"_s)
                     .contains(QString::number(bridge.id)));

        // The annotation stays, on its passage, with its tags and note.
        QCOMPARE(queryRows(db(),
                     u"SELECT id, article, start, end, text, note, created, modified FROM annotation WHERE id = ?"_s,
                     { annotation.id }),
            annotationBefore);
        QCOMPARE(
            queryRows(db(), u"SELECT * FROM annotation_tag WHERE annotation = ?"_s, { annotation.id }), tagsBefore);
        QCOMPARE(m_project->annotation(annotation.id)->statement, 0);
        QVERIFY(!m_project->annotationForStatement(bridge.id));
        const Csv annotations = exportCsv(db(), Exporter::What::Annotations);
        const qsizetype row = annotations.find(u"annotation_id"_s, QString::number(annotation.id));
        QVERIFY(row >= 0);
        QCOMPARE(annotations.value(row, u"statement_id"_s), QString());
        QCOMPARE(annotations.value(row, u"kind"_s), u"manual"_s);
        QCOMPARE(annotations.value(row, u"speaker"_s), QString());
        QCOMPARE(annotations.value(row, u"speaker_id"_s), QString());
        QCOMPARE(annotations.value(row, u"note"_s), u"a promise with a date"_s);
        QCOMPARE(annotations.value(row, u"tags"_s), m_project->tags().first().name);

        m_stack.undo();
        QVERIFY(statementWithText(content(m_a1), bridge.text));
        QCOMPARE(m_project->articleSummary(m_a1)->statementCount, 2);
        QCOMPARE(m_project->annotation(annotation.id)->statement, bridge.id);
        QCOMPARE(m_project->annotationForStatement(bridge.id)->id, annotation.id);
        const Csv restored = exportCsv(db(), Exporter::What::Annotations);
        QCOMPARE(restored.value(restored.find(u"annotation_id"_s, QString::number(annotation.id)), u"statement_id"_s),
            QString::number(bridge.id));
    }

    // Undoing "not a statement" should give the statement back as it was: an extractor's statement that the user
    // never corrected stays the extractor's, so that re-extraction still updates it.
    void rejectStatementCommand_undoRestoresTheStatusItHadBefore()
    {
        const Statement bridge = *statementWithText(content(m_a1), u"We will build the bridge this year"_s);
        const QStringList rowBefore = queryRows(db(), u"SELECT * FROM statement WHERE id = ?"_s, { bridge.id });
        m_stack.push(new RejectStatementCommand(m_project.get(), bridge));
        m_stack.undo();
        QCOMPARE(statementStatus(bridge.id), u"auto"_s);
        QCOMPARE(queryRows(db(), u"SELECT * FROM statement WHERE id = ?"_s, { bridge.id }), rowBefore);
    }

    void addStatementCommand_addsAManualStatement_undoAndRedoKeepTheId()
    {
        const ArticleContent a3 = content(m_a3);
        const QString passage = u"The Tallow Bay council met on Friday"_s;
        Statement statement;
        statement.article = m_a3;
        statement.kind = StatementKind::Manual;
        statement.start = a3.text.indexOf(passage);
        statement.end = statement.start + passage.size();
        statement.text = passage; // as the reader's menu passes it
        statement.speakerEntity = entityId(u"Jonas Brandt"_s);
        auto *command = new AddStatementCommand(m_project.get(), statement);
        m_stack.push(command);
        QCOMPARE(m_stack.count(), 1);
        const qint64 id = command->statementId();
        QVERIFY(id != 0);
        QCOMPARE(statementStatus(id), u"manual"_s);
        QCOMPARE(Sql::scalar(db(), u"SELECT kind FROM statement WHERE id = ?"_s, { id }).toString(), u"manual"_s);
        const std::optional<Statement> added = statementWithText(content(m_a3), passage);
        QVERIFY(added);
        QCOMPARE(added->id, id);
        QCOMPARE(added->speaker, u"Jonas Brandt"_s);
        QCOMPARE(m_project->articleSummary(m_a3)->statementCount, 2);
        const QStringList row = queryRows(db(), u"SELECT * FROM statement WHERE id = ?"_s, { id });
        const Csv statements = exportCsv(db(), Exporter::What::Statements);
        QCOMPARE(statements.value(statements.find(u"statement_id"_s, QString::number(id)), u"kind"_s), u"manual"_s);

        m_stack.undo();
        QVERIFY(!statementWithText(content(m_a3), passage));
        QCOMPARE(sqlCount(u"SELECT count(*) FROM statement WHERE id = ?"_s, { id }), 0);
        QCOMPARE(m_project->articleSummary(m_a3)->statementCount, 1);

        m_stack.redo();
        QCOMPARE(command->statementId(), id);
        QCOMPARE(queryRows(db(), u"SELECT * FROM statement WHERE id = ?"_s, { id }), row);
        QCOMPARE(m_project->articleSummary(m_a3)->statementCount, 2);
    }

    void insertStatement_outsideTheArticle_isRefused()
    {
        Statement statement;
        statement.article = m_a4;
        statement.start = 10;
        statement.end = 100000;
        QVERIFY(!m_project->insertStatement(&statement));
        QVERIFY(!m_project->errorString().isEmpty());
        QCOMPARE(sqlCount(u"SELECT count(*) FROM statement WHERE article = ?"_s, { m_a4 }), 1);
    }

    // --- the article list narrowed to an entity ---------------------------------------------------------------

    void articleListModel_entityFilter_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("mentioned in two") << u"Anna Weber"_s << QString() << QStringList { u"a1"_s, u"a2"_s };
        QTest::newRow("named in one, quoted in another")
            << u"Jonas Brandt"_s << QString() << QStringList { u"a3"_s, u"a4"_s };
        QTest::newRow("organisation") << u"Northern Wire"_s << QString() << QStringList { u"a1"_s, u"a2"_s, u"a3"_s };
        QTest::newRow("with a search") << u"Anna Weber"_s << u"ferry"_s << QStringList { u"a2"_s };
        QTest::newRow("with a search on a quote-only article")
            << u"Jonas Brandt"_s << u"pier"_s << QStringList { u"a4"_s };
        QTest::newRow("search matching none of its articles") << u"Tallow Bay"_s << u"ferry"_s << QStringList();
        QTest::newRow("no entity") << QString() << QString() << QStringList { u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s };
    }
    void articleListModel_entityFilter()
    {
        QFETCH(QString, entity);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 id = 0;
        if (!entity.isEmpty()) {
            for (const EntitySummary &candidate : m_project->entities()) {
                if (candidate.name == entity)
                    id = candidate.id;
            }
            QVERIFY(id != 0);
        }
        model.setSearch(SearchQuery(search));
        VERBATIM_WAIT_LOADED(model);
        model.setEntityFilter(id);
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.entityFilter(), id);
        QCOMPARE(model.searchError(), QString());
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, 0).data(ArticleListModel::ArticleIdRole).toString());
        shown.sort();
        QCOMPARE(shown, expected);
        QCOMPARE(model.totalCount(), 4);

        model.setEntityFilter(0);
        VERBATIM_WAIT_LOADED(model);
        model.setSearch(SearchQuery(QString()));
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), 4);
    }

    void articleListModel_entityFilter_leavesOutAnArticleWhoseOnlyQuoteIsRejected()
    {
        ArticleListModel model(m_project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 jonas = entityId(u"Jonas Brandt"_s);
        model.setEntityFilter(jonas);
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(modelArticles(model), (QList<qint64> { m_a3, m_a4 }));
        const Statement pier = *statementWithText(content(m_a4), u"There is no money left for the pier"_s);
        QVERIFY(m_project->rejectStatement(pier.id, nullptr));
        model.reload();
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(modelArticles(model), (QList<qint64> { m_a3 }));
    }

    // --- failures ---------------------------------------------------------------------------------------------

    void renameCommand_onAnEntityDeletedMeanwhile_reportsTheFailureAndIsNotKept()
    {
        const EntitySummary weber = entity(u"Weber"_s);
        QSqlQuery query(db());
        QVERIFY(Sql::exec(query, u"DELETE FROM entity WHERE id = ?"_s, { weber.id }));
        const QStringList before = tableDump(db(), curatedTables);
        QSignalSpy failed(m_project.get(), &Project::editFailed);
        QSignalSpy entitiesChanged(m_project.get(), &Project::entitiesChanged);
        m_stack.push(new RenameEntityCommand(m_project.get(), weber, u"Someone"_s));
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"Rename Weber to Someone"_s) && message.contains(u"no longer exists"_s),
            qPrintable(message));
        QCOMPARE(m_stack.count(), 0);
        QCOMPARE(entitiesChanged.count(), 0);
        QCOMPARE(tableDump(db(), curatedTables), before);
    }

    void curationCommands_onAnEntityDeletedMeanwhile_reportTheFailure_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("type") << 0;
        QTest::newRow("ignore") << 1;
        QTest::newRow("merge") << 2;
        QTest::newRow("split") << 3;
    }
    void curationCommands_onAnEntityDeletedMeanwhile_reportTheFailure()
    {
        QFETCH(int, which);
        const EntitySummary weber = entity(u"Weber"_s);
        const EntitySummary anna = entity(u"Anna Weber"_s);
        QSqlQuery query(db());
        QVERIFY(Sql::exec(query, u"DELETE FROM entity WHERE id = ?"_s, { weber.id }));
        const QStringList before = tableDump(db(), curatedTables);
        QSignalSpy failed(m_project.get(), &Project::editFailed);
        QUndoCommand *command = nullptr;
        switch (which) {
        case 0:
            command = new SetEntityTypeCommand(m_project.get(), weber, EntityType::Group);
            break;
        case 1:
            command = new IgnoreEntityCommand(m_project.get(), weber, true);
            break;
        case 2:
            command = new MergeEntitiesCommand(m_project.get(), weber, anna);
            break;
        default:
            command = new SplitEntityCommand(m_project.get(), weber, m_a2, u"Someone"_s);
            break;
        }
        m_stack.push(command);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_stack.count(), 0);
        QCOMPARE(tableDump(db(), curatedTables), before);
    }

    void editStatementCommand_onAStatementDeletedMeanwhile_reportsTheFailure()
    {
        const Statement budget = *statementWithText(content(m_a3), u"the budget was tight"_s);
        QSqlQuery query(db());
        QVERIFY(Sql::exec(query, u"DELETE FROM statement WHERE id = ?"_s, { budget.id }));
        QSignalSpy failed(m_project.get(), &Project::editFailed);
        m_stack.push(new EditStatementCommand(m_project.get(), budget, 0, StatementKind::Direct, u"Change kind"_s));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"no longer exists"_s),
            qPrintable(failed.first().first().toString()));
        QCOMPARE(m_stack.count(), 0);
        m_stack.push(new RejectStatementCommand(m_project.get(), budget));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(m_stack.count(), 0);
    }

    void undo_ofARenameWhoseEntityWasDeleted_reportsTheFailureAndDropsTheCommand()
    {
        const EntitySummary weber = entity(u"Weber"_s);
        m_stack.push(new RenameEntityCommand(m_project.get(), weber, u"Someone"_s));
        QCOMPARE(m_stack.count(), 1);
        QSqlQuery query(db());
        QVERIFY(Sql::exec(query, u"DELETE FROM entity WHERE id = ?"_s, { weber.id }));
        QSignalSpy failed(m_project.get(), &Project::editFailed);
        m_stack.undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(
            failed.first().first().toString().startsWith(u"Undo "_s), qPrintable(failed.first().first().toString()));
        QCOMPARE(m_stack.count(), 0);
    }
};

QTEST_MAIN(CurationTest)
#include "curation_test.moc"
