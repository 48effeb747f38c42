#include "extract/IndicatorExtractor.h"

#include "extract/ClauseSplitter.h"
#include "extract/CompiledCatalog.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

namespace rl {

namespace {

using Hit = TermAutomaton::Hit;
using Mask = CompiledCatalog::Mask;

// How far back (characters) words may name a figure, and how far apart two figures may be to be
// compared (a rate and its counts, closed and received).
constexpr qsizetype MaxReach = 400;
constexpr qsizetype Near = 300;

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::IndicatorExtractor", text);
}

inline char16_t at(QStringView t, qsizetype i)
{
    return i >= 0 && i < t.size() ? t[i].unicode() : 0;
}

inline bool isSpace(char16_t c)
{
    return c == u' ' || c == 0x3000 || c == 0xA0 || c == u'\t';
}

inline bool isIdeograph(char16_t c)
{
    return c >= 0x4E00 && c <= 0x9FFF;
}

inline bool isDigitChar(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= 0xFF10 && c <= 0xFF19);
}

// Characters that may stand between a measure word and its figure (办结了26509件, 结案共229件).
inline bool isFiller(char16_t c)
{
    switch (c) {
    case u'了': case u'共': case u'计': case u'达': case u'为': case u'总': case u'数': case u'量': case u'已':
    case u'均': case u'各': case u'约': case u'近': case u'逾': case u'是': case u'至': case u'到':
        return true;
    default:
        return isSpace(c);
    }
}

// A following word that does not start a noun: the figure is not counting that word.
inline bool startsNoNoun(char16_t c)
{
    switch (c) {
    case u'的': case u'中': case u'同': case u'较': case u'比': case u'环': case u'占': case u'为': case u'是':
    case u'均': case u'全': case u'已': case u'得': case u'获': case u'并': case u'且': case u'和': case u'及':
    case u'与': case u'以': case u'左': case u'余': case u'多': case u'次': case u'都': case u'也': case u'分':
    case u'共': case u'累': case u'合': case u'达': case u'居': case u'位': case u'排': case u'列': case u'涉':
    case u'其': case u'等': case u'在': case u'于': case u'向': case u'对': case u'被': case u'按': case u'至':
        return true;
    default:
        return false;
    }
}

inline bool isClosingQuote(char16_t c)
{
    return c == u'”' || c == u'》' || c == u'」' || c == u'』' || c == u'"';
}

inline bool isOpeningQuote(char16_t c)
{
    return c == u'“' || c == u'《' || c == u'「' || c == u'『' || c == u'"';
}

double roundTo(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 15);
}

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= std::max(1e-9, 1e-9 * std::abs(b));
}

// Hits are sorted by end; these find the index range whose end lies in (a, b].
struct HitIndex
{
    const std::vector<Hit> &hits;

    size_t firstEndingAfter(qsizetype a) const
    {
        return size_t(std::partition_point(hits.begin(), hits.end(), [a](const Hit &h) { return h.end <= a; })
                      - hits.begin());
    }
    template<typename F>
    void forEach(qsizetype a, qsizetype b, F &&f) const
    {
        for (size_t i = firstEndingAfter(a); i < hits.size() && hits[i].end <= b; ++i) {
            if (hits[i].start >= a)
                f(hits[i]);
        }
    }
};

// What the extractor knows about one observation while it still works on the report.
struct Found
{
    Observation obs;
    int indicator = -1;
    int sentence = -1;
    qsizetype clauseStart = 0;
    qsizetype end = 0;
    bool ownSubject = false;
    bool totalMarked = false;
    bool zeroForm = false;
};

struct Rank
{
    int tier = 99;
    qsizetype subjectDistance = 0;
    int noMeasure = 0;
    qsizetype measureDistance = 0;
    bool operator<(const Rank &o) const
    {
        return std::tie(tier, subjectDistance, noMeasure, measureDistance)
            < std::tie(o.tier, o.subjectDistance, o.noMeasure, o.measureDistance);
    }
};

class ReportExtraction
{
public:
    ReportExtraction(const CompiledCatalog &compiled, const QString &text, const Outline &outline)
        : m_c(compiled)
        , m_text(text)
        , m_outline(outline)
        , m_splitter(m_text)
        , m_index{m_hits}
    {
    }

