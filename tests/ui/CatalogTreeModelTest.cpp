// The navigator model against a real paimon-rest-server, with QAbstractItemModelTester on the
// model and on the filter proxy through paging, filtering, refresh and errors.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

#include "tests/support/FaultServer.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/navigator/NavigatorFilterModel.h"

namespace paimon::testing {
namespace {

using ui::CatalogTreeModel;
using Kind = CatalogTreeModel::NodeKind;
using Tester = QAbstractItemModelTester;

struct Fixture {
    ServedWarehouse served;
    std::shared_ptr<std::vector<RequestRecord>> log =
        std::make_shared<std::vector<RequestRecord>>();
    ui::ConnectionService connections{plainOpener(log)};
    std::unique_ptr<CatalogTreeModel> model;
    std::unique_ptr<ui::NavigatorFilterModel> proxy;
    std::unique_ptr<Tester> modelTester, proxyTester;
    QModelIndex conn;

    // The testers fetch whatever can be fetched on every change, as a view that expands
    // everything would; `withTesters` false leaves the loading to the test alone.
    explicit Fixture(int bigTables = 1234, bool withTesters = true) {
        served.createTables("big", bigTables);
        served.createTables("small", 3, "s_");
        served.start();
        model = std::make_unique<CatalogTreeModel>(&connections);
        model->setPageSize(100);
        proxy = std::make_unique<ui::NavigatorFilterModel>();
        proxy->setSourceModel(model.get());
        if (withTesters) {
            modelTester =
                std::make_unique<Tester>(model.get(), Tester::FailureReportingMode::Fatal);
            proxyTester =
                std::make_unique<Tester>(proxy.get(), Tester::FailureReportingMode::Fatal);
        }
        conn = model->addConnection(served.profile());
    }
    void settle() {
        EXPECT_TRUE(spinUntil([&] { return model->pendingRequests() == 0; }));
    }
    QModelIndex child(const QModelIndex& parent, const QString& name) const {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            QModelIndex i = model->index(r, 0, parent);
            if (i.data(CatalogTreeModel::NameRole).toString() == name) return i;
        }
        return {};
    }
    QStringList names(const QModelIndex& parent) const {
        QStringList out;
        for (int r = 0; r < model->rowCount(parent); ++r) {
            QModelIndex i = model->index(r, 0, parent);
            if (static_cast<Kind>(i.data(CatalogTreeModel::KindRole).toInt()) != Kind::Message) {
                out << i.data(CatalogTreeModel::NameRole).toString();
            }
        }
        return out;
    }
    // The folder of `kind` under database row `db`: the database's folders made (no
    // request), the folder not loaded.
    QModelIndex folderOf(const QModelIndex& db, Kind kind = Kind::TablesFolder) const {
        model->fetchMore(db);  // the folders come on the next turn of the event loop
        EXPECT_TRUE(spinUntil([&] { return model->rowCount(db) > 0; }));
        for (int r = 0; r < model->rowCount(db); ++r) {
            QModelIndex i = model->index(r, 0, db);
            if (static_cast<Kind>(i.data(CatalogTreeModel::KindRole).toInt()) == kind) return i;
        }
        return {};
    }
    // Database `name`'s Tables folder with its first page loaded.
    QModelIndex openDatabase(const QString& name) {
        model->fetchMore(conn);
        settle();
        QModelIndex db = child(conn, name);
        EXPECT_TRUE(db.isValid());
        QModelIndex tables = folderOf(db);
        EXPECT_TRUE(tables.isValid());
        model->fetchMore(tables);
        settle();
        return tables;
    }
    int listCalls(const std::string& pathPart) const {
        int n = 0;
        for (const auto& r : *log)
            if (r.url.find(pathPart) != std::string::npos) ++n;
        return n;
    }
};

QString tableName(int i) {
    return QStringLiteral("t_%1").arg(i, 4, 10, QLatin1Char('0'));
}

TEST(CatalogTreeModel, OpensTheConnectionAndListsDatabasesOnDemand) {
    Fixture f(5, false);
    EXPECT_TRUE(f.model->hasChildren(f.conn));
    EXPECT_TRUE(f.model->canFetchMore(f.conn));
    EXPECT_TRUE(f.log->empty()) << "nothing is requested before the connection is expanded";
    f.model->fetchMore(f.conn);
    f.settle();
    EXPECT_EQ(f.names(f.conn), (QStringList{"big", "small"}));
    EXPECT_FALSE(f.model->canFetchMore(f.conn));
    EXPECT_NE(f.model->catalogFor(f.conn), nullptr);
    ASSERT_GE(f.log->size(), 2u);
    EXPECT_NE((*f.log)[0].url.find("/v1/config"), std::string::npos);
}

TEST(CatalogTreeModel, PagesThroughALargeDatabaseAsItIsAskedFor) {
    Fixture f(1234, false);
    QModelIndex big = f.openDatabase("big");
    EXPECT_EQ(f.model->rowCount(big), 100) << "one page at a time";
    EXPECT_FALSE(f.model->canFetchMore(big)) << "the next page waits until it is wanted";
    int pages = 1;
    while (f.model->setData(big, true, CatalogTreeModel::MoreWantedRole)) {
        f.settle();
        ASSERT_LT(++pages, 50);
    }
    EXPECT_EQ(pages, 13);
    QStringList expected;
    for (int i = 0; i < 1234; ++i)
        expected << tableName(i);
    EXPECT_EQ(f.names(big), expected);
    EXPECT_EQ(f.listCalls("/databases/big/tables"), 13);
}

TEST(CatalogTreeModel, TableColumnsLoadWithKeyFlags) {
    Fixture f(2);
    QModelIndex small = f.openDatabase("small");
    QModelIndex table = f.child(small, "s_0001");
    ASSERT_TRUE(table.isValid());
    EXPECT_TRUE(f.model->hasChildren(table));
    f.model->fetchMore(table);
    f.settle();
    EXPECT_EQ(f.names(table), (QStringList{"id", "name", "dt"}));
    auto info = f.model->tableInfo(table);
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->schema.primaryKeys, (std::vector<std::string>{"id", "dt"}));
    QModelIndex dt = f.child(table, "dt");
    EXPECT_EQ(dt.siblingAtColumn(CatalogTreeModel::InfoColumn).data().toString(), "STRING NOT NULL")
        << "a primary-key column is NOT NULL";
    EXPECT_EQ(dt.data(CatalogTreeModel::TableRole).toString(), "s_0001");
    EXPECT_EQ(dt.data(CatalogTreeModel::DatabaseRole).toString(), "small");
}

