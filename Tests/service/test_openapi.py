"""docs/openapi.yaml: valid OpenAPI 3.1, and the live server keeps to it under schemathesis' generated requests."""
import os
import shutil
import subprocess
import sys

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from copydesk_server import ROOT

DOCUMENT = ROOT / "docs" / "openapi.yaml"
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def test_document_is_valid_openapi_3_1():
    spec, _ = read_from_filename(str(DOCUMENT))
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_schemathesis_finds_no_5xx_and_no_response_off_the_schema(server, tmp_path):
    st = shutil.which("st") or shutil.which("schemathesis")
    command = [st] if st else [sys.executable, "-m", "schemathesis.cli"]
    examples = os.environ.get("COPYDESK_SCHEMATHESIS_EXAMPLES", "40")
    run = subprocess.run(
        command + ["run", str(DOCUMENT), "--url", server.url, "--checks", CHECKS, "--max-examples", examples,
                   "--generation-deterministic", "--request-timeout", "60", "--phases", "examples,coverage,fuzzing",
                   "--suppress-health-check", "all", "--no-color"],
        cwd=tmp_path, capture_output=True, text=True, timeout=900)
    print(run.stdout[-6000:])
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
