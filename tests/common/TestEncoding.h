#pragma once

#include <QByteArray>
#include <QString>

namespace rl::test {

// Text encoded with ICU in any charset the readers must understand ("GB18030", "GBK", "UTF-16LE", …):
// tests write the same report in many encodings. Aborts the test binary on an unknown charset.
QByteArray icuEncode(const QString &text, const char *encoding);
inline QByteArray gb18030(const QString &text) { return icuEncode(text, "GB18030"); }

} // namespace rl::test