TEST(CatalogTreeModel, ServerFilterFindsNamesNotLoadedAndDropsStaleAnswers) {
    Fixture f(1234, false);
    QModelIndex big = f.openDatabase("big");
    ASSERT_EQ(f.model->rowCount(big), 100);
    // An older text whose answer would add t_05xx, replaced before its answer arrives.
    f.proxy->setFilterText("t_05");
    f.model->setServerFilter("t_05");
    f.proxy->setFilterText("t_12");
    f.model->setServerFilter("t_12");
    f.settle();
    QStringList loaded = f.names(big);
    EXPECT_EQ(loaded.size(), 100 + 34);
    EXPECT_TRUE(loaded.contains("t_1200"));
    EXPECT_TRUE(loaded.contains("t_1233"));
    EXPECT_FALSE(loaded.contains("t_0500")) << "the answer for the older filter was dropped";
    // What the server was asked: the prefix pattern "t\_12%" (PROTOCOL.md §10.16), which
    // our server, like Java's, accepts; never a "contains" pattern, which Java refuses.
    int prefixAsks = 0;
    for (const auto& r : *f.log) {
        EXPECT_EQ(r.url.find("tableNamePattern=%25"), std::string::npos) << r.url;
        if (r.url.find("tableNamePattern=t%5C_12%25") != std::string::npos) {
            ++prefixAsks;
            EXPECT_EQ(r.status, 200) << r.url;
        }
    }
    EXPECT_EQ(prefixAsks, 1);
    EXPECT_TRUE(big.data(CatalogTreeModel::FilterRefusalRole).toString().isEmpty());
    // The proxy shows exactly the matches.
    QModelIndex proxyBig = f.proxy->mapFromSource(big);
    EXPECT_EQ(f.proxy->rowCount(proxyBig), 34);
    // Paging on after the filter's names: every name once, in order.
    f.proxy->setFilterText("");
    f.model->setServerFilter("");
    while (f.model->setData(big, true, CatalogTreeModel::MoreWantedRole)) {
        f.settle();
    }
    QStringList expected;
    for (int i = 0; i < 1234; ++i)
        expected << tableName(i);
    EXPECT_EQ(f.names(big), expected);
}

