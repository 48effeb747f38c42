#pragma once

#include "model/RawDocument.h"

#include <QByteArray>
#include <QString>

namespace rl {

// Text of a web page as saved from a government site; keeps <title> and the meta date as hints.
//
// A small linear-time tokenizer, not a DOM: no recursion on nesting depth, no regex per tag,
// robust to unclosed and misnested tags. script/style/noscript/template/head are dropped,
// nav/footer/aside/select/svg too (when they are closed); block elements become line breaks;
// table cells on one row are joined with " | " so "发布机构 | 人社局" rows survive; entities are
// decoded; whitespace collapses as a browser would (except inside <pre>).
class HtmlReader final
{
public:
    static ReadResult read(const QByteArray &bytes);

    // The charset a page declares in its first bytes (<meta charset>, http-equiv Content-Type,
    // <?xml encoding>), as written; empty when it declares none.
    static QString declaredCharset(const QByteArray &bytes);

    // The text of already-decoded markup; fills text, titleHint and publishedHint.
    static RawDocument extract(const QString &html);
};

} // namespace rl
