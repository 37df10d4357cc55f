import asyncio


class Database:  # a simulated database client
    async def fetch(self, query):
        await asyncio.sleep(1)  # the query travels to the server and back
        return [('row 1',), ('row 2',)]


async def read_data(db):
    data = db.fetch('SELECT ...')  # forgot await!
    print(type(data))


async def main():
    db = Database()
    await read_data(db)

asyncio.run(main())
