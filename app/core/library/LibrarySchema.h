#pragma once

#include <QString>

class QSqlDatabase;

namespace rl {

// The library's tables, one migration per schema version (kept in PRAGMA user_version). A new file runs
// every migration from version 0, so the upgrade path of old libraries is the path every library takes.
class LibrarySchema final
{
public:
    static int currentVersion();
    // Runs the migrations from `fromVersion` up to currentVersion() on `db` (inside the caller's transaction)
    // and sets user_version. On failure, `error` names the statement's reason.
    static bool migrate(QSqlDatabase &db, int fromVersion, QString *error);
    // Only the steps up to `toVersion`: lets tests build an old library.
    static bool migrate(QSqlDatabase &db, int fromVersion, int toVersion, QString *error);
};

} // namespace rl
