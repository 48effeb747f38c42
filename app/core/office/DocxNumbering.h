#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace rl {

class DocxStyles;

// Automatic list numbering of a .docx (word/numbering.xml): counts numbered paragraphs in document
// order and renders the number Word would show ("一、", "（二）", "3.") so that the text carries the
// outline markers a reader sees.
class DocxNumbering final
{
public:
    void parse(const QByteArray &xml);
    // A list defined through a list style (w:numStyleLink) takes its levels and counters from the
    // list the style points to; needs the styles, so it runs after both parts are parsed.
    void resolveStyleLinks(const DocxStyles &styles);

    // Advances the counters for a paragraph numbered (numId, level) and returns its rendered marker;
    // empty for bullets, unnumbered or unknown lists.
    QString next(int numId, int level);

    // Number formats of w:numFmt (public for tests): 1 → "一", 12 → "十二", 3 → "c", 4 → "iv" …
    static QString format(int value, const QString &numFmt);

private:
    struct Level
    {
        int start = 1;
        QString numFmt = QStringLiteral("decimal");
        QString text;        // w:lvlText, e.g. "%1、" or "（%1）"
        bool legal = false;  // w:isLgl: all levels shown as decimal
    };
    struct AbstractList
    {
        QHash<int, Level> levels;
        QString numStyleLink; // the list style this list is an alias of
    };
    struct ListInstance
    {
        QString abstractId;
        QHash<int, int> startOverrides;
        bool used = false;
    };
    struct Counters
    {
        int value[9] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
        bool started[9] = {false, false, false, false, false, false, false, false, false};
    };

    QHash<QString, AbstractList> m_abstracts;
    QHash<int, ListInstance> m_instances;
    QHash<QString, Counters> m_counters; // per abstract list: instances of one list continue its count
    QHash<QString, QString> m_aliasOf;    // abstract list → the abstract list its list style names
};

} // namespace rl
