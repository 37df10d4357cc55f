import asyncio
import random
import time

MAX_LATENCY = 2.0

# simulated network: registered names accept the connection, the others fail
registered = {'python.org', 'python.com', 'python.ru', 'python.net'}
latency = {}


async def open_connection(host, port):
    await asyncio.sleep(latency[host])
    if host not in registered:
        raise OSError(f'cannot connect to {host}:{port}')


async def check_free(domain):
    try:
        await open_connection(
            'python' + domain, 80)
    except (OSError, asyncio.CancelledError):
        return domain, True
    else:
        return domain, False


async def main():
    domains = ['.org', '.com', '.ru', '.net', '.dev', '.xyz', '.shop']  # domains.csv
    for d in domains:  # simulated network: a random latency for every host
        latency['python' + d] = random.uniform(0.1, MAX_LATENCY)
    start = time.perf_counter()
    tasks = [check_free(d) for d in domains]
    for cor in asyncio.as_completed(tasks):
        domain, result = await cor
        free = 'free' if result else 'not free'
        print(f'python{domain} is {free}. '
              f'{time.perf_counter() - start:0.2f}')

asyncio.run(main())
