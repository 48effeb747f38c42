#include "extract/IndicatorCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

static void initCatalogResource()
{
    Q_INIT_RESOURCE(catalog);
}

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::IndicatorCatalog", text);
}

bool readStrings(const QJsonObject &o, const QString &key, QStringList *out, QString *error, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *error = tr("%1: \"%2\" must be a list of strings").arg(where, key);
        return false;
    }
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString() || e.toString().isEmpty()) {
            *error = tr("%1: \"%2\" holds something that is not a non-empty string").arg(where, key);
            return false;
        }
        out->append(e.toString());
    }
    return true;
}

} // namespace

std::optional<IndicatorCatalog> IndicatorCatalog::fromJson(const QByteArray &json, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        err = tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        err = tr("the catalog must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("indicators")).isArray()) {
        err = tr("the catalog has no \"indicators\" list");
        return std::nullopt;
    }

    // A file that extends the built-in catalog may refer to built-in ids it does not define.
    const bool extends = root.value(QLatin1String("extends")).toString() == QLatin1String("builtin");
    IndicatorCatalog c;
    QHash<QString, QStringList> aliases;
    const QJsonObject aliasObject = root.value(QLatin1String("unitAliases")).toObject();
    for (auto it = aliasObject.begin(); it != aliasObject.end(); ++it) {
        QStringList list;
        if (!readStrings(aliasObject, it.key(), &list, &err, QStringLiteral("unitAliases")))
            return std::nullopt;
        aliases.insert(it.key(), list);
    }

    const QJsonObject g = root.value(QLatin1String("grammar")).toObject();
    struct GrammarKey { const char *key; QStringList CatalogGrammar::*list; };
    static const GrammarKey keys[] = {
        {"partMarkers", &CatalogGrammar::partMarkers}, {"parenPartMarkers", &CatalogGrammar::parenPartMarkers},
        {"instanceParts", &CatalogGrammar::instanceParts}, {"totalMarkers", &CatalogGrammar::totalMarkers},
        {"negations", &CatalogGrammar::negations}, {"targetWords", &CatalogGrammar::targetWords},
        {"futureSections", &CatalogGrammar::futureSections}, {"blockers", &CatalogGrammar::blockers},
        {"hedgesBefore", &CatalogGrammar::hedgesBefore}, {"hedgesAfter", &CatalogGrammar::hedgesAfter},
        {"changeWords", &CatalogGrammar::changeWords},
    };
    for (const GrammarKey &k : keys) {
        const QString key = QLatin1String(k.key);
        if (!g.contains(key))
            continue;
        if (!readStrings(g, key, &(c.m_grammar.*(k.list)), &err, QStringLiteral("grammar")))
            return std::nullopt;
        c.m_grammarKeys << key;
    }

    const QJsonArray list = root.value(QLatin1String("indicators")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            err = tr("indicator %1 is not a JSON object").arg(i + 1);
            return std::nullopt;
        }
        const QJsonObject o = list.at(i).toObject();
        IndicatorDefinition d;
        d.id = o.value(QLatin1String("id")).toString();
        if (d.id.isEmpty()) {
            err = tr("indicator %1 has no \"id\"").arg(i + 1);
            return std::nullopt;
        }
        if (c.m_index.contains(d.id)) {
            err = tr("indicator \"%1\" is defined twice").arg(d.id);
            return std::nullopt;
        }
        d.unit = o.value(QLatin1String("unit")).toString();
        if (d.unit.isEmpty()) {
            err = tr("indicator \"%1\" has no \"unit\"").arg(d.id);
            return std::nullopt;
        }
        d.group = o.value(QLatin1String("group")).toString();
        d.nameZh = o.value(QLatin1String("name_zh")).toString();
        d.nameEn = o.value(QLatin1String("name_en")).toString();
        d.sumParts = o.value(QLatin1String("sumParts")).toBool(false);
        if (!readStrings(o, QStringLiteral("units"), &d.units, &err, d.id)
            || !readStrings(o, QStringLiteral("zero"), &d.zeroTerms, &err, d.id))
            return std::nullopt;
        if (d.units.isEmpty())
            d.units = aliases.value(d.unit, QStringList{d.unit});
        const QJsonValue recs = o.value(QLatin1String("recognisers"));
        if (!recs.isUndefined() && !recs.isArray()) {
            err = tr("%1: \"recognisers\" must be a list").arg(d.id);
            return std::nullopt;
        }
        for (const QJsonValue &rv : recs.toArray()) {
            if (!rv.isObject()) {
                err = tr("%1: a recogniser is not a JSON object").arg(d.id);
                return std::nullopt;
            }
            const QJsonObject ro = rv.toObject();
            IndicatorRecogniser r;
            if (!readStrings(ro, QStringLiteral("subjects"), &r.subjects, &err, d.id)
                || !readStrings(ro, QStringLiteral("measures"), &r.measures, &err, d.id)
                || !readStrings(ro, QStringLiteral("exclude"), &r.exclude, &err, d.id)
                || !readStrings(ro, QStringLiteral("units"), &r.units, &err, d.id)
                || !readStrings(ro, QStringLiteral("context"), &r.context, &err, d.id))
                return std::nullopt;
            r.requireMeasure = ro.value(QLatin1String("requireMeasure")).toBool(false);
            r.subjectIsActor = ro.value(QLatin1String("subjectIsActor")).toBool(false);
            r.measureInSentence = ro.value(QLatin1String("measureInSentence")).toBool(false);
            if (r.subjects.isEmpty() && r.measures.isEmpty()) {
                err = tr("%1: a recogniser needs \"subjects\" or \"measures\"").arg(d.id);
                return std::nullopt;
            }
            d.recognisers << r;
        }
        c.m_index.insert(d.id, int(c.m_indicators.size()));
        c.m_indicators << d;
    }

    for (const QJsonValue &v : root.value(QLatin1String("derived")).toArray()) {
        const QJsonObject o = v.toObject();
        IndicatorDerivation dv;
        dv.id = o.value(QLatin1String("id")).toString();
        dv.numerator = o.value(QLatin1String("numerator")).toString();
        dv.denominator = o.value(QLatin1String("denominator")).toString();
        dv.scale = o.value(QLatin1String("scale")).toDouble(100);
        dv.decimals = o.value(QLatin1String("decimals")).toInt(2);
        for (const QString &ref : {dv.id, dv.numerator, dv.denominator}) {
            if (!extends && !c.m_index.contains(ref)) {
                err = tr("derived rate refers to unknown indicator \"%1\"").arg(ref);
                return std::nullopt;
            }
        }
        c.m_derivations << dv;
    }
    const QJsonObject checks = root.value(QLatin1String("checks")).toObject();
    for (const QJsonValue &v : checks.value(QLatin1String("notGreater")).toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() != 2
            || (!extends && (!c.m_index.contains(pair.at(0).toString()) || !c.m_index.contains(pair.at(1).toString())))) {
            err = tr("checks.notGreater needs pairs of known indicator ids");
            return std::nullopt;
        }
        c.m_notGreater << qMakePair(pair.at(0).toString(), pair.at(1).toString());
    }
    c.m_maxRate = checks.value(QLatin1String("maxRate")).toDouble(100);
    c.m_rateTolerance = checks.value(QLatin1String("rateTolerance")).toDouble(1.0);
    return c;
}

