"""Precision of the analysis's categories and roles against hand judgements.

    .venv/bin/python bench/bench_analysis.py --sample /tmp/antsample    # write the ANT sample
    .venv/bin/python -m pipeline run /tmp/antsample --out /tmp/antout
    .venv/bin/python -m pipeline analyse --out /tmp/antout
    .venv/bin/python bench/bench_analysis.py /tmp/antout                 # score, and list to judge

Judgements (``bench/analysis_judgements.tsv``) name a fact by article id and offset and say
whether its category and its roles are right; facts judged whose row changed since (another
category, roles now empty) are counted as they are now, by the rules in the file's header.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from pathlib import Path

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "ant" / "articles.jsonl.gz"
JUDGEMENTS = Path(__file__).with_name("analysis_judgements.tsv")
EVERY, COUNT = 200, 200


def write_sample(folder: Path, source: Path = ANT) -> int:
    """Every 200th ANT article, the first 200 of them, as ``<id>.txt`` (kept out of git)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if number % EVERY:
                continue
            record = json.loads(line)
            (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
            written += 1
            if written == COUNT:
                break
    return written


def score(out: Path) -> None:
    import pandas as pd

    facts = pd.read_csv(out / "facts.csv", encoding="utf-8-sig", keep_default_na=False, dtype=str)
    with JUDGEMENTS.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
        rows = list(csv.DictReader(lines, delimiter="\t"))
    by_key = {(r["article_id"], r["start"]): r for r in facts.to_dict("records")}
    judged = [(r, by_key.get((r["article_id"], r["start"]))) for r in rows]
    present = [(j, f) for j, f in judged if f is not None and f["category"] != "other"]
    cat_ok = sum(int(j["category_ok"]) for j, _ in present)
    with_roles = [
        (j, f)
        for j, f in present
        if j["roles_ok"] != "-" and (f["agent"] or f["target"] or f["seller"])
    ]
    roles_ok = sum(int(j["roles_ok"]) for j, _ in with_roles)
    print(f"facts: {len(facts)}, with a category: {(facts['category'] != 'other').sum()}")
    print(f"category precision: {cat_ok}/{len(present)} = {cat_ok / max(1, len(present)):.0%}")
    print(
        f"role precision (facts naming a party): {roles_ok}/{len(with_roles)} = "
        f"{roles_ok / max(1, len(with_roles)):.0%}"
    )
    unjudged = [
        f
        for k, f in by_key.items()
        if f["category"] != "other" and k not in {(r["article_id"], r["start"]) for r in rows}
    ]
    print(f"facts with a category not judged yet: {len(unjudged)}")
    for f in unjudged:
        print(
            f"  {f['article_id']}\t{f['start']}\t{f['text']}\t{f['category']}\t"
            f"agent={f['agent']} target={f['target']}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", help="an output folder with facts.csv")
    parser.add_argument("--sample", help="write the ANT sample into this folder and stop")
    args = parser.parse_args()
    if args.sample:
        print(f"{write_sample(Path(args.sample))} articles -> {args.sample}")
    elif args.out:
        score(Path(args.out))
    else:
        parser.error("give an output folder or --sample FOLDER")


if __name__ == "__main__":
    main()
