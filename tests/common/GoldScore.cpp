#include "GoldScore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace rl::test {

namespace {

bool close(double a, double b)
{
    return std::abs(a - b) <= std::max(0.01, 0.001 * std::abs(b));
}

QString nullable(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

QString goldString(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return QString::number(v.toInt());
    return v.toString();
}

QString reportField(const Report &r, const QString &key)
{
    const ReportMeta &m = r.meta;
    if (key == QLatin1String("agency")) return nullable(m.agency);
    if (key == QLatin1String("year")) return m.year ? QString::number(*m.year) : QString();
    if (key == QLatin1String("level")) return agencyLevelKey(m.level);
    if (key == QLatin1String("province")) return nullable(m.province);
    if (key == QLatin1String("city")) return nullable(m.city);
    return {};
}

void walk(const Outline &sections, QList<const Section *> &out)
{
    for (const Section &s : sections) {
        out << &s;
        walk(s.children, out);
    }
}

bool matches(const Observation &o, const QJsonObject &f)
{
    return o.id == f.value(QStringLiteral("id")).toString() && close(o.effectiveValue(), f.value(QStringLiteral("value")).toDouble());
}

} // namespace

QString GoldScore::summary() const
{
    return QStringLiteral("metadata %1/%2  outline %3/%4  recall %5 (%6/%7)  precision %8 (%9/%10)")
        .arg(metadataRight).arg(metadataTotal).arg(outlineRight).arg(outlineTotal)
        .arg(recall(), 0, 'f', 3).arg(found).arg(required)
        .arg(precision(), 0, 'f', 3).arg(right).arg(reported);
}

QString markerFamily(const QString &marker)
{
    // Same families as ../shared/tools/outline_families.py (after NFKC and removing spaces).
    QString m = marker.normalized(QString::NormalizationForm_KC);
    m.remove(QRegularExpression(QStringLiteral("\\s+")));
    static const QRegularExpression topLevel(QStringLiteral("^[一二三四五六七八九十百零〇两]+[、.]$"));
    static const QRegularExpression chineseParen(QStringLiteral("^\\([一二三四五六七八九十百零〇两]+\\)$"));
    static const QRegularExpression arabic(QStringLiteral("^\\d+[.、]$"));
    static const QRegularExpression arabicParen(QStringLiteral("^\\(\\d+\\)$"));
    if (topLevel.match(m).hasMatch()) return QStringLiteral("一、");
    if (chineseParen.match(m).hasMatch()) return QStringLiteral("(一)");
    if (arabic.match(m).hasMatch()) return QStringLiteral("1.");
    if (arabicParen.match(m).hasMatch()) return QStringLiteral("(1)");
    return {};
}

GoldScore scoreAgainstGold(const QString &goldPath, const QList<Report> &reports)
{
    GoldScore score;
    QFile file(goldPath);
    if (!file.open(QIODevice::ReadOnly)) {
        score.misses << QStringLiteral("cannot read %1").arg(goldPath);
        return score;
    }
    const QJsonArray gold = QJsonDocument::fromJson(file.readAll()).array();
    QHash<QString, const Report *> byName;
    for (const Report &r : reports)
        byName.insert(QFileInfo(r.file).fileName(), &r);

    for (const QJsonValue &gv : gold) {
        const QJsonObject g = gv.toObject();
        const QString name = QFileInfo(g.value(QStringLiteral("file")).toString()).fileName();
        const QJsonArray required = g.value(QStringLiteral("required")).toArray();
        score.required += required.size();
        const Report *r = byName.value(name);
        if (!r) {
            score.misses << name + QStringLiteral(": missing from the reports");
            continue;
        }
        for (const char *key : {"agency", "year", "level", "province", "city"}) {
            const QString k = QLatin1String(key);
            if (!g.contains(k))
                continue;
            ++score.metadataTotal;
            const QString want = goldString(g.value(k)), got = reportField(*r, k);
            if (want == got)
                ++score.metadataRight;
            else
                score.misses << QStringLiteral("%1: %2 gold=%3 got=%4").arg(name, k, want, got);
        }

        const QJsonObject outline = g.value(QStringLiteral("outline")).toObject();
        if (!outline.isEmpty()) {
            QList<const Section *> all;
            walk(r->outline, all);
            QHash<QString, int> counts;
            for (const Section *s : all)
                ++counts[markerFamily(s->marker)];
            for (const char *fam : {"一、", "(一)", "1."}) {
                const QString f = QString::fromUtf8(fam);
                if (!outline.contains(f))
                    continue;
                ++score.outlineTotal;
                const int want = outline.value(f).toInt();
                if (counts.value(f) == want)
                    ++score.outlineRight;
                else
                    score.misses << QStringLiteral("%1: %2 headings gold=%3 got=%4").arg(name, f).arg(want).arg(counts.value(f));
            }
            const QJsonArray titles = outline.value(QStringLiteral("titles")).toArray();
            if (!titles.isEmpty()) {
                ++score.outlineTotal;
                QStringList want, got;
                for (const QJsonValue &t : titles)
                    want << t.toString().remove(QLatin1Char(' '));
                for (const Section &s : r->outline)
                    got << QString(s.title).remove(QLatin1Char(' '));
                if (want == got)
                    ++score.outlineRight;
                else
                    score.misses << QStringLiteral("%1: level-1 titles differ: %2").arg(name, got.join(QLatin1String(" | ")));
            }
        }

        QList<QJsonObject> acceptable;
        for (const char *list : {"required", "optional", "derived"}) {
            for (const QJsonValue &f : g.value(QLatin1String(list)).toArray())
                acceptable << f.toObject();
        }
        for (const QJsonValue &fv : required) {
            const QJsonObject f = fv.toObject();
            bool hit = false;
            for (const Observation &o : r->observations)
                hit = hit || (!o.rejected && matches(o, f));
            if (hit)
                ++score.found;
            else
                score.misses << QStringLiteral("%1: missed %2=%3").arg(name, f.value(QStringLiteral("id")).toString())
                                    .arg(f.value(QStringLiteral("value")).toDouble());
        }
        for (const Observation &o : r->observations) {
            if (o.derived || o.rejected)
                continue;
            ++score.reported;
            bool ok = false;
            for (const QJsonObject &f : acceptable)
                ok = ok || matches(o, f);
            if (ok)
                ++score.right;
            else
                score.misses << QStringLiteral("%1: wrong %2=%3 «%4»").arg(name, o.id).arg(o.effectiveValue()).arg(o.quote);
        }
    }
    return score;
}

} // namespace rl::test
