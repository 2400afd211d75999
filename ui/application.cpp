#include "application.h"

#include "articlereader.h"
#include "cli/commandline.h"
#include "codingpanel.h"
#include "mainwindow.h"
#include "store/projectfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace Verbatim::Ui {

namespace {

// With no project named: the last one used, if it is still there, else a new project in the user's data folder.
QString defaultProjectPath()
{
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent) {
        if (QFileInfo::exists(path))
            return path;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    QString path = QDir(folder).filePath(QStringLiteral("My project.%1").arg(ProjectFile::suffix()));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("My project %1.%2").arg(n).arg(ProjectFile::suffix()));
    return path;
}

int takeScreenshot(MainWindow &window, const QString &file)
{
    window.resize(1440, 900);
    window.show();
    window.selectArticle(0);
    window.codingPanel()->statementView()->setCurrentIndex(window.codingPanel()->statementView()->model()->index(0, 1));
    // Let the window lay itself out and paint once before grabbing it.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    QTextStream err(stderr);
    if (!window.grab().save(file)) {
        err << "verbatim: cannot write the screenshot to " << file << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int runApplication(int argc, char **argv)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // Without a display Qt aborts ("could not connect to display") with a core dump; say what works instead. A
    // platform chosen on purpose (QT_QPA_PLATFORM=offscreen, -platform) is left to Qt.
    const bool platformChosen = qEnvironmentVariableIsSet("QT_QPA_PLATFORM")
        || std::any_of(argv + 1, argv + argc, [](const char *argument) { return qstrcmp(argument, "-platform") == 0 || qstrcmp(argument, "--platform") == 0; });
    if (!platformChosen && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QStringList commands = CommandLine::commandNames();
        const QString last = commands.takeLast();
        QTextStream(stderr) << "verbatim: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                               "the commands "
                            << commands.join(QStringLiteral(", ")) << " and " << last << " work without one (verbatim --help)" << Qt::endl;
        return 1;
    }
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Verbatim"));
    QApplication::setOrganizationName(QStringLiteral("Verbatim"));
    QApplication::setApplicationDisplayName(QStringLiteral("Verbatim"));
    QApplication::setApplicationVersion(QStringLiteral(VERBATIM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.verbatim.Verbatim"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/verbatim.svg")));

    QCommandLineParser parser;
    CommandLine::addWindowArguments(parser);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (const QString error = CommandLine::windowArgumentsError(positional); !error.isEmpty()) {
        QTextStream(stderr) << "verbatim: " << error << Qt::endl;
        return 1;
    }
    const QString projectPath = positional.isEmpty() ? defaultProjectPath() : positional.constFirst();

    MainWindow window;
    QString error;
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    if (!window.openProject(projectPath, &error)) {
        if (screenshot) {
            QTextStream(stderr) << "verbatim: " << error << Qt::endl;
            return 1;
        }
        window.show();
        QMessageBox::critical(&window, QApplication::translate("Application", "Open Project"), error);
        return app.exec();
    }
    if (screenshot)
        return takeScreenshot(window, parser.value(QStringLiteral("screenshot")));
    window.show();
    return app.exec();
}

} // namespace Verbatim::Ui
