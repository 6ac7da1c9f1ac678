#!/usr/bin/env python3
"""Language-server benchmark: how long `loclint server` takes from a one-line didChange to the publishDiagnostics
of that file, warm, in a code location of about 30 files and one of about 300, and its resident memory after 10
edits and after 1,000. It prints figures; it is not a test.

    bench/lsp.py [--edits N] [--memory-edits N] [--debounce MS] [--keep DIR]

The server runs through the ./loclint launcher, as an editor would start it, in the workspace folder, with
--debounce 0 by default so the time measured is the analysis, not the pause the server waits for typing to stop
(editors see that pause on top). The locations come from bench/generate.py (seed 1): the small one is one
generated location (28 files); the large one is that location with the packages and tests of twelve more generated
locations moved into it (about 300 files). Each edit rewrites the line defining a job, renaming the job and back
in turn, so the findings change each time; the latency is the median over --edits edits after 20 warm-up ones.
Memory is VmRSS of the server process after 10 edits and after --memory-edits edits in the same session.
"""
import argparse
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent


class Server:
    def __init__(self, workspace, debounce):
        self.proc = subprocess.Popen([str(ROOT / "loclint"), "server", "--debounce", str(debounce)],
                                     cwd=workspace, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.next_id = 0
        self.cond = threading.Condition()
        self.published = {}   # uri -> (count, diagnostics)
        self.responses = {}
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            message = json.loads(out.read(length))
            with self.cond:
                if message.get("method") == "textDocument/publishDiagnostics":
                    uri = message["params"]["uri"]
                    count = self.published.get(uri, (0, None))[0]
                    self.published[uri] = (count + 1, message["params"]["diagnostics"])
                elif "id" in message and "method" not in message:
                    self.responses[message["id"]] = message
                elif "id" in message:
                    # a request from the server (registerCapability): answer it
                    self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                self.cond.notify_all()

    def _send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        request_id = self.next_id
        self._send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        with self.cond:
            # the first request may wait for ./loclint to build the jar
            if not self.cond.wait_for(lambda: request_id in self.responses, timeout=600):
                raise SystemExit("bench/lsp.py: no answer to %s within 600 s" % method)
            return self.responses.pop(request_id)

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def count(self, uri):
        with self.cond:
            return self.published.get(uri, (0, None))[0]

    def await_publish(self, uri, seen):
        with self.cond:
            if not self.cond.wait_for(lambda: self.published.get(uri, (0, None))[0] > seen, timeout=120):
                raise SystemExit("bench/lsp.py: no diagnostics for %s within 120 s" % uri)
            return self.published[uri][1]

    def rss_mb(self):
        # the launcher execs java, so the process is the JVM itself
        with open("/proc/%d/status" % self.proc.pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()


def generate(locations, out):
    subprocess.run([sys.executable, str(HERE / "generate.py"), "--locations", str(locations), "--seed", "1",
                    "--out", str(out)], check=True, stdout=subprocess.DEVNULL)
    return sorted((out / "locations").iterdir())


def widened(first, others):
    """The first location with the packages and tests of the others moved in: one location, many files."""
    for other in others:
        for package in (other / "src").iterdir():
            shutil.move(str(package), str(first / "src" / package.name))
        shutil.move(str(other / "tests"), str(first / "tests" / other.name.replace("-", "_")))
        shutil.rmtree(other)
    return first


def files(folder):
    return sum(1 for p in folder.rglob("*") if p.is_file() and p.name != "README.md")


def measure(location, edits, memory_edits, debounce):
    package = next((location / "src").iterdir())
    job_file = sorted((package / "jobs").glob("jobs_*.py"))[0]
    text = job_file.read_text()
    lines = text.split("\n")
    job_line = next(i for i, l in enumerate(lines) if l.startswith("def "))
    job_def = lines[job_line]
    uri = job_file.as_uri()
    server = Server(location, debounce)
    try:
        server.request("initialize", {"processId": os.getpid(), "rootUri": location.as_uri(), "capabilities": {}})
        server.notify("initialized", {})
        server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 1,
                                                                "text": text}})
        server.await_publish(uri, 0)
        version = 1
        times = []
        rss_after = {}

        def edit(n):
            nonlocal version
            version += 1
            # odd edits rename the job (a DEF finding appears), even ones restore it
            new_line = job_def.replace("(", "_renamed(", 1) if n % 2 else job_def
            seen = server.count(uri)
            start = time.perf_counter()
            server.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": {"line": job_line, "character": 0},
                                              "end": {"line": job_line, "character": len(lines[job_line])}},
                                    "text": new_line}]})
            lines[job_line] = new_line
            server.await_publish(uri, seen)
            return (time.perf_counter() - start) * 1000

        total = 0
        for n in range(20 + edits):
            elapsed = edit(n)
            total += 1
            if n >= 20:
                times.append(elapsed)
            if total == 10:
                rss_after[10] = server.rss_mb()
        while total < memory_edits:
            edit(total)
            total += 1
        rss_after[memory_edits] = server.rss_mb()
        return times, rss_after
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=50, help="timed edits per location after 20 warm-up ones")
    parser.add_argument("--memory-edits", type=int, default=1000, help="edits before the second memory reading")
    parser.add_argument("--debounce", type=int, default=0, help="the server's --debounce (default 0)")
    parser.add_argument("--keep", help="generate into this folder (kept) instead of a temporary one")
    args = parser.parse_args()
    work = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="loclint-lsp-bench-"))
    try:
        small = generate(1, work / "small")[0]
        big_locations = generate(13, work / "big")
        big = widened(big_locations[0], big_locations[1:])
        print("loclint server, didChange -> publishDiagnostics for a one-line edit (--debounce %d), %s"
              % (args.debounce, time.strftime("%Y-%m-%d")))
        print("| location | files | median (ms) | p90 (ms) | min (ms) | RSS after 10 edits (MB) | RSS after %d"
              " edits (MB) | ratio |" % args.memory_edits)
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for name, location in (("small", small), ("large", big)):
            times, rss = measure(location, args.edits, args.memory_edits, args.debounce)
            times.sort()
            print("| %s | %d | %.1f | %.1f | %.1f | %.0f | %.0f | %.2f |" % (
                name, files(location), statistics.median(times), times[int(len(times) * 0.9) - 1], times[0],
                rss[10], rss[args.memory_edits], rss[args.memory_edits] / rss[10]))
            sys.stdout.flush()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
