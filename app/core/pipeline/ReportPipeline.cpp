#include "pipeline/ReportPipeline.h"

#include "extract/IndicatorExtractor.h"
#include "meta/MetadataDetector.h"
#include "outline/OutlineParser.h"
#include "pipeline/DocumentLoader.h"
#include "read/Normaliser.h"

#include <QCryptographicHash>

namespace rl {

ReportPipeline::ReportPipeline() = default;

Report ReportPipeline::process(const QString &path) const
{
    QByteArray bytes;
    const ReadResult read = DocumentLoader::load(path, &bytes);
    if (!read.ok()) {
        Report r;
        r.file = path;
        r.error = read.error;
        return r;
    }
    Report r = processDocument(read.document, path);
    r.contentHash = contentHash(bytes);
    return r;
}

QByteArray ReportPipeline::contentHash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

Report ReportPipeline::processBytes(const QByteArray &bytes, const QString &fileName, const QByteArray &knownHash) const
{
    const ReadResult read = DocumentLoader::loadBytes(bytes, fileName);
    Report r;
    if (!read.ok()) {
        r.file = fileName;
        r.error = read.error;
        return r;
    }
    r = processDocument(read.document, fileName);
    r.contentHash = knownHash.isEmpty() ? contentHash(bytes) : knownHash;
    return r;
}

Report ReportPipeline::processDocument(const RawDocument &document, const QString &file) const
{
    Report r;
    r.file = file;
    r.format = document.format;
    r.text = Normaliser::normalise(document.text);
    r.meta = MetadataDetector().detect(r.text, document);
    r.outline = OutlineParser().parse(r.text);
    reextract(r);
    return r;
}

void ReportPipeline::reextract(Report &report) const
{
    ExtractionResult extraction = IndicatorExtractor().extract(report.text, report.outline);
    report.observations = std::move(extraction.observations);
    report.warnings = std::move(extraction.warnings);
}

} // namespace rl
