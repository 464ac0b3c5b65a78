#!/usr/bin/env python3
"""Lint an archive on Spark: every executor runs `copydesk lint --exit-zero --files-from - --format jsonl`
through RDD.pipe() on its partition's paths, and the JSON Lines (one line per article, docs/json-output.md) are
written to OUTPUT/jsonl (and, with --parquet, OUTPUT/parquet). Then `copydesk audit OUTPUT/jsonl/part-*` summarises.

    spark-submit copydesk_audit.py --folder /mnt/archive --output /mnt/results
    spark-submit copydesk_audit.py --paths paths.txt --output /mnt/results --partitions 400 --parquet

Every executor needs the copydesk binary (on PATH or --copydesk) and the articles at the same paths (a shared or
mounted file system). Findings never fail a task (--exit-zero); a task fails when copydesk exits non-zero, that is
when a file could not be checked or copydesk itself failed, and Spark retries it. With --keep-going, files that
cannot be checked become error records instead and the job checks instead that every path has its line, so a crash
still fails the job. docs/scale.md has the sizing.
"""
import argparse
import json
import os
import shlex
import shutil
import sys

ARTICLE_EXTENSIONS = (".md", ".markdown", ".html", ".htm", ".txt")  # copydesk's defaults (Syntax.defaultExtensions)


def list_folder(folder):
    """Article files under a folder, as absolute paths, sorted; hidden entries skipped, as copydesk does."""
    found = []
    for directory, subdirectories, files in os.walk(os.path.abspath(folder)):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        found += [os.path.join(directory, f) for f in sorted(files)
                  if not f.startswith(".") and f.lower().endswith(ARTICLE_EXTENSIONS)]
    return found


def command(copydesk, extra):
    return [copydesk, "lint", "--exit-zero", "--files-from", "-", "--format", "jsonl", "--jobs", "1"] + extra


def run(spark, paths_rdd, output, copydesk, keep_going=False, parquet=False, extra=()):
    """Pipes the paths through copydesk, writes OUTPUT/jsonl (and OUTPUT/parquet); returns the number of lines."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "NO_COLOR": "1"}
    for name in ("COPYDESK_DATA", "DICPATH", "HOME", "LANG"):
        if name in os.environ:
            env[name] = os.environ[name]
    lines = paths_rdd.pipe(shlex.join(command(copydesk, list(extra))), env=env, checkCode=not keep_going)
    lines = lines.persist()
    lines.saveAsTextFile(os.path.join(output, "jsonl"))
    if keep_going:
        # Without the exit status, completeness is checked instead: one line per path, none missing.
        seen = lines.map(lambda line: json.loads(line)["path"])
        missing = paths_rdd.subtract(seen).take(10)
        if missing:
            raise SystemExit("copydesk_audit: no result for %s%s (did copydesk fail on an executor?)"
                             % (", ".join(missing), " and more" if len(missing) == 10 else ""))
    if parquet:
        spark.read.json(os.path.join(output, "jsonl")).write.parquet(os.path.join(output, "parquet"))
    count = lines.count()
    lines.unpersist()
    return count


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = ap.add_mutually_exclusive_group(required=True)
    source.add_argument("--paths", help="a text file (local or any Spark-readable URI) of article paths, one per line")
    source.add_argument("--folder", help="a folder of articles, listed on the driver")
    ap.add_argument("--output", required=True, help="folder for jsonl/ (and parquet/); must not exist")
    ap.add_argument("--copydesk", default=shutil.which("copydesk") or "copydesk", help="the copydesk binary on the executors")
    ap.add_argument("--partitions", type=int, help="partitions (default: Spark's, for --folder about 200 articles each)")
    ap.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    ap.add_argument("--parquet", action="store_true", help="also write OUTPUT/parquet (the same records, columnar)")
    ap.add_argument("--keep-going", action="store_true",
                    help="files that cannot be checked are error records, not task failures; every path must have its line")
    ap.add_argument("copydesk_args", nargs="*", help="more copydesk lint options after --, e.g. -- --config /etc/copydesk.yml")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession  # imported here so --help works without Spark
    builder = SparkSession.builder.appName("copydesk-audit").config("spark.ui.enabled", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    try:
        if args.folder:
            paths = list_folder(args.folder)
            partitions = args.partitions or max(1, min(10000, len(paths) // 200 or 1))
            rdd = spark.sparkContext.parallelize(paths, partitions)
        else:
            rdd = spark.sparkContext.textFile(args.paths, args.partitions).filter(lambda p: p.strip() != "")
        count = run(spark, rdd, args.output, args.copydesk, keep_going=args.keep_going, parquet=args.parquet,
                    extra=args.copydesk_args)
        print(f"copydesk_audit: {count} articles; results in {os.path.join(args.output, 'jsonl')}", file=sys.stderr)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
