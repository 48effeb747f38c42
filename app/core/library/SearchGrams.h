#pragma once

#include <QString>
#include <QStringView>

namespace rl {

// The search index's view of a text: one token per UTF-16 position, the two code units starting there
// (a bigram), separated by spaces, for an FTS5 table with the `ascii` tokenizer and full positions.
//
// Why bigrams and not FTS5's trigram tokenizer: staff search 2-character terms (仲裁, 调解, 欠薪, 复议),
// which trigrams cannot match, and indexing bigram tokens costs about a quarter of the trigram tokenizer's
// time. Any query of 2+ characters is the phrase of its bigrams, which matches exactly the texts containing
// it (token positions are consecutive exactly when the bigrams are), and token position = text offset.
class SearchGrams final
{
public:
    // Bigram tokens of `text`, space-separated (empty for texts shorter than 2).
    static QString tokens(QStringView text);
    // The FTS5 MATCH expression for `needle` (2+ UTF-16 code units): one quoted phrase.
    static QString phrase(QStringView needle);

private:
    static void appendToken(QString &out, QChar a, QChar b);
};

} // namespace rl
