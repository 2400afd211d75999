#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace Verbatim {

/// A QStringView as the key to look up in a QHash<QString, ...>: itself on Qt 6.8 and later, which look views up
/// without making a QString; a copy before.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
inline QStringView hashKey(QStringView key)
{
    return key;
}
#else
inline QString hashKey(QStringView key)
{
    return key.toString();
}
#endif

/// A set of words (or short phrases) with a small value each, looked up by QStringView without allocating where
/// Qt allows it (6.8 and later): the extractor does millions of these lookups per second.
template<typename Value = quint8>
class WordTable
{
public:
    WordTable() = default;
    WordTable(std::initializer_list<const char16_t *> words, Value value = Value(1))
    {
        for (const char16_t *word : words)
            insert(QString::fromUtf16(word), value);
    }

    void insert(const QString &word, Value value = Value(1)) { m_words.insert(word, value); }

    bool contains(QStringView word) const { return find(word) != nullptr; }
    /// The value for `word`, or `fallback` when it is not in the table.
    Value value(QStringView word, Value fallback = Value()) const
    {
        const Value *found = find(word);
        return found ? *found : fallback;
    }
    const Value *find(QStringView word) const
    {
        const auto it = m_words.constFind(hashKey(word));
        return it == m_words.constEnd() ? nullptr : &*it;
    }
    qsizetype size() const { return m_words.size(); }

private:
    QHash<QString, Value> m_words;
};

} // namespace Verbatim
