#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/json/Messages.h"
#include "core/model/SchemaChange.h"

namespace paimon {

// The definitions of a JSON export (Paimon JSON, core/export/Definitions.h): one file holding
// a list of definitions or a single one, or a folder of such files (an export written with
// split), read in path order. A file that cannot be read, is not JSON, or holds something that
// is not a definition is an ErrorKind::Io error naming the file; nothing is returned then.
Result<std::vector<CreateTableRequest>> readJsonExport(const std::filesystem::path& from);

// What applying one definition did.
struct ApplyOutcome {
    enum class Kind {
        Created,  // the table (and, when missing, its database) was created
        Same,     // the table exists with this definition (location options aside)
        Differs,  // the table exists with another definition: left alone
        Failed,   // the catalog refused, or could not be reached
    };
    Identifier table;
    Kind kind = Kind::Failed;
    std::vector<SchemaChange> differences;  // Differs: the changes from the existing table
    std::optional<Error> error;             // Failed
};

struct ApplyReport {
    std::vector<ApplyOutcome> outcomes;  // in the definitions' order
    size_t count(ApplyOutcome::Kind kind) const;
};

// Creates the tables of `definitions` that the catalog lacks, with their databases, one at a
// time; a table that exists is compared (diffSchemas) and never changed. Each outcome is
// reported as it is known; `done` gets the report (also after cancel(), with what was done
// so far; the outcome under way is not in it). Results arrive where the catalog delivers them.
class ApplyJob : public std::enable_shared_from_this<ApplyJob> {
public:
    using Progress = std::function<void(const ApplyOutcome&)>;
    static std::shared_ptr<ApplyJob> start(std::shared_ptr<Catalog> catalog,
                                           std::vector<CreateTableRequest> definitions,
                                           Progress progress, Callback<ApplyReport> done);
    void cancel();

private:
    ApplyJob(std::shared_ptr<Catalog> catalog, std::vector<CreateTableRequest> definitions,
             Progress progress, Callback<ApplyReport> done);
    void next();
    void compare(const CreateTableRequest& definition, const TableInfo& current);
    void create(const CreateTableRequest& definition, bool databaseTried);
    void finish(ApplyOutcome outcome);

    std::shared_ptr<Catalog> catalog_;
    std::vector<CreateTableRequest> definitions_;
    Progress progress_;
    Callback<ApplyReport> done_;
    ApplyReport report_;
    size_t at_ = 0;
    bool cancelled_ = false;
    Cancellation pending_;
    std::vector<std::string> databasesCreated_;
};

}  // namespace paimon
