"""The command line: argument parsing only, over the functions the tests call.

python -m pipeline run [PATH|URL ...] [--out DIR]
python -m pipeline extract (--text TEXT | FILE)
python -m pipeline train [--extra CONLL ...]
python -m pipeline evaluate (GOLD.conll ... | --cross-validate) [--model PATH] [--json]
python -m pipeline export --format doccano|label-studio|conll [PATH ...] [--out DIR]
python -m pipeline suggest [PATH ...] [--n 50] [--format doccano|label-studio|conll] [--out DIR]
python -m pipeline import FILE ... [--corpus DIR] [--annotations DIR] [--confirmed]
python -m pipeline analyse [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import config
from pipeline.corrections import EXPORT_FORMATS, export_annotations, import_annotations
from pipeline.doc import Article
from pipeline.engines import ENGINES, default_jobs
from pipeline.formats.common import AnnotationError
from pipeline.io import (
    DEFAULT_ID_FIELD,
    DEFAULT_TEXT_FIELD,
    Fields,
    is_url,
    iso_date,
    read_article_bytes,
    url_kind,
)
from pipeline.read import ReadError, parse_article
from pipeline.run import (
    TAGGERS,
    TaggerSpec,
    analyse,
    collect_inputs,
    find_inputs,
    link_articles,
    load_tagger,
    run,
)
from pipeline.tables import article_rows, write_csv
from pipeline.taggers.base import ModelError, Tagger

if TYPE_CHECKING:
    from pipeline.evaluate import Score

# evaluate and train import scikit-learn (seconds): imported by the commands that need them,
# so that `run` starts fast.


class UsageError(Exception):
    """A problem with what the user asked for; printed as one line."""


def _load_tagger(args: argparse.Namespace) -> Tagger:
    return load_tagger(args.tagger, Path(args.model) if args.model else None)


def cmd_run(args: argparse.Namespace) -> int:
    if is_url(args.out):
        raise UsageError(
            f"--out {args.out}: outputs need a folder every worker can reach (a local folder or "
            "a shared mount), not a URL: each article is written by an atomic rename, which "
            "object stores do not offer"
        )
    paths: list[Path | str] = [p if is_url(p) else Path(p) for p in args.paths]
    paths = paths or [config.CORPUS_RAW]
    for path in paths:  # a URL whose scheme has no filesystem raises its own one line
        if not (url_kind(path) is not None if isinstance(path, str) else path.exists()):
            raise UsageError(f"{path}: no such file or folder")
    spec = TaggerSpec(args.tagger, args.model)
    spec.load()  # a missing model is one line here; forked workers share the loaded one
    jobs = args.jobs or default_jobs()
    engine = args.engine or ("processes" if jobs > 1 else "serial")
    inputs = find_inputs(
        paths,
        recursive=args.recursive,
        fields=Fields(args.id_field, args.text_field, args.date_field),
        published=_published(args.published),
    )
    if inputs.skipped:
        reasons = Counter(why for _, why in inputs.skipped)
        counts = ", ".join(f"{n} {why}" for why, n in sorted(reasons.items()))
        _say(f"skipped {len(inputs.skipped)} file(s): {counts}")
        if args.verbose:
            for path, why in inputs.skipped:
                _say(f"skipped {path}: {why}")
    started = time.perf_counter()
    with _progress(args) as progress:
        result = run(
            paths,
            Path(args.out),
            spec,
            progress,
            engine=engine,
            jobs=jobs,
            scheduler=args.scheduler,
            inputs=inputs,
            formats=("csv", "parquet") if args.format == "parquet" else ("csv",),
        )
    seconds = time.perf_counter() - started
    ok = len(result.metas) - len(result.failed)
    _say(
        f"{len(result.metas)} article(s): {ok} ok, {len(result.failed)} failed, "
        f"{result.analysed} analysed in {seconds:.1f}s ({engine}, {jobs} job(s)); "
        f"tables in {args.out}/"
    )
    from pipeline.changes import record_changes  # entities added, removed, relabelled

    _say(record_changes(Path(args.out)).line())
    shown = result.failed if args.verbose else result.failed[:MAX_ERRORS_SHOWN]
    for meta in shown:
        _say(f"error: {meta['source']}: {meta['error']}")
    if len(shown) < len(result.failed):
        _say(f"... and {len(result.failed) - len(shown)} more (articles.csv lists them all)")
    return 1 if result.failed else 0


#: Failed articles listed after a run (all of them with --verbose; articles.csv has every one).
MAX_ERRORS_SHOWN = 20


def _published(value: str | None) -> dict[str, str] | str:
    """``--published``: one ISO date for every article, or a CSV file of id,date."""
    if not value:
        return ""
    path = Path(value)
    if path.is_file():
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        dates = {row[0].strip(): iso_date(row[1]) for row in rows if len(row) >= 2}
        return {k: v for k, v in dates.items() if v}
    date = iso_date(value)
    if not date:
        raise UsageError(f"--published {value}: not a date (YYYY-MM-DD) nor a CSV file of id,date")
    return date


@contextmanager
def _progress(args: argparse.Namespace) -> Iterator[Callable[[dict[str, str], bool], None]]:
    """One tqdm bar on stderr when it is a terminal; one line per article with --verbose."""
    bar = None
    if sys.stderr.isatty() and not args.quiet and not args.verbose:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
    failed = 0

    def progress(meta: dict[str, str], ran: bool) -> None:
        nonlocal failed
        failed += meta["status"] != "ok"
        if args.verbose:
            status = meta["status"] if meta["status"] == "ok" else f"error: {meta['error']}"
            _say(f"{meta['source']}: {status}{'' if ran else ' (up to date)'}")
        elif bar is not None:
            bar.update()
            if failed:
                bar.set_postfix(failed=failed, refresh=False)

    try:
        yield progress
    finally:
        if bar is not None:
            bar.close()


def cmd_extract(args: argparse.Namespace) -> int:
    if args.text is not None:
        data, source = args.text.encode("utf-8"), "<text>"
    elif args.file:
        path = Path(args.file)
        try:
            data = read_article_bytes(path)
        except ReadError as exc:
            raise UsageError(f"{path}: {exc}") from None
        source = str(path)
    else:
        raise UsageError("give --text TEXT or a FILE")
    article = parse_article(data, Article(id=Path(source).stem or "text", source=source))
    article = analyse(article, _load_tagger(args))
    kinds = {
        "tokens.csv": "token",
        "entities.csv": "entity",
        "amounts.csv": "amount",
        "dates.csv": "date",
    }
    for table, rows in article_rows(article).items():
        for row in rows:
            print(json.dumps({"type": kinds[table], **row}, ensure_ascii=False))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from pipeline.train import CrfParams, gold_files, read_settings, retrain

    gold = gold_files(Path(args.annotations))
    extra = [Path(p) for p in args.extra]
    for path in extra:
        if not path.is_file():
            raise UsageError(f"{path}: no such annotation file")
    started = time.perf_counter()
    if args.tagger == "stanza":
        from pipeline.taggers.stanza import STANZA_DIR, train_stanza

        model = Path(args.model) if args.model else STANZA_DIR
        card = train_stanza(gold, extra, model)
    else:
        model = Path(args.model) if args.model else config.CRF_MODEL
        given = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
        params = CrfParams(**{k: v for k, v in given.items() if v is not None})
        settings = read_settings(Path(args.settings))
        result = retrain(gold, extra, model, model.with_suffix(".json"), params, settings)
        card = result.card
        for missing in result.missing:
            _say(f"base corpus not found, skipped: {missing} (see README, 'Base corpora')")
        if result.mode == "pseudo-rehearsal":
            _say(
                "no base corpus: pseudo-rehearsal, the current model's tags on unlabelled "
                "sentences are trained on with the corrections"
            )
            if not card.get("pseudo_rehearsal", {}).get("sentences"):
                _say(
                    "warning: no unlabelled sentences to rehearse: the new model knows only "
                    "the corrections; add articles to the [rehearsal] folders of "
                    f"{args.settings} or obtain the base corpora"
                )
        elif result.mode == "corrections-only":
            _say("no base corpus and no current model: trained on the corrections alone")
        _say(f"trained on {card['trained_on']}")
    totals = card["totals"]
    _say(
        f"trained on {len(card['training'])} file(s), {totals['sentences']} sentences, "
        f"{totals['tokens']} tokens, entities {totals['entities']} "
        f"in {time.perf_counter() - started:.1f}s -> {model}"
    )
    return 0


def _print_scores(named: dict[str, list[Score]], as_json: bool) -> None:
    from pipeline.evaluate import format_scores

    if as_json:
        print(
            json.dumps(
                {name: [s.row() for s in scores] for name, scores in named.items()},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print("\n\n".join(format_scores(scores, name) for name, scores in named.items()))


def _write_scores(out: Path, named: dict[str, list[Score]]) -> None:
    from pipeline.evaluate import SCORE_COLUMNS

    for name, scores in named.items():
        write_csv(out / f"{name}.csv", SCORE_COLUMNS, [s.row() for s in scores])


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import cross_validate, evaluate_dev_split, evaluate_file
    from pipeline.train import gold_files, record_scores

    named: dict[str, list[Score]] = {}
    if args.cross_validate:
        extra = [Path(p) for p in args.extra]
        other = [Path(p) for p in args.other_domain]
        pooled, _ = cross_validate(
            gold_files(Path(args.annotations)),
            extra,
            consistent=args.consistency,
            other_domain=other,
        )
        suffix = "".join(f"+{path.parent.name}_{path.stem}" for path in [*extra, *other])
        named[f"leave_one_article_out{suffix}"] = pooled
    if args.dev_split:
        path = Path(args.dev_split)
        if not path.is_file():
            raise UsageError(f"{path}: no such annotation file")
        name = f"dev_split_{path.parent.name}_{path.stem}"
        other = [Path(p) for p in args.other_domain]
        if other:
            name += "".join(f"+{p.parent.name}_{p.stem}" for p in other)
        named[name] = evaluate_dev_split(path, consistent=args.consistency, other_domain=other)
        if args.original_labels:
            named[f"{name}_original_labels"] = evaluate_dev_split(
                path, original_labels=True, consistent=args.consistency, other_domain=other
            )
    if args.gold:
        tagger = _load_tagger(args)
        for gold in args.gold:
            path = Path(gold)
            if not path.is_file():
                raise UsageError(f"{path}: no such gold file")
            named[path.stem] = evaluate_file(tagger, path, args.consistency)
    if not named:
        raise UsageError("give a GOLD.conll file, --cross-validate or --dev-split CONLL")
    _print_scores(named, args.json)
    if args.out:
        _write_scores(Path(args.out), named)
    if args.card:
        record_scores(
            Path(args.card), {name: [s.row() for s in scores] for name, scores in named.items()}
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or [config.CORPUS_RAW]
    tagger = _load_tagger(args)
    articles = []
    for path in collect_inputs(paths):
        try:
            articles.append(
                analyse(
                    parse_article(
                        read_article_bytes(path), Article(id=path.stem, source=str(path))
                    ),
                    tagger,
                )
            )
        except ReadError as exc:
            _say(f"skipped {path}: {exc}")
    articles = link_articles(articles)
    if args.format == "conllu":
        from pipeline.taggers.stanza import CONLLU_FILE, write_conllu

        written = [write_conllu(articles, Path(args.out) / CONLLU_FILE)]
    else:
        written = export_annotations(articles, args.format, Path(args.out))
    _say(
        f"exported {len(articles)} article(s) as {args.format}: "
        + ", ".join(str(p) for p in written[:3])
        + (" ..." if len(written) > 3 else "")
    )
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from pipeline.suggest import suggest

    paths = [Path(p) for p in args.paths] or [config.CORPUS_RAW]
    tagger = load_tagger("crf", Path(args.model) if args.model else None)
    articles = []
    for path in collect_inputs(paths):
        try:
            data = read_article_bytes(path)
            articles.append(analyse(parse_article(data, Article(path.stem, str(path))), tagger))
        except ReadError as exc:
            _say(f"skipped {path}: {exc}")
    chosen, written = suggest(
        articles, tagger, args.format, Path(args.out), args.n, Path(args.annotations)
    )
    low = f", confidence {chosen[0].confidence} to {chosen[-1].confidence}" if chosen else ""
    _say(
        f"{len(chosen)} sentence(s) of {len({e.article_id for e in chosen})} article(s) to "
        f"correct{low}: {', '.join(str(p) for p in written)}"
    )
    if not chosen and articles:
        _say(f"every sentence of these articles is already in the gold files of {args.annotations}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    written = import_annotations(
        [Path(f) for f in args.files],
        Path(args.corpus),
        Path(args.annotations),
        note=_say,
        confirmed=args.confirmed,
    )
    for path in written:
        _say(f"wrote {path}")
    _say(f"{len(written)} annotation file(s) written; run 'make train' to retrain the tagger")
    return 0


def cmd_analyse(args: argparse.Namespace) -> int:
    from pipeline.analysis import analyse_outputs

    out = Path(args.out)
    try:
        result = analyse_outputs(out)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from None
    _say(f"{result.facts} fact(s), {result.claims} claim(s); report in {result.report}")
    return 0


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _tagger_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tagger", choices=TAGGERS, default="crf", help="entity tagger (default crf)")
    p.add_argument(
        "--model",
        help=f"model file or folder (default: {config.CRF_MODEL.relative_to(config.ROOT)} for crf, "
        "models/stanza/ for stanza, camel-tools' installed model for camelbert)",
    )


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.split("\n")[0])
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="analyse articles and write the tables")
    p.add_argument(
        "paths",
        nargs="*",
        help=f"files, folders or fsspec URLs (s3://bucket/ant/) (default {config.CORPUS_RAW})",
    )
    p.add_argument(
        "--out", default=str(config.OUTPUTS), help="output folder (local or a shared mount)"
    )
    _tagger_arguments(p)
    p.add_argument("--quiet", action="store_true", help="only the summary line")
    p.add_argument("--verbose", action="store_true", help="one line per article and skipped file")
    p.add_argument(
        "--jobs", type=int, default=0, help="worker processes (default: every core this may use)"
    )
    p.add_argument(
        "--engine",
        choices=ENGINES,
        help="serial, processes (default with --jobs > 1) or dask (dask.distributed)",
    )
    p.add_argument(
        "--scheduler", help="with --engine dask: a scheduler address (default: a LocalCluster)"
    )
    p.add_argument(
        "--no-recursive",
        dest="recursive",
        action="store_false",
        help="do not read the subfolders of a folder",
    )
    p.add_argument("--id-field", default=DEFAULT_ID_FIELD, help="a dump's id field (default id)")
    p.add_argument(
        "--text-field", default=DEFAULT_TEXT_FIELD, help="a dump's text field (default text)"
    )
    p.add_argument(
        "--date-field", help="a dump's publication date field (default: published, date or time)"
    )
    p.add_argument(
        "--published",
        help="publication date (YYYY-MM-DD) for articles that give none, or a CSV file of id,date",
    )
    p.add_argument(
        "--format",
        choices=("csv", "parquet"),
        default="csv",
        help="parquet: also the corpus tables as Parquet in OUT/parquet/",
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("extract", help="print tokens, entities, amounts and dates as JSON lines")
    p.add_argument("file", nargs="?", help="an article file")
    p.add_argument("--text", help="text to analyse instead of a file")
    _tagger_arguments(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("train", help="train the entity tagger from the annotations")
    p.add_argument("--extra", nargs="*", default=[], help="more CoNLL files (e.g. ANERcorp)")
    p.add_argument("--annotations", default=str(config.ANNOTATIONS), help="gold CoNLL folder")
    p.add_argument("--tagger", choices=("crf", "stanza"), default="crf", help="what to train")
    p.add_argument(
        "--model", help="where to write the model (default models/crf.crfsuite, models/stanza/)"
    )
    # Defaults (None): train.CrfParams, not imported here (it loads scikit-learn).
    p.add_argument("--c1", type=float, help="L1 regularisation (default 0.05)")
    p.add_argument("--c2", type=float, help="L2 regularisation (default 0.05)")
    p.add_argument("--iterations", type=int, help="L-BFGS iterations (default 150)")
    p.add_argument(
        "--settings",
        default=str(config.ROOT / "corpus" / "training.toml"),
        help="base corpora and pseudo-rehearsal folders (default corpus/training.toml)",
    )
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="entity-level precision, recall and F1")
    p.add_argument("gold", nargs="*", help="gold CoNLL files, tagged token by token as given")
    _tagger_arguments(p)
    p.add_argument(
        "--cross-validate",
        action="store_true",
        help="leave-one-article-out over the gold annotations",
    )
    p.add_argument("--annotations", default=str(config.ANNOTATIONS), help="gold CoNLL folder")
    p.add_argument("--extra", nargs="*", default=[], help="extra training data for the folds")
    p.add_argument(
        "--other-domain",
        nargs="*",
        default=[],
        help="training data of another domain (AQMAR's Wikipedia), with --cross-validate and "
        "--dev-split: domain-marked features, as training.toml's domain = ... does",
    )
    p.add_argument(
        "--dev-split",
        metavar="CONLL",
        help="train on the first 90%% of this corpus and score its last 10%%",
    )
    p.add_argument(
        "--original-labels",
        action="store_true",
        help="with --dev-split, also score with the corpus's own labels (currencies as MISC)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--no-consistency", dest="consistency", action="store_false", default=None,
        help="score each sentence alone (by default names spread to their untagged repeats "
        "within the file, as the pipeline does within an article)",
    )
    p.add_argument("--out", help="also write one CSV of scores per evaluation into this folder")
    p.add_argument("--card", help="also record the scores in this model card (JSON)")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("export", help="write tagged articles for an annotation tool")
    p.add_argument("paths", nargs="*", help=f"files or folders (default {config.CORPUS_RAW})")
    p.add_argument("--format", required=True, choices=(*EXPORT_FORMATS, "conllu"))
    p.add_argument("--out", default=str(config.OUTPUTS / "export"), help="output folder")
    _tagger_arguments(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("analyse", help="facts, claims across articles and report.html of a run")
    p.add_argument("--out", default=str(config.OUTPUTS), help="the run's output folder")
    p.set_defaults(func=cmd_analyse)

    p = sub.add_parser("suggest", help="the sentences the tagger is least sure of, to correct")
    p.add_argument("paths", nargs="*", help=f"files or folders (default {config.CORPUS_RAW})")
    p.add_argument("--n", type=int, default=50, help="how many sentences (default 50)")
    p.add_argument("--format", default="doccano", choices=EXPORT_FORMATS)
    p.add_argument("--out", default=str(config.OUTPUTS / "suggest"), help="output folder")
    p.add_argument("--model", help="CRF model (default models/crf.crfsuite)")
    p.add_argument(
        "--annotations",
        default=str(config.ANNOTATIONS),
        help="gold CoNLL folder: sentences already there are not suggested",
    )
    p.set_defaults(func=cmd_suggest)

    p = sub.add_parser("import", help="take corrected annotations into corpus/annotations/")
    p.add_argument(
        "files",
        nargs="+",
        help="Doccano JSONL, Label Studio JSON, CoNLL, or edited tokens.csv files (or folders)",
    )
    p.add_argument(
        "--confirmed",
        action="store_true",
        help="take Doccano records left as predicted as confirmed (an export of approved ones)",
    )
    p.add_argument("--corpus", default=str(config.CORPUS_RAW), help="where the articles are")
    p.add_argument("--annotations", default=str(config.ANNOTATIONS), help="gold CoNLL folder")
    p.set_defaults(func=cmd_import)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (UsageError, ReadError, AnnotationError, ModelError) as exc:
        _say(f"error: {exc}")
        return 2
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except Exception as exc:
        # The last resort: a bug must still end in one line, not a traceback.
        _say(f"error: internal error: {type(exc).__name__}: {exc}".splitlines()[0])
        return 3


if __name__ == "__main__":
    sys.exit(main())
