// Twin of forgot_await.py.
#include "loopscope/twin.hpp"

#include <string>

namespace loopscope::twins::forgot_await {

namespace {

/// type(x) for a coroutine object, as print shows it.
template<class T>
std::string type(const Coro<T> &) {
    return "<class 'coroutine'>";
}

class Database { // a simulated database client
public:
    Coro<List> fetch([[maybe_unused]] std::string query) {
        at(5); // async def fetch(self, query):
        at(6);
        co_await sleep(1); // the query travels to the server and back
        at(7);
        co_return List{List{"row 1"}, List{"row 2"}};
    }
};

Coro<> read_data(Database &db) {
    at(10); // async def read_data(db):
    at(11);
    auto data = db.fetch("SELECT ..."); // forgot await!
    at(12);
    print(type(data));
    co_return; // C++ needs a co_ keyword to make this a coroutine
}

Coro<> main() {
    at(15); // async def main():
    at(16);
    Database db;
    at(17);
    co_await read_data(db);
}

} // namespace

Trace run(const scenarios::Params &, RunOptions options) {
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::forgot_await
