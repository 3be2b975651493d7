#include "core/util/Version.h"

namespace paimon {

const char* projectVersion() {
    return PAIMON_VERSION;
}

std::string defaultUserAgent() {
    return std::string("paimon-catalog-browser/") + PAIMON_VERSION;
}

}  // namespace paimon