    ExtractionResult run();

private:
    bool inAside(const Hit &h, const ClauseSplitter::Clause &clause) const
    {
        for (const auto &[a, b] : clause.asides) {
            if (h.start < b && h.end > a)
                return true;
        }
        return false;
    }
    bool isFutureSection(const QStringList &path) const
    {
        if (path.isEmpty())
            return false;
        for (const QString &w : m_c.catalog().grammar().futureSections) {
            if (path.first().contains(w))
                return true;
        }
        return false;
    }
    const Hit *nearestSubjectBefore(qsizetype from, qsizetype to, const Mask &unitMask) const;
    // sectionPathAt, remembered per innermost section: figures of one section share one list
    // instead of each building its labels again (that showed on the profile).
    struct SectionPath
    {
        QStringList labels;
        bool future = false;   // isFutureSection(labels)
    };
    const SectionPath &sectionPath(qsizetype offset)
    {
        const Section *inner = innermostSectionAt(m_outline, offset);
        auto it = m_sectionPaths.constFind(inner);   // nullptr: outside every section
        if (it == m_sectionPaths.cend()) {
            SectionPath path;
            path.labels = sectionPathAt(m_outline, offset);
            path.future = isFutureSection(path.labels);
            it = m_sectionPaths.insert(inner, path);
        }
        return *it;
    }
    // The heading line of the innermost section holding `offset`, when the figure's paragraph
    // follows it: the heading names the topic of a paragraph that does not repeat it.
    std::optional<std::pair<qsizetype, qsizetype>> headingBefore(qsizetype offset) const
    {
        const Section *inner = innermostSectionAt(m_outline, offset);
        if (!inner)
            return std::nullopt;
        qsizetype end = inner->start;
        const qsizetype limit = std::min(offset, inner->start + 80);
        while (end < limit && !ClauseSplitter::isSentenceEnd(at(m_text, end)))
            ++end;
        if (end <= inner->start || end >= offset)
            return std::nullopt;
        return std::make_pair(inner->start, end);
    }
    // The figure of `indicator` nearest to `offset` (within Near), m_found being sorted by offset.
    template<typename Pred>
    const Found *nearestFound(qsizetype offset, int indicator, Pred accept) const
    {
        const auto mid = std::partition_point(m_found.begin(), m_found.end(),
                                              [offset](const Found &f) { return f.obs.offset < offset; });
        const Found *best = nullptr;
        auto consider = [&](const Found &f) {
            if (f.indicator == indicator && accept(f)
                && (!best || std::abs(f.obs.offset - offset) < std::abs(best->obs.offset - offset)))
                best = &f;
        };
        for (auto it = mid; it != m_found.end() && it->obs.offset - offset <= Near; ++it)
            consider(*it);
        for (auto it = mid; it != m_found.begin() && offset - (it - 1)->obs.offset <= Near; --it)
            consider(*(it - 1));
        return best;
    }
    void figure(const NumberToken &t, qsizetype lastFigureEnd);
    void zeroForms();
    void sums();
    void derivedRates();
    void warnings();

    const CompiledCatalog &m_c;
    QStringView m_text;
    const Outline &m_outline;
    ClauseSplitter m_splitter;
    std::vector<Hit> m_hits;
    HitIndex m_index;
    std::vector<Found> m_found;
    QStringList m_warnings;
    std::vector<const Hit *> m_pre;
    std::vector<const Hit *> m_post;
    QHash<const Section *, SectionPath> m_sectionPaths;
};

const Hit *ReportExtraction::nearestSubjectBefore(qsizetype from, qsizetype to, const Mask &unitMask) const
{
    const Hit *best = nullptr;
    m_index.forEach(from, to, [&](const Hit &h) {
        if ((m_c.terms()[size_t(h.term)].subjectOf & unitMask).any()) {
            if (!best || h.end > best->end || (h.end == best->end && h.start < best->start))
                best = &h;
        }
    });
    return best;
}

