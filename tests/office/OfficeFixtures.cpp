#include "OfficeFixtures.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <minizip/zip.h>
#include <zlib.h>

namespace rl::test {

namespace {

constexpr double PageWidth = 595;   // A4 in points (the writer works at 72 dpi)
constexpr double PageHeight = 842;
constexpr double Margin = 72;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

int chineseValue(const QString &numeral)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (numeral == QStringLiteral("十"))
        return 10;
    const qsizetype ten = numeral.indexOf(QStringLiteral("十"));
    if (ten < 0)
        return numeral.size() == 1 ? int(digits.indexOf(numeral.at(0))) : -1;
    const int tens = ten == 0 ? 1 : int(digits.indexOf(numeral.at(0)));
    const int units = ten == numeral.size() - 1 ? 0 : int(digits.indexOf(numeral.back()));
    return tens * 10 + units;
}

} // namespace

QByteArray makePdf(const QStringList &paragraphs, const PdfOptions &options, int *pagesOut)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("ReportLens tests"));

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        QFont font;
        font.setFamilies(options.fontFamilies);
        font.setPointSizeF(options.fontPoints);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        const QRectF body(Margin, Margin, PageWidth - 2 * Margin, PageHeight - 2 * Margin);
        doc.setPageSize(body.size());

        QTextCursor cursor(&doc);
        bool first = true;
        for (const QString &p : paragraphs) {
            const QString text = p.trimmed();
            if (text.isEmpty())
                continue;
            QTextBlockFormat format;
            if (options.style == PdfOptions::Style::Indented) {
                format.setAlignment(Qt::AlignJustify);
                format.setTextIndent(2 * options.fontPoints);
                format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
            } else {
                format.setAlignment(Qt::AlignLeft);
                format.setBottomMargin(options.fontPoints);
            }
            static const QRegularExpression heading(QStringLiteral("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"));
            QTextCharFormat charFormat;
            if (options.largerHeadings && text.size() <= 30 && heading.match(text).hasMatch()) {
                charFormat.setFontPointSize(16);
                charFormat.setFontWeight(QFont::Bold);
            }
            if (first)
                cursor.setBlockFormat(format);
            else
                cursor.insertBlock(format);
            cursor.setBlockCharFormat(charFormat);
            cursor.insertText(text, charFormat);
            first = false;
        }

        const int pages = doc.pageCount();
        if (pagesOut)
            *pagesOut = pages;
        QPainter painter(&writer);
        QFont small;
        small.setFamilies(options.fontFamilies);
        small.setPointSizeF(9);
        // Draw line by line: a clipped drawContents() would still write the clipped-off lines of a
        // paragraph crossing the page into the PDF, where text extraction finds them.
        struct PlacedLine
        {
            QTextBlock block;
            int line;
        };
        QList<QList<PlacedLine>> linesByPage(pages);
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const QPointF origin = doc.documentLayout()->blockBoundingRect(b).topLeft();
            for (int i = 0; i < b.layout()->lineCount(); ++i) {
                const QTextLine line = b.layout()->lineAt(i);
                const int page = qBound(0, int((origin.y() + line.y() + line.height() / 2) / body.height()), pages - 1);
                linesByPage[page].append({b, i});
            }
        }
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(body.left(), body.top() - page * body.height());
            for (const PlacedLine &pl : std::as_const(linesByPage.at(page))) {
                const QPointF origin = doc.documentLayout()->blockBoundingRect(pl.block).topLeft();
                pl.block.layout()->lineAt(pl.line).draw(&painter, origin);
            }
            painter.restore();
            if (!options.watermark.isEmpty()) {
                painter.save();
                QFont big;
                big.setFamilies(options.fontFamilies);
                big.setPointSizeF(40);
                painter.setFont(big);
                painter.setPen(QColor(200, 200, 200));
                painter.translate(PageWidth / 2, PageHeight / 2);
                painter.rotate(-30);
                painter.drawText(QRectF(-250, -30, 500, 60), Qt::AlignCenter, options.watermark);
                painter.restore();
            }
            painter.setFont(small);
            if (page > 0 && !options.runningHeader.isEmpty())
                painter.drawText(QRectF(Margin, 36, body.width(), 14), Qt::AlignCenter, options.runningHeader);
            if (options.pageNumbers) {
                const QString number = options.style == PdfOptions::Style::Indented
                    ? QStringLiteral("- %1 -").arg(page + 1)
                    : QStringLiteral("第%1页 共%2页").arg(page + 1).arg(pages);
                painter.drawText(QRectF(Margin, PageHeight - 48, body.width(), 14), Qt::AlignCenter, number);
            }
        }
        painter.end();
    }
    QByteArray bytes = buffer.data();
    // Patched in place with the same length, so that the xref offsets stay right.
    const qsizetype date = bytes.indexOf("/CreationDate (D:");
    if (date >= 0 && options.creationDate.size() == 14)
        bytes.replace(date + 17, 14, options.creationDate.toLatin1());
    else if (date >= 0)
        bytes.replace(date, 13, "/CreationDatX");
    return bytes;
}

