#include "meta/MetadataDetector.h"

#include "meta/AgencyNameFinder.h"
#include "meta/PlaceGazetteer.h"
#include "meta/PublicationDateFinder.h"
#include "meta/ReportLines.h"
#include "meta/ReportTitleFinder.h"
#include "meta/ReportYearFinder.h"

#include <QHash>
#include <QRegularExpression>

namespace rl {

namespace {

constexpr int kSignatureLines = 10;         // a signature sits among the last lines (page footers may follow)
constexpr int kLetterheadLines = 15;        // a letterhead or cover-letter signature among the first
constexpr int kOpeningParagraphs = 4;
constexpr qsizetype kContextWindow = 100000;// characters read for place mentions and self-references

const QRegularExpression &headingLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])"));
    return re;
}

// Paragraphs of the opening: the sentences after the title and before the first numbered heading.
QStringList openingParagraphs(const QStringList &head, int titleLine)
{
    QStringList paragraphs;
    for (int i = qMax(0, titleLine + 1); i < head.size() && paragraphs.size() < kOpeningParagraphs; ++i) {
        const QString &line = head.at(i);
        if (headingLine().match(line).hasMatch())
            break;
        if (line.size() < 10 || line.contains(u'|') || line.startsWith(u"附件")
            || ReportTitleFinder::isTitleLike(line))
            continue;
        if (!line.contains(u'。') && !line.endsWith(u':') && !line.endsWith(u'：'))
            continue;
        paragraphs.append(line);
    }
    if (paragraphs.isEmpty() && titleLine > 0)
        return openingParagraphs(head, -1);
    return paragraphs;
}

// The agency signing at the end: an agency line followed by a date, or among the very last lines.
AgencyName signatureAgency(const QStringList &tail, const AgencyNameFinder &agencies)
{
    const int n = int(tail.size());
    for (int i = n - 1; i >= qMax(0, n - kSignatureLines); --i) {
        // "X局 2023年12月6日" on one line signs as well as two lines do.
        const QString line = tail.at(i);
        const qsizetype dateAt = PublicationDateFinder::trailingDate(line);
        if (dateAt > 0) {
            const AgencyName name = agencies.standalone(QStringView(line).left(dateAt));
            if (name.isValid())
                return name;
        }
        const AgencyName name = agencies.standalone(line);
        if (!name.isValid())
            continue;
        const bool dated = (i + 1 < n && PublicationDateFinder::isDateLine(tail.at(i + 1)))
            || (i + 2 < n && PublicationDateFinder::isDateLine(tail.at(i + 2)));
        // Another organisation alone near the end may be a page footer's sponsor: only a date makes it sign.
        if (dated || (i >= n - 3 && !name.otherOrganisation))
            return name;
    }
    return {};
}

AgencyName letterheadAgency(const QStringList &head, const AgencyNameFinder &agencies)
{
    for (int i = 0; i < qMin<int>(kLetterheadLines, head.size()); ++i) {
        const AgencyName name = agencies.standalone(head.at(i));
        // Another organisation at the top may be the site's banner; a red header ("…文件") is a letterhead.
        if (name.isValid() && (!name.otherOrganisation || head.at(i).endsWith(u"文件")))
            return name;
    }
    return {};
}

// The 发布机构 / 发文机关 / 来源 row of a government site's metadata table.
AgencyName publisherRowAgency(const QStringList &head, const AgencyNameFinder &agencies)
{
    static const QRegularExpression row(
        QStringLiteral("(?:发布机构|发文机关|发文单位|发布单位|信息来源|来源)[:：|]+([^|｜]+)"));
    for (int i = 0; i < qMin<int>(20, head.size()); ++i) {
        // Every label above contains 来源, 发布 or 发文: other lines skip the regex scan.
        const QString &line = head.at(i);
        if (!ReportLines::containsWord(line, u'来', u'源') && !ReportLines::containsWord(line, u'发', u'布')
            && !ReportLines::containsWord(line, u'发', u'文'))
            continue;
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            continue;
        const QList<AgencyName> names = agencies.findAll(m.capturedView(1));
        if (!names.isEmpty())
            return names.constFirst();
        const AgencyName name = agencies.standalone(m.capturedView(1));
        if (name.isValid())
            return name;
    }
    return {};
}

// How often the text speaks of its own 区 / 县 / 市 / 省 government: 区委, 全区, 我区, 区政府, 区人大 —
// one pass over the text, skipping everyday words that contain the same characters (安全区, 社区委员会,
// 全市场, 完全区分).
struct SelfReferences
{
    int district = 0, county = 0, city = 0, province = 0;

