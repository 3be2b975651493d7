#pragma once

#include <QLoggingCategory>

// The application's logging categories: warnings only, unless QT_LOGGING_RULES turns more on
// (QT_LOGGING_RULES='paimon.*=true' turns on everything; README, "Diagnostics"). paimon.rest,
// paimon.auth, paimon.catalog and paimon.fs carry the core's messages; paimon.ui.* the
// browser's own.
Q_DECLARE_LOGGING_CATEGORY(lcRest)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcFs)
Q_DECLARE_LOGGING_CATEGORY(lcNavigator)
Q_DECLARE_LOGGING_CATEGORY(lcConnection)
Q_DECLARE_LOGGING_CATEGORY(lcEditor)

namespace paimon {

// Routes the core's messages (core/util/Log.h) to the categories of the same name. Call once
// at start; messages may come from any thread.
void installCoreLogging();

}  // namespace paimon
