import asyncio

REQUEST_TIME = 10.0
TIMEOUT = 1.0


async def request_traffic_jams():
    await asyncio.sleep(REQUEST_TIME)


async def main():
    try:
        await asyncio.wait_for(request_traffic_jams(), timeout=TIMEOUT)
        print("Traffic jams received")
    except asyncio.TimeoutError:
        print("Problems with traffic_jams service")

asyncio.run(main())
