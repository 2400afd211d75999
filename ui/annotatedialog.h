#pragma once

#include "store/records.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;

namespace Verbatim::Ui {

/// Annotates a passage the user selected: tags from the codebook and a note.
class AnnotateDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotateDialog)

public:
    AnnotateDialog(const QString &passage, const QList<Tag> &codebook, QWidget *parent = nullptr);

    QList<qint64> tagIds() const;
    QString note() const;

private:
    QListWidget *m_tags = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Verbatim::Ui
