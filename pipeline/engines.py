"""How articles are mapped over: in this process, in a pool of processes, or on a Dask cluster.

Every engine runs the same per-article function on each item and yields its results as they
finish (in any order: the runner sorts what it writes, so every engine gives the same bytes). At
most a few items per worker are in flight (on Dask, a few tasks of :data:`DASK_CHUNK` items), so
an archive of a million articles is never held in memory. ``setup`` runs once in each worker
before its first item (loading the tagger), so a model is loaded once per process, not once per
article. Forked workers are the exception: there ``setup`` runs once in this process before they
start, and they inherit what it loaded (the second load, in this process for the corpus-wide
step, is then saved too). In this process and in pool workers, what ``setup`` loaded is then
frozen for the garbage collector (``gc.freeze``) while the items are mapped: it outlives them,
so full collections need not walk it again and again, and forked workers do not copy the pages
they share with their parent by marking its objects (Dask workers, which may outlive the run,
are left alone).

>>> sorted(map_articles(abs, [-2, 1, -3], engine="serial"))
[1, 2, 3]
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

ENGINES = ("serial", "processes", "dask")
#: Items in flight per worker: enough to keep every worker busy, few enough for flat memory.
IN_FLIGHT_PER_WORKER = 4
#: Items per Dask task: scheduling a task costs the scheduler and the worker a few
#: milliseconds, as much as a short article's analysis, so each task carries several.
DASK_CHUNK = 16


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_articles(
    work: Callable[[T], R],
    items: Iterable[T],
    engine: str = "serial",
    jobs: int = 1,
    setup: Callable[..., None] | None = None,
    setup_args: tuple[Any, ...] = (),
    scheduler: str | None = None,
) -> Iterator[R]:
    """``work(item)`` for every item, yielded as each finishes.

    ``engine``: ``serial`` (this process; ``jobs`` ignored), ``processes`` (``jobs`` worker
    processes) or ``dask`` (dask.distributed: a LocalCluster of ``jobs`` worker processes, or
    the scheduler at ``scheduler``). ``work`` and ``setup`` must be module-level functions so
    that they can be sent to other processes.
    """
    if engine == "serial" or (engine == "processes" and jobs <= 1):
        if setup:
            _set_up(setup, *setup_args)
        try:
            yield from map(work, items)
        finally:
            gc.unfreeze()
    elif engine == "processes":
        yield from _pool(work, items, jobs, setup, setup_args)
    elif engine == "dask":
        yield from _dask(work, items, jobs, setup, setup_args, scheduler)
    else:
        raise ValueError(f"unknown engine {engine!r} (expected {', '.join(ENGINES)})")


def _set_up(setup: Callable[..., None], *args: Any) -> None:
    """Run ``setup``, then freeze every object alive for the garbage collector (see above)."""
    setup(*args)
    gc.freeze()


def _bounded(submit: Callable[[T], Future], items: Iterable[T], limit: int) -> Iterator[Future]:
    """Submit items keeping at most ``limit`` in flight; yield each future once it is done."""
    iterator = iter(items)
    pending = {submit(item) for item in islice(iterator, limit)}
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for item in islice(iterator, len(done)):
            pending.add(submit(item))
        yield from done


def _pool(
    work: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    setup: Callable[..., None] | None,
    setup_args: tuple[Any, ...],
) -> Iterator[R]:
    import multiprocessing

    # fork where there is one: workers start at once, sharing the parent's loaded modules. Not
    # once torch is loaded (a Stanza model): a forked child of a process whose torch thread pool
    # has started can wait forever on a lock no thread will release; spawned workers load it anew.
    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods and "torch" not in sys.modules
    context = multiprocessing.get_context("fork" if fork else "spawn")
    initializer, initargs = (_set_up, (setup, *setup_args)) if setup else (None, ())
    if fork and setup:
        # Once here rather than once in each child: setting up (the language data, the
        # gazetteer, the model) is time no worker spends in parallel with the others.
        _set_up(setup, *setup_args)
        initializer, initargs = None, ()
    try:
        with ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=initializer, initargs=initargs
        ) as pool:
            for future in _bounded(
                lambda item: pool.submit(work, item), items, jobs * IN_FLIGHT_PER_WORKER
            ):
                yield future.result()
    finally:
        gc.unfreeze()


def _apply(work: Callable[[T], R], chunk: list[T]) -> list[R]:
    """``work`` over a chunk of items: one Dask task."""
    return [work(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """The items in lists of ``size`` (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _dask(
    work: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    setup: Callable[..., None] | None,
    setup_args: tuple[Any, ...],
    scheduler: str | None,
) -> Iterator[R]:
    import dask
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler is None:
        # The workers' statistical profiler samples every thread every 10 ms for a dashboard
        # this cluster does not serve: about 8% of a worker's time on this work.
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(
                n_workers=max(1, jobs),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
    client = Client(cluster if cluster is not None else scheduler)
    try:
        if setup:  # not frozen: a cluster's workers outlive the run
            client.run(setup, *setup_args)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        limit = workers * IN_FLIGHT_PER_WORKER
        chunks = _chunks(items, DASK_CHUNK)
        # pure=False: two equal chunks (identical articles) are still two tasks.
        # with_results: each result is gathered in the background as its task finishes,
        # rather than by a round trip to its worker when this loop comes to it.
        futures = as_completed(
            [client.submit(_apply, work, chunk, pure=False) for chunk in islice(chunks, limit)],
            with_results=True,
        )
        for future, results in futures:
            future.release()
            for chunk in islice(chunks, 1):
                futures.add(client.submit(_apply, work, chunk, pure=False))
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
