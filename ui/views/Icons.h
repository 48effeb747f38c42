#pragma once

#include <QIcon>

namespace rl {

// The desktop theme's icon when there is one, else our own SVG (sharp at any device pixel ratio).
class Icons final
{
public:
    enum Name { App, ImportFile, ImportFolder, Library, Find, Previous, Next, Close, Undo, Redo, Details,
                Report, Agency, Year, Samples, Search, Reject, Add };
    static QIcon get(Name name);
};

} // namespace rl
