#include "office/DocxReader.h"

#include "office/DocumentInfo.h"
#include "office/DocxNumbering.h"
#include "office/DocxStyles.h"
#include "office/DocxXml.h"
#include "office/TextCues.h"
#include "office/ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QXmlStreamReader>

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::DocxReader", text);
}

bool isMarkupCompatibilityFallback(const QXmlStreamReader &r)
{
    // mc:AlternateContent repeats a drawing for old readers in mc:Fallback; reading both doubles text boxes.
    return r.name() == u"Fallback" && r.namespaceUri().endsWith(u"markup-compatibility/2006");
}

// Walks WordprocessingML content (document body, footnotes) and writes one line per paragraph,
// one line per table row. Numbering counters advance in document order, as Word counts them.
class BodyWalker final
{
public:
    BodyWalker(const DocxStyles &styles, DocxNumbering &numbering)
        : m_styles(styles)
        , m_numbering(numbering)
    {
    }

    QStringList headingHints;
    QStringList footnoteOrder; // footnote ids in the order the text refers to them
    QStringList endnoteOrder;
    QString titleParagraph;    // the first paragraph in the Title style

    // Consumes the element the reader is on (a StartElement) in block context.
    void block(QXmlStreamReader &r, QStringList &out)
    {
        if (isMarkupCompatibilityFallback(r)) {
            r.skipCurrentElement();
            return;
        }
        if (DocxXml::isWord(r)) {
            const auto name = r.name();
            if (name == u"p") {
                paragraph(r, out);
                return;
            }
            if (name == u"tbl") {
                table(r, out);
                return;
            }
            if (name == u"sectPr" || name == u"del" || name == u"moveFrom" || name == u"tblPr"
                || name == u"tblGrid" || name == u"trPr" || name == u"tcPr" || name == u"sdtPr"
                || name == u"sdtEndPr") {
                r.skipCurrentElement();
                return;
            }
        }
        while (!r.atEnd()) {
            r.readNext();
            if (r.isEndElement())
                return;
            if (r.isStartElement())
                block(r, out);
        }
    }

private:
    struct Paragraph
    {
        QString text;
        QString styleId;
        int numId = -1;
        int level = -1;
        int outlineLevel = -1;
    };

    void paragraph(QXmlStreamReader &r, QStringList &out)
    {
        Paragraph p;
        QStringList nested; // paragraphs of text boxes anchored in this one, written after it
        while (!r.atEnd()) {
            r.readNext();
            if (r.isEndElement())
                break;
            if (r.isStartElement())
                inlineElement(r, p, nested, false);
        }
        finish(p, out);
        out.append(nested);
    }

    void paragraphProperties(QXmlStreamReader &r, Paragraph &p)
    {
        int depth = 1;
        while (!r.atEnd() && depth > 0) {
            r.readNext();
            if (r.isEndElement()) {
                --depth;
                continue;
            }
            if (!r.isStartElement())
                continue;
            ++depth;
            if (!DocxXml::isWord(r))
                continue;
            const auto name = r.name();
            if (name == u"pPrChange" || name == u"rPr" || name == u"sectPr") {
                r.skipCurrentElement(); // old formatting of a tracked change, paragraph-mark formatting
                --depth;
            } else if (name == u"pStyle") {
                p.styleId = DocxXml::val(r);
            } else if (name == u"numId") {
                p.numId = DocxXml::val(r).toInt();
            } else if (name == u"ilvl") {
                p.level = DocxXml::val(r).toInt();
            } else if (name == u"outlineLvl") {
                bool ok = false;
                const int lvl = DocxXml::val(r).toInt(&ok);
                if (ok)
                    p.outlineLevel = lvl;
            }
        }
    }

    // Returns whether the run is hidden (w:vanish).
    bool runProperties(QXmlStreamReader &r)
    {
        bool hidden = false;
        int depth = 1;
        while (!r.atEnd() && depth > 0) {
            r.readNext();
            if (r.isEndElement()) {
                --depth;
                continue;
            }
            if (!r.isStartElement())
                continue;
            ++depth;
            if (DocxXml::isWord(r) && r.name() == u"rPrChange") {
                r.skipCurrentElement();
                --depth;
            } else if (DocxXml::isWord(r) && r.name() == u"vanish") {
                hidden = DocxXml::isOn(DocxXml::val(r));
            }
        }
        return hidden;
    }

