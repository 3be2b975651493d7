#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/compare/AlterPlan.h"
#include "core/json/Messages.h"
#include "core/model/SchemaChange.h"

namespace paimon {

// A function as an export holds it ({"identifier": ..., "function": ...}).
struct FunctionDefinitionRequest {
    Identifier identifier;
    FunctionInfo function;
    bool operator==(const FunctionDefinitionRequest&) const = default;
};
// One definition of an export: a table (the create-table request), a view
// ({"identifier": ..., "view": ...}) or a function (core/export/ViewDefinitions.h).
using ExportedDefinition =
    std::variant<CreateTableRequest, CreateViewRequest, FunctionDefinitionRequest>;
const Identifier& identifierOf(const ExportedDefinition& d);

// The definitions of a JSON export (Paimon JSON, core/export/Definitions.h): one file holding
// a list of definitions or a single one, or a folder of such files (an export written with
// split), read in path order. A file that cannot be read, is not JSON, or holds something that
// is not a definition is an ErrorKind::Io error naming the file; nothing is returned then.
Result<std::vector<ExportedDefinition>> readJsonExport(const std::filesystem::path& from);

// What applying one definition did.
struct ApplyOutcome {
    enum class Kind {
        Created,        // the object (and, when missing, its database) was created
        Altered,        // with ApplyOptions::alter: the object was changed to match
        Same,           // the object exists with this definition (location options aside)
        Differs,        // the object exists with another definition: left alone
        NeedsRecreate,  // with ApplyOptions::alter: no change in place reaches the definition
        Failed,         // the catalog refused, or could not be reached
    };
    enum class Object { Table, View, Function };
    Identifier table;  // the object's identifier (a table's, a view's or a function's)
    Object object = Object::Table;
    Kind kind = Kind::Failed;
    std::vector<SchemaChange> differences;  // Differs, a table: the changes that would match it
    std::vector<std::string> notes;         // Differs: what differs; NeedsRecreate: why
    std::vector<WriteOperation> writes;     // Created, Altered: what was (or would be) sent
    std::vector<std::string> warnings;      // Altered: what the change loses or risks
    std::optional<Error> error;             // Failed
};
const char* objectName(ApplyOutcome::Object object);  // "table", "view", "function"

// The aspects of the differences (core/compare/Comparison.h), in words: "spark query",
// "option k".
std::vector<std::string> differingAspects(const std::vector<Difference>& differences);

struct ApplyReport {
    std::vector<ApplyOutcome> outcomes;  // in the definitions' order
    size_t count(ApplyOutcome::Kind kind) const;
};

struct ApplyOptions {
    bool alter = false;   // change what differs to match (core/compare/AlterPlan.h)
    bool dryRun = false;  // send no write: the outcomes say what would be sent
};

// Creates the tables, views and functions of `definitions` that the catalog lacks, with their
// databases, one at a time; one that exists is compared (core/compare/Comparison.h) and left
// alone, or with `alter` changed to match where a change in place can. Each outcome is
// reported as it is known; `done` gets the report (also after cancel(), with what was done
// so far; the outcome under way is not in it). Results arrive where the catalog delivers them.
class ApplyJob : public std::enable_shared_from_this<ApplyJob> {
public:
    using Progress = std::function<void(const ApplyOutcome&)>;
    static std::shared_ptr<ApplyJob> start(std::shared_ptr<Catalog> catalog,
                                           std::vector<ExportedDefinition> definitions,
                                           Progress progress, Callback<ApplyReport> done,
                                           ApplyOptions options = {});
    static std::shared_ptr<ApplyJob> start(std::shared_ptr<Catalog> catalog,
                                           std::vector<CreateTableRequest> tables,
                                           Progress progress, Callback<ApplyReport> done);
    void cancel();

private:
    ApplyJob(std::shared_ptr<Catalog> catalog, std::vector<ExportedDefinition> definitions,
             Progress progress, Callback<ApplyReport> done);
    void next();
    void compare(const ExportedDefinition& definition, ObjectDefinition current);
    // Sends the definition's create; a missing database is created (once) and the create sent
    // again.
    void create(const ExportedDefinition& definition, bool databaseTried);
    // With dryRun: what a create would send, its database's create first when it is missing.
    void planCreate(const ExportedDefinition& definition);
    void send(ApplyOutcome outcome);
    void finish(ApplyOutcome outcome);
    static ApplyOutcome outcomeFor(const ExportedDefinition& d, ApplyOutcome::Kind kind);

    std::shared_ptr<Catalog> catalog_;
    std::vector<ExportedDefinition> definitions_;
    Progress progress_;
    Callback<ApplyReport> done_;
    ApplyReport report_;
    size_t at_ = 0;
    bool cancelled_ = false;
    Cancellation pending_;
    std::vector<std::string> databasesCreated_;  // also, with dryRun, the ones known to exist
    ApplyOptions options_;
};

}  // namespace paimon
