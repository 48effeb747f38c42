#include "read/Normaliser.h"

namespace rl {

QString Normaliser::normalise(const QString &raw)
{
    QString t = raw;   // placeholder until the reader work lands
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t;
}

} // namespace rl