ExtractionResult ReportExtraction::run()
{
    m_hits.reserve(size_t(m_text.size() / 8 + 16));
    m_c.automaton().scan(m_text, m_hits);
    const std::vector<NumberToken> tokens = m_c.scanner().scan(m_text);
    qsizetype lastFigureEnd = -1;
    for (const NumberToken &t : tokens) {
        if (t.isValue())
            figure(t, lastFigureEnd);
        switch (t.kind) {
        case NumberToken::Kind::Quantity: case NumberToken::Kind::Percent: case NumberToken::Kind::Change:
        case NumberToken::Kind::PercentPoints: case NumberToken::Kind::Ratio: case NumberToken::Kind::Fraction:
            lastFigureEnd = t.end;
            break;
        default:
            break;
        }
    }
    zeroForms();
    std::stable_sort(m_found.begin(), m_found.end(), [](const Found &a, const Found &b) { return a.obs.offset < b.obs.offset; });
    sums();
    std::stable_sort(m_found.begin(), m_found.end(), [](const Found &a, const Found &b) { return a.obs.offset < b.obs.offset; });
    derivedRates();
    std::stable_sort(m_found.begin(), m_found.end(), [](const Found &a, const Found &b) { return a.obs.offset < b.obs.offset; });
    warnings();

    ExtractionResult r;
    r.observations.reserve(qsizetype(m_found.size()));
    for (Found &f : m_found)
        r.observations << std::move(f.obs);
    r.warnings = std::move(m_warnings);
    return r;
}

