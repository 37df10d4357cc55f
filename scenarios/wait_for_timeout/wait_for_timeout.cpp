// Twin of wait_for_timeout.py.
#include "loopscope/twin.hpp"

namespace loopscope::twins::wait_for_timeout {

namespace {

Coro<> request_traffic_jams(double REQUEST_TIME) {
    at(7); // async def request_traffic_jams():
    at(8);
    co_await sleep(REQUEST_TIME);
}

Coro<> main(double REQUEST_TIME, double TIMEOUT) {
    at(11); // async def main():
    try {
        at(13);
        co_await waitFor(request_traffic_jams(REQUEST_TIME), TIMEOUT);
        at(14);
        print("Traffic jams received");
    } catch (const TimeoutError &) {
        at(16);
        print("Problems with traffic_jams service");
    }
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    return loopscope::run(main(params.number("REQUEST_TIME"), params.number("TIMEOUT")),
                          std::move(options));
}

} // namespace loopscope::twins::wait_for_timeout
