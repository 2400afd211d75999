#include "edit/annotationcommand.h"
#include "edit/tagcommands.h"
#include "store/articlewriter.h"
#include "store/project.h"
#include "store/sql.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Verbatim;
using namespace Qt::StringLiterals;

namespace {

const QString harbourText
    = u"The harbour board of Kessling voted on Thursday to close the north pier for repairs. "
      u"\u201CThe pier is older than any of us and it is tired,\u201D said board chair Ruth Mallory. "
      u"Fishing crews were not convinced. "
      u"\u201CClosing it in the herring season is madness,\u201D said skipper Jon Arkle. "
      u"The board will meet the crews next week."_s;

const QString schoolText = u"Kessling's primary school will get a new roof before winter, the council said. "
                           u"\u201CThe children deserve a dry classroom,\u201D said councillor Mina Osei."_s;

ExtractedStatement statementOn(const QString &text, const QString &said, const QString &speaker)
{
    ExtractedStatement statement;
    statement.start = text.indexOf(said);
    statement.end = statement.start + said.size();
    statement.speaker = speaker;
    statement.speakerStart = text.indexOf(speaker);
    statement.speakerEnd = statement.speakerStart + speaker.size();
    statement.cue = u"said"_s;
    return statement;
}

QByteArray checksum(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return "query failed: " + sql.toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    int rows = 0;
    while (query.next()) {
        ++rows;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            hash.addData(value.isNull() ? QByteArrayView("NULL") : QByteArrayView(value.toByteArray()));
            hash.addData(QByteArrayView("\x1f"));
        }
    }
    return QByteArray::number(rows) + ':' + hash.result().toHex();
}

/// Everything an edit can change.
QByteArrayList snapshot(const Project &project)
{
    QByteArrayList result;
    for (const char *sql :
        { "SELECT * FROM article ORDER BY id", "SELECT * FROM statement ORDER BY id", "SELECT * FROM tag ORDER BY id",
            "SELECT * FROM annotation ORDER BY id", "SELECT * FROM annotation_tag ORDER BY annotation, tag" })
        result.append(QByteArray(sql) + " -> " + checksum(project.database(), QString::fromLatin1(sql)));
    return result;
}

QSet<qint64> toSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

} // namespace

class CommandsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    qint64 m_article = 0;
    qint64 m_otherArticle = 0;
    QList<Statement> m_statements; ///< of m_article
    QList<Statement> m_otherStatements; ///< of m_otherArticle
    QList<Tag> m_tags; ///< the starter codebook

    qint64 addArticle(const QString &id, const QString &text, const Extraction &extraction)
    {
        ArticleWriter writer(m_project->filePath());
        if (!writer.isOpen() || !writer.begin())
            return 0;
        Article article;
        article.articleId = id;
        article.title = text.section(u'.', 0, 0);
        article.text = text;
        article.date = QDate(2024, 9, 12);
        if (writer.insert(article, extraction, 1) != ArticleWriter::Outcome::Inserted || !writer.commit())
            return 0;
        return m_project->findArticle(id);
    }

    std::optional<Annotation> annotationOf(const Statement &statement) const
    {
        return m_project->annotationForStatement(statement.id);
    }

    int tagCount(qint64 article) const
    {
        return m_project->articleSummary(article).value_or(ArticleSummary {}).tagCount;
    }

