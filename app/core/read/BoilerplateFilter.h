#pragma once

#include <QString>
#include <QStringView>

namespace rl {

// Recognises the furniture a saved web page leaves in its text: breadcrumbs (您当前的位置…),
// 【字体:大 中 小】, 访问量/浏览次数 counters, 扫一扫在手机打开当前页, 打印/关闭 links, 分享到…,
// 上一篇/下一篇, and a trailing 相关文件/相关信息/相关链接 block.
//
// A line is dropped only when all of it is furniture; a metadata line that mixes a date with a
// counter ("时间:2021-01-27 11:08 来源:本网 访问量:-") loses the counter and keeps the date, so
// the publication date stays readable. Prose (a line with 。 or longer than MaxLineLength) is
// never touched.
class BoilerplateFilter final
{
public:
    static constexpr qsizetype MaxLineLength = 160;

    enum class Verdict { Keep, Drop, Trim };

    // line: one trimmed line. On Trim, *rest receives what remains (always shorter than line).
    static Verdict judge(QStringView line, QString *rest);

    // Where a trailing 相关文件/相关信息/相关链接 block (its heading and the short link lines
    // after it) starts, as an offset of a line start in text; -1 when the text has none.
    static qsizetype trailingFooterStart(QStringView text);
};

} // namespace rl
