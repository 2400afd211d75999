#include "scoring.h"

#include "corpus/textoffsets.h"
#include "extract/gazetteer.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;
using Verbatim::EntityType;
using Verbatim::StatementKind;

namespace VerbatimEval {

namespace {

struct Pair {
    qsizetype gold = 0;
    qsizetype predicted = 0;
};

qsizetype overlapLength(qsizetype start1, qsizetype end1, qsizetype start2, qsizetype end2)
{
    return std::max<qsizetype>(0, std::min(end1, end2) - std::max(start1, start2));
}

// Pairs gold and found items one to one among the eligible pairs, those that overlap most first; ties go to the
// earlier gold item, then the earlier found one, so the result never depends on anything but the input order.
template<typename G, typename P, typename Eligible>
QList<Pair> matchOneToOne(const QList<G> &gold, const QList<P> &predicted, Eligible eligible)
{
    struct Candidate {
        qsizetype overlap;
        Pair pair;
    };
    QList<Candidate> candidates;
    for (qsizetype g = 0; g < gold.size(); ++g) {
        for (qsizetype p = 0; p < predicted.size(); ++p) {
            if (eligible(gold[g], predicted[p]))
                candidates.append(Candidate{overlapLength(gold[g].start, gold[g].end, predicted[p].start, predicted[p].end), Pair{g, p}});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.overlap > b.overlap; });
    QList<bool> goldUsed(gold.size(), false);
    QList<bool> predictedUsed(predicted.size(), false);
    QList<Pair> pairs;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (goldUsed[candidate.pair.gold] || predictedUsed[candidate.pair.predicted])
            continue;
        goldUsed[candidate.pair.gold] = true;
        predictedUsed[candidate.pair.predicted] = true;
        pairs.append(candidate.pair);
    }
    return pairs;
}

template<typename G, typename P>
Counts countsOf(const QList<Pair> &pairs, const QList<G> &gold, const QList<P> &predicted)
{
    return {int(pairs.size()), int(predicted.size() - pairs.size()), int(gold.size() - pairs.size())};
}

enum class Group { Quotations, Indirect, All };

bool inGroup(StatementKind kind, Group group)
{
    switch (group) {
    case Group::Quotations:
        return kind == StatementKind::Direct || kind == StatementKind::Mixed;
    case Group::Indirect:
        return kind == StatementKind::Indirect;
    case Group::All:
        return true;
    }
    return false;
}

// The gold and found statements of one group, matched: pairs hold indexes into the full lists.
struct GroupMatch {
    QList<Pair> exact;
    QList<Pair> overlap;
    SpanFigures figures;
    QList<qsizetype> goldMembers;
    QList<qsizetype> predictedMembers;
};

GroupMatch matchGroup(const QList<GoldStatement> &gold, const QList<PredictedStatement> &predicted, Group group)
{
    GroupMatch match;
    QList<GoldStatement> goldIn;
    QList<PredictedStatement> predictedIn;
    for (qsizetype i = 0; i < gold.size(); ++i) {
        if (inGroup(gold[i].kind, group)) {
            match.goldMembers.append(i);
            goldIn.append(gold[i]);
        }
    }
    for (qsizetype i = 0; i < predicted.size(); ++i) {
        if (predicted[i].kind != StatementKind::Manual && inGroup(predicted[i].kind, group)) {
            match.predictedMembers.append(i);
            predictedIn.append(predicted[i]);
        }
    }
    const auto exact = [](const GoldStatement &g, const PredictedStatement &p) { return g.start == p.start && g.end == p.end; };
    const auto overlap = [](const GoldStatement &g, const PredictedStatement &p) { return spansOverlap(g.start, g.end, p.start, p.end); };
    match.exact = matchOneToOne(goldIn, predictedIn, exact);
    match.overlap = matchOneToOne(goldIn, predictedIn, overlap);
    match.figures = {countsOf(match.exact, goldIn, predictedIn), countsOf(match.overlap, goldIn, predictedIn)};
    for (QList<Pair> *pairs : {&match.exact, &match.overlap}) {
        for (Pair &pair : *pairs)
            pair = {match.goldMembers[pair.gold], match.predictedMembers[pair.predicted]};
    }
    return match;
}

const QList<EntityType> mainEntityTypes{EntityType::Person, EntityType::Place, EntityType::Organisation};

QString kindName(StatementKind kind)
{
    return Verbatim::statementKindName(kind);
}

QString speakerOrNone(const QString &speaker)
{
    return speaker.isEmpty() ? u"(none)"_s : speaker;
}

} // namespace

double Counts::precision() const
{
    return found() == 0 ? 1.0 : double(truePositives) / found();
}

double Counts::recall() const
{
    return gold() == 0 ? 1.0 : double(truePositives) / gold();
}

double Counts::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

