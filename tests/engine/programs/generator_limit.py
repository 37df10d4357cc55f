# pytrace: --step-limit 3
def spin():
    n = 0
    while True:
        n += 1
        print('turn', n)
        yield


g = spin()
while True:
    next(g)
