import asyncio

FAIL_ID = 4

id_list = [1, 2, 3, 4]


async def connect_to_user(usr_id):
    print(f'Подключаюсь к {usr_id}')
    if usr_id == FAIL_ID:
        raise OSError(f'Не могу подключиться к {usr_id}')
    await asyncio.sleep(1)
    print(f'Отправляю команду test пользователю {usr_id}')
    await asyncio.sleep(1)


async def send_msg(id_list, return_ex=False):
    coroutines = map(connect_to_user, id_list)
    result = await asyncio.gather(*coroutines, return_exceptions=return_ex)
    return result


async def main():
    result = await send_msg(id_list, True)
    print(result)

asyncio.run(main())