std::optional<IndicatorCatalog> IndicatorCatalog::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot open the catalog: %1").arg(f.errorString());
        return std::nullopt;
    }
    auto c = fromJson(f.readAll(), error);
    if (c)
        c->m_source = path;
    return c;
}

const IndicatorCatalog &IndicatorCatalog::builtin()
{
    static const IndicatorCatalog catalog = [] {
        initCatalogResource();
        QString error;
        auto c = fromFile(QStringLiteral(":/catalog/indicators.json"), &error);
        if (!c) {
            qWarning("reportlens: the built-in indicator catalog is broken: %s", qPrintable(error));
            return IndicatorCatalog();
        }
        return *c;
    }();
    return catalog;
}

QString IndicatorCatalog::userCatalogPath()
{
    const QString env = qEnvironmentVariable("REPORTLENS_CATALOG");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (dir.isEmpty())
        return {};
    const QString path = dir + QLatin1String("/indicators.json");
    return QFileInfo::exists(path) ? path : QString();
}

namespace {

struct SharedCatalog
{
    IndicatorCatalog catalog;
    QString error;
};

const SharedCatalog &sharedCatalog()
{
    static const SharedCatalog shared = [] {
        SharedCatalog s;
        s.catalog = IndicatorCatalog::builtin();
        const QString path = IndicatorCatalog::userCatalogPath();
        if (path.isEmpty())
            return s;
        QString error;
        QFile f(path);
        QByteArray bytes;
        if (f.open(QIODevice::ReadOnly))
            bytes = f.readAll();
        auto user = f.isOpen() ? IndicatorCatalog::fromJson(bytes, &error) : std::nullopt;
        if (!f.isOpen())
            error = QCoreApplication::translate("rl::IndicatorCatalog", "cannot open the catalog: %1").arg(f.errorString());
        if (!user) {
            s.error = path + QLatin1String(": ") + error;
            qWarning("reportlens: user indicator catalog ignored: %s", qPrintable(s.error));
            return s;
        }
        // "extends": "builtin" adds to the built-in catalog; otherwise the file replaces it.
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        if (root.value(QLatin1String("extends")).toString() == QLatin1String("builtin")) {
            s.catalog.mergeFrom(*user);
        } else {
            s.catalog = *user;
        }
        s.catalog.setSource(path);
        return s;
    }();
    return shared;
}

} // namespace

