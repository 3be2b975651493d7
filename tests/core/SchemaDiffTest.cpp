#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "core/model/SchemaChange.h"
#include "core/schema/SchemaDiff.h"
#include "core/schema/SchemaRules.h"
#include "tests/support/SchemaTestUtil.h"

namespace paimon {
namespace {

using testing::column;
using testing::sqlType;

const SchemaContext kCtx{"db", "t", false};

// Field ids zeroed at every level: the catalog numbers new columns itself.
std::vector<DataField> withoutIds(std::vector<DataField> fields);
DataType withoutIds(DataType t) {
    switch (t.root()) {
        case TypeRoot::Row:
            t.mutableFields() = withoutIds(t.fields());
            break;
        case TypeRoot::Array:
        case TypeRoot::Multiset:
            t.mutableElement() = withoutIds(t.element());
            break;
        case TypeRoot::Map:
            t.mutableValue() = withoutIds(t.value());
            break;
        default:
            break;
    }
    return t;
}
std::vector<DataField> withoutIds(std::vector<DataField> fields) {
    for (auto& f : fields) {
        f.id = 0;
        f.type = withoutIds(f.type);
    }
    return fields;
}

std::string describe(const std::vector<SchemaChange>& changes) {
    std::string out;
    for (const auto& c : changes)
        out += "  " + describeSchemaChange(c) + "\n";
    return out;
}

// Applies diff(from, to) to `from` and checks that the result is `to`.
void expectRoundTrip(const TableSchema& from, const Schema& to, const std::string& label) {
    auto changes = diffSchemas(schemaOf(from), to);
    ASSERT_TRUE(changes.ok()) << label << ": " << changes.error().message;
    auto result = applySchemaChanges(from, *changes, kCtx, 0);
    ASSERT_TRUE(result.ok()) << label << ": " << result.error().message << "\nchanges:\n"
                             << describe(*changes);
    EXPECT_EQ(withoutIds(result->fields), withoutIds(to.fields)) << label << "\nchanges:\n"
                                                                 << describe(*changes);
    EXPECT_EQ(result->primaryKeys, to.primaryKeys) << label;
    EXPECT_EQ(result->partitionKeys, to.partitionKeys) << label;
    EXPECT_EQ(result->options, to.options) << label;
    EXPECT_EQ(result->comment, to.comment) << label;
    // Columns that survive keep their ids.
    for (size_t i = 0; i < to.fields.size(); ++i) {
        bool existed = std::any_of(from.fields.begin(), from.fields.end(),
                                   [&](const DataField& f) { return f.id == to.fields[i].id; });
        if (existed) {
            EXPECT_EQ(result->fields[i].id, to.fields[i].id) << label;
        }
    }
}

TableSchema create(const Schema& s) {
    auto t = newTableSchema(s, kCtx, 0);
    EXPECT_TRUE(t.ok()) << t.error().message;
    return *t;
}

TEST(SchemaDiff, NoChangesForTheSameSchema) {
    Schema s;
    s.fields = {column(0, "a", "INT NOT NULL"), column(1, "b", "ROW<x INT>", "c", 5)};
    s.primaryKeys = {"a"};
    auto changes = diffSchemas(s, s);
    ASSERT_TRUE(changes.ok());
    EXPECT_TRUE(changes->empty()) << describe(*changes);
}

TEST(SchemaDiff, SwappedNamesGoThroughATemporaryName) {
    Schema from;
    from.fields = {column(0, "a", "INT"), column(1, "b", "STRING")};
    Schema to = from;
    to.fields[0].name = "b";
    to.fields[1].name = "a";
    auto changes = diffSchemas(from, to);
    ASSERT_TRUE(changes.ok());
    EXPECT_EQ(changes->size(), 3u) << describe(*changes);
    expectRoundTrip(create(from), to, "swap");
}

TEST(SchemaDiff, FewestMovesForAReorder) {
    Schema from;
    for (int i = 0; i < 6; ++i)
        from.fields.push_back(column(i, "c" + std::to_string(i), "INT"));
    Schema to = from;
    // c5 to the front: one move, not five.
    std::rotate(to.fields.begin(), to.fields.begin() + 5, to.fields.end());
    auto changes = diffSchemas(from, to);
    ASSERT_TRUE(changes.ok());
    ASSERT_EQ(changes->size(), 1u) << describe(*changes);
    EXPECT_EQ(std::get<change::UpdateColumnPosition>(changes->front()).move, Move::first("c5"));
    expectRoundTrip(create(from), to, "rotate");
}

TEST(SchemaDiff, ShortestListForTypicalEdits) {
    Schema from;
    from.fields = {column(0, "id", "BIGINT NOT NULL"), column(1, "name", "STRING"),
                   column(2, "price", "DECIMAL(10, 2)")};
    from.primaryKeys = {"id"};
    from.options = {{"bucket", "2"}};
    Schema to = from;
    to.fields[1].name = "customer";
    to.fields[2].type = sqlType("DECIMAL(12, 2)");
    to.fields.push_back(column(3, "note", "STRING", "free text"));
    to.options["snapshot.time-retained"] = "1h";
    to.comment = "orders";
    auto changes = diffSchemas(from, to);
    ASSERT_TRUE(changes.ok());
    EXPECT_EQ(changes->size(), 5u) << describe(*changes);
    expectRoundTrip(create(from), to, "typical");
}

TEST(SchemaDiff, ChangingPartitionKeysIsRefused) {
    Schema from;
    from.fields = {column(0, "a", "INT"), column(1, "p", "STRING"), column(2, "q", "STRING")};
    from.partitionKeys = {"p"};
    Schema to = from;
    to.partitionKeys = {"q"};
    auto changes = diffSchemas(from, to);
    ASSERT_FALSE(changes.ok());
    EXPECT_NE(changes.error().message.find("partition keys"), std::string::npos);
    // Adding partition keys to a table without any goes through the option.
    from.partitionKeys.clear();
    expectRoundTrip(create(from), to, "add partition");
}

TEST(SchemaDiff, ReorderingNestedFieldsIsRefused) {
    Schema from;
    from.fields = {column(0, "r", "ROW<a INT, b INT>", std::nullopt, 1)};
    Schema to = from;
    auto& fields = to.fields[0].type.mutableFields();
    std::swap(fields[0], fields[1]);
    auto changes = diffSchemas(from, to);
    ASSERT_FALSE(changes.ok());
    EXPECT_NE(changes.error().message.find("cannot be reordered"), std::string::npos);
}

TEST(SchemaDiff, ReplacingEveryColumnOfALevel) {
    Schema from;
    from.fields = {column(0, "keep", "INT"), column(1, "r", "ROW<a INT, b INT>", std::nullopt, 2)};
    Schema to = from;
    // Every nested field replaced, one of them by a new column with an old name.
    to.fields[1].type = DataType::row({column(10, "b", "STRING"), column(11, "c", "INT")});
    expectRoundTrip(create(from), to, "replace level");
}

TEST(SchemaDiff, PrimaryKeyReplacement) {
    Schema from;
    from.fields = {column(0, "a", "INT NOT NULL"), column(1, "b", "INT")};
    from.primaryKeys = {"a"};
    Schema to = from;
    to.primaryKeys = {"b"};
    to.fields[1].type = sqlType("INT NOT NULL");
    expectRoundTrip(create(from), to, "replace pk");
    to.primaryKeys.clear();
    to.fields[1].type = sqlType("INT");
    expectRoundTrip(create(from), to, "drop pk");
}

// ---- Property test: random pairs of schemas ----

class Generator {
public:
    explicit Generator(unsigned seed) : rng_(seed) {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
    bool chance(int percent) { return pick(100) < percent; }

    std::string freshName() {
        static const char* stems[] = {"col", "a b", "名字", "x%y", "d$", "sl/ash", "Ünï"};
        return std::string(stems[pick(7)]) + std::to_string(nameCounter_++);
    }

    DataType atomicType() {
        static const char* types[] = {"INT",          "BIGINT", "STRING",         "VARCHAR(20)",
                                      "DOUBLE",       "FLOAT",  "BOOLEAN",        "DATE",
                                      "TIMESTAMP(3)", "BYTES",  "DECIMAL(10, 2)", "SMALLINT"};
        DataType t = sqlType(types[pick(12)]);
        return chance(20) ? t.notNull() : t;
    }

    DataType anyType(int depth) {
        int kind = depth > 1 ? 0 : pick(10);
        if (kind < 6) return atomicType();
        if (kind == 6) return DataType::array(anyType(depth + 1));
        if (kind == 7) return DataType::map(DataType::string().notNull(), anyType(depth + 1));
        std::vector<DataField> fields;
        int n = 1 + pick(3);
        for (int i = 0; i < n; ++i)
            fields.push_back(
                DataField{nextId_++, freshName(), anyType(depth + 1), std::nullopt, std::nullopt});
        return DataType::row(std::move(fields));
    }

    DataField newField(int depth) {
        return DataField{nextId_++, freshName(), anyType(depth), comment(), std::nullopt};
    }

    std::optional<std::string> comment() {
        if (chance(60)) return std::nullopt;
        return "comment " + std::to_string(pick(5));
    }

    Schema randomSchema() {
        Schema s;
        int n = 2 + pick(6);
        for (int i = 0; i < n; ++i)
            s.fields.push_back(newField(0));
        // Keys over atomic columns only.
        std::vector<std::string> atomic;
        for (const auto& f : s.fields)
            if (!f.type.isNested()) atomic.push_back(f.name);
        std::shuffle(atomic.begin(), atomic.end(), rng_);
        if (atomic.size() >= 2 && chance(50)) {
            s.primaryKeys = {atomic[0], atomic[1]};
            if (chance(50)) s.partitionKeys = {atomic[1]};
        } else if (!atomic.empty() && chance(40)) {
            s.partitionKeys = {atomic[0]};
        }
        if (chance(50)) s.options["k" + std::to_string(pick(4))] = "v";
        if (chance(50)) s.comment = "table";
        return s;
    }

    // A new version of `t` reachable by the rules with default options.
    Schema mutate(const TableSchema& t) {
        nextId_ = std::max(nextId_, t.highestFieldId + 1000);
        Schema s = schemaOf(t);
        int edits = 1 + pick(6);
        for (int e = 0; e < edits; ++e) {
            switch (pick(10)) {
                case 0:
                    renameSomething(s.fields, s, true);
                    break;
                case 1:
                    dropSomething(s.fields, s, t, true);
                    break;
                case 2:
                    addSomething(s.fields, 0);
                    break;
                case 3:
                    retypeSomething(s.fields, s, t, true);
                    break;
                case 4:
                    loosenSomething(s.fields, s, true);
                    break;
                case 5:
                    commentSomething(s.fields);
                    break;
                case 6:
                    std::shuffle(s.fields.begin(), s.fields.end(), rng_);
                    break;
                case 7:
                    if (chance(50)) {
                        s.options["k" + std::to_string(pick(4))] = "w" + std::to_string(pick(3));
                    } else if (!s.options.empty()) {
                        s.options.erase(s.options.begin());
                    }
                    break;
                case 8:
                    s.comment = chance(30)
                                    ? std::nullopt
                                    : std::optional<std::string>("c" + std::to_string(pick(3)));
                    break;
                case 9:
                    defaultSomething(s.fields);
                    break;
            }
        }
        return s;
    }

private:
    DataField& anyField(std::vector<DataField>& level) {
        return level[static_cast<size_t>(pick(static_cast<int>(level.size())))];
    }
    std::vector<DataField>* nestedLevel(DataType& t) {
        if (t.root() == TypeRoot::Row) return &t.mutableFields();
        if (t.root() == TypeRoot::Array) return nestedLevel(t.mutableElement());
        if (t.root() == TypeRoot::Map) return nestedLevel(t.mutableValue());
        return nullptr;
    }
    bool isKey(const Schema& s, const std::string& name, bool top) {
        return top && (std::count(s.primaryKeys.begin(), s.primaryKeys.end(), name) ||
                       std::count(s.partitionKeys.begin(), s.partitionKeys.end(), name));
    }
    bool wasKey(const TableSchema& t, int id, bool top) {
        if (!top) return false;
        for (const auto& f : t.fields) {
            if (f.id != id) continue;
            return std::count(t.primaryKeys.begin(), t.primaryKeys.end(), f.name) ||
                   std::count(t.partitionKeys.begin(), t.partitionKeys.end(), f.name);
        }
        return false;
    }

    void renameSomething(std::vector<DataField>& level, Schema& s, bool top) {
        DataField& f = anyField(level);
        if (auto* inner = nestedLevel(f.type); inner && chance(50)) {
            return renameSomething(*inner, s, false);
        }
        if (top && std::count(s.partitionKeys.begin(), s.partitionKeys.end(), f.name)) return;
        std::string newName = chance(30) && level.size() > 1 ? "" : freshName();
        if (newName.empty()) {  // swap two names
            DataField& g = anyField(level);
            if (&g == &f) return;
            if (top && std::count(s.partitionKeys.begin(), s.partitionKeys.end(), g.name)) return;
            if (top) {
                for (auto& k : s.primaryKeys) {
                    if (k == f.name) {
                        k = g.name;
                    } else if (k == g.name) {
                        k = f.name;
                    }
                }
            }
            std::swap(f.name, g.name);
            return;
        }
        if (top) {
            for (auto& k : s.primaryKeys)
                if (k == f.name) k = newName;
        }
        f.name = newName;
    }

    void dropSomething(std::vector<DataField>& level, Schema& s, const TableSchema& t, bool top) {
        size_t i = static_cast<size_t>(pick(static_cast<int>(level.size())));
        if (auto* inner = nestedLevel(level[i].type); inner && chance(50)) {
            return dropSomething(*inner, s, t, false);
        }
        if (level.size() < 2 || isKey(s, level[i].name, top) || wasKey(t, level[i].id, top)) {
            return;
        }
        level.erase(level.begin() + static_cast<ptrdiff_t>(i));
    }

    void addSomething(std::vector<DataField>& level, int depth) {
        if (!level.empty() && chance(40)) {
            if (auto* inner = nestedLevel(anyField(level).type))
                return addSomething(*inner, depth + 1);
        }
        DataField f = newField(depth);
        f.type = f.type.withNullable(true);
        if (chance(30) && !f.type.isNested()) f.defaultValue = defaultFor(f.type);
        level.insert(level.begin() + pick(static_cast<int>(level.size()) + 1), std::move(f));
    }

    void retypeSomething(std::vector<DataField>& level, Schema& s, const TableSchema& t, bool top) {
        DataField& f = anyField(level);
        if (auto* inner = nestedLevel(f.type)) {
            if (chance(70)) return retypeSomething(*inner, s, t, false);
        }
        if (isKey(s, f.name, top) || wasKey(t, f.id, top) || f.type.isNested()) return;
        DataType target = atomicType().withNullable(f.type.nullable() || chance(30));
        if (!canChangeColumnType(f.type, target, true)) return;
        if (f.defaultValue && defaultValueProblem(target, *f.defaultValue)) f.defaultValue.reset();
        f.type = target;
    }

    void loosenSomething(std::vector<DataField>& level, Schema& s, bool top) {
        DataField& f = anyField(level);
        if (auto* inner = nestedLevel(f.type); inner && chance(50)) {
            return loosenSomething(*inner, s, false);
        }
        if (isKey(s, f.name, top) && !s.partitionKeys.empty()) return;
        if (top && std::count(s.primaryKeys.begin(), s.primaryKeys.end(), f.name)) return;
        f.type = f.type.withNullable(true);
    }

    void commentSomething(std::vector<DataField>& level) {
        DataField& f = anyField(level);
        if (auto* inner = nestedLevel(f.type); inner && chance(50)) {
            return commentSomething(*inner);
        }
        f.description = comment();
    }

    void defaultSomething(std::vector<DataField>& level) {
        DataField& f = anyField(level);
        if (f.type.isNested()) return;
        f.defaultValue = chance(30) ? std::nullopt : std::optional(defaultFor(f.type));
    }

    std::string defaultFor(const DataType& t) {
        switch (t.root()) {
            case TypeRoot::Boolean:
                return "true";
            case TypeRoot::Date:
                return "2024-01-0" + std::to_string(1 + pick(9));
            case TypeRoot::Timestamp:
                return "2024-01-01 10:00:00";
            case TypeRoot::VarChar:
            case TypeRoot::Char:
            case TypeRoot::VarBinary:
                return "d" + std::to_string(pick(5));
            default:
                return std::to_string(pick(100));
        }
    }

    std::mt19937 rng_;
    int nextId_ = 0;
    int nameCounter_ = 0;
};

TEST(SchemaDiffProperty, ApplyingTheDiffGivesTheNewSchema) {
    int checked = 0;
    for (unsigned seed = 1; seed <= 2000; ++seed) {
        Generator gen(seed);
        Schema start = gen.randomSchema();
        auto from = newTableSchema(start, kCtx, 0);
        if (!from.ok()) continue;  // an invalid random start (a rule the generator ignores)
        Schema target = gen.mutate(*from);
        // Targets the rules would refuse are not pairs the diff must handle.
        auto normalized = newTableSchema(target, kCtx, 0);
        if (!normalized.ok()) continue;
        Schema want = schemaOf(*normalized);
        want.fields = target.fields;
        for (auto& f : want.fields) {
            if (std::count(want.primaryKeys.begin(), want.primaryKeys.end(), f.name)) {
                f.type = f.type.notNull();
            }
        }
        expectRoundTrip(*from, want, "seed " + std::to_string(seed));
        if (::testing::Test::HasFailure()) return;
        ++checked;
    }
    // The generator must really exercise the diff.
    EXPECT_GT(checked, 1400);
}

}  // namespace
}  // namespace paimon
