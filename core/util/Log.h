#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>

// The core's diagnostics, without Qt: a message goes to the sink the program installed (the
// browser and the command line route each category to a QLoggingCategory of the same name, so
// QT_LOGGING_RULES turns them on; see the README), and costs one check when nobody listens.
// Messages never hold a secret: callers log methods, paths, statuses and names, not headers or
// bodies.
namespace paimon::log {

enum class Level { Debug, Info, Warning };

// The core's categories.
inline constexpr std::string_view kRest = "paimon.rest";        // each request and its answer
inline constexpr std::string_view kAuth = "paimon.auth";        // credentials loaded, refreshed
inline constexpr std::string_view kCatalog = "paimon.catalog";  // handshake, catalog choices
inline constexpr std::string_view kFs = "paimon.fs";            // the warehouse folder's files

class Sink {
public:
    virtual ~Sink() = default;
    virtual bool enabled(std::string_view category, Level level) const = 0;
    virtual void write(std::string_view category, Level level, const std::string& message) = 0;
};

// Installs the sink (null: none). Safe from any thread; a message being written keeps the
// sink it started with.
void setSink(std::shared_ptr<Sink> sink);

bool enabled(std::string_view category, Level level);
void put(std::string_view category, Level level, const std::string& message);

// Writes the message that `make()` builds, only if the category is on at that level.
template <class Make>
void write(std::string_view category, Level level, Make&& make) {
    if (enabled(category, level)) put(category, level, std::forward<Make>(make)());
}
template <class Make>
void debug(std::string_view category, Make&& make) {
    write(category, Level::Debug, std::forward<Make>(make));
}
template <class Make>
void info(std::string_view category, Make&& make) {
    write(category, Level::Info, std::forward<Make>(make));
}
template <class Make>
void warning(std::string_view category, Make&& make) {
    write(category, Level::Warning, std::forward<Make>(make));
}

}  // namespace paimon::log
