# pytrace: --horizon 2
import time


def tick():
    while True:
        yield


g = tick()
while True:
    time.sleep(0.75)
    next(g)
