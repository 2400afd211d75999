#pragma once

namespace Verbatim::Ui {

/// Runs the window: parses [PROJECT] and --screenshot FILE.png, opens the project and the main window.
int runApplication(int argc, char **argv);

} // namespace Verbatim::Ui
