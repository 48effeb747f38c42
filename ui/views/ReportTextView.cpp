#include "views/ReportTextView.h"

#include "models/IndicatorLabels.h"
#include "models/IndicatorTableModel.h"

#include <QHelpEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>

namespace rl {

namespace {
constexpr int kMaxColumnEms = 42;   // a comfortable line length for Chinese prose
constexpr int kTopInset = 12;       // a line scrolled to the top keeps this gap above it
}

ReportTextView::ReportTextView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setAcceptRichText(false);
    setFrameShape(QFrame::NoFrame);
    setObjectName(QStringLiteral("reportText"));
    QFont font;
    font.setFamilies({QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Source Han Serif SC"), QStringLiteral("serif")});
    font.setPointSizeF(12.5);
    document()->setDefaultFont(font);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { Q_EMIT topOffsetChanged(topOffset()); });
    setMouseTracking(true);
}

ReportTextView::~ReportTextView() = default;

void ReportTextView::setReport(const QString &text, const QList<Observation> &observations)
{
    setPlainText(text);
    applyTypography();
    m_observations = observations;
    updateHighlights();
    verticalScrollBar()->setValue(0);
}

void ReportTextView::setObservations(const QList<Observation> &observations)
{
    const int scroll = verticalScrollBar()->value();
    m_observations = observations;
    updateHighlights();
    verticalScrollBar()->setValue(scroll);
}

void ReportTextView::clearReport()
{
    m_observations.clear();
    m_highlights.clear();
    setExtraSelections({});
    clear();
}

void ReportTextView::applyTypography()
{
    // Line height ~1.6 and a gap between paragraphs: dense CJK text is tiring at the default 1.2.
    // Reports copied from the web separate paragraphs with blank lines; those shrink to a small gap.
    QTextBlockFormat paragraph;
    paragraph.setLineHeight(160, QTextBlockFormat::ProportionalHeight);
    paragraph.setBottomMargin(6);
    QTextBlockFormat blank;
    blank.setLineHeight(35, QTextBlockFormat::ProportionalHeight);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        cursor.setPosition(b.position());
        cursor.mergeBlockFormat(b.text().trimmed().isEmpty() ? blank : paragraph);
    }
    cursor.endEditBlock();
    m_lastMargin = -1;
    updateColumnMargins();
}

void ReportTextView::updateColumnMargins()
{
    const int em = QFontMetrics(document()->defaultFont()).horizontalAdvance(QChar(0x4e2d));
    const int maxWidth = kMaxColumnEms * em;
    const int available = viewport()->width();
    const int side = qMax(24, (available - maxWidth) / 2);
    if (side == m_lastMargin)
        return;
    m_lastMargin = side;
    QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    frame.setLeftMargin(side);
    frame.setRightMargin(side);
    frame.setTopMargin(20);
    frame.setBottomMargin(40);
    document()->rootFrame()->setFrameFormat(frame);
}

void ReportTextView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateColumnMargins();
}

void ReportTextView::updateHighlights()
{
    m_highlights.clear();
    const int end = document()->characterCount() - 1;
    for (const Observation &o : std::as_const(m_observations)) {
        if (o.offset < 0 || o.length <= 0 || o.offset + o.length > end || o.rejected)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(int(o.offset));
        sel.cursor.setPosition(int(o.offset + o.length), QTextCursor::KeepAnchor);
        const QColor tint = IndicatorLabels::groupColour(IndicatorLabels::group(o.id));
        sel.format.setBackground(tint);
        sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        sel.format.setUnderlineColor(tint.darker(160));
        m_highlights.append(sel);
    }
    setExtraSelections(m_highlights);
}

void ReportTextView::scrollToOffset(qsizetype offset)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(qBound(qsizetype(0), offset, qsizetype(document()->characterCount() - 1))));
    setTextCursor(cursor);
    const QRect r = cursorRect(cursor);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + r.top() - kTopInset);
}

void ReportTextView::selectRange(qsizetype offset, qsizetype length)
{
    const int last = document()->characterCount() - 1;
    if (offset < 0 || offset > last)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(int(offset));
    cursor.setPosition(int(qMin<qsizetype>(offset + length, last)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    // Centre the selection so the sentence around it is visible too.
    const QRect r = cursorRect(cursor);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + r.center().y() - viewport()->height() / 2);
}

qsizetype ReportTextView::topOffset() const
{
    // The first line whose middle is below the inset: the one scrollToOffset() put at the top.
    const int y = kTopInset + QFontMetrics(document()->defaultFont()).height() / 2;
    const int position = cursorForPosition(QPoint(m_lastMargin > 0 ? m_lastMargin : 4, y)).position();
    // A blank separator line belongs to the paragraph after it.
    QTextBlock block = document()->findBlock(position);
    if (!block.text().trimmed().isEmpty())
        return position;
    while (block.isValid() && block.text().trimmed().isEmpty())
        block = block.next();
    return block.isValid() ? block.position() : position;
}

int ReportTextView::observationAt(qsizetype position) const
{
    for (int i = 0; i < m_observations.size(); ++i) {
        const Observation &o = m_observations.at(i);
        if (!o.rejected && o.offset >= 0 && position >= o.offset && position < o.offset + o.length)
            return i;
    }
    return -1;
}

bool ReportTextView::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (QTextEdit::find(text, flags))
        return true;
    // Wrap around once.
    QTextCursor cursor(document());
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    const QTextCursor hit = document()->find(text, cursor, flags);
    if (hit.isNull())
        return false;
    setTextCursor(hit);
    ensureCursorVisible();
    return true;
}

QString ReportTextView::tooltipFor(const Observation &o) const
{
    QString html = QStringLiteral("<b>%1</b><br/>%2 %3")
                       .arg(IndicatorLabels::name(o.id).toHtmlEscaped(),
                            IndicatorTableModel::formatValue(o.effectiveValue(), o.unit), o.unit.toHtmlEscaped());
    const QString flags = IndicatorTableModel::flagsText(o, false);
    if (!flags.isEmpty())
        html += QStringLiteral("<br/><i>%1</i>").arg(flags.toHtmlEscaped());
    if (o.corrected)
        html += QStringLiteral("<br/>")
            + tr("Extracted value: %1").arg(IndicatorTableModel::formatValue(o.value, o.unit)).toHtmlEscaped();
    return html;
}

bool ReportTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = observationAt(cursorForPosition(help->pos()).position());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(m_observations.at(index)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

} // namespace rl
