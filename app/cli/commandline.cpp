#include "commandline.h"

#include "common/plural.h"
#include "extract/ruleextractor.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "io/reextractor.h"
#include "store/projectextractor.h"
#include "search/articlesearch.h"
#include "store/project.h"
#include "store/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Verbatim::CommandLine {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "verbatim: " << message << Qt::endl;
    return 1;
}

// Parses the options shared by every command and the command's own; returns false (after printing why) on error.
bool parse(QCommandLineParser &parser, const QString &command, const QString &positionalName, const QString &positionalHelp)
{
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine", "verbatim %1").arg(command));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("project"), QCoreApplication::translate("CommandLine", "The project file."), QStringLiteral("PROJECT")});
    parser.addOption({QStringLiteral("timing"), QCoreApplication::translate("CommandLine", "Print how long the work itself took on standard error.")});
    if (!positionalName.isEmpty())
        parser.addPositionalArgument(positionalName, positionalHelp);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // the command
    if (!parser.parse(arguments)) {
        fail(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return false;
    }
    if (!parser.isSet(QStringLiteral("project"))) {
        fail(QCoreApplication::translate("CommandLine", "%1 needs --project PROJECT").arg(command));
        return false;
    }
    return true;
}

void printTiming(const QCommandLineParser &parser, const QElapsedTimer &timer)
{
    if (parser.isSet(QStringLiteral("timing")))
        err() << "time: " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 2) << " ms" << Qt::endl;
}

QString formatDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

int importCommand()
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("import"), QStringLiteral("PATH"), QCoreApplication::translate("CommandLine", "Files and folders to import.")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "import needs at least one file or folder"));

    QString error;
    const bool projectExisted = QFileInfo::exists(parser.value(QStringLiteral("project")));
    std::unique_ptr<Project> project = Project::open(parser.value(QStringLiteral("project")), Project::OpenMode::CreateIfMissing, &error);
    if (!project)
        return fail(error);
    const QString projectPath = project->filePath();
    // An import that brought nothing leaves no new project behind, as if it had not run.
    const auto failDiscardingNewProject = [&](const QString &message) {
        if (!projectExisted) {
            project.reset();
            for (const QStringView suffix : ProjectFile::ownFileSuffixes())
                QFile::remove(projectPath + suffix);
        }
        return fail(message);
    };

    const ProjectExtractor extractor(project->database());
    Importer importer(projectPath, extractor);
    // A bar on a terminal; plain lines, a few seconds apart, in a log.
    const bool terminal = isatty(fileno(stderr));
    QElapsedTimer sinceLine;
    sinceLine.start();
    importer.setProgressCallback([&](const ImportProgress &progress) {
        const int percent = progress.bytesTotal > 0 ? int(100 * progress.bytesDone / progress.bytesTotal) : 0;
        const qint64 left = progress.remainingMs();
        const QString status = QCoreApplication::translate("CommandLine", "%1/%2, %3, %4 MB/s, %5 left")
                                   .arg(progress.filesDone)
                                   .arg(plural(progress.filesTotal, QCoreApplication::translate("CommandLine", "%1 file"),
                                               QCoreApplication::translate("CommandLine", "%1 files")),
                                        plural(progress.articlesImported, QCoreApplication::translate("CommandLine", "%1 article"),
                                               QCoreApplication::translate("CommandLine", "%1 articles")))
                                   .arg(progress.megabytesPerSecond(), 0, 'f', 1)
                                   .arg(left >= 0 ? formatDuration(left) : QStringLiteral("-:--"));
        if (terminal) {
            const int filled = percent * 30 / 100;
            err() << "\r[" << QString(filled, u'#') << QString(30 - filled, u' ') << "] " << percent << "% " << status << "   " << Qt::flush;
        } else if (sinceLine.elapsed() >= 2000 || progress.bytesDone == progress.bytesTotal) {
            err() << "import: " << percent << "% " << status << Qt::endl;
            sinceLine.restart();
        }
    });
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importer.run(paths);
    if (terminal)
        err() << "\r" << QString(100, u' ') << "\r" << Qt::flush;
    printTiming(parser, timer);

    for (const ImportMessage &message : report.messages) {
        const char *label = message.severity == ImportMessage::Severity::Skipped ? "skipped: " : "warning: ";
        err() << label << message.toString() << Qt::endl;
    }
    if (!report.succeeded())
        return failDiscardingNewProject(report.summary());
    // Every path missing or unreadable is a failure, not a success that skipped some files; files whose articles
    // were all in the project already were read.
    if (report.filesRead == 0)
        return failDiscardingNewProject(QCoreApplication::translate("CommandLine", "nothing was imported: no file could be read"));
    out() << report.summary() << Qt::endl;
    return report.skippedCount() > 0 ? 2 : 0;
}

