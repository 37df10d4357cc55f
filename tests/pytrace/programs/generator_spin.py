def forever():
    n = 0
    while True:
        n += 1
        if n <= 2:
            print('turn', n)
        yield n


g = forever()
while True:
    next(g)
