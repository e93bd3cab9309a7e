#!/usr/bin/env python3
"""A page as a person sees it: renders an HTML file in headless Chromium
(Debian's chromium) through the DevTools protocol, 390 px wide as a phone,
and prints what a reader would notice:

  charts N, drawn N      every <svg> with a bounding box of some size
  console errors N       console.error calls, exceptions and error log entries
  horizontal scroll no   the page is no wider than the screen
  scripts N              <script> elements in the page
  screenshot COLOURS     distinct colours in the screenshot (1: blank)

  render.py PAGE.html [SCREENSHOT.png]

Python's standard library only: a small WebSocket client speaks the
protocol.  Exits 2 when Chromium cannot be run."""
import base64
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib


class Socket:
    """A WebSocket client: text frames out (masked), whole messages in."""

    def __init__(self, url):
        m = re.match(r"ws://([^:/]+):(\d+)(/.*)", url)
        self.s = socket.create_connection((m.group(1), int(m.group(2))), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.s.sendall(("GET %s HTTP/1.1\r\nHost: %s:%s\r\nUpgrade: websocket\r\n"
                        "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\n"
                        "Sec-WebSocket-Version: 13\r\n\r\n" % (m.group(3), m.group(1), m.group(2), key)).encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.s.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("no WebSocket: %r" % head[:80])

    def exact(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.s.recv(n - len(buf))
            if not chunk:
                raise RuntimeError("connection closed")
            buf += chunk
        return buf

    def send(self, obj):
        data = json.dumps(obj).encode()
        head = bytes([0x81])
        n = len(data)
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 65536:
            head += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            head += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.s.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def recv(self):
        message = b""
        while True:
            b0, b1 = self.exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self.exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self.exact(8))[0]
            message += self.exact(n)
            if b0 & 0x80:
                return json.loads(message)


class Page:
    def __init__(self, ws):
        self.ws = ws
        self.next = 0
        self.events = []

    def call(self, method, **params):
        self.next += 1
        self.ws.send({"id": self.next, "method": method, "params": params})
        while True:
            msg = self.ws.recv()
            if msg.get("id") == self.next:
                if "error" in msg:
                    raise RuntimeError("%s: %s" % (method, msg["error"]))
                return msg.get("result", {})
            self.events.append(msg)

    def wait(self, event, seconds=30):
        end = time.time() + seconds
        while time.time() < end:
            if any(e.get("method") == event for e in self.events):
                return
            self.events.append(self.ws.recv())
        raise RuntimeError("no " + event)


def colours(png):
    """Distinct colours of an 8-bit RGB or RGBA PNG."""
    pos, idat = 8, b""
    while pos < len(png):
        n, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    bpp = {2: 3, 6: 4}[ctype]
    raw, stride, prev, seen, i = zlib.decompress(idat), w * bpp, bytearray(w * bpp), set(), 0
    for _ in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        seen.update(bytes(line[x:x + 3]) for x in range(0, stride, bpp))
        prev = line
        if len(seen) > 1000:
            break
    return len(seen)


MEASURE = """JSON.stringify({
  svgs: [...document.querySelectorAll('svg')].map(s => { const b = s.getBBox(); const r = s.getBoundingClientRect(); return [b.width, b.height, r.width, r.height]; }),
  scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  scripts: document.querySelectorAll('script').length,
  height: document.documentElement.scrollHeight
})"""


def main():
    page_path = os.path.abspath(sys.argv[1])
    shot = sys.argv[2] if len(sys.argv) > 2 else None
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print("no chromium", file=sys.stderr)
        return 2
    profile = tempfile.mkdtemp(prefix="wagestat-chromium.")
    proc = subprocess.Popen([browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                             "--no-first-run", "--hide-scrollbars", "--remote-debugging-port=0",
                             "--user-data-dir=" + profile, "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        url = None
        end = time.time() + 60
        while url is None and time.time() < end:
            line = proc.stderr.readline()
            m = re.search(r"DevTools listening on (ws://\S+)", line)
            if m:
                url = m.group(1)
        port = re.match(r"ws://[^:]+:(\d+)/", url).group(1)
        targets = json.load(urllib.request.urlopen("http://127.0.0.1:%s/json/list" % port))
        ws = Socket([t for t in targets if t["type"] == "page"][0]["webSocketDebuggerUrl"])
        p = Page(ws)
        for domain in ("Page", "Runtime", "Log"):
            p.call(domain + ".enable")
        p.call("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True)
        p.call("Page.navigate", url="file://" + page_path)
        p.wait("Page.loadEventFired")
        got = json.loads(p.call("Runtime.evaluate", expression=MEASURE, returnByValue=True)["result"]["value"])
        png = base64.b64decode(p.call("Page.captureScreenshot", format="png")["data"])
        if shot:
            p.call("Emulation.setDeviceMetricsOverride", width=1000, height=1400, deviceScaleFactor=1, mobile=False)
            open(shot, "wb").write(base64.b64decode(p.call("Page.captureScreenshot", format="png")["data"]))
        errors = [e for e in p.events
                  if e.get("method") == "Runtime.exceptionThrown"
                  or (e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] == "error")
                  or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")]
        drawn = sum(1 for s in got["svgs"] if min(s) > 0)
        print("charts %d, drawn %d" % (len(got["svgs"]), drawn))
        print("console errors %d" % len(errors))
        for e in errors[:5]:
            print("  " + json.dumps(e["params"])[:200])
        print("horizontal scroll %s" % ("no" if got["scroll"] <= 0 else "%d px" % got["scroll"]))
        print("scripts %d" % got["scripts"])
        n = colours(png)
        print("screenshot %s" % ("blank" if n <= 1 else "not blank"))
        return 0
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