    void inlineElement(QXmlStreamReader &r, Paragraph &p, QStringList &nested, bool hidden)
    {
        if (isMarkupCompatibilityFallback(r)) {
            r.skipCurrentElement();
            return;
        }
        if (DocxXml::isWord(r)) {
            const auto name = r.name();
            if (name == u"pPr") {
                paragraphProperties(r, p);
                return;
            }
            if (name == u"r") {
                bool runHidden = hidden;
                while (!r.atEnd()) {
                    r.readNext();
                    if (r.isEndElement())
                        return;
                    if (!r.isStartElement())
                        continue;
                    if (DocxXml::isWord(r) && r.name() == u"rPr")
                        runHidden = runProperties(r) || hidden;
                    else
                        inlineElement(r, p, nested, runHidden);
                }
                return;
            }
            if (name == u"t") {
                const QString t = r.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!hidden)
                    p.text += t;
                return;
            }
            if (name == u"tab" || name == u"ptab") {
                if (!hidden)
                    p.text += QLatin1Char(' ');
                r.skipCurrentElement();
                return;
            }
            if (name == u"br" || name == u"cr") {
                const QString type = DocxXml::attr(r, "type");
                if (!hidden && type != u"page" && type != u"column")
                    p.text += QLatin1Char('\n');
                r.skipCurrentElement();
                return;
            }
            if (name == u"noBreakHyphen") {
                if (!hidden)
                    p.text += QLatin1Char('-');
                r.skipCurrentElement();
                return;
            }
            if (name == u"footnoteReference" || name == u"endnoteReference") {
                QStringList &order = name == u"footnoteReference" ? footnoteOrder : endnoteOrder;
                const QString id = DocxXml::attr(r, "id");
                if (!order.contains(id))
                    order.append(id);
                r.skipCurrentElement();
                return;
            }
            if (name == u"del" || name == u"moveFrom" || name == u"instrText" || name == u"delText"
                || name == u"delInstrText" || name == u"rPr" || name == u"sym" || name == u"fldData") {
                r.skipCurrentElement();
                return;
            }
            if (name == u"txbxContent") {
                block(r, nested); // its w:p children become paragraphs of their own
                return;
            }
            if (name == u"p" || name == u"tbl") {
                block(r, nested);
                return;
            }
        }
        while (!r.atEnd()) {
            r.readNext();
            if (r.isEndElement())
                return;
            if (r.isStartElement())
                inlineElement(r, p, nested, hidden);
        }
    }

    void table(QXmlStreamReader &r, QStringList &out)
    {
        while (!r.atEnd()) {
            r.readNext();
            if (r.isEndElement())
                return;
            if (!r.isStartElement())
                continue;
            if (DocxXml::isWord(r) && r.name() == u"tr")
                row(r, out);
            else if (DocxXml::isWord(r) && (r.name() == u"tblPr" || r.name() == u"tblGrid"))
                r.skipCurrentElement();
            else
                table(r, out); // w:sdt / w:customXml around rows
        }
    }

    void row(QXmlStreamReader &r, QStringList &out)
    {
        QStringList cells;
        collectCells(r, cells);
        bool any = false;
        for (const QString &c : std::as_const(cells))
            any = any || !c.isEmpty();
        if (any)
            out.append(cells.join(QLatin1String(" | ")));
    }

    void collectCells(QXmlStreamReader &r, QStringList &cells)
    {
        while (!r.atEnd()) {
            r.readNext();
            if (r.isEndElement())
                return;
            if (!r.isStartElement())
                continue;
            if (DocxXml::isWord(r) && r.name() == u"tc") {
                QStringList lines;
                block(r, lines);
                cells.append(lines.join(QLatin1Char(' ')).simplified());
            } else if (DocxXml::isWord(r) && (r.name() == u"trPr" || r.name() == u"tblPrEx")) {
                r.skipCurrentElement();
            } else {
                collectCells(r, cells);
            }
        }
    }

    void finish(const Paragraph &p, QStringList &out)
    {
        const QString styleId = p.styleId.isEmpty() ? m_styles.defaultParagraphStyle() : p.styleId;
        if (m_styles.isTableOfContents(styleId))
            return; // a generated table of contents would repeat every heading
        const DocxStyles::NumberingRef fromStyle = m_styles.numbering(styleId);
        const int numId = p.numId >= 0 ? p.numId : fromStyle.numId;
        const int level = p.level >= 0 ? p.level : qMax(fromStyle.level, 0);
        const QString marker = numId > 0 ? m_numbering.next(numId, level) : QString();

        QString body = p.text.trimmed();
        if (body.isEmpty())
            return;
        if (!marker.isEmpty() && TextCues::leadingMarkerLength(body) == 0 && !body.startsWith(marker.trimmed())) {
            const QChar last = marker.back();
            body = marker + (last.isLetterOrNumber() ? QStringLiteral(" ") : QString()) + body;
        }
        // "一、\t标题": the tab after a typed marker is layout, not text (before Chinese text).
        const qsizetype markerLength = TextCues::leadingMarkerLength(body);
        if (markerLength > 0) {
            qsizetype end = markerLength;
            while (end < body.size() && body.at(end) == QLatin1Char(' '))
                ++end;
            if (end < body.size() && TextCues::isCjk(body.at(end).unicode()))
                body.remove(markerLength, end - markerLength);
        }

        if (titleParagraph.isEmpty() && m_styles.isTitle(styleId))
            titleParagraph = body.simplified().remove(QLatin1Char(' '));

        const int headingLevel = (p.outlineLevel >= 0 && p.outlineLevel <= 8) ? p.outlineLevel + 1
                                 : p.outlineLevel > 8                         ? 0
                                                                              : m_styles.headingLevel(styleId);
        const QStringList lines = body.split(QLatin1Char('\n'));
        bool first = true;
        for (const QString &line : lines) {
            const QString l = line.trimmed();
            if (l.isEmpty())
                continue;
            if (first && headingLevel > 0)
                headingHints.append(l);
            first = false;
            out.append(l);
        }
    }

    const DocxStyles &m_styles;
    DocxNumbering &m_numbering;
};