    explicit SelfReferences(QStringView text)
    {
        static const QString badBefore = QStringLiteral("安完健齐周社小园景");
        static const QString badAfter = QStringLiteral("分域别场");
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            int *count = nullptr;
            switch (text.at(i).unicode()) {
            case u'区': count = &district; break;
            case u'县': count = &county; break;
            case u'市': count = &city; break;
            case u'省': count = &province; break;
            default: continue;
            }
            const QChar before = i > 0 ? text.at(i - 1) : QChar();
            const QChar beforeThat = i > 1 ? text.at(i - 2) : QChar();
            const QChar after = i + 1 < n ? text.at(i + 1) : QChar();
            const QChar afterThat = i + 2 < n ? text.at(i + 2) : QChar();
            if ((before == u'全' || before == u'我') && !badBefore.contains(beforeThat) && !badAfter.contains(after))
                ++*count;
            else if (after == u'委' && !badBefore.contains(before))
                ++*count;
            else if ((after == u'政' && afterThat == u'府') || (after == u'人' && afterThat == u'大'))
                ++*count;
        }
    }
};

// The level of an agency that never names itself, from how it speaks of its own government:
// 区委区政府 / 全区 (district), 全县 (county), 全市 (city), 全省 (province). Only when one reading is clear.
AgencyLevel selfReferenceLevel(QStringView text)
{
    const SelfReferences refs(text);
    const int district = refs.district;
    const int county = refs.county;
    const int city = refs.city;
    const int province = refs.province;
    if (district >= 2 && county == 0)
        return AgencyLevel::District;
    if (county >= 2 && district == 0)
        return AgencyLevel::County;
    if (district == 0 && county == 0) {
        if (city >= 2 && city >= 3 * province)
            return AgencyLevel::City;
        if (province >= 2 && province >= 3 * city)
            return AgencyLevel::Province;
    }
    return AgencyLevel::Unknown;
}

// How often the text names each province and city (directly or through a place inside it).
struct PlaceVotes
{
    QHash<int, int> provinces;
    QHash<int, int> cities;
    QHash<int, int> counties;   // county-level places: districts, counties, county-level cities, zones

    PlaceVotes(const PlaceGazetteer &gazetteer, QStringView text)
    {
        const QList<PlaceGazetteer::Mention> mentions = gazetteer.mentions(text.left(kContextWindow));
        for (const PlaceGazetteer::Mention &m : mentions) {
            if (m.alternatives != 1)
                continue;   // 鼓楼区 alone says nothing about the city
            ++provinces[gazetteer.provinceOf(m.place)];
            const int city = gazetteer.cityOf(m.place);
            if (city >= 0)
                ++cities[city];
            const AgencyLevel level = gazetteer.levelOf(m.place);
            if (level == AgencyLevel::District || level == AgencyLevel::County)
                ++counties[m.place];
        }
    }

    // The entry that has at least two votes and two thirds of all of them, or -1.
    static int dominant(const QHash<int, int> &votes)
    {
        int best = -1;
        int bestCount = 0;
        int total = 0;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            total += it.value();
            if (it.value() > bestCount) {
                bestCount = it.value();
                best = it.key();
            }
        }
        return (bestCount >= 2 && bestCount * 3 >= total * 2) ? best : -1;
    }
};

QList<int> intersect(const QList<int> &a, const QList<int> &b)
{
    QList<int> common;
    for (int x : a) {
        if (b.contains(x))
            common.append(x);
    }
    return common;
}

} // namespace

