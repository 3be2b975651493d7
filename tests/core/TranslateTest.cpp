// The core's translation hook: English without one, the hook's text with one, placeholders
// filled in one pass.
#include <gtest/gtest.h>

#include <cstring>

#include "core/catalog/WriteOperation.h"
#include "core/util/Translate.h"

namespace paimon {
namespace {

TEST(Translate, FormatTextFillsPlaceholdersInOnePass) {
    EXPECT_EQ(formatText("Rename %1 to %2", {"a", "b"}), "Rename a to b");
    EXPECT_EQ(formatText("%2 before %1", {"a", "b"}), "b before a");
    // An argument's own %1 is not replaced again; a placeholder without an argument stays.
    EXPECT_EQ(formatText("%1 and %3", {"50%1", "x"}), "50%1 and %3");
    EXPECT_EQ(formatText("100% sure, %", {}), "100% sure, %");
}

TEST(Translate, TheHookTranslatesTheCoresSentencesAndNullRestoresEnglish) {
    const write::RenameTable rename{{"a", "b"}, {"c", "d"}};
    EXPECT_EQ(describeWrite(rename).front(), "Rename table `a`.`b` to `c`.`d`");
    setTranslateHook([](const char* context, const char* text) {
        EXPECT_STREQ(context, "paimon::WriteOperation");
        return std::strcmp(text, "Rename table %1 to %2") == 0 ? std::string("%2 ← %1")
                                                               : std::string(text);
    });
    EXPECT_EQ(describeWrite(rename).front(), "`c`.`d` ← `a`.`b`");
    setTranslateHook(nullptr);
    EXPECT_EQ(describeWrite(rename).front(), "Rename table `a`.`b` to `c`.`d`");
}

}  // namespace
}  // namespace paimon
