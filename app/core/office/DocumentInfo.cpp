#include "office/DocumentInfo.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace rl {

QString DocumentInfo::cleanTitle(const QString &title)
{
    QString t = title.simplified();
    static const QRegularExpression prefix(QStringLiteral("^Microsoft\\s+(?:Word|PowerPoint|Excel)\\s*-\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression extension(QStringLiteral("\\.(?:docx?|wps|pdf|txt|rtf|html?|xlsx?)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression placeholder(
        QStringLiteral("^(?:untitled.*|document\\s*\\d*|文档\\s*\\d*|新建.*|无标题.*|title|标题|"
                       "powerpoint\\s*演示文稿|microsoft\\s*word\\s*文档|\\d+)$"),
        QRegularExpression::CaseInsensitiveOption);
    t.remove(prefix);
    t.remove(extension);
    t = t.trimmed();
    if (placeholder.match(t).hasMatch())
        return QString();
    return t;
}

QString DocumentInfo::isoDateFromPdf(const QString &pdfDate)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:D:)?(\\d{4})(\\d{2})?(\\d{2})?"));
    const QRegularExpressionMatch m = re.match(pdfDate);
    if (!m.hasMatch())
        return QString();
    const int y = m.captured(1).toInt();
    const int mo = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int d = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    const QDate date(y, mo, d);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString DocumentInfo::isoDateFromW3c(const QString &w3cDate)
{
    const QString s = w3cDate.trimmed();
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    if (s.endsWith(QLatin1Char('Z')) || dt.timeSpec() == Qt::UTC)
        dt = dt.toOffsetFromUtc(8 * 3600);
    return dt.date().toString(Qt::ISODate);
}

} // namespace rl
