#pragma once

#include <QString>
#include <QXmlStreamReader>

namespace rl {

// Small helpers for reading WordprocessingML with QXmlStreamReader, by local names so that both
// transitional (schemas.openxmlformats.org) and strict (purl.oclc.org) documents are read.
class DocxXml final
{
public:
    // The current element is in the WordprocessingML main namespace (w:).
    static bool isWord(const QXmlStreamReader &r);
    // Attribute by local name, whatever its prefix (w:val, r:id …).
    static QString attr(const QXmlStreamReader &r, const char *localName);
    static QString val(const QXmlStreamReader &r) { return attr(r, "val"); }
    // An on/off property: <w:vanish/> is on, w:val="0"/"false"/"off" is off.
    static bool isOn(const QString &value, bool whenAbsent = true);
};

} // namespace rl