Counts &Counts::operator+=(const Counts &other)
{
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    falseNegatives += other.falseNegatives;
    return *this;
}

QList<PredictedStatement> predictedStatements(const Verbatim::Extraction &extraction, QStringView text)
{
    const Verbatim::TextOffsets offsets(text);
    QList<PredictedStatement> result;
    for (const Verbatim::ExtractedStatement &statement : extraction.statements)
        result.append({offsets.toCodePoint(statement.start), offsets.toCodePoint(statement.end), statement.kind, statement.speaker});
    return result;
}

QList<PredictedMention> predictedMentions(const Verbatim::Extraction &extraction, QStringView text)
{
    const Verbatim::TextOffsets offsets(text);
    QList<PredictedMention> result;
    for (const Verbatim::EntityMention &mention : extraction.mentions)
        result.append({offsets.toCodePoint(mention.start), offsets.toCodePoint(mention.end), mention.type, mention.name});
    return result;
}

bool spansOverlap(qsizetype start1, qsizetype end1, qsizetype start2, qsizetype end2)
{
    const qsizetype overlap = overlapLength(start1, end1, start2, end2);
    const qsizetype shorter = std::min(end1 - start1, end2 - start2);
    return overlap > 0 && 2 * overlap >= shorter;
}

QString normalisedSpeaker(QStringView name)
{
    QString simplified = name.toString().simplified();
    if (simplified.startsWith(u"the "_s, Qt::CaseInsensitive))
        simplified.remove(0, 4);
    // "U.S. Department of Energy" and "Department of Energy" name the same speaker; "U.S." alone stays.
    for (const QString &country : {u"U.S. "_s, u"US "_s}) {
        if (simplified.startsWith(country) && simplified.size() > country.size())
            simplified.remove(0, country.size());
    }
    return Verbatim::canonicalPersonName(simplified).toCaseFolded();
}

bool sameSpeaker(QStringView gold, QStringView predicted)
{
    return normalisedSpeaker(gold) == normalisedSpeaker(predicted);
}

SpanFigures &SpanFigures::operator+=(const SpanFigures &other)
{
    exact += other.exact;
    overlap += other.overlap;
    return *this;
}

double StatementScores::speakerAccuracy() const
{
    return speakerPairs == 0 ? 1.0 : double(speakerCorrect) / speakerPairs;
}

StatementScores &StatementScores::operator+=(const StatementScores &other)
{
    quotations += other.quotations;
    indirect += other.indirect;
    all += other.all;
    speakerPairs += other.speakerPairs;
    speakerCorrect += other.speakerCorrect;
    goldUnknownSpeaker += other.goldUnknownSpeaker;
    return *this;
}

StatementScores scoreStatements(const QList<GoldStatement> &gold, const QList<PredictedStatement> &predicted)
{
    StatementScores scores;
    scores.quotations = matchGroup(gold, predicted, Group::Quotations).figures;
    scores.indirect = matchGroup(gold, predicted, Group::Indirect).figures;
    const GroupMatch all = matchGroup(gold, predicted, Group::All);
    scores.all = all.figures;
    // Speakers are judged on every overlapping pair, whatever kind each side gave the statement.
    for (const Pair &pair : all.overlap) {
        if (gold[pair.gold].speaker.isEmpty())
            continue;
        ++scores.speakerPairs;
        if (sameSpeaker(gold[pair.gold].speaker, predicted[pair.predicted].speaker))
            ++scores.speakerCorrect;
    }
    scores.goldUnknownSpeaker = int(std::count_if(gold.cbegin(), gold.cend(), [](const GoldStatement &s) { return s.speaker.isEmpty(); }));
    return scores;
}

bool headMatches(const GoldMention &gold, const PredictedMention &predicted)
{
    return gold.type == predicted.type && predicted.start <= gold.headStart && gold.headEnd <= predicted.end && gold.start <= predicted.start
        && predicted.end <= gold.end;
}

Counts EntityScores::microHead() const
{
    Counts sum;
    for (EntityType type : mainEntityTypes)
        sum += head.value(type);
    return sum;
}

Counts EntityScores::microExact() const
{
    Counts sum;
    for (EntityType type : mainEntityTypes)
        sum += exact.value(type);
    return sum;
}

EntityScores &EntityScores::operator+=(const EntityScores &other)
{
    for (auto it = other.head.cbegin(); it != other.head.cend(); ++it)
        head[it.key()] += it.value();
    for (auto it = other.exact.cbegin(); it != other.exact.cend(); ++it)
        exact[it.key()] += it.value();
    return *this;
}

QList<EntityType> scoredEntityTypes(const GoldSet &set)
{
    QList<EntityType> types = mainEntityTypes;
    for (EntityType optional : {EntityType::Date, EntityType::Group}) {
        const bool present = std::any_of(set.documents.cbegin(), set.documents.cend(), [&](const GoldDocument &document) {
            return std::any_of(document.mentions.cbegin(), document.mentions.cend(), [&](const GoldMention &m) { return m.type == optional; });
        });
        if (present)
            types.append(optional);
    }
    return types;
}

