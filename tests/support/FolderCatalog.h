#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

#include "core/catalog/FileSystemCatalog.h"
#include "tests/support/ManualScheduler.h"

namespace paimon::testing {

// Warehouse folders' catalogs whose work runs when the test drains them, their answers through
// one manual scheduler: as asynchronous as the real thing, on the test's thread.
class FolderCatalogs {
public:
    struct Folder {
        std::shared_ptr<Warehouse> warehouse;
        std::shared_ptr<FileSystemCatalog> catalog;
    };

    // A warehouse in `dir` (made when missing) and its catalog; a failure fails the test.
    Folder open(const std::filesystem::path& dir) {
        auto w = Warehouse::open(dir);
        EXPECT_TRUE(w.ok()) << (w.ok() ? "" : w.error().message);
        if (!w.ok()) return {};
        auto catalog = std::make_shared<FileSystemCatalog>(
            *w, scheduler, [this](std::function<void()> t) { queued.push_back(std::move(t)); });
        return {*w, catalog};
    }

    // Runs the catalogs' work and answers until nothing is left.
    void drain() {
        for (int guard = 0; guard < 100000; ++guard) {
            auto tasks = std::move(queued);
            queued.clear();
            for (auto& t : tasks)
                t();
            if (scheduler->runReady() == 0 && queued.empty()) return;
        }
        FAIL() << "the catalogs never went quiet";
    }

    std::shared_ptr<ManualScheduler> scheduler = std::make_shared<ManualScheduler>();
    std::vector<std::function<void()>> queued;
};

}  // namespace paimon::testing
