"""Speed and memory of newsmeta against its peers, as ratios measured in one run.

Usage::

    python benchmarks/bench.py speed  [--data ../shared/eval/data] [--limit N]
    python benchmarks/bench.py batch  [--docs 2000]            # extract_many: in this process vs 2 workers
    python benchmarks/bench.py cli    [--docs 2000] [--limit 500] [--sizes 1000,10000] [--repeats 3]
                                       # the command: newsmeta DIR -j 2 vs -j 1; a WARC vs the same pages
                                       # as files (same URL, -j 1 and -j 2); median ratio of --repeats
                                       # pairs of runs, and the WARC's reading measured alone;
                                       # peak memory of -j 2 as the corpus grows
                                       # (--parts jobs,warc,memory runs some of the three)
    python benchmarks/bench.py memory [--sizes 1000,5000,10000] # peak RSS of extract_many as the corpus grows
    python benchmarks/bench.py language [--limit N]              # detect_language: default vs backend="lingua"
    python benchmarks/bench.py sections [--limit N]              # split_sections with paragraph breaks removed
    python benchmarks/bench.py scaling [--shapes a,b] [--sizes 10000,100000,1000000] [--functions f,g]

``speed`` interleaves newsmeta and the peer on every document (order alternating) and prints
docs/s, median and p95 ms, and the ratio of total times.  Plain text: ``extract`` vs
``langdetect.detect + dateparser.search_dates``; HTML: ``extract`` vs
``trafilatura.bare_extraction(with_metadata=True)``.  The corpora are read from the evaluation
kit's data folder (never copied into this repository); without it, the example article is used.

``scaling`` times each function on each input shape of ``tests/shapes.py`` at each size (one
child process per shape, killed after ``--timeout`` seconds) and prints the growth exponent
(the log-log slope between the two largest sizes: 1.0 is linear, 2.0 quadratic) and the time at
the largest size.  The issue's targets: every exponent <= 1.15 and every 100 KB input <= 2 s.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import itertools
import json
import math
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "tests")
DEFAULT_DATA = os.path.join(HERE, "..", "..", "shared", "eval", "data")


def _read_jsonl(path: str, limit: int | None) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if limit and len(rows) > limit:
        step = len(rows) / limit
        rows = [rows[int(i * step)] for i in range(limit)]
    return rows


def _texts(data: str, limit: int | None) -> list[tuple[str, dt.date | None]]:
    path = os.path.join(data, "text_articles.jsonl")
    if not os.path.exists(path):
        with open(os.path.join(HERE, "..", "examples", "article.txt"), encoding="utf-8") as f:
            return [(f.read(), None)] * 50
    return [(r["text"], dt.date.fromisoformat(r["reference_date"][:10])) for r in _read_jsonl(path, limit)]


def _pages(data: str, limit: int | None) -> list[tuple[bytes, str | None]]:
    path = os.path.join(data, "html_meta.jsonl")
    if not os.path.exists(path):
        return []
    out = []
    for r in _read_jsonl(path, limit):
        with gzip.open(os.path.join(data, r["html_file"]), "rb") as f:
            out.append((f.read(), r.get("url")))
    return out


def _stats(times: list[float]) -> dict[str, float]:
    times_sorted = sorted(times)
    p95 = times_sorted[min(len(times_sorted) - 1, int(0.95 * len(times_sorted)))]
    return {"docs_s": len(times) / sum(times), "median_ms": 1000 * statistics.median(times), "p95_ms": 1000 * p95,
            "total_s": sum(times)}


def _interleave(docs: list[Any], a: Callable[[Any], Any], b: Callable[[Any], Any]) -> tuple[list[float], list[float]]:
    ta, tb = [], []
    for i, d in enumerate(docs):
        order = ((a, ta), (b, tb)) if i % 2 == 0 else ((b, tb), (a, ta))
        for fn, acc in order:
            t = time.perf_counter()
            with contextlib.suppress(Exception):  # a peer's failure still costs its time
                fn(d)
            acc.append(time.perf_counter() - t)
    return ta, tb


def _row(corpus: str, name: str, s: dict[str, float], ratio: str = "") -> str:
    return f"| {corpus} | {name} | {s['docs_s']:.1f} | {s['median_ms']:.2f} | {s['p95_ms']:.2f} | {ratio} |"


def speed(args: argparse.Namespace) -> None:
    import newsmeta

    texts = _texts(args.data, args.limit)
    pages = _pages(args.data, args.limit)
    print("| corpus | system | docs/s | median ms | p95 ms | newsmeta/peer (total, median) |")
    print("|---|---|---:|---:|---:|---:|")

    from dateparser.search import search_dates
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0  # the peer's own setting, in this benchmark process only

    def peer_text(d: tuple[str, dt.date | None]) -> Any:
        ref = dt.datetime.combine(d[1], dt.time()) if d[1] else None
        return detect(d[0]), search_dates(d[0], settings={"RELATIVE_BASE": ref} if ref else None)

    def nm_text(d: tuple[str, dt.date | None]) -> Any:
        return newsmeta.extract(d[0], reference_date=d[1])

    nm_text(texts[0]), peer_text(texts[0])  # warm up both
    a, b = _interleave(texts, nm_text, peer_text)
    sa, sb = _stats(a), _stats(b)
    ratio = f"{sa['total_s'] / sb['total_s']:.2f}×, {sa['median_ms'] / sb['median_ms']:.2f}×"
    print(_row("text", "newsmeta.extract", sa, ratio))
    print(_row("text", "langdetect + dateparser.search_dates", sb))
    if pages:
        import trafilatura

        def peer_html(d: tuple[bytes, str | None]) -> Any:
            return trafilatura.bare_extraction(d[0], url=d[1], with_metadata=True)

        def nm_html(d: tuple[bytes, str | None]) -> Any:
            return newsmeta.extract(d[0], url=d[1])

        nm_html(pages[0]), peer_html(pages[0])
        a, b = _interleave(pages, nm_html, peer_html)
        sa, sb = _stats(a), _stats(b)
        ratio = f"{sa['total_s'] / sb['total_s']:.2f}×, {sa['median_ms'] / sb['median_ms']:.2f}×"
        print(_row("html", "newsmeta.extract", sa, ratio))
        print(_row("html", "trafilatura.bare_extraction", sb))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process: {peak:.0f} MB; {len(texts)} texts, {len(pages)} pages")


def _corpus(n: int, data: str) -> Iterator[tuple[str, dt.date | None]]:
    """n documents cycling over the text corpus, each made unique so nothing can be cached."""
    base = _texts(data, None)
    for i in range(n):
        text, ref = base[i % len(base)]
        yield f"{text}\n\nItem {i}.", ref


def _rusage() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its children that have ended."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _load() -> float:
    """The system's load average over the last minute (the runnable processes; 2 cores here)."""
    with open("/proc/loadavg", encoding="ascii") as f:
        return float(f.read().split()[0])


