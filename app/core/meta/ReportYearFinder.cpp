#include "meta/ReportYearFinder.h"

#include <QMap>
#include <QRegularExpression>

namespace rl {

namespace {

constexpr int kEarliest = 1990;
constexpr int kLatest = 2100;
constexpr qsizetype kFrequencyWindow = 200000;   // characters read for the frequency fallback

bool isRangeMark(QChar c)
{
    return c == u'-' || c == u'—' || c == u'–' || c == u'~' || c == u'～' || c == u'至' || c == u'到';
}

// Years written as "2021年" (spaces allowed) that are not part of a range and not inside 《》.
template<typename Visit>
void forEachYear(QStringView text, Visit visit)
{
    int bookDepth = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 4 < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'《') {
            ++bookDepth;
            continue;
        }
        if (c == u'》') {
            bookDepth = qMax(0, bookDepth - 1);
            continue;
        }
        if (c != u'1' && c != u'2')
            continue;
        if (!text.at(i + 1).isDigit() || !text.at(i + 2).isDigit() || !text.at(i + 3).isDigit())
            continue;
        if (i > 0 && (text.at(i - 1).isDigit() || isRangeMark(text.at(i - 1)))) {
            i += 3;
            continue;
        }
        qsizetype j = i + 4;
        while (j < n && text.at(j) == u' ')
            ++j;
        if (j >= n || text.at(j) != u'年') {
            i += 3;
            continue;
        }
        const bool rangeStart = j + 1 < n && isRangeMark(text.at(j + 1));
        const int year = text.mid(i, 4).toInt();
        if (bookDepth == 0 && !rangeStart && year >= kEarliest && year <= kLatest)
            visit(year, i, j + 1);
        i = j;
    }
}

} // namespace

std::optional<int> ReportYearFinder::fromTitle(QStringView title)
{
    std::optional<int> first;
    forEachYear(title, [&](int year, qsizetype, qsizetype) {
        if (!first)
            first = year;
    });
    if (first)
        return first;
    // 二〇二一年度法治政府建设工作报告
    static const QRegularExpression chineseYear(QStringLiteral("([〇零○一二三四五六七八九]{4})年"));
    const QRegularExpressionMatch m = chineseYear.match(title);
    if (m.hasMatch()) {
        static const QString digits = QStringLiteral("〇一二三四五六七八九");
        int year = 0;
        for (QChar c : m.capturedView(1))
            year = year * 10 + qMax(0, int(digits.indexOf(c)));
        if (year >= kEarliest && year <= kLatest)
            return year;
    }
    return std::nullopt;
}

std::optional<int> ReportYearFinder::fromOpening(const QStringList &paragraphs)
{
    // A paragraph that starts with the year ("2021年,…", "2021年度…", "2021年以来…") but not with a date.
    static const QRegularExpression startYear(QStringLiteral("^((?:19|20)\\d\\d)年(?!\\d{1,2}月\\d{1,2}日)"));
    for (const QString &p : paragraphs) {
        const QRegularExpressionMatch m = startYear.match(p);
        if (m.hasMatch())
            return m.capturedView(1).toInt();
    }
    // "现将我局2021年推进法治政府建设情况报告如下", "全文包括2021年度法治政府建设的…".
    static const QRegularExpression yearOfWork(
        QStringLiteral("(?<![\\d\\-—~至])((?:19|20)\\d\\d)年度?[^,，。;；:：()（）《》]{0,12}?(?:法治政府建设|依法行政)"));
    for (const QString &p : paragraphs) {
        const QRegularExpressionMatch m = yearOfWork.match(p);
        if (m.hasMatch())
            return m.capturedView(1).toInt();
    }
    return std::nullopt;
}

std::optional<int> ReportYearFinder::mostFrequent(QStringView text, std::optional<int> latest)
{
    // The first part of a report describes the year; its end plans the next one.
    const QStringView part = text.left(qMin<qsizetype>(kFrequencyWindow, qMax<qsizetype>(2000, text.size() * 6 / 10)));
    QMap<int, int> counts;
    forEachYear(part, [&](int year, qsizetype, qsizetype) {
        if (!latest || year <= *latest)
            ++counts[year];
    });
    int best = 0;
    int bestCount = 0;
    int secondCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            secondCount = bestCount;
            bestCount = it.value();
            best = it.key();
        } else if (it.value() > secondCount) {
            secondCount = it.value();
        }
    }
    if (bestCount >= 2 && bestCount > secondCount)
        return best;
    return std::nullopt;
}

std::optional<int> ReportYearFinder::find(QStringView title, const QStringList &openingParagraphs,
                                          QStringView text, std::optional<int> publishedYear) const
{
    if (const auto year = fromTitle(title))
        return year;
    if (const auto year = fromOpening(openingParagraphs))
        return year;
    return mostFrequent(text, publishedYear);
}

} // namespace rl
