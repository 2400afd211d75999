#pragma once

#include "corpora.h"
#include "gold.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The authoring format: what a person writes when marking statements by hand. It quotes the spans, so such files
// stay outside the repository; convertAuthoring() turns one into a gold set, which holds positions and hashes only.
//
//   {"name": "...", "source": "usgov", "documents": [{"key": "17",
//     "statements": [{"text": "exact span as in the normalised text", "occurrence": 1, "kind": "direct", "speaker": "Janet Yellen"}],
//     "mentions": [{"text": "US President Donald Trump", "occurrence": 1, "type": "person", "head": "Donald Trump"}]}]}
//
// "occurrence" (default 1) picks the n-th place where the text occurs; a mention's "head" (default: all of it) is
// found inside the mention.
namespace VerbatimEval {

/// One authored document against its text: positions and hashes for every statement and mention. False with a
/// message naming the document and the snippet that is not in the text. A snippet that occurs more than once
/// without an "occurrence" adds a warning, for the author to check that the first is meant.
bool locateSnippets(const QJsonObject &authored, const DocumentText &text, GoldDocument *document, QString *error,
                    QStringList *warnings = nullptr);

/// A whole authoring file, with the texts from `corpus`.
bool convertAuthoring(const QByteArray &json, CorpusReader &corpus, GoldSet *set, QString *error, QStringList *warnings = nullptr);

} // namespace VerbatimEval