private Q_SLOTS:
    void initTestCase() { VerbatimTest::enableTestMode(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_project = Project::open(m_dir->filePath(u"commands.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_project, qPrintable(error));
        Extraction harbour;
        harbour.statements
            = { statementOn(harbourText, u"The pier is older than any of us and it is tired,"_s, u"Ruth Mallory"_s),
                  statementOn(harbourText, u"Closing it in the herring season is madness,"_s, u"Jon Arkle"_s) };
        m_article = addArticle(u"harbour-1"_s, harbourText, harbour);
        Extraction school;
        school.statements = { statementOn(schoolText, u"The children deserve a dry classroom,"_s, u"Mina Osei"_s) };
        m_otherArticle = addArticle(u"school-1"_s, schoolText, school);
        QVERIFY(m_article > 0 && m_otherArticle > 0);
        m_statements = m_project->articleContent(m_article)->statements;
        m_otherStatements = m_project->articleContent(m_otherArticle)->statements;
        QCOMPARE(m_statements.size(), 2);
        QCOMPARE(m_otherStatements.size(), 1);
        m_tags = m_project->tags();
        QCOMPARE(m_tags.size(), 5);
        m_stack = std::make_unique<QUndoStack>();
    }

    void cleanup()
    {
        m_stack.reset();
        m_project.reset();
        m_dir.reset();
    }

    void toggleTag_onStatement_createsAnnotation()
    {
        const Statement &statement = m_statements[0];
        QSignalSpy changed(m_project.get(), &Project::annotationsChanged);
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[0]));
        QCOMPARE(m_stack->count(), 1);
        const std::optional<Annotation> annotation = annotationOf(statement);
        QVERIFY(annotation);
        QCOMPARE(annotation->tagIds, QList<qint64> { m_tags[0].id });
        QCOMPARE(annotation->article, m_article);
        QCOMPARE(annotation->start, statement.start);
        QCOMPARE(annotation->end, statement.end);
        QCOMPARE(annotation->text, statement.text);
        QVERIFY(annotation->note.isEmpty());
        QCOMPARE(tagCount(m_article), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_stack->undoText().contains(m_tags[0].name));
    }

    void toggleTag_undoRemoves_redoRecreatesSameId()
    {
        const Statement &statement = m_statements[0];
        auto *command = AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[1]);
        m_stack->push(command);
        const qint64 id = annotationOf(statement)->id;
        QCOMPARE(command->annotationId(), id);

        m_stack->undo();
        QVERIFY(!annotationOf(statement));
        QCOMPARE(m_project->counts().annotations, 0);
        QCOMPARE(Sql::scalar(m_project->database(), u"SELECT count(*) FROM annotation_tag"_s).toInt(), 0);
        QCOMPARE(tagCount(m_article), 0);

        m_stack->redo();
        const std::optional<Annotation> again = annotationOf(statement);
        QVERIFY(again);
        QCOMPARE(again->id, id);
        QCOMPARE(again->tagIds, QList<qint64> { m_tags[1].id });
        QCOMPARE(tagCount(m_article), 1);

        // Several rounds keep the id.
        m_stack->undo();
        m_stack->redo();
        QCOMPARE(annotationOf(statement)->id, id);
        QCOMPARE(m_stack->count(), 1);
    }

    void toggleTag_sameTagTwice_leavesNoEmptyAnnotation()
    {
        const Statement &statement = m_statements[1];
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[2]));
        const qint64 id = annotationOf(statement)->id;
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[2]));
        QCOMPARE(m_stack->count(), 2);
        QVERIFY(!annotationOf(statement));
        QCOMPARE(m_project->counts().annotations, 0);
        QCOMPARE(tagCount(m_article), 0);

        m_stack->undo();
        const std::optional<Annotation> back = annotationOf(statement);
        QVERIFY(back);
        QCOMPARE(back->id, id);
        QCOMPARE(back->tagIds, QList<qint64> { m_tags[2].id });
        m_stack->undo();
        QVERIFY(!annotationOf(statement));
        m_stack->redo();
        m_stack->redo();
        QVERIFY(!annotationOf(statement));
        QCOMPARE(m_project->counts().annotations, 0);
    }

    void toggleTag_lastTagOffWithNote_keepsAnnotation()
    {
        const Statement &statement = m_statements[1];
        m_stack->push(AnnotationCommand::setNote(m_project.get(), statement, u"Ask the crews"_s));
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[0]));
        const qint64 id = annotationOf(statement)->id;
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[0]));
        const std::optional<Annotation> annotation = annotationOf(statement);
        QVERIFY2(annotation, "the note was lost with the last tag");
        QCOMPARE(annotation->id, id);
        QVERIFY(annotation->tagIds.isEmpty());
        QCOMPARE(annotation->note, u"Ask the crews"_s);
        QCOMPARE(tagCount(m_article), 0);
    }

    void toggleTag_twoTags_undoRemovesOnlyTheLast()
    {
        const Statement &statement = m_statements[0];
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[0]));
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[3]));
        QCOMPARE(m_stack->count(), 2);
        const std::optional<Annotation> both = annotationOf(statement);
        QCOMPARE(toSet(both->tagIds), (QSet<qint64> { m_tags[0].id, m_tags[3].id }));
        QCOMPARE(tagCount(m_article), 2);
        QCOMPARE(m_project->counts().annotations, 1);

        m_stack->undo();
        const std::optional<Annotation> one = annotationOf(statement);
        QVERIFY(one);
        QCOMPARE(one->id, both->id);
        QCOMPARE(one->tagIds, QList<qint64> { m_tags[0].id });
        QCOMPARE(tagCount(m_article), 1);

        m_stack->redo();
        QCOMPARE(toSet(annotationOf(statement)->tagIds), (QSet<qint64> { m_tags[0].id, m_tags[3].id }));

        // Through the annotation overload: take the first tag off again.
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), *annotationOf(statement), m_tags[0]));
        QCOMPARE(annotationOf(statement)->tagIds, QList<qint64> { m_tags[3].id });
        QCOMPARE(tagCount(m_article), 1);
    }

    void setNote_consecutiveEdits_mergeIntoOneStep()
    {
        const Statement &statement = m_statements[0];
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[0]));
        QCOMPARE(m_stack->count(), 1);
        for (const QString &note : { u"C"_s, u"Ch"_s, u"Check"_s, u"Check the minutes"_s }) {
            m_stack->push(AnnotationCommand::setNote(m_project.get(), *annotationOf(statement), note));
            QCOMPARE(annotationOf(statement)->note, note);
        }
        QCOMPARE(m_stack->count(), 2);

        m_stack->undo();
        QCOMPARE(annotationOf(statement)->note, QString());
        QCOMPARE(annotationOf(statement)->tagIds, QList<qint64> { m_tags[0].id });
        m_stack->redo();
        QCOMPARE(annotationOf(statement)->note, u"Check the minutes"_s);

        // A note on another annotation, or a tag in between, starts a new step.
        m_stack->push(AnnotationCommand::setNote(m_project.get(), m_otherStatements[0], u"Roof"_s));
        QCOMPARE(m_stack->count(), 3);
        m_stack->push(
            AnnotationCommand::setNote(m_project.get(), *annotationOf(statement), u"Check the minutes again"_s));
        QCOMPARE(m_stack->count(), 4);
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[1]));
        m_stack->push(AnnotationCommand::setNote(m_project.get(), *annotationOf(statement), u"Changed"_s));
        QCOMPARE(m_stack->count(), 6);
        m_stack->undo();
        QCOMPARE(annotationOf(statement)->note, u"Check the minutes again"_s);
    }

    void setNote_onUntaggedStatement_createsAndClearingDeletes()
    {
        const Statement &statement = m_statements[1];
        m_stack->push(AnnotationCommand::setNote(m_project.get(), statement, u"Which season?"_s));
        std::optional<Annotation> annotation = annotationOf(statement);
        QVERIFY(annotation);
        QCOMPARE(annotation->note, u"Which season?"_s);
        QVERIFY(annotation->tagIds.isEmpty());
        QCOMPARE(tagCount(m_article), 0);

        m_stack->push(AnnotationCommand::setNote(m_project.get(), *annotation, u"   "_s));
        QVERIFY2(!annotationOf(statement), "an annotation without tags or note was kept");
        QCOMPARE(m_project->counts().annotations, 0);
        m_stack->undo();
        QCOMPARE(annotationOf(statement)->note, u"Which season?"_s);
        QCOMPARE(annotationOf(statement)->id, annotation->id);
    }

    void annotateSpan_undoRedo()
    {
        const qsizetype start = harbourText.indexOf(u"close the north pier"_s);
        const qsizetype end = start + 20;
        auto *command = AnnotationCommand::annotateSpan(
            m_project.get(), m_article, start, end, { m_tags[1].id, m_tags[4].id }, u"Closure, not demolition"_s);
        m_stack->push(command);
        const qint64 id = command->annotationId();
        QVERIFY(id > 0);
        std::optional<Annotation> annotation = m_project->annotation(id);
        QVERIFY(annotation);
        QCOMPARE(annotation->statement, 0);
        QCOMPARE(annotation->start, start);
        QCOMPARE(annotation->end, end);
        QCOMPARE(annotation->text, u"close the north pier"_s);
        QCOMPARE(annotation->note, u"Closure, not demolition"_s);
        QCOMPARE(toSet(annotation->tagIds), (QSet<qint64> { m_tags[1].id, m_tags[4].id }));
        QCOMPARE(tagCount(m_article), 2);

        m_stack->undo();
        QVERIFY(!m_project->annotation(id));
        QCOMPARE(tagCount(m_article), 0);
        m_stack->redo();
        annotation = m_project->annotation(id);
        QVERIFY(annotation);
        QCOMPARE(annotation->text, u"close the north pier"_s);
        QCOMPARE(annotation->note, u"Closure, not demolition"_s);
        QCOMPARE(toSet(annotation->tagIds), (QSet<qint64> { m_tags[1].id, m_tags[4].id }));
    }

    void remove_undoRestoresTagsAndNote()
    {
        const Statement &statement = m_statements[0];
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[0]));
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[2]));
        m_stack->push(AnnotationCommand::setNote(m_project.get(), *annotationOf(statement), u"Quoted in two papers"_s));
        const Annotation before = *annotationOf(statement);
        QCOMPARE(tagCount(m_article), 2);

        m_stack->push(AnnotationCommand::remove(m_project.get(), before));
        QVERIFY(!annotationOf(statement));
        QCOMPARE(tagCount(m_article), 0);
        QCOMPARE(Sql::scalar(m_project->database(), u"SELECT count(*) FROM annotation_tag"_s).toInt(), 0);

        m_stack->undo();
        const std::optional<Annotation> restored = annotationOf(statement);
        QVERIFY(restored);
        QCOMPARE(restored->id, before.id);
        QCOMPARE(toSet(restored->tagIds), toSet(before.tagIds));
        QCOMPARE(restored->note, u"Quoted in two papers"_s);
        QCOMPARE(restored->statement, statement.id);
        QCOMPARE(restored->created, before.created);
        QCOMPARE(tagCount(m_article), 2);

        m_stack->redo();
        QVERIFY(!annotationOf(statement));
    }

    void addTag_undoRedo()
    {
        Tag tag;
        tag.name = u"Fisheries"_s;
        tag.colour = QColor(u"#336699"_s);
        tag.description = u"About fishing rights"_s;
        QSignalSpy changed(m_project.get(), &Project::tagsChanged);
        auto *command = new AddTagCommand(m_project.get(), tag);
        m_stack->push(command);
        const qint64 id = command->tagId();
        QVERIFY(id > 0);
        QCOMPARE(m_project->tag(id)->name, u"Fisheries"_s);
        QCOMPARE(m_project->tags().size(), 6);
        QCOMPARE(changed.count(), 1);

        m_stack->undo();
        QVERIFY(!m_project->tag(id));
        QCOMPARE(m_project->tags().size(), 5);
        m_stack->redo();
        const std::optional<Tag> again = m_project->tag(id);
        QVERIFY(again);
        QCOMPARE(again->name, u"Fisheries"_s);
        QCOMPARE(again->colour, QColor(u"#336699"_s));
        QCOMPARE(again->description, u"About fishing rights"_s);
        QCOMPARE(m_project->tags().constLast().id, id);
    }

    void editTag_undoRedo()
    {
        const Tag before = m_tags[1];
        Tag after = before;
        after.name = u"Pledge"_s;
        after.colour = QColor(u"#00aa00"_s);
        after.description = u"A promise"_s;
        m_stack->push(new EditTagCommand(m_project.get(), before, after));
        QCOMPARE(m_project->tag(before.id)->name, u"Pledge"_s);
        QCOMPARE(m_project->tag(before.id)->colour, QColor(u"#00aa00"_s));
        m_stack->undo();
        QCOMPARE(m_project->tag(before.id)->name, before.name);
        QCOMPARE(m_project->tag(before.id)->colour, before.colour);
        QCOMPARE(m_project->tag(before.id)->description, before.description);
        m_stack->redo();
        QCOMPARE(m_project->tag(before.id)->description, u"A promise"_s);
    }

    void deleteTag_undoRestoresTagOnEveryAnnotation()
    {
        const Tag doomed = m_tags[2];
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), m_statements[0], doomed));
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), m_statements[0], m_tags[0]));
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), m_statements[1], doomed)); // its only tag
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), m_otherStatements[0], doomed));
        auto *span = AnnotationCommand::annotateSpan(
            m_project.get(), m_otherArticle, 0, 9, { doomed.id, m_tags[4].id }, u"Span note"_s);
        m_stack->push(span);
        const QList<qint64> annotations = { annotationOf(m_statements[0])->id, annotationOf(m_statements[1])->id,
            annotationOf(m_otherStatements[0])->id, span->annotationId() };
        QCOMPARE(tagCount(m_article), 3);
        QCOMPARE(tagCount(m_otherArticle), 3);
        const QByteArrayList before = snapshot(*m_project);

        m_stack->push(new DeleteTagCommand(m_project.get(), doomed));
        QCOMPARE(m_stack->count(), 6);
        QVERIFY(!m_project->tag(doomed.id));
        for (const qint64 id : annotations) {
            const std::optional<Annotation> annotation = m_project->annotation(id);
            QVERIFY(annotation);
            QVERIFY(!annotation->tagIds.contains(doomed.id));
        }
        QCOMPARE(tagCount(m_article), 1);
        QCOMPARE(tagCount(m_otherArticle), 1);

        m_stack->undo();
        const std::optional<Tag> restored = m_project->tag(doomed.id);
        QVERIFY(restored);
        QCOMPARE(restored->name, doomed.name);
        QCOMPARE(restored->colour, doomed.colour);
        QCOMPARE(restored->position, doomed.position);
        for (const qint64 id : annotations)
            QVERIFY2(m_project->annotation(id)->tagIds.contains(doomed.id),
                qPrintable(u"annotation %1 lost the tag"_s.arg(id)));
        QCOMPARE(tagCount(m_article), 3);
        QCOMPARE(tagCount(m_otherArticle), 3);
        QCOMPARE(snapshot(*m_project), before);

        m_stack->redo();
        QVERIFY(!m_project->tag(doomed.id));
        m_stack->undo();
        QCOMPARE(snapshot(*m_project), before);
    }

    void failedEdit_reportedAndNotKept_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("tag a statement of a deleted article") << u"deleted article"_s;
        QTest::newRow("tag that does not exist, new annotation") << u"missing tag, new"_s;
        QTest::newRow("tag that does not exist, existing annotation") << u"missing tag, existing"_s;
        QTest::newRow("span outside the article") << u"span outside"_s;
        QTest::newRow("note on a deleted annotation") << u"deleted annotation"_s;
        QTest::newRow("add a tag whose name is taken") << u"duplicate tag"_s;
        QTest::newRow("delete a tag that is gone") << u"deleted tag"_s;
    }
    void failedEdit_reportedAndNotKept()
    {
        QFETCH(QString, kind);
        // Something on the stack already, which must stay as it is.
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), m_statements[0], m_tags[0]));
        const Annotation existing = *annotationOf(m_statements[0]);
        Tag ghost;
        ghost.id = 9999;
        ghost.name = u"Ghost"_s;

        QSqlQuery query(m_project->database());
        QUndoCommand *command = nullptr;
        if (kind == u"deleted article") {
            QVERIFY(Sql::exec(query, u"DELETE FROM article WHERE id = ?"_s, { m_otherArticle }));
            command = AnnotationCommand::toggleTag(m_project.get(), m_otherStatements[0], m_tags[1]);
        } else if (kind == u"missing tag, new") {
            command = AnnotationCommand::toggleTag(m_project.get(), m_statements[1], ghost);
        } else if (kind == u"missing tag, existing") {
            command = AnnotationCommand::toggleTag(m_project.get(), existing, ghost);
        } else if (kind == u"span outside") {
            command = AnnotationCommand::annotateSpan(
                m_project.get(), m_article, 10, harbourText.size() + 5, { m_tags[1].id }, QString());
        } else if (kind == u"deleted annotation") {
            QVERIFY(Sql::exec(query, u"DELETE FROM annotation WHERE id = ?"_s, { existing.id }));
            command = AnnotationCommand::setNote(m_project.get(), existing, u"Too late"_s);
        } else if (kind == u"duplicate tag") {
            Tag taken;
            taken.name = m_tags[3].name.toLower();
            command = new AddTagCommand(m_project.get(), taken);
        } else if (kind == u"deleted tag") {
            QVERIFY(Sql::exec(query, u"DELETE FROM tag WHERE id = ?"_s, { m_tags[4].id }));
            command = new DeleteTagCommand(m_project.get(), m_tags[4]);
        }
        QVERIFY(command);
        const QByteArrayList before = snapshot(*m_project);
        const int countBefore = m_stack->count();
        const QString undoTextBefore = m_stack->undoText();

        QSignalSpy failed(m_project.get(), &Project::editFailed);
        m_stack->push(command);
        QCOMPARE(failed.count(), 1);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(u"failed"_s) && message.contains(u"left as it was"_s), qPrintable(message));
        QCOMPARE(m_stack->count(), countBefore);
        QCOMPARE(m_stack->index(), countBefore);
        QCOMPARE(m_stack->undoText(), undoTextBefore);
        QVERIFY(!m_stack->canRedo());
        QCOMPARE(snapshot(*m_project), before);
    }

    void undo_whenAnnotationVanished_reportedAndDropped()
    {
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), m_statements[0], m_tags[0]));
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), m_statements[1], m_tags[1]));
        QSqlQuery query(m_project->database());
        QVERIFY(Sql::exec(query, u"DELETE FROM annotation WHERE id = ?"_s, { annotationOf(m_statements[1])->id }));
        const QByteArrayList before = snapshot(*m_project);

        QSignalSpy failed(m_project.get(), &Project::editFailed);
        m_stack->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.constFirst().constFirst().toString().startsWith(u"Undo"_s),
            qPrintable(failed.constFirst().constFirst().toString()));
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(!m_stack->canRedo());
        QCOMPARE(snapshot(*m_project), before);
        // The step below it still undoes.
        m_stack->undo();
        QVERIFY(!annotationOf(m_statements[0]));
    }

    void setNote_keptAsOwnStep_isUndoneAlone()
    {
        const Statement &statement = m_statements[0];
        m_stack->push(AnnotationCommand::setNote(m_project.get(), statement, u"Ten minutes of careful notes"_s));
        QCOMPARE(m_stack->count(), 1);
        // The save an undo forces: its own step, and the next save does not join it either.
        AnnotationCommand *forced = AnnotationCommand::setNote(m_project.get(), *annotationOf(statement), u"Ten minutes of careful notes, typo"_s);
        forced->keepAsOwnStep();
        m_stack->push(forced);
        QCOMPARE(m_stack->count(), 2);
        m_stack->undo();
        QCOMPARE(annotationOf(statement)->note, u"Ten minutes of careful notes"_s);
        m_stack->redo();
        m_stack->push(AnnotationCommand::setNote(m_project.get(), *annotationOf(statement), u"Ten minutes of careful notes, fixed"_s));
        QCOMPARE(m_stack->count(), 3);
    }

    // Writing with short pauses (each saved) makes a step every noteStepGap: one undo never takes back more.
    void setNote_savesSpanningMoreThanTheGap_areSeparateSteps()
    {
        const Statement &statement = m_statements[0];
        m_stack->push(AnnotationCommand::setNote(m_project.get(), statement, u"First"_s)); // makes the annotation
        // Saves with pauses of 0.6 of the gap: the second joins the first, the third is past the gap from the first.
        const int pause = int(AnnotationCommand::noteStepGap.count()) * 6 / 10;
        m_stack->push(AnnotationCommand::setNote(m_project.get(), *annotationOf(statement), u"First thoughts"_s));
        QTest::qWait(pause);
        m_stack->push(AnnotationCommand::setNote(m_project.get(), *annotationOf(statement), u"First thoughts, second"_s));
        QCOMPARE(m_stack->count(), 2);
        QTest::qWait(pause);
        m_stack->push(AnnotationCommand::setNote(m_project.get(), *annotationOf(statement), u"First thoughts, second, third"_s));
        QCOMPARE(m_stack->count(), 3);
        m_stack->undo();
        QCOMPARE(annotationOf(statement)->note, u"First thoughts, second"_s);
    }

    void setNote_failedEdit_notMergedIntoPreviousNoteEdit()
    {
        const Statement &statement = m_statements[0];
        m_stack->push(AnnotationCommand::toggleTag(m_project.get(), statement, m_tags[0]));
        m_stack->push(AnnotationCommand::setNote(m_project.get(), *annotationOf(statement), u"first draft"_s));
        QCOMPARE(m_stack->count(), 2);

        // Make the next note edit fail the way a full or locked disk would, on the project's own connection only.
        QSqlQuery query(m_project->database());
        QVERIFY2(query.exec(u"CREATE TEMP TRIGGER refuse_note BEFORE UPDATE OF note ON main.annotation WHEN NEW.note = "
                            u"'second draft' "
                            u"BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END"_s),
            qPrintable(query.lastError().text()));
        QSignalSpy failed(m_project.get(), &Project::editFailed);
        m_stack->push(AnnotationCommand::setNote(m_project.get(), *annotationOf(statement), u"second draft"_s));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(annotationOf(statement)->note, u"first draft"_s);
        QCOMPARE(m_stack->count(), 2);
        QVERIFY(query.exec(u"DROP TRIGGER temp.refuse_note"_s));

        // Undo and redo must move between the states the project really had.
        m_stack->undo();
        QCOMPARE(annotationOf(statement)->note, QString());
        m_stack->redo();
        QCOMPARE(annotationOf(statement)->note, u"first draft"_s);
    }
};

QTEST_GUILESS_MAIN(CommandsTest)
#include "commands_test.moc"
