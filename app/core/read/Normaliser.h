#pragma once

#include <QString>

namespace rl {

// Makes the text the user reads and every offset refers to: half-width digits/letters/punctuation
// in numbers, no spaces inside numbers or before units, unified line endings, web boilerplate dropped.
class Normaliser final
{
public:
    static QString normalise(const QString &raw);
};

} // namespace rl