void ReportExtraction::figure(const NumberToken &t, qsizetype lastFigureEnd)
{
    if (t.unit.isEmpty())
        return;
    const Mask unitMask = m_c.recognisersForUnit(t.unit);
    if (unitMask.none())
        return;
    const auto &terms = m_c.terms();
    const qsizetype figStart = t.hedgeStart;
    // Words far back in a run-on sentence do not name this figure; the bound also keeps a
    // pathological input (megabytes without a full stop) linear.
    const qsizetype sStart = std::max(m_splitter.sentenceStart(figStart), figStart - MaxReach);
    const ClauseSplitter::Clause clause = m_splitter.clauseBefore(figStart, sStart);
    qsizetype preStart = clause.start;
    if (lastFigureEnd > preStart && lastFigureEnd <= figStart)
        preStart = lastFigureEnd;

    // 立案处理的235件中: the figure is named again to introduce its breakdown.
    qsizetype after = t.end;
    while (isSpace(at(m_text, after)))
        ++after;
    if (at(m_text, after) == u'中'
        && (after + 1 >= m_text.size() || ClauseSplitter::isClauseDelimiter(at(m_text, after + 1))))
        return;

    // The words right after the figure (64件建议提案, 3052名劳动者) and the rest of its clause.
    qsizetype postStart = after;
    if (at(m_text, postStart) == u'的')
        ++postStart;
    qsizetype objectEnd = postStart;
    while (objectEnd < m_text.size() && objectEnd < postStart + 16) {
        const char16_t c = at(m_text, objectEnd);
        if (ClauseSplitter::isClauseDelimiter(c) || c == u'、' || c == u'(' || c == u')' || c == u'（' || c == u'）'
            || isDigitChar(c))
            break;
        ++objectEnd;
    }
    const char16_t firstAfter = at(m_text, after);
    const bool objectIsNoun = objectEnd > postStart
        && ((isIdeograph(firstAfter) && !startsNoNoun(firstAfter)) || isOpeningQuote(firstAfter));
    const qsizetype restEnd = m_splitter.clauseEnd(t.end, 60);

    std::vector<const Hit *> &pre = m_pre;     // reused: no allocation per figure
    std::vector<const Hit *> &post = m_post;
    pre.clear();
    post.clear();
    Mask excluded;
    Mask ownSubjects;
    bool target = false;
    bool instancePart = false;
    bool totalMarked = false;
    m_index.forEach(preStart, figStart, [&](const Hit &h) {
        if (inAside(h, clause))
            return;
        pre.push_back(&h);
        const CompiledCatalog::Term &term = terms[size_t(h.term)];
        excluded |= term.excludeOf;
        ownSubjects |= term.subjectOf;
        target |= (term.flags & CompiledCatalog::Target) != 0;
        instancePart |= (term.flags & CompiledCatalog::InstancePart) != 0;
        totalMarked |= (term.flags & CompiledCatalog::TotalMarker) != 0;
    });
    if (target)
        return;
    m_index.forEach(postStart, objectEnd, [&](const Hit &h) {
        post.push_back(&h);
        ownSubjects |= terms[size_t(h.term)].subjectOf;
    });
    // Words anywhere in the sentence that some recognisers need (培训 counts only near 法治/普法).
    Mask context;
    m_index.forEach(sStart, std::min(m_splitter.sentenceEnd(figStart), t.end + MaxReach),
                    [&](const Hit &h) { context |= terms[size_t(h.term)].contextOf; });
    m_index.forEach(t.end, restEnd, [&](const Hit &h) { excluded |= terms[size_t(h.term)].excludeOf; });

    // A figure right after a closing quote counts the quoted thing (人大建议“回头看”1件).
    qsizetype quoteOpen = -1;
    {
        qsizetype k = figStart;
        while (k > preStart && isSpace(at(m_text, k - 1)))
            --k;
        if (k > preStart && isClosingQuote(at(m_text, k - 1))) {
            for (qsizetype q = k - 2; q >= preStart; --q) {
                if (isOpeningQuote(at(m_text, q))) {
                    quoteOpen = q;
                    break;
                }
            }
        }
    }

    const auto &recs = m_c.recognisers();
    int best = -1;
    Rank bestRank;
    const Hit *bestSubject = nullptr;
    const Hit *bestMeasure = nullptr;
    bool bestOwn = false;
    const Mask candidates = unitMask & ~excluded;
    // The hit nearest the figure, before or after it, whose term plays `role` (subject or measure) for
    // recogniser r; *distance receives how far it is.
    const auto nearest = [&](size_t r, Mask CompiledCatalog::Term::*role, qsizetype *distance) -> const Hit * {
        const Hit *best = nullptr;
        const auto consider = [&](const Hit *h, qsizetype d) {
            if ((terms[size_t(h->term)].*role).test(r) && (!best || d < *distance)) {
                best = h;
                *distance = d;
            }
        };
        for (const Hit *h : pre)
            consider(h, figStart - h->end);
        for (const Hit *h : post)
            consider(h, h->start - t.end);
        return best;
    };
    for (size_t r = 0; r < recs.size(); ++r) {
        if (!candidates.test(r) || (recs[r].needsContext && !context.test(r)))
            continue;
        qsizetype subjectDistance = 0;
        const Hit *subject = nearest(r, &CompiledCatalog::Term::subjectOf, &subjectDistance);
        const Hit *measure = nullptr;
        qsizetype measureDistance = 0;
        Rank rank;
        if (subject) {
            // A verb between the subject and the figure that is not one of ours changes what is
            // counted (行政复议案件审结47件 is not the cases received).
            bool blocked = false;
            for (const Hit *h : pre) {
                const CompiledCatalog::Term &term = terms[size_t(h->term)];
                if (h->start >= subject->end
                    && (term.flags & (CompiledCatalog::Blocker | CompiledCatalog::AnyMeasure))
                    && !term.measureOf.test(r) && !term.subjectOf.test(r)) {
                    // 结案 inside our own 结案率 is not another verb.
                    const bool insideOurs = std::any_of(pre.begin(), pre.end(), [&](const Hit *g) {
                        const CompiledCatalog::Term &gt = terms[size_t(g->term)];
                        return g != h && g->start <= h->start && g->end >= h->end
                            && (gt.measureOf.test(r) || gt.subjectOf.test(r));
                    });
                    if (insideOurs)
                        continue;
                    blocked = true;
                    break;
                }
            }
            if (blocked)
                continue;
            measure = nearest(r, &CompiledCatalog::Term::measureOf, &measureDistance);
            if (!measure && recs[r].requireMeasure) {
                // 出台市政府规范性文件2份,部门规范性文件5份: the verb of a parallel clause carries over;
                // 追回工资…,涉及劳动者N人: some recognisers take the verb from anywhere in the sentence.
                bool parallelSubject = recs[r].measureInSentence;
                bool parallelMeasure = false;
                m_index.forEach(sStart, recs[r].measureInSentence ? figStart : clause.start, [&](const Hit &h) {
                    parallelSubject |= terms[size_t(h.term)].subjectOf.test(r);
                    parallelMeasure |= terms[size_t(h.term)].measureOf.test(r);
                });
                if (!(parallelSubject && parallelMeasure))
                    continue;
                rank = {0, subjectDistance, 1, 0};
            } else {
                rank = {0, subjectDistance, measure ? 0 : 1, measureDistance};
            }
            // 调解组织受理N件: an actor right before its own verb outranks a nearer object noun,
            // unless it shares the verb with another actor (调解组织和仲裁院共受理…).
            if (recs[r].subjectIsActor && measure && subject->end <= measure->start && measure->end <= figStart) {
                // 调解 inside 调解成功 is another indicator's word, not this actor's verb.
                bool shared = std::any_of(pre.begin(), pre.end(), [&](const Hit *g) {
                    return g != measure && g->start <= measure->start && g->end >= measure->end
                        && (g->end - g->start) > (measure->end - measure->start)
                        && (terms[size_t(g->term)].subjectOf & ~terms[size_t(g->term)].measureOf).any()
                        && !terms[size_t(g->term)].subjectOf.test(r);
                });
                for (qsizetype k = subject->end; k < measure->start; ++k) {
                    const char16_t c = at(m_text, k);
                    shared |= c == u'和' || c == u'与' || c == u'及' || c == u'、' || c == u'同';
                }
                if (!shared)
                    rank.tier = -1;
            }
        } else {
            // No subject of its own: the clause must say what was done, right before the figure
            // (办结26509件), and take the subject carried from before.
            if ((ownSubjects & unitMask).any())
                continue;
            for (const Hit *h : pre) {
                if (!terms[size_t(h->term)].measureOf.test(r))
                    continue;
                // Only filler words, or the generic 案件, between the verb and the figure.
                QString gap;
                for (qsizetype k = h->end; k < figStart && gap.size() < 6; ++k) {
                    if (!isFiller(at(m_text, k)))
                        gap += QChar(at(m_text, k));
                }
                const bool adjacent = h->end + 12 >= figStart
                    && (gap.isEmpty() || gap == QStringView(u"案件")
                        || gap == QStringView(u"各类案件") || gap == QStringView(u"各类"));
                if (adjacent && (!measure || h->end > measure->end)) {
                    measure = h;
                    measureDistance = figStart - h->end;
                }
            }
            for (const Hit *h : post) {
                if (terms[size_t(h->term)].measureOf.test(r) && h->start - t.end <= 8 && !measure) {
                    measure = h;
                    measureDistance = h->start - t.end;
                }
            }
            if (!measure)
                continue;
            if (objectIsNoun) {
                // 1178位企业人事参加 names what was done after the noun; 7件主办答复文书 counts documents.
                bool named = false;
                for (const Hit *h : post)
                    named |= terms[size_t(h->term)].subjectOf.test(r)
                        || (terms[size_t(h->term)].measureOf.test(r) && h->end >= objectEnd - 1);
                if (!named)
                    continue;
            }
            const Hit *carried = nearestSubjectBefore(sStart, clause.start, unitMask);
            if (!carried && sStart == m_splitter.sentenceStart(figStart)) {
                const qsizetype ps = m_splitter.previousSentenceStart(sStart);
                if (ps >= 0)
                    carried = nearestSubjectBefore(std::max(ps, sStart - MaxReach), sStart, unitMask);
                else if (const auto heading = headingBefore(figStart))   // (二)劳动人事争议处理 ⏎ 结案1450件
                    carried = nearestSubjectBefore(heading->first, heading->second, unitMask);
            }
            if (!carried || !terms[size_t(carried->term)].subjectOf.test(r))
                continue;
            subject = carried;
            rank = {1, measureDistance, 0, 0};
        }
        if (quoteOpen >= 0 && subject->end <= quoteOpen)
            continue;
        if (best < 0 || rank < bestRank) {
            best = int(r);
            bestRank = rank;
            bestSubject = subject;
            bestMeasure = measure;
            bestOwn = rank.tier == 0;
        }
    }
    if (best < 0)
        return;

    const int indicator = recs[size_t(best)].indicator;
    // 行政复议、行政诉讼案件12件: one figure for two indicators named side by side is neither.
    if (bestOwn && bestSubject && bestSubject->end <= figStart) {
        // Where the subject phrase begins (行政诉讼 overlaps 诉讼案件).
        qsizetype phraseStart = bestSubject->start;
        for (bool grew = true; grew;) {
            grew = false;
            for (const Hit *h : pre) {
                if (terms[size_t(h->term)].subjectOf.test(size_t(best)) && h->start < phraseStart && h->end > phraseStart) {
                    phraseStart = h->start;
                    grew = true;
                }
            }
        }
        const char16_t joint = at(m_text, phraseStart - 1);
        if (joint == u'、' || joint == u'和' || joint == u'及' || joint == u'与') {
            for (const Hit *h : pre) {
                if (h->end != phraseStart - 1)
                    continue;
                const Mask other = terms[size_t(h->term)].subjectOf & unitMask;
                bool ours = false;
                for (size_t r = 0; r < recs.size(); ++r)
                    ours |= other.test(r) && recs[r].indicator == indicator;
                if (other.any() && !ours)
                    return;
            }
        }
    }
    const IndicatorDefinition &def = m_c.catalog().indicators().at(indicator);
    Found f;
    f.indicator = indicator;
    f.sentence = m_splitter.sentenceIndex(figStart);
    f.clauseStart = clause.start;
    f.end = t.end;
    f.ownSubject = bestOwn;
    f.totalMarked = totalMarked;
    Observation &o = f.obs;
    const SectionPath &path = sectionPath(figStart);
    if (path.future)
        return;
    o.section = path.labels;
    o.id = def.id;
    o.unit = def.unit;
    o.value = t.value;
    o.approx = t.approx;

    // Quote: the figure's own clause, from where it starts to the figure (or the words after it
    // that named the indicator).
    qsizetype qs = preStart;
    qsizetype qe = t.end;
    for (const Hit *h : {bestSubject, bestMeasure}) {
        if (h && h->start >= t.end && bestOwn)
            qe = std::max(qe, h->end);
    }
    auto skippable = [](char16_t c) {
        return isSpace(c) || c == u'、' || c == u'，' || c == u',' || c == u'；' || c == u';' || c == u'：' || c == u':';
    };
    while (qs < figStart && skippable(at(m_text, qs)))
        ++qs;
    if (qe - qs > 60) {
        qsizetype anchor = figStart;
        for (const Hit *h : {bestSubject, bestMeasure}) {
            if (h && h->start >= qs && h->start < anchor)
                anchor = h->start;
        }
        qs = std::max(anchor, figStart - 40);
    }
    o.offset = qs;
    o.length = qe - qs;
    o.quote = m_text.mid(qs, qe - qs).toString();

    // Breakdowns: 二审/再审, (含…), and what follows 其中 when it repeats the total's indicator.
    bool partScope = false;
    if (clause.parenthesis >= 0) {
        const QStringView inside = m_text.mid(clause.parenthesis + 1);
        for (const QString &m : m_c.catalog().grammar().parenPartMarkers)
            partScope |= inside.startsWith(m);
    }
    m_index.forEach(sStart, figStart, [&](const Hit &h) {
        if (terms[size_t(h.term)].flags & CompiledCatalog::PartMarker)
            partScope = true;
    });
    o.isPart = instancePart;
    if (partScope && !o.isPart) {
        const int prevSentence = f.sentence - 1;
        for (auto g = m_found.rbegin(); g != m_found.rend() && g->sentence >= prevSentence; ++g) {
            if (g->indicator == indicator && !g->obs.isPart && !g->obs.derived) {
                o.isPart = true;
                break;
            }
        }
    }
    m_found.push_back(std::move(f));
}

