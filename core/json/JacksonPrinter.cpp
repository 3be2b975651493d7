#include "core/json/JacksonPrinter.h"

namespace paimon {
namespace {

void write(const nlohmann::ordered_json& v, int depth, std::string& out) {
    if (v.is_object()) {
        if (v.empty()) {
            out += "{ }";
            return;
        }
        out += "{";
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            out += first ? "\n" : ",\n";
            first = false;
            out.append(2 * static_cast<size_t>(depth + 1), ' ');
            out += nlohmann::ordered_json(it.key()).dump(-1, ' ', false,
                                                         nlohmann::json::error_handler_t::replace);
            out += " : ";
            write(it.value(), depth + 1, out);
        }
        out += "\n";
        out.append(2 * static_cast<size_t>(depth), ' ');
        out += "}";
    } else if (v.is_array()) {
        if (v.empty()) {
            out += "[ ]";
            return;
        }
        out += "[ ";
        bool first = true;
        for (const auto& item : v) {
            if (!first) out += ", ";
            first = false;
            write(item, depth, out);  // arrays do not indent (Jackson's inline array indenter)
        }
        out += " ]";
    } else {
        out += v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
}

}  // namespace

std::string toJacksonPrettyJson(const nlohmann::ordered_json& value) {
    std::string out;
    write(value, 0, out);
    return out;
}

}  // namespace paimon
