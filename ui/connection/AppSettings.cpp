#include "ui/connection/AppSettings.h"

namespace paimon::ui::settings {

std::unique_ptr<QSettings> openUserSettings() {
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QString(kOrganization), QString(kApplication));
}

}  // namespace paimon::ui::settings