int exportCommand()
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("what"),
                      QCoreApplication::translate("CommandLine", "What to export: %1.").arg(Exporter::whatNames().join(QStringLiteral(", "))),
                      QStringLiteral("WHAT")});
    parser.addOption({QStringLiteral("output"), QCoreApplication::translate("CommandLine", "The CSV file to write (- for standard output)."),
                      QStringLiteral("FILE")});
    if (!parse(parser, QStringLiteral("export"), QString(), QString()))
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;
    Exporter::What what;
    if (!Exporter::whatFromName(parser.value(QStringLiteral("what")), &what))
        return fail(QCoreApplication::translate("CommandLine", "--what must be one of %1").arg(Exporter::whatNames().join(QStringLiteral(", "))));
    if (!parser.isSet(QStringLiteral("output")))
        return fail(QCoreApplication::translate("CommandLine", "export needs --output FILE.csv"));

    QString error;
    const std::unique_ptr<Project> project = Project::open(parser.value(QStringLiteral("project")), Project::OpenMode::OpenExisting, &error);
    if (!project)
        return fail(error);
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    const QString output = parser.value(QStringLiteral("output"));
    if (!Exporter::writeFile(project->database(), what, output, &error, &rows))
        return fail(error);
    printTiming(parser, timer);
    if (output != u"-")
        err() << QCoreApplication::translate("CommandLine", "Wrote %1 to %2")
                     .arg(plural(rows, QCoreApplication::translate("CommandLine", "%1 row"),
                                 QCoreApplication::translate("CommandLine", "%1 rows")),
                          output)
              << Qt::endl;
    return 0;
}

int searchCommand()
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("limit"), QCoreApplication::translate("CommandLine", "At most N hits (default 50; 0 for all)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("order"),
                      QCoreApplication::translate("CommandLine", "rank: best matches first (the default); date: newest first, as the window lists them."),
                      QStringLiteral("ORDER"), QStringLiteral("rank")});
    if (!parse(parser, QStringLiteral("search"), QStringLiteral("QUERY"),
               QCoreApplication::translate("CommandLine", "Words, \"phrases\", prefix*, AND, OR, NOT.")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0)
        return fail(QCoreApplication::translate("CommandLine", "--limit must be a number of 0 or more"));
    const QString orderName = parser.value(QStringLiteral("order"));
    if (orderName != u"rank" && orderName != u"date")
        return fail(QCoreApplication::translate("CommandLine", "--order must be rank or date"));
    const ArticleSearch::Order order = orderName == u"date" ? ArticleSearch::Order::Date : ArticleSearch::Order::Rank;
    const SearchQuery query(parser.positionalArguments().join(u' '));
    if (query.isEmpty())
        return fail(query.problem().isEmpty() ? QCoreApplication::translate("CommandLine", "search needs a query")
                                              : QCoreApplication::translate("CommandLine", "the query cannot be searched: %1").arg(query.problem()));

    QString error;
    const std::unique_ptr<Project> project = Project::open(parser.value(QStringLiteral("project")), Project::OpenMode::OpenExisting, &error);
    if (!project)
        return fail(error);
    // The query alone: from after the project is open until every hit is read, before any is printed.
    QElapsedTimer timer;
    timer.start();
    const QList<SearchHit> hits = ArticleSearch::search(project->database(), query, limit, &error, order);
    printTiming(parser, timer);
    if (!error.isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "the search failed: %1").arg(error));
    for (const SearchHit &hit : hits)
        out() << hit.articleId << '\t' << hit.date.toString(Qt::ISODate) << '\t' << hit.title << '\n';
    out().flush();
    return 0;
}

int statsCommand()
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("stats"), QString(), QString()))
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;
    QString error;
    const std::unique_ptr<Project> project = Project::open(parser.value(QStringLiteral("project")), Project::OpenMode::OpenExisting, &error);
    if (!project)
        return fail(error);
    QElapsedTimer timer;
    timer.start();
    const ProjectCounts counts = project->counts();
    printTiming(parser, timer);
    out() << "articles: " << counts.articles << '\n'
          << "statements: " << counts.statements << '\n'
          << "entities: " << counts.entities << '\n'
          << "mentions: " << counts.mentions << '\n'
          << "tags: " << counts.tags << '\n'
          << "annotations: " << counts.annotations << '\n';
    out().flush();
    return 0;
}

int reextractCommand()
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("all"), QCoreApplication::translate("CommandLine", "Every article, not only those extracted by another version.")});
    if (!parse(parser, QStringLiteral("reextract"), QString(), QString()))
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;
    QString error;
    const std::unique_ptr<Project> project = Project::open(parser.value(QStringLiteral("project")), Project::OpenMode::OpenExisting, &error);
    if (!project)
        return fail(error);
    const ProjectExtractor extractor(project->database());
    Reextractor reextractor(project->filePath(), extractor);
    const bool terminal = isatty(fileno(stderr));
    reextractor.setProgressCallback([&](qint64 done, qint64 total) {
        if (terminal)
            err() << "\r" << done << '/' << total << " articles" << Qt::flush;
    });
    QElapsedTimer timer;
    timer.start();
    const ReextractionReport report = reextractor.run(parser.isSet(QStringLiteral("all")) ? Reextractor::Scope::All : Reextractor::Scope::Outdated);
    if (terminal)
        err() << "\r" << QString(40, u' ') << "\r" << Qt::flush;
    printTiming(parser, timer);
    if (!report.succeeded())
        return fail(report.summary());
    // Annotations that no statement matched any more keep their passage, tags and note; say which they are.
    for (const DetachedAnnotation &annotation : report.counts.detached)
        err() << "kept on its passage: annotation " << annotation.annotation << " (\u201C" << annotation.text.simplified().left(60)
              << "\u201D) no longer matches a statement" << Qt::endl;
    out() << report.summary() << Qt::endl;
    return 0;
}

