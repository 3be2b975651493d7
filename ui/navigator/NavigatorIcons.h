#pragma once

#include <QColor>
#include <QIcon>

namespace paimon::ui::NavigatorIcons {
QIcon connection(const QColor& color = {});  // with a dot in the profile's colour
QIcon warehouse();
QIcon database();
QIcon table();
QIcon folder();
QIcon view();
QIcon function();
QIcon column();
QIcon primaryKey();
QIcon partitionKey();
QIcon error();
QIcon application();
}  // namespace paimon::ui::NavigatorIcons
