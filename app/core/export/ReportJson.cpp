#include "export/ReportJson.h"

#include <QJsonDocument>

namespace rl {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonArray ReportJson::outlineToJson(const Outline &outline)
{
    QJsonArray nodes;
    for (const Section &s : outline) {
        QJsonObject node;
        node.insert(QStringLiteral("level"), s.level);
        node.insert(QStringLiteral("marker"), s.marker);
        node.insert(QStringLiteral("title"), s.title);
        node.insert(QStringLiteral("offset"), double(s.start));
        node.insert(QStringLiteral("end"), double(s.end));
        node.insert(QStringLiteral("children"), outlineToJson(s.children));
        nodes.append(node);
    }
    return nodes;
}

QJsonObject ReportJson::observationToJson(const Observation &o)
{
    QJsonObject j;
    j.insert(QStringLiteral("id"), o.id);
    j.insert(QStringLiteral("value"), o.effectiveValue());
    j.insert(QStringLiteral("unit"), o.unit);
    j.insert(QStringLiteral("approx"), o.approx);
    j.insert(QStringLiteral("derived"), o.derived);
    if (o.isPart)
        j.insert(QStringLiteral("part"), true);
    if (o.corrected) {
        j.insert(QStringLiteral("corrected"), true);
        j.insert(QStringLiteral("extracted_value"), o.value);
    }
    j.insert(QStringLiteral("section"), QJsonArray::fromStringList(o.section));
    j.insert(QStringLiteral("quote"), o.quote);
    j.insert(QStringLiteral("offset"), double(o.offset));
    j.insert(QStringLiteral("length"), double(o.length));
    return j;
}

QJsonObject ReportJson::toJson(const Report &r)
{
    QJsonObject j;
    j.insert(QStringLiteral("file"), r.file);
    j.insert(QStringLiteral("error"), stringOrNull(r.error));
    const ReportMeta &m = r.meta;
    j.insert(QStringLiteral("title"), stringOrNull(m.title));
    j.insert(QStringLiteral("agency"), stringOrNull(m.agency));
    j.insert(QStringLiteral("province"), stringOrNull(m.province));
    j.insert(QStringLiteral("city"), stringOrNull(m.city));
    j.insert(QStringLiteral("district"), stringOrNull(m.district));
    j.insert(QStringLiteral("level"), stringOrNull(agencyLevelKey(m.level)));
    j.insert(QStringLiteral("year"), m.year ? QJsonValue(*m.year) : QJsonValue(QJsonValue::Null));
    j.insert(QStringLiteral("published"),
             m.published.isValid() ? QJsonValue(m.published.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    j.insert(QStringLiteral("outline"), outlineToJson(r.outline));
    QJsonArray indicators;
    for (const Observation &o : r.observations) {
        if (!o.rejected)
            indicators.append(observationToJson(o));
    }
    j.insert(QStringLiteral("indicators"), indicators);
    j.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    return j;
}

QByteArray ReportJson::toJsonDocument(const QList<Report> &reports)
{
    QJsonArray all;
    for (const Report &r : reports)
        all.append(toJson(r));
    return QJsonDocument(all).toJson(QJsonDocument::Indented);
}

} // namespace rl
