"""Archive runs on real engines: the Spark job on local[2] (pyspark + a JVM), the Kubernetes Indexed Job's command
run once per index, and `copydesk audit` over their outputs, each compared with a single `copydesk lint` run.

Run by scripts/archive-tests.sh (make test); needs a built copydesk (.build/debug or COPYDESK_BIN)."""
import collections
import csv
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = 300


def copydesk_binary():
    explicit = os.environ.get("COPYDESK_BIN")
    for candidate in ([Path(explicit)] if explicit else [ROOT / ".build/debug/copydesk", ROOT / ".build/release/copydesk"]):
        if candidate.is_file():
            return str(candidate)
    raise RuntimeError("no copydesk binary: run `swift build` first or set COPYDESK_BIN")


def stable_hash(text):
    """The documented shard hash (docs/scale.md), written independently of the Swift one."""
    mask = (1 << 64) - 1
    h = 0xcbf29ce484222325
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x100000001b3) & mask
    h ^= h >> 33
    h = (h * 0xff51afd7ed558ccd) & mask
    h ^= h >> 33
    h = (h * 0xc4ceb9fe1a85ec53) & mask
    return h ^ (h >> 33)


class ArchiveTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.bin = copydesk_binary()
        cls.tmp = Path(tempfile.mkdtemp(prefix="copydesk-archive-"))
        cls.archive = cls.tmp / "archive"
        subprocess.run([sys.executable, str(ROOT / "scripts/archive/make_archive.py"), str(cls.archive),
                        "--articles", str(ARTICLES)], check=True)
        cls.paths = sorted(str(p) for p in cls.archive.rglob("*") if p.is_file())
        cls.list_file = cls.tmp / "paths.txt"
        cls.list_file.write_text("\n".join(cls.paths) + "\n", encoding="utf-8")
        whole = cls.lint(["--files-from", str(cls.list_file)])
        assert whole.returncode == 0, whole.stderr
        cls.whole = whole.stdout.splitlines()
        cls.records = {json.loads(line)["path"]: json.loads(line) for line in cls.whole}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def lint(cls, args, **kwargs):
        return subprocess.run([cls.bin, "lint", "--format", "jsonl", "--exit-zero", *args],
                              capture_output=True, text=True, **kwargs)

    def test_whole_run_has_one_line_per_article(self):
        self.assertEqual(len(self.whole), ARTICLES)
        self.assertEqual(sorted(self.records), self.paths)
        sections = {r.get("section") for r in self.records.values()}
        self.assertGreaterEqual(len(sections), 6, "the generated archive has varied sections")
        self.assertTrue(any(r["content_warnings"]["categories"] for r in self.records.values()))

    def test_spark_pipe_on_local_2_equals_a_single_run(self):
        out = self.tmp / "spark"
        run = subprocess.run(
            [sys.executable, str(ROOT / "integrations/spark/copydesk_audit.py"), "--paths", str(self.list_file),
             "--output", str(out), "--master", "local[2]", "--copydesk", self.bin, "--partitions", "4", "--parquet"],
            capture_output=True, text=True, env=dict(os.environ, PYSPARK_PYTHON=sys.executable), timeout=900)
        self.assertEqual(run.returncode, 0, run.stderr[-3000:])
        lines = []
        parts = sorted((out / "jsonl").glob("part-*"))
        self.assertEqual(len(parts), 4, "one part per partition")
        for part in parts:
            lines += part.read_text(encoding="utf-8").splitlines()
        self.assertEqual(collections.Counter(lines), collections.Counter(self.whole),
                         "Spark's lines are the single run's lines, as a multiset")
        self.assertTrue((out / "parquet" / "_SUCCESS").is_file())
        self.assertTrue(list((out / "parquet").glob("part-*.parquet")))

    def test_indexed_job_command_run_per_index_splits_the_archive(self):
        manifest = yaml.safe_load((ROOT / "integrations/kubernetes/indexed-job.yaml").read_text(encoding="utf-8"))
        spec = manifest["spec"]
        self.assertEqual(spec["completionMode"], "Indexed")
        count = spec["completions"]
        container = spec["template"]["spec"]["containers"][0]
        script = container["args"][0]
        self.assertIn(f"--shards {count}", script, "--shards matches completions")
        results = self.tmp / "results"
        results.mkdir()
        bindir = self.tmp / "bin"
        bindir.mkdir()
        (bindir / "copydesk").symlink_to(self.bin)
        local = script.replace("/archive", str(self.archive)).replace("/results", str(results))
        for index in range(count):
            env = dict(os.environ, JOB_COMPLETION_INDEX=str(index), PATH=f"{bindir}:{os.environ['PATH']}")
            run = subprocess.run(container["command"] + [local], env=env, capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, run.stderr)
        union = []
        for index in range(count):
            lines = (results / f"shard-{index}.jsonl").read_text(encoding="utf-8").splitlines()
            for line in lines:
                path = json.loads(line)["path"]
                key = os.path.relpath(path, self.archive)
                self.assertEqual(stable_hash(key) % count, index, f"{key} is in the shard the documented hash gives")
            union += lines
        self.assertFalse(list(results.glob("*.partial")))
        paths = [json.loads(line)["path"] for line in union]
        self.assertEqual(len(paths), len(set(paths)), "no file in two shards")
        whole = self.lint([str(self.archive)]).stdout.splitlines()
        self.assertEqual(collections.Counter(union), collections.Counter(whole), "the union is the whole run")

    def test_audit_tables_match_the_results(self):
        shards = self.tmp / "audit-in"
        shards.mkdir()
        half = len(self.whole) // 2
        (shards / "a.jsonl").write_text("\n".join(self.whole[:half]) + "\n", encoding="utf-8")
        with gzip.open(shards / "b.jsonl.gz", "wt", encoding="utf-8") as f:
            f.write("\n".join(self.whole[half:]) + "\n")
        out = self.tmp / "audit"
        run = subprocess.run([self.bin, "audit", str(shards / "a.jsonl"), str(shards / "b.jsonl.gz"), "--output", str(out)],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        with open(out / "articles.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        self.assertEqual(len(rows), ARTICLES)
        self.assertEqual(list(rows[0].keys())[:7], ["path", "headline", "date", "year", "section", "author", "verdict"])
        for row in rows:
            record = self.records[row["path"]]
            self.assertEqual(row["verdict"], record["verdict"])
            self.assertEqual(row["section"], record.get("section", ""))
            self.assertEqual(row["headline"], record.get("headline", ""))
            self.assertEqual(int(row["misspellings"]), sum(f["rule"] == "spelling.misspelling" for f in record["findings"]))
            warnings = record["content_warnings"]
            self.assertEqual(sorted(c.split(":")[0] for c in row["categories"].split(";") if c),
                             sorted(c["id"] for c in warnings["categories"]))
            self.assertEqual(row["needs_warning"], "yes" if warnings["suggestion"]["needed"] else "no")
            self.assertEqual(row["warning_present"], "yes" if warnings["existing"]["present"] else "no")
            grade = record["readability"]["scores"]["consensus_grade"]
            self.assertLessEqual(abs(float(row["grade"]) - grade), 0.05 + 1e-9, "one decimal")
        with open(out / "summary.csv", newline="", encoding="utf-8") as f:
            summary = {(r["measure"], r["key"], r["category"]): r["value"] for r in csv.DictReader(f)}
        self.assertEqual(summary[("articles", "all", "")], str(ARTICLES))
        expected = collections.Counter()
        for record in self.records.values():
            section = record.get("section") or "(none)"
            for category in record["content_warnings"]["categories"]:
                expected[(section, category["id"])] += 1
        self.assertTrue(expected)
        for (section, category), n in expected.items():
            self.assertEqual(summary[("category_by_section", section, category)], str(n), (section, category))
        needing = sum(r["content_warnings"]["suggestion"]["needed"] for r in self.records.values())
        self.assertEqual(summary[("needs_warning", "all", "")], str(needing))
        page = (out / "index.html").read_text(encoding="utf-8")
        self.assertIn(f"{ARTICLES} articles", page)


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    failed = len(result.failures) + len(result.errors)
    print(f"{result.testsRun - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
