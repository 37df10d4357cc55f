import time


def ticker(name, n):
    for i in range(n):
        print(name, i)
        yield i
    return name + ' done'


def echo():
    try:
        while True:
            got = yield
            print('echo', got)
    finally:
        print('echo closed')


def failing():
    yield 1
    raise ValueError('bad turn')


t = ticker('a', 2)
print('made a', type(t).__name__)
next(t)
time.sleep(0.25)
next(t)
try:
    next(t)
except StopIteration as stop:
    print('returned', stop.value)
e = echo()
next(e)
e.send('hi')
e.close()
f = failing()
next(f)
try:
    next(f)
except ValueError as err:
    print('caught', err)
print('total', sum(ticker('b', 2)))
