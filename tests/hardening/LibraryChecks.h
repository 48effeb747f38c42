#pragma once

// Shared by the hardening tests: what "the library is whole" means after a crash, a kill or a full disk.

#include "library/ReportLibrary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace rl::test {

// PRAGMA integrity_check through a connection of our own ("ok" when the file is sound).
inline QString sqliteIntegrity(const QString &path)
{
    const QString name = QStringLiteral("integrity-") + QUuid::createUuid().toString(QUuid::Id128);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = QStringLiteral("cannot open: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
                result = QStringLiteral("integrity_check failed: ") + q.lastError().text();
            else
                while (q.next())
                    result += q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Content hash → number of observations, for every stored report. Fails (returns the reason in *problem)
// when a stored report lacks its text, outline or observations: a half report.
inline QHash<QByteArray, int> wholeReports(const ReportLibrary &library, QString *problem)
{
    QHash<QByteArray, int> out;
    for (const ReportSummary &s : library.reports()) {
        const std::optional<Report> r = library.report(s.id);
        if (!r) {
            *problem = QStringLiteral("report %1 listed but not readable").arg(s.id);
            return {};
        }
        if (r->text.isEmpty() || r->outline.isEmpty() || r->observations.isEmpty() || r->contentHash.isEmpty()) {
            *problem = QStringLiteral("report %1 (%2) is half stored: text %3, sections %4, observations %5")
                           .arg(s.id).arg(s.file).arg(r->text.size()).arg(sectionCount(r->outline)).arg(r->observations.size());
            return {};
        }
        out.insert(r->contentHash, int(r->observations.size()));
    }
    return out;
}

} // namespace rl::test
