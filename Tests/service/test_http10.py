"""HTTP/1.0 clients on the real server: without keep-alive the connection closes once the answer is sent (curl
--http1.0, a raw socket, ApacheBench without -k); with keep-alive it stays open and says so (ab -k)."""
import json
import re
import shutil
import socket
import subprocess

import pytest

BODY = json.dumps({"text": "The council aproved the harbour plan.", "syntax": "text"})


def tool(name):
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed (scripts/setup-deps.sh test installs it)")
    return path


def test_curl_http10_gets_the_answer_and_a_close(server):
    run = subprocess.run([tool("curl"), "--http1.0", "-sS", "-m", "20", "-D", "-", "-X", "POST",
                          "-H", "Content-Type: application/json", "--data", BODY, server.url + "/v1/check"],
                         capture_output=True, timeout=30)
    assert run.returncode == 0, run.stderr
    head, _, body = run.stdout.decode().partition("\r\n\r\n")
    assert head.startswith("HTTP/1.1 200"), head
    assert re.search(r"(?im)^connection: close$", head), head
    assert json.loads(body)["verdict"]["status"] == "blocked", "the misspelling blocks"


def test_raw_http10_request_ends_with_the_server_closing(server):
    """Read until end of stream: a server that keeps the connection open makes this time out."""
    port = int(server.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=15) as sock:
        sock.sendall(b"GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        received = b""
        while True:
            chunk = sock.recv(65536)  # raises socket.timeout if the server never closes
            if not chunk:
                break
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200"), head
    assert json.loads(body)["status"] == "ready"


def ab(server, tmp_path, *args):
    body = tmp_path / "body.json"
    body.write_text(BODY)
    run = subprocess.run([tool("ab"), "-q", "-s", "15", "-n", "40", "-c", "4", *args, "-p", str(body),
                          "-T", "application/json", server.url + "/v1/check"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    numbers = {m.group(1): int(m.group(2)) for m in re.finditer(r"(?m)^([A-Za-z -]+?):\s+(\d+)\s*$", run.stdout)}
    return numbers, run.stdout


def test_ab_without_keep_alive_completes_every_request(server, tmp_path):
    numbers, out = ab(server, tmp_path)
    assert numbers.get("Complete requests") == 40, out
    assert numbers.get("Failed requests") == 0, out
    assert "Non-2xx responses" not in out, out


def test_ab_with_keep_alive_reuses_connections(server, tmp_path):
    numbers, out = ab(server, tmp_path, "-k")
    assert numbers.get("Complete requests") == 40, out
    assert numbers.get("Failed requests") == 0, out
    assert numbers.get("Keep-Alive requests") == 40, out
