#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/util/Result.h"

// Reading JSON text. Every decoder of the project reads through these two classes; writing
// goes through nlohmann-json. The parser is simdjson's DOM parser: it builds one flat tape
// per document instead of a tree of heap nodes, which is what makes the large get-table and
// list responses cheap to decode (docs/PERFORMANCE.md). The library stays out of this header.
namespace paimon::json {

class Document;

// One value of a parsed document, valid while its Document lives. Cheap to copy.
class Value {
public:
    enum class Type { Null, Bool, Integer, Number, String, Array, Object };

    Type type() const;
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    // A number written without fraction or exponent that fits in 64 bits (signed or not).
    bool isInteger() const { return type() == Type::Integer; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    // Each of these needs the value to be of its type; anything else is a programming error.
    bool boolean() const;
    std::string_view string() const;  // unescaped UTF-8, into the document
    // An integer that fits in int64_t; nullopt for one that does not or for a non-integer.
    std::optional<int64_t> int64() const;
    // Any number (integer or not) as a double; nullopt for a non-number.
    std::optional<double> number() const;

    // An object's member by name, or nullopt when it is absent or null (JSON null and
    // absence mean the same to every message). Of duplicate names the last one counts, as
    // with Jackson on the Java side.
    std::optional<Value> member(std::string_view name) const;
    // An object's members in document order.
    std::vector<std::pair<std::string_view, Value>> members() const;
    // An array's elements in order.
    std::vector<Value> elements() const;

    // The value as compact JSON text.
    std::string dump() const;

private:
    friend class Document;
    Value() = default;
    // simdjson's dom::element (a document pointer and a tape index), kept opaque.
    alignas(8) unsigned char element_[16] = {};
};

// A parsed JSON text. Parsers (and their buffers) are reused per thread.
class Document {
public:
    // Fails with `kind` and a reason that quotes nothing of the text: "the body is empty",
    // "the body is not valid JSON (…)".
    static Result<Document> parse(std::string_view text, ErrorKind kind);

    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;
    Document(Document&& other) noexcept;
    Document& operator=(Document&& other) noexcept;
    ~Document();

    Value root() const { return root_; }

private:
    struct Parser;
    static std::vector<std::unique_ptr<Parser>>& pool();  // this thread's idle parsers
    explicit Document(std::unique_ptr<Parser> parser);
    std::unique_ptr<Parser> parser_;
    Value root_;
};

}  // namespace paimon::json
