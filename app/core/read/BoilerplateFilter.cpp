#include "read/BoilerplateFilter.h"

#include <QStringList>

namespace rl {

namespace {

// Words of link furniture that make up a whole line or a whole bracketed segment.
const char16_t *const NavWords[] = {
    u"打印", u"打印本页", u"打印此页", u"打印正文", u"打印文章", u"打印页面", u"打印本文", u"我要打印", u"关闭",
    u"关闭窗口", u"关闭本页", u"关闭页面", u"返回", u"返回顶部", u"返回首页", u"返回列表", u"收藏", u"收藏本页",
    u"加入收藏", u"分享", u"纠错", u"我要纠错", u"保存", u"保存本页", u"字号", u"字体",
    // Site header switches and search.
    u"无障碍", u"无障碍浏览", u"长者模式", u"关怀版", u"适老化", u"繁體", u"繁体", u"简体", u"English", u"登录",
    u"注册", u"搜索", u"高级搜索", u"站内搜索", u"网站导航", u"请输入关键词", u"请输入关键字",
};

// Font-size switches; furniture only where the line also says 字体/字号 or has nothing else
// (a table cell "大" is content).
const char16_t *const FontSizeWords[] = {u"大", u"中", u"小", u"默认", u"标准", u"T"};

// Longest first: "浏览次数" must not be read as "浏览" + "次数".
const char16_t *const CounterWords[] = {u"浏览次数", u"阅读次数", u"访问次数", u"点击次数", u"浏览人次", u"访问量",
                                        u"点击数", u"点击量", u"浏览量", u"阅读量", u"阅读数", u"浏览", u"点击",
                                        u"阅读", u"访问", u"人气"};

// Site footers: nothing in a report's own text says these.
const char16_t *const FooterMarks[] = {u"版权所有", u"Copyright", u"copyright", u"©", u"ICP备", u"网站标识码",
                                       u"公网安备", u"网站地图", u"技术支持：", u"技术支持:", u"建议使用"};

const char16_t *const BreadcrumbWords[] = {u"您当前的位置", u"您现在的位置", u"您当前位置", u"当前位置",
                                           u"您的位置", u"您所在的位置", u"你的位置", u"你当前的位置",
                                           u"所在位置", u"当前的位置"};

const char16_t *const FooterHeadings[] = {u"相关文件", u"相关信息", u"相关链接", u"相关阅读", u"相关新闻",
                                          u"相关稿件", u"相关附件", u"相关文章", u"相关推荐"};

// QStringView::contains for the word lists below: a vectorised search for the first character,
// then the rest compared inline (a string search per word showed on the profile).
bool containsWord(QStringView line, QStringView word)
{
    if (word.isEmpty())
        return true;
    const qsizetype last = line.size() - word.size();
    for (qsizetype i = line.indexOf(word.front()); i >= 0 && i <= last; i = line.indexOf(word.front(), i + 1)) {
        qsizetype k = 1;
        while (k < word.size() && line[i + k] == word[k])
            ++k;
        if (k == word.size())
            return true;
    }
    return false;
}

bool isColon(QChar c)
{
    return c == u':' || c == u'：';
}

bool isBracket(QChar c)
{
    switch (c.unicode()) {
    case u'【': case u'】': case u'[': case u']': case u'(': case u')': case u'「': case u'」':
    case u'〔': case u'〕': case u'<': case u'>': case u'|': case u'·': case u'/': case u'\u2022':
        return true;
    default:
        return false;
    }
}

// The line without spaces, brackets and colons: what is left to judge.
QString compact(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c != u' ' && !isBracket(c) && !isColon(c))
            out += c;
    }
    return out;
}

// Only furniture words: "【打印本页】【关闭窗口】", "字体:大 中 小", "打印 | 关闭".
bool onlyNavWords(QStringView compacted, bool fontSizes)
{
    qsizetype i = 0;
    while (i < compacted.size()) {
        qsizetype best = 0;
        for (const char16_t *w : NavWords) {
            const QStringView word(w);
            if (word.size() > best && compacted.mid(i).startsWith(word))
                best = word.size();
        }
        for (const char16_t *w : FontSizeWords) {
            const QStringView word(w);
            if (fontSizes && word.size() > best && compacted.mid(i).startsWith(word))
                best = word.size();
        }
        if (best == 0)
            return false;
        i += best;
    }
    return true;
}

