#include "office/DocxStyles.h"

#include "office/DocxXml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace rl {

void DocxStyles::parse(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    QString currentId;
    Style current;
    bool inStyle = false;
    bool paragraphStyle = false;
    bool numberingStyle = false; // list styles carry the numbering of lists that link to them
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && DocxXml::isWord(r)) {
            const auto name = r.name();
            if (name == u"style") {
                inStyle = true;
                current = Style();
                currentId = DocxXml::attr(r, "styleId");
                const QString type = DocxXml::attr(r, "type");
                paragraphStyle = type.isEmpty() || type == u"paragraph";
                numberingStyle = type == u"numbering";
                if (paragraphStyle && DocxXml::isOn(DocxXml::attr(r, "default"), false))
                    m_default = currentId;
            } else if (!inStyle) {
                continue;
            } else if (name == u"name") {
                current.name = DocxXml::val(r);
            } else if (name == u"basedOn") {
                current.basedOn = DocxXml::val(r);
            } else if (name == u"outlineLvl") {
                bool ok = false;
                const int lvl = DocxXml::val(r).toInt(&ok);
                if (ok)
                    current.outlineLevel = lvl;
            } else if (name == u"numId") {
                current.numbering.numId = DocxXml::val(r).toInt();
            } else if (name == u"ilvl") {
                current.numbering.level = DocxXml::val(r).toInt();
            }
        } else if (r.isEndElement() && DocxXml::isWord(r) && r.name() == u"style") {
            if ((paragraphStyle || numberingStyle) && !currentId.isEmpty())
                m_styles.insert(currentId, current);
            inStyle = false;
        }
    }
}

const DocxStyles::Style *DocxStyles::find(const QString &id) const
{
    const auto it = m_styles.constFind(id);
    return it == m_styles.constEnd() ? nullptr : &it.value();
}

int DocxStyles::headingLevel(const QString &styleId) const
{
    static const QRegularExpression byName(QStringLiteral("^(?:heading|标题)\\s*([1-9])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString id = styleId;
    for (int hop = 0; hop < 12 && !id.isEmpty(); ++hop) {
        const Style *s = find(id);
        if (!s)
            return 0;
        const QRegularExpressionMatch m = byName.match(s->name.trimmed());
        if (m.hasMatch())
            return m.captured(1).toInt();
        if (s->outlineLevel >= 0)
            return s->outlineLevel <= 8 ? s->outlineLevel + 1 : 0;
        if (isTitle(id) || isTableOfContents(id))
            return 0;
        id = s->basedOn;
    }
    return 0;
}

bool DocxStyles::isTitle(const QString &styleId) const
{
    const Style *s = find(styleId);
    if (!s)
        return false;
    const QString n = s->name.trimmed().toLower();
    return n == u"title" || n == u"标题" || n == u"subtitle" || n == u"副标题";
}

bool DocxStyles::isTableOfContents(const QString &styleId) const
{
    const Style *s = find(styleId);
    if (!s)
        return false;
    static const QRegularExpression toc(QStringLiteral("^(?:toc\\s*\\d|toc heading|目录\\s*\\d*)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return toc.match(s->name.trimmed()).hasMatch();
}

DocxStyles::NumberingRef DocxStyles::numbering(const QString &styleId) const
{
    QString id = styleId;
    NumberingRef ref;
    for (int hop = 0; hop < 12 && !id.isEmpty(); ++hop) {
        const Style *s = find(id);
        if (!s)
            break;
        if (ref.level < 0)
            ref.level = s->numbering.level;
        if (s->numbering.numId >= 0) {
            ref.numId = s->numbering.numId;
            return ref;
        }
        id = s->basedOn;
    }
    return ref;
}

} // namespace rl
