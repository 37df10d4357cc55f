// Twin of queue_crawler.py.
#include "loopscope/twin.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace loopscope::twins::queue_crawler {

namespace {

long long WORKERS = 20;
double LATENCY = 0.5;

// simulated wiki: page -> links on that page
const std::map<std::string, std::vector<std::string>> wiki = {
    {"Python", {"Гвидо ван Россум", "Apple", "1991 год", "Монти Пайтон"}},
    {"Гвидо ван Россум", {"Нидерланды"}},
    {"Apple", {"Стив Джобс", "Антиутопия", "iPhone 15"}},
    {"Монти Пайтон", {"Великобритания"}},
    {"Нидерланды", {"Европа"}},
    {"Стив Джобс", {"Apple", "Калифорния"}},
    {"Антиутопия", {"Джордж Оруэлл", "Карл Маркс"}},
    {"Великобритания", {"Европа", "Лондон"}},
};

// Module-level objects, made afresh for every run (see run()).
std::map<std::string, std::string> link_source;
std::optional<Queue> queue;
std::optional<Event> done;

const std::string source = "Python";
const std::string target = "Карл Маркс";

Coro<std::vector<std::string>> get_links(std::string page_name) {
    at(26); // async def get_links(page_name):
    at(27);
    co_await sleep(LATENCY); // simulated request to the wiki API
    at(28);
    auto it = wiki.find(page_name);
    co_return it != wiki.end() ? it->second : std::vector<std::string>{};
}

bool isdigit(char x) {
    return x >= '0' && x <= '9';
}

Coro<> worker() {
    at(31); // async def worker():
    while (true) {
        at(33);
        std::string page_name = (co_await queue->get()).asStr();
        at(34);
        print("processing", page_name);
        at(35);
        for (const std::string &link : co_await get_links(page_name)) {
            if (link == target) {
                at(37);
                done->set();
            }
            if (link_source.contains(link))
                continue;
            if (std::any_of(link.begin(), link.end(), isdigit))
                continue;
            link_source[link] = page_name;
            at(43);
            queue->putNowait(link);
        }
    }
}

void print_path() {
    std::string node = target;
    std::vector<std::string> path = {node};
    while (node != source) {
        node = link_source[node];
        path.push_back(node);
    }
    // print(*reversed(path), sep=' -> ')
    std::string text;
    for (auto it = path.rbegin(); it != path.rend(); ++it)
        text += (text.empty() ? "" : " -> ") + *it;
    at(52);
    print(text);
}

Coro<> main() {
    at(55); // async def main():
    at(56);
    std::vector<Task> workers;
    for (long long _ = 0; _ < WORKERS; ++_) {
        at(58);
        workers.push_back(createTask(worker()));
    }
    at(59);
    queue->putNowait(source);
    at(60);
    co_await done->wait();

    for (Task &w : workers) {
        at(63);
        w.cancel();
    }
    at(64);
    co_await gather(workers, /*return_exceptions=*/true);

    at(66);
    print_path();
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    WORKERS = params.integer("WORKERS");
    LATENCY = params.number("LATENCY");
    link_source.clear();
    queue.emplace();
    done.emplace();
    Trace trace = loopscope::run(main(), std::move(options));
    queue.reset();
    done.reset();
    return trace;
}

} // namespace loopscope::twins::queue_crawler
