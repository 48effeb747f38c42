#pragma once

#include "model/Observation.h"
#include "model/ReportMeta.h"
#include "model/Section.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rl {

// A report after the whole pipeline: a plain value, copyable and comparable.
struct Report
{
    qint64 libraryId = -1;    // row id once stored in the ReportLibrary; -1 before
    QString file;             // path as given
    QString error;            // non-empty when the file could not be read
    QString format;           // txt, html, pdf, docx
    QByteArray contentHash;   // hex SHA-256 of the file bytes
    ReportMeta meta;
    QString text;             // normalised text: offsets below refer to it
    Outline outline;
    QList<Observation> observations;
    QStringList warnings;     // consistency warnings from extraction

    bool ok() const { return error.isEmpty(); }
    bool operator==(const Report &o) const
    {
        return file == o.file && error == o.error && format == o.format && contentHash == o.contentHash
            && meta == o.meta && text == o.text && outline == o.outline && observations == o.observations
            && warnings == o.warnings;
    }
};

} // namespace rl
