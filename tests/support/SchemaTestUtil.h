#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/model/Schema.h"
#include "core/types/TypeParser.h"

namespace paimon::testing {

// A type from its SQL form; nested ROW fields are numbered from `firstNestedId`.
inline DataType sqlType(const std::string& sql, int firstNestedId = 100) {
    FieldIdCounter ids{firstNestedId - 1};
    auto t = parseDataType(sql, &ids);
    EXPECT_TRUE(t.ok()) << sql << ": " << (t.ok() ? "" : t.error().message);
    return t.ok() ? *t : DataType();
}

inline DataField column(int id, std::string name, const std::string& sql,
                        std::optional<std::string> comment = std::nullopt,
                        int firstNestedId = 100) {
    return DataField{id, std::move(name), sqlType(sql, firstNestedId), std::move(comment),
                     std::nullopt};
}

}  // namespace paimon::testing
