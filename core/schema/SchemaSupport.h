#pragma once

// What the schema rules share between their files (core/schema/Schema*.cpp): messages, option
// parsing, field paths. Not part of the core's API; SchemaRules.h is.
#include <climits>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/schema/SchemaRules.h"

namespace paimon::schema_detail {

// Ids at and above this are Paimon's system fields; they do not count for highestFieldId.
inline constexpr int kSystemFieldIdStart = INT_MAX / 2;

// Where a change's path points: the ROW level holding its last name, or, when the path ends in
// an ARRAY/MAP placeholder ("element", "value"), that element or value type.
struct Location {
    std::vector<DataField>* level = nullptr;
    DataType* placeholder = nullptr;
    std::string name;
    DataField* field() const {
        if (!level) return nullptr;
        for (DataField& f : *level)
            if (f.name == name) return &f;
        return nullptr;
    }
};

const std::set<std::string>& immutableOptions();

Error rule(std::string message);

std::string join(const std::vector<std::string>& items, const char* sep);

std::string listText(const std::vector<std::string>& items);

std::string pathText(const std::vector<std::string>& path, size_t count = SIZE_MAX);

std::string tableText(const SchemaContext& c);

Error columnNotExist(const SchemaContext& c, const std::string& column);

Error columnAlreadyExists(const SchemaContext& c, const std::string& column);

bool contains(const std::vector<std::string>& items, const std::string& s);

std::vector<std::string> splitList(const std::string& s);

std::vector<std::string> duplicatesOf(const std::vector<std::string>& items);

std::optional<std::string> optionOf(const Options& o, const std::string& key);

Result<bool> boolOption(const Options& o, const std::string& key, bool fallback);

Result<int64_t> intOption(const Options& o, const std::string& key, int64_t fallback);

std::vector<std::string> fieldNames(const std::vector<DataField>& fields);

const DataField* findField(const std::vector<DataField>& fields, const std::string& name);

bool isDirective(const std::optional<std::string>& comment);

std::optional<Error> checkRowNames(const std::vector<DataField>& fields);

Result<int> highestFieldIdOf(const std::vector<DataField>& fields);

void reassignIds(DataType& t, int& counter);

Result<Schema> normalize(Schema s);

std::optional<Error> checkKeys(const TableSchema& t);

bool isKeyableType(const DataType& t);

std::optional<Error> checkDefaults(const std::vector<DataField>& fields);

std::optional<Error> checkDirectives(const std::vector<DataField>& fields);

std::optional<Error> insertWithMove(std::vector<DataField>& level, DataField field,
                                    const std::optional<Move>& move, const SchemaContext& ctx);

std::optional<Error> applyMove(std::vector<DataField>& fields, const Move& move);

Result<Location> locate(std::vector<DataField>& top, const std::vector<std::string>& path,
                        const SchemaContext& ctx);

Result<DataType*> locateType(std::vector<DataField>& top, const std::vector<std::string>& path,
                             const SchemaContext& ctx, DataField** fieldOut = nullptr);

Result<DataField*> locateField(std::vector<DataField>& top, const std::vector<std::string>& path,
                               const SchemaContext& ctx);

std::string nullToNotNullMessage(const std::string& column);

std::optional<Error> checkOptionChangeWithSnapshots(const Options& options, const std::string& key,
                                                    const std::optional<std::string>& newValue);

void renameInOptions(Options& options, const std::string& from, const std::string& to);

// Option keys that embed column names, fields.<a,b>.<suffix>, where the suffix may hold dots
// too (fields.v.pk-vector.index.type): every way to split such a key, as (names, suffix).
std::vector<std::pair<std::vector<std::string>, std::string>> fieldsOptionSplits(
    const std::string& key);

}  // namespace paimon::schema_detail