ReportMeta MetadataDetector::detect(const QString &text, const RawDocument &hints) const
{
    const PlaceGazetteer &gazetteer = PlaceGazetteer::instance();
    const AgencyNameFinder agencies(gazetteer);
    const ReportLines lines = ReportLines::of(text);
    ReportMeta meta;

    int titleLine = -1;
    meta.title = ReportTitleFinder(agencies).find(lines.head, hints.titleHint, &titleLine);
    const QStringList opening = openingParagraphs(lines.head, titleLine);
    meta.published = PublicationDateFinder(agencies).find(lines, hints.publishedHint);

    // Agency sources, most trusted first.
    QList<AgencyName> candidates;
    if (!meta.title.isEmpty()) {
        const QList<AgencyName> inTitle = agencies.findAll(meta.title);
        if (!inTitle.isEmpty())
            candidates.append(inTitle.constFirst());
    }
    candidates.append(signatureAgency(lines.tail, agencies));
    candidates.append(letterheadAgency(lines.head, agencies));
    candidates.append(publisherRowAgency(lines.head, agencies));
    for (const QString &paragraph : opening) {
        const AgencyName subject = agencies.subject(paragraph);
        if (subject.isValid()) {
            candidates.append(subject);
            break;
        }
    }
    candidates.removeIf([](const AgencyName &a) { return !a.isValid(); });

    std::optional<PlaceVotes> votes;
    auto placeVotes = [&]() -> const PlaceVotes & {
        if (!votes)
            votes.emplace(gazetteer, QStringView(text));
        return *votes;
    };

    if (!candidates.isEmpty()) {
        // Later sources naming the same place narrow a repeated name and replace an abbreviation.
        AgencyName agency = candidates.constFirst();
        QList<int> places = agency.places();
        for (qsizetype i = 1; i < candidates.size(); ++i) {
            const QList<int> common = intersect(places, candidates.at(i).places());
            if (common.isEmpty())
                continue;
            places = common;
            if (agency.abbreviated && !candidates.at(i).abbreviated)
                agency = candidates.at(i);
        }
        if (places.size() > 1) {
            // A repeated district name: the city or municipality the text names decides, if only one does.
            const PlaceVotes &v = placeVotes();
            QList<int> named;
            for (int p : std::as_const(places)) {
                const int city = gazetteer.cityOf(p);
                if ((city >= 0 && v.cities.value(city) > 0)
                    || (city < 0 && v.provinces.value(gazetteer.provinceOf(p)) > 0))
                    named.append(p);
            }
            if (named.size() == 1)
                places = named;
        }
        if (places.size() == 1) {
            const int place = places.constFirst();
            const PlaceGazetteer::Place &p = gazetteer.at(place);
            meta.agency = agencies.fullName(agency, place);
            meta.province = gazetteer.at(gazetteer.provinceOf(place)).name;
            const int city = gazetteer.cityOf(place);
            if (city >= 0)
                meta.city = gazetteer.at(city).name;
            if (p.kind != PlaceGazetteer::Kind::Province && p.kind != PlaceGazetteer::Kind::Municipality
                && p.kind != PlaceGazetteer::Kind::City)
                meta.district = p.name;
            meta.level = gazetteer.levelOf(place);
        } else if (!places.isEmpty()) {
            // Still ambiguous: keep what is certain — the name as written, and whatever all readings share.
            meta.agency = agency.written;
            const int first = places.constFirst();
            bool sameProvince = true;
            bool sameLevel = true;
            for (int p : std::as_const(places)) {
                sameProvince = sameProvince && gazetteer.provinceOf(p) == gazetteer.provinceOf(first);
                sameLevel = sameLevel && gazetteer.levelOf(p) == gazetteer.levelOf(first);
            }
            if (sameProvince)
                meta.province = gazetteer.at(gazetteer.provinceOf(first)).name;
            if (sameLevel) {
                meta.level = gazetteer.levelOf(first);
                if (meta.level == AgencyLevel::District || meta.level == AgencyLevel::County)
                    meta.district = gazetteer.at(first).name;
            }
        }
    }

    if (meta.agency.isEmpty()) {
        // A report that only says 我局: its level from how it names its own government, and its
        // province / city from the places its text names consistently.
        const QStringView context = QStringView(text).left(kContextWindow);
        meta.level = selfReferenceLevel(context);
        const PlaceVotes &v = placeVotes();
        const int province = PlaceVotes::dominant(v.provinces);
        if (province >= 0) {
            meta.province = gazetteer.at(province).name;
            const bool belowCity = meta.level == AgencyLevel::District || meta.level == AgencyLevel::County
                || meta.level == AgencyLevel::City;
            if (belowCity && gazetteer.at(province).kind != PlaceGazetteer::Kind::Municipality) {
                QHash<int, int> inProvince;
                for (auto it = v.cities.cbegin(); it != v.cities.cend(); ++it) {
                    if (gazetteer.provinceOf(it.key()) == province)
                        inProvince.insert(it.key(), it.value());
                }
                const int city = PlaceVotes::dominant(inProvince);
                if (city >= 0)
                    meta.city = gazetteer.at(city).name;
            }
            // A district or county report that keeps naming one place of its own level names itself.
            const bool countyLevel = meta.level == AgencyLevel::District || meta.level == AgencyLevel::County;
            if (countyLevel) {
                QHash<int, int> candidates;
                for (auto it = v.counties.cbegin(); it != v.counties.cend(); ++it) {
                    if (gazetteer.provinceOf(it.key()) == province && gazetteer.levelOf(it.key()) == meta.level)
                        candidates.insert(it.key(), it.value());
                }
                const int place = PlaceVotes::dominant(candidates);
                const int city = place >= 0 ? gazetteer.cityOf(place) : -1;
                const bool consistent = meta.city.isEmpty() || (city >= 0 && gazetteer.at(city).name == meta.city);
                if (place >= 0 && consistent) {
                    meta.district = gazetteer.at(place).name;
                    if (city >= 0)
                        meta.city = gazetteer.at(city).name;
                }
            }
        }
    }

    std::optional<int> publishedYear;
    if (meta.published.isValid())
        publishedYear = meta.published.year();
    meta.year = ReportYearFinder().find(meta.title, opening, text, publishedYear);
    return meta;
}

} // namespace rl
