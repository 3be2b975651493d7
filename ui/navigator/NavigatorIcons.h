#pragma once

#include <QColor>
#include <QIcon>

namespace paimon::ui {

// The navigator's icons: SVG, so they stay crisp at any device pixel ratio. Loaded once.
namespace NavigatorIcons {
QIcon connection(const QColor& color = {});  // with a dot in the profile's colour
QIcon warehouse();
QIcon database();
QIcon table();
QIcon column();
QIcon primaryKey();
QIcon partitionKey();
QIcon error();
QIcon application();
}  // namespace NavigatorIcons

}  // namespace paimon::ui