void ReportExtraction::zeroForms()
{
    const auto &terms = m_c.terms();
    std::vector<std::pair<int, qsizetype>> seen;   // (indicator, clause start)
    for (const Hit &h : m_hits) {
        const CompiledCatalog::Term &term = terms[size_t(h.term)];
        if (term.zeroOf.empty())
            continue;
        // 败诉1宗 is a count, not a zero.
        bool digitFollows = false;
        for (qsizetype k = h.end; k < std::min(m_text.size(), h.end + 4); ++k) {
            const char16_t c = at(m_text, k);
            if (ClauseSplitter::isClauseDelimiter(c))
                break;
            if (isDigitChar(c)) {
                digitFollows = true;
                break;
            }
        }
        if (digitFollows)
            continue;
        // 未发生行政诉讼案件败诉: the negation is about the losing, not about the cases.
        bool qualified = false;
        m_index.forEach(h.end, std::min(m_text.size(), h.end + 8), [&](const Hit &g) {
            if (terms[size_t(g.term)].zeroOf.empty() || g.start > h.end + 2)
                return;
            bool joined = false;
            for (qsizetype k = h.end; k < g.start; ++k) {
                const char16_t c = at(m_text, k);
                joined |= c == u'和' || c == u'、' || c == u'及' || c == u'与' || c == u'或';
            }
            if (!joined && terms[size_t(g.term)].zeroOf != term.zeroOf)
                qualified = true;
        });
        if (qualified)
            continue;
        const qsizetype sStart = m_splitter.sentenceStart(h.start);
        const ClauseSplitter::Clause clause = m_splitter.clauseBefore(h.start, sStart);
        const Hit *negation = nullptr;
        bool target = false;
        m_index.forEach(std::max(clause.start, h.start - 12), h.start, [&](const Hit &n) {
            const unsigned flags = terms[size_t(n.term)].flags;
            if ((flags & CompiledCatalog::Negation) && (!negation || n.start < negation->start))
                negation = &n;
            target |= (flags & CompiledCatalog::Target) != 0;
        });
        if (!negation || target)
            continue;
        // Nothing but words and connectors between the negation and the term (无败诉和纠错).
        bool figureBetween = false;
        for (qsizetype k = negation->end; k < h.start; ++k)
            figureBetween |= isDigitChar(at(m_text, k));
        if (figureBetween)
            continue;
        const SectionPath &path = sectionPath(negation->start);
        if (path.future)
            continue;
        const QStringList section = path.labels;
        if (!seen.empty() && seen.back().second != clause.start)
            seen.clear();   // one zero per indicator and clause; older clauses are done
        for (int indicator : term.zeroOf) {
            const auto key = std::make_pair(indicator, clause.start);
            if (std::find(seen.begin(), seen.end(), key) != seen.end())
                continue;
            seen.push_back(key);
            const IndicatorDefinition &def = m_c.catalog().indicators().at(indicator);
            Found f;
            f.indicator = indicator;
            f.sentence = m_splitter.sentenceIndex(h.start);
            f.clauseStart = clause.start;
            f.end = h.end;
            f.zeroForm = true;
            f.obs.id = def.id;
            f.obs.unit = def.unit;
            f.obs.value = 0;
            f.obs.section = section;
            f.obs.offset = negation->start;
            f.obs.length = h.end - negation->start;
            f.obs.quote = m_text.mid(f.obs.offset, f.obs.length).toString();
            m_found.push_back(std::move(f));
        }
    }
}

