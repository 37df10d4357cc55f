// Twin of check_domains.py.
#include "loopscope/twin.hpp"

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace loopscope::twins::check_domains {

namespace {

double MAX_LATENCY = 2.0;

// simulated network: registered names accept the connection, the others fail
const std::set<std::string> registered = {"python.org", "python.com", "python.ru", "python.net"};
std::map<std::string, double> latency;

// time.perf_counter() on the virtual clock.
double perf_counter() {
    return getRunningLoop().time();
}

Coro<> open_connection(std::string host, long long port) {
    at(12); // async def open_connection(host, port):
    at(13);
    co_await sleep(latency[host]);
    at(14);
    if (!registered.contains(host)) {
        at(15);
        throw OSError("cannot connect to " + host + ":" + std::to_string(port));
    }
}

Coro<Tuple> check_free(std::string domain) {
    at(18); // async def check_free(domain):
    try {
        at(20);
        co_await open_connection("python" + domain, 80);
    } catch (const OSError &) { // except (OSError, asyncio.CancelledError):
        at(23);
        co_return Tuple{{domain, true}};
    } catch (const CancelledError &) {
        at(23);
        co_return Tuple{{domain, true}};
    }
    // else:
    at(25);
    co_return Tuple{{domain, false}};
}

Coro<> main() {
    at(28); // async def main():
    at(29);
    std::vector<std::string> domains = {".org", ".com", ".ru",  ".net",
                                        ".dev", ".xyz", ".shop"}; // domains.csv
    for (const std::string &d : domains) { // simulated network: a random latency for every host
        at(31);
        latency["python" + d] = random::uniform(0.1, MAX_LATENCY);
    }
    at(32);
    double start = perf_counter();
    at(33);
    std::vector<Coro<Tuple>> tasks;
    for (const std::string &d : domains)
        tasks.push_back(check_free(d));
    at(34);
    for (auto cor : asCompleted(std::move(tasks))) {
        at(35);
        Tuple pair = (co_await std::move(cor)).asTuple(); // domain, result = await cor
        std::string domain = pair.items[0].asStr();
        bool result = pair.items[1].asBool();
        at(36);
        std::string free = result ? "free" : "not free";
        char elapsed[32];
        std::snprintf(elapsed, sizeof elapsed, "%0.2f", perf_counter() - start);
        at(37);
        print("python" + domain + " is " + free + ". " + elapsed);
    }
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    MAX_LATENCY = params.number("MAX_LATENCY");
    latency.clear();
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::check_domains
