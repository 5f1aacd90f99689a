"""A TCP proxy that injects faults on loopback, for scripts/chaos: the services reach PostgreSQL
and the broker through it, and the chaos driver cuts, delays, slows or refuses their connections.

usage: fault_proxy.py CONTROL_PORT NAME:LISTEN_PORT:TARGET_PORT...

Each route forwards 127.0.0.1:LISTEN_PORT to 127.0.0.1:TARGET_PORT. The control port answers HTTP:
  POST /NAME/cut                 closes every open connection of the route at once
  POST /NAME/refuse?seconds=S    closes new connections at once for S seconds (and cuts the open ones)
  POST /NAME/delay?ms=M          holds every chunk M ms before passing it on
  POST /NAME/slow?bytes=B        passes at most B bytes per second and direction per connection
  POST /NAME/normal              back to plain forwarding
  GET  /stats                    JSON: per route, connections accepted, open, cut, refused, and its faults
It stops by itself after --lifetime seconds (an hour unless told), so that a run killed halfway
leaves nothing listening.
"""
import argparse
import asyncio
import json
import signal
import time
import urllib.parse


class Route:
    def __init__(self, name, listen, target):
        self.name, self.listen, self.target = name, listen, target
        self.delay = 0.0
        self.rate = 0
        self.refuse_until = 0.0
        self.connections = set()
        self.stats = {"accepted": 0, "cut": 0, "refused": 0}

    def faults(self):
        return {"delayMs": int(self.delay * 1000), "bytesPerSecond": self.rate,
                "refusing": max(0.0, round(self.refuse_until - time.monotonic(), 1))}

    def cut(self):
        for writers in list(self.connections):
            for writer in writers:
                writer.transport.abort()
        self.stats["cut"] += len(self.connections)
        self.connections.clear()

    async def accept(self, reader, writer):
        if time.monotonic() < self.refuse_until:
            self.stats["refused"] += 1
            writer.transport.abort()
            return
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self.target)
        except OSError:
            self.stats["refused"] += 1
            writer.transport.abort()
            return
        self.stats["accepted"] += 1
        pair = (writer, upstream_writer)
        self.connections.add(pair)
        await asyncio.gather(self.pipe(reader, upstream_writer), self.pipe(upstream_reader, writer), return_exceptions=True)
        self.connections.discard(pair)
        for end in pair:
            end.transport.abort()

    async def pipe(self, reader, writer):
        try:
            while True:
                # A slowed route reads little at a time, so its pace holds within a chunk too.
                chunk = await reader.read(min(self.rate, 65536) if self.rate else 65536)
                if not chunk:
                    break
                if self.delay:
                    await asyncio.sleep(self.delay)
                if self.rate:
                    await asyncio.sleep(len(chunk) / self.rate)
                writer.write(chunk)
                await writer.drain()
        finally:
            writer.transport.abort()


async def control(routes, reader, writer):
    try:
        request = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
        method, target, _ = request.split("\r\n", 1)[0].split(" ", 2)
        url = urllib.parse.urlsplit(target)
        query = dict(urllib.parse.parse_qsl(url.query))
        parts = url.path.strip("/").split("/")
        status, body = 200, {}
        if method == "GET" and parts == ["stats"]:
            body = {name: dict(route.stats, open=len(route.connections), **route.faults()) for name, route in routes.items()}
        elif method == "POST" and len(parts) == 2 and parts[0] in routes:
            route, action = routes[parts[0]], parts[1]
            if action == "cut":
                route.cut()
            elif action == "refuse":
                route.refuse_until = time.monotonic() + float(query.get("seconds", "5"))
                route.cut()
            elif action == "delay":
                route.delay = int(query.get("ms", "100")) / 1000
            elif action == "slow":
                route.rate = int(query.get("bytes", "10000"))
            elif action == "normal":
                route.delay, route.rate, route.refuse_until = 0.0, 0, 0.0
            else:
                status, body = 404, {"error": f"unknown action {action}"}
            if status == 200:
                body = dict(route.stats, open=len(route.connections), **route.faults())
        else:
            status, body = 404, {"error": "unknown path"}
        payload = json.dumps(body).encode()
        writer.write(b"HTTP/1.1 %d X\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
                     % (status, len(payload)) + payload)
        await writer.drain()
    except (ValueError, asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("control_port", type=int)
    parser.add_argument("routes", nargs="+")
    parser.add_argument("--lifetime", type=float, default=3600)
    arguments = parser.parse_args()
    routes = {}
    for text in arguments.routes:
        name, listen, target = text.split(":")
        routes[name] = Route(name, int(listen), int(target))
    servers = [await asyncio.start_server(route.accept, "127.0.0.1", route.listen, reuse_address=True) for route in routes.values()]
    servers.append(await asyncio.start_server(lambda r, w: control(routes, r, w), "127.0.0.1", arguments.control_port,
                                              reuse_address=True))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    loop.call_later(arguments.lifetime, stop.set)
    print(json.dumps({"control": arguments.control_port, "routes": {n: [r.listen, r.target] for n, r in routes.items()}}), flush=True)
    await stop.wait()
    for route in routes.values():
        route.cut()
    for server in servers:
        server.close()


if __name__ == "__main__":
    asyncio.run(main())