def _estimate(cpu_one: float, parent: float, workers: float, jobs: int, serial: float = 0.0,
              cores: int | None = None) -> tuple[float, float]:
    """Speed-ups of ``-j jobs`` over ``-j 1`` read from CPU seconds, which a busy machine hardly changes.

    First the plain bound ``cpu_one / max(parent, per-worker CPU)``: the busiest process sets the
    pace.  Then the bound on this machine's cores: the ``serial`` CPU seconds the parent spends
    before its workers start (loading the models they share), then the rest of the parent's work
    and the workers' share ``cores`` CPUs, so that the phase takes at least ``max(parent - serial,
    workers / jobs, (parent - serial + workers) / cores)``.  The workers' CPU is their sum
    (the system reports ended children together): an even split is assumed.
    """
    cores = cores or os.cpu_count() or 1
    plain = cpu_one / max(parent, workers / jobs, 1e-9)
    rest = parent - serial
    phase = max(rest, workers / jobs, (rest + workers) / cores)
    return plain, cpu_one / max(serial + phase, 1e-9)


def batch(args: argparse.Namespace) -> None:
    import newsmeta
    from newsmeta.batch import _warm_up

    docs = [d for d, _ in _corpus(args.docs, args.data)]
    # The models loaded as extract_many loads them before it forks (its workers share them), so
    # that neither run below pays for the loading.
    _warm_up()
    rows = []
    outs = []
    for procs in (1, 2):
        load = _load()
        me, kids = _rusage()
        t = time.perf_counter()
        arts = list(newsmeta.extract_many(docs, processes=procs, chunksize=args.chunksize))
        el = time.perf_counter() - t  # the comparison below is not part of the timing
        me2, kids2 = _rusage()  # the workers have ended: extract_many joins them when it is done
        rows.append((procs, el, me2 - me, kids2 - kids, load))
        outs.append([a.to_json() if isinstance(a, newsmeta.Article) else repr(a) for a in arts])
    print("extract_many in this process (models loaded), then with 2 worker processes (forked with them)")
    print("| workers | docs | seconds | docs/s | wall speed-up | load avg | CPU s: this process + workers "
          "| this process's share |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for procs, el, me, kids, load in rows:
        print(f"| {procs} | {len(docs)} | {el:.1f} | {len(docs) / el:.1f} | {rows[0][1] / el:.2f}× | {load:.1f} "
              f"| {me:.2f} + {kids:.2f} | {me / (me + kids):.1%} |")
    cpu_one = rows[0][2] + rows[0][3]
    plain, bound = _estimate(cpu_one, rows[1][2], rows[1][3], 2)
    print(f"\nspeed-up of 2 workers estimated from CPU seconds: {plain:.2f}× (CPU of -j 1 / the busiest "
          f"process's), {bound:.2f}× on {os.cpu_count()} cores")
    print(f"identical results with 1 and 2 workers: {outs[0] == outs[1]}")


def memory(args: argparse.Namespace) -> None:
    print("| documents | workers | peak RSS MB (parent) | peak RSS MB (largest worker) | docs/s |")
    print("|---:|---:|---:|---:|---:|")
    for n in (int(x) for x in (args.sizes or "1000,5000,10000").split(",")):
        for procs in (1, 2):
            res = subprocess.run([sys.executable, __file__, "_memory_child", "--n", str(n), "--procs", str(procs),
                                  "--data", args.data], capture_output=True, text=True, check=True)
            print(res.stdout.strip())


def _memory_child(args: argparse.Namespace) -> None:
    import newsmeta

    t = time.perf_counter()
    count = 0
    for _ in newsmeta.extract_many((d for d, _ in _corpus(args.n, args.data)), processes=args.procs):
        count += 1
    el = time.perf_counter() - t
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"| {count} | {args.procs} | {parent:.0f} | {child:.0f} | {count / el:.1f} |")


