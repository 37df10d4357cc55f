import asyncio

print('loading')
CONFIG = {'delay': 1}
DELAY = CONFIG['missing']

asyncio.run(asyncio.sleep(DELAY))
