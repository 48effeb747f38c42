#include "pipeline/DocumentLoader.h"

#include "office/DocxReader.h"
#include "office/PdfReader.h"
#include "read/BinarySniffer.h"
#include "read/HtmlReader.h"
#include "read/MhtReader.h"
#include "read/TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::DocumentLoader", text);
}

inline ushort unit(char c) { return uchar(c); }
inline ushort unit(QChar c) { return c.unicode(); }

// ASCII case-insensitive "text at `pos` starts with `tag`" (tag in lower case).
template<typename Text>
bool tagAt(const Text &text, qsizetype pos, qsizetype end, QLatin1String tag)
{
    if (end - pos < tag.size())
        return false;
    for (qsizetype k = 0; k < tag.size(); ++k) {
        const ushort c = unit(text[pos + k]);
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != tag[k].unicode())
            return false;
    }
    return true;
}

inline bool isLeadingSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool isLeadingSpace(QChar c) { return c.isSpace(); }

// Markup, judged from the first characters: a page saved as .txt, or a .txt that is really HTML.
// Every tag starts with '<', so one pass over the '<'s with a case-insensitive compare finds them
// without lowercasing a copy of the head of every file (that copy and nine searches showed on the profile).
template<typename Text>
bool looksLikeHtml(const Text &start)
{
    const qsizetype end = std::min<qsizetype>(start.size(), 4096);
    bool fragmentTag = false;
    for (qsizetype i = 0; i < end; ++i) {
        if (unit(start[i]) != '<')
            continue;
        auto has = [&](const char *tag) { return tagAt(start, i, end, QLatin1String(tag)); };
        if (has("<html") || has("<!doctype html") || has("<body") || has("<head>") || has("<head "))
            return true;
        fragmentTag = fragmentTag || has("</p>") || has("</div>") || has("</td>") || has("<br");
    }
    // Fragments: markup from the very first character and closing tags.
    if (!fragmentTag)
        return false;
    qsizetype first = 0;
    while (first < end && isLeadingSpace(start[first]))
        ++first;
    return first < end && unit(start[first]) == '<';
}

} // namespace

ReadResult DocumentLoader::load(const QString &path, QByteArray *bytesOut)
{
    const QFileInfo info(path);
    if (!info.exists())
        return ReadResult::failure(tr("file not found"));
    if (info.isDir())
        return ReadResult::failure(tr("is a folder, not a file"));
    // A FIFO or device would block or never end; only regular files are read.
    if (!info.isFile())
        return ReadResult::failure(tr("not a regular file (a device, pipe or socket)"));
    if (!info.isReadable())
        return ReadResult::failure(tr("no permission to read the file"));
    if (info.size() > MaxFileBytes)
        return ReadResult::failure(tr("file is too large (%1 MB; the limit is %2 MB)")
                                       .arg(info.size() / (1024 * 1024))
                                       .arg(MaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ReadResult::failure(tr("cannot open the file: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return ReadResult::failure(tr("cannot read the file: %1").arg(file.errorString()));
    if (bytesOut)
        *bytesOut = bytes;
    return loadBytes(bytes, info.fileName());
}

ReadResult DocumentLoader::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return ReadResult::failure(tr("the file is empty"));
    const QString suffix = QFileInfo(fileName).suffix().toLower();

    // Content decides first: a saved page may be called .txt, an attachment may lose its extension.
    if (bytes.startsWith("%PDF-"))
        return PdfReader::read(bytes);
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return DocxReader::read(bytes);
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return ReadResult::failure(tr("this is a legacy Word (.doc) or other OLE file; save it as .docx and import that"));
    if (suffix == QLatin1String("pdf"))
        return ReadResult::failure(tr("not a PDF file (no %PDF header); the file may be truncated or mislabelled"));
    if (suffix == QLatin1String("docx"))
        return ReadResult::failure(tr("not a Word .docx file (not a zip archive)"));
    if (bytes.startsWith("{\\rtf"))
        return ReadResult::failure(tr("this is an RTF document; save it as .docx or .txt and import that"));
    const QString binary = BinarySniffer::binaryReason(bytes);
    if (!binary.isEmpty())
        return ReadResult::failure(tr("not a text file: %1").arg(binary));
    if (suffix == QLatin1String("mht") || suffix == QLatin1String("mhtml") || MhtReader::looksLikeMht(bytes))
        return MhtReader::read(bytes);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("shtml")
        || suffix == QLatin1String("xhtml") || looksLikeHtml(bytes))
        return HtmlReader::read(bytes);
    ReadResult text = TextDecoder::decode(bytes);
    // UTF-16 markup is only recognisable once decoded.
    if (text.ok() && text.document.encoding.startsWith(QLatin1String("UTF-16")) && looksLikeHtml(text.document.text)) {
        const QString encoding = text.document.encoding;
        text.document = HtmlReader::extract(text.document.text);
        text.document.encoding = encoding;
    }
    return text;
}

} // namespace rl
