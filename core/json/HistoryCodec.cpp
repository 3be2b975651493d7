#include <algorithm>
#include <cmath>
#include <limits>

#include "core/json/CodecSupport.h"
#include "core/json/Dump.h"
#include "core/json/JacksonPrinter.h"
#include "core/json/Messages.h"
#include "core/util/Duration.h"

// Tags, branches, consumers and rollback: the REST messages as Java writes and reads them
// (OBJECTS.md §2–§5), and the tag and consumer files as Java writes them (HISTORY.md §2, §4).

namespace paimon::codec {

using namespace detail;

namespace {

void putNullableInt(ojson& j, const char* key, const std::optional<int64_t>& v) {
    j[key] = v ? ojson(*v) : ojson(nullptr);
}

std::string requestBody(const ojson& j) {
    return dumpJson(j);
}

RollbackTarget readInstant(const Value& j) {
    requireObject(j, "\"instant\"");
    std::string type = reqString(j, "type");
    if (type == "snapshot") return RollbackTarget::toSnapshot(reqInt64(j, "snapshotId"));
    if (type == "tag") return RollbackTarget::toTag(reqString(j, "tagName"));
    throw ShapeError{R"("instant"."type" must be "snapshot" or "tag", not ")" + type + "\""};
}

Consumer readConsumer(const Value& j) {
    requireObject(j, "a consumer");
    return {reqString(j, "consumerId"), optInt64Member(j, "nextSnapshot")};
}

}  // namespace

std::string encode(const CreateTagRequest& r) {
    ojson j = ojson::object();
    j["tagName"] = r.tagName;
    putNullableInt(j, "snapshotId", r.snapshotId);
    putNullable(j, "timeRetained", r.timeRetained);
    return requestBody(j);
}

std::string encode(const CreateBranchRequest& r) {
    ojson j = ojson::object();
    j["branch"] = r.branch;
    putNullable(j, "fromTag", r.fromTag);
    return requestBody(j);
}

std::string encode(const RenameBranchRequest& r) {
    ojson j = ojson::object();
    j["toBranch"] = r.toBranch;
    return requestBody(j);
}

std::string encodeForwardBranchRequest() {
    return "{}";
}

std::string encode(const ResetConsumerRequest& r) {
    ojson j = ojson::object();
    j["consumerId"] = r.consumerId;
    putNullableInt(j, "nextSnapshotId", r.nextSnapshotId);
    return requestBody(j);
}

std::string encode(const RollbackRequest& r) {
    ojson instant = ojson::object();
    if (r.target.kind == RollbackTarget::Kind::Snapshot) {
        instant["type"] = "snapshot";
        instant["snapshotId"] = r.target.snapshotId;
    } else {
        instant["type"] = "tag";
        instant["tagName"] = r.target.tagName;
    }
    ojson j = ojson::object();
    j["instant"] = std::move(instant);
    if (r.fromSnapshot) j["fromSnapshot"] = *r.fromSnapshot;  // Java leaves a null one out
    return requestBody(j);
}

std::string encode(const RollbackSchemaRequest& r) {
    ojson j = ojson::object();
    j["schemaId"] = r.schemaId;
    return requestBody(j);
}

Result<CreateTagRequest> decodeCreateTagRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "create-tag request", [](const Value& j) {
        requireObject(j, "the create-tag request");
        return CreateTagRequest{reqString(j, "tagName"), optInt64Member(j, "snapshotId"),
                                optString(j, "timeRetained")};
    });
}

Result<CreateBranchRequest> decodeCreateBranchRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "create-branch request", [](const Value& j) {
        requireObject(j, "the create-branch request");
        return CreateBranchRequest{reqString(j, "branch"), optString(j, "fromTag")};
    });
}

Result<RenameBranchRequest> decodeRenameBranchRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "rename-branch request", [](const Value& j) {
        requireObject(j, "the rename-branch request");
        return RenameBranchRequest{reqString(j, "toBranch")};
    });
}

Result<ResetConsumerRequest> decodeResetConsumerRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "reset-consumer request", [](const Value& j) {
        requireObject(j, "the reset-consumer request");
        return ResetConsumerRequest{reqString(j, "consumerId"),
                                    optInt64Member(j, "nextSnapshotId")};
    });
}