bool startsWithAny(QStringView s, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        if (s.startsWith(QStringView(w)))
            return true;
    }
    return false;
}

// Removes counter segments ("访问量:-", "浏览次数: 123") from a short line.
QString withoutCounters(QStringView line)
{
    QString out;
    qsizetype from = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        qsizetype matched = 0;
        for (const char16_t *w : CounterWords) {
            if (line.mid(i).startsWith(QStringView(w))) {
                matched = QStringView(w).size();
                break;
            }
        }
        if (matched == 0) {
            ++i;
            continue;
        }
        qsizetype j = i + matched;
        while (j < line.size() && line[j] == u' ')
            ++j;
        if (j >= line.size() || !isColon(line[j])) {
            i += matched;
            continue;
        }
        ++j;
        while (j < line.size() && line[j] == u' ')
            ++j;
        // The value: a number or "-" (what a page's script leaves), possibly none at all.
        const qsizetype valueStart = j;
        while (j < line.size() && j - valueStart < 16
               && (line[j].isDigit() || line[j] == u'-' || line[j] == u',' || line[j] == u'次' || line[j] == u'人'))
            ++j;
        out += line.mid(from, i - from);
        from = i = j;
    }
    out += line.mid(from);
    return out.simplified();
}

// Removes bracketed furniture (【打印】, [关闭窗口], 【字体:大 中 小】) and bare furniture words.
QString withoutNavSegments(const QString &line)
{
    QString out;
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar open = line[i];
        if (open == u'【' || open == u'[') {
            const QChar close = open == u'【' ? QChar(u'】') : QChar(u']');
            qsizetype end = line.indexOf(close, i + 1);
            const bool closed = end >= 0;
            if (!closed)
                end = line.size();
            const QString inner = compact(QStringView(line).mid(i + 1, end - i - 1));
            if (inner.startsWith(u"字体") || inner.startsWith(u"字号") || inner.startsWith(u"分享到")
                || (!inner.isEmpty() && onlyNavWords(inner, true))) {
                i = closed ? end + 1 : end;
                out += QLatin1Char(' ');
                continue;
            }
        }
        out += open;
        ++i;
    }
    // Bare words: "打印 关闭", "字体:大 中 小", "分享到:微信 微博".
    const bool fontBar = out.contains(u"字体") || out.contains(u"字号");
    QStringList kept;
    const QStringList tokens = out.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool sharing = false;
    for (const QString &t : tokens) {
        const QString c = compact(t);
        if (c.startsWith(u"分享到"))
            sharing = true; // the share targets follow to the end of the line
        if (sharing || (!c.isEmpty() && onlyNavWords(c, fontBar)))
            continue;
        kept << t;
    }
    return kept.join(QLatin1Char(' '));
}

