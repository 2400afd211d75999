#include "application.h"

#include <QApplication>

namespace Verbatim::Ui {

int runApplication(int argc, char **argv)
{
    QApplication app(argc, argv);
    return 0;
}

} // namespace Verbatim::Ui
