#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace paimon::testing {

// Bytes that reached a local server's sockets but that it has not read yet (it is paused, or
// busy): the sum of the receive queues of the sockets on `port` in /proc/net/tcp and tcp6.
// Lets a test wait until a request has reached the server, instead of sleeping.
inline long unreadBytesAtServer(int port) {
    long total = 0;
    for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        std::ifstream in(table);
        std::string line;
        std::getline(in, line);  // the header
        while (std::getline(in, line)) {
            std::istringstream fields(line);
            std::string slot, local, remote, state, queues;
            fields >> slot >> local >> remote >> state >> queues;
            const auto colon = local.rfind(':');
            const auto queueColon = queues.find(':');
            if (colon == std::string::npos || queueColon == std::string::npos) continue;
            if (std::stoi(local.substr(colon + 1), nullptr, 16) != port) continue;
            total += std::stol(queues.substr(queueColon + 1), nullptr, 16);
        }
    }
    return total;
}

}  // namespace paimon::testing
