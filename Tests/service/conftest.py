import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from copydesk_server import ROOT, Server  # noqa: E402

# The seed article lives in shared/ beside the repository (never copied into it).
SEED = next((p for p in (ROOT.parent / "shared" / "seeds" / "000_56e9ca2183dd3a87.txt",
                         Path("/work/shared/seeds/000_56e9ca2183dd3a87.txt")) if p.is_file()),
            Path("/work/shared/seeds/000_56e9ca2183dd3a87.txt"))


@pytest.fixture(scope="session")
def server():
    running = Server()
    yield running
    assert running.stop() == 0, "\n".join(running.log)


@pytest.fixture(scope="session")
def articles():
    """Name → text: the bundled examples, and the seed article when this machine has it (never copied here)."""
    found = {p.name: p.read_text() for p in sorted((ROOT / "Examples").rglob("*")) if p.is_file()}
    if SEED.is_file():
        found["seed.md"] = SEED.read_text()
    found["emoji.md"] = "# Vote 🗳️\n\nThe 👍 council aproved the harbour plan, and the mayor 😀 said it was recieved well.\n"
    return found
