import asyncio

async def tick():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.5)
    loop.stop()

loop = asyncio.new_event_loop()
loop.create_task(tick())
loop.run_forever()
loop.close()
print('stopped')
