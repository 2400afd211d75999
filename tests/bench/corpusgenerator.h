#pragma once

#include <QDate>
#include <QString>

#include <cstdint>

namespace VerbatimBench {

/// Writes synthetic news articles in the corpus format (" date YYYY-MM-DD " + lead sentence, paragraphs separated by
/// blank lines, file names NNN_<16 hex>.txt), with quotations in several styles, speakers introduced with roles and
/// referred to by surname, pronoun and role, organisations, places, dates and reported speech. Deterministic: the same
/// seed gives the same bytes on every machine (its own random numbers, no std:: distributions).
class CorpusGenerator
{
public:
    explicit CorpusGenerator(quint64 seed = 20261122);

    /// The `index`-th article: the same for the same seed and index, whatever was generated before.
    struct Generated {
        QString fileName; ///< "000123_<16 hex>.txt"
        QString text; ///< the whole file
        QDate date;
    };
    Generated article(qint64 index) const;

    /// Writes `count` articles under `folder` (a thousand per subfolder); returns the bytes written, or -1.
    qint64 writeCorpus(const QString &folder, qint64 count) const;

    /// An article of about `bytes` bytes (for reading and highlighting long articles).
    QString longArticle(qint64 index, qint64 bytes) const;

private:
    quint64 m_seed;
};

/// A small, portable random generator (SplitMix64).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// 0 <= value < bound
    int below(int bound) { return int(next() % quint64(bound)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

} // namespace VerbatimBench
