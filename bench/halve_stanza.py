"""Store Stanza model files in half precision, checking that their tags do not change.

Each model's tags on the development split (the last 10% of ANERcorp train) and AQMAR dev are
taken before and after :func:`pipeline.taggers.stanza.store_half`; the file is kept halved
only if every tag is the same, and its card's ``size_bytes`` is updated. Run from the
repository root (``../shared`` beside it)::

    .venv/bin/python bench/halve_stanza.py models/stanza/ar_ner.pt models/stanza/ar_ner_seed4321.pt
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_stanza_ensemble import dev_sets  # noqa: E402

from pipeline.taggers.stanza import StanzaTagger, store_half  # noqa: E402
from pipeline.train import write_card  # noqa: E402


def main(argv: list[str]) -> int:
    words = [[w for w, _ in s] for sentences in dev_sets().values() for s in sentences]
    failed = 0
    for path in map(Path, argv):
        with tempfile.TemporaryDirectory() as tmp:
            # the file alone: an ensemble's card would load its members too
            single = Path(tmp) / path.name
            shutil.copy(path, single)
            before = StanzaTagger.load(single).predict(words)
            size = single.stat().st_size
            new_size = store_half(single)
            after = StanzaTagger.load(single).predict(words)
            changed = sum(a != b for s, t in zip(before, after, strict=True)
                          for a, b in zip(s, t, strict=True))  # fmt: skip
            print(f"{path}: {size:,} -> {new_size:,} bytes; {changed} of "
                  f"{sum(map(len, words)):,} tags changed", flush=True)  # fmt: skip
            if changed:
                failed += 1
                continue
            shutil.copy(single, path)
        card = path.with_suffix(".json")
        if card.is_file():
            data = json.loads(card.read_text(encoding="utf-8"))
            data["size_bytes"] = new_size
            data["stored_in_half_precision"] = (
                "float16 weights, loaded as float32: the same tags on the dev split and AQMAR "
                "dev (bench/halve_stanza.py)"
            )
            write_card(card, data)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
