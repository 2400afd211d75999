#pragma once

#include "store/project.h"

#include <QString>

namespace Verbatim::Ui {

/// The QSettings group for what the window remembers of one project (its filters, the article being read):
/// `what`/ and the project's path, encoded so that any path makes one key.
inline QString projectSettingsGroup(const QString &what, const Project &project)
{
    return what + u'/'
        + QString::fromLatin1(project.filePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace Verbatim::Ui
