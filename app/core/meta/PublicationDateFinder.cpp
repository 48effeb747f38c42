#include "meta/PublicationDateFinder.h"

#include "meta/AgencyNameFinder.h"
#include "meta/ReportLines.h"

#include <QRegularExpression>

namespace rl {

namespace {

constexpr int kTopLines = 25;       // labels and letterheads sit in the first lines
constexpr int kSignatureLines = 10; // a signature sits in the last lines (page footers may follow)
constexpr int kMaxDateLength = 16;  // longest match of numericDate() / chineseDate() is 13 characters

const QRegularExpression &numericDate()
{
    static const QRegularExpression re(
        QStringLiteral("(?<!\\d)((?:19|20)\\d\\d)\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?"));
    return re;
}

const QRegularExpression &chineseDate()
{
    static const QRegularExpression re(
        QStringLiteral("([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"));
    return re;
}

const QRegularExpression &labelledDate()
{
    // 时间:…, 发布时间 | …, 【成文日期：…; a date must follow right after the label.
    static const QRegularExpression re(QStringLiteral("(发布|成文|印发|公开|公布|发文|生成|更新)?(?:时间|日期)[:：|]+"));
    return re;
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (c == u'零' || c == u'○' || c == u'Ｏ')
        return 0;
    return int(digits.indexOf(c));
}

// 十 → 10, 十二 → 12, 二十六 → 26, 三十 → 30.
int chineseNumber(QStringView s)
{
    const qsizetype ten = s.indexOf(u'十');
    if (ten < 0)
        return s.size() == 1 ? chineseDigit(s.at(0)) : -1;
    const int tens = ten == 0 ? 1 : chineseDigit(s.at(0));
    const int ones = ten + 1 < s.size() ? chineseDigit(s.at(ten + 1)) : 0;
    if (tens < 0 || ones < 0)
        return -1;
    return tens * 10 + ones;
}

} // namespace

PublicationDateFinder::PublicationDateFinder(const AgencyNameFinder &agencies)
    : m_agencies(agencies)
{
}

QDate PublicationDateFinder::firstDate(QStringView s, qsizetype *matchLength, qsizetype *matchStart)
{
    QRegularExpressionMatchIterator it = numericDate().globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        if (date.isValid()) {
            if (matchLength)
                *matchLength = m.capturedLength();
            if (matchStart)
                *matchStart = m.capturedStart();
            return date;
        }
    }
    const QRegularExpressionMatch m = chineseDate().match(s);
    if (m.hasMatch()) {
        int year = 0;
        for (QChar c : m.capturedView(1))
            year = year * 10 + chineseDigit(c);
        const QDate date(year, chineseNumber(m.capturedView(2)), chineseNumber(m.capturedView(3)));
        if (date.isValid()) {
            if (matchLength)
                *matchLength = m.capturedLength();
            if (matchStart)
                *matchStart = m.capturedStart();
            return date;
        }
    }
    return {};
}

bool PublicationDateFinder::isDateLine(QStringView s)
{
    const QString compact = ReportLines::compact(s);
    // A whole date is short (2023-12-06, 2023年12月6日, 二〇二三年十二月六日: compacting leaves no
    // spaces inside one); longer lines cannot be one, and the two regex scans showed on the profile.
    if (compact.size() > kMaxDateLength)
        return false;
    qsizetype length = 0;
    qsizetype start = 0;
    const QDate date = firstDate(compact, &length, &start);
    return date.isValid() && start == 0 && length == compact.size();
}

qsizetype PublicationDateFinder::trailingDate(QStringView line)
{
    // Dates are short: look only at the end of the line.
    const qsizetype from = qMax<qsizetype>(0, line.size() - 16);
    for (qsizetype start = from; start + 6 <= line.size(); ++start) {
        const QChar c = line.at(start);
        if (!c.isDigit() && c != u'二' && c != u'〇' && c != u'零' && c != u'○')
            continue;
        if (start > 0 && line.at(start - 1).isDigit())
            continue;
        if (isDateLine(line.mid(start)))
            return start;
    }
    return -1;
}

QDate PublicationDateFinder::find(const ReportLines &lines, const QString &publishedHint) const
{
    const QStringList &head = lines.head;
    const int top = qMin<int>(kTopLines, head.size());

    // 1. A labelled date near the top. A metadata table may list several: a publication label
    //    (发布/公开/公布) outranks a bare 时间/日期, which outranks the date of writing (成文/印发).
    QDate labelled;
    int labelledRank = -1;
    for (int i = 0; i < top; ++i) {
        // The label needs 时间 or 日期: most lines (whole paragraphs) skip the regex scan.
        if (!ReportLines::containsWord(head.at(i), u'时', u'间') && !ReportLines::containsWord(head.at(i), u'日', u'期'))
            continue;
        QRegularExpressionMatchIterator labels = labelledDate().globalMatch(head.at(i));
        while (labels.hasNext()) {
            const QRegularExpressionMatch label = labels.next();
            qsizetype start = 0;
            const QDate date = firstDate(QStringView(head.at(i)).mid(label.capturedEnd(), 40), nullptr, &start);
            if (!date.isValid() || start != 0)
                continue;
            const QStringView kind = label.capturedView(1);
            const int rank = (kind == u"发布" || kind == u"公开" || kind == u"公布") ? 2 : kind.isEmpty() ? 1 : 0;
            if (rank > labelledRank) {
                labelled = date;
                labelledRank = rank;
            }
        }
    }
    if (labelled.isValid())
        return labelled;

    // 2. The container's own date (HTML meta, PDF/Word properties).
    if (!publishedHint.isEmpty()) {
        const QDate date = firstDate(publishedHint);
        if (date.isValid())
            return date;
    }

    // 3. A dated signature at the end: the last date-only line among the last lines, or an agency
    //    line that ends with its date.
    const QStringList &tail = lines.tail;
    for (int i = int(tail.size()) - 1; i >= qMax(0, int(tail.size()) - kSignatureLines); --i) {
        const QString &line = tail.at(i);
        // A date alone signs when an agency line stands above it or nothing follows it; elsewhere it may
        // be a cell of a closing table.
        const int n = int(tail.size());
        const bool signedAbove = (i >= 1 && m_agencies.standalone(tail.at(i - 1)).isValid())
            || (i >= 2 && m_agencies.standalone(tail.at(i - 2)).isValid());
        if (isDateLine(line) && (signedAbove || i >= n - 2))
            return firstDate(line);
        const qsizetype dateAt = trailingDate(line);
        if (dateAt > 0 && m_agencies.standalone(QStringView(line).left(dateAt)).isValid())
            return firstDate(QStringView(line).mid(dateAt));
    }

    // 4. A cover letter's signature near the top: an agency line followed by a date-only line.
    for (int i = 1; i < top; ++i) {
        if (isDateLine(head.at(i)) && m_agencies.standalone(head.at(i - 1)).isValid())
            return firstDate(head.at(i));
    }

    // 5. A loose dateline: a short line above the body that carries a date and no sentence.
    static const QRegularExpression heading(QStringLiteral("^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])"));
    for (int i = 0; i < qMin(top, 10); ++i) {
        const QString &line = head.at(i);
        if (line.contains(u'。') || heading.match(line).hasMatch())
            break;
        if (line.size() > 40 || line.contains(u'，') || line.contains(u','))
            continue;
        const QDate date = firstDate(line);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace rl
