#pragma once

#include <QString>
#include <QStringView>

namespace rl {

// HTML character references: named (the Latin-1 set plus the typographic ones Chinese pages use:
// &nbsp; &ldquo; &mdash; &hellip; …), decimal and hexadecimal.
class HtmlEntities final
{
public:
    // Appends the text with references decoded. Unknown references stay as written.
    static void appendDecoded(QString &out, QStringView text);
    static QString decoded(QStringView text);

    // Decodes the reference starting at text[pos] == '&'. On success appends the character(s) to
    // out and returns the number of input characters consumed; 0 when it is not a reference.
    static qsizetype decodeAt(QStringView text, qsizetype pos, QString &out);
};

} // namespace rl
