#pragma once

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>

#include <functional>
#include <optional>

#include "core/catalog/Catalog.h"

namespace paimon::testing {

// Runs the Qt event loop until `done` is set or the deadline passes.
inline bool spinUntil(const std::function<bool()>& done, int timeoutMs = 20000) {
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return done();
}

// Starts an asynchronous call and waits for its one result.
template <class T>
Result<T> await(const std::function<Cancellation(Callback<T>)>& start, int timeoutMs = 20000) {
    std::optional<Result<T>> result;
    int calls = 0;
    start([&](Result<T> r) {
        ++calls;
        result.emplace(std::move(r));
    });
    if (!spinUntil([&] { return result.has_value(); }, timeoutMs)) {
        ADD_FAILURE() << "no result within " << timeoutMs << " ms";
        return makeError(ErrorKind::Timeout, "the test gave up waiting");
    }
    EXPECT_EQ(calls, 1);
    return std::move(*result);
}

}  // namespace paimon::testing
