"""/v1/check on the real server: the CLI's JSON for the same text, UTF-16 offsets, the verdict, and every error."""
import json

import pytest
import requests

from copydesk_server import cli_file_json, without_service_fields


def post(server, body, **kwargs):
    return requests.post(server.url + "/v1/check", json=body, timeout=60, **kwargs)


@pytest.mark.parametrize("name", ["harbour-bridge-vote.md", "museum-reopens.html", "river-flooding.txt", "emoji.md"])
def test_same_bytes_as_lint_json_after_removing_the_service_fields(server, articles, name):
    r = post(server, {"text": articles[name], "path": name})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert without_service_fields(r.text) == cli_file_json(articles[name], name)


def test_offsets_are_utf16_code_units(server, articles):
    text = articles["emoji.md"]
    body = post(server, {"text": text, "path": "emoji.md"}).json()
    units = text.encode("utf-16-le")
    spelled = [f for f in body["findings"] if f["rule"] == "spelling.misspelling"]
    assert [f["match"] for f in spelled] == ["aproved", "harbour", "recieved"]  # en_US: "harbour" too
    for finding in body["findings"]:
        assert units[2 * finding["offset"]:2 * (finding["offset"] + finding["length"])].decode("utf-16-le") == finding["match"]


def test_verdict_blocks_on_a_misspelling_and_passes_clean_text(server):
    blocked = post(server, {"text": "The councl met.\n", "syntax": "text"}).json()["verdict"]
    assert blocked["status"] == "blocked"
    assert any("spelling.misspelling" in reason for reason in blocked["reasons"])
    ready = post(server, {"text": "The council met on Monday.\n", "syntax": "text"}).json()["verdict"]
    assert ready == {"status": "ready", "reasons": []}


def test_path_is_only_a_label(server, tmp_path):
    secret = tmp_path / "secret.md"
    secret.write_text("Zzyzxqq wrods in a file the server must never read.\n")
    body = post(server, {"text": "The council met.\n", "path": str(secret)}).json()
    assert body["path"] == str(secret)
    assert body["findings"] == [] and body["syntax"] == "markdown"


def test_language_field_picks_the_dictionary(server):
    us = post(server, {"text": "The colour of the harbour.\n", "language": "en_US", "syntax": "text"}).json()
    gb = post(server, {"text": "The colour of the harbour.\n", "language": "en-GB", "syntax": "text"}).json()
    assert (us["language"], gb["language"]) == ("en_US", "en_GB")
    assert {f["match"] for f in us["findings"] if f["rule"] == "spelling.misspelling"} == {"colour", "harbour"}
    assert [f for f in gb["findings"] if f["rule"] == "spelling.misspelling"] == []


def test_html_and_sarif_formats(server, articles):
    page = requests.post(server.url + "/v1/check?format=html", json={"text": articles["quay-fire.md"], "path": "quay-fire.md"}, timeout=60)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "<html" in page.text and "quay-fire.md" in page.text
    sarif = requests.post(server.url + "/v1/check?format=sarif", json={"text": "The councl met.\n", "path": "a.txt"}, timeout=60)
    assert sarif.status_code == 200
    results = sarif.json()["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["spelling.misspelling"]


@pytest.mark.parametrize("body,headers,status,code", [
    (b"{not json", {"Content-Type": "application/json"}, 400, "bad_json"),
    (b'{"syntax": "markdown"}', {"Content-Type": "application/json"}, 400, "missing_field"),
    (b'{"text": 5}', {"Content-Type": "application/json"}, 400, "bad_field"),
    (b'["text"]', {"Content-Type": "application/json"}, 400, "bad_json"),
    (b'{"text": "x", "syntax": "docx"}', {"Content-Type": "application/json"}, 415, "unsupported_media_type"),
    (b'{"text": "x"}', {"Content-Type": "text/plain"}, 415, "unsupported_media_type"),
    (b'{"text": "x"}', {"Content-Type": "application/json; charset=latin-1"}, 415, "unsupported_media_type"),
    (b'{"text": "caf\xe9"}', {"Content-Type": "application/json"}, 422, "not_utf8"),
    (b'{"text": "a\\u0000b"}', {"Content-Type": "application/json"}, 422, "not_text"),
    (b'{"text": "x", "language": "english please"}', {"Content-Type": "application/json"}, 400, "bad_language"),
])
def test_bad_requests_get_json_errors(server, body, headers, status, code):
    r = requests.post(server.url + "/v1/check", data=body, headers=headers, timeout=30)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code
    assert set(r.json()["error"]) == {"code", "message"}


def test_unknown_format_and_route(server):
    r = requests.post(server.url + "/v1/check?format=pdf", json={"text": "x"}, timeout=30)
    assert (r.status_code, r.json()["error"]["code"]) == (400, "bad_format")
    r = requests.get(server.url + "/v1/nothing", timeout=30)
    assert (r.status_code, r.json()["error"]["code"]) == (404, "not_found")


def test_a_bad_request_changes_nothing_for_the_next(server):
    good = {"text": "The councl met.\n", "path": "a.txt"}
    before = post(server, good).text
    for junk in (b"\xff\xfe", b"{", b'{"text": "' + b"x" * 1000 + b'"', b'{"text": "\xc3"}'):
        requests.post(server.url + "/v1/check", data=junk, headers={"Content-Type": "application/json"}, timeout=30)
    assert post(server, good).text == before
    assert requests.get(server.url + "/healthz", timeout=10).status_code == 200


def test_logs_one_line_per_request_without_the_text(server):
    marker = "Quixotically-unlogged-sentinel"
    post(server, {"text": f"{marker} words.\n", "path": "log-probe.md"})
    lines = [line for line in server.log if "route=/v1/check" in line]
    assert lines, server.log[-5:]
    last = lines[-1]
    for field in ("method=POST", "status=200", "bytes=", "ms="):
        assert field in last, last
    assert not any(marker in line or "log-probe" in line for line in server.log)