namespace {

template<typename Item>
QList<Item> ofType(const QList<Item> &items, EntityType type)
{
    QList<Item> result;
    std::copy_if(items.cbegin(), items.cend(), std::back_inserter(result), [type](const Item &item) { return item.type == type; });
    return result;
}

const auto exactMention = [](const GoldMention &g, const PredictedMention &p) { return g.type == p.type && g.start == p.start && g.end == p.end; };

} // namespace

EntityScores scoreEntities(const QList<GoldMention> &gold, const QList<PredictedMention> &predicted, const QList<EntityType> &types)
{
    EntityScores scores;
    for (EntityType type : types) {
        const QList<GoldMention> goldOfType = ofType(gold, type);
        const QList<PredictedMention> predictedOfType = ofType(predicted, type);
        scores.head[type] = countsOf(matchOneToOne(goldOfType, predictedOfType, headMatches), goldOfType, predictedOfType);
        scores.exact[type] = countsOf(matchOneToOne(goldOfType, predictedOfType, exactMention), goldOfType, predictedOfType);
    }
    return scores;
}

QString EvaluationError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Missed:
        return u"missed"_s;
    case Kind::False:
        return u"false"_s;
    case Kind::WrongSpeaker:
        return u"speaker"_s;
    case Kind::Boundary:
        return u"boundary"_s;
    }
    return {};
}

QString codePointSlice(QStringView text, qsizetype start, qsizetype end)
{
    const Verbatim::TextOffsets offsets(text);
    const qsizetype from = std::clamp<qsizetype>(offsets.toUtf16(start), 0, text.size());
    const qsizetype to = std::clamp<qsizetype>(offsets.toUtf16(end), from, text.size());
    return text.sliced(from, to - from).toString();
}

QString contextOf(QStringView text, qsizetype start, qsizetype end, int width)
{
    const Verbatim::TextOffsets offsets(text);
    const qsizetype from = std::clamp<qsizetype>(offsets.toUtf16(start), 0, text.size());
    const qsizetype to = std::clamp<qsizetype>(offsets.toUtf16(end), from, text.size());
    const qsizetype left = std::max<qsizetype>(0, from - width);
    const qsizetype right = std::min(text.size(), to + width);
    QString context = (left > 0 ? u"\u2026"_s : QString()) + text.sliced(left, from - left) + u"[["_s + text.sliced(from, to - from) + u"]]"_s
        + text.sliced(to, right - to) + (right < text.size() ? u"\u2026"_s : QString());
    return context.replace(u"\n\n"_s, u" / "_s).replace(u'\n', u" / "_s);
}

QList<EvaluationError> statementErrors(QStringView text, const QList<GoldStatement> &gold, const QList<PredictedStatement> &predicted)
{
    QList<EvaluationError> errors;
    auto add = [&](EvaluationError::Kind kind, const QString &category, qsizetype start, qsizetype end, const QString &detail) {
        errors.append({kind, QString(), category, start, end, codePointSlice(text, start, end), contextOf(text, start, end), detail});
    };
    const GroupMatch all = matchGroup(gold, predicted, Group::All);
    auto partnerOfGold = [&](qsizetype g) -> qsizetype {
        for (const Pair &pair : all.overlap) {
            if (pair.gold == g)
                return pair.predicted;
        }
        return -1;
    };
    auto partnerOfPredicted = [&](qsizetype p) -> qsizetype {
        for (const Pair &pair : all.overlap) {
            if (pair.predicted == p)
                return pair.gold;
        }
        return -1;
    };

    for (const auto &[group, category] : {std::pair{Group::Quotations, u"quotation"_s}, std::pair{Group::Indirect, u"indirect"_s}}) {
        const GroupMatch match = matchGroup(gold, predicted, group);
        for (qsizetype g : match.goldMembers) {
            const auto matched = std::find_if(match.overlap.cbegin(), match.overlap.cend(), [&](const Pair &pair) { return pair.gold == g; });
            const GoldStatement &statement = gold[g];
            if (matched == match.overlap.cend()) {
                const qsizetype partner = partnerOfGold(g);
                QString detail = u"gold %1, speaker %2"_s.arg(kindName(statement.kind), speakerOrNone(statement.speaker));
                if (partner >= 0)
                    detail += u"; found as %1: \"%2\""_s.arg(kindName(predicted[partner].kind),
                                                             codePointSlice(text, predicted[partner].start, predicted[partner].end));
                add(EvaluationError::Kind::Missed, category, statement.start, statement.end, detail);
            } else if (const PredictedStatement &found = predicted[matched->predicted]; found.start != statement.start || found.end != statement.end) {
                add(EvaluationError::Kind::Boundary, category, found.start, found.end,
                    u"found %1; gold %2 is \"%3\""_s.arg(kindName(found.kind), kindName(statement.kind),
                                                        codePointSlice(text, statement.start, statement.end)));
            }
        }
        for (qsizetype p : match.predictedMembers) {
            if (std::any_of(match.overlap.cbegin(), match.overlap.cend(), [&](const Pair &pair) { return pair.predicted == p; }))
                continue;
            const PredictedStatement &found = predicted[p];
            QString detail = u"found %1, speaker %2"_s.arg(kindName(found.kind), speakerOrNone(found.speaker));
            if (const qsizetype partner = partnerOfPredicted(p); partner >= 0)
                detail += u"; the gold set has it as %1"_s.arg(kindName(gold[partner].kind));
            add(EvaluationError::Kind::False, category, found.start, found.end, detail);
        }
    }
    for (const Pair &pair : all.overlap) {
        const GoldStatement &statement = gold[pair.gold];
        const PredictedStatement &found = predicted[pair.predicted];
        if (!statement.speaker.isEmpty() && !sameSpeaker(statement.speaker, found.speaker))
            add(EvaluationError::Kind::WrongSpeaker, inGroup(statement.kind, Group::Indirect) ? u"indirect"_s : u"quotation"_s, statement.start,
                statement.end, u"gold speaker %1, found %2"_s.arg(statement.speaker, speakerOrNone(found.speaker)));
    }
    std::stable_sort(errors.begin(), errors.end(), [](const EvaluationError &a, const EvaluationError &b) { return a.start < b.start; });
    return errors;
}