struct Command {
    const char *name;
    const char *usage; ///< what follows "verbatim <name>" in the help's list of commands; %1 stands for the export kinds
    int (*run)();
};

const Command commands[] = {
    {"import", "--project PROJECT PATH...", importCommand},
    {"export", "--project PROJECT --what %1 --output FILE.csv", exportCommand},
    {"search", "--project PROJECT [--limit N] [--order rank|date] QUERY", searchCommand},
    {"stats", " --project PROJECT", statsCommand}, // one space more: lined up with search above it
    {"reextract", "--project PROJECT [--all]", reextractCommand},
};

const Command *findCommand(const char *name)
{
    for (const Command &command : commands) {
        if (qstrcmp(name, command.name) == 0)
            return &command;
    }
    return nullptr;
}

enum class WindowArguments {
    Window, ///< for the window to open (or for QApplication to read first)
    Help,
    Version,
    Mistaken, ///< arguments the window cannot take, such as a misspelt command
};

// Reads arguments that name no command, before any window exists. The parser is left with what it read.
WindowArguments readWindowArguments(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    addWindowArguments(parser);
    const bool parsed = parser.parse(arguments);
    // A first argument that is no option is the project, or a misspelt command, whatever options follow it.
    if (const QString first = arguments.value(1); !first.isEmpty() && !first.startsWith(u'-')) {
        *error = windowArgumentsError({first});
        if (!error->isEmpty())
            return WindowArguments::Mistaken;
    }
    // Qt's own options (-platform, -style) are unknown here: QApplication takes them out before the window reads the rest.
    if (!parsed)
        return WindowArguments::Window;
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        return WindowArguments::Help;
    if (parser.isSet(QStringLiteral("version")))
        return WindowArguments::Version;
    *error = windowArgumentsError(parser.positionalArguments());
    return error->isEmpty() ? WindowArguments::Window : WindowArguments::Mistaken;
}

} // namespace

QStringList commandNames()
{
    QStringList names;
    for (const Command &command : commands)
        names.append(QString::fromLatin1(command.name));
    return names;
}

void addWindowArguments(QCommandLineParser &parser)
{
    QString description = QCoreApplication::translate("CommandLine",
                                                      "Reader and annotator for corpora of news articles.\n\n"
                                                      "Commands that run without a window (each takes --help):");
    for (const Command &command : commands)
        description += u"\n  verbatim " + QLatin1StringView(command.name) + u' ' + QLatin1StringView(command.usage);
    parser.setApplicationDescription(description.arg(Exporter::whatNames().join(u'|')));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("CommandLine", "Render the window with the first article open, save it as FILE.png and exit."),
                      QStringLiteral("FILE.png")});
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QCoreApplication::translate("CommandLine", "The project to open (by default the last one, or a new one)."),
                                 QStringLiteral("[PROJECT]"));
}

QString windowArgumentsError(const QStringList &positional)
{
    if (positional.size() > 1)
        return QCoreApplication::translate("CommandLine", "give at most one project (got %1)").arg(positional.size());
    if (positional.isEmpty())
        return {};
    const QString &name = positional.constFirst();
    const QString projectSuffix = u'.' + ProjectFile::suffix();
    if (QFileInfo::exists(name) || name.endsWith(projectSuffix))
        return {};
    return QCoreApplication::translate("CommandLine", "\"%1\" is neither a command nor a project (commands: %2; a new project's name ends in %3)")
        .arg(name, commandNames().join(QStringLiteral(", ")), projectSuffix);
}

bool handles(int argc, char **argv)
{
    if (argc < 2)
        return false;
    if (findCommand(argv[1]))
        return true;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    QString error;
    return readWindowArguments(parser, arguments, &error) != WindowArguments::Window;
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Verbatim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VERBATIM_VERSION));
    if (const Command *command = findCommand(argv[1]))
        return command->run();

    QCommandLineParser parser;
    QString error;
    switch (readWindowArguments(parser, QCoreApplication::arguments(), &error)) {
    case WindowArguments::Help:
        out() << parser.helpText();
        return 0;
    case WindowArguments::Version:
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    case WindowArguments::Mistaken:
        return fail(error);
    case WindowArguments::Window:
        break;
    }
    return fail(QCoreApplication::translate("CommandLine", "these arguments are for the window, which this process does not open"));
}

} // namespace Verbatim::CommandLine
