#include "core/types/DataType.h"

#include <algorithm>
#include <cassert>

namespace paimon {
namespace {

bool crsNeedsQuotes(const std::string& crs) {
    if (crs.empty()) return true;
    if (crs[0] >= '0' && crs[0] <= '9') return true;
    return std::ranges::any_of(crs, [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
               c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == '.' || c == '\'' ||
               c == '`';
    });
}

std::string formatCrs(const std::string& crs) {
    return crsNeedsQuotes(crs) ? quoteStringLiteral(crs) : crs;
}

}  // namespace

DataType::DataType() = default;

DataType DataType::atomic(TypeRoot root) {
    DataType t;
    t.root_ = root;
    switch (root) {
        case TypeRoot::Char:
        case TypeRoot::VarChar:
        case TypeRoot::Binary:
        case TypeRoot::VarBinary:
            t.length_ = 1;
            break;
        case TypeRoot::Decimal:
            t.precision_ = 10;
            break;
        case TypeRoot::Timestamp:
        case TypeRoot::LocalZonedTimestamp:
            t.precision_ = 6;
            break;
        case TypeRoot::Geometry:
        case TypeRoot::Geography:
            t.crs_ = kDefaultCrs;
            if (root == TypeRoot::Geography) t.edgeAlgorithm_ = kDefaultEdgeAlgorithm;
            break;
        default:
            break;
    }
    return t;
}

DataType DataType::charType(int32_t length) {
    DataType t = atomic(TypeRoot::Char);
    t.length_ = length;
    return t;
}
DataType DataType::varchar(int32_t length) {
    DataType t = atomic(TypeRoot::VarChar);
    t.length_ = length;
    return t;
}
DataType DataType::binary(int32_t length) {
    DataType t = atomic(TypeRoot::Binary);
    t.length_ = length;
    return t;
}
DataType DataType::varbinary(int32_t length) {
    DataType t = atomic(TypeRoot::VarBinary);
    t.length_ = length;
    return t;
}
DataType DataType::decimal(int precision, int scale) {
    DataType t = atomic(TypeRoot::Decimal);
    t.precision_ = precision;
    t.scale_ = scale;
    return t;
}
DataType DataType::time(int precision) {
    DataType t = atomic(TypeRoot::Time);
    t.precision_ = precision;
    return t;
}
DataType DataType::timestamp(int precision) {
    DataType t = atomic(TypeRoot::Timestamp);
    t.precision_ = precision;
    return t;
}
DataType DataType::localZonedTimestamp(int precision) {
    DataType t = atomic(TypeRoot::LocalZonedTimestamp);
    t.precision_ = precision;
    return t;
}
DataType DataType::geometry(std::string crs) {
    DataType t = atomic(TypeRoot::Geometry);
    t.crs_ = std::move(crs);
    return t;
}
DataType DataType::geography(std::string crs, std::string edgeAlgorithm) {
    DataType t = atomic(TypeRoot::Geography);
    t.crs_ = std::move(crs);
    t.edgeAlgorithm_ = std::move(edgeAlgorithm);
    return t;
}
DataType DataType::array(DataType element) {
    DataType t = atomic(TypeRoot::Array);
    t.children_.push_back(std::move(element));
    return t;
}
DataType DataType::multiset(DataType element) {
    DataType t = atomic(TypeRoot::Multiset);
    t.children_.push_back(std::move(element));
    return t;
}
DataType DataType::map(DataType key, DataType value) {
    DataType t = atomic(TypeRoot::Map);
    t.children_.push_back(std::move(key));
    t.children_.push_back(std::move(value));
    return t;
}
DataType DataType::row(std::vector<DataField> fields) {
    DataType t = atomic(TypeRoot::Row);
    t.fields_ = std::move(fields);
    return t;
}
DataType DataType::vector(DataType element, int32_t length) {
    DataType t = atomic(TypeRoot::Vector);
    t.children_.push_back(std::move(element));
    t.length_ = length;
    return t;
}

DataType DataType::withNullable(bool nullable) const {
    DataType t = *this;
    t.nullable_ = nullable;
    return t;
}

const DataType& DataType::element() const {
    assert(root_ == TypeRoot::Array || root_ == TypeRoot::Multiset || root_ == TypeRoot::Vector);
    return children_.at(0);
}
const DataType& DataType::key() const {
    assert(root_ == TypeRoot::Map);
    return children_.at(0);
}
const DataType& DataType::value() const {
    assert(root_ == TypeRoot::Map);
    return children_.at(1);
}
const std::vector<DataField>& DataType::fields() const {
    return fields_;
}
DataType& DataType::mutableElement() {
    assert(root_ == TypeRoot::Array || root_ == TypeRoot::Multiset || root_ == TypeRoot::Vector);
    return children_.at(0);
}
DataType& DataType::mutableValue() {
    assert(root_ == TypeRoot::Map);
    return children_.at(1);
}
std::vector<DataField>& DataType::mutableFields() {
    assert(root_ == TypeRoot::Row);
    return fields_;
}
bool DataType::isNested() const {
    return root_ == TypeRoot::Array || root_ == TypeRoot::Multiset || root_ == TypeRoot::Map ||
           root_ == TypeRoot::Row || root_ == TypeRoot::Vector;
}

std::optional<std::string> DataType::vectorElementProblem(const DataType& element) {
    switch (element.root()) {
        case TypeRoot::Boolean:
        case TypeRoot::TinyInt:
        case TypeRoot::SmallInt:
        case TypeRoot::Int:
        case TypeRoot::BigInt:
        case TypeRoot::Float:
        case TypeRoot::Double:
            return std::nullopt;
        default:
            return "VECTOR elements must be BOOLEAN, TINYINT, SMALLINT, INT, BIGINT, FLOAT or "
                   "DOUBLE, not " +
                   element.sql();
    }
}

std::string DataType::sql() const {
    std::string out;
    appendSql(out);
    return out;
}

void DataType::appendSql(std::string& out) const {
    switch (root_) {
        case TypeRoot::Char:
            out += "CHAR(" + std::to_string(length_) + ")";
            break;
        case TypeRoot::VarChar:
            out += length_ == kMaxLength ? "STRING" : "VARCHAR(" + std::to_string(length_) + ")";
            break;
        case TypeRoot::Boolean:
            out += "BOOLEAN";
            break;
        case TypeRoot::Binary:
            out += "BINARY(" + std::to_string(length_) + ")";
            break;
        case TypeRoot::VarBinary:
            out += length_ == kMaxLength ? "BYTES" : "VARBINARY(" + std::to_string(length_) + ")";
            break;
        case TypeRoot::Decimal:
            out += "DECIMAL(" + std::to_string(precision_) + ", " + std::to_string(scale_) + ")";
            break;
        case TypeRoot::TinyInt:
            out += "TINYINT";
            break;
        case TypeRoot::SmallInt:
            out += "SMALLINT";
            break;
        case TypeRoot::Int:
            out += "INT";
            break;
        case TypeRoot::BigInt:
            out += "BIGINT";
            break;
        case TypeRoot::Float:
            out += "FLOAT";
            break;
        case TypeRoot::Double:
            out += "DOUBLE";
            break;
        case TypeRoot::Date:
            out += "DATE";
            break;
        case TypeRoot::Time:
            out += "TIME(" + std::to_string(precision_) + ")";
            break;
        case TypeRoot::Timestamp:
            out += "TIMESTAMP(" + std::to_string(precision_) + ")";
            break;
        case TypeRoot::LocalZonedTimestamp:
            out += "TIMESTAMP(" + std::to_string(precision_) + ") WITH LOCAL TIME ZONE";
            break;
        case TypeRoot::Variant:
            out += "VARIANT";
            break;
        case TypeRoot::Blob:
            out += "BLOB";
            break;
        case TypeRoot::Geometry:
            out += "GEOMETRY(" + formatCrs(crs_) + ")";
            break;
        case TypeRoot::Geography:
            out += "GEOGRAPHY(" + formatCrs(crs_) + ", " + edgeAlgorithm_ + ")";
            break;
        case TypeRoot::Array:
            out += "ARRAY<";
            children_[0].appendSql(out);
            out += ">";
            break;
        case TypeRoot::Multiset:
            out += "MULTISET<";
            children_[0].appendSql(out);
            out += ">";
            break;
        case TypeRoot::Map:
            out += "MAP<";
            children_[0].appendSql(out);
            out += ", ";
            children_[1].appendSql(out);
            out += ">";
            break;
        case TypeRoot::Row:
            out += "ROW<";
            for (size_t i = 0; i < fields_.size(); ++i) {
                if (i > 0) out += ", ";
                out += fields_[i].sql();
            }
            out += ">";
            break;
        case TypeRoot::Vector:
            out += "VECTOR<";
            children_[0].appendSql(out);
            out += ", " + std::to_string(length_) + ">";
            break;
    }
    if (!nullable_) out += " NOT NULL";
}

int DataType::highestFieldId(int floor) const {
    int highest = floor;
    for (const DataType& child : children_)
        highest = child.highestFieldId(highest);
    for (const DataField& f : fields_) {
        if (f.id > highest) highest = f.id;
        highest = f.type.highestFieldId(highest);
    }
    return highest;
}

bool DataType::operator==(const DataType& o) const {
    return root_ == o.root_ && nullable_ == o.nullable_ && length_ == o.length_ &&
           precision_ == o.precision_ && scale_ == o.scale_ && crs_ == o.crs_ &&
           edgeAlgorithm_ == o.edgeAlgorithm_ && children_ == o.children_ && fields_ == o.fields_;
}

std::string DataField::sql() const {
    std::string out = quoteIdentifier(name) + " " + type.sql();
    if (description) out += " " + quoteStringLiteral(*description);
    return out;
}

const char* typeRootName(TypeRoot root) {
    switch (root) {
        case TypeRoot::Char:
            return "CHAR";
        case TypeRoot::VarChar:
            return "VARCHAR";
        case TypeRoot::Boolean:
            return "BOOLEAN";
        case TypeRoot::Binary:
            return "BINARY";
        case TypeRoot::VarBinary:
            return "VARBINARY";
        case TypeRoot::Decimal:
            return "DECIMAL";
        case TypeRoot::TinyInt:
            return "TINYINT";
        case TypeRoot::SmallInt:
            return "SMALLINT";
        case TypeRoot::Int:
            return "INT";
        case TypeRoot::BigInt:
            return "BIGINT";
        case TypeRoot::Float:
            return "FLOAT";
        case TypeRoot::Double:
            return "DOUBLE";
        case TypeRoot::Date:
            return "DATE";
        case TypeRoot::Time:
            return "TIME";
        case TypeRoot::Timestamp:
            return "TIMESTAMP";
        case TypeRoot::LocalZonedTimestamp:
            return "TIMESTAMP WITH LOCAL TIME ZONE";
        case TypeRoot::Variant:
            return "VARIANT";
        case TypeRoot::Blob:
            return "BLOB";
        case TypeRoot::Geometry:
            return "GEOMETRY";
        case TypeRoot::Geography:
            return "GEOGRAPHY";
        case TypeRoot::Array:
            return "ARRAY";
        case TypeRoot::Multiset:
            return "MULTISET";
        case TypeRoot::Map:
            return "MAP";
        case TypeRoot::Row:
            return "ROW";
        case TypeRoot::Vector:
            return "VECTOR";
    }
    return "?";
}

std::string quoteIdentifier(const std::string& name) {
    std::string out = "`";
    for (char c : name) {
        if (c == '`') out += '`';
        out += c;
    }
    return out + "`";
}

std::string quoteStringLiteral(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

}  // namespace paimon
