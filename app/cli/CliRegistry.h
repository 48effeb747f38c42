#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace rl {

// Every sub-command the executable knows, in the order `--help` lists them.
std::vector<std::unique_ptr<CliCommand>> createCliCommands();

} // namespace rl