QByteArray makeImageOnlyPdf(int pages, int typedPages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif CJK TC")});
    font.setPixelSize(22);
    QImage scan(600, 800, QImage::Format_RGB32);
    scan.fill(Qt::white);
    {
        QPainter p(&scan);
        p.setFont(font);
        for (int i = 0; i < 20; ++i)
            p.drawText(40, 60 + 34 * i, QStringLiteral("一、这是扫描页面上的第%1行文字，只是图片。").arg(i + 1));
    }
    QPainter painter(&writer);
    font.setPixelSize(12);
    painter.setFont(font);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        if (page < typedPages) {
            for (int i = 0; i < 20; ++i)
                painter.drawText(QPointF(72, 100 + 20 * i), QStringLiteral("封面第%1行是真正的文字，可以提取。").arg(i + 1));
        } else {
            painter.drawImage(QRectF(0, 0, PageWidth, PageHeight), scan);
        }
    }
    painter.end();
    return buffer.data();
}

namespace {

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    unsigned char s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key.at(i % key.size()))) & 0xff;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), '\0');
    for (qsizetype k = 0, i = 0, j = 0; k < data.size(); ++k) {
        i = (i + 1) & 0xff;
        j = (j + s[i]) & 0xff;
        std::swap(s[i], s[j]);
        out[k] = char(static_cast<unsigned char>(data.at(k)) ^ s[(s[i] + s[j]) & 0xff]);
    }
    return out;
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

QByteArray pdfFromObjects(const QList<QByteArray> &objects, const QByteArray &trailerExtra)
{
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra
        + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

QByteArray makeOwnerProtectedPdf(const QStringList &asciiLines)
{
    // Standard security handler, revision 2 (40-bit RC4), empty user password (PDF 1.4 §3.5.2).
    const QByteArray padding = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const QByteArray ownerPadded = QByteArray(QByteArray("owner-secret") + padding).left(32);
    const QByteArray ownerEntry = rc4(md5(ownerPadded).left(5), padding);
    const qint32 permissions = -3904; // no printing, no copying
    QByteArray p(4, '\0');
    for (int i = 0; i < 4; ++i)
        p[i] = char((quint32(permissions) >> (8 * i)) & 0xff);
    const QByteArray id = QByteArray::fromHex("0123456789abcdef0123456789abcdef");
    const QByteArray key = md5(QByteArray(padding + ownerEntry + p + id)).left(5);
    const QByteArray userEntry = rc4(key, padding);

    QByteArray content = "BT /F1 12 Tf 16 TL 72 770 Td\n";
    for (const QString &line : asciiLines)
        content += "(" + line.toLatin1() + ") Tj T*\n";
    content += "ET";
    const int contentObject = 4;
    const QByteArray objectKey = md5(key + QByteArray(1, char(contentObject)) + QByteArray(4, '\0')).left(10);
    const QByteArray encrypted = rc4(objectKey, content);

    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(encrypted.size()) + " >>\nstream\n" + encrypted + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + ownerEntry.toHex() + "> /U <" + userEntry.toHex() + "> /P "
            + QByteArray::number(permissions) + " >>",
    };
    return pdfFromObjects(objects, "/Encrypt 6 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">]");
}

QByteArray makeEncryptedPdf()
{
    // /U does not match the empty password: the file needs a user password to open.
    const QByteArray hex32 = QByteArray(32, '\x5a').toHex();
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length 44 >>\nstream\n" + QByteArray(44, ' ') + "\nendstream",
        "<< /Filter /Standard /V 1 /R 2 /O <" + hex32 + "> /U <" + hex32 + "> /P -44 >>",
    };
    const QByteArray id = QByteArray(16, '\x11').toHex();
    return pdfFromObjects(objects, "/Encrypt 5 0 R /ID [<" + id + "> <" + id + ">]");
}