QList<EvaluationError> entityErrors(QStringView text, const QList<GoldMention> &gold, const QList<PredictedMention> &predicted,
                                    const QList<EntityType> &types)
{
    QList<EvaluationError> errors;
    auto add = [&](EvaluationError::Kind kind, EntityType type, qsizetype start, qsizetype end, const QString &detail) {
        errors.append({kind, QString(), Verbatim::entityTypeName(type), start, end, codePointSlice(text, start, end), contextOf(text, start, end), detail});
    };
    for (EntityType type : types) {
        const QList<GoldMention> goldOfType = ofType(gold, type);
        const QList<PredictedMention> predictedOfType = ofType(predicted, type);
        const QList<Pair> pairs = matchOneToOne(goldOfType, predictedOfType, headMatches);
        for (qsizetype g = 0; g < goldOfType.size(); ++g) {
            const GoldMention &mention = goldOfType[g];
            const QString head = codePointSlice(text, mention.headStart, mention.headEnd);
            const auto matched = std::find_if(pairs.cbegin(), pairs.cend(), [&](const Pair &pair) { return pair.gold == g; });
            if (matched != pairs.cend()) {
                const PredictedMention &found = predictedOfType[matched->predicted];
                if (found.start != mention.start || found.end != mention.end)
                    add(EvaluationError::Kind::Boundary, type, found.start, found.end,
                        u"gold span \"%1\", head \"%2\""_s.arg(codePointSlice(text, mention.start, mention.end), head));
                continue;
            }
            QString detail = u"head \"%1\""_s.arg(head);
            for (const PredictedMention &found : predicted) {
                GoldMention retyped = mention;
                retyped.type = found.type;
                if (found.type != type && headMatches(retyped, found)) {
                    detail += u"; found as %1"_s.arg(Verbatim::entityTypeName(found.type));
                    break;
                }
                if (found.type == type && overlapLength(found.start, found.end, mention.start, mention.end) > 0) {
                    detail += u"; found \"%1\""_s.arg(codePointSlice(text, found.start, found.end));
                    break;
                }
            }
            add(EvaluationError::Kind::Missed, type, mention.start, mention.end, detail);
        }
        for (qsizetype p = 0; p < predictedOfType.size(); ++p) {
            if (std::any_of(pairs.cbegin(), pairs.cend(), [&](const Pair &pair) { return pair.predicted == p; }))
                continue;
            const PredictedMention &found = predictedOfType[p];
            QString detail = u"name %1"_s.arg(found.name);
            for (const GoldMention &mention : gold) {
                if (overlapLength(found.start, found.end, mention.start, mention.end) > 0) {
                    detail += u"; gold %1 \"%2\", head \"%3\""_s.arg(Verbatim::entityTypeName(mention.type), codePointSlice(text, mention.start, mention.end),
                                                                    codePointSlice(text, mention.headStart, mention.headEnd));
                    break;
                }
            }
            add(EvaluationError::Kind::False, type, found.start, found.end, detail);
        }
    }
    std::stable_sort(errors.begin(), errors.end(), [](const EvaluationError &a, const EvaluationError &b) { return a.start < b.start; });
    return errors;
}

} // namespace VerbatimEval
