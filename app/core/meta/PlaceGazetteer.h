#pragma once

#include "model/ReportMeta.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace rl {

// China's administrative divisions (GB/T 2260, from resources/places.tsv): lookups by full name
// (广东省, 宝安区) and short name (广东, 宝安), and the hierarchy above each place.
// Names repeat (市中区, 鼓楼区): every lookup answers a list, and the caller decides with context.
class PlaceGazetteer final
{
public:
    enum class Kind { Province, Municipality, City, District, County, CountyCity, Zone };

    struct Place
    {
        QString code;
        QString name;        // full official name: 广东省, 深圳市, 宝安区
        QString shortName;   // 广东, 深圳, 宝安; empty when stripping would leave one character
        int parent = -1;     // index of the city (or province / municipality) above; -1 for a province
        Kind kind = Kind::County;
    };

    // A full place name found in running text.
    struct Mention
    {
        int place = -1;
        qsizetype offset = 0;
        int alternatives = 1;   // how many places share the name (one Mention each)
    };

    // The built-in table, loaded once (thread-safe) from the Qt resource :/places/places.tsv.
    static const PlaceGazetteer &instance();

    // Parses the TSV written by scripts/make-places (code, name, parent code, kind).
    explicit PlaceGazetteer(const QString &tsv);

    qsizetype size() const { return m_places.size(); }
    const Place &at(int index) const { return m_places.at(index); }

    QList<int> byName(QStringView name) const;        // full names only
    QList<int> byShortName(QStringView name) const;   // short names only
    int maxNameLength() const { return m_maxNameLength; }
    // Longest full or short name ending in these two characters (0: none), so a caller looking
    // back from a position tries only the lengths some name could have.
    int longestNameEndingWith(QChar beforeLast, QChar last) const;

    int provinceOf(int index) const;   // the province or municipality containing the place (itself for one)
    int cityOf(int index) const;       // the prefecture-level city containing the place, -1 if none
    bool isAncestor(int ancestor, int index) const;   // true also when ancestor == index
    AgencyLevel levelOf(int index) const;              // the level of an agency of this place

    // Full names of places in a text, found by looking back from each place-name suffix character
    // (省 市 区 县 旗 州 盟) — linear in the text, no per-place scan. Two-character names ending in 区
    // (城区, 郊区, 矿区) are skipped: they are ordinary words far more often than places.
    QList<Mention> mentions(QStringView text) const;

    // A name that is an ordinary word more often than a place when it stands alone (城区, 郊区).
    bool isWeakName(int index) const;

private:
    void index();

    QList<Place> m_places;
    QHash<QStringView, QList<int>> m_byName;    // views into m_places' names (never modified after load)
    QHash<QStringView, QList<int>> m_byShort;
    QHash<quint32, int> m_longestByEnding;      // last two characters of a full name → longest such name
    QHash<quint32, int> m_longestAnyByEnding;   // the same over full and short names
    int m_maxNameLength = 0;
};

} // namespace rl
