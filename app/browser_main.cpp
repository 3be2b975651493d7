// paimon-browser: the GUI. Argument parsing and wiring only; the window is ui/main/MainWindow.
#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <iostream>
#include <memory>
#include <optional>

#include "ui/connection/AppSettings.h"
#include "ui/connection/SecretStore.h"
#include "ui/details/DetailsPanel.h"
#include "ui/details/HistoryModels.h"
#include "ui/details/TablePane.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Translations.h"
#include "ui/net/Logging.h"

using namespace paimon::ui;

namespace {
// --help and --version only print: they must work without a display too (over ssh, in a
// package check), so no GUI application is made for them.
bool onlyPrints(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version") {
            return true;
        }
    }
    return false;
}

// The value of --name as given: on X11, QApplication takes "-name"/"--name" for itself (the
// window's resource name) and removes it before our parser sees it.
std::optional<QString> nameGiven(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--name" || arg == "-name") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--name=")) return QString::fromLocal8Bit(arg.mid(7));
    }
    return std::nullopt;
}
}  // namespace

int main(int argc, char** argv) {
    const std::optional<QString> givenName = nameGiven(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (onlyPrints(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QString(settings::kOrganization));
    QCoreApplication::setApplicationName(QString(settings::kApplication));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAIMON_VERSION));
    paimon::installCoreLogging();
    // The language follows the system's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    installTranslations(QLocale());
    // (Not qGuiApp: that macro casts whatever the instance is.)
    if (qobject_cast<QGuiApplication*>(app.get()) != nullptr) {
        // The desktop entry's name (packaging/), so that the desktop ties windows to it.
        QGuiApplication::setDesktopFileName(QStringLiteral(PAIMON_APP_ID));
        QGuiApplication::setApplicationDisplayName(
            QCoreApplication::translate("paimon::ui::MainWindow", "Paimon Catalog Browser"));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse Apache Paimon REST catalogs."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption connect(
        QStringLiteral("connect"),
        QApplication::translate("main",
                                "Open the catalog at URI (a saved profile without "
                                "authentication, made when missing)."),
        QStringLiteral("URI"));
    QCommandLineOption name(QStringLiteral("name"),
                            QApplication::translate("main", "Name of the profile --connect makes."),
                            QStringLiteral("NAME"), QStringLiteral("Demo catalog"));
    QCommandLineOption warehouse(QStringLiteral("warehouse"),
                                 QApplication::translate("main", "Warehouse for --connect."),
                                 QStringLiteral("WAREHOUSE"));
    QCommandLineOption folder(
        QStringLiteral("folder"),
        QApplication::translate("main",
                                "Open the local warehouse folder DIR (a saved profile, made when "
                                "missing); instead of --connect."),
        QStringLiteral("DIR"));
    QCommandLineOption expandFirst(
        QStringLiteral("expand-first"),
        QApplication::translate("main",
                                "Expand the first database of --connect and show its "
                                "first table."));
    QCommandLineOption readyFile(
        QStringLiteral("ready-file"),
        QApplication::translate("main",
                                "Create FILE once --expand-first has shown the table "
                                "(for scripts that take screenshots)."),
        QStringLiteral("FILE"));
    QCommandLineOption tab(
        QStringLiteral("tab"),
        QApplication::translate("main",
                                "With --expand-first, the tab of the table's details to show: "
                                "columns, keys, info, definition, snapshots, tags, branches, "
                                "consumers, partitions or schemas."),
        QStringLiteral("TAB"));
    QCommandLineOption table(
        QStringLiteral("table"),
        QApplication::translate("main",
                                "With --expand-first, show this table (DATABASE.TABLE) instead "
                                "of the first."),
        QStringLiteral("DATABASE.TABLE"));
    QCommandLineOption compareWith(
        QStringLiteral("compare-with"),
        QApplication::translate("main",
                                "Open a second catalog (an http(s) URI or a warehouse folder) "
                                "and compare the first with it; --ready-file is then created "
                                "once the comparison is shown."),
        QStringLiteral("URI|DIR"));
    parser.addOptions(
        {connect, name, warehouse, folder, expandFirst, readyFile, tab, table, compareWith});
    parser.process(*app);

    auto userSettings = settings::openUserSettings();
    SecretStore secrets;
    MainWindow window(userSettings.get(), &secrets);
    window.restoreSession();
    if (parser.isSet(connect) || parser.isSet(folder)) {
        QString id = parser.isSet(folder)
                         ? window.ensureFolderProfile(parser.value(folder))
                         : window.ensureRestProfile(givenName.value_or(parser.value(name)),
                                                    parser.value(connect), parser.value(warehouse));
        if (parser.isSet(expandFirst)) {
            const QString wanted = parser.value(table);
            const qsizetype dot = wanted.indexOf(QLatin1Char('.'));
            if (parser.isSet(table) && dot <= 0) {
                std::cerr << "paimon-browser: --table must be DATABASE.TABLE\n";
                return 2;
            }
            window.expandFirstDatabase(id, dot > 0 ? wanted.left(dot) : QString(),
                                       dot > 0 ? wanted.mid(dot + 1) : QString());
        }
        window.openConnection(id);
        if (parser.isSet(compareWith)) {
            const QString other = parser.value(compareWith);
            const QString otherId =
                QFileInfo(other).isDir()
                    ? window.ensureFolderProfile(other)
                    : window.ensureRestProfile(QApplication::translate("main", "Compared with"),
                                               other, QString());
            window.openConnection(otherId);
            window.compareWhenOpen(id, otherId);
        }
    }
    std::optional<TablePane::Tab> shownTab;
    if (parser.isSet(tab)) {
        const QStringList tabs{"columns", "keys",     "info",      "definition", "snapshots",
                               "tags",    "branches", "consumers", "partitions", "schemas"};
        const qsizetype at = tabs.indexOf(parser.value(tab));
        if (at < 0) {
            std::cerr << "paimon-browser: --tab must be one of "
                      << tabs.join(QStringLiteral(", ")).toStdString() << "\n";
            return 2;
        }
        shownTab = static_cast<TablePane::Tab>(at);
        QObject::connect(&window, &MainWindow::firstTableShown, &window, [&window, shownTab] {
            window.details()->tablePane()->showTab(*shownTab);
        });
    }
    if (parser.isSet(readyFile) && parser.isSet(compareWith)) {
        const QString path = parser.value(readyFile);
        QObject::connect(&window, &MainWindow::comparisonShown, &window, [path, &window] {
            QTimer::singleShot(300, &window, [path, &window] {
                QFile f(path);
                if (f.open(QIODevice::WriteOnly)) f.write(window.windowTitle().toUtf8() + '\n');
            });
        });
    } else if (parser.isSet(readyFile)) {
        const QString path = parser.value(readyFile);
        QObject::connect(&window, &MainWindow::firstTableShown, &window, [path, &window] {
            // Once the table's life has loaded (or after 10 s), a moment for the last paint
            // before a script looks at the screen. The file holds the window's title, in the
            // language the window shows.
            auto* poll = new QTimer(&window);
            poll->setInterval(100);
            auto waited = std::make_shared<int>(0);
            QObject::connect(poll, &QTimer::timeout, &window, [path, &window, poll, waited] {
                const HistoryView* history = window.details()->tablePane()->history();
                const bool busy = history->snapshotsModel()->state() == ListingState::Loading ||
                                  !history->latestKnown();
                if (busy && ++*waited < 100) return;
                poll->stop();
                poll->deleteLater();
                QTimer::singleShot(300, &window, [path, &window] {
                    QFile f(path);
                    if (f.open(QIODevice::WriteOnly)) f.write(window.windowTitle().toUtf8() + '\n');
                });
            });
            poll->start();
        });
    }
    window.show();
    return QApplication::exec();
}
