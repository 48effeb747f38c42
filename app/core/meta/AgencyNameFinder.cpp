#include "meta/AgencyNameFinder.h"

#include "meta/PlaceGazetteer.h"
#include "meta/ReportLines.h"

namespace rl {

namespace {

struct Suffix
{
    const char16_t *text;
    bool abbreviated;
};

// Agency suffixes of the human-resources / social-security family, longest first so that a longer
// suffix wins at the same position.
const Suffix kSuffixes[] = {
    {u"人力资源和社会保障委员会", false},
    {u"人力资源和社会保障局", false}, {u"人力资源和社会保障厅", false},
    {u"人力资源社会保障局", false},   {u"人力资源社会保障厅", false},
    {u"劳动和社会保障局", false},     {u"劳动和社会保障厅", false},
    {u"医疗保障局", false},           {u"人力资源局", false},
    {u"人力社保局", true},            {u"人社局", true}, {u"人社厅", true}, {u"医保局", true},
};

// Endings of an organisation name accepted on a line of its own (signature, letterhead).
const char16_t *const kOrganisationEndings[] = {u"局", u"厅", u"委员会", u"办公室", u"中心"};

// Province-level places rank first, then prefecture-level, then county-level.
int rank(PlaceGazetteer::Kind kind)
{
    using Kind = PlaceGazetteer::Kind;
    switch (kind) {
    case Kind::Province:
    case Kind::Municipality: return 0;
    case Kind::City: return 1;
    default: return 2;
    }
}

bool isOpenParen(QChar c) { return c == u'(' || c == u'（'; }
bool isCloseParen(QChar c) { return c == u')' || c == u'）'; }

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x3400 && u <= 0x9fff;
}

// End of a short parenthetical alias right after POS ("(医疗保障局)"), or POS when there is none.
qsizetype skipAlias(QStringView text, qsizetype pos)
{
    if (pos >= text.size() || !isOpenParen(text.at(pos)))
        return pos;
    for (qsizetype i = pos + 1; i < text.size() && i - pos <= 16; ++i) {
        if (isCloseParen(text.at(i)))
            return i + 1;
        if (!isHan(text.at(i)))
            return pos;
    }
    return pos;
}

} // namespace

AgencyNameFinder::AgencyNameFinder(const PlaceGazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
}

AgencyName AgencyNameFinder::parseBefore(QStringView text, qsizetype suffixStart, qsizetype suffixEnd) const
{
    AgencyName name;
    QList<QList<int>> lowToHigh;
    bool lowestIsShort = false;
    qsizetype pos = suffixStart;
    while (lowToHigh.size() < 3 && pos >= 2) {
        QList<int> candidates;
        bool isShort = false;
        qsizetype length = 0;
        // Only lengths of names ending in the two characters before `pos`: most of the two hash
        // lookups per length found nothing (they showed on the profile).
        const qsizetype longest = qMin<qsizetype>(
            m_gazetteer.longestNameEndingWith(text.at(pos - 2), text.at(pos - 1)), m_gazetteer.maxNameLength());
        for (qsizetype len = qMin<qsizetype>(longest, pos); len >= 2; --len) {
            const QStringView word = text.mid(pos - len, len);
            candidates = m_gazetteer.byName(word);
            if (candidates.isEmpty()) {
                candidates = m_gazetteer.byShortName(word);
                isShort = !candidates.isEmpty();
            }
            if (!candidates.isEmpty()) {
                length = len;
                break;
            }
        }
        if (candidates.isEmpty())
            break;
        if (!lowToHigh.isEmpty()) {
            // A place written before another must contain it (广东省深圳市): keep consistent readings only.
            QList<int> &below = lowToHigh.last();
            QList<int> above;
            for (int c : std::as_const(candidates)) {
                for (int b : std::as_const(below)) {
                    if (c != b && m_gazetteer.isAncestor(c, b)) {
                        above.append(c);
                        break;
                    }
                }
            }
            if (above.isEmpty())
                break;
            QList<int> kept;
            for (int b : std::as_const(below)) {
                for (int a : std::as_const(above)) {
                    if (m_gazetteer.isAncestor(a, b)) {
                        kept.append(b);
                        break;
                    }
                }
            }
            below = kept;
            candidates = above;
        }
        if (lowToHigh.isEmpty())
            lowestIsShort = isShort;
        lowToHigh.append(candidates);
        name.shortPlaceNames = name.shortPlaceNames || isShort;
        pos -= length;
    }
    // A short name shared by places of different ranks (西安: 西安市 and two 西安区, 吉林: 吉林省 and
    // 吉林市) means the higher rank when nothing written above it says otherwise.
    if (!lowToHigh.isEmpty() && lowestIsShort && lowToHigh.constFirst().size() > 1) {
        QList<int> &lowest = lowToHigh.first();
        int bestRank = 99;
        for (int p : std::as_const(lowest))
            bestRank = qMin(bestRank, rank(m_gazetteer.at(p).kind));
        lowest.removeIf([&](int p) { return rank(m_gazetteer.at(p).kind) != bestRank; });
    }
    // 城区, 郊区 in front of an agency are ordinary words unless a city is written before them.
    if (lowToHigh.size() == 1 && m_gazetteer.isWeakName(lowToHigh.constFirst().constFirst()))
        lowToHigh.clear();
    if (lowToHigh.isEmpty())
        return name;
    for (auto it = lowToHigh.crbegin(); it != lowToHigh.crend(); ++it)
        name.levels.append(*it);
    name.start = pos;
    name.written = text.mid(pos, suffixEnd - pos).toString();
    name.end = skipAlias(text, suffixEnd);
    return name;
}