void ReportExtraction::sums()
{
    // Kinds listed side by side in one sentence (人大代表建议20件,政协委员提案24件) add up to the
    // indicator's figure; each kind stays as a part.
    const size_t n = m_found.size();
    std::vector<Found> added;
    std::vector<bool> used(n, false);
    for (size_t i = 0; i < n; ++i) {
        const Found &a = m_found[i];
        if (used[i] || a.zeroForm || a.obs.isPart || !a.ownSubject
            || !m_c.catalog().indicators().at(a.indicator).sumParts)
            continue;
        std::vector<size_t> group{i};
        bool statedTotal = a.totalMarked;
        for (size_t j = i + 1; j < n; ++j) {
            const Found &b = m_found[j];
            if (b.sentence != a.sentence || b.obs.offset - a.obs.offset > Near)
                break;
            if (b.indicator != a.indicator || b.zeroForm || b.obs.isPart)
                continue;
            if (!b.ownSubject)
                continue;
            statedTotal |= b.totalMarked;
            group.push_back(j);
        }
        if (group.size() < 2 || statedTotal)
            continue;
        Found sum;
        sum.indicator = a.indicator;
        sum.sentence = a.sentence;
        sum.clauseStart = a.clauseStart;
        Observation &o = sum.obs;
        o.id = a.obs.id;
        o.unit = a.obs.unit;
        o.derived = true;
        o.section = a.obs.section;
        QStringList parts;
        double total = 0;
        qsizetype end = 0;
        for (size_t k : group) {
            used[k] = true;
            Found &p = m_found[k];
            p.obs.isPart = true;
            total += p.obs.value;
            o.approx |= p.obs.approx;
            parts << p.obs.quote;
            end = std::max(end, p.obs.offset + p.obs.length);
        }
        o.value = total;
        o.offset = a.obs.offset;
        o.length = end - a.obs.offset;
        o.quote = parts.join(QLatin1String(" + ")) + QLatin1String(" = ") + formatNumber(total);
        added.push_back(std::move(sum));
    }
    for (Found &f : added)
        m_found.push_back(std::move(f));
}