// Targets of a relationships part by relationship type suffix ("/styles" → "word/styles.xml").
QMap<QString, QString> relationships(const QByteArray &xml, const QString &baseDir)
{
    QMap<QString, QString> targets;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement() || r.name() != u"Relationship")
            continue;
        const QString type = DocxXml::attr(r, "Type");
        QString target = DocxXml::attr(r, "Target");
        if (DocxXml::attr(r, "TargetMode") == u"External" || target.isEmpty())
            continue;
        if (target.startsWith(QLatin1Char('/')))
            target.remove(0, 1);
        else
            target = QDir::cleanPath(baseDir + target); // "../media/x" and "./styles.xml" happen
        const QString kind = type.mid(type.lastIndexOf(QLatin1Char('/')) + 1);
        if (!targets.contains(kind))
            targets.insert(kind, target);
    }
    return targets;
}

} // namespace

ReadResult DocxReader::read(const QByteArray &bytes)
{
    ZipArchive zip(bytes);
    if (!zip.isOpen())
        return ReadResult::failure(tr("the file is a damaged zip archive (its directory cannot be read; "
                                      "it may be truncated), so it cannot be read as a Word document"));

    QString refusal;
    auto part = [&](const QString &name, QByteArray *out) {
        const ZipArchive::Status status = zip.read(name, out);
        switch (status) {
        case ZipArchive::Status::Ok:
        case ZipArchive::Status::NotFound:
            break;
        case ZipArchive::Status::TooLarge:
            refusal = tr("the Word file was not unpacked: %1 (a zip bomb?)").arg(zip.lastErrorDetail());
            break;
        case ZipArchive::Status::Encrypted:
            refusal = tr("the Word file is encrypted (%1); save an unprotected copy").arg(zip.lastErrorDetail());
            break;
        case ZipArchive::Status::Corrupt:
            refusal = tr("the Word file cannot be unpacked: %1").arg(zip.lastErrorDetail());
            break;
        }
        return status == ZipArchive::Status::Ok;
    };

    // The main part is named by the package relationships; Word always calls it word/document.xml.
    QString mainPart = QStringLiteral("word/document.xml");
    QString corePart = QStringLiteral("docProps/core.xml");
    QByteArray xml;
    if (part(QStringLiteral("_rels/.rels"), &xml)) {
        const QMap<QString, QString> rels = relationships(xml, QString());
        // Only a Word main part counts: an .xlsx names xl/workbook.xml here.
        const QString named = rels.value(QStringLiteral("officeDocument"));
        if (named.startsWith(QLatin1String("word/"), Qt::CaseInsensitive) && named.endsWith(QLatin1String(".xml"))
            && zip.contains(named))
            mainPart = named;
        if (rels.contains(QStringLiteral("core-properties")))
            corePart = rels.value(QStringLiteral("core-properties"));
    }
    if (!refusal.isEmpty())
        return ReadResult::failure(refusal);

    if (!zip.contains(mainPart)) {
        QString what = tr("is it an Excel or other Office file?");
        if (zip.contains(QStringLiteral("xl/workbook.xml")))
            what = tr("it is an Excel workbook (.xlsx)");
        else if (zip.contains(QStringLiteral("ppt/presentation.xml")))
            what = tr("it is a PowerPoint presentation (.pptx)");
        else if (zip.contains(QStringLiteral("content.xml")) && zip.contains(QStringLiteral("mimetype")))
            what = tr("it is an OpenDocument file (.odt/.ods); save it as .docx");
        return ReadResult::failure(tr("this zip is not a Word document (no word/document.xml); %1").arg(what));
    }

    const QString baseDir = mainPart.left(mainPart.lastIndexOf(QLatin1Char('/')) + 1);
    const QString relsPart = baseDir + QStringLiteral("_rels/") + mainPart.mid(baseDir.size()) + QStringLiteral(".rels");
    QMap<QString, QString> related;
    if (part(relsPart, &xml))
        related = relationships(xml, baseDir);
    auto relatedPart = [&](const QString &kind, const QString &fallback) {
        return related.value(kind, baseDir + fallback);
    };

    DocxStyles styles;
    if (part(relatedPart(QStringLiteral("styles"), QStringLiteral("styles.xml")), &xml))
        styles.parse(xml);
    DocxNumbering numbering;
    if (part(relatedPart(QStringLiteral("numbering"), QStringLiteral("numbering.xml")), &xml))
        numbering.parse(xml);
    numbering.resolveStyleLinks(styles);
    QByteArray documentXml;
    part(mainPart, &documentXml);
    if (!refusal.isEmpty())
        return ReadResult::failure(refusal);

    BodyWalker walker(styles, numbering);
    QStringList lines;
    {
        QXmlStreamReader r(documentXml);
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement())
                walker.block(r, lines);
        }
        if (r.hasError())
            return ReadResult::failure(tr("the Word file is damaged: %1 is not well-formed XML (line %2: %3)")
                                           .arg(mainPart)
                                           .arg(r.lineNumber())
                                           .arg(r.errorString()));
    }

    // Footnotes and endnotes go after the body, numbered in the order the text cites them.
    auto notes = [&](const QString &kind, const QString &fallback, const char *element, const QStringList &order) {
        QByteArray notesXml;
        if (!part(relatedPart(kind, fallback), &notesXml))
            return;
        QMap<int, QString> byId;
        QXmlStreamReader r(notesXml);
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement() || !DocxXml::isWord(r) || r.name() != QLatin1String(element))
                continue;
            const QString type = DocxXml::attr(r, "type");
            const int id = DocxXml::attr(r, "id").toInt();
            if (!type.isEmpty() && type != u"normal") {
                r.skipCurrentElement(); // separators
                continue;
            }
            QStringList noteLines;
            walker.block(r, noteLines);
            const QString text = noteLines.join(QLatin1Char(' ')).simplified();
            if (!text.isEmpty())
                byId.insert(id, text);
        }
        int number = 0;
        for (const QString &id : order) {
            const auto it = byId.find(id.toInt());
            if (it == byId.end())
                continue;
            lines.append(QStringLiteral("[%1] %2").arg(++number).arg(it.value()));
            byId.erase(it);
        }
        for (const QString &text : std::as_const(byId))
            lines.append(QStringLiteral("[%1] %2").arg(++number).arg(text));
    };
    notes(QStringLiteral("footnotes"), QStringLiteral("footnotes.xml"), "footnote", walker.footnoteOrder);
    notes(QStringLiteral("endnotes"), QStringLiteral("endnotes.xml"), "endnote", walker.endnoteOrder);
    if (!refusal.isEmpty())
        return ReadResult::failure(refusal);

    const QString text = lines.join(QLatin1Char('\n'));
    if (text.trimmed().isEmpty())
        return ReadResult::failure(tr("the Word document contains no text (only images? it may be a scan)"));

    ReadResult result;
    result.document.text = text;
    result.document.format = QStringLiteral("docx");
    result.document.headingHints = walker.headingHints;

    if (part(corePart, &xml)) {
        QXmlStreamReader r(xml);
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            if (r.name() == u"title" && result.document.titleHint.isEmpty())
                result.document.titleHint = DocumentInfo::cleanTitle(r.readElementText());
            else if (r.name() == u"created")
                result.document.publishedHint = DocumentInfo::isoDateFromW3c(r.readElementText());
        }
    }
    if (result.document.titleHint.isEmpty())
        result.document.titleHint = walker.titleParagraph;
    return result;
}

} // namespace rl
