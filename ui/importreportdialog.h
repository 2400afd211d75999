#pragma once

#include "io/importer.h"

#include <QDialog>

namespace Verbatim::Ui {

/// Shows what an import did and every file or record it skipped, with the reason, in text that can be copied.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)

public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);
};

} // namespace Verbatim::Ui
