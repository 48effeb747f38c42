#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Builds PDF and Word files inside the tests (no binary fixtures in the repository): PDFs typeset
// with QTextDocument/QPdfWriter like a real report, .docx files written with minizip's zip API.
namespace rl::test {

struct PdfOptions
{
    enum class Style {
        Indented, // 公文 style: justified, first-line indent of two characters, no paragraph spacing
        Spaced,   // web print style: left-aligned, no indent, space between paragraphs
    };
    Style style = Style::Indented;
    // Latin from a Latin font, CJK from Noto CJK, as Word documents do (宋体 + Times New Roman). Qt's PDF
    // writer maps glyphs back to characters through the font's cmap, so the fixtures avoid glyphs that
    // map ambiguously: the SC face shares one glyph between 户 and 戶, and the CJK faces' proportional
    // Latin digits are not in their cmap (both would be lost or changed in the PDF's text layer).
    QStringList fontFamilies = {QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif CJK TC")};
    double fontPoints = 12;
    bool largerHeadings = false; // short lines opening with 一、/（一） in 16 pt bold, as 公文 set headings
    QString runningHeader;     // drawn at the top of every page but the first
    QString watermark;         // drawn large, light and slanted across the middle of every page
    bool pageNumbers = true;   // "- N -" (Indented) or "第N页 共M页" (Spaced) at the bottom
    QString title;             // PDF Info Title
    // "yyyyMMddHHmmss" written over Qt's /CreationDate (which is "now"); empty: the key is blanked,
    // as a .txt has no such date.
    QString creationDate;
};

// Typesets paragraphs (one per list entry) into a PDF. Returns the bytes; *pages receives the page count.
QByteArray makePdf(const QStringList &paragraphs, const PdfOptions &options = {}, int *pages = nullptr);
// A PDF whose pages carry only a picture of text (a scan); the first `typedPages` pages carry real
// text instead (a typed cover before scanned pages).
QByteArray makeImageOnlyPdf(int pages = 2, int typedPages = 0);
// A PDF encrypted with an owner password only (printing/copying "restricted"), as many agencies
// publish: it opens without a password and its text must be read. Lines are ASCII.
QByteArray makeOwnerProtectedPdf(const QStringList &asciiLines);
// A one-page PDF with a standard-security /Encrypt dictionary whose user password is not empty.
QByteArray makeEncryptedPdf();

// Zip of the given entries (name → content), deflated, written with minizip's zip API.
QByteArray makeZip(const QList<QPair<QString, QByteArray>> &entries);
// A zip with one deflated entry whose headers declare `declaredSize` bytes although it inflates to
// `realSize` bytes of spaces: a lying zip bomb.
QByteArray makeLyingZip(const QString &entryName, qint64 realSize, quint32 declaredSize);

struct DocxOptions
{
    bool headingStyles = true;  // short lines with outline markers get Heading 1/2 styles
    bool autoNumbering = true;  // "一、" markers become Word numbering (the text loses the marker)
    bool tables = true;         // lines with " | " become table rows
    QString coreTitle;          // docProps/core.xml dc:title (omitted when empty)
    QString coreCreated;        // dcterms:created
};

// A .docx carrying one paragraph per line.
QByteArray makeDocx(const QStringList &lines, const DocxOptions &options = {});
// A .docx from a ready document.xml body (the inside of <w:body>) plus optional parts.
QByteArray makeDocxFromBody(const QString &bodyXml, const QString &stylesXml = QString(),
                            const QString &numberingXml = QString(), const QString &footnotesXml = QString());

// Wraps WordprocessingML in the w: namespace declaration of a part's root.
QString wordRoot(const QString &element, const QString &inner);

} // namespace rl::test
