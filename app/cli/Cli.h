#pragma once

#include <QCommandLineParser>
#include <QEventLoop>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/catalog/PageLoop.h"
#include "core/catalog/RestRequests.h"
#include "core/catalog/WriteOperation.h"

// paimon-catalog's parts: the options and commands as tables (Options.cpp, Commands.cpp), the
// connection they make (Connect.cpp), and what every command shares.
namespace paimon::cli {

// Exit statuses, one per kind of failure a script may want to tell apart.
enum Exit {
    kOk = 0,
    kLocalFailure = 1,  // a local file could not be read or written
    kUsage = 2,
    kNotFound = 3,
    kAlreadyExists = 4,
    kAuthFailure = 5,
    kServerError = 6,
    kNetworkError = 7,
    kDifferences = 8,  // diff: the two sides differ
};
int exitFor(const Error& e);
// Prints the error as "paimon-catalog: ..." and returns its exit status.
int fail(const Error& e);

// A usage error: printed, exit status kUsage.
struct UsageError {
    std::string message;
};

// ---- options ----

enum class OptionGroup { General, Connection, Command };

struct OptionSpec {
    const char* name{};       // without the dashes
    const char* valueName{};  // null for a flag
    const char* help{};
    const char* env = nullptr;  // the environment variable that gives it too
    OptionGroup group = OptionGroup::Command;
};
// Every option of every command, once.
const std::vector<OptionSpec>& optionTable();

// The parsed command line: the command, its arguments, and the options given (on the command
// line, else from the environment for those that have a variable).
class Invocation {
public:
    // Throws UsageError for an unknown option or a missing value.
    explicit Invocation(const QStringList& arguments);

    const std::string& command() const { return command_; }
    const std::vector<std::string>& arguments() const { return arguments_; }
    bool isSet(const char* name) const;
    std::optional<std::string> value(const char* name) const;
    std::vector<std::string> values(const char* name) const;
    // The options given on the command line (not from the environment), by name.
    std::vector<std::string> givenOptions() const;

private:
    QCommandLineParser parser_;
    std::string command_;
    std::vector<std::string> arguments_;
};

// KEY=VALUE of an option such as --set, or a UsageError naming the option.
std::pair<std::string, std::string> keyValue(const std::string& text, const char* option);

// ---- commands ----

struct CommandContext {
    const Invocation& in;
    std::shared_ptr<Catalog> catalog;
    bool json = false;  // --output json
};

struct CommandSpec {
    const char* name;
    const char* arguments;             // "DB TABLE", as the usage line shows them
    const char* summary;               // one line for the overview
    const char* details;               // COMMAND --help
    std::vector<const char*> options;  // the command options it takes (OptionGroup::Command)
    size_t minArgs = 0;
    size_t maxArgs = 0;  // SIZE_MAX: any number
    std::function<int(CommandContext&)> run;
    bool connects = true;  // false: the command opens its catalogs itself (diff)
};
// Every command, in the order --help lists them.
const std::vector<CommandSpec>& commandTable();
// The commands of a table's life (HistoryCommands.cpp): snapshots, tags, branches, consumers,
// rollback.
const std::vector<CommandSpec>& historyCommands();
const CommandSpec* findCommand(const std::string& name);
// Checks the command's arguments and options; throws UsageError.
void checkUsage(const CommandSpec& command, const Invocation& in);

std::string overviewHelp();
std::string commandHelp(const CommandSpec& command);

// ---- connection ----

// The catalog the connection options (or --profile) name, opened.
Result<std::shared_ptr<Catalog>> connect(const Invocation& in);
// The catalog `target` names, opened: an existing folder is a warehouse folder, an http(s) URI
// a REST catalog (with the connection options given), anything else a saved profile's name.
Result<std::shared_ptr<Catalog>> connectTo(const Invocation& in, const std::string& target);

// ---- waiting ----

// Runs the event loop until the asynchronous call answers: the one way this program waits.
template <class T>
Result<T> await(const std::function<Cancellation(Callback<T>)>& start) {
    std::optional<Result<T>> result;
    QEventLoop loop;
    Cancellation running = start([&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result) loop.exec();
    return std::move(*result);
}

// Every page of a paged call (core/catalog/PageLoop.h), waited for.
template <class T>
Result<std::vector<T>> allPages(TokenPageFetcher<T> fetch) {
    return await<std::vector<T>>(
        [&](Callback<std::vector<T>> done) { return collectPages<T>(fetch, std::move(done)); });
}

// ---- input ----

// A file's whole text, or standard input's for "-"; throws std::runtime_error when unreadable.
std::string readInput(const std::string& path);

// ---- output ----

// One name a line, or a JSON list with --output json.
void printNames(const std::vector<std::string>& names, bool json);
// What a write answers: nothing on success, the error's status otherwise.
int done(const Result<Unit>& r);
// --dry-run: prints the request the write would send (method, target, body) and sends nothing;
// a local warehouse folder sends none and says so.
int printDryRun(const CommandContext& c,
                const std::function<RestRequest(const RestRequests&)>& request);
// Every item of a paged listing, page after page, up to `limit` items when given: `fetch`
// is asked for each page with the request's size and token set. A page token sent twice is an
// InvalidResponse.
template <class T>
Result<std::vector<T>> pagesUpTo(
    const std::optional<int64_t>& limit, ListRequest request,
    const std::function<Cancellation(const ListRequest&, Callback<Page<T>>)>& fetch) {
    std::vector<T> all;
    auto full = [&] { return limit && static_cast<int64_t>(all.size()) >= *limit; };
    // Large pages (a server caps them at its own maximum): fewer round trips.
    request.maxResults = static_cast<int>(
        std::min<int64_t>(limit ? *limit : Catalog::kBulkPageSize, Catalog::kBulkPageSize));
    request.pageToken.reset();
    while (true) {
        auto page = await<Page<T>>([&](auto cb) { return fetch(request, cb); });
        if (!page) return page.takeError();
        for (auto& item : page->items) {
            if (full()) break;
            all.push_back(std::move(item));
        }
        if (!page->nextPageToken || page->items.empty() || full()) return all;
        if (page->nextPageToken == request.pageToken) {
            return makeError(ErrorKind::InvalidResponse,
                             "the server gave the same page token twice");
        }
        request.pageToken = page->nextPageToken;
    }
}

// The requests `op` sends (previewRequests), one line each with its body after, each line
// indented; a warehouse folder's catalog sends none and that is said.
void printPreview(const CommandContext& c, const WriteOperation& op, const std::string& indent);
// A write: with --dry-run the request(s) it would send (printDryRun), else checked as the
// client checks it and sent.
int runWrite(const CommandContext& c, const WriteOperation& op);
// The commands of a table's partitions (PartitionCommands.cpp).
const std::vector<CommandSpec>& partitionCommands();
// find: everything by the start of its name (FindCommand.cpp).
const std::vector<CommandSpec>& findCommands();
// The commands of views and functions (ViewCommands.cpp).
const std::vector<CommandSpec>& viewCommands();
// diff: two catalogs, databases or tables compared, and the plan that matches them
// (CompareCommands.cpp).
const std::vector<CommandSpec>& compareCommands();

}  // namespace paimon::cli
