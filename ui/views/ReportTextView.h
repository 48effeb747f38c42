#pragma once

#include "model/Observation.h"

#include <QList>
#include <QTextEdit>

namespace rl {

// The report's normalised text, read-only, set for long CJK reading. Document positions equal the
// offsets in Report::text (one '\n' per paragraph break), so observations and sections map directly.
class ReportTextView final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTextView)
public:
    explicit ReportTextView(QWidget *parent = nullptr);
    ~ReportTextView() override;

    void setReport(const QString &text, const QList<Observation> &observations);
    void setObservations(const QList<Observation> &observations);   // re-highlights, keeps the scroll position
    void clearReport();

    void scrollToOffset(qsizetype offset);                 // puts the offset's line at the top
    void selectRange(qsizetype offset, qsizetype length);  // selects and centres it
    qsizetype topOffset() const;                           // first visible character
    int observationAt(qsizetype position) const;           // index into the observations, -1 when none

    bool find(const QString &text, bool backwards);

Q_SIGNALS:
    void topOffsetChanged(qsizetype offset);

protected:
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTypography();
    void updateHighlights();
    void updateColumnMargins();
    QString tooltipFor(const Observation &o) const;

    QList<Observation> m_observations;
    QList<QTextEdit::ExtraSelection> m_highlights;
    int m_lastMargin = -1;
};

} // namespace rl