// A cheap first look: one character of every furniture word above (the rarest one). Most short
// lines — headings, signatures — have none and skip the string work below.
bool mayBeFurniture(QStringView line)
{
    // "大 中 小" and "T|T" font bars are short and have nothing else.
    if (line.size() <= 12 && (line.contains(u'大') || line.contains(u'小') || line.contains(u'T') || line.contains(u'默')))
        return true;
    switch (line.front().unicode()) {
    case u'主': case u'承': case u'联': case u'首':
        return true;
    default:
        break;
    }
    for (QChar c : line) {
        switch (c.unicode()) {
        case u'位': case u'扫': case u'篇': case u'版': case u'C': case u'c': case u'©': case u'I': case u'码':
        case u'备': case u'图': case u'技': case u'建': case u'印': case u'闭': case u'返': case u'藏': case u'享':
        case u'纠': case u'存': case u'字': case u'击': case u'访': case u'浏': case u'阅': case u'气': case u'【':
        case u'[': case u'>': case u'»': case u'碍': case u'模': case u'怀': case u'老': case u'繁': case u'简':
        case u'E': case u'登': case u'册': case u'搜': case u'航': case u'输':
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

BoilerplateFilter::Verdict BoilerplateFilter::judge(QStringView line, QString *rest)
{
    if (line.isEmpty() || line.size() > MaxLineLength || line.contains(u'。') || !mayBeFurniture(line))
        return Verdict::Keep;
    QStringView head = line;
    while (!head.isEmpty() && isBracket(head.front()))
        head = head.mid(1);

    // Breadcrumbs: "您当前的位置: 首页 > …", "首页 > 政务公开 > …".
    for (const char16_t *w : BreadcrumbWords) {
        const QStringView word(w);
        if (head.startsWith(word)) {
            const QStringView after = head.mid(word.size());
            if (after.isEmpty() || isColon(after.front()) || after.front() == u' ' || after.front() == u'>'
                || after.front() == u'»')
                return Verdict::Drop;
        }
    }
    if (head.startsWith(u"首页")
        && (head.contains(u'>') || head.contains(u'»') || head.contains(u'›') || head.contains(u'＞')))
        return Verdict::Drop;
    if (line.size() <= 40
        && startsWithAny(head, {u"扫一扫", u"手机扫一扫", u"微信扫一扫", u"用手机扫描", u"扫描二维码", u"手机扫描"}))
        return Verdict::Drop;
    for (const char16_t *w : FooterMarks) {
        if (containsWord(line, QStringView(w)))
            return Verdict::Drop;
    }
    if (startsWithAny(head, {u"主办单位", u"承办单位", u"主办:", u"主办：", u"承办:", u"承办：", u"联系我们"}))
        return Verdict::Drop;
    if (startsWithAny(head, {u"上一篇", u"下一篇"}) && head.size() > 3 && (isColon(head[3]) || head[3] == u' '))
        return Verdict::Drop;

    const QString whole = compact(line);
    if (line.size() <= 40 && (whole.startsWith(u"字体") || whole.startsWith(u"字号")))
        return Verdict::Drop; // "字号:T|T", "字体:【大 中 小】"
    if (onlyNavWords(whole, true))
        return Verdict::Drop; // "大 中 小", "【打印】【关闭】"

    bool hasCounter = false;
    for (const char16_t *w : CounterWords)
        hasCounter = hasCounter || containsWord(line, QStringView(w));
    // One token without brackets or counters (most lines that get here: headings with 建, 位, 字 …):
    // the removals below would split it, find no furniture (onlyNavWords failed above) and give it
    // back whole — or drop it when it is a 分享到 bar. Same verdicts without their allocations.
    if (!hasCounter && !line.contains(u' ') && !line.contains(u'【') && !line.contains(u'['))
        return whole.startsWith(u"分享到") ? Verdict::Drop : Verdict::Keep;
    QString remaining = hasCounter ? withoutCounters(line) : line.toString();
    remaining = withoutNavSegments(remaining);
    if (compact(remaining).isEmpty())
        return Verdict::Drop;
    if (remaining.size() < line.size()) {
        if (rest)
            *rest = remaining;
        return Verdict::Trim;
    }
    return Verdict::Keep;
}

qsizetype BoilerplateFilter::trailingFooterStart(QStringView text)
{
    // Walk back over the short lines at the end; the earliest footer heading among them starts
    // the block. A long line or a sentence ends the walk: the footer is only ever at the end.
    constexpr int MaxTailLines = 40;
    constexpr qsizetype MaxLinkLine = 80;
    qsizetype end = text.size();
    qsizetype cut = -1;
    for (int n = 0; n < MaxTailLines && end > 0; ++n) {
        const qsizetype nl = text.lastIndexOf(u'\n', end - 1);
        const qsizetype start = nl + 1;
        const QStringView line = text.mid(start, end - start).trimmed();
        if (line.size() > MaxLinkLine || line.contains(u'。'))
            break;
        QStringView head = line;
        while (!head.isEmpty() && isBracket(head.front()))
            head = head.mid(1);
        for (const char16_t *w : FooterHeadings) {
            const QStringView word(w);
            if (head.startsWith(word)) {
                const QString c = compact(head.mid(word.size()));
                if (c.isEmpty())
                    cut = start;
            }
        }
        if (nl < 0)
            break;
        end = nl;
    }
    return cut;
}

} // namespace rl
