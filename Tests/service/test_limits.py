"""--max-bytes, --token-file and --timeout on their own servers."""
import pytest
import requests

from copydesk_server import Server

TOKEN = "s3cret-token-for-tests-0123456789"


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    token_file = tmp_path_factory.mktemp("token") / "token"
    token_file.write_text(TOKEN + "\n")
    running = Server("--token-file", str(token_file), "--max-bytes", "2000")
    yield running
    assert running.stop() == 0


def test_token_is_required_on_v1_and_v2(guarded):
    for method, route, kwargs in [("post", "/v1/check", {"json": {"text": "x"}}), ("post", "/v2/check", {"data": {"text": "x"}}),
                                  ("get", "/v2/languages", {})]:
        r = getattr(requests, method)(guarded.url + route, timeout=30, **kwargs)
        assert r.status_code == 401, (route, r.text)
        assert r.json()["error"]["code"] == "unauthorized" and r.headers["www-authenticate"] == "Bearer"
        wrong = getattr(requests, method)(guarded.url + route, timeout=30, headers={"Authorization": "Bearer nope"}, **kwargs)
        assert wrong.status_code == 401
        ok = getattr(requests, method)(guarded.url + route, timeout=30, headers={"Authorization": f"Bearer {TOKEN}"}, **kwargs)
        assert ok.status_code == 200, (route, ok.text)
    assert requests.get(guarded.url + "/healthz", timeout=10).status_code == 200


def test_form_token_for_the_page(guarded):
    r = requests.post(guarded.url + "/v1/check?format=html", data={"text": "The council met.", "token": TOKEN}, timeout=30)
    assert r.status_code == 200 and "<html" in r.text
    r = requests.post(guarded.url + "/v1/check?format=html", data={"text": "The council met.", "token": "wrong"}, timeout=30)
    assert r.status_code == 401


def test_over_max_bytes_is_413(guarded):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = requests.post(guarded.url + "/v1/check", json={"text": "word " * 1000}, headers=auth, timeout=30)
    assert (r.status_code, r.json()["error"]["code"]) == (413, "too_large")

    def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(10):
            yield b'{"text": "' + b"a" * 500

    r = requests.post(guarded.url + "/v1/check", data=chunks(), headers=dict(auth, **{"Content-Type": "application/json"}), timeout=30)
    assert r.status_code == 413
    assert requests.post(guarded.url + "/v1/check", json={"text": "The council met."}, headers=auth, timeout=30).status_code == 200


def test_past_timeout_is_504_and_the_server_goes_on(articles):
    running = Server("--timeout", "1ms", "--jobs", "1")
    try:
        long_text = "\n\n".join(articles.values()) * 3
        r = requests.post(running.url + "/v1/check", json={"text": long_text, "path": "long.md"}, timeout=60)
        assert (r.status_code, r.json()["error"]["code"]) == (504, "timeout")
        assert requests.get(running.url + "/healthz", timeout=10).status_code == 200
    finally:
        assert running.stop() == 0


def test_bad_configuration_stops_the_start_with_exit_2(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("speling:\n  words: [x]\n")
    import subprocess
    from copydesk_server import copydesk_binary
    run = subprocess.run([str(copydesk_binary()), "serve", "--port", "0", "--config", str(bad)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "bad.yml" in run.stderr