QByteArray makeZip(const QList<QPair<QString, QByteArray>> &entries)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.zip"));
    zipFile zf = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return QByteArray();
    for (const auto &entry : entries) {
        zip_fileinfo info = {};
        info.tmz_date.tm_year = 2024;
        info.tmz_date.tm_mon = 0;
        info.tmz_date.tm_mday = 1;
        const QByteArray name = entry.first.toUtf8();
        zipOpenNewFileInZip64(zf, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_DEFAULT_COMPRESSION, 0);
        const QByteArray &data = entry.second;
        for (qsizetype off = 0; off < data.size(); off += 1 << 20)
            zipWriteInFileInZip(zf, data.constData() + off, unsigned(qMin<qsizetype>(1 << 20, data.size() - off)));
        zipCloseFileInZip(zf);
    }
    zipClose(zf, nullptr);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QByteArray makeLyingZip(const QString &entryName, qint64 realSize, quint32 declaredSize)
{
    // Deflate `realSize` spaces in a stream, never holding them all.
    z_stream z = {};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    const QByteArray chunk(1 << 20, ' ');
    QByteArray compressed;
    QByteArray out(1 << 16, '\0');
    uLong crc = crc32(0L, Z_NULL, 0);
    qint64 left = realSize;
    for (;;) {
        const qint64 n = qMin<qint64>(left, chunk.size());
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        z.avail_in = uInt(n);
        crc = crc32(crc, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(n));
        left -= n;
        const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        int rc;
        do {
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            rc = deflate(&z, flush);
            compressed.append(out.constData(), out.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
        if (flush == Z_FINISH && rc == Z_STREAM_END)
            break;
    }
    deflateEnd(&z);

    const QByteArray name = entryName.toUtf8();
    QByteArray zip;
    QDataStream s(&zip, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s << quint32(0x04034b50) << quint16(20) << quint16(0) << quint16(8) << quint16(0) << quint16(0x21)
      << quint32(crc) << quint32(compressed.size()) << declaredSize << quint16(name.size()) << quint16(0);
    s.writeRawData(name.constData(), int(name.size()));
    s.writeRawData(compressed.constData(), int(compressed.size()));
    const quint32 central = quint32(zip.size());
    s << quint32(0x02014b50) << quint16(20) << quint16(20) << quint16(0) << quint16(8) << quint16(0) << quint16(0x21)
      << quint32(crc) << quint32(compressed.size()) << declaredSize << quint16(name.size()) << quint16(0)
      << quint16(0) << quint16(0) << quint16(0) << quint32(0) << quint32(0);
    s.writeRawData(name.constData(), int(name.size()));
    const quint32 centralSize = quint32(zip.size()) - central;
    s << quint32(0x06054b50) << quint16(0) << quint16(0) << quint16(1) << quint16(1) << centralSize << central
      << quint16(0);
    return zip;
}

QString wordRoot(const QString &element, const QString &inner)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:%1 "
                          "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">%2</w:%1>")
        .arg(element, inner);
}

namespace {

QByteArray contentTypes()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/numbering.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        "<Override PartName=\"/word/footnotes.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "</Types>");
}

QByteArray packageRels()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
        "core-properties\" Target=\"docProps/core.xml\"/>"
        "</Relationships>");
}

QByteArray documentRels()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "numbering\" Target=\"numbering.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "footnotes\" Target=\"footnotes.xml\"/>"
        "</Relationships>");
}

// Word's own localised ids for the built-in styles ("1" = heading 1 in a Chinese Word).
QString defaultStyles()
{
    return wordRoot(QStringLiteral("styles"), QStringLiteral(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/>"
        "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"a\"/>"
        "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"a\"/></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"a4\"><w:name w:val=\"Default Paragraph Font\"/></w:style>"));
}

QString defaultNumbering()
{
    return wordRoot(QStringLiteral("numbering"), QStringLiteral(
        "<w:abstractNum w:abstractNumId=\"0\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
        "</w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"));
}

QByteArray coreXml(const QString &title, const QString &created)
{
    QString inner;
    if (!title.isEmpty())
        inner += QStringLiteral("<dc:title>%1</dc:title>").arg(esc(title));
    if (!created.isEmpty())
        inner += QStringLiteral("<dcterms:created xsi:type=\"dcterms:W3CDTF\">%1</dcterms:created>").arg(created);
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">%1</cp:coreProperties>")
        .arg(inner)
        .toUtf8();
}

