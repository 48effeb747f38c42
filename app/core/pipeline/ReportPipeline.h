#pragma once

#include "model/RawDocument.h"
#include "model/Report.h"

#include <QString>

namespace rl {

class IndicatorExtractor;

// file → reader → normaliser → metadata → outline → indicators: one Report value.
// Thread-safe: every stage is a pure function of its input, so one pipeline may serve many threads.
class ReportPipeline final
{
public:
    ReportPipeline();

    Report process(const QString &path) const;
    // `contentHash` may be passed when the caller hashed the bytes already (the importer does, to skip
    // duplicates before parsing); otherwise the SHA-256 is computed here.
    Report processBytes(const QByteArray &bytes, const QString &fileName, const QByteArray &contentHash = {}) const;
    static QByteArray contentHash(const QByteArray &bytes);   // hex SHA-256
    Report processDocument(const RawDocument &document, const QString &file) const;

    // Recomputes outline-independent stages that depend on the catalog/extractor (observations,
    // warnings) for an already-normalised report, without re-reading the file.
    void reextract(Report &report) const;
};

} // namespace rl
