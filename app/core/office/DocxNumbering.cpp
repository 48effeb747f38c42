#include "office/DocxNumbering.h"

#include "office/DocxStyles.h"
#include "office/DocxXml.h"

#include <QXmlStreamReader>

namespace rl {

void DocxNumbering::parse(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    QString abstractId;      // inside <w:abstractNum>
    int levelIndex = -1;     // inside <w:lvl> (of an abstractNum or a lvlOverride)
    Level level;
    int numId = -1;          // inside <w:num>
    ListInstance instance;
    int overrideLevel = -1;  // inside <w:lvlOverride>
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && DocxXml::isWord(r)) {
            const auto name = r.name();
            if (name == u"abstractNum") {
                abstractId = DocxXml::attr(r, "abstractNumId");
            } else if (name == u"num") {
                numId = DocxXml::attr(r, "numId").toInt();
                instance = ListInstance();
            } else if (name == u"lvlOverride") {
                overrideLevel = DocxXml::attr(r, "ilvl").toInt();
            } else if (name == u"startOverride" && numId >= 0 && overrideLevel >= 0) {
                instance.startOverrides.insert(overrideLevel, DocxXml::val(r).toInt());
            } else if (name == u"abstractNumId" && numId >= 0) {
                instance.abstractId = DocxXml::val(r);
            } else if (name == u"numStyleLink" && !abstractId.isEmpty()) {
                m_abstracts[abstractId].numStyleLink = DocxXml::val(r);
            } else if (name == u"lvl" && !abstractId.isEmpty()) {
                levelIndex = DocxXml::attr(r, "ilvl").toInt();
                level = Level();
            } else if (levelIndex >= 0) {
                if (name == u"start")
                    level.start = DocxXml::val(r).toInt();
                else if (name == u"numFmt")
                    level.numFmt = DocxXml::val(r);
                else if (name == u"lvlText")
                    level.text = DocxXml::val(r);
                else if (name == u"isLgl")
                    level.legal = DocxXml::isOn(DocxXml::val(r));
            }
        } else if (r.isEndElement() && DocxXml::isWord(r)) {
            const auto name = r.name();
            if (name == u"lvl" && levelIndex >= 0) {
                if (levelIndex >= 0 && levelIndex < 9)
                    m_abstracts[abstractId].levels.insert(levelIndex, level);
                levelIndex = -1;
            } else if (name == u"abstractNum") {
                abstractId.clear();
            } else if (name == u"lvlOverride") {
                overrideLevel = -1;
            } else if (name == u"num") {
                if (numId >= 0)
                    m_instances.insert(numId, instance);
                numId = -1;
            }
        }
    }
}

void DocxNumbering::resolveStyleLinks(const DocxStyles &styles)
{
    for (auto it = m_abstracts.constBegin(); it != m_abstracts.constEnd(); ++it) {
        if (it.value().numStyleLink.isEmpty())
            continue;
        const int numId = styles.numbering(it.value().numStyleLink).numId;
        const auto target = m_instances.constFind(numId);
        if (target != m_instances.constEnd() && target->abstractId != it.key() && m_abstracts.contains(target->abstractId))
            m_aliasOf.insert(it.key(), target->abstractId);
    }
}

QString DocxNumbering::next(int numId, int level)
{
    if (numId <= 0 || level < 0 || level > 8)
        return QString();
    const auto inst = m_instances.find(numId);
    if (inst == m_instances.end())
        return QString();
    const QString abstractId = m_aliasOf.value(inst->abstractId, inst->abstractId);
    const auto abs = m_abstracts.constFind(abstractId);
    if (abs == m_abstracts.constEnd())
        return QString();
    const AbstractList &list = abs.value();
    Counters &c = m_counters[abstractId];

    // A list instance that overrides its start restarts the count the first time it is used.
    if (!inst->used) {
        inst->used = true;
        for (auto it = inst->startOverrides.constBegin(); it != inst->startOverrides.constEnd(); ++it) {
            if (it.key() >= 0 && it.key() < 9) {
                c.value[it.key()] = it.value() - 1;
                c.started[it.key()] = true;
            }
        }
    }

    const Level here = list.levels.value(level);
    if (c.started[level]) {
        ++c.value[level];
    } else {
        c.value[level] = here.start;
        c.started[level] = true;
    }
    for (int deeper = level + 1; deeper < 9; ++deeper)
        c.started[deeper] = false;

    if (here.numFmt == u"bullet" || here.numFmt == u"none" || !list.levels.contains(level))
        return QString();
    QString marker = here.text;
    for (int k = 0; k < 9; ++k) {
        const QString placeholder = QLatin1Char('%') + QString::number(k + 1);
        if (!marker.contains(placeholder))
            continue;
        const Level lk = list.levels.value(k);
        const int value = k == level ? c.value[level] : (c.started[k] ? c.value[k] : lk.start);
        const QString fmt = (here.legal && k != level) ? QStringLiteral("decimal") : lk.numFmt;
        marker.replace(placeholder, format(value, fmt));
    }
    return marker;
}

