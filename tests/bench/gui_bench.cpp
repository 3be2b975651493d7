// paimon-gui-bench: the browser's window, measured the way a user feels it, against a running
// paimon-rest-server. Offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb.
//
//   paimon-gui-bench --url URL --database DB [--runs N] [--folder tables|views|functions]
//
// 1. First paint: the time from starting a process (this program again, as the browser is
//    started: a saved profile whose connection the last session left open) to the main
//    window's first paint event. The median of N runs.
// 2. Loading DB's names (its tables, or with --folder its views or functions) into the tree
//    page by page, as scrolling to the end asks for them,
//    with a 5 ms timer probing the GUI thread: the longest gap between its ticks is the
//    longest stall a user could have felt. Also the time until every name is in the tree.
// 3. Filter keystrokes typed into the filter box over everything loaded: each one's time
//    until the event loop is idle again (the proxy re-filtered, the view laid out).
// 4. Resident memory once everything is loaded.
// 5. With --snapshots TABLE: TABLE's Snapshots tab in the details, scrolled to the end until
//    every snapshot is loaded a page at a time, with the same probe on the GUI thread.
// 6. With --partitions TABLE: the same with TABLE's Partitions tab.
// 7. With --quick-open TEXT (and --also URL, repeated, for more connections): Quick open
//    searching every connection for names starting with TEXT: the time to the first match,
//    to the last, and the longest GUI-thread stall meanwhile.
// 8. With --compare URL: Compare between the first connection and URL's, every database: the
//    time until the comparison and its plan are shown, the longest GUI-thread stall
//    meanwhile, the resident memory it added, and the time to show everything (differences
//    only turned off).
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <QCheckBox>
#include <QStandardItemModel>
#include "ui/compare/CompareDialog.h"
#include "ui/compare/CompareModel.h"
#include "ui/connection/SecretStore.h"
#include "ui/details/DetailsPanel.h"
#include "ui/details/HistoryModels.h"
#include "ui/details/HistoryView.h"
#include "ui/details/TablePane.h"
#include "ui/main/MainWindow.h"
#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NavigatorFilterModel.h"
#include "ui/navigator/NavigatorView.h"
#include "ui/search/QuickOpen.h"

extern char** environ;

namespace {

using namespace paimon::ui;
using Clock = std::chrono::steady_clock;
using Role = CatalogTreeModel::Role;
using LoadState = CatalogTreeModel::LoadState;

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

long residentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').front().toLong();
    return -1;
}

void setUpApplication() {
    QApplication::setOrganizationName(QStringLiteral("paimon-catalog-browser"));
    QApplication::setApplicationName(QStringLiteral("paimon-gui-bench"));
}

