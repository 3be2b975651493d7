#pragma once

#include <QLatin1StringView>
#include <QSettings>

#include <memory>

namespace paimon::ui::settings {

inline constexpr QLatin1StringView kOrganization{"paimon-catalog-browser"};
inline constexpr QLatin1StringView kApplication{"paimon-browser"};

// The saved connections: an array of profiles (ProfileStore names each profile's fields).
inline constexpr QLatin1StringView kProfiles{"profiles"};
// The window as it was left.
inline constexpr QLatin1StringView kWindowGeometry{"window/geometry"};
inline constexpr QLatin1StringView kWindowState{"window/state"};
inline constexpr QLatin1StringView kWindowSplitter{"window/splitter"};
// The ids of the connections open when the window closed; opened again at start.
inline constexpr QLatin1StringView kOpenConnections{"session/openConnections"};

// The user's settings of the browser, whatever application name the process has.
std::unique_ptr<QSettings> openUserSettings();

}  // namespace paimon::ui::settings
