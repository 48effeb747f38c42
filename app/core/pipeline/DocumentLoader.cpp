#include "pipeline/DocumentLoader.h"

#include "office/DocxReader.h"
#include "office/PdfReader.h"
#include "read/HtmlReader.h"
#include "read/TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::DocumentLoader", text);
}

bool looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(2048).toLower();
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
        || head.contains("<head") || (head.contains("<div") && head.contains("</"));
}

} // namespace

ReadResult DocumentLoader::load(const QString &path, QByteArray *bytesOut)
{
    const QFileInfo info(path);
    if (!info.exists())
        return ReadResult::failure(tr("file not found"));
    if (info.isDir())
        return ReadResult::failure(tr("is a folder, not a file"));
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
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || looksLikeHtml(bytes))
        return HtmlReader::read(bytes);
    return TextDecoder::decode(bytes);
}

} // namespace rl
