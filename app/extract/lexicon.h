#pragma once

#include "wordtable.h"

namespace Verbatim::Lexicon {

// Word lists of English news language that the rules rely on. They are language, not facts about the world
// (those are in the gazetteer), so they live with the code that uses them.

/// Speech and stance verbs that introduce a statement: "said", "claimed", "warned" ...
const WordTable<> &speechVerbs();
/// Nouns that "expressed" takes to make a statement: "expressed his readiness", "expressed hope".
const WordTable<> &expressedNouns();
/// Capitalised titles written before a name: "President", "Foreign Minister", "Gen." (one word each).
const WordTable<> &titles();
/// Lower-case role nouns: "the president", "Kremlin spokesman", "UK journalist".
const WordTable<> &roleNouns();
/// Head words that make a capitalised phrase an organisation: "Ministry", "Institute", "News".
const WordTable<> &organisationHeads();
/// Nouns for people the text does not name: "one woman told", "a resident said", "officials said".
const WordTable<> &unnamedSpeakerNouns();
/// Head words that make a capitalised phrase a place: "Liberty Square", "Dravik River", "Kharkiv Oblast".
const WordTable<> &placeHeads();
/// Lower-case nouns that make the capitalised name before them an organisation: "the National Renewal party".
const WordTable<> &trailingOrganisationNouns();
/// Lower-case nouns for organisations that can speak: "the ministry said", "the government stated".
const WordTable<> &organisationNouns();
/// Capitalised words that begin sentences without being names: "The", "Meanwhile", "Asked".
const WordTable<> &sentenceStarters();
/// Lower-case words allowed inside a name: "of", "for", "the", "de", "von".
const WordTable<> &nameConnectors();
/// Month names and abbreviations, with the month number as the value.
const WordTable<> &months();
/// Weekday names, with the ISO day number (Monday = 1) as the value.
const WordTable<> &weekdays();
/// Words between a name and its verb of saying: "Weber has also said", "Nowak later told".
const WordTable<> &verbAuxiliaries();
/// Words that end a run of names in a speaker phrase: verbAuxiliaries() and more auxiliaries, adverbs and pronouns
/// between subject and verb ("are", "never", "jointly", "himself").
const WordTable<> &auxiliaries();
/// Modal verbs: "will announce", "would say" report nothing said yet.
const WordTable<> &modals();
/// Speech verbs that report a statement only with a clause: "revealed that ...", not "revealed deficiencies".
const WordTable<> &verbsNeedingThat();
/// Speech verbs whose addressee comes before what is asked: "urged the allies to ...", "called on Congress to ...".
const WordTable<> &verbsWithAddressee();

/// A role word in lower case, in the one spelling the extractor compares: "Spokesman" and "spokeswoman" are
/// "spokesperson", "Defense" is "defence".
QString normalisedRole(QStringView word);

enum class Pronoun : quint8 { None, Masculine, Feminine, Plural, Neuter, FirstPerson };
/// The pronoun a subject word is, also in contractions ("I'm", "we're").
Pronoun subjectPronoun(QStringView word);

} // namespace Verbatim::Lexicon
