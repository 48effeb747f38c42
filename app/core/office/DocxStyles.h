#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace rl {

// Paragraph styles of a .docx (word/styles.xml) as far as the outline cares: which style is a
// heading of which level, which is the document title or a table-of-contents entry, and the list
// numbering a style carries. Word writes localised style ids ("1", "标题1") but English built-in
// names ("heading 1"), so levels are resolved through names, outline levels and basedOn chains.
class DocxStyles final
{
public:
    struct NumberingRef
    {
        int numId = -1;   // -1: none given here; 0: numbering switched off
        int level = -1;   // -1: not given (level 0 by default)
    };

    void parse(const QByteArray &xml);

    // 1-based heading level of a paragraph style, 0 when it is not a heading.
    int headingLevel(const QString &styleId) const;
    bool isTitle(const QString &styleId) const;
    // Table-of-contents entries ("toc 1", "TOC Heading"): generated text that repeats the headings.
    bool isTableOfContents(const QString &styleId) const;
    NumberingRef numbering(const QString &styleId) const;
    // The style Word uses when a paragraph names none.
    QString defaultParagraphStyle() const { return m_default; }

private:
    struct Style
    {
        QString name;
        QString basedOn;
        int outlineLevel = -1; // 0-based as in w:outlineLvl; 9 means body text
        NumberingRef numbering;
    };
    const Style *find(const QString &id) const;

    QHash<QString, Style> m_styles;
    QString m_default;
};

} // namespace rl