void ReportExtraction::derivedRates()
{
    auto plain = [](const Found &f) { return !f.obs.isPart && !f.obs.derived && !f.zeroForm; };
    std::vector<Found> added;
    for (const IndicatorDerivation &d : m_c.catalog().derivations()) {
        const int rate = m_c.indicatorIndex(d.id);
        const int num = m_c.indicatorIndex(d.numerator);
        const int den = m_c.indicatorIndex(d.denominator);
        if (rate < 0 || num < 0 || den < 0)
            continue;
        // The denominator nearest to a figure, within a paragraph's reach.
        auto nearest = [&](qsizetype offset, int indicator) -> const Found * {
            return nearestFound(offset, indicator, plain);
        };
        bool stated = false;
        for (const Found &f : m_found) {
            if (f.indicator != rate || !plain(f))
                continue;
            stated = true;
            const Found *n = nearest(f.obs.offset, num);
            const Found *m = n ? nearest(n->obs.offset, den) : nullptr;
            if (n && m && m->obs.value > 0) {
                const double computed = roundTo(n->obs.value / m->obs.value * d.scale, d.decimals);
                if (std::abs(computed - f.obs.value) > m_c.catalog().rateTolerance())
                    m_warnings << tr("%1 is stated as %2 but its counts give %3 (%4 / %5)")
                                      .arg(d.id, formatNumber(f.obs.value), formatNumber(computed),
                                           formatNumber(n->obs.value), formatNumber(m->obs.value));
            }
        }
        if (stated)
            continue;   // a stated rate always wins
        for (const Found &n : m_found) {
            if (n.indicator != num || !plain(n))
                continue;
            const Found *m = nearest(n.obs.offset, den);
            if (!m || m->obs.value <= 0)
                continue;
            Found f;
            f.indicator = rate;
            f.sentence = n.sentence;
            Observation &o = f.obs;
            const IndicatorDefinition &def = m_c.catalog().indicators().at(rate);
            o.id = def.id;
            o.unit = def.unit;
            o.derived = true;
            o.approx = n.obs.approx || m->obs.approx;
            o.value = roundTo(n.obs.value / m->obs.value * d.scale, d.decimals);
            o.section = n.obs.section;
            o.offset = std::min(n.obs.offset, m->obs.offset);
            o.length = std::max(n.obs.offset + n.obs.length, m->obs.offset + m->obs.length) - o.offset;
            o.quote = n.obs.quote + QLatin1String(" / ") + m->obs.quote + QStringLiteral(" × ")
                + formatNumber(d.scale) + QLatin1String(" = ") + formatNumber(o.value);
            added.push_back(std::move(f));
            break;   // one derived rate per report and derivation
        }
    }
    for (Found &f : added)
        m_found.push_back(std::move(f));
}

