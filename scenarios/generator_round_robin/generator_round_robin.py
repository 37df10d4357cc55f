import time

STEPS = 10
PAUSE = 0.5

queue = []


def counter():
    cnt = 0
    while True:
        print(cnt)
        cnt += 1
        yield


def printer():
    cnt = 1
    while True:
        if cnt % 3 == 0:
            print("Go!")
        cnt += 1
        yield


g1 = counter()
queue.append(g1)

g2 = printer()
queue.append(g2)

i = 0
while True:
    g = queue.pop(0)
    time.sleep(PAUSE)
    next(g)
    queue.append(g)
    i += 1
    if i == STEPS:
        break