namespace {

QString chineseCount(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    if (n < 20)
        return QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
    if (n < 100)
        return QString(digits.at(n / 10)) + QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
    if (n < 1000) {
        QString s = QString(digits.at(n / 100)) + QStringLiteral("百");
        const int rest = n % 100;
        if (rest == 0)
            return s;
        if (rest < 10)
            return s + QStringLiteral("零") + digits.at(rest);
        return s + (rest < 20 ? QStringLiteral("一") + chineseCount(rest) : chineseCount(rest));
    }
    return QString::number(n);
}

QString letters(int n, bool upper)
{
    if (n <= 0)
        return QString::number(n);
    // Word repeats the letter: a … z, aa … zz.
    const QChar c = QChar(char16_t((upper ? 'A' : 'a') + (n - 1) % 26));
    return QString((n - 1) / 26 + 1, c);
}

QString roman(int n, bool upper)
{
    if (n <= 0 || n >= 4000)
        return QString::number(n);
    static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char *symbols[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    QString s;
    for (int i = 0; i < 13; ++i)
        while (n >= values[i]) {
            s += QLatin1String(symbols[i]);
            n -= values[i];
        }
    return upper ? s.toUpper() : s;
}

} // namespace

QString DocxNumbering::format(int value, const QString &numFmt)
{
    if (numFmt == u"decimal" || numFmt.isEmpty())
        return QString::number(value);
    if (numFmt == u"decimalZero")
        return value < 10 && value >= 0 ? QStringLiteral("0") + QString::number(value) : QString::number(value);
    if (numFmt.contains(u"Counting") || numFmt == u"chineseLegalSimplified" || numFmt == u"ideographLegalTraditional") {
        QString s = chineseCount(value);
        if (numFmt == u"chineseLegalSimplified" || numFmt == u"ideographLegalTraditional") {
            static const QString plain = QStringLiteral("零一二三四五六七八九十百");
            static const QString legal = QStringLiteral("零壹贰叁肆伍陆柒捌玖拾佰");
            for (QChar &ch : s) {
                const qsizetype i = plain.indexOf(ch);
                if (i >= 0)
                    ch = legal.at(i);
            }
        }
        return s;
    }
    if (numFmt == u"ideographDigital") {
        static const QString digits = QStringLiteral("〇一二三四五六七八九");
        QString s;
        for (QChar d : QString::number(value))
            s += d.isDigit() ? digits.at(d.digitValue()) : d;
        return s;
    }
    if (numFmt == u"ideographTraditional") {
        static const QString stems = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
        return value >= 1 && value <= 10 ? QString(stems.at(value - 1)) : QString::number(value);
    }
    if (numFmt == u"ideographZodiac") {
        static const QString branches = QStringLiteral("子丑寅卯辰巳午未申酉戌亥");
        return value >= 1 && value <= 12 ? QString(branches.at(value - 1)) : QString::number(value);
    }
    if (numFmt == u"decimalEnclosedCircle" || numFmt == u"decimalEnclosedCircleChinese") {
        return value >= 1 && value <= 20 ? QString(QChar(char16_t(0x2460 + value - 1))) : QString::number(value);
    }
    if (numFmt == u"decimalFullWidth" || numFmt == u"decimalFullWidth2") {
        QString s;
        for (QChar d : QString::number(value))
            s += QChar(char16_t(0xFF10 + d.digitValue()));
        return s;
    }
    if (numFmt == u"lowerLetter")
        return letters(value, false);
    if (numFmt == u"upperLetter")
        return letters(value, true);
    if (numFmt == u"lowerRoman")
        return roman(value, false);
    if (numFmt == u"upperRoman")
        return roman(value, true);
    return QString::number(value);
}

} // namespace rl