// The filter finds a table in a database nobody has opened: one search across databases
// (GET /v1/{p}/tables), the database's row gets the match, and opening the database later
// brings the rest of its tables around it, each once.
TEST(CatalogTreeModel, TheFilterFindsTablesInDatabasesNeverOpened) {
    Fixture f(150, false);
    f.model->fetchMore(f.conn);
    f.settle();
    QModelIndex smallDb = f.child(f.conn, "small");
    ASSERT_TRUE(smallDb.isValid());
    ASSERT_EQ(smallDb.data(CatalogTreeModel::LoadStateRole).toInt(),
              static_cast<int>(CatalogTreeModel::LoadState::NotLoaded));
    f.log->clear();
    f.proxy->setFilterText("s_0001");
    f.model->setServerFilter("s_0001");
    f.settle();
    // The database got its folders, and its Tables folder the match, unloaded.
    QModelIndex small = f.folderOf(smallDb);
    ASSERT_TRUE(small.isValid());
    EXPECT_EQ(f.names(small), QStringList{"s_0001"});
    EXPECT_EQ(small.data(CatalogTreeModel::LoadStateRole).toInt(),
              static_cast<int>(CatalogTreeModel::LoadState::NotLoaded));
    QModelIndex proxySmall = f.proxy->mapFromSource(small);
    ASSERT_TRUE(proxySmall.isValid()) << "the database holding the match is shown";
    EXPECT_EQ(f.proxy->rowCount(proxySmall), 1);
    EXPECT_EQ(f.proxy->rowCount(f.proxy->mapFromSource(smallDb)), 1)
        << "only the folder holding the match";
    // One search per kind, by the name's prefix; no database's listing was asked.
    int searches = 0;
    for (const auto& r : *f.log) {
        EXPECT_EQ(r.url.find("/databases/small/"), std::string::npos) << r.url;
        for (const char* kind : {"tables", "views", "functions"}) {
            if (r.url.find(std::string("/v1/paimon/") + kind + "?") != std::string::npos) {
                ++searches;
                EXPECT_NE(r.url.find("NamePattern=s%5C_0001%25"), std::string::npos) << r.url;
                EXPECT_EQ(r.status, 200);
            }
        }
    }
    EXPECT_EQ(searches, 3);

    f.proxy->setFilterText("");
    f.model->setServerFilter("");
    f.model->fetchMore(small);
    f.settle();
    EXPECT_EQ(f.names(small), (QStringList{"s_0000", "s_0001", "s_0002"}));
    EXPECT_EQ(small.data(CatalogTreeModel::LoadStateRole).toInt(),
              static_cast<int>(CatalogTreeModel::LoadState::Complete));
}

// A server that refuses name patterns altogether (a real one may: Java's refuses all but
// prefixes, others may have no search). The node keeps its names, the filter still matches
// what is loaded, and the row says that the server's search was refused and why.
TEST(CatalogTreeModel, AServerThatRefusesTheSearchIsNamedOnTheNode) {
    FaultServer server([](const FaultServer::Request& r, int) {
        const std::string& t = r.target;
        if (t.rfind("/v1/config", 0) == 0) return FaultServer::Answer{FaultServer::config()};
        if (t.find("tableNamePattern=") != std::string::npos) {
            return FaultServer::Answer{FaultServer::response(
                400, R"({"message":"Can only support prefix sql like pattern query now.",)"
                     R"("resourceType":null,"resourceName":null,"code":400})")};
        }
        if (t.rfind("/v1/databases/db/tables", 0) == 0) {
            return FaultServer::Answer{FaultServer::response(
                200, R"({"tables":["alpha","beta"],"nextPageToken":"beta"})")};
        }
        return FaultServer::Answer{
            FaultServer::response(200, R"({"databases":["db"],"nextPageToken":null})")};
    });
    auto log = std::make_shared<std::vector<RequestRecord>>();
    ui::ConnectionService connections(plainOpener(log));
    CatalogTreeModel model(&connections);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    ui::ConnectionProfile p;
    p.id = ui::ConnectionProfile::newId();
    p.name = "refuses";
    p.uri = QString::fromStdString(server.url());
    QModelIndex conn = model.addConnection(p);
    model.fetchMore(conn);
    ASSERT_TRUE(spinUntil([&] { return model.pendingRequests() == 0 && model.rowCount(conn); }));
    model.fetchMore(model.index(0, 0, conn));
    ASSERT_TRUE(spinUntil([&] { return model.rowCount(model.index(0, 0, conn)) > 0; }));
    QModelIndex db = model.index(0, 0, model.index(0, 0, conn));  // its Tables folder
    ASSERT_EQ(static_cast<Kind>(db.data(CatalogTreeModel::KindRole).toInt()), Kind::TablesFolder);
    model.fetchMore(db);
    ASSERT_TRUE(spinUntil([&] { return model.pendingRequests() == 0 && model.rowCount(db); }));
    model.setServerFilter("al");
    ASSERT_TRUE(spinUntil(
        [&] { return !db.data(CatalogTreeModel::FilterRefusalRole).toString().isEmpty(); }));
    EXPECT_NE(db.data(CatalogTreeModel::FilterRefusalRole).toString().indexOf("prefix sql like"),
              -1);
    EXPECT_NE(db.siblingAtColumn(CatalogTreeModel::InfoColumn).data().toString().indexOf("refused"),
              -1);
    EXPECT_NE(db.data(Qt::ToolTipRole).toString().indexOf("prefix sql like"), -1);
    EXPECT_EQ(model.rowCount(db), 2) << "the loaded names stay";
    EXPECT_EQ(db.data(CatalogTreeModel::LoadStateRole).toInt(),
              static_cast<int>(CatalogTreeModel::LoadState::Partial));
    // Another text forgets the refusal until the server answers again.
    model.setServerFilter("");
    EXPECT_TRUE(db.data(CatalogTreeModel::FilterRefusalRole).toString().isEmpty());
}

