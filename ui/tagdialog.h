#pragma once

#include "store/records.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Verbatim::Ui {

/// Edits a codebook entry: name, colour and description. Refuses an empty name, one with Tag::nameSeparator in it,
/// or one the codebook already has.
class TagDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagDialog)

public:
    /// `otherNames` are the names of the codebook's other tags, which this one may not take.
    TagDialog(const Tag &tag, const QStringList &otherNames, QWidget *parent = nullptr);

    Tag tag() const;

private:
    void validate();
    void setColour(const QColor &colour);

    Tag m_tag;
    QStringList m_otherNames;
    QLineEdit *m_name = nullptr;
    QPushButton *m_colour = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Verbatim::Ui
