#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace rl {

class PlaceGazetteer;

// An agency name found in text: place names followed by an agency suffix (人力资源和社会保障局, 人社局 …).
struct AgencyName
{
    QString written;             // as written, without a trailing alias in parentheses: (医疗保障局)
    QString suffix;              // the agency part after the place names
    QList<QList<int>> levels;    // gazetteer candidates for each place written, highest first
    bool abbreviated = false;    // 人社局, 人社厅, 人力社保局: a customary short form, not the official name
    bool shortPlaceNames = false;// a place was written in its short form (宝安 for 宝安区)
    bool otherOrganisation = false; // not a human-resources suffix: any …局/厅/办公室 on a line of its own
    qsizetype start = 0;         // in the searched text
    qsizetype end = 0;           // after the alias, if any

    bool isValid() const { return !levels.isEmpty(); }
    // Candidates for the lowest place written (several when the name repeats across cities).
    QList<int> places() const { return levels.isEmpty() ? QList<int>() : levels.constLast(); }
};

// Finds agency names by their suffix and reads the place names in front of it backwards through the
// gazetteer, so "2023年,宝安区人力资源局以…" yields 宝安区人力资源局 and nothing of the surrounding words.
class AgencyNameFinder final
{
public:
    explicit AgencyNameFinder(const PlaceGazetteer &gazetteer);

    // Every agency name with at least one place name in front of its suffix, in text order.
    QList<AgencyName> findAll(QStringView text) const;

    // The name when LINE (without spaces) is an agency name and nothing else, as in a signature or a
    // letterhead; besides the known suffixes it accepts any short organisation name after the places
    // (…局, …厅, …委员会, …办公室, …中心). A letterhead's trailing 文件 is ignored.
    AgencyName standalone(QStringView line) const;

    // The agency acting as the subject of an opening sentence ("2023年,X局以…", "X局坚持…",
    // "现将X局…报告如下"): not one governed by 在/由/按照 or followed by 的, not a title inside 《》, and
    // none when several agencies act together ("X局、Y局联合…").
    AgencyName subject(QStringView paragraph) const;

    // The full official name for the agency at PLACE (one of name.places()): short place names written
    // in full, and a district completed with its city, or a municipality's district with the
    // municipality (浦东新区… → 上海市浦东新区…). Counties and county-level cities are not completed.
    QString fullName(const AgencyName &name, int place) const;

private:
    AgencyName parseBefore(QStringView text, qsizetype suffixStart, qsizetype suffixEnd) const;

    const PlaceGazetteer &m_gazetteer;
};

} // namespace rl
