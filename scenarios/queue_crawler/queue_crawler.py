import asyncio

WORKERS = 20
LATENCY = 0.5

# simulated wiki: page -> links on that page
wiki = {
    'Python': ['Гвидо ван Россум', 'Apple', '1991 год', 'Монти Пайтон'],
    'Гвидо ван Россум': ['Нидерланды'],
    'Apple': ['Стив Джобс', 'Антиутопия', 'iPhone 15'],
    'Монти Пайтон': ['Великобритания'],
    'Нидерланды': ['Европа'],
    'Стив Джобс': ['Apple', 'Калифорния'],
    'Антиутопия': ['Джордж Оруэлл', 'Карл Маркс'],
    'Великобритания': ['Европа', 'Лондон'],
}

link_source = {}
queue = asyncio.Queue()
done = asyncio.Event()

source = 'Python'
target = 'Карл Маркс'


async def get_links(page_name):
    await asyncio.sleep(LATENCY)  # simulated request to the wiki API
    return wiki.get(page_name, ())


async def worker():
    while True:
        page_name = await queue.get()
        print('processing', page_name)
        for link in await get_links(page_name):
            if link == target:
                done.set()
            if link in link_source:
                continue
            if any(x.isdigit() for x in link):
                continue
            link_source[link] = page_name
            queue.put_nowait(link)


def print_path():
    node = target
    path = [node]
    while node != source:
        node = link_source[node]
        path.append(node)
    print(*reversed(path), sep=' -> ')


async def main():
    workers = []
    for _ in range(WORKERS):
        workers.append(asyncio.create_task(worker()))
    queue.put_nowait(source)
    await done.wait()

    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    print_path()

asyncio.run(main())
