#pragma once

#include <QString>

namespace rl {

// Dispatches `reportlens SUBCOMMAND …` to its CliCommand; main() asks it first.
class CliApplication final
{
public:
    static bool handles(const char *firstArgument);
    static int run(int argc, char **argv);
};

} // namespace rl