QString paragraphXml(const QString &text, const QString &style = QString(), int numId = 0, int level = 0)
{
    QString pPr;
    if (!style.isEmpty())
        pPr += QStringLiteral("<w:pStyle w:val=\"%1\"/>").arg(style);
    if (numId > 0)
        pPr += QStringLiteral("<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>").arg(level).arg(numId);
    if (!pPr.isEmpty())
        pPr = QStringLiteral("<w:pPr>") + pPr + QStringLiteral("</w:pPr>");
    return QStringLiteral("<w:p>%1<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>").arg(pPr, esc(text));
}

} // namespace

QByteArray makeDocxFromBody(const QString &bodyXml, const QString &stylesXml, const QString &numberingXml,
                            const QString &footnotesXml)
{
    QList<QPair<QString, QByteArray>> entries = {
        {QStringLiteral("[Content_Types].xml"), contentTypes()},
        {QStringLiteral("_rels/.rels"), packageRels()},
        {QStringLiteral("word/_rels/document.xml.rels"), documentRels()},
        {QStringLiteral("word/document.xml"),
         wordRoot(QStringLiteral("document"), QStringLiteral("<w:body>") + bodyXml + QStringLiteral("</w:body>")).toUtf8()},
        {QStringLiteral("word/styles.xml"), (stylesXml.isEmpty() ? defaultStyles() : stylesXml).toUtf8()},
        {QStringLiteral("word/numbering.xml"), (numberingXml.isEmpty() ? defaultNumbering() : numberingXml).toUtf8()},
    };
    if (!footnotesXml.isEmpty())
        entries.append({QStringLiteral("word/footnotes.xml"), footnotesXml.toUtf8()});
    return makeZip(entries);
}

QByteArray makeDocx(const QStringList &lines, const DocxOptions &options)
{
    static const QRegularExpression topMarker(QStringLiteral("^([一二三四五六七八九十]+)、\\s*(.*)$"));
    QString body;
    QString table;
    int nextTop = 1; // the number Word's list would show next
    auto flushTable = [&] {
        if (!table.isEmpty())
            body += QStringLiteral("<w:tbl><w:tblPr/>") + table + QStringLiteral("</w:tbl>");
        table.clear();
    };
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (options.tables && line.contains(QLatin1String(" | "))) {
            table += QStringLiteral("<w:tr>");
            const QStringList cells = line.split(QRegularExpression(QStringLiteral("\\s*\\|\\s*")));
            for (const QString &c : cells)
                table += QStringLiteral("<w:tc>") + paragraphXml(c) + QStringLiteral("</w:tc>");
            table += QStringLiteral("</w:tr>");
            continue;
        }
        flushTable();
        const bool headingShaped = line.size() <= 40 && !line.endsWith(QStringLiteral("。"));
        const QRegularExpressionMatch m = topMarker.match(line);
        if (m.hasMatch() && options.autoNumbering && chineseValue(m.captured(1)) == nextTop) {
            ++nextTop;
            body += paragraphXml(m.captured(2), options.headingStyles && headingShaped ? QStringLiteral("1") : QString(), 1, 0);
            continue;
        }
        QString style;
        if (options.headingStyles && headingShaped) {
            if (m.hasMatch())
                style = QStringLiteral("1");
            else if (line.contains(QRegularExpression(QStringLiteral("^[（(][一二三四五六七八九十]+[)）]"))))
                style = QStringLiteral("2");
        }
        body += paragraphXml(line, style);
    }
    flushTable();

    QList<QPair<QString, QByteArray>> entries = {
        {QStringLiteral("[Content_Types].xml"), contentTypes()},
        {QStringLiteral("_rels/.rels"), packageRels()},
        {QStringLiteral("word/_rels/document.xml.rels"), documentRels()},
        {QStringLiteral("word/document.xml"),
         wordRoot(QStringLiteral("document"), QStringLiteral("<w:body>") + body + QStringLiteral("</w:body>")).toUtf8()},
        {QStringLiteral("word/styles.xml"), defaultStyles().toUtf8()},
        {QStringLiteral("word/numbering.xml"), defaultNumbering().toUtf8()},
    };
    if (!options.coreTitle.isEmpty() || !options.coreCreated.isEmpty())
        entries.append({QStringLiteral("docProps/core.xml"), coreXml(options.coreTitle, options.coreCreated)});
    return makeZip(entries);
}

} // namespace rl::test
