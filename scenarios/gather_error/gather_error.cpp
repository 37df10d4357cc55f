// Twin of gather_error.py.
#include "loopscope/twin.hpp"

#include <vector>

namespace loopscope::twins::gather_error {

namespace {

long long FAIL_ID = 4; // the listing's module constant, set by run() from the parameters

std::vector<int> id_list = {1, 2, 3, 4};

Coro<> connect_to_user(int usr_id) {
    at(8); // async def connect_to_user(usr_id):
    at(9);
    print("Подключаюсь к " + std::to_string(usr_id));
    at(10);
    if (usr_id == FAIL_ID) {
        at(11);
        throw OSError("Не могу подключиться к " + std::to_string(usr_id));
    }
    at(12);
    co_await sleep(1);
    at(13);
    print("Отправляю команду test пользователю " + std::to_string(usr_id));
    at(14);
    co_await sleep(1);
}

Coro<List> send_msg(std::vector<int> id_list, bool return_ex = false) {
    at(17); // async def send_msg(id_list, return_ex=False):
    at(18);
    std::vector<Coro<>> coroutines; // map(connect_to_user, id_list)
    for (int usr_id : id_list)
        coroutines.push_back(connect_to_user(usr_id));
    at(19);
    List result = co_await gather(std::move(coroutines), return_ex);
    at(20);
    co_return result;
}

Coro<> main() {
    at(23); // async def main():
    try {
        at(25);
        co_await send_msg(id_list, false);
    } catch (const OSError &exc) {
        at(27);
        print("OSError: " + std::string(exc.what()));
    }
    at(28);
    co_await sleep(2); // gather никого не отменил: остальные доработают
}

} // namespace

Trace run(const scenarios::Params &params, RunOptions options) {
    FAIL_ID = params.integer("FAIL_ID");
    return loopscope::run(main(), std::move(options));
}

} // namespace loopscope::twins::gather_error
