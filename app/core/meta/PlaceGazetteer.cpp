#include "meta/PlaceGazetteer.h"

#include <QFile>
#include <QStringList>

namespace rl {

namespace {

// Ethnic-group names as they appear in autonomous prefectures and counties (自治州, 自治县, 自治旗):
// stripped to find the short name (延边朝鲜族自治州 → 延边). Longest names first.
const char16_t *const kEthnicNames[] = {
    u"柯尔克孜", u"乌孜别克", u"维吾尔", u"哈萨克", u"塔吉克", u"鄂伦春", u"鄂温克", u"达斡尔", u"塔塔尔",
    u"俄罗斯", u"蒙古", u"布依", u"朝鲜", u"土家", u"哈尼", u"傈僳", u"高山", u"拉祜", u"东乡", u"纳西",
    u"景颇", u"仫佬", u"布朗", u"撒拉", u"毛南", u"仡佬", u"锡伯", u"阿昌", u"普米", u"德昂", u"保安",
    u"裕固", u"独龙", u"赫哲", u"门巴", u"珞巴", u"基诺", u"回", u"藏", u"苗", u"彝", u"壮", u"满",
    u"侗", u"瑶", u"白", u"傣", u"黎", u"佤", u"畲", u"水", u"土", u"羌", u"怒", u"京",
};

PlaceGazetteer::Kind kindFromKey(QStringView key)
{
    if (key == u"province") return PlaceGazetteer::Kind::Province;
    if (key == u"municipality") return PlaceGazetteer::Kind::Municipality;
    if (key == u"city") return PlaceGazetteer::Kind::City;
    if (key == u"district") return PlaceGazetteer::Kind::District;
    if (key == u"county_city") return PlaceGazetteer::Kind::CountyCity;
    if (key == u"zone") return PlaceGazetteer::Kind::Zone;
    return PlaceGazetteer::Kind::County;
}

bool endsWith(QStringView s, const char16_t *suffix)
{
    return s.endsWith(QStringView(suffix));
}

// Removes trailing ethnic names (and their 族) in front of an 自治… ending: 海西蒙古族藏族 → 海西.
QStringView stripEthnic(QStringView s)
{
    bool stripped = true;
    while (stripped && s.size() > 2) {
        stripped = false;
        if (s.endsWith(u'族'))
            s.chop(1);
        for (const char16_t *ethnic : kEthnicNames) {
            const QStringView e(ethnic);
            if (s.size() > e.size() + 1 && s.endsWith(e)) {
                s.chop(e.size());
                stripped = true;
                break;
            }
        }
    }
    return s;
}

QString shortNameOf(const QString &name, PlaceGazetteer::Kind kind)
{
    using Kind = PlaceGazetteer::Kind;
    if (kind == Kind::Zone)
        return {};   // 苏州工业园区 has no customary short form
    QStringView s(name);
    static const char16_t *const kAutonomous[] = {u"自治区", u"自治州", u"自治县", u"自治旗"};
    bool autonomous = false;
    for (const char16_t *a : kAutonomous) {
        if (endsWith(s, a)) {
            s.chop(3);
            s = stripEthnic(s);
            autonomous = true;
            break;
        }
    }
    if (!autonomous) {
        static const char16_t *const kSuffixes[] = {u"特别行政区", u"新区", u"地区", u"林区", u"特区",
                                                   u"省", u"市", u"区", u"县", u"旗", u"盟"};
        for (const char16_t *suffix : kSuffixes) {
            if (endsWith(s, suffix)) {
                s.chop(QStringView(suffix).size());
                break;
            }
        }
    }
    if (s.size() < 2 || s.size() == name.size())
        return {};
    return s.toString();
}

quint32 endingKey(QChar beforeLast, QChar last)
{
    return (quint32(beforeLast.unicode()) << 16) | last.unicode();
}

} // namespace

const PlaceGazetteer &PlaceGazetteer::instance()
{
    // A function-local static is initialised once, thread-safely (C++11).
    static const PlaceGazetteer gazetteer([] {
        QFile file(QStringLiteral(":/places/places.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(file.readAll());
    }());
    return gazetteer;
}

PlaceGazetteer::PlaceGazetteer(const QString &tsv)
{
    struct Row
    {
        QString parentCode;
    };
    QList<Row> rows;
    QHash<QString, int> byCode;
    const QStringView all(tsv);
    for (QStringView line : all.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> cols = line.split(u'\t');
        if (cols.size() < 4)
            continue;
        Place p;
        p.code = cols.at(0).toString();
        p.name = cols.at(1).trimmed().toString();
        p.kind = kindFromKey(cols.at(3).trimmed());
        p.shortName = shortNameOf(p.name, p.kind);
        byCode.insert(p.code, int(m_places.size()));
        m_places.append(p);
        rows.append({cols.at(2).toString()});
    }
    for (int i = 0; i < m_places.size(); ++i)
        m_places[i].parent = byCode.value(rows.at(i).parentCode, -1);
    index();
}

void PlaceGazetteer::index()
{
    for (int i = 0; i < m_places.size(); ++i) {
        const Place &p = m_places.at(i);
        m_byName[QStringView(p.name)].append(i);
        if (!p.shortName.isEmpty())
            m_byShort[QStringView(p.shortName)].append(i);
        m_maxNameLength = qMax(m_maxNameLength, int(p.name.size()));
        if (p.name.size() >= 2) {
            int &longest = m_longestByEnding[endingKey(p.name.at(p.name.size() - 2), p.name.back())];
            longest = qMax(longest, int(p.name.size()));
        }
        for (const QString &name : {p.name, p.shortName}) {
            if (name.size() >= 2) {
                int &longest = m_longestAnyByEnding[endingKey(name.at(name.size() - 2), name.back())];
                longest = qMax(longest, int(name.size()));
            }
        }
    }
}

int PlaceGazetteer::longestNameEndingWith(QChar beforeLast, QChar last) const
{
    return m_longestAnyByEnding.value(endingKey(beforeLast, last), 0);
}

QList<int> PlaceGazetteer::byName(QStringView name) const
{
    return m_byName.value(name);
}

QList<int> PlaceGazetteer::byShortName(QStringView name) const
{
    return m_byShort.value(name);
}

int PlaceGazetteer::provinceOf(int index) const
{
    while (index >= 0 && m_places.at(index).parent >= 0)
        index = m_places.at(index).parent;
    return index;
}

int PlaceGazetteer::cityOf(int index) const
{
    for (; index >= 0; index = m_places.at(index).parent) {
        if (m_places.at(index).kind == Kind::City)
            return index;
    }
    return -1;
}

bool PlaceGazetteer::isAncestor(int ancestor, int index) const
{
    for (; index >= 0; index = m_places.at(index).parent) {
        if (index == ancestor)
            return true;
    }
    return false;
}

AgencyLevel PlaceGazetteer::levelOf(int index) const
{
    switch (m_places.at(index).kind) {
    case Kind::Province:
    case Kind::Municipality: return AgencyLevel::Province;
    case Kind::City: return AgencyLevel::City;
    case Kind::District:
    case Kind::Zone: return AgencyLevel::District;
    case Kind::County:
    case Kind::CountyCity: return AgencyLevel::County;
    }
    return AgencyLevel::Unknown;
}

bool PlaceGazetteer::isWeakName(int index) const
{
    const Place &p = m_places.at(index);
    return p.name.size() <= 2 && p.name.endsWith(u'区');
}

QList<PlaceGazetteer::Mention> PlaceGazetteer::mentions(QStringView text) const
{
    QList<Mention> found;
    const qsizetype n = text.size();
    for (qsizetype end = 1; end <= n; ++end) {
        const QChar last = text.at(end - 1);
        const char16_t c = last.unicode();
        if (c != u'省' && c != u'市' && c != u'区' && c != u'县' && c != u'旗' && c != u'州' && c != u'盟')
            continue;
        // 中山市场, 宝山区域: the suffix character starts another word.
        if (end < n) {
            const char16_t next = text.at(end).unicode();
            if ((c == u'市' && next == u'场') || (c == u'区' && next == u'域'))
                continue;
        }
        if (end < 2)
            continue;
        // Most suffix characters end no place name: the last two characters rule them out at once.
        const int longestHere = m_longestByEnding.value(endingKey(text.at(end - 2), last), 0);
        if (longestHere == 0)
            continue;
        const qsizetype longest = qMin<qsizetype>(longestHere, end);
        for (qsizetype len = longest; len >= 2; --len) {
            const auto it = m_byName.constFind(text.mid(end - len, len));
            if (it == m_byName.constEnd())
                continue;
            if (!isWeakName(it->constFirst())) {
                for (int place : *it)
                    found.append({place, end - len, int(it->size())});
            }
            break;
        }
    }
    return found;
}

} // namespace rl
