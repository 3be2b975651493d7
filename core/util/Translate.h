#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

// Sentences of the core that people read (the steps of a change, in the editors' preview),
// translatable without Qt. Each is written translate("context", "text") with literals, the
// form lupdate finds (as it finds QCoreApplication::translate; scripts/update-translations
// scans core/catalog and core/model), and is looked up at run time through the hook the
// application installs: the browser passes it to Qt's translators. With no hook the text is
// the English one. Placeholders are %1, %2, … as in Qt.

namespace paimon {

using TranslateHook = std::string (*)(const char* context, const char* text);

// Installs the lookup (nullptr: English). Set it once, before the core is used from threads.
void setTranslateHook(TranslateHook hook);

// `text` in the user's language (both arguments string literals, for lupdate).
std::string translate(const char* context, const char* text);

// `pattern` with %1, %2, … replaced by `args` in one pass (an argument's own "%1" stays).
std::string formatText(std::string_view pattern, std::initializer_list<std::string_view> args);

}  // namespace paimon
