#pragma once

#include "charts/ChartBuilder.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace rl {

// Writes a chart as PNG, SVG or PDF (by the file's suffix), or returns it as an image for the clipboard.
// `pixels` is the size of the bitmap; `dpi` scales the drawing, so 2400×1600 at 192 dpi has the layout of
// 1200×800 at 96 dpi, twice as sharp (print). SVG and PDF are vector and take the same layout size.
class ChartExporter final
{
public:
    explicit ChartExporter(ChartBuilder &builder);

    static QStringList formats() { return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}; }
    static QSizeF layoutSize(const QSize &pixels, int dpi);

    QImage image(const Comparison &comparison, const ChartRequest &request, const QSize &pixels, int dpi = 96);
    // The reason names what failed (the caller adds the file name).
    bool save(const Comparison &comparison, const ChartRequest &request, const QString &path, const QSize &pixels,
              int dpi = 96, QString *error = nullptr);

private:
    bool savePng(const Comparison &c, const ChartRequest &r, const QString &path, const QSize &pixels, int dpi,
                 QString *error);
    bool saveSvg(const Comparison &c, const ChartRequest &r, const QString &path, const QSizeF &size, QString *error);
    bool savePdf(const Comparison &c, const ChartRequest &r, const QString &path, const QSizeF &size, QString *error);

    ChartBuilder &m_builder;
};

} // namespace rl
