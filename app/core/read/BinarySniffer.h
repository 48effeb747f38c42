#pragma once

#include <QByteArray>
#include <QString>

namespace rl {

// Tells binary files (executables, images, archives, anything with NUL bytes or many control
// characters) from text before a decoder turns them into garbage text.
class BinarySniffer final
{
public:
    // Empty when the bytes may be text; otherwise a reason such as "it is a PNG image".
    // UTF-16 text (which has NUL bytes) is recognised as text when it has a BOM or the
    // NULs fall on one byte parity only.
    static QString binaryReason(const QByteArray &bytes);

    // Byte order of BOM-less UTF-16 guessed from where the NUL bytes fall: 0 none, 1 LE, 2 BE.
    static int utf16WithoutBomOrder(const QByteArray &bytes);

    // Share of characters in decoded text that no text contains (C0/C1 controls other than
    // tab/newline/form feed, U+FFFD, non-characters); used to verify a decoding.
    static double garbageRatio(QStringView text);
};

} // namespace rl
