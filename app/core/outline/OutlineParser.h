#pragma once

#include "model/Section.h"

#include <QString>

namespace rl {

// Builds the section tree from numbered headings (一、 (一) 1. (1) 一是 …) in normalised text.
class OutlineParser final
{
public:
    Outline parse(const QString &text) const;
};

} // namespace rl
