#include "application.h"
#include "cli/commandline.h"

int main(int argc, char *argv[])
{
    // Commands such as "verbatim import", --help, --version and mistyped arguments run without a window (and without a display).
    if (Verbatim::CommandLine::handles(argc, argv))
        return Verbatim::CommandLine::run(argc, argv);
    return Verbatim::Ui::runApplication(argc, argv);
}
