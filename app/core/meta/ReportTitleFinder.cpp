#include "meta/ReportTitleFinder.h"

#include "meta/AgencyNameFinder.h"
#include "meta/ReportLines.h"

#include <QRegularExpression>

namespace rl {

namespace {

constexpr int kTitleLines = 25;   // a title stands among the first lines

const QRegularExpression &headingMarker()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[、.．])"));
    return re;
}

const QRegularExpression &coverLetter()
{
    // 关于报送《X》的报告, 关于呈报〈X〉的函 …
    static const QRegularExpression re(QStringLiteral("^关于[^《〈]{0,8}[《〈](.+)[》〉]的(?:报告|函|请示|通知)$"));
    return re;
}

const QRegularExpression &startsWithYear()
{
    static const QRegularExpression re(QStringLiteral("^(?:19|20)\\d\\d年"));
    return re;
}

bool hasYear(QStringView line)
{
    static const QRegularExpression year(QStringLiteral("(?:19|20)\\d\\d年|[〇零○一二三四五六七八九]{4}年"));
    return year.match(line).hasMatch();
}

// The part of a web page title that names the report: "X报告_某某市人民政府" → "X报告".
QString cleanHint(const QString &hint)
{
    // A dash separates too, unless it joins two numbers (2021-2025年).
    static const QRegularExpression separators(QStringLiteral("\\s*(?:[_|｜]|(?<!\\d)\\s*[-—–]+\\s*(?!\\d))\\s*"));
    const QStringList parts = hint.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString compact = ReportLines::compact(part);
        if (ReportTitleFinder::isTitleLike(compact))
            return compact;
    }
    return {};
}

} // namespace

ReportTitleFinder::ReportTitleFinder(const AgencyNameFinder &agencies)
    : m_agencies(agencies)
{
}

bool ReportTitleFinder::isTitleLike(QStringView line)
{
    if (line.size() < 6 || line.size() > 90)
        return false;
    if (!line.contains(u"报告"))
        return false;
    if (!line.contains(u'年') && !line.contains(u"法治") && !line.contains(u"依法行政"))
        return false;
    if (line.contains(u'。') || line.contains(u"如下") || line.contains(u'>') || line.contains(u'|')
        || line.contains(u'｜') || line.contains(u"当前位置") || line.contains(u"当前的位置"))
        return false;
    if (line.endsWith(u':') || line.endsWith(u'：') || line.startsWith(u"附件"))
        return false;
    return !headingMarker().match(line).hasMatch();
}

QString ReportTitleFinder::find(const QStringList &head, const QString &titleHint, int *lineIndex) const
{
    if (lineIndex)
        *lineIndex = -1;
    if (!titleHint.trimmed().isEmpty()) {
        const QString hint = cleanHint(titleHint);
        if (!hint.isEmpty()) {
            const QRegularExpressionMatch cover = coverLetter().match(hint);
            return cover.hasMatch() ? cover.captured(1) : hint;
        }
    }
    QList<int> candidates;
    for (int i = 0; i < qMin<int>(kTitleLines, head.size()); ++i) {
        if (isTitleLike(head.at(i)))
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return ReportLines::compact(titleHint);

    // A column name ("法治政府建设报告") may precede the title: prefer the first line that has a year.
    int chosen = candidates.constFirst();
    if (!hasYear(head.at(chosen))) {
        for (int c : std::as_const(candidates)) {
            if (hasYear(head.at(c))) {
                chosen = c;
                break;
            }
        }
    }
    const QRegularExpressionMatch cover = coverLetter().match(head.at(chosen));
    if (cover.hasMatch()) {
        if (lineIndex)
            *lineIndex = chosen;
        return cover.captured(1);
    }
    // A letter "关于…的报告" before the report itself: the report's own title follows.
    if (head.at(chosen).startsWith(u"关于")) {
        for (int c : std::as_const(candidates)) {
            if (!head.at(c).startsWith(u"关于")) {
                chosen = c;
                break;
            }
        }
    }
    if (lineIndex)
        *lineIndex = chosen;
    QString title = head.at(chosen);
    // A title split after its agency line: "X局" / "2021年度法治政府建设情况报告".
    if (chosen > 0 && startsWithYear().match(title).hasMatch()) {
        const QString &previous = head.at(chosen - 1);
        if (m_agencies.standalone(previous).isValid() && !title.contains(previous))
            title.prepend(previous);
    }
    return title;
}

} // namespace rl