void ReportExtraction::warnings()
{
    auto plain = [](const Found &f) { return !f.obs.isPart && !f.obs.derived; };
    const IndicatorCatalog &cat = m_c.catalog();
    // Closed > received, lost > sued …, compared with the nearest figure of the other kind.
    for (const auto &[a, b] : cat.notGreaterChecks()) {
        const int ia = m_c.indicatorIndex(a);
        const int ib = m_c.indicatorIndex(b);
        for (const Found &fa : m_found) {
            if (fa.indicator != ia || !plain(fa))
                continue;
            const Found *nearest = nearestFound(fa.obs.offset, ib, plain);
            if (nearest && fa.obs.value > nearest->obs.value)
                m_warnings << tr("%1 (%2) is greater than %3 (%4)")
                                  .arg(a, formatNumber(fa.obs.value), b, formatNumber(nearest->obs.value));
        }
    }
    for (const Found &f : m_found) {
        if (cat.indicators().at(f.indicator).isRate() && f.obs.value > cat.maxRate())
            m_warnings << tr("%1 is %2%, more than %3%").arg(f.obs.id, formatNumber(f.obs.value), formatNumber(cat.maxRate()));
    }
    // One id, different values in one report.
    for (int i = 0; i < cat.indicators().size(); ++i) {
        QList<double> values;
        for (const Found &f : m_found) {
            if (f.indicator != i || !plain(f))
                continue;
            if (values.size() < 12
                && std::none_of(values.begin(), values.end(), [&](double v) { return sameValue(v, f.obs.value); }))
                values << f.obs.value;
        }
        if (values.size() > 1) {
            QStringList shown;
            for (double v : values)
                shown << formatNumber(v);
            m_warnings << tr("%1 has different values in this report: %2")
                              .arg(cat.indicators().at(i).id, shown.join(QLatin1String(", ")));
        }
    }
}

std::shared_ptr<const CompiledCatalog> sharedCompiled()
{
    static const std::shared_ptr<const CompiledCatalog> compiled =
        std::make_shared<const CompiledCatalog>(IndicatorCatalog::shared());
    return compiled;
}

} // namespace

IndicatorExtractor::IndicatorExtractor()
    : m_compiled(sharedCompiled())
{
}

IndicatorExtractor::IndicatorExtractor(const IndicatorCatalog &catalog)
    : m_compiled(std::make_shared<const CompiledCatalog>(catalog))
{
}

IndicatorExtractor::~IndicatorExtractor() = default;

const IndicatorCatalog &IndicatorExtractor::catalog() const
{
    return m_compiled->catalog();
}

ExtractionResult IndicatorExtractor::extract(const QString &text, const Outline &outline) const
{
    return ReportExtraction(*m_compiled, text, outline).run();
}

} // namespace rl