QList<AgencyName> AgencyNameFinder::findAll(QStringView text) const
{
    QList<AgencyName> found;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c != u'人' && c != u'劳' && c != u'医')
            continue;
        for (const Suffix &suffix : kSuffixes) {
            const QStringView s(suffix.text);
            if (text.mid(i).startsWith(s)) {
                AgencyName name = parseBefore(text, i, i + s.size());
                if (name.isValid()) {
                    name.suffix = s.toString();
                    name.abbreviated = suffix.abbreviated;
                    found.append(name);
                }
                i += s.size() - 1;
                break;
            }
        }
    }
    return found;
}

AgencyName AgencyNameFinder::standalone(QStringView rawLine) const
{
    // Most lines asked about are paragraphs: tell that without compacting all of them.
    if (ReportLines::compactsLongerThan(rawLine, 40))
        return {};
    const QString compact = ReportLines::compact(rawLine);
    QStringView line(compact);
    if (line.isEmpty() || line.size() > 40)
        return {};
    // A red-header letterhead: "X局文件".
    if (line.endsWith(u"文件"))
        line.chop(2);
    if (line.isEmpty())
        return {};
    // Drop a trailing alias: 浦东新区人力资源和社会保障局(医疗保障局).
    if (isCloseParen(line.back())) {
        qsizetype open = line.size() - 1;
        while (open > 0 && !isOpenParen(line.at(open)))
            --open;
        if (open > 0 && skipAlias(line, open) == line.size())
            line = line.left(open);
    }
    for (const Suffix &suffix : kSuffixes) {
        const QStringView s(suffix.text);
        if (!line.endsWith(s))
            continue;
        AgencyName name = parseBefore(line, line.size() - s.size(), line.size());
        if (name.isValid() && name.start == 0) {
            name.suffix = s.toString();
            name.abbreviated = suffix.abbreviated;
            return name;
        }
        return {};
    }
    for (QChar c : line) {
        if (!isHan(c))
            return {};
    }
    for (const char16_t *ending : kOrganisationEndings) {
        if (!line.endsWith(QStringView(ending)))
            continue;
        // The organisation part is at least two characters besides its ending: try each split.
        for (qsizetype split = line.size() - QStringView(ending).size() - 2; split >= 2; --split) {
            AgencyName name = parseBefore(line, split, line.size());
            if (name.isValid() && name.start == 0) {
                name.suffix = line.mid(split).toString();
                name.otherOrganisation = true;
                return name;
            }
        }
    }
    return {};
}

AgencyName AgencyNameFinder::subject(QStringView paragraph) const
{
    const QString compact = ReportLines::compact(paragraph.left(400));
    const QStringView text(compact);
    const QList<AgencyName> names = findAll(text);
    for (const AgencyName &name : names) {
        if (name.start > 160)
            break;
        if (name.start > 0) {
            const char16_t before = text.at(name.start - 1).unicode();
            // "现将X局2021年…情况报告如下": the reporting agency follows 现将 / 兹将.
            const bool reporting = before == u'将' && name.start >= 2
                && (text.at(name.start - 2) == u'现' || text.at(name.start - 2) == u'兹');
            if (before != u',' && before != u'，' && before != u';' && before != u'；' && before != u':'
                && before != u'：' && before != u'。' && !reporting)
                continue;
        }
        if (name.end < text.size()) {
            const char16_t after = text.at(name.end).unicode();
            // Several agencies acting together: none of them alone is the author.
            if (after == u'和' || after == u'与' || after == u'及' || after == u'、')
                return {};
            if (after == u'的' || after == u'》')
                continue;
        }
        return name;
    }
    return {};
}

QString AgencyNameFinder::fullName(const AgencyName &name, int place) const
{
    using Kind = PlaceGazetteer::Kind;
    // The place written at each level that contains PLACE.
    QList<int> chain;
    for (const QList<int> &level : name.levels) {
        for (int candidate : level) {
            if (m_gazetteer.isAncestor(candidate, place)) {
                chain.append(candidate);
                break;
            }
        }
    }
    QString prefix;
    if (name.shortPlaceNames) {
        for (int p : std::as_const(chain))
            prefix += m_gazetteer.at(p).name;
    } else {
        prefix = name.written.left(name.written.size() - name.suffix.size());
    }
    if (m_gazetteer.at(place).kind == Kind::District) {
        const int parent = m_gazetteer.at(place).parent;
        if (parent >= 0 && !chain.contains(parent)) {
            const Kind parentKind = m_gazetteer.at(parent).kind;
            if (parentKind == Kind::City || parentKind == Kind::Municipality)
                prefix = m_gazetteer.at(parent).name + prefix;
        }
    }
    return prefix + name.suffix;
}

} // namespace rl
