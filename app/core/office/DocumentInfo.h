#pragma once

#include <QString>

namespace rl {

// Cleans the title and date a PDF or Word file carries in its properties, so that the metadata
// stage gets a hint it can trust: "Microsoft Word - 2020年报告.docx" → "2020年报告", dates as yyyy-MM-dd.
class DocumentInfo final
{
public:
    // Drops the converter prefix and file extension; empty for placeholder titles ("文档1", "Untitled").
    static QString cleanTitle(const QString &title);
    // A PDF date "D:20210127110800+08'00'" → "2021-01-27" (the date as the writer's clock showed it).
    static QString isoDateFromPdf(const QString &pdfDate);
    // A W3C date-time "2021-01-26T19:00:00Z" → "2021-01-27". Word stores UTC; the reports are written
    // in China, so a UTC stamp is read on China Standard Time (UTC+8) to get the writer's calendar day.
    static QString isoDateFromW3c(const QString &w3cDate);
};

} // namespace rl