const IndicatorCatalog &IndicatorCatalog::shared()
{
    return sharedCatalog().catalog;
}

QString IndicatorCatalog::sharedLoadError()
{
    return sharedCatalog().error;
}

const IndicatorDefinition *IndicatorCatalog::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_indicators.at(*it);
}

QStringList IndicatorCatalog::ids() const
{
    QStringList out;
    for (const IndicatorDefinition &d : m_indicators)
        out << d.id;
    return out;
}

void IndicatorCatalog::mergeFrom(const IndicatorCatalog &other)
{
    for (const IndicatorDefinition &d : other.m_indicators) {
        const auto it = m_index.constFind(d.id);
        if (it != m_index.cend()) {
            m_indicators[*it] = d;
        } else {
            m_index.insert(d.id, int(m_indicators.size()));
            m_indicators << d;
        }
    }
    // Grammar lists the other file sets replace ours.
    const CatalogGrammar &g = other.m_grammar;
    for (const QString &key : other.m_grammarKeys) {
        if (key == QLatin1String("partMarkers")) m_grammar.partMarkers = g.partMarkers;
        else if (key == QLatin1String("parenPartMarkers")) m_grammar.parenPartMarkers = g.parenPartMarkers;
        else if (key == QLatin1String("instanceParts")) m_grammar.instanceParts = g.instanceParts;
        else if (key == QLatin1String("totalMarkers")) m_grammar.totalMarkers = g.totalMarkers;
        else if (key == QLatin1String("negations")) m_grammar.negations = g.negations;
        else if (key == QLatin1String("targetWords")) m_grammar.targetWords = g.targetWords;
        else if (key == QLatin1String("futureSections")) m_grammar.futureSections = g.futureSections;
        else if (key == QLatin1String("blockers")) m_grammar.blockers = g.blockers;
        else if (key == QLatin1String("hedgesBefore")) m_grammar.hedgesBefore = g.hedgesBefore;
        else if (key == QLatin1String("hedgesAfter")) m_grammar.hedgesAfter = g.hedgesAfter;
        else if (key == QLatin1String("changeWords")) m_grammar.changeWords = g.changeWords;
    }
    for (const IndicatorDerivation &d : other.m_derivations) {
        auto same = [&d](const IndicatorDerivation &x) { return x.id == d.id; };
        m_derivations.erase(std::remove_if(m_derivations.begin(), m_derivations.end(), same), m_derivations.end());
        m_derivations << d;
    }
    for (const auto &p : other.m_notGreater) {
        if (!m_notGreater.contains(p))
            m_notGreater << p;
    }
}

} // namespace rl
