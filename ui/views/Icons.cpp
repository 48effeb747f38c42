#include "views/Icons.h"

#include <QHash>

namespace rl {

QIcon Icons::get(Name name)
{
    struct Entry { const char *theme; const char *file; };
    static const QHash<int, Entry> entries = {
        {App, {"", "app"}},
        {ImportFile, {"document-open", "import-file"}},
        {ImportFolder, {"folder-open", "import-folder"}},
        {Library, {"", "library"}},
        {Find, {"edit-find", "find"}},
        {Previous, {"go-up", "previous"}},
        {Next, {"go-down", "next"}},
        {Close, {"window-close", "close"}},
        {Undo, {"edit-undo", "undo"}},
        {Redo, {"edit-redo", "redo"}},
        {Details, {"document-properties", "details"}},
        {Report, {"", "report"}},
        {Agency, {"", "agency"}},
        {Year, {"", "year"}},
        {Samples, {"", "samples"}},
        {Search, {"system-search", "search"}},
        {Reject, {"", "reject"}},
        {Add, {"list-add", "add"}},
    };
    static QHash<int, QIcon> cache;
    const auto cached = cache.constFind(name);
    if (cached != cache.constEnd())
        return *cached;
    const Entry e = entries.value(name);
    const QIcon fallback(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(e.file)));
    QIcon icon = *e.theme ? QIcon::fromTheme(QLatin1String(e.theme), fallback) : fallback;
    cache.insert(name, icon);
    return icon;
}

} // namespace rl
