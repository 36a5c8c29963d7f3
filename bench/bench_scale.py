"""Scale: the full pipeline against bare ``simple_word_tokenize``, engines, peak RSS (issue 11).

Run from the repository root (never part of the tests; needs ``../shared/data/ant``)::

    .venv/bin/python bench/bench_scale.py                 # 1,000 articles, RSS also at 200
    .venv/bin/python bench/bench_scale.py --n 10000 --small 1000 --engines serial --append
    make bench                                            # both of the above

Every figure comes from the same session on the same real ANT articles, written as files
``<id>.txt`` into a temporary folder: words/s of camel-tools' ``simple_word_tokenize`` over their
texts (in this process) and of ``python -m pipeline run DIR`` (a fresh process, so startup is
counted) with ``--jobs 1``, ``--jobs 2`` and ``--engine dask --jobs 2``; whether the outputs are
byte-identical; peak RSS (the run's process tree, from ``getrusage``) at ``--small`` and ``--n``
articles. Results are printed and written to ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANT = ROOT.parent / "shared" / "data" / "ant" / "articles.jsonl.gz"
RESULTS = ROOT / "bench" / "RESULTS.md"

# Runs a command and prints the peak RSS (KB) of its process tree: ru_maxrss of the children
# this wrapper waited for, which include the workers the command waited for.
_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


def ant_articles(n: int) -> list[dict]:
    records = []
    with gzip.open(ANT, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("text"):
                records.append(record)
            if len(records) == n:
                break
    return records


def write_folder(records: list[dict], folder: Path) -> None:
    folder.mkdir(parents=True)
    for record in records:
        (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")


#: Where ``python -m pipeline`` runs from: this checkout, or ``--code DIR`` (a frozen copy, e.g.
#: ``git archive HEAD | tar -x -C DIR``, so that edits made meanwhile change nothing).
CODE = [ROOT]


def measure(args: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (MB) of ``python -m pipeline ARGS`` in a fresh process."""
    command = [sys.executable, "-c", _MEASURE, sys.executable, "-m", "pipeline", *args]
    line = subprocess.run(command, capture_output=True, text=True, cwd=CODE[0], check=True).stdout
    seconds, rss, code = line.split()
    if code not in ("0", "1"):
        raise SystemExit(f"pipeline {' '.join(args)} exited with {code}")
    return float(seconds), int(rss) // 1024


def tree(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name not in (".stamp", ".corpus-stamp")
    }


def differences(a: dict[str, bytes], b: dict[str, bytes]) -> str:
    names = sorted(n for n in a.keys() | b.keys() if a.get(n) != b.get(n))
    return ", ".join(names[:3]) + (" ..." if len(names) > 3 else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--small", type=int, default=200, help="articles for the RSS baseline")
    parser.add_argument(
        "--engines", default="serial,processes,dask", help="which runs to time (comma-separated)"
    )
    parser.add_argument("--code", type=Path, help="run the pipeline of this copy of the code")
    parser.add_argument("--append", action="store_true",
                        help="add to bench/RESULTS.md instead of starting it anew")
    args = parser.parse_args()
    if args.code:
        CODE[0] = args.code.resolve()
    engines = args.engines.split(",")

    from camel_tools.tokenizers.word import simple_word_tokenize

    records = ant_articles(args.n)
    texts = [r["text"] for r in records]
    started = time.perf_counter()
    words = sum(len(simple_word_tokenize(text)) for text in texts)
    bare = time.perf_counter() - started
    lines = [
        f"# Scale benchmark ({time.strftime('%Y-%m-%d %H:%M')})",
        "",
        f"Command: `{' '.join([Path(sys.executable).name, *sys.argv])}`; machine: "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start; "
        f"{len(records)} ANT articles, {words:,} words (simple_word_tokenize).",
        "",
        "| run | seconds | words/s | ratio to simple_word_tokenize | s per 1,000 articles "
        "| peak RSS MB | outputs |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        f"| bare simple_word_tokenize | {bare:.2f} | {words / bare:,.0f} | 1 | "
        f"{bare * 1000 / len(records):.2f} | | |",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "raw"
        write_folder(records, folder)
        runs = {
            "serial": ["--jobs", "1"],
            "processes": ["--jobs", "2"],
            "dask": ["--engine", "dask", "--jobs", "2"],
        }
        trees: dict[str, dict[str, bytes]] = {}
        speeds: dict[str, float] = {}
        rss_of: dict[str, int] = {}
        for name in engines:
            out = Path(tmp) / f"out-{name}"
            seconds, rss = measure(["run", str(folder), "--out", str(out), "--quiet", *runs[name]])
            trees[name] = tree(out)
            speeds[name] = seconds
            rss_of[name] = rss
            same = (
                "reference"
                if name == engines[0]
                else "byte-identical"
                if trees[name] == trees[engines[0]]
                else f"DIFFERENT: {differences(trees[name], trees[engines[0]])}"
            )
            lines.append(
                f"| run --{' '.join(runs[name]).lstrip('-')} | {seconds:.1f} | "
                f"{words / seconds:,.0f} | {bare / seconds:.3f} | "
                f"{seconds * 1000 / len(records):.1f} | {rss} | {same} |"
            )
            print(lines[-1], flush=True)
        if "serial" in speeds and "processes" in speeds:
            lines.append("")
            lines.append(
                "`--jobs 2` speed-up over `--jobs 1`: "
                f"{speeds['serial'] / speeds['processes']:.2f}x"
            )
        rerun_out = Path(tmp) / f"out-{engines[0]}"
        seconds, _ = measure(
            ["run", str(folder), "--out", str(rerun_out), "--quiet", *runs[engines[0]]]
        )
        lines.append(
            f"Re-run over the unchanged folder: {seconds:.1f} s "
            f"({seconds / speeds[engines[0]]:.0%} of the first run)"
        )
        small = Path(tmp) / "small"
        write_folder(records[: args.small], small)
        _, rss_small = measure(
            ["run", str(small), "--out", str(Path(tmp) / "out-small"), "--quiet", "--jobs", "1"]
        )
        rss_big = (
            rss_of.get("serial")
            or measure(
                ["run", str(folder), "--out", str(Path(tmp) / "out-big"), "--quiet", "--jobs", "1"]
            )[1]
        )
        lines.append(
            f"Peak RSS, --jobs 1: {rss_small} MB at {args.small} articles, {rss_big} MB at "
            f"{len(records)} ({rss_big / rss_small:.2f}x)"
        )
    lines.append(f"Load average at the end: {os.getloadavg()[0]:.1f}")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.append and RESULTS.is_file():
        text = RESULTS.read_text(encoding="utf-8") + "\n" + text
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