TEST(CatalogTreeModel, LocalFilterKeepsAncestorsAndHidesTheRest) {
    Fixture f(20);
    QModelIndex big = f.openDatabase("big");
    QModelIndex small = f.folderOf(f.child(f.conn, "small"));
    f.model->fetchMore(small);
    f.settle();
    f.proxy->setFilterText("S_000");  // any case
    QModelIndex pConn = f.proxy->mapFromSource(f.conn);
    ASSERT_EQ(f.proxy->rowCount(pConn), 1) << "only the database with matches";
    QModelIndex pSmallDb = f.proxy->index(0, 0, pConn);
    EXPECT_EQ(pSmallDb.data(CatalogTreeModel::NameRole).toString(), "small");
    EXPECT_EQ(f.proxy->rowCount(pSmallDb), 1) << "only the Tables folder";
    QModelIndex pSmall = f.proxy->mapFromSource(small);
    EXPECT_EQ(f.proxy->rowCount(pSmall), 3);
    f.proxy->setFilterText("big");
    EXPECT_EQ(f.proxy->rowCount(pConn), 1);
    EXPECT_EQ(f.proxy->rowCount(f.proxy->mapFromSource(big.parent())), 3)
        << "a matching database shows its folders";
    EXPECT_EQ(f.proxy->rowCount(f.proxy->mapFromSource(big)), 20)
        << "a matching database shows what it holds";
    EXPECT_EQ(CatalogTreeModel::serverPatternFor("a_b%c\\"), "a\\_b\\%c\\\\%");
}

TEST(CatalogTreeModel, LocalFilterMatchesAnyCaseInAsciiAndBeyond) {
    Fixture f(0);
    Schema s;
    s.fields = {column(0, "x", "INT")};
    // The Kelvin sign (U+212A) folds to "k"; "ß" and "Ö" are not ASCII.
    const std::vector<std::string> names = {"ORDERS_eu", "Größe", "\u212Aey", "plain"};
    for (const auto& n : names)
        ASSERT_TRUE(f.served.warehouse->createTable({"small", n}, s).ok());
    QModelIndex small = f.openDatabase("small");
    auto shown = [&](const QString& text) {
        f.proxy->setFilterText(text);
        const QModelIndex pSmall = f.proxy->mapFromSource(small);
        QStringList out;
        if (!pSmall.isValid()) return out;  // nothing matched: the database is hidden too
        for (int r = 0; r < f.proxy->rowCount(pSmall); ++r)
            out << f.proxy->index(r, 0, pSmall).data(CatalogTreeModel::NameRole).toString();
        return out;
    };
    EXPECT_EQ(shown("orders_E"), QStringList{"ORDERS_eu"}) << "ASCII, any case";
    EXPECT_EQ(shown("GRÖ"), QStringList{"Größe"}) << "a non-ASCII text";
    EXPECT_EQ(shown("s_000").size(), 3);
    // An ASCII text against a non-ASCII name agrees with QString's case-insensitive match.
    const bool kelvin =
        QString::fromUtf8("\u212Aey").contains(QStringLiteral("KE"), Qt::CaseInsensitive);
    EXPECT_EQ(shown("KE").contains(QString::fromUtf8("\u212Aey")), kelvin);
    EXPECT_TRUE(shown("zzz").isEmpty());
}

