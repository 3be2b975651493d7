#include "core/types/TypeParser.h"

#include <algorithm>

#include <charconv>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/util/Encoding.h"

namespace paimon {
namespace {

enum class Tok { BeginSub, EndSub, BeginParam, EndParam, Comma, Dot, String, Int, Word, QuotedId };

struct Token {
    Tok kind;
    size_t pos;
    std::string text;  // upper-cased for Word
    std::string raw;   // as written (Word, QuotedId, String)
};

struct ParseFailed {
    size_t pos;
    std::string reason;
};

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isDelimiter(char c) {
    return isSpace(c) || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == '.';
}

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    out.reserve(8);  // most types are a few tokens: one allocation instead of four
    for (size_t i = 0; i < s.size();) {
        char c = s[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        switch (c) {
            case '<':
                out.push_back({Tok::BeginSub, i, "<", "<"});
                ++i;
                continue;
            case '>':
                out.push_back({Tok::EndSub, i, ">", ">"});
                ++i;
                continue;
            case '(':
                out.push_back({Tok::BeginParam, i, "(", "("});
                ++i;
                continue;
            case ')':
                out.push_back({Tok::EndParam, i, ")", ")"});
                ++i;
                continue;
            case ',':
                out.push_back({Tok::Comma, i, ",", ","});
                ++i;
                continue;
            case '.':
                out.push_back({Tok::Dot, i, ".", "."});
                ++i;
                continue;
            default:
                break;
        }
        if (c == '\'' || c == '`') {
            size_t start = i;
            std::string text;
            ++i;
            bool closed = false;
            while (i < s.size()) {
                if (s[i] == c) {
                    if (i + 1 < s.size() && s[i + 1] == c) {  // doubled quote escapes itself
                        text += c;
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                text += s[i++];
            }
            if (!closed) {
                throw ParseFailed{start, c == '\'' ? "unterminated string literal"
                                                   : "unterminated quoted identifier"};
            }
            out.push_back({c == '\'' ? Tok::String : Tok::QuotedId, start, text, text});
            continue;
        }
        size_t start = i;
        if (c >= '0' && c <= '9') {
            while (i < s.size() && s[i] >= '0' && s[i] <= '9')
                ++i;
            std::string digits(s.substr(start, i - start));
            out.push_back({Tok::Int, start, digits, digits});
            continue;
        }
        while (i < s.size() && !isDelimiter(s[i]) && s[i] != '\'' && s[i] != '`')
            ++i;
        std::string raw(s.substr(start, i - start));
        out.push_back({Tok::Word, start, toUpperAscii(raw), raw});
    }
    return out;
}

constexpr int kMaxDepth = kMaxTypeDepth;

}  // namespace

int typeDepth(const DataType& t) {
    int below = 0;
    switch (t.root()) {
        case TypeRoot::Array:
        case TypeRoot::Multiset:
        case TypeRoot::Vector:
            below = typeDepth(t.element());
            break;
        case TypeRoot::Map:
            below = std::max(typeDepth(t.key()), typeDepth(t.value()));
            break;
        case TypeRoot::Row:
            for (const DataField& f : t.fields())
                below = std::max(below, typeDepth(f.type));
            break;
        default:
            break;
    }
    return 1 + below;
}

namespace {

class Parser {
public:
    Parser(std::string_view input, std::vector<Token> tokens, FieldIdCounter& ids)
        : input_(input), tokens_(std::move(tokens)), ids_(ids) {}

    DataType parseAll() {
        if (tokens_.empty()) throw ParseFailed{0, "the type is empty"};
        DataType t = parseTypeWithNullability();
        if (pos_ < tokens_.size()) {
            const Token& tk = tokens_[pos_];
            throw ParseFailed{tk.pos, "unexpected '" + tk.raw + "' after the end of the type"};
        }
        return t;
    }

private:
    size_t endPos() const { return input_.size(); }

    bool atEnd() const { return pos_ >= tokens_.size(); }
    const Token* peek(size_t ahead = 0) const {
        return pos_ + ahead < tokens_.size() ? &tokens_[pos_ + ahead] : nullptr;
    }
    bool peekIs(Tok k, size_t ahead = 0) const {
        const Token* t = peek(ahead);
        return t && t->kind == k;
    }
    bool peekWord(const char* word, size_t ahead = 0) const {
        const Token* t = peek(ahead);
        return t && t->kind == Tok::Word && t->text == word;
    }

    const Token& next(Tok expected, const char* what) {
        if (atEnd()) throw ParseFailed{endPos(), std::string("unexpected end, expected ") + what};
        const Token& t = tokens_[pos_];
        if (t.kind != expected) {
            throw ParseFailed{t.pos,
                              std::string("expected ") + what + " but found '" + t.raw + "'"};
        }
        ++pos_;
        return t;
    }

    void nextWord(const char* word) {
        if (atEnd()) {
            throw ParseFailed{endPos(), std::string("unexpected end, expected ") + word};
        }
        const Token& t = tokens_[pos_];
        if (t.kind != Tok::Word || t.text != word) {
            throw ParseFailed{t.pos,
                              std::string("expected ") + word + " but found '" + t.raw + "'"};
        }
        ++pos_;
    }

    int32_t nextInt(const char* what) {
        const Token& t = next(Tok::Int, what);
        int32_t v = 0;
        auto [p, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), v);
        if (ec != std::errc() || p != t.text.data() + t.text.size()) {
            throw ParseFailed{t.pos, "the number " + t.text + " is too large"};
        }
        return v;
    }

    bool parseNullability() {
        if (peekWord("NOT") && peekWord("NULL", 1)) {
            pos_ += 2;
            return false;
        }
        if (peekWord("NULL")) {
            ++pos_;
            return true;
        }
        return true;
    }

    DataType parseTypeWithNullability() {
        if (++depth_ > kMaxDepth) {
            throw ParseFailed{
                peek() ? peek()->pos : endPos(),
                "types are nested more than " + std::to_string(kMaxDepth) + " levels deep"};
        }
        class DepthGuard {
        public:
            explicit DepthGuard(int& depth) : depth_(depth) {}
            DepthGuard(const DepthGuard&) = delete;
            DepthGuard& operator=(const DepthGuard&) = delete;
            DepthGuard(DepthGuard&&) = delete;
            DepthGuard& operator=(DepthGuard&&) = delete;
            ~DepthGuard() { --depth_; }

        private:
            int& depth_;
        } guard{depth_};
        DataType t = parseTypeByKeyword();
        t = t.withNullable(parseNullability());
        // Suffix notation: "INT ARRAY", "STRING NOT NULL MULTISET NOT NULL". Each suffix is a
        // level too: the type must print (as ARRAY<...>) within the same depth limit.
        int levels = depth_ - 1 + typeDepth(t);
        while (peekWord("ARRAY") || peekWord("MULTISET")) {
            bool isArray = peek()->text == "ARRAY";
            if (++levels > kMaxDepth) {
                throw ParseFailed{peek()->pos, "types are nested more than " +
                                                   std::to_string(kMaxDepth) + " levels deep"};
            }
            ++pos_;
            t = isArray ? DataType::array(std::move(t)) : DataType::multiset(std::move(t));
            t = t.withNullable(parseNullability());
        }
        return t;
    }

    int32_t optionalLength(const char* family, int32_t min, int32_t fallback) {
        if (!peekIs(Tok::BeginParam)) return fallback;
        ++pos_;
        size_t at = peek() ? peek()->pos : endPos();
        int32_t n = nextInt("a length");
        next(Tok::EndParam, "')'");
        if (n < min) {
            throw ParseFailed{at, std::string(family) + " length must be between " +
                                      std::to_string(min) + " and 2147483647, got " +
                                      std::to_string(n)};
        }
        return n;
    }

    int optionalPrecision(const char* family, int fallback) {
        if (!peekIs(Tok::BeginParam)) return fallback;
        ++pos_;
        size_t at = peek() ? peek()->pos : endPos();
        int32_t p = nextInt("a precision");
        next(Tok::EndParam, "')'");
        if (p < 0 || p > DataType::kMaxTimePrecision) {
            throw ParseFailed{at, std::string(family) + " precision must be between 0 and 9, got " +
                                      std::to_string(p)};
        }
        return p;
    }

    DataType parseDecimal() {
        int precision = 10, scale = 0;
        size_t pAt = 0, sAt = 0;
        if (peekIs(Tok::BeginParam)) {
            ++pos_;
            pAt = peek() ? peek()->pos : endPos();
            precision = nextInt("a precision");
            if (peekIs(Tok::Comma)) {
                ++pos_;
                sAt = peek() ? peek()->pos : endPos();
                scale = nextInt("a scale");
            }
            next(Tok::EndParam, "')'");
        }
        if (precision < 1 || precision > DataType::kMaxDecimalPrecision) {
            throw ParseFailed{pAt, "DECIMAL precision must be between 1 and 38, got " +
                                       std::to_string(precision)};
        }
        if (scale < 0 || scale > precision) {
            throw ParseFailed{sAt, "DECIMAL scale must be between 0 and the precision (" +
                                       std::to_string(precision) + "), got " +
                                       std::to_string(scale)};
        }
        return DataType::decimal(precision, scale);
    }

    void skipWithoutTimeZone() {
        if (peekWord("WITHOUT")) {
            ++pos_;
            nextWord("TIME");
            nextWord("ZONE");
        }
    }

    DataType parseTimestamp() {
        int p = optionalPrecision("TIMESTAMP", 6);
        if (peekWord("WITHOUT")) {
            skipWithoutTimeZone();
        } else if (peekWord("WITH")) {
            size_t at = peek()->pos;
            ++pos_;
            if (peekWord("LOCAL")) {
                ++pos_;
                nextWord("TIME");
                nextWord("ZONE");
                return DataType::localZonedTimestamp(p);
            }
            throw ParseFailed{at,
                              "TIMESTAMP WITH TIME ZONE is not supported; use "
                              "TIMESTAMP WITH LOCAL TIME ZONE"};
        }
        return DataType::timestamp(p);
    }

    std::string geoParameter() {
        if (atEnd()) throw ParseFailed{endPos(), "unexpected end, expected a CRS"};
        const Token& t = tokens_[pos_];
        if (t.kind != Tok::Word && t.kind != Tok::String && t.kind != Tok::QuotedId) {
            throw ParseFailed{t.pos, "expected a CRS or edge algorithm but found '" + t.raw + "'"};
        }
        ++pos_;
        if (t.text.empty()) throw ParseFailed{t.pos, "the CRS must not be empty"};
        return t.raw;
    }

    DataType parseGeo(bool geography) {
        if (!peekIs(Tok::BeginParam)) {
            return geography ? DataType::geography() : DataType::geometry();
        }
        ++pos_;
        std::string crs = geoParameter();
        std::string algorithm = DataType::kDefaultEdgeAlgorithm;
        if (geography && peekIs(Tok::Comma)) {
            ++pos_;
            size_t at = peek() ? peek()->pos : endPos();
            algorithm = toLowerAscii(geoParameter());
            static const char* kAlgorithms[] = {"spherical", "vincenty", "thomas", "andoyer",
                                                "karney"};
            bool known = false;
            for (const char* a : kAlgorithms)
                known = known || algorithm == a;
            if (!known) {
                throw ParseFailed{at, "unknown edge interpolation algorithm '" + algorithm +
                                          "' (spherical, vincenty, thomas, andoyer, karney)"};
            }
        }
        next(Tok::EndParam, "')'");
        return geography ? DataType::geography(crs, algorithm) : DataType::geometry(crs);
    }

    DataType parseElementIn(const char* family) {
        next(Tok::BeginSub, (std::string("'<' after ") + family).c_str());
        DataType element = parseTypeWithNullability();
        next(Tok::EndSub, "'>'");
        return element;
    }

    DataType parseVector() {
        next(Tok::BeginSub, "'<' after VECTOR");
        size_t elementAt = peek() ? peek()->pos : endPos();
        DataType element = parseTypeWithNullability();
        next(Tok::Comma, "',' and the vector length");
        size_t lengthAt = peek() ? peek()->pos : endPos();
        int32_t length = nextInt("the vector length");
        next(Tok::EndSub, "'>'");
        if (auto problem = DataType::vectorElementProblem(element)) {
            throw ParseFailed{elementAt, *problem};
        }
        if (length < 1) {
            throw ParseFailed{lengthAt, "VECTOR length must be between 1 and 2147483647, got " +
                                            std::to_string(length)};
        }
        return DataType::vector(std::move(element), length);
    }

    DataType parseRow() {
        Tok close = Tok::EndSub;
        if (peekIs(Tok::BeginSub)) {
            close = Tok::EndSub;
        } else if (peekIs(Tok::BeginParam)) {
            close = Tok::EndParam;
        } else {
            throw ParseFailed{peek() ? peek()->pos : endPos(), "expected '<' after ROW"};
        }
        ++pos_;
        std::vector<DataField> fields;
        std::unordered_set<std::string> names;
        if (peekIs(close)) {
            ++pos_;
            return DataType::row(std::move(fields));
        }
        while (true) {
            if (atEnd()) throw ParseFailed{endPos(), "unexpected end, expected a field name"};
            const Token& nameTok = tokens_[pos_];
            if (nameTok.kind != Tok::Word && nameTok.kind != Tok::QuotedId) {
                throw ParseFailed{nameTok.pos,
                                  "expected a field name but found '" + nameTok.raw + "'"};
            }
            ++pos_;
            if (!names.insert(nameTok.raw).second) {
                throw ParseFailed{nameTok.pos, "duplicate field name '" + nameTok.raw + "'"};
            }
            DataField field;
            field.id = ids_.next();
            field.name = nameTok.raw;
            field.type = parseTypeWithNullability();
            if (peekIs(Tok::String)) field.description = tokens_[pos_++].text;
            fields.push_back(std::move(field));
            if (peekIs(Tok::Comma)) {
                ++pos_;
                continue;
            }
            next(close, close == Tok::EndSub ? "',' or '>'" : "',' or ')'");
            break;
        }
        return DataType::row(std::move(fields));
    }

    DataType parseTypeByKeyword() {
        if (atEnd()) throw ParseFailed{endPos(), "unexpected end, expected a type"};
        const Token& t = tokens_[pos_];
        if (t.kind != Tok::Word) {
            throw ParseFailed{t.pos,
                              std::string("expected a type name but found ") +
                                  (t.kind == Tok::Int ? "the number " + t.raw : "'" + t.raw + "'")};
        }
        ++pos_;
        const std::string& w = t.text;
        if (w == "CHAR" || w == "CHARACTER") {
            return DataType::charType(optionalLength("CHAR", 1, 1));
        }
        if (w == "VARCHAR") return DataType::varchar(optionalLength("VARCHAR", 1, 1));
        if (w == "STRING") return DataType::string();
        if (w == "BOOLEAN") return DataType::atomic(TypeRoot::Boolean);
        if (w == "BINARY") return DataType::binary(optionalLength("BINARY", 1, 1));
        if (w == "VARBINARY") return DataType::varbinary(optionalLength("VARBINARY", 1, 1));
        if (w == "BYTES") return DataType::bytes();
        if (w == "DECIMAL" || w == "NUMERIC" || w == "DEC") return parseDecimal();
        if (w == "TINYINT") return DataType::atomic(TypeRoot::TinyInt);
        if (w == "SMALLINT") return DataType::atomic(TypeRoot::SmallInt);
        if (w == "INT" || w == "INTEGER") return DataType::atomic(TypeRoot::Int);
        if (w == "BIGINT") return DataType::atomic(TypeRoot::BigInt);
        if (w == "FLOAT") return DataType::atomic(TypeRoot::Float);
        if (w == "DOUBLE") {
            if (peekWord("PRECISION")) ++pos_;
            return DataType::atomic(TypeRoot::Double);
        }
        if (w == "DATE") return DataType::atomic(TypeRoot::Date);
        if (w == "TIME") {
            int p = optionalPrecision("TIME", 0);
            skipWithoutTimeZone();
            return DataType::time(p);
        }
        if (w == "TIMESTAMP") return parseTimestamp();
        if (w == "TIMESTAMP_LTZ") {
            return DataType::localZonedTimestamp(optionalPrecision("TIMESTAMP_LTZ", 6));
        }
        if (w == "VARIANT") return DataType::atomic(TypeRoot::Variant);
        if (w == "BLOB") return DataType::atomic(TypeRoot::Blob);
        if (w == "GEOMETRY") return parseGeo(false);
        if (w == "GEOGRAPHY") return parseGeo(true);
        if (w == "ARRAY") return DataType::array(parseElementIn("ARRAY"));
        if (w == "MULTISET") return DataType::multiset(parseElementIn("MULTISET"));
        if (w == "MAP") {
            next(Tok::BeginSub, "'<' after MAP");
            DataType key = parseTypeWithNullability();
            next(Tok::Comma, "',' between the MAP key and value types");
            DataType value = parseTypeWithNullability();
            next(Tok::EndSub, "'>'");
            return DataType::map(std::move(key), std::move(value));
        }
        if (w == "ROW") return parseRow();
        if (w == "VECTOR") return parseVector();
        if (w == "INTERVAL" || w == "RAW" || w == "LEGACY") {
            throw ParseFailed{t.pos, "Paimon does not support the type " + w};
        }
        throw ParseFailed{t.pos, "unknown type '" + t.raw + "'"};
    }

    std::string_view input_;
    std::vector<Token> tokens_;
    FieldIdCounter& ids_;
    size_t pos_ = 0;
    int depth_ = 0;
};

}  // namespace

Result<DataType> parseDataType(std::string_view sql, FieldIdCounter* ids,
                               TypeParseFailure* failure) {
    FieldIdCounter local;
    FieldIdCounter& counter = ids ? *ids : local;
    if (!isValidUtf8(sql)) {
        if (failure) {
            failure->position = 0;
            failure->reason = "the type is not valid UTF-8";
        }
        return makeError(ErrorKind::BadRequest, "Could not parse type: it is not valid UTF-8");
    }
    try {
        Parser parser(sql, tokenize(sql), counter);
        return parser.parseAll();
    } catch (const ParseFailed& f) {
        if (failure) {
            failure->position = f.pos;
            failure->reason = f.reason;
        }
        return makeError(ErrorKind::BadRequest, "Could not parse type '" + std::string(sql) +
                                                    "' at position " + std::to_string(f.pos) +
                                                    ": " + f.reason);
    }
}

}  // namespace paimon
