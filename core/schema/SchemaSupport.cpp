#include "core/schema/SchemaSupport.h"

#include <algorithm>
#include <charconv>

#include "core/util/Encoding.h"

namespace paimon::schema_detail {

Error rule(std::string message) {
    return makeError(ErrorKind::BadRequest, std::move(message));
}

std::string join(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += sep;
        out += items[i];
    }
    return out;
}
std::string listText(const std::vector<std::string>& items) {
    return "[" + join(items, ", ") + "]";
}
std::string pathText(const std::vector<std::string>& path, size_t count) {
    std::vector<std::string> head(
        path.begin(), path.begin() + static_cast<std::ptrdiff_t>(std::min(count, path.size())));
    return join(head, ".");
}
std::string tableText(const SchemaContext& c) {
    return c.database + "." + c.table;
}

Error columnNotExist(const SchemaContext& c, const std::string& column) {
    Error e = makeError(ErrorKind::NotFound,
                        "Column " + column + " does not exist in the " + tableText(c) + " table.");
    e.resourceType = "COLUMN";
    e.resourceName = column;
    return e;
}
Error columnAlreadyExists(const SchemaContext& c, const std::string& column) {
    Error e = makeError(ErrorKind::AlreadyExists,
                        "Column " + column + " already exists in the " + tableText(c) + " table.");
    e.resourceType = "COLUMN";
    e.resourceName = column;
    return e;
}

bool contains(const std::vector<std::string>& items, const std::string& s) {
    return std::find(items.begin(), items.end(), s) != items.end();
}

// "a, b,,c " -> [a, b, c]: Paimon's comma lists, entries trimmed, empties dropped.
std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t comma = s.find(',', start);
        if (comma == std::string::npos) comma = s.size();
        std::string_view item = trimAscii(std::string_view(s).substr(start, comma - start));
        if (!item.empty()) out.emplace_back(item);
        start = comma + 1;
    }
    return out;
}

std::vector<std::string> duplicatesOf(const std::vector<std::string>& items) {
    std::vector<std::string> dups;
    std::set<std::string> seen;
    for (const auto& s : items)
        if (!seen.insert(s).second && !contains(dups, s)) dups.push_back(s);
    return dups;
}

std::optional<std::string> optionOf(const Options& o, const std::string& key) {
    auto it = o.find(key);
    if (it == o.end()) return std::nullopt;
    return it->second;
}

Result<bool> boolOption(const Options& o, const std::string& key, bool fallback) {
    auto v = optionOf(o, key);
    if (!v) return fallback;
    std::string lower = toLowerAscii(trimAscii(*v));
    if (lower == "true") return true;
    if (lower == "false") return false;
    return rule("Could not parse value '" + *v + "' for key '" + key + "': expected true or false");
}

Result<int64_t> intOption(const Options& o, const std::string& key, int64_t fallback) {
    auto v = optionOf(o, key);
    if (!v) return fallback;
    std::string_view text = trimAscii(*v);
    int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || text.empty()) {
        return rule("Could not parse value '" + *v + "' for key '" + key + "': expected a number");
    }
    return value;
}

std::vector<std::string> fieldNames(const std::vector<DataField>& fields) {
    std::vector<std::string> names;
    names.reserve(fields.size());
    for (const auto& f : fields)
        names.push_back(f.name);
    return names;
}

const DataField* findField(const std::vector<DataField>& fields, const std::string& name) {
    for (const auto& f : fields)
        if (f.name == name) return &f;
    return nullptr;
}

bool isDirective(const std::optional<std::string>& comment) {
    return comment && (comment->starts_with("__BLOB") || comment->starts_with("__VECTOR"));
}

}  // namespace paimon::schema_detail
