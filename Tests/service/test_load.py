"""Eight clients at once for a bounded time: every answer is the CLI's JSON for the same text (after the verdict and
the UTF-16 fields are removed) and memory stays flat; SIGTERM under load cuts no response off."""
import os
import signal
import threading
import time

import pytest
import requests

from copydesk_server import Server, cli_file_json, without_service_fields

SECONDS = float(os.environ.get("COPYDESK_LOAD_SECONDS", "30"))
CLIENTS = 8


@pytest.fixture(scope="module")
def expected(articles):
    return {name: cli_file_json(text, name) for name, text in articles.items()}


def test_eight_clients_get_the_cli_json_and_memory_stays_flat(articles, expected):
    running = Server("--jobs", "2")
    names = sorted(articles)
    stop = time.monotonic() + SECONDS
    counts, mismatches, errors = [0] * CLIENTS, [], []

    def client(index):
        session = requests.Session()
        turn = index
        while time.monotonic() < stop:
            name = names[turn % len(names)]
            turn += 1
            try:
                r = session.post(running.url + "/v1/check", json={"text": articles[name], "path": name}, timeout=60)
            except requests.RequestException as error:
                errors.append(repr(error))
                continue
            if r.status_code != 200 or without_service_fields(r.text) != expected[name]:
                mismatches.append((name, r.status_code, r.text[:300]))
            counts[index] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    samples = []
    while time.monotonic() < stop:
        samples.append((time.monotonic(), running.rss_kib()))
        time.sleep(0.5)
    for thread in threads:
        thread.join()
    samples.append((time.monotonic(), running.rss_kib()))
    assert running.stop() == 0
    total = sum(counts)
    print(f"{total} responses in {SECONDS:.0f} s from {CLIENTS} clients; RSS samples (KiB): {[kib for _, kib in samples][::4]}")
    assert errors == [] and mismatches == [], (errors[:3], mismatches[:3])
    assert min(counts) > 0, counts
    # Warm-up: the first quarter of the run (every article seen, caches filled); then flat within 20 %.
    start = samples[0][0]
    warm = [kib for t, kib in samples if t - start <= SECONDS / 4]
    after = [kib for t, kib in samples if t - start > SECONDS / 4]
    assert after and max(after) <= 1.2 * warm[-1], (warm[-1], max(after))


def test_sigterm_under_load_finishes_every_response_it_started(articles, expected):
    running = Server("--jobs", "2")
    name = "seed.md" if "seed.md" in articles else "harbour-bridge-vote.md"
    outcomes, lock = [], threading.Lock()
    sent_term = threading.Event()
    term_time = [0.0]

    def client():
        refused = 0
        while refused < 3:
            began = time.monotonic()
            try:
                r = requests.post(running.url + "/v1/check", json={"text": articles[name], "path": name},
                                  headers={"Connection": "close"}, timeout=60)
                kind = "ok" if r.status_code == 200 and without_service_fields(r.text) == expected[name] else f"bad {r.status_code}"
            except requests.exceptions.ConnectionError as error:
                text = repr(error)
                if "Connection refused" in text or "NewConnectionError" in text:
                    kind = "refused"
                    refused += 1
                    time.sleep(0.05)
                elif "RemoteDisconnected" in text and "IncompleteRead" not in text:
                    kind = "closed before any response"
                else:
                    kind = "cut: " + text[:200]
            except requests.RequestException as error:
                kind = "cut: " + repr(error)[:200]
            with lock:
                outcomes.append((began, time.monotonic(), kind))

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    time.sleep(min(3.0, SECONDS / 4))
    term_time[0] = time.monotonic()
    running.process.send_signal(signal.SIGTERM)
    sent_term.set()
    status = running.process.wait(60)
    for thread in threads:
        thread.join(60)
    kinds = [kind for _, _, kind in outcomes]
    spanning = [o for o in outcomes if o[0] < term_time[0] < o[1] and o[2] == "ok"]
    print({k: kinds.count(k) for k in set(kinds)}, f"{len(spanning)} answered across the SIGTERM")
    assert status == 0, running.log[-5:]
    assert not [k for k in kinds if k.startswith("cut") or k.startswith("bad")], kinds
    assert spanning, "no request was in flight when SIGTERM arrived"
