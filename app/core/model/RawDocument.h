#pragma once

#include <QString>
#include <QStringList>

namespace rl {

// What a format reader hands on: plain text (not yet normalised) plus hints from the container.
struct RawDocument
{
    QString text;             // paragraphs separated by '\n'
    QString format;           // "txt", "html", "pdf", "docx"
    QString encoding;         // for text files: the encoding used to decode ("UTF-8", "GB18030", …)
    QString titleHint;        // <title>, PDF Title, docx core title
    QString publishedHint;    // meta date / PDF creation date, as written
    QStringList headingHints; // lines the container marks as headings (Word heading styles)
};

// A reader's answer: a document, or an error that names the reason (the caller adds the file name).
struct ReadResult
{
    RawDocument document;
    QString error;
    bool ok() const { return error.isEmpty(); }
    static ReadResult failure(const QString &reason)
    {
        ReadResult r;
        r.error = reason;
        return r;
    }
};

} // namespace rl
