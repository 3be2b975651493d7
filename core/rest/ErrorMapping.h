#pragma once

#include "core/http/Http.h"
#include "core/util/Error.h"

namespace paimon {

bool isSuccessStatus(int status);  // exactly 200, 202, 204 (§1)

// A non-success response as a typed Error (§7): the body's "code" wins over the HTTP status;
// an unparsable body gives a generic message and is never echoed.
Error errorFromResponse(const HttpResponse& response);

}  // namespace paimon
