#pragma once

namespace rl {

// The language of an exported chart or table. Chosen per export (`--lang`), so it can differ from the UI.
enum class OutputLanguage { Chinese, English };

} // namespace rl
