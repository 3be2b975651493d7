// BinaryRow partition values and names (HISTORY.md §8, §9), on the worked example, on rows
// Java Paimon wrote into the golden warehouse, and on every partition-key type.
#include "core/fs/BinaryRow.h"

#include <gtest/gtest.h>

#include <cstring>

#include "tests/support/SchemaTestUtil.h"

namespace paimon {
namespace {

using testing::sqlType;

std::string hex(std::string_view text) {
    std::string out;
    for (size_t i = 0; i + 1 < text.size(); i += 2) {
        if (text[i] == ' ') {
            --i;
            continue;
        }
        out.push_back(static_cast<char>(std::stoi(std::string(text.substr(i, 2)), nullptr, 16)));
    }
    return out;
}

// A serialized row of up to 56 fields, written as Java's BinaryRowWriter does.
struct RowBuilder {
    explicit RowBuilder(size_t arity) : arity(arity), row(8 + 8 * arity, '\0') {}
    size_t arity;
    std::string row;
    template <class T>
    RowBuilder& fixed(size_t i, T v) {
        std::memcpy(row.data() + 8 + 8 * i, &v, sizeof v);
        return *this;
    }
    RowBuilder& null(size_t i) {
        row[(i + 8) >> 3] = static_cast<char>(row[(i + 8) >> 3] | (1 << ((i + 8) & 7)));
        return *this;
    }
    RowBuilder& variable(size_t i, std::string_view bytes, uint32_t lower) {
        const uint64_t offset = row.size();
        row.append(bytes);
        row.append((8 - bytes.size() % 8) % 8, '\0');
        return fixed(i, (offset << 32) | lower);
    }
    std::string serialized() const {
        std::string out(4, '\0');
        out[3] = static_cast<char>(arity);
        return out + row;
    }
};

std::string le64(int64_t v) {
    std::string out(8, '\0');
    std::memcpy(out.data(), &v, 8);
    return out;
}

std::vector<DataType> types(std::initializer_list<const char*> sql) {
    std::vector<DataType> out;
    for (const char* s : sql)
        out.push_back(sqlType(s));
    return out;
}

TEST(BinaryRow, TheWorkedExample) {
    const std::string bytes =
        hex("00000002 0000000000000000 0A00000018000000 0500000000000000 "
            "323032342D30312D3031000000000000");
    ASSERT_EQ(bytes.size(), 44u);
    auto values = partitionValues(bytes, types({"STRING", "INT"}));
    ASSERT_TRUE(values.ok()) << values.error().describe();
    EXPECT_EQ(*values, (std::vector<std::optional<std::string>>{"2024-01-01", "5"}));
    EXPECT_EQ(partitionName(partitionSpecOf({"dt", "hr"}, *values)), "dt=2024-01-01/hr=5");

    std::string nullHour = bytes;
    nullHour[5] = '\x02';  // bit 9
    std::memset(nullHour.data() + 20, 0, 8);
    auto withNull = partitionValues(nullHour, types({"STRING", "INT"}));
    ASSERT_TRUE(withNull.ok());
    EXPECT_EQ(partitionName(partitionSpecOf({"dt", "hr"}, *withNull)),
              "dt=2024-01-01/hr=__DEFAULT_PARTITION__");
    EXPECT_EQ(partitionName(partitionSpecOf({"dt", "hr"}, {"  ", "5"}, "none")), "dt=none/hr=5");

    auto inline_ =
        partitionValues(hex("00000001 0000000000000000 6162630000000083"), types({"STRING"}));
    ASSERT_TRUE(inline_.ok());
    EXPECT_EQ((*inline_)[0], "abc");
}

TEST(BinaryRow, RowsJavaWroteIntoTheGoldenManifests) {
    // An unpartitioned table's partition: arity 0.
    auto none = partitionValues(hex("00000000 0000000000000000"), {});
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
    EXPECT_EQ(partitionName(partitionSpecOf({}, *none)), "");
    // A key, and the value statistics (1, 'name-1', 'even') of HISTORY.md §11.
    auto key = partitionValues(hex("00000001 0000000000000000 0100000000000000"), types({"INT"}));
    EXPECT_EQ((*key)[0], "1");
    auto stats = partitionValues(hex("00000003 0000000000000000 0100000000000000 "
                                     "6e616d652d310086 6576656e00000084"),
                                 types({"INT", "STRING", "STRING"}));
    ASSERT_TRUE(stats.ok()) << stats.error().describe();
    EXPECT_EQ(*stats, (std::vector<std::optional<std::string>>{"1", "name-1", "even"}));
}

TEST(BinaryRow, EveryPartitionKeyType) {
    RowBuilder b(14);
    b.fixed(0, int8_t{1})                   // BOOLEAN
        .fixed(1, int8_t{-7})               // TINYINT
        .fixed(2, int16_t{300})             // SMALLINT
        .fixed(3, int64_t{-9'000'000'000})  // BIGINT
        .fixed(4, 1.5f)                     // FLOAT
        .fixed(5, 1e10)                     // DOUBLE
        .fixed(6, int32_t{19723})           // DATE: 2024-01-01, legacy day number
        .fixed(7, int32_t{45'000'000})      // TIME: 12:30 in ms
        .fixed(8, int64_t{12345})           // DECIMAL(10, 2)
        .variable(9, hex("FF FF FF FF FF FF FF FF FF FF FF FF FF FF FF FB"),
                  16)                                // DECIMAL(38, 3) -5
        .fixed(10, int64_t{1704110400000})           // TIMESTAMP(3) 2024-01-01 12:00
        .variable(11, le64(1704110405123), 456'789)  // TIMESTAMP(9): epoch ms + nanos
        .variable(12, "a much longer value", 19)     // VARCHAR
        .null(13);                                   // CHAR, null
    auto values = partitionValues(
        b.serialized(), types({"BOOLEAN", "TINYINT", "SMALLINT", "BIGINT", "FLOAT", "DOUBLE",
                               "DATE", "TIME", "DECIMAL(10, 2)", "DECIMAL(38, 3)", "TIMESTAMP(3)",
                               "TIMESTAMP(9)", "VARCHAR(40)", "CHAR(3)"}));
    ASSERT_TRUE(values.ok()) << values.error().describe();
    const std::vector<std::optional<std::string>> expected = {"true",
                                                              "-7",
                                                              "300",
                                                              "-9000000000",
                                                              "1.5",
                                                              "1.0E10",
                                                              "19723",
                                                              "45000000",
                                                              "123.45",
                                                              "-0.005",
                                                              "2024-01-01T12:00",
                                                              "2024-01-01T12:00:05.123456789",
                                                              "a much longer value",
                                                              std::nullopt};
    EXPECT_EQ(*values, expected);
}

TEST(BinaryRow, JavasFloatingPointText) {
    EXPECT_EQ(javaDoubleText(1.0), "1.0");
    EXPECT_EQ(javaDoubleText(0.001), "0.001");
    EXPECT_EQ(javaDoubleText(1e-4), "1.0E-4");
    EXPECT_EQ(javaDoubleText(123456.789), "123456.789");
    EXPECT_EQ(javaDoubleText(1e7), "1.0E7");
    EXPECT_EQ(javaDoubleText(-2.5e-10), "-2.5E-10");
    EXPECT_EQ(javaDoubleText(100.0), "100.0");
    EXPECT_EQ(javaFloatText(0.1f), "0.1");
    EXPECT_EQ(javaDoubleText(0.0), "0.0");
}

TEST(BinaryRow, BytesThatAreNotARowAreClearErrors) {
    EXPECT_EQ(partitionValues("", {}).error().kind, ErrorKind::Io);
    EXPECT_EQ(partitionValues(hex("00000002 0000000000000000"), types({"INT"})).error().kind,
              ErrorKind::Io);  // arity
    EXPECT_EQ(partitionValues(hex("00000001 0000000000000000"), types({"INT"})).error().kind,
              ErrorKind::Io);  // no slot
    // A string pointing beyond the row.
    EXPECT_EQ(partitionValues(hex("00000001 0000000000000000 05000000FF000000"), types({"STRING"}))
                  .error()
                  .kind,
              ErrorKind::Io);
    auto binary =
        partitionValues(hex("00000001 0000000000000000 0100000000000081"), types({"BINARY(1)"}));
    ASSERT_FALSE(binary.ok());
    EXPECT_EQ(binary.error().kind, ErrorKind::NotImplemented);
}

}  // namespace
}  // namespace paimon
