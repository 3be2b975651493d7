#include "core/util/Translate.h"

#include <atomic>

namespace paimon {
namespace {
std::atomic<TranslateHook> gHook{nullptr};
}  // namespace

void setTranslateHook(TranslateHook hook) {
    gHook.store(hook);
}

std::string translate(const char* context, const char* text) {
    TranslateHook hook = gHook.load();
    return hook != nullptr ? hook(context, text) : std::string(text);
}

std::string formatText(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' &&
            pattern[i + 1] <= '9') {
            auto n = static_cast<size_t>(pattern[i + 1] - '1');
            if (n < args.size()) {
                out += *(args.begin() + n);
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace paimon
