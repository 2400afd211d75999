// extractdump: prints what the extractor finds in article files, for tuning rules by eye.
//   extractdump [--mentions] [--sentences] FILE...
#include "extract/articleanalysis.h"
#include "extract/entityrecognizer.h"
#include "extract/ruleextractor.h"
#include "io/articlefilereader.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Verbatim;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    const bool mentions = files.removeAll(QStringLiteral("--mentions")) > 0;
    const bool sentences = files.removeAll(QStringLiteral("--sentences")) > 0;
    QTextStream out(stdout);
    const RuleExtractor extractor;
    for (const QString &file : files) {
        const ArticleFileReader::Result result = ArticleFileReader::readFile(file);
        for (const ImportMessage &message : result.messages)
            out << "! " << message.toString() << '\n';
        for (const Article &article : result.articles) {
            out << "=== " << article.articleId << ' ' << article.title.left(80) << '\n';
            const Extraction extraction = extractor.extract({article.text, article.date, article.title});
            if (sentences) {
                const Tokenizer tokens(article.text);
                for (const Sentence &sentence : tokens.sentences())
                    out << "  S| " << article.text.sliced(sentence.start, sentence.end - sentence.start).left(140).replace(u'\n', u' ') << '\n';
            }
            if (mentions) {
                for (const EntityMention &mention : extraction.mentions)
                    out << "  " << entityTypeName(mention.type).left(5) << "  " << article.text.sliced(mention.start, mention.end - mention.start)
                        << "  ->  " << mention.name << '\n';
            }
            for (const ExtractedStatement &statement : extraction.statements) {
                const QString speakerText = statement.speakerStart >= 0
                    ? article.text.sliced(statement.speakerStart, statement.speakerEnd - statement.speakerStart)
                    : QString();
                out << "  [" << statementKindName(statement.kind).left(3) << "] " << (statement.speaker.isEmpty() ? QStringLiteral("??") : statement.speaker)
                    << " {" << speakerText << "} <" << statement.cue << "> | "
                    << article.text.sliced(statement.start, statement.end - statement.start).left(110).replace(u'\n', u' ') << '\n';
            }
        }
    }
    return 0;
}
