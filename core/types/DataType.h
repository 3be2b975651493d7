#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace paimon {

// Every Paimon data type family (PROTOCOL.md §5.1).
enum class TypeRoot {
    Char,
    VarChar,
    Boolean,
    Binary,
    VarBinary,
    Decimal,
    TinyInt,
    SmallInt,
    Int,
    BigInt,
    Float,
    Double,
    Date,
    Time,
    Timestamp,
    LocalZonedTimestamp,
    Variant,
    Blob,
    Geometry,
    Geography,
    Array,
    Multiset,
    Map,
    Row,
    Vector,
};

struct DataField;

// A data type as a value tree. Atomic types carry their parameters; ARRAY, MULTISET and
// VECTOR one child (the element), MAP two (key, value), ROW its fields.
class DataType {
public:
    static constexpr int32_t kMaxLength = 2147483647;
    static constexpr int kMaxDecimalPrecision = 38;
    static constexpr int kMaxTimePrecision = 9;
    static constexpr const char* kDefaultCrs = "OGC:CRS84";
    static constexpr const char* kDefaultEdgeAlgorithm = "spherical";

    DataType();                             // a nullable INT
    static DataType atomic(TypeRoot root);  // parameterless families only
    static DataType charType(int32_t length);
    static DataType varchar(int32_t length);
    static DataType string();  // VARCHAR(2147483647)
    static DataType binary(int32_t length);
    static DataType varbinary(int32_t length);
    static DataType bytes();  // VARBINARY(2147483647)
    static DataType decimal(int precision, int scale);
    static DataType time(int precision);
    static DataType timestamp(int precision);
    static DataType localZonedTimestamp(int precision);
    static DataType geometry(std::string crs = kDefaultCrs);
    static DataType geography(std::string crs = kDefaultCrs,
                              std::string edgeAlgorithm = kDefaultEdgeAlgorithm);
    static DataType array(DataType element);
    static DataType multiset(DataType element);
    static DataType map(DataType key, DataType value);
    static DataType row(std::vector<DataField> fields);
    static DataType vector(DataType element, int32_t length);

    TypeRoot root() const { return root_; }
    bool nullable() const { return nullable_; }
    DataType withNullable(bool nullable) const;
    DataType notNull() const;

    int32_t length() const { return length_; }    // CHAR/VARCHAR/BINARY/VARBINARY/VECTOR
    int precision() const { return precision_; }  // DECIMAL/TIME/TIMESTAMP/LTZ
    int scale() const { return scale_; }          // DECIMAL
    const std::string& crs() const { return crs_; }
    const std::string& edgeAlgorithm() const { return edgeAlgorithm_; }

    const DataType& element() const;               // ARRAY/MULTISET/VECTOR
    const DataType& key() const;                   // MAP
    const DataType& value() const;                 // MAP
    const std::vector<DataField>& fields() const;  // ROW
    // In-place access for the schema-change engine, which edits nested levels.
    DataType& mutableElement();               // ARRAY/MULTISET/VECTOR
    DataType& mutableValue();                 // MAP
    std::vector<DataField>& mutableFields();  // ROW
    bool isNested() const;
    // Why `element` cannot be a VECTOR element (only BOOLEAN, TINYINT, SMALLINT, INT, BIGINT,
    // FLOAT and DOUBLE can), or nothing when it can.
    static std::optional<std::string> vectorElementProblem(
        const DataType& element);  // written as a JSON object rather than a string

    // Canonical SQL form, as Paimon's asSQLString prints it: "DECIMAL(10, 2) NOT NULL",
    // "MAP<STRING, INT>", "ROW<`a` INT 'comment'>".
    std::string sql() const;

    // Highest field id used anywhere inside this type, or `floor` when there is none.
    int highestFieldId(int floor) const;

    bool operator==(const DataType& other) const;

private:
    void appendSql(std::string& out) const;

    TypeRoot root_ = TypeRoot::Int;
    bool nullable_ = true;
    int32_t length_ = 0;
    int precision_ = 0;
    int scale_ = 0;
    std::string crs_;
    std::string edgeAlgorithm_;
    std::vector<DataType> children_;
    std::vector<DataField> fields_;
};

struct DataField {
    int id = 0;
    std::string name;
    DataType type;
    std::optional<std::string> description;
    std::optional<std::string> defaultValue;

    // "`name` TYPE 'description'" as inside ROW<...>.
    std::string sql() const;
    bool operator==(const DataField& other) const = default;
};

// Defined here, where DataField is complete: a DataType by value destroys its fields.
inline DataType DataType::string() {
    return varchar(kMaxLength);
}
inline DataType DataType::bytes() {
    return varbinary(kMaxLength);
}
inline DataType DataType::notNull() const {
    return withNullable(false);
}

// The family keyword a user picks from: "DECIMAL", "ROW", "TIMESTAMP WITH LOCAL TIME ZONE".
const char* typeRootName(TypeRoot root);

// Java's EncodingUtils.escapeIdentifier: `name` with backquotes doubled.
std::string quoteIdentifier(const std::string& name);
// 'text' with single quotes doubled.
std::string quoteStringLiteral(const std::string& text);

}  // namespace paimon
