import time


def numbers():
    yield 1
    yield 2


def doubled():
    yield from numbers()


def spawner(queue):
    queue.append(doubled())
    while True:
        time.sleep(0.5)
        yield


queue = [spawner([])]
queue = []
queue.append(spawner(queue))
while True:
    g = queue.pop(0)
    time.sleep(1.0)
    value = next(g)
    print('got', value)
    queue.append(g)
