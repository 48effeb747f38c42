#include "outline/OutlineParser.h"

namespace rl {

Outline OutlineParser::parse(const QString &) const
{
    return {};   // placeholder until the outline work lands
}

} // namespace rl
