#include "read/MhtReader.h"

#include "read/HtmlReader.h"
#include "read/TextDecoder.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <cctype>

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::MhtReader", text);
}

struct Part
{
    QByteArray contentType; // lower case, without parameters
    QByteArray charset;
    QByteArray boundary;
    QByteArray transferEncoding; // lower case
    QByteArray body;
};

// Where the header block ends and the body begins (after the first empty line).
qsizetype bodyStart(const QByteArray &bytes, qsizetype from, qsizetype *headerEnd)
{
    const qsizetype crlf = bytes.indexOf("\r\n\r\n", from);
    const qsizetype lf = bytes.indexOf("\n\n", from);
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        *headerEnd = crlf;
        return crlf + 4;
    }
    if (lf >= 0) {
        *headerEnd = lf;
        return lf + 2;
    }
    *headerEnd = bytes.size();
    return bytes.size();
}

// A parameter of a header value: boundary="x", charset=gb2312.
QByteArray parameter(const QByteArray &value, const char *name)
{
    const QByteArray lower = value.toLower();
    const QByteArray key = QByteArray(name) + '=';
    qsizetype at = 0;
    while ((at = lower.indexOf(key, at)) >= 0) {
        // The name must start a parameter: "charset=" and not "xcharset=".
        if (at > 0 && lower[at - 1] != ';' && lower[at - 1] != ' ' && lower[at - 1] != '\t') {
            at += key.size();
            continue;
        }
        qsizetype i = at + key.size();
        if (i < value.size() && value[i] == '"') {
            const qsizetype close = value.indexOf('"', i + 1);
            return value.mid(i + 1, (close < 0 ? value.size() : close) - i - 1);
        }
        qsizetype end = i;
        while (end < value.size() && value[end] != ';' && value[end] != ' ' && value[end] != '\t')
            ++end;
        return value.mid(i, end - i);
    }
    return {};
}

// Parses "Name: value" headers (folded lines joined) into the fields a part needs.
Part parseHeaders(const QByteArray &block)
{
    Part part;
    QByteArray unfolded = block;
    unfolded.replace("\r\n", "\n");
    unfolded.replace("\n ", " ");
    unfolded.replace("\n\t", " ");
    for (const QByteArray &line : unfolded.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-type") {
            const qsizetype semi = value.indexOf(';');
            part.contentType = (semi < 0 ? value : value.left(semi)).trimmed().toLower();
            part.charset = parameter(value, "charset");
            part.boundary = parameter(value, "boundary");
        } else if (name == "content-transfer-encoding") {
            part.transferEncoding = value.toLower();
        }
    }
    return part;
}

QByteArray decodedBody(const Part &part)
{
    if (part.transferEncoding == "quoted-printable")
        return MhtReader::decodeQuotedPrintable(part.body);
    if (part.transferEncoding == "base64")
        return QByteArray::fromBase64(part.body); // skips line breaks and stray characters
    return part.body;
}

} // namespace

QByteArray MhtReader::decodeQuotedPrintable(const QByteArray &body)
{
    QByteArray out;
    out.reserve(body.size());
    const qsizetype n = body.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = body[i];
        if (c != '=') {
            out += c;
            continue;
        }
        // Soft line break: "=" at the end of a line (trailing blanks allowed).
        qsizetype j = i + 1;
        while (j < n && (body[j] == ' ' || body[j] == '\t'))
            ++j;
        if (j < n && (body[j] == '\n' || body[j] == '\r')) {
            if (body[j] == '\r' && j + 1 < n && body[j + 1] == '\n')
                ++j;
            i = j;
            continue;
        }
        if (j >= n) {
            i = j;
            continue;
        }
        const int hi = i + 1 < n ? QByteArrayView("0123456789ABCDEF").indexOf(char(std::toupper(uchar(body[i + 1])))) : -1;
        const int lo = i + 2 < n ? QByteArrayView("0123456789ABCDEF").indexOf(char(std::toupper(uchar(body[i + 2])))) : -1;
        if (hi >= 0 && lo >= 0) {
            out += char(hi * 16 + lo);
            i += 2;
        } else {
            out += c; // a stray '=' stays
        }
    }
    return out;
}

namespace {

// ASCII case-insensitive search for a lower-case `needle`; no lowered copy of the head of every file.
bool containsIgnoringCase(QByteArrayView hay, QByteArrayView needle)
{
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
    for (qsizetype i = 0; i + needle.size() <= hay.size(); ++i) {
        qsizetype k = 0;
        while (k < needle.size() && lower(hay[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

} // namespace

bool MhtReader::looksLikeMht(const QByteArray &bytes)
{
    const QByteArrayView head(bytes.constData(), std::min<qsizetype>(bytes.size(), 4096));
    return containsIgnoringCase(head, "mime-version:") && containsIgnoringCase(head, "multipart/related");
}

ReadResult MhtReader::read(const QByteArray &bytes)
{
    qsizetype headerEnd = 0;
    const qsizetype start = bodyStart(bytes, 0, &headerEnd);
    Part top = parseHeaders(bytes.left(headerEnd));
    QList<Part> parts;
    if (top.boundary.isEmpty()) {
        top.body = bytes.mid(start);
        parts << top;
    } else {
        const QByteArray delimiter = "--" + top.boundary;
        qsizetype at = bytes.indexOf(delimiter, start);
        while (at >= 0) {
            qsizetype lineEnd = bytes.indexOf('\n', at);
            if (lineEnd < 0 || bytes.mid(at + delimiter.size(), 2) == "--")
                break; // the closing delimiter, or a file cut after it
            const qsizetype next = bytes.indexOf(delimiter, lineEnd + 1);
            qsizetype partHeaderEnd = 0;
            const qsizetype end = next < 0 ? bytes.size() : next;
            const QByteArray chunk = bytes.mid(lineEnd + 1, end - lineEnd - 1);
            const qsizetype partBody = bodyStart(chunk, 0, &partHeaderEnd);
            Part part = parseHeaders(chunk.left(partHeaderEnd));
            part.body = chunk.mid(partBody);
            parts << part;
            at = next;
        }
    }

    const Part *page = nullptr;
    for (const Part &p : std::as_const(parts)) {
        if (p.contentType == "text/html" || p.contentType == "application/xhtml+xml") {
            page = &p;
            break;
        }
    }
    if (!page) {
        for (const Part &p : std::as_const(parts)) {
            if (p.contentType == "text/plain" || p.contentType.isEmpty()) {
                page = &p;
                break;
            }
        }
    }
    if (!page)
        return ReadResult::failure(tr("a web archive (.mht) without a web page inside"));

    const QByteArray body = decodedBody(*page);
    const bool html = page->contentType != "text/plain" && !page->contentType.isEmpty();
    // The part's charset is the writer's statement; verify it, else let the page/bytes decide.
    if (!page->charset.isEmpty()) {
        const ReadResult decoded = TextDecoder::decodeAs(body, QString::fromLatin1(page->charset));
        if (decoded.ok()) {
            if (!html)
                return decoded;
            ReadResult r;
            r.document = HtmlReader::extract(decoded.document.text);
            r.document.encoding = decoded.document.encoding;
            return r;
        }
    }
    return html ? HtmlReader::read(body) : TextDecoder::decode(body);
}

} // namespace rl