TEST(CatalogTreeModel, RefreshKeepsRowsThatStillExist) {
    Fixture f(3);
    QModelIndex small = f.openDatabase("small");
    QPersistentModelIndex kept(f.child(small, "s_0001"));
    ASSERT_TRUE(kept.isValid());
    Schema s;
    s.fields = {column(0, "x", "INT")};
    ASSERT_TRUE(f.served.warehouse->createTable({"small", "s_0005"}, s).ok());
    ASSERT_TRUE(f.served.warehouse->dropTable({"small", "s_0000"}).ok());
    f.model->refresh(small);
    f.settle();
    EXPECT_EQ(f.names(small), (QStringList{"s_0001", "s_0002", "s_0005"}));
    ASSERT_TRUE(kept.isValid()) << "a row that still exists is the same row";
    EXPECT_EQ(kept.data(CatalogTreeModel::NameRole).toString(), "s_0001");
}

TEST(CatalogTreeModel, AFailedLoadShowsOnTheNodeAndRetryLoadsIt) {
    Fixture f(3);
    QModelIndex small = f.openDatabase("small");
    ASSERT_TRUE(f.served.warehouse->dropDatabase("small", true).ok());
    f.model->refresh(small);
    f.settle();
    EXPECT_EQ(f.model->data(small, CatalogTreeModel::LoadStateRole).toInt(),
              static_cast<int>(CatalogTreeModel::LoadState::Failed));
    EXPECT_TRUE(f.model->data(small, CatalogTreeModel::ErrorRole).toString().contains("Not found"));
    QModelIndex last = f.model->index(f.model->rowCount(small) - 1, 0, small);
    EXPECT_EQ(static_cast<Kind>(last.data(CatalogTreeModel::KindRole).toInt()), Kind::Message);
    EXPECT_TRUE(last.data().toString().contains("F5"));
    // The database comes back: retry from the message row loads it again.
    f.served.createTables("small", 2, "n_");
    f.model->retry(last);
    f.settle();
    EXPECT_EQ(f.names(small), (QStringList{"n_0000", "n_0001"}));
    EXPECT_EQ(f.model->data(small, CatalogTreeModel::ErrorRole).toString(), QString());
}

TEST(CatalogTreeModel, AnUnreachableServerFailsTheConnectionNode) {
    ServedWarehouse served;
    served.createTables("db", 1);
    served.start();
    ui::ConnectionProfile p = served.profile();
    served.server->stop();
    ui::ConnectionService connections(plainOpener());
    CatalogTreeModel model(&connections);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    QModelIndex conn = model.addConnection(p);
    model.fetchMore(conn);
    ASSERT_TRUE(spinUntil([&] { return model.pendingRequests() == 0; }));
    EXPECT_TRUE(model.data(conn, CatalogTreeModel::ErrorRole).toString().contains("refused"))
        << model.data(conn, CatalogTreeModel::ErrorRole).toString().toStdString();
    EXPECT_EQ(model.rowCount(conn), 1);
    EXPECT_FALSE(model.canFetchMore(conn)) << "a failed node waits for retry, not for scrolling";
}

TEST(CatalogTreeModel, EveryPageLoadsUnderTheModelTesters) {
    // The testers fetch every fetchable node on each change: the first page of both databases
    // and every loaded table's columns, with the model checked after each step; each further
    // page comes when it is wanted.
    Fixture f(250);
    f.model->fetchMore(f.conn);
    f.settle();
    QModelIndex big = f.folderOf(f.child(f.conn, "big"));
    f.settle();
    EXPECT_EQ(f.names(big).size(), 100);
    while (f.model->setData(big, true, CatalogTreeModel::MoreWantedRole))
        f.settle();
    EXPECT_EQ(f.names(big).size(), 250);
    EXPECT_EQ(f.names(f.model->index(0, 0, big)), (QStringList{"id", "name", "dt"}));
    EXPECT_EQ(f.listCalls("/databases/big/tables?"), 3);
}

TEST(CatalogTreeModel, RemovingAConnectionWithRequestsInFlightIsSafe) {
    Fixture f(1234, false);
    f.model->fetchMore(f.conn);
    f.settle();
    QModelIndex big = f.folderOf(f.child(f.conn, "big"));
    f.model->fetchMore(big);
    ASSERT_GT(f.model->pendingRequests(), 0);
    f.model->removeConnection(f.model->connectionIndex(f.model->connectionIds()[0])
                                  .data(CatalogTreeModel::ConnectionIdRole)
                                  .toString());
    f.settle();
    EXPECT_EQ(f.model->rowCount(), 0);
}

}  // namespace
}  // namespace paimon::testing
