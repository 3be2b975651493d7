#pragma once

#include <QObject>

#include "core/async/Scheduler.h"
#include "core/http/Transport.h"

namespace paimon {

// The core Scheduler on a Qt event loop: tasks run on the thread that owns this object (the
// GUI thread for the browser). after() and post() may be called from any thread; a task never
// runs inside the call that scheduled it.
class QtScheduler final : public QObject, public Scheduler {
    Q_OBJECT
public:
    explicit QtScheduler(QObject* parent = nullptr) : QObject(parent) {}

    SystemTime now() const override;
    Cancellation after(Millis delay, std::function<void()> task) override;
};

}  // namespace paimon