Result<RollbackRequest> decodeRollbackRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "rollback request", [](const Value& j) {
        requireObject(j, "the rollback request");
        std::optional<Value> instant = j.member("instant");
        if (!instant) throw ShapeError{"\"instant\" is missing"};
        return RollbackRequest{readInstant(*instant), optInt64Member(j, "fromSnapshot")};
    });
}

Result<RollbackSchemaRequest> decodeRollbackSchemaRequest(std::string_view body) {
    return guarded(body, ErrorKind::BadRequest, "rollback-schema request", [](const Value& j) {
        requireObject(j, "the rollback-schema request");
        return RollbackSchemaRequest{reqInt64(j, "schemaId")};
    });
}

std::string encodeGetTagResponse(const Tag& t) {
    ojson j = ojson::object();
    j["tagName"] = t.name;
    j["snapshot"] = toJson(t.snapshot);
    putNullableInt(j, "tagCreateTime", t.createTimeMillis);
    putNullable(j, "tagTimeRetained", t.timeRetained);
    return dumpJson(j);
}

Result<Tag> decodeGetTagResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "get-tag response", [](const Value& j) {
        requireObject(j, "the get-tag response");
        Tag t;
        t.name = reqString(j, "tagName");
        std::optional<Value> snapshot = j.member("snapshot");
        if (!snapshot) throw ShapeError{"\"snapshot\" is missing"};
        t.snapshot = readSnapshot(*snapshot);
        t.createTimeMillis = optInt64Member(j, "tagCreateTime");
        t.timeRetained = optString(j, "tagTimeRetained");
        return t;
    });
}

std::string encodeListTags(const Page<std::string>& page) {
    ojson j = ojson::object();
    j["tags"] = stringArray(page.items);
    putNullable(j, "nextPageToken", page.nextPageToken);
    return dumpJson(j);
}

Result<Page<std::string>> decodeListTagsResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "list-tags response",
                   [](const Value& j) { return readPage<std::string>(j, "tags", readName); });
}

std::string encodeListBranches(const std::vector<std::string>& branches) {
    ojson j = ojson::object();
    j["branches"] = stringArray(branches);
    return dumpJson(j);
}

Result<std::vector<std::string>> decodeListBranchesResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "list-branches response", [](const Value& j) {
        requireObject(j, "the list-branches response");
        return optStringList(j, "branches");
    });
}

std::string encodeListConsumers(const Page<Consumer>& page) {
    ojson j = ojson::object();
    ojson items = ojson::array();
    for (const Consumer& c : page.items) {
        ojson item = ojson::object();
        item["consumerId"] = c.id;
        putNullableInt(item, "nextSnapshot", c.nextSnapshot);
        items.push_back(std::move(item));
    }
    j["consumers"] = std::move(items);
    putNullable(j, "nextPageToken", page.nextPageToken);
    return dumpJson(j);
}

Result<Page<Consumer>> decodeListConsumersResponse(std::string_view body) {
    return guarded(body, ErrorKind::InvalidResponse, "list-consumers response",
                   [](const Value& j) { return readPage<Consumer>(j, "consumers", readConsumer); });
}

