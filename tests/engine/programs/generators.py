import time


def echo(tag):
    got = None
    try:
        while True:
            print(tag, got)
            got = yield
    finally:
        print(tag, 'closed')


def child():
    print('child runs')
    yield
    raise ValueError('child failed')


def parent(queue):
    queue.append(child())
    time.sleep(0.25)
    yield


def relay(g):
    next(g)
    yield


e = echo('e')
print('driver starts')
next(e)
e.send('hi')
time.sleep(0.5)
e.close()
queue = []
p = parent(queue)
next(p)
c = queue.pop(0)
next(c)
try:
    next(c)
except ValueError as err:
    print('caught', err)
try:
    next(p)
except StopIteration:
    print('parent done')
r = relay(echo('r'))
next(r)
next(c)
