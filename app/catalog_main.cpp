// paimon-catalog: the command line for scripts. The options and commands are tables
// (app/cli/Options.cpp, app/cli/Commands.cpp); the catalog work is the core's, over
// HttplibTransport; the connection is made the way the browser makes it (app/cli/Connect.cpp).
#include <QCoreApplication>

#include <iostream>

#include "app/cli/Cli.h"
#include "ui/net/Logging.h"

using namespace paimon;
using namespace paimon::cli;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    installCoreLogging();  // QT_LOGGING_RULES="paimon.*.debug=true" shows each request
    try {
        const Invocation in(QCoreApplication::arguments());
        if (in.isSet("version")) {
            std::cout << "paimon-catalog " << PAIMON_VERSION << "\n";
            return kOk;
        }
        const CommandSpec* command = in.command().empty() ? nullptr : findCommand(in.command());
        if (!in.command().empty() && !command) {
            throw UsageError{"unknown command '" + in.command() + "'"};
        }
        if (in.isSet("help")) {
            std::cout << (command ? commandHelp(*command) : overviewHelp());
            return kOk;
        }
        if (!command) {
            std::cout << overviewHelp();
            return kUsage;
        }
        checkUsage(*command, in);
        const std::string output = in.value("output").value_or("text");
        if (output != "text" && output != "json") {
            throw UsageError{"--output must be text or json"};
        }
        std::shared_ptr<Catalog> catalog;
        if (command->connects) {
            auto connected = connect(in);
            if (!connected) return fail(connected.error());
            catalog = *connected;
        }
        CommandContext context{in, catalog, output == "json"};
        return command->run(context);
    } catch (const UsageError& e) {
        std::cerr << "paimon-catalog: " << e.message << "\nTry 'paimon-catalog --help'.\n";
        return kUsage;
    } catch (const std::exception& e) {
        std::cerr << "paimon-catalog: " << e.what() << "\n";
        return kLocalFailure;
    }
}