def _write_texts(folder: str, n: int, data: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for i, (text, _) in enumerate(_corpus(n, data)):
        with open(os.path.join(folder, f"{i:05}.txt"), "w", encoding="utf-8") as f:
            f.write(text)


#: The one address every page gets in ``cli``'s WARC comparison, as the WARC records' URI and
#: as ``--url`` for the files: a URL is evidence ``extract`` reads (a date in its path, the site),
#: so pages with their own URL (a WARC) and pages with none (files) are neither the same work nor
#: the same results: on the kit's 1,121 pages, extracting with their URLs took 2.2% less CPU, on
#: one 100-page sample 6% less.
_PAGE_URL = "https://news.example.com/story"


def _run_cli(*argv: str, out: str | None = None) -> dict[str, float]:
    """One run of the command in a child process (``main`` of ``newsmeta.cli``, as ``python -m
    newsmeta`` runs it), its output to ``out`` or nowhere: wall seconds, and CPU seconds of the
    command's own process (``parent``: reading, handing out, writing) and of its workers."""
    with open(out or os.devnull, "wb") as sink:
        load = _load()
        t = time.perf_counter()
        res = subprocess.run([sys.executable, __file__, "_cli_child", "--", *argv, "-q"], stdout=sink,
                             stderr=subprocess.PIPE, check=False)
        wall = time.perf_counter() - t
    cpu = json.loads(res.stderr.decode().strip().splitlines()[-1])
    return {"wall": wall, "load": (load + _load()) / 2, **cpu}


def _cli_child(args: argparse.Namespace) -> None:
    from newsmeta import batch as newsmeta_batch
    from newsmeta.cli import main as newsmeta_main

    # The CPU this process has spent when it starts its first workers (importing, loading the
    # models the workers share): the part of the run no worker can share.  (A wrapper, not a
    # thread: a thread in this process would make extract_many spawn its workers, not fork them.)
    serial: list[float] = []
    new_pool = newsmeta_batch._new_pool

    def timed_new_pool(*a: Any, **kw: Any) -> Any:
        if not serial:
            serial.append(_rusage()[0])
        return new_pool(*a, **kw)

    newsmeta_batch._new_pool = timed_new_pool
    code = newsmeta_main(args.argv)
    parent, workers = _rusage()
    sys.stdout.flush()
    print(json.dumps({"parent": parent, "workers": workers, "serial": serial[0] if serial else parent,
                      "exit": code}), file=sys.stderr)


def _pairs(repeats: int, a: Callable[[int], dict[str, float]], b: Callable[[int], dict[str, float]]
           ) -> list[tuple[dict[str, float], dict[str, float]]]:
    """``repeats`` runs of each, in pairs whose order alternates (a b, b a, a b, ...)."""
    out = []
    for rep in range(repeats):
        if rep % 2 == 0:
            ra = a(rep)
            rb = b(rep)
        else:
            rb = b(rep)
            ra = a(rep)
        out.append((ra, rb))
    return out


def _cpu(r: dict[str, float]) -> float:
    return r["parent"] + r["workers"]


def _median_of(pairs: list[tuple[dict[str, float], dict[str, float]]], fn: Callable[[dict[str, float]], float]
               ) -> float:
    """The median over the pairs of the ratio second / first."""
    return statistics.median(fn(b) / fn(a) for a, b in pairs)


def cli(args: argparse.Namespace) -> None:
    """The command as users run it, in child processes: -j 2 vs -j 1, WARC vs files, memory."""
    import tempfile

    reps = args.repeats
    parts = set(_split(args.parts, ["jobs", "warc", "memory"], "parts"))
    with tempfile.TemporaryDirectory() as tmp:
        if "jobs" in parts:
            _jobs(tmp, args, reps)
        pages = _pages(args.data, args.limit) if "warc" in parts else []
        if pages:
            _warc_vs_files(tmp, pages, reps)
    if "memory" not in parts:
        return
    print("\n| documents | peak RSS MB (parent) | peak RSS MB (largest worker) | docs/s |")
    print("|---:|---:|---:|---:|")
    for n in (int(x) for x in (args.sizes or "1000,10000").split(",")):
        res = subprocess.run([sys.executable, __file__, "_cli_memory_child", "--n", str(n), "--data", args.data],
                             capture_output=True, text=True, check=True)
        print(res.stdout.strip())


def _jobs(tmp: str, args: argparse.Namespace, reps: int) -> None:
    """``newsmeta DIR`` on ``--docs`` text files, -j 1 vs -j 2."""
    folder = os.path.join(tmp, "texts")
    _write_texts(folder, args.docs, args.data)
    print(f"newsmeta DIR on {args.docs} text files, -j 1 vs -j 2, {reps} pairs of runs (order alternating);")
    print("wall seconds with the load average during the run (2 cores: above ~2 other processes take turns")
    print("with ours and the wall ratio is noise), and CPU seconds, which the load changes far less (by up to")
    print("~20% at a load of 10 on this VM): of the command's process (reading, handing out, writing;")
    print("'serial': before its workers start: imports, loading the models) and of its workers.  Estimates:")
    print("'CPU': -j 1's CPU / the busiest process's; 'on 2 cores': -j 1's CPU / (serial + max(parent's")
    print("rest, workers / 2, (parent's rest + workers) / 2)); '-j 2 alone': the same with -j 2's own CPU in")
    print("place of -j 1's (the speed-up if -j 2 cost no CPU beyond -j 1's: load-proof, blind to overhead).")
    print("| pair | -j 1 wall s | -j 2 wall s | wall speed-up | load avg | -j 1 CPU s | -j 2 CPU s: parent "
          "(serial) + workers | parent share | CPU | on 2 cores | -j 2 alone |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    pairs = _pairs(reps, lambda _: _run_cli(folder, "-j", "2"), lambda _: _run_cli(folder, "-j", "1"))
    plains, bounds, alones = [], [], []
    for k, (two, one) in enumerate(pairs, 1):
        plain, bound = _estimate(_cpu(one), two["parent"], two["workers"], 2, serial=two["serial"], cores=2)
        alone = _estimate(_cpu(two), two["parent"], two["workers"], 2, serial=two["serial"], cores=2)[1]
        plains.append(plain)
        bounds.append(bound)
        alones.append(alone)
        print(f"| {k} | {one['wall']:.1f} | {two['wall']:.1f} | {one['wall'] / two['wall']:.2f}× "
              f"| {(one['load'] + two['load']) / 2:.1f} | {_cpu(one):.1f} "
              f"| {two['parent']:.2f} ({two['serial']:.2f}) + {two['workers']:.1f} "
              f"| {two['parent'] / _cpu(two):.1%} | {plain:.2f}× | {bound:.2f}× | {alone:.2f}× |")
    quiet = min(pairs, key=lambda p: p[0]["load"] + p[1]["load"])
    print(f"\nmedian speed-up of -j 2 over -j 1: wall {_median_of(pairs, lambda r: r['wall']):.2f}×; "
          f"from CPU {statistics.median(plains):.2f}×, on 2 cores {statistics.median(bounds):.2f}×, -j 2 alone "
          f"{statistics.median(alones):.2f}×; "
          f"median CPU -j 2 / -j 1: {1 / _median_of(pairs, _cpu):.3f}")
    print(f"wall speed-up of the pair with the lowest load ({(quiet[0]['load'] + quiet[1]['load']) / 2:.1f}): "
          f"{quiet[1]['wall'] / quiet[0]['wall']:.2f}×")


def _results(path: str) -> list[dict[str, Any]]:
    """The objects of a run's output without their provenance (file name, WARC record id)."""
    with open(path, encoding="utf-8") as f:
        objs = [json.loads(line) for line in f]
    return [{k: v for k, v in o.items() if k not in ("input", "record")} for o in objs]


def _warc_vs_files(tmp: str, pages: list[tuple[bytes, str | None]], reps: int) -> None:
    """The same pages as one ``.warc.gz`` and as files, with the same URL, at -j 1 and at -j 2.

    End to end, the runs' ratios are the sum of a small real difference (the parent reads the
    WARC: decompression, warcio's parsing, importing warcio) and the noise of a shared machine,
    which on 100 pages is larger (pairs from 0.8 to 1.7 on a loaded 2-core VM).  So the reading
    itself is also measured alone: each input read as the command reads it (``read_documents``
    after importing the command, in a fresh process, so warcio's import counts), in alternating
    child processes, the least CPU of each; its difference over the files' is the WARC's real
    cost, compared with the CPU of extracting the pages (the files runs' median).
    """
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder = os.path.join(tmp, "pages")
    os.makedirs(folder)
    warc = os.path.join(tmp, "pages.warc.gz")
    with open(warc, "wb") as out:
        w = WARCWriter(out, gzip=True)
        for i, (html, _) in enumerate(pages):
            with open(os.path.join(folder, f"{i:05}.html"), "wb") as f:
                f.write(html)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            rec = w.create_warc_record(_PAGE_URL, "response", payload=io.BytesIO(html), http_headers=headers)
            w.write_record(rec)
            rec.raw_stream.close()
    print(f"\n{len(pages)} HTML pages of the kit: the files vs one .warc.gz, each page with the URL {_PAGE_URL}")
    print(f"(the records' URI; --url for the files); {reps} pairs of runs at each -j, order alternating")
    print("| -j | pair | files wall s | WARC wall s | WARC / files wall | files CPU s | WARC CPU s (parent + workers) "
          "| WARC / files CPU | load avg |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    summary, files_cpu, files_wall = [], {}, {}
    for jobs in ("1", "2"):
        outs = {name: os.path.join(tmp, f"{name}-{jobs}.jsonl") for name in ("files", "warc")}

        def files(rep: int, jobs: str = jobs, outs: dict[str, str] = outs) -> dict[str, float]:
            return _run_cli(folder, "--url", _PAGE_URL, "-j", jobs, out=outs["files"] if rep == 0 else None)

        def warc_run(rep: int, jobs: str = jobs, outs: dict[str, str] = outs) -> dict[str, float]:
            return _run_cli(warc, "-j", jobs, out=outs["warc"] if rep == 0 else None)

        pairs = _pairs(reps, files, warc_run)
        for k, (fs, r) in enumerate(pairs, 1):
            print(f"| {jobs} | {k} | {fs['wall']:.1f} | {r['wall']:.1f} | {r['wall'] / fs['wall']:.3f} "
                  f"| {_cpu(fs):.1f} | {_cpu(r):.1f} ({r['parent']:.1f} + {r['workers']:.1f}) "
                  f"| {_cpu(r) / _cpu(fs):.3f} | {(fs['load'] + r['load']) / 2:.1f} |")
        same = _results(outs["files"]) == _results(outs["warc"])
        files_cpu[jobs] = statistics.median(_cpu(fs) for fs, _ in pairs)
        files_wall[jobs] = statistics.median(fs["wall"] for fs, _ in pairs)

        def least(fn: Callable[[dict[str, float]], float], pairs: list[Any] = pairs) -> float:
            return min(fn(r) for _, r in pairs) / min(fn(fs) for fs, _ in pairs)

        summary.append(f"-j {jobs}: median of the pairs' ratios wall {_median_of(pairs, lambda r: r['wall']):.3f}, "
                       f"CPU {_median_of(pairs, _cpu):.3f}; least WARC / least files wall "
                       f"{least(lambda r: r['wall']):.3f}, CPU {least(_cpu):.3f} (identical results: {same})")
    print("\nWARC / files, end to end:\n" + "\n".join(summary))
    reads: dict[str, list[dict[str, float]]] = {"files": [], "warc": []}
    for rep in range(max(2 * reps, 6)):
        for name in ("files", "warc") if rep % 2 == 0 else ("warc", "files"):
            res = subprocess.run([sys.executable, __file__, "_read_child", "--", folder if name == "files" else warc],
                                 capture_output=True, text=True, check=True)
            reads[name].append(json.loads(res.stdout))
    least_files = min(r["cpu"] for r in reads["files"])
    least_warc = min(r["cpu"] for r in reads["warc"])
    imports = min(r["import"] for r in reads["warc"])
    extra = least_warc - least_files
    print(f"\nThe reading alone, as the command's process reads (fresh process, least CPU of {len(reads['warc'])} "
          f"each): files {1000 * least_files:.0f} ms, WARC {1000 * least_warc:.0f} ms ({1000 * imports:.0f} ms of it "
          f"importing warcio), {1000 * (least_warc - imports) / len(pages):.2f} ms a record.  The WARC's "
          f"{1000 * extra:.0f} ms more: at -j 1 {extra / files_cpu['1']:.1%} of the files runs' median CPU "
          f"({files_cpu['1']:.1f} s); at -j 2, counted whole as wall time (the import is: it comes before the "
          f"workers start), {extra / files_wall['2']:.1%} of their median wall ({files_wall['2']:.1f} s)")


def _read_child(args: argparse.Namespace) -> None:
    """CPU seconds to read the inputs ``args.argv`` as the command does, after importing it, and of
    that, importing warcio (when the inputs need it)."""
    import newsmeta.cli  # noqa: F401  (what the command has imported before it reads)
    from newsmeta.io.files import read_documents

    t = time.process_time()
    count = sum(1 for _ in read_documents(args.argv))
    cpu = time.process_time() - t
    warcio = "warcio.archiveiterator" in sys.modules
    if warcio:  # once more, with warcio imported: what importing it cost is the difference
        t = time.process_time()
        sum(1 for _ in read_documents(args.argv))
        warm = time.process_time() - t
    print(json.dumps({"cpu": cpu, "import": cpu - warm if warcio else 0.0, "documents": count}))


def _cli_memory_child(args: argparse.Namespace) -> None:
    import tempfile

    from newsmeta.cli import main as newsmeta_main

    with tempfile.TemporaryDirectory() as tmp:
        _write_texts(tmp, args.n, args.data)
        t = time.perf_counter()
        with open(os.devnull, "w", encoding="utf-8") as sink, contextlib.redirect_stdout(sink):
            newsmeta_main([tmp, "-j", "2", "-q"])
        el = time.perf_counter() - t
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"| {args.n} | {parent:.0f} | {child:.0f} | {args.n / el:.1f} |")


def language(args: argparse.Namespace) -> None:
    print("| backend | sentence acc % | word-pair acc % | texts/s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for backend in ("langdetect", "lingua"):
        cmd = [sys.executable, __file__, "_language_child", "--backend", backend, "--data", args.data]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
        print(res.stdout.strip() or f"| {backend} | {res.stderr.strip().splitlines()[-1]} | | | |")


def _language_child(args: argparse.Namespace) -> None:
    """Accuracy on the kit's sentences and word pairs in the languages langdetect has profiles for."""
    import newsmeta
    from newsmeta.language import _PROFILED

    rows = [r for r in _read_jsonl(os.path.join(args.data, "lang_sentences.jsonl"), args.limit)
            if {"no": "nb"}.get(r["lang"].lower(), r["lang"].lower()).split("-")[0] in _PROFILED]
    right: dict[str, list[bool]] = {"sentence": [], "word-pair": []}
    t = time.perf_counter()
    for r in rows:
        lang = newsmeta.detect_language(r["text"], backend=args.backend)
        gold = {"no": "nb"}.get(r["lang"].lower(), r["lang"].lower()).split("-")[0]
        right[r["kind"]].append(lang is not None and lang.code == gold)
    el = time.perf_counter() - t
    acc = {k: 100 * sum(v) / max(1, len(v)) for k, v in right.items()}
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"| {args.backend} | {acc['sentence']:.2f} | {acc['word-pair']:.2f} | {len(rows) / el:.0f} | {rss:.0f} |")


def _merge(secs: Any) -> list[tuple[int, str | None]]:
    out: list[tuple[int, str | None]] = []
    for s in secs:
        code = s.language.code if s.language is not None else None
        if not out or out[-1][1] != code:
            out.append((s.start, code))
    return out


def sections(args: argparse.Namespace) -> None:
    """split_sections on the kit's mixed documents in langdetect's languages, as given and with the
    paragraph break at the first (or every) change of language replaced by spaces (same offsets):
    a change inside a line, as in text pasted without its paragraph breaks."""
    import newsmeta
    from newsmeta.language import _PROFILED

    def lang(code: str) -> str:
        return {"no": "nb"}.get(code.lower(), code.lower()).split("-")[0]

    docs = [d for d in _read_jsonl(os.path.join(args.data, "mixed_docs.jsonl"), args.limit)
            if len(d["segments"]) > 1 and all(lang(g["lang"]) in _PROFILED for g in d["segments"])]
    print(f"{len(docs)} documents with 2+ languages, all in langdetect's")
    print("| breaks removed | boundary P % | boundary R % | boundary F1 % | count exact % | docs/s |")
    print("|---|---:|---:|---:|---:|---:|")
    for mode in ("none", "first change", "every change"):
        tp = fp = fn = exact = 0
        el = 0.0
        for d in docs:
            text, segs = d["text"], d["segments"]
            for k, (a, b) in enumerate(itertools.pairwise(segs)):
                if mode == "every change" or (mode == "first change" and k == 0):
                    text = text[: a["end"]] + " " * (b["start"] - a["end"]) + text[b["start"] :]
            t = time.perf_counter()
            pred = _merge(newsmeta.split_sections(text))
            el += time.perf_counter() - t
            golds = [g["start"] for g in segs[1:]]
            hit, extra = _boundaries(golds, [p for p, _ in pred[1:]])
            tp, fp, fn = tp + hit, fp + extra, fn + len(golds) - hit
            exact += len(pred) == len(segs)
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * p * r / max(1e-9, p + r)
        print(f"| {mode} | {100 * p:.1f} | {100 * r:.1f} | {100 * f1:.1f} | {100 * exact / len(docs):.1f} "
              f"| {len(docs) / el:.0f} |")
    _sections_aba(docs)
    _sections_all_languages(args.data)


def _boundaries(golds: list[int], found: list[int]) -> tuple[int, int]:
    """Gold boundaries matched by a predicted one within 25 characters (one-to-one), and the
    predicted ones left over."""
    found = list(found)
    hit = 0
    for g in golds:
        m = next((p for p in found if abs(p - g) <= 25), None)
        if m is not None:
            found.remove(m)
            hit += 1
    return hit, len(found)


_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")


def _sections_aba(docs: list[dict[str, Any]]) -> None:
    """The A->B->A row: one line made of the first language's sentences with the second
    language's first sentences (at least 80 characters) in the middle, no line break."""
    import newsmeta

    tp = fp = fn = exact = n = 0
    el = 0.0
    for d in docs:
        a, b = d["segments"][0], d["segments"][1]
        sa = _SENT_END.split(" ".join(d["text"][a["start"] : a["end"]].split()))
        sb = _SENT_END.split(" ".join(d["text"][b["start"] : b["end"]].split()))
        if len(sa) < 2:
            continue
        k = 1
        while k < len(sb) and len(" ".join(sb[:k])) < 80:
            k += 1
        half = len(sa) // 2
        a1, mid, a2 = " ".join(sa[:half]), " ".join(sb[:k]), " ".join(sa[half:])
        text = f"{a1} {mid} {a2}"
        golds = [len(a1) + 1, len(a1) + len(mid) + 2]
        t = time.perf_counter()
        pred = _merge(newsmeta.split_sections(text))
        el += time.perf_counter() - t
        hit, extra = _boundaries(golds, [p for p, _ in pred[1:]])
        tp, fp, fn, n = tp + hit, fp + extra, fn + 2 - hit, n + 1
        exact += len(pred) == 3
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * p * r / max(1e-9, p + r)
    print(f"| A→B→A in one line ({n} docs) | {100 * p:.1f} | {100 * r:.1f} | {100 * f1:.1f} "
          f"| {100 * exact / max(1, n):.1f} | {n / max(el, 1e-9):.0f} |")


#: Pairs of languages that even lingua confuses on sentences: not built into one line.
_TWINS = ({"bs", "hr"}, {"bs", "sr"}, {"hr", "sr"}, {"ms", "id"})


def _sections_all_languages(data: str, n: int = 600) -> None:
    """Rows over all the kit's sentence languages, not only langdetect's: one line made of four
    sentences of one language then four of another (A→B), and of three, three and three (A→B→A),
    from the kit's ``lang_sentences.jsonl`` (sentences over 30 characters), pairs drawn with a
    fixed seed (none of the pairs in :data:`_TWINS`)."""
    import random

    import newsmeta

    by: dict[str, list[str]] = {}
    for row in _read_jsonl(os.path.join(data, "lang_sentences.jsonl"), None):
        if row.get("kind") == "sentence" and len(row["text"]) > 30:
            by.setdefault(row["lang"], []).append(" ".join(row["text"].split()))
    langs = sorted(by)
    for shape, counts in (("A→B", (4, 4)), ("A→B→A", (3, 3, 3))):
        rng = random.Random(11)
        tp = fp = fn = exact = done = 0
        el = 0.0
        while done < n:
            a, b = rng.sample(langs, 2)
            if {a, b} in _TWINS:
                continue
            sa, sb = rng.sample(by[a], 6), rng.sample(by[b], 4)
            parts = [" ".join(sa[: counts[0]]), " ".join(sb[: counts[1]])]
            if len(counts) == 3:
                parts.append(" ".join(sa[counts[0] : counts[0] + counts[2]]))
            text = " ".join(parts)
            golds = [len(parts[0]) + 1] + ([len(parts[0]) + len(parts[1]) + 2] if len(parts) == 3 else [])
            t = time.perf_counter()
            pred = _merge(newsmeta.split_sections(text))
            el += time.perf_counter() - t
            hit, extra = _boundaries(golds, [p for p, _ in pred[1:]])
            tp, fp, fn, done = tp + hit, fp + extra, fn + len(golds) - hit, done + 1
            exact += len(pred) == len(parts)
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * p * r / max(1e-9, p + r)
        print(f"| {shape} in one line, {len(langs)} languages ({n} docs) | {100 * p:.1f} | {100 * r:.1f} "
              f"| {100 * f1:.1f} | {100 * exact / n:.1f} | {n / max(el, 1e-9):.0f} |")


def _shapes() -> Any:
    """The shape generators, shared with the tests (``tests/shapes.py``, imported from its folder)."""
    if TESTS not in sys.path:
        sys.path.insert(0, TESTS)
    import shapes

    return shapes


def _split(value: str | None, known: list[str], what: str) -> list[str]:
    if not value:
        return known
    chosen = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [v for v in chosen if v not in known]
    if unknown:
        sys.exit(f"unknown {what}: {', '.join(unknown)}; choose from {', '.join(known)}")
    return chosen


def _best_of(fn: Callable[[Any], Any], make: Callable[[], Any], runs: int = 3, slow: float = 5.0) -> float:
    """The fastest of ``runs`` runs of ``fn(make())``; one run only when it takes over ``slow``
    seconds.  ``make`` is not timed.

    Every size gets the same estimator (best of three), so the growth exponent compares like with
    like: the best of several small runs against one large run would read noise as growth.
    """
    best = math.inf
    for _ in range(runs):
        arg = make()
        t = time.perf_counter()
        fn(arg)
        el = time.perf_counter() - t
        best = min(best, el)
        if el > slow:
            break
    return best


def _scaling_child(args: argparse.Namespace) -> None:
    shapes = _shapes()
    import newsmeta

    newsmeta.extract("Warm up\n\nThe council met on Monday, 3 March 2024.")
    newsmeta.extract(b"<html><body><h1>Warm up</h1><p>The council met on Monday, 3 March 2024.</p></body></html>")
    sizes = [int(x) for x in args.sizes.split(",")]
    for fn in args.functions.split(","):
        if shapes.KIND[args.shape] not in shapes.FUNCTIONS[fn]:
            continue
        last = 0.0
        for size in sizes:
            if last > args.skip_after:
                print(json.dumps({"function": fn, "size": size, "skipped": last}), flush=True)
                continue
            doc = shapes.make(args.shape, size)
            # Each run gets an equal but new document: newsmeta keeps the last text's lines and
            # paragraphs by identity, so runs on one object would time warm calls.
            last = _best_of(lambda d, fn=fn: shapes.run(fn, d), lambda doc=doc: doc[:1] + doc[1:])
            print(json.dumps({"function": fn, "size": size, "seconds": last}), flush=True)


def scaling(args: argparse.Namespace) -> None:
    shapes = _shapes()
    names = _split(args.shapes, list(shapes.SHAPES), "shapes")
    functions = _split(args.functions, list(shapes.FUNCTIONS), "functions")
    sizes = sorted(int(x) for x in (args.sizes or "10000,100000,1000000").split(","))
    big, mid = sizes[-1], sizes[-2] if len(sizes) > 1 else None
    print("| function | shape | " + " | ".join(f"{s // 1000} KB s" for s in sizes) + " | exponent | ok |")
    print("|---|---|" + "---:|" * len(sizes) + "---:|---|")
    worst: list[str] = []
    for name in names:
        cmd = [sys.executable, __file__, "_scaling_child", "--shape", name, "--functions", ",".join(functions),
               "--sizes", ",".join(map(str, sizes)), "--skip-after", str(args.skip_after)]
        times: dict[str, dict[int, float | str]] = {}
        try:
            res = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=False)
            out, err = res.stdout, res.stderr
        except subprocess.TimeoutExpired as e:
            out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
            err = f"timed out after {args.timeout} s"
        for line in out.splitlines():
            r = json.loads(line)
            times.setdefault(r["function"], {})[r["size"]] = r.get("seconds", f"> {r.get('skipped', 0):.0f} s, skipped")
        for fn in functions:
            if shapes.KIND[name] not in shapes.FUNCTIONS[fn]:
                continue
            row = times.get(fn, {})
            cells = [f"{row[s]:.3f}" if isinstance(row.get(s), float) else str(row.get(s, "timeout")) for s in sizes]
            t_big, t_mid = row.get(big), row.get(mid) if mid else None
            if isinstance(t_big, float) and isinstance(t_mid, float) and t_mid > 0:
                exp = math.log(max(t_big, 1e-6) / max(t_mid, 1e-6)) / math.log(big / mid)
                exp_s = f"{exp:.2f}"
            else:
                exp, exp_s = math.inf, "n/a"
            t100 = row.get(100_000)
            ok = exp <= 1.15 and (not isinstance(t100, float) or t100 <= 2.0) and not (100_000 in row and t100 is None)
            if not ok:
                worst.append(f"{fn} on {name}")
            print(f"| {fn} | {name} | " + " | ".join(cells) + f" | {exp_s} | {'yes' if ok else '**no**'} |", flush=True)
        if err and not out:
            print(f"<!-- {name}: {err.strip().splitlines()[-1] if err.strip() else ''} -->", flush=True)
    print(f"\n{len(worst)} rows over target (exponent > 1.15 or 100 KB > 2 s): {', '.join(worst) or 'none'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "what",
        choices=["speed", "batch", "memory", "cli", "language", "sections", "scaling", "_memory_child",
                 "_language_child", "_cli_memory_child", "_scaling_child", "_cli_child", "_read_child"],
    )
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--chunksize", type=int, default=32)
    ap.add_argument("--repeats", type=int, default=3, help="cli: pairs of runs compared (the median ratio is quoted)")
    ap.add_argument("--parts", default=None, help="cli: comma-separated parts among jobs,warc,memory (default: all)")
    ap.add_argument("argv", nargs="*", help=argparse.SUPPRESS)
    ap.add_argument("--sizes", default=None, help="memory: corpus sizes (1000,5000,10000); scaling: characters "
                    "(10000,100000,1000000)")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--procs", type=int, default=1)
    ap.add_argument("--backend", default="langdetect")
    ap.add_argument("--shapes", default=None, help="scaling: comma-separated shape names (default: all)")
    ap.add_argument("--functions", default=None, help="scaling: comma-separated functions (default: all)")
    ap.add_argument("--shape", default=None)
    ap.add_argument("--timeout", type=float, default=600, help="scaling: seconds allowed for one shape")
    ap.add_argument("--skip-after", type=float, default=20, help="scaling: skip larger sizes after a run this slow")
    args = ap.parse_args()
    {"speed": speed, "batch": batch, "memory": memory, "cli": cli, "language": language, "sections": sections,
     "scaling": scaling, "_memory_child": _memory_child, "_language_child": _language_child,
     "_cli_memory_child": _cli_memory_child, "_scaling_child": _scaling_child,
     "_cli_child": _cli_child, "_read_child": _read_child}[args.what](args)


if __name__ == "__main__":
    main()
