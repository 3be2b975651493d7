#pragma once

#include <memory>

#include "core/async/Scheduler.h"
#include "core/auth/AuthProvider.h"
#include "core/http/Transport.h"
#include "core/model/Schema.h"

namespace paimon {

// The AuthProvider the catalog options ask for (PROTOCOL.md §8.1): token.provider "bear"
// (or "bearer") with `token`; "dlf" with, in order of precedence, dlf.token-loader,
// dlf.token-path, or dlf.access-key-id + dlf.access-key-secret (+ dlf.security-token);
// absent or "none": no authentication (local servers).
Result<std::shared_ptr<AuthProvider>> createAuthProvider(const Options& options,
                                                         std::shared_ptr<Transport> transport,
                                                         std::shared_ptr<Scheduler> scheduler);

}  // namespace paimon