namespace {

LocalDateTime readLocalDateTime(const Value& j) {
    if (!j.isArray()) throw ShapeError{"\"tagCreateTime\" must be an array"};
    std::vector<Value> parts = j.elements();
    if (parts.size() < 5 || parts.size() > 7) {
        throw ShapeError{"\"tagCreateTime\" must hold 5 to 7 numbers"};
    }
    std::vector<int> v;
    for (const Value& p : parts) {
        std::optional<int64_t> n = p.int64();
        if (!n || *n < 0 || *n > std::numeric_limits<int>::max()) {
            throw ShapeError{"\"tagCreateTime\" must hold non-negative integers"};
        }
        v.push_back(static_cast<int>(*n));
    }
    v.resize(7, 0);
    return {v[0], v[1], v[2], v[3], v[4], v[5], v[6]};
}

// Jackson's LocalDateTime array: the second only when it or the nano is set, the nano only
// when set.
std::string localDateTimeText(const LocalDateTime& t) {
    std::string out = "[ " + std::to_string(t.year) + ", " + std::to_string(t.month) + ", " +
                      std::to_string(t.day) + ", " + std::to_string(t.hour) + ", " +
                      std::to_string(t.minute);
    if (t.second > 0 || t.nano > 0) out += ", " + std::to_string(t.second);
    if (t.nano > 0) out += ", " + std::to_string(t.nano);
    return out + " ]";
}

// The retention as written, digit for digit ("86400.000000000"): a double cannot hold every
// nanosecond of a long retention. Nullopt when the text is not that plain form, or is not the
// number the parser read (the key found inside a string).
std::optional<int64_t> exactRetainedNanos(std::string_view text, double parsedSeconds) {
    const std::string_view key = "\"tagTimeRetained\"";
    size_t at = text.rfind(key);
    if (at == std::string_view::npos) return std::nullopt;
    size_t i = at + key.size();
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' ||
                               text[i] == '\r' || text[i] == ':')) {
        ++i;
    }
    auto digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    int64_t seconds = 0, fraction = 0;
    size_t n = 0;
    for (; digit(i) && n < 12; ++i, ++n)
        seconds = seconds * 10 + (text[i] - '0');
    if (n == 0 || n == 12) return std::nullopt;
    int fractionDigits = 0;
    if (i < text.size() && text[i] == '.') {
        for (++i; digit(i) && fractionDigits < 9; ++i, ++fractionDigits)
            fraction = fraction * 10 + (text[i] - '0');
        if (digit(i)) return std::nullopt;  // finer than a nanosecond
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) return std::nullopt;
    for (int k = fractionDigits; k < 9; ++k)
        fraction *= 10;
    const int64_t nanos = seconds * 1'000'000'000 + fraction;
    const double asSeconds = static_cast<double>(nanos) / 1e9;
    if (std::fabs(asSeconds - parsedSeconds) > 1e-6 * std::max(1.0, parsedSeconds)) {
        return std::nullopt;
    }
    return nanos;
}

}  // namespace

Result<TagFile> decodeTagFile(std::string_view text) {
    return guarded(text, ErrorKind::Io, "tag file", [text](const Value& j) {
        TagFile t;
        t.snapshot = readSnapshot(j);
        if (std::optional<Value> created = j.member("tagCreateTime")) {
            t.createTime = readLocalDateTime(*created);
        }
        if (std::optional<Value> retained = j.member("tagTimeRetained")) {
            std::optional<double> seconds = retained->number();
            if (!seconds || *seconds < 0 || *seconds > 9.2e9) {
                throw ShapeError{"\"tagTimeRetained\" must be a number of seconds"};
            }
            t.timeRetainedNanos =
                exactRetainedNanos(text, *seconds).value_or(std::llround(*seconds * 1e9));
        }
        return t;
    });
}

std::string encodeTagFile(const TagFile& t) {
    std::string text = encodeSnapshotFile(t.snapshot);
    if (!t.createTime && !t.timeRetainedNanos) return text;
    // Jackson writes the subclass's members after the snapshot's, in the pretty-printer's
    // style; the duration as a decimal the JSON library cannot hold exactly, so by hand.
    std::string tail;
    if (t.createTime) tail += ",\n  \"tagCreateTime\" : " + localDateTimeText(*t.createTime);
    if (t.timeRetainedNanos) {
        tail += ",\n  \"tagTimeRetained\" : " + formatDecimalSeconds(*t.timeRetainedNanos);
    }
    const size_t close = text.rfind("\n}");
    text.insert(close, tail);
    return text;
}

Result<int64_t> decodeConsumerFile(std::string_view text) {
    return guarded(text, ErrorKind::Io, "consumer file", [](const Value& j) {
        requireObject(j, "a consumer file");
        return reqInt64(j, "nextSnapshot");
    });
}

std::string encodeConsumerFile(int64_t nextSnapshot) {
    ojson j = ojson::object();
    j["nextSnapshot"] = nextSnapshot;
    return toJacksonPrettyJson(j);
}

}  // namespace paimon::codec
