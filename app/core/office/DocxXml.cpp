#include "office/DocxXml.h"

namespace rl {

bool DocxXml::isWord(const QXmlStreamReader &r)
{
    const auto ns = r.namespaceUri();
    return ns.endsWith(u"wordprocessingml/2006/main") || ns == u"http://purl.oclc.org/ooxml/wordprocessingml/main";
}

QString DocxXml::attr(const QXmlStreamReader &r, const char *localName)
{
    const QLatin1String wanted(localName);
    const QXmlStreamAttributes attributes = r.attributes();
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == wanted)
            return a.value().toString();
    return QString();
}

bool DocxXml::isOn(const QString &value, bool whenAbsent)
{
    if (value.isEmpty())
        return whenAbsent;
    const QString v = value.toLower();
    return !(v == u"0" || v == u"false" || v == u"off" || v == u"none");
}

} // namespace rl