// Child: the browser's start with the saved session; prints when the window first paints.
class PaintProbe : public QObject {
public:
    bool eventFilter(QObject*, QEvent* e) override {
        if (e->type() == QEvent::Paint && !done_) {
            done_ = true;
            std::printf("painted\n");
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return false;
    }

private:
    bool done_ = false;
};

int childFirstPaint(int argc, char** argv, const QString& settingsFile) {
    QApplication app(argc, argv);
    setUpApplication();
    QSettings settings(settingsFile, QSettings::IniFormat);
    SecretStore secrets;
    MainWindow window(&settings, &secrets);
    window.restoreSession();
    PaintProbe probe;
    window.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}

// Parent: spawns the child and times it until "painted".
double timeFirstPaint(const char* self, const QString& settingsFile) {
    int out[2];
    if (::pipe(out) != 0) return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    const std::string file = settingsFile.toStdString();
    std::vector<char*> args = {const_cast<char*>(self), const_cast<char*>("--child-first-paint"),
                               const_cast<char*>(file.c_str()), nullptr};
    const auto start = Clock::now();
    pid_t pid = 0;
    int rc = posix_spawn(&pid, self, &actions, nullptr, args.data(), environ);
    ::close(out[1]);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return -1;
    char buf[64] = {};
    ssize_t n = ::read(out[0], buf, sizeof buf - 1);
    const double ms = msSince(start);
    ::close(out[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return n > 0 && std::strncmp(buf, "painted", 7) == 0 ? ms : -1;
}

// Spins the event loop until `done` or the deadline.
template <class F>
bool spinUntil(F done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

QModelIndex findChild(QAbstractItemModel* m, const QModelIndex& parent, const QString& name) {
    for (int r = 0; r < m->rowCount(parent); ++r) {
        QModelIndex i = m->index(r, 0, parent);
        if (i.data(Role::NameRole).toString() == name) return i;
    }
    return {};
}

// Everything a keystroke set off, done: posted events, the view's delayed layout (a timer
// event), and a synchronous repaint of the window.
void settle(QWidget* window) {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    window->repaint();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--child-first-paint") == 0) {
        return childFirstPaint(argc, argv, QString::fromLocal8Bit(argv[2]));
    }
    QString url, database, snapshotsTable, partitionsTable, quickOpenText, compareUrl;
    QStringList alsoUrls;
    NodeKind folderKind = NodeKind::TablesFolder;
    int runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--url")) url = QString::fromLocal8Bit(argv[i + 1]);
        if (!std::strcmp(argv[i], "--database")) database = QString::fromLocal8Bit(argv[i + 1]);
        if (!std::strcmp(argv[i], "--runs")) runs = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--snapshots"))
            snapshotsTable = QString::fromLocal8Bit(argv[i + 1]);
        if (!std::strcmp(argv[i], "--partitions"))
            partitionsTable = QString::fromLocal8Bit(argv[i + 1]);
        if (!std::strcmp(argv[i], "--quick-open"))
            quickOpenText = QString::fromLocal8Bit(argv[i + 1]);
        if (!std::strcmp(argv[i], "--also")) alsoUrls << QString::fromLocal8Bit(argv[i + 1]);
        if (!std::strcmp(argv[i], "--compare")) compareUrl = QString::fromLocal8Bit(argv[i + 1]);
        if (!std::strcmp(argv[i], "--folder")) {
            const std::string f = argv[i + 1];
            folderKind = f == "views"       ? NodeKind::ViewsFolder
                         : f == "functions" ? NodeKind::FunctionsFolder
                         : f == "tables"    ? NodeKind::TablesFolder
                                            : NodeKind::Message;
        }
    }
    if (folderKind == NodeKind::Message) {
        std::fprintf(stderr, "paimon-gui-bench: --folder is tables, views or functions\n");
        return 2;
    }
    if (url.isEmpty() || database.isEmpty()) {
        std::fprintf(stderr,
                     "usage: paimon-gui-bench --url URL --database DB [--runs N] "
                     "[--snapshots TABLE] [--partitions TABLE] [--folder tables|views|functions] "
                     "[--quick-open TEXT [--also URL]...]\n");
        return 2;
    }

    QApplication app(argc, argv);
    setUpApplication();
    QTemporaryDir dir;
    const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    auto settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
    SecretStore secrets;
    auto window = std::make_unique<MainWindow>(settings.get(), &secrets);
    window->resize(1200, 800);
    const QString id = window->ensureRestProfile(QStringLiteral("bench"), url, QString());
    window->openConnection(id);
    window->saveSession();

    // 1. First paint, in fresh processes, with this saved session.
    std::vector<double> paints;
    for (int i = 0; i < runs; ++i) {
        double ms = timeFirstPaint(argv[0], settingsFile);
        if (ms < 0) {
            std::fprintf(stderr, "first paint: the child process failed\n");
            return 1;
        }
        paints.push_back(ms);
    }
    std::printf("first paint: median %.0f ms over %d starts (min %.0f, max %.0f)\n", median(paints),
                runs, *std::min_element(paints.begin(), paints.end()),
                *std::max_element(paints.begin(), paints.end()));

    window->show();
    CatalogTreeModel* model = window->model();
    const QModelIndex connection = model->connectionIndex(id);
    if (!spinUntil([&] { return model->rowCount(connection) > 0 && model->pendingRequests() == 0; },
                   30000)) {
        std::fprintf(stderr, "the connection did not list its databases\n");
        return 1;
    }
    const QModelIndex dbRow = findChild(model, connection, database);
    if (!dbRow.isValid()) {
        std::fprintf(stderr, "no database %s\n", qPrintable(database));
        return 1;
    }
    // The database's folders come when it is expanded; its Tables (Views, Functions) folder is
    // what loads.
    window->view()->expand(window->filterModel()->mapFromSource(dbRow));
    spinUntil([&] { return model->rowCount(dbRow) > 0; }, 30000);
    QPersistentModelIndex db;
    for (int r = 0; r < model->rowCount(dbRow); ++r) {
        const QModelIndex f = model->index(r, 0, dbRow);
        if (static_cast<NodeKind>(f.data(Role::KindRole).toInt()) == folderKind) db = f;
    }
    if (!db.isValid()) {
        std::fprintf(stderr, "no such folder under %s\n", qPrintable(database));
        return 1;
    }
    const long rssBefore = residentKiB();

    // 2. Load every name, with the probe ticking.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    long ticks = 0;
    QTimer probe;
    probe.setInterval(5);
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
        ++ticks;
    });
    // Stops the probe once overdue ticks have fired: a stall just before the end counts too.
    auto stopProbe = [&] {
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 30)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        probe.stop();
    };
    NavigatorView* view = window->view();
    NavigatorFilterModel* filter = window->filterModel();
    const auto loadStart = Clock::now();
    sinceTick.start();
    probe.start();
    view->expand(filter->mapFromSource(db));
    bool loaded = spinUntil(
        [&] {
            auto state = static_cast<LoadState>(db.data(Role::LoadStateRole).toInt());
            if (state == LoadState::Partial) {
                // What scrolling to the end does: the view asks for the next page.
                view->scrollToBottom();
                model->setData(db, true, Role::MoreWantedRole);
            }
            return state == LoadState::Complete && model->pendingRequests() == 0;
        },
        120000);
    const double loadMs = msSince(loadStart);
    stopProbe();
    const int names = model->rowCount(db);
    if (!loaded) {
        std::fprintf(stderr, "loading stopped at %d names\n", names);
        return 1;
    }
    std::printf("load: %d names in %.0f ms; longest GUI-thread stall %lld ms (%ld probe ticks)\n",
                names, loadMs, static_cast<long long>(longestGap), ticks);
    QCoreApplication::processEvents();
    const long rssLoaded = residentKiB();

    // 3. Filter keystrokes over everything loaded.
    QLineEdit* edit = window->filterEdit();
    edit->setFocus();
    std::vector<double> keys;
    int shown = 0;
    // The names' own first letter: t0000000, v0000000, f0000000 (paimon-bench-data).
    const std::string typed = std::string(1, folderKind == NodeKind::ViewsFolder       ? 'v'
                                             : folderKind == NodeKind::FunctionsFolder ? 'f'
                                                                                       : 't') +
                              "0001";
    for (char c : typed) {
        const auto t = Clock::now();
        QTest::keyClick(edit, c);
        settle(window.get());  // the re-filter, layout and paint it causes
        keys.push_back(msSince(t));
    }
    // No match hides the folder itself: then nothing is shown under it.
    const QModelIndex shownDb = filter->mapFromSource(db);
    shown = shownDb.isValid() ? filter->rowCount(shownDb) : 0;
    for (int i = 0; i < 5; ++i) {
        const auto t = Clock::now();
        QTest::keyClick(edit, Qt::Key_Backspace);
        settle(window.get());
        keys.push_back(msSince(t));
    }
    std::string each;
    for (double k : keys)
        each += (each.empty() ? "" : " ") + std::to_string(static_cast<int>(k + 0.5));
    std::printf(
        "filter: %zu keystrokes over %d names: median %.1f ms, max %.1f ms "
        "('%s' left %d rows; each, in ms: %s)\n",
        keys.size(), names, median(keys), *std::max_element(keys.begin(), keys.end()),
        typed.c_str(), shown, each.c_str());
    std::printf("memory: resident %.1f MB with %d names loaded (%.1f MB before loading)\n",
                static_cast<double>(rssLoaded) / 1024.0, names,
                static_cast<double>(rssBefore) / 1024.0);
    // 5 and 6. A table's snapshots or partitions, a page at a time as the list scrolls.
    auto scrollToEnd = [&](const char* what, const QString& tableName, TablePane::Tab tab,
                           auto modelOf, auto viewOf) -> bool {
        edit->clear();
        settle(window.get());
        QPersistentModelIndex table = findChild(model, db, tableName);
        if (!table.isValid()) {
            std::fprintf(stderr, "no table %s\n", qPrintable(tableName));
            return false;
        }
        view->setCurrentIndex(filter->mapFromSource(table));
        TablePane* pane = window->details()->tablePane();
        if (!spinUntil([&] { return pane->history()->source().has_value(); }, 30000)) {
            std::fprintf(stderr, "the table's details did not show\n");
            return false;
        }
        pane->showTab(tab);
        ListingModel* listing = modelOf(pane);
        QTableView* list = viewOf(pane);
        longestGap = 0;
        ticks = 0;
        const auto start = Clock::now();
        sinceTick.start();
        probe.start();
        const bool all = spinUntil(
            [&] {
                if (listing->state() == ListingState::More) list->scrollToBottom();
                return listing->state() == ListingState::Complete ||
                       listing->state() == ListingState::Failed;
            },
            600000);
        const double ms = msSince(start);
        stopProbe();
        if (!all || listing->state() != ListingState::Complete) {
            std::fprintf(stderr, "%s: loading stopped at %d (%s)\n", what, listing->rowCount(),
                         qPrintable(listing->problem()));
            return false;
        }
        std::printf(
            "%s: %d loaded in %.0f ms; longest GUI-thread stall %lld ms (%ld probe "
            "ticks)\n",
            what, listing->rowCount(), ms, static_cast<long long>(longestGap), ticks);
        return true;
    };
    if (!snapshotsTable.isEmpty() &&
        !scrollToEnd(
            "snapshots", snapshotsTable, TablePane::SnapshotsTab,
            [](TablePane* p) -> ListingModel* { return p->history()->snapshotsModel(); },
            [](TablePane* p) { return p->history()->snapshotsView(); })) {
        return 1;
    }
    if (!partitionsTable.isEmpty() &&
        !scrollToEnd(
            "partitions", partitionsTable, TablePane::PartitionsTab,
            [](TablePane* p) -> ListingModel* { return p->partitions()->model(); },
            [](TablePane* p) { return p->partitions()->view(); })) {
        return 1;
    }
    if (!quickOpenText.isEmpty()) {
        // More connections, each listing its databases first.
        int n = 1;
        for (const QString& other : alsoUrls) {
            const QString otherId =
                window->ensureRestProfile(QStringLiteral("bench %1").arg(++n), other, QString());
            window->openConnection(otherId);
            const QModelIndex conn = model->connectionIndex(otherId);
            if (!spinUntil([&] { return model->catalogFor(conn) && model->pendingRequests() == 0; },
                           30000)) {
                std::fprintf(stderr, "%s did not list its databases\n", qPrintable(other));
                return 1;
            }
        }
        QuickOpen* quick = window->openQuickOpen(QString());
        longestGap = 0;
        ticks = 0;
        const auto start = Clock::now();
        sinceTick.start();
        probe.start();
        quick->search(quickOpenText);
        double first = -1;
        const bool finished = spinUntil(
            [&] {
                if (first < 0 && quick->results()->rowCount() > 0) first = msSince(start);
                return quick->pending() == 0;
            },
            600000);
        const double last = msSince(start);
        stopProbe();
        if (!finished) {
            std::fprintf(stderr, "quick open: still searching after 10 minutes\n");
            return 1;
        }
        std::printf(
            "quick open: %d matches for '%s' in %d connections; first after %.0f ms, all after "
            "%.0f ms; longest GUI-thread stall %lld ms (%ld probe ticks)\n",
            quick->results()->rowCount(), qPrintable(quickOpenText), n, first, last,
            static_cast<long long>(longestGap), ticks);
    }
    if (!compareUrl.isEmpty()) {
        const QString otherId =
            window->ensureRestProfile(QStringLiteral("compared"), compareUrl, QString());
        window->openConnection(otherId);
        if (!spinUntil(
                [&] { return model->catalogFor(model->connectionIndex(otherId)) != nullptr; },
                30000)) {
            std::fprintf(stderr, "%s did not open\n", qPrintable(compareUrl));
            return 1;
        }
        CompareDialog* dialog = window->openCompare();
        dialog->setLeft(id);
        dialog->setRight(otherId);
        const long rssBefore = residentKiB();
        longestGap = 0;
        ticks = 0;
        const auto start = Clock::now();
        sinceTick.start();
        probe.start();
        dialog->compare();
        const bool finished =
            spinUntil([&] { return !dialog->isBusy() && dialog->comparison() != nullptr; }, 600000);
        const double took = msSince(start);
        stopProbe();
        if (!finished) {
            std::fprintf(stderr, "compare: not done after 10 minutes\n");
            return 1;
        }
        const auto& c = *dialog->comparison();
        std::printf(
            "compare: %zu objects (%zu differ, %zu only left, %zu only right), %d plan rows in "
            "%.0f ms; longest GUI-thread stall %lld ms (%ld probe ticks); resident memory +%.1f "
            "MB\n",
            c.count(paimon::Presence::Same) + c.count(paimon::Presence::Differs) +
                c.count(paimon::Presence::OnlyLeft) + c.count(paimon::Presence::OnlyRight),
            c.count(paimon::Presence::Differs), c.count(paimon::Presence::OnlyLeft),
            c.count(paimon::Presence::OnlyRight), dialog->planModel()->rowCount(), took,
            static_cast<long long>(longestGap), ticks, (residentKiB() - rssBefore) / 1024.0);
        const auto shown = Clock::now();
        dialog->differencesOnlyBox()->setChecked(false);
        QApplication::processEvents();
        std::printf("compare: everything shown (differences only off) in %.0f ms\n",
                    msSince(shown));
    }
    window->close();
    return 0;
}
