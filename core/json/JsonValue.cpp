#include "core/json/JsonValue.h"

#include <simdjson.h>

#include <cstring>
#include <type_traits>

namespace paimon::json {
namespace {

using simdjson::dom::element;

static_assert(sizeof(element) <= 16 && alignof(element) <= 8,
              "Value keeps a dom::element in 16 bytes");
static_assert(std::is_trivially_copyable_v<element> && std::is_trivially_destructible_v<element>);

// A parser holds buffers sized to the largest document it has read; one that grew past this
// is let go after use rather than kept for the thread's lifetime.
constexpr size_t kKeepCapacity = 4 << 20;
constexpr size_t kPoolSize = 4;

}  // namespace

struct Document::Parser {
    simdjson::dom::parser parser;
};

namespace {

element get(const unsigned char* storage) {
    element e;
    std::memcpy(static_cast<void*>(&e), storage, sizeof(element));
    return e;
}

}  // namespace

std::vector<std::unique_ptr<Document::Parser>>& Document::pool() {
    thread_local std::vector<std::unique_ptr<Parser>> parsers;
    return parsers;
}

// ---- Value ----

Value::Type Value::type() const {
    switch (get(element_).type()) {
        case simdjson::dom::element_type::ARRAY:
            return Type::Array;
        case simdjson::dom::element_type::OBJECT:
            return Type::Object;
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
            return Type::Integer;
        case simdjson::dom::element_type::DOUBLE:
            return Type::Number;
        case simdjson::dom::element_type::STRING:
            return Type::String;
        case simdjson::dom::element_type::BOOL:
            return Type::Bool;
        case simdjson::dom::element_type::NULL_VALUE:
            break;
    }
    return Type::Null;
}

bool Value::boolean() const {
    return get(element_).get_bool().value_unsafe();
}

std::string_view Value::string() const {
    return get(element_).get_string().value_unsafe();
}

std::optional<int64_t> Value::int64() const {
    int64_t out = 0;
    if (get(element_).get_int64().get(out) != simdjson::SUCCESS) return std::nullopt;
    return out;
}

std::optional<double> Value::number() const {
    auto e = get(element_);
    double out = 0;
    if (e.get_double().get(out) == simdjson::SUCCESS) return out;
    int64_t i = 0;
    if (e.get_int64().get(i) == simdjson::SUCCESS) return static_cast<double>(i);
    uint64_t u = 0;
    if (e.get_uint64().get(u) == simdjson::SUCCESS) return static_cast<double>(u);
    return std::nullopt;
}

std::optional<Value> Value::member(std::string_view name) const {
    simdjson::dom::object object;
    if (get(element_).get_object().get(object) != simdjson::SUCCESS) return std::nullopt;
    std::optional<Value> found;
    for (auto field : object) {
        if (field.key != name) continue;
        if (field.value.is_null()) {
            found.reset();
            continue;
        }
        Value v;
        std::memcpy(v.element_, static_cast<const void*>(&field.value), sizeof(element));
        found = v;
    }
    return found;
}

std::vector<std::pair<std::string_view, Value>> Value::members() const {
    std::vector<std::pair<std::string_view, Value>> out;
    simdjson::dom::object object;
    if (get(element_).get_object().get(object) != simdjson::SUCCESS) return out;
    out.reserve(object.size());
    for (auto field : object) {
        Value v;
        std::memcpy(v.element_, static_cast<const void*>(&field.value), sizeof(element));
        out.emplace_back(field.key, v);
    }
    return out;
}

std::vector<Value> Value::elements() const {
    std::vector<Value> out;
    simdjson::dom::array array;
    if (get(element_).get_array().get(array) != simdjson::SUCCESS) return out;
    out.reserve(array.size());
    for (element e : array) {
        Value v;
        std::memcpy(v.element_, static_cast<const void*>(&e), sizeof(element));
        out.push_back(v);
    }
    return out;
}

std::string Value::dump() const {
    return simdjson::minify(get(element_));
}

// ---- Document ----

Document::Document(std::unique_ptr<Parser> parser) : parser_(std::move(parser)) {}
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;

Document::~Document() {
    if (!parser_) return;
    auto& parsers = pool();
    if (parsers.size() < kPoolSize && parser_->parser.capacity() <= kKeepCapacity) {
        parsers.push_back(std::move(parser_));
    }
}

Result<Document> Document::parse(std::string_view text, ErrorKind kind) {
    if (text.empty()) return makeError(kind, "the body is empty");
    std::unique_ptr<Parser> parser;
    auto& parsers = pool();
    if (parsers.empty()) {
        parser = std::make_unique<Parser>();
    } else {
        parser = std::move(parsers.back());
        parsers.pop_back();
    }
    element root;
    // realloc_if_needed: the text is copied into a padded buffer that the parser keeps.
    auto error = parser->parser.parse(text.data(), text.size(), true).get(root);
    if (error != simdjson::SUCCESS) {
        std::string why;
        switch (error) {
            case simdjson::DEPTH_ERROR:
                why = " (nested too deep)";
                break;
            case simdjson::UTF8_ERROR:
                why = " (not UTF-8)";
                break;
            case simdjson::CAPACITY:
                why = " (too large)";
                break;
            case simdjson::NUMBER_ERROR:
                why = " (a number out of range)";
                break;
            default:
                break;
        }
        Document discard(std::move(parser));  // back to the pool
        return makeError(kind, "the body is not valid JSON" + why);
    }
    Document doc(std::move(parser));
    std::memcpy(doc.root_.element_, static_cast<const void*>(&root), sizeof(element));
    return doc;
}

}  // namespace paimon::json
