// paimon-server-bench: load on a running paimon-rest-server over loopback, with keep-alive
// connections (one per thread), the way wrk would, but speaking the catalog's paths.
//
//   paimon-server-bench get-table URL DB TABLES [--threads N] [--seconds S]
//       GET .../databases/DB/tables/t<random below TABLES> as fast as the server answers;
//       prints requests per second and latency percentiles.
//   paimon-server-bench list URL DB [--page-size N]
//   paimon-server-bench snapshots URL DB TABLE [--page-size N]
//   paimon-server-bench partitions URL DB TABLE [--page-size N]
//       pages through DB's tables in one connection; prints the time, pages and names.
//
// URL is the server's base address with its prefix path, e.g. http://127.0.0.1:8080/v1/paimon.
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "core/json/Messages.h"
#include "tests/bench/BenchData.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Target {
    std::string origin;  // http://host:port
    std::string path;    // /v1/prefix
};

Target splitUrl(const std::string& url) {
    auto scheme = url.find("://");
    auto slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    if (slash == std::string::npos) return {url, ""};
    return {url.substr(0, slash), url.substr(slash)};
}

std::string option(int argc, char** argv, const char* name, const std::string& fallback) {
    for (int i = 1; i + 1 < argc; ++i)
        if (name == std::string(argv[i])) return argv[i + 1];
    return fallback;
}

int getTable(const Target& target, const std::string& db, long tables, int threads,
             double seconds) {
    std::atomic<bool> stop{false};
    std::vector<std::vector<double>> latencies(static_cast<size_t>(threads));
    std::vector<long> failures(static_cast<size_t>(threads), 0);
    std::vector<std::thread> workers;
    const auto start = Clock::now();
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            httplib::Client client(target.origin);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            std::mt19937_64 random(static_cast<uint64_t>(t) + 1);
            std::uniform_int_distribution<long> pick(0, tables - 1);
            auto& mine = latencies[static_cast<size_t>(t)];
            while (!stop.load(std::memory_order_relaxed)) {
                std::string path = target.path + "/databases/" + db + "/tables/" +
                                   paimon::bench::benchTableName(pick(random));
                const auto sent = Clock::now();
                auto res = client.Get(path);
                const auto took = std::chrono::duration<double, std::micro>(Clock::now() - sent);
                if (!res || res->status != 200) {
                    ++failures[static_cast<size_t>(t)];
                    if (!res) std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    continue;
                }
                mine.push_back(took.count());
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& w : workers)
        w.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::vector<double> all;
    long failed = 0;
    for (size_t t = 0; t < latencies.size(); ++t) {
        all.insert(all.end(), latencies[t].begin(), latencies[t].end());
        failed += failures[t];
    }
    std::sort(all.begin(), all.end());
    auto pct = [&](double p) {
        return all.empty() ? 0.0
                           : all[static_cast<size_t>(p * static_cast<double>(all.size() - 1))];
    };
    std::printf(
        "get-table: %zu requests in %.2f s with %d connections: %.0f requests/s; "
        "latency p50 %.0f us, p99 %.0f us; %ld failed\n",
        all.size(), elapsed, threads, static_cast<double>(all.size()) / elapsed, pct(0.5),
        pct(0.99), failed);
    return failed == 0 && !all.empty() ? 0 : 1;
}

int list(const Target& target, const std::string& db, int pageSize) {
    httplib::Client client(target.origin);
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true);
    client.set_read_timeout(60, 0);
    const auto start = Clock::now();
    std::string token;
    long names = 0, pages = 0;
    while (true) {
        std::string path =
            target.path + "/databases/" + db + "/tables?maxResults=" + std::to_string(pageSize);
        if (!token.empty()) path += "&pageToken=" + httplib::detail::encode_query_param(token);
        auto res = client.Get(path);
        if (!res || res->status != 200) {
            std::cerr << "list: page " << pages + 1 << " failed"
                      << (res ? " with HTTP " + std::to_string(res->status) : "") << "\n";
            return 1;
        }
        auto page = paimon::codec::decodeListTablesResponse(res->body);
        if (!page) {
            std::cerr << "list: " << page.error().message << "\n";
            return 1;
        }
        ++pages;
        names += static_cast<long>(page->items.size());
        if (!page->nextPageToken || page->nextPageToken->empty()) break;
        token = *page->nextPageToken;
    }
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    std::printf("list: %ld names in %ld pages of up to %d in %.0f ms\n", names, pages, pageSize,
                ms);
    return 0;
}

// Every snapshot (or partition) of a table, page by page: the total, and each page's time (the
// slowest and the median), which is what the server spends per page.
int pages(const Target& target, const std::string& what, const std::string& db,
          const std::string& table, int pageSize) {
    httplib::Client client(target.origin);
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true);
    client.set_read_timeout(60, 0);
    const auto start = Clock::now();
    std::string token;
    long count = 0;
    std::vector<double> pageMs;
    while (true) {
        std::string path = target.path + "/databases/" + db + "/tables/" + table + "/" + what +
                           "?maxResults=" + std::to_string(pageSize);
        if (!token.empty()) path += "&pageToken=" + httplib::detail::encode_query_param(token);
        const auto pageStart = Clock::now();
        auto res = client.Get(path);
        pageMs.push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - pageStart).count());
        if (!res || res->status != 200) {
            std::cerr << what << ": page " << pageMs.size() << " failed"
                      << (res ? " with HTTP " + std::to_string(res->status) : "") << "\n";
            return 1;
        }
        std::optional<std::string> next;
        if (what == "snapshots") {
            auto page = paimon::codec::decodeListSnapshotsResponse(res->body);
            if (!page) {
                std::cerr << what << ": " << page.error().message << "\n";
                return 1;
            }
            count += static_cast<long>(page->items.size());
            next = page->nextPageToken;
        } else {
            auto page = paimon::codec::decodeListPartitionsResponse(res->body);
            if (!page) {
                std::cerr << what << ": " << page.error().message << "\n";
                return 1;
            }
            count += static_cast<long>(page->items.size());
            next = page->nextPageToken;
        }
        if (!next || next->empty()) break;
        token = *next;
    }
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    std::vector<double> sorted = pageMs;
    std::sort(sorted.begin(), sorted.end());
    std::printf(
        "%s: %ld %s in %zu pages of up to %d in %.0f ms; page median %.1f ms, "
        "slowest %.1f ms\n",
        what.c_str(), count, what.c_str(), pageMs.size(), pageSize, ms, sorted[sorted.size() / 2],
        sorted.back());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "get-table" && argc >= 5) {
        return getTable(splitUrl(argv[2]), argv[3], std::stol(argv[4]),
                        std::stoi(option(argc, argv, "--threads", "4")),
                        std::stod(option(argc, argv, "--seconds", "5")));
    }
    if (mode == "list" && argc >= 4) {
        return list(splitUrl(argv[2]), argv[3],
                    std::stoi(option(argc, argv, "--page-size", "1000")));
    }
    if ((mode == "snapshots" || mode == "partitions") && argc >= 5) {
        return pages(splitUrl(argv[2]), mode, argv[3], argv[4],
                     std::stoi(option(argc, argv, "--page-size", "100")));
    }
    std::cerr << "usage: paimon-server-bench get-table URL DB TABLES [--threads N] [--seconds S]\n"
                 "       paimon-server-bench list URL DB [--page-size N]\n"
                 "       paimon-server-bench snapshots URL DB TABLE [--page-size N]\n"
                 "       paimon-server-bench partitions URL DB TABLE [--page-size N]\n";
    return 2;
}
