"""Starts the real `copydesk serve` binary on a free loopback port and stops it; shared by the service tests and
the browser test of the / page. Only 127.0.0.1 is ever used."""
import os
import re
import subprocess
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]


def copydesk_binary():
    explicit = os.environ.get("COPYDESK_BIN")
    candidates = [Path(explicit)] if explicit else [ROOT / ".build" / "debug" / "copydesk", ROOT / ".build" / "release" / "copydesk"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise RuntimeError("no copydesk binary: run `swift build` first or set COPYDESK_BIN")


class Server:
    """A running `copydesk serve`: its process, base URL and the log lines it wrote to standard error."""

    def __init__(self, *args, cwd=ROOT, wait_ready=True):
        self.process = subprocess.Popen(
            [str(copydesk_binary()), "serve", "--host", "127.0.0.1", "--port", "0", *args],
            cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.log = []
        self._port = None
        self._listening = threading.Event()
        threading.Thread(target=self._read_log, daemon=True).start()
        if not self._listening.wait(120):
            self.stop()
            raise RuntimeError("copydesk serve did not start listening:\n" + "\n".join(self.log))
        self.url = f"http://127.0.0.1:{self._port}"
        if wait_ready:
            self.wait_ready()

    def _read_log(self):
        for line in self.process.stderr:
            self.log.append(line.rstrip("\n"))
            found = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
            if found:
                self._port = int(found.group(1))
                self._listening.set()

    def wait_ready(self, seconds=120):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("copydesk serve exited:\n" + "\n".join(self.log))
            try:
                if requests.get(self.url + "/healthz", timeout=5).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise RuntimeError("copydesk serve never became ready")

    def rss_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                return self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def cli_file_json(text, name):
    """`copydesk lint --format json` on the text as standard input called `name`: the bytes of its files[0]."""
    run = subprocess.run([str(copydesk_binary()), "lint", "-", "--stdin-filename", name, "--format", "json", "--jobs", "1"],
                         cwd=ROOT, input=text.encode(), capture_output=True)
    assert run.returncode in (0, 1), run.stderr.decode()
    out = run.stdout.decode()
    assert out.startswith('{"files":['), out[:200]
    return out[len('{"files":['):out.rindex('],"summary":')]


def without_service_fields(body):
    """A /v1/check JSON body with its `verdict` and the findings' `offset`/`length` taken out, as bytes of text."""
    head, _, _ = body.rpartition(',"verdict":')
    return re.sub(r'"(length|offset)":\d+,', "", head + "}")
