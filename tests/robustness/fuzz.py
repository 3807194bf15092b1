"""Fuzz the whole pipeline with mutated sample articles: nothing may crash, bad input must become rejects.

The script mutates the articles in samples/ (byte flips, truncation mid-character, NUL bytes, invisible
and bidi marks, other encodings, shuffled and duplicated lines, tag soup, 5,000-20,000 nested elements,
very long lines, empty files, random bytes, SQL-looking list items, mixed encodings, absurd numbers and
dates, Unicode forms, odd line ends) and runs each input through the stages in order --

    flows.stages.read_and_clean -> flows.stages.safe_extract -> flows.stages.validate_batch
    -> warehouse.load_batch (into one DuckDB file opened with warehouse.connect)

-- calling the stage functions directly (no Prefect), as the pipeline does for a batch of one article.
Any exception is a crash. Then it runs the real command once over the whole folder of inputs.

    python -m tests.robustness.fuzz                 # 300 inputs
    python -m tests.robustness.fuzz --inputs 60 --seed 5

The stage calls run in a worker process that the script watches, so that an input that kills the
interpreter (a segfault in a C extension, memory exhaustion) or hangs is reported as a crash too,
instead of ending the fuzz run. Exit status 0 when nothing crashed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from random import Random

from tests.robustness.crash import ROOT, run_env, snapshot_code

SAMPLES = ROOT / "samples"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # flows.sources.DEFAULT_MAX_BYTES, without importing the project here

Mutator = Callable[[Random, bytes, str], tuple[bytes, str | None]]

INVISIBLE = [
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\ufeff",  # BOM inside the text
    "\u00ad",  # soft hyphen
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202a",  # LRE
    "\u202b",  # RLE
    "\u202c",  # PDF
    "\u202d",  # LRO
    "\u202e",  # RLO
    "\u2066",  # LRI
    "\u2067",  # RLI
    "\u2068",  # FSI
    "\u2069",  # PDI
    "\u061c",  # Arabic letter mark
]
SQLISH = [
    "'); DROP TABLE members;--",
    "Robert'); DROP TABLE articles;--",
    '"; DELETE FROM organizations; --',
    "' OR '1'='1",
    "1; UPDATE institutions SET role='lead'--",
    "'||(SELECT version())||'",
    "$$; COPY articles TO '/tmp/hubetl-fuzz-pwned.csv'; --",
    "(주)'); DROP TABLE members;--",
    "'); DROP TABLE members;--전자",
    "NULL",
    "None",
    "{{7*7}}",
    "${jndi:ldap://127.0.0.1/x}",
    "%s%s%n%x",
    "<script>alert(1)</script>",
    "\\x00\\n",
    "a" * 400,
]
TAGS = [
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<p class='x",
    "<br/>",
    "<<>>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<script>var a='</script>",
    "<style>p{}</style>",
    "<table><tr><td>",
    "</td></tr></table>",
    "</html>",
    "<html>",
    "<body>",
    "<svg><foreignObject>",
    "<math><mi>",
    "<template>",
    "<noscript>",
    "<iframe src=x>",
    "<meta property='article:published_time' content='99999-99-99'>",
    "<title>",
    "</title>",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "&#1114112;",
    "&nbsp;",
    "&bogus;",
    "<a href='javascript:alert(1)'>",
    "<img src=x onerror=alert(1)>",
    "<?xml version='1.0'?>",
    "<!DOCTYPE html>",
]
SEPARATORS = [", ", "·", "△", "▲", " and ", ", and ", "、"]


# --- mutations: each takes (random, bytes, text) and returns (bytes, forced suffix or None) ---------------


def _lines(text: str) -> list[str]:
    return text.split("\n")


def byte_flip(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Flip bits or replace bytes at random places."""
    out = bytearray(data)
    for _ in range(rnd.randint(1, 64)):
        i = rnd.randrange(len(out))
        out[i] = out[i] ^ (1 << rnd.randrange(8)) if rnd.random() < 0.7 else rnd.randrange(256)
    return bytes(out), None


def truncate(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Cut the file short, often in the middle of a multi-byte UTF-8 character."""
    inside = [i for i, b in enumerate(data) if 0x80 <= b <= 0xBF]
    cut = rnd.choice(inside) if inside and rnd.random() < 0.7 else rnd.randrange(1, len(data))
    return data[:cut], None


def nul_bytes(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Insert NUL bytes: single ones, runs, or instead of every space."""
    if rnd.random() < 0.2:
        return data.replace(b" ", b"\x00"), None
    out = bytearray(data)
    for _ in range(rnd.randint(1, 40)):
        out[rnd.randrange(len(out)) : 0] = b"\x00" * rnd.choice([1, 1, 2, 16, 1000])
    return bytes(out), None


def invisible_marks(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Sprinkle zero-width, soft-hyphen and left-to-right/right-to-left marks and isolates inside words."""
    chars = list(text)
    for _ in range(rnd.randint(5, 300)):
        chars.insert(rnd.randrange(len(chars)), rnd.choice(INVISIBLE))
    return "".join(chars).encode("utf-8"), None


def reencode(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """The same text in another encoding (CP949, EUC-KR, UTF-16/32, Latin-1, double-encoded UTF-8...)."""
    encoding = rnd.choice(
        ["cp949", "euc-kr", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "utf-8-sig", "mojibake"]
    )
    if encoding == "mojibake":  # UTF-8 bytes read as Latin-1 and saved again as UTF-8
        return data.decode("latin-1").encode("utf-8"), None
    return text.encode(encoding, errors="replace"), None


def duplicate_lines(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Repeat random lines, next to themselves or elsewhere."""
    lines = _lines(text)
    for _ in range(rnd.randint(1, 30)):
        i = rnd.randrange(len(lines))
        lines.insert(i if rnd.random() < 0.5 else rnd.randrange(len(lines)), lines[i])
    return "\n".join(lines).encode("utf-8"), None


def shuffle_lines(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Shuffle the lines (title, dateline and body end up anywhere)."""
    lines = _lines(text)
    rnd.shuffle(lines)
    return "\n".join(lines).encode("utf-8"), None


def tag_soup(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Random, unbalanced and malformed HTML tags and entities anywhere in the text."""
    chars = list(text)
    for _ in range(rnd.randint(5, 400)):
        chars.insert(rnd.randrange(len(chars)), rnd.choice(TAGS))
    soup = "".join(chars)
    if rnd.random() < 0.5:
        soup = "<html><body>" + soup
    return soup.encode("utf-8"), rnd.choice([None, ".html"])


def deep_nesting(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """The article inside 5,000-20,000 nested elements, closed or not."""
    depth = rnd.randint(5000, 20000)
    tag = rnd.choice(["div", "div", "span", "b", "blockquote", "section", "ul><li", "table><tr><td"])
    opening = f"<{tag}>" * depth
    closing = "".join(f"</{t}>" for t in reversed(tag.split("><"))) * depth if rnd.random() < 0.6 else ""
    body = re.sub(r"(?is)^.*?<body[^>]*>|</body>.*$", "", text) if "<body" in text else text
    paras = "".join(f"<p>{line}</p>" for line in _lines(body) if line.strip())
    head = "<!DOCTYPE html><html><head><title>deep</title></head><body>"
    where = rnd.random()
    if where < 0.5:
        page = head + opening + paras + closing + "</body></html>"
    else:  # the article beside the nest, not inside it
        page = head + paras + opening + "x" + closing + "</body></html>"
    return page.encode("utf-8"), ".html"


def long_line(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Very long lines: the article on one line repeated, or a member list of thousands of names."""
    if rnd.random() < 0.5:
        one = " ".join(line for line in _lines(text) if line.strip())
        return ((one + " ") * max(1, rnd.randint(200_000, 3_000_000) // max(1, len(one)))).encode("utf-8"), None
    count = rnd.choice([2000, 10_000, 50_000])
    names = ", ".join(f"가나{i}전자" if i % 2 else f"Vertex{i} Labs" for i in range(count))
    lines = _lines(text)
    lines.insert(min(3, len(lines)), f"창립 회원사로는 {names} 등 {count}개 기업이 참여했다.")
    return "\n".join(lines).encode("utf-8"), None


def empty(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Empty and nearly empty files."""
    return rnd.choice(
        [
            b"",
            b" \n\t \r\n",
            b"\xef\xbb\xbf",
            b"\n" * 1000,
            b"\x00" * 100,
            b"<html></html>",
            b"<html><body></body></html>",
            b"\xff\xfe",
            "\u200b\u200f\ufeff".encode(),
        ]
    ), rnd.choice([None, ".html"])


def random_bytes(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Bytes that are not text at all."""
    return rnd.randbytes(rnd.choice([1, 17, 1000, 50_000, 500_000])), None


def sql_strings(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """SQL-looking and template-looking strings inserted as items of the article's lists."""
    spots = [m.end() for sep in SEPARATORS for m in re.finditer(re.escape(sep), text)]
    out = text
    for pos in sorted(rnd.sample(spots, min(len(spots), rnd.randint(1, 12))) if spots else [], reverse=True):
        out = out[:pos] + rnd.choice(SQLISH) + rnd.choice(SEPARATORS) + out[pos:]
    if not spots:
        out = f"{rnd.choice(SQLISH)}, {rnd.choice(SQLISH)} 등 2개 기업이 참여한다.\n" + out
    return out.encode("utf-8"), None


def mixed_encodings(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Each line in its own encoding: UTF-8, CP949, UTF-16-LE, Latin-1."""
    parts = []
    for line in _lines(text):
        encoding = rnd.choice(["utf-8", "utf-8", "cp949", "cp949", "utf-16-le", "latin-1"])
        parts.append(line.encode(encoding, errors="replace"))
    return b"\n".join(parts), None


def absurd_numbers(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Huge counts, impossible dates and reversed ranges."""
    choices = [
        "99999999999999999999",
        "2147483648",
        "-1",
        "0",
        "2025-13-45",
        "9999",
        "0000",
        "1e308",
        "１２３",
    ]
    out = re.sub(r"\d+", lambda m: rnd.choice(choices) if rnd.random() < 0.4 else m.group(0), text)
    extra = rnd.choice(
        [
            "이 얼라이언스에는 99999999999999999999개 기업이 참여한다.",
            "The alliance has 2147483648 members.",
            "사업 기간은 2030~2024년이다.",
            "2025년 13월 45일 출범식이 열렸다.",
            "2025년 2월 30일 출범했다.",
            "The first phase runs from 9999 to 10001.",
            "0년 0월 0일에 시작한다.",
        ]
    )
    lines = _lines(out)
    lines.insert(min(2, len(lines)), extra)
    return "\n".join(lines).encode("utf-8"), None


def unicode_forms(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """NFD (Hangul as jamo), NFKC, stacked combining marks, fullwidth letters, invalid UTF-8 forms."""
    kind = rnd.choice(["nfd", "nfkd", "zalgo", "fullwidth", "surrogates", "overlong", "emoji"])
    if kind in ("nfd", "nfkd"):
        return unicodedata.normalize(kind.upper(), text).encode("utf-8"), None
    if kind == "zalgo":
        chars = list(text)
        for _ in range(rnd.randint(10, 200)):
            i = rnd.randrange(len(chars))
            chars[i] += "".join(chr(rnd.randint(0x300, 0x36F)) for _ in range(rnd.randint(1, 50)))
        return "".join(chars).encode("utf-8"), None
    if kind == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text).encode("utf-8"), None
    if kind == "emoji":
        chars = list(text)
        for _ in range(rnd.randint(5, 100)):
            chars.insert(rnd.randrange(len(chars)), rnd.choice(["🇰🇷", "👩‍🔬", "🧬", "\U0010ffff", "\ufffd", "\ufdd0"]))
        return "".join(chars).encode("utf-8"), None
    bad = b"\xed\xa0\x80\xed\xb0\x80" if kind == "surrogates" else b"\xc0\xaf\xe0\x80\xaf\xf8\x88\x80\x80\x80"
    out = bytearray(data)
    for _ in range(rnd.randint(1, 20)):
        out[rnd.randrange(len(out)) : 0] = bad
    return bytes(out), None


def line_endings(rnd: Random, data: bytes, text: str) -> tuple[bytes, str | None]:
    """Old Mac CR, CRLF, Unicode line and paragraph separators, form feeds, NEL."""
    sep = rnd.choice(["\r", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\r\r\n"])
    return sep.join(_lines(text)).encode("utf-8"), None


MUTATORS: dict[str, Mutator] = {
    f.__name__: f
    for f in (
        byte_flip,
        truncate,
        nul_bytes,
        invisible_marks,
        reencode,
        duplicate_lines,
        shuffle_lines,
        tag_soup,
        deep_nesting,
        long_line,
        empty,
        random_bytes,
        sql_strings,
        mixed_encodings,
        absurd_numbers,
        unicode_forms,
        line_endings,
    )
}
# Mutations that make sense on top of another one.
STACKABLE = (
    "byte_flip",
    "truncate",
    "nul_bytes",
    "invisible_marks",
    "reencode",
    "duplicate_lines",
    "tag_soup",
    "sql_strings",
    "absurd_numbers",
    "line_endings",
)


def make_inputs(count: int, folder: Path, rnd: Random) -> list[tuple[Path, str]]:
    """Write count mutated samples into folder; returns (path, description) per input."""
    bases = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))
    names = list(MUTATORS)
    out = []
    for i in range(count):
        base = rnd.choice(bases)
        data = base.read_bytes()
        applied = [names[i % len(names)]]
        if rnd.random() < 0.25:
            applied.append(rnd.choice(STACKABLE))
        suffix = base.suffix
        for name in applied:
            text = data.decode("utf-8", errors="replace")
            if not data:
                break
            data, forced = MUTATORS[name](rnd, data, text)
            suffix = forced or suffix
        path = folder / f"{i:04d}-{'+'.join(applied)}-{base.stem[:32]}{suffix}"
        path.write_bytes(data)
        out.append((path, f"{'+'.join(applied)} of {base.name}"))
    return out


# --- the worker: the pipeline's stages, called directly ------------------------------------------------


def worker_main(conn: Connection, code_dir: str, db_path: str, run_id: str, max_bytes: int) -> None:
    """Run each path received through the stages into the database; answer with what happened."""
    sys.path.insert(0, code_dir)
    logging.disable(logging.WARNING)
    import polars as pl

    import flows
    import warehouse
    from flows import stages
    from schemas.validate import empty_rejects

    con = warehouse.connect(db_path)
    warehouse.start_run(con, run_id, None, {"fuzz": True})
    known_raw, known_ids = warehouse.known_articles(con)
    conn.send({"ready": flows.__file__})
    while (path := conn.recv()) is not None:
        stage, started = "read_and_clean", time.monotonic()
        answer: dict = {"path": path, "duplicate": False, "rejects": [], "traceback": None}
        try:
            articles, rejects = stages.read_and_clean([path], max_bytes)
            before = articles.height
            articles = articles.filter(
                ~pl.col("raw_sha256").is_in(list(known_raw)) & ~pl.col("article_id").is_in(list(known_ids))
            )
            answer["duplicate"] = articles.height < before
            if articles.height:
                stage = "safe_extract"
                extraction, extract_rejects = stages.safe_extract(articles)
                stage = "validate_batch"
                tables, validate_rejects = stages.validate_batch(extraction)
            else:
                tables = {name: df.clear() for name, df in stages.empty_tables().items()}
                extract_rejects, validate_rejects = empty_rejects(), empty_rejects()
            all_rejects = pl.concat([rejects, extract_rejects, validate_rejects])
            answer["rejects"] = all_rejects.select("source_uri", "stage", "table_name", "reason").to_dicts()
            stage = "load_batch"
            warehouse.load_batch(con, tables, all_rejects, run_id)
            known_ids.update(tables["articles"]["article_id"].to_list())
            known_raw.update(tables["articles"]["raw_sha256"].to_list())
            stage = "outcome query"
            for key, table in (("articles", "articles"), ("reject_rows", "rejects")):
                sql = f"SELECT count(*) FROM {table} WHERE source_uri = ?"
                answer[key] = con.execute(sql, [path]).fetchall()[0][0]
        except Exception:
            answer["traceback"] = traceback.format_exc()
        answer["stage"], answer["seconds"] = stage, time.monotonic() - started
        conn.send(answer)
    warehouse.finish_run(con, run_id, "completed", {}, [])
    con.close()


@dataclass
class Outcome:
    """What happened to one input."""

    path: Path
    description: str
    kind: str = "crashed"  # loaded, rejected, duplicate, crashed, vanished
    stage: str = ""
    seconds: float = 0.0
    traceback: str = ""
    rejects: list[dict] = field(default_factory=list)


class Worker:
    """A spawned worker process running worker_main, restarted after it dies or hangs."""

    def __init__(self, code_dir: Path, db: Path, seed: int) -> None:
        self.code_dir, self.db, self.seed = code_dir, db, seed
        self.generation = 0
        self.proc: multiprocessing.process.BaseProcess | None = None
        self.conn: Connection | None = None

    def start(self) -> str:
        """Start a worker; returns where it imported the project from."""
        self.generation += 1
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        run_id = f"fuzz-{self.seed}-{self.generation}"
        self.proc = ctx.Process(
            target=worker_main, args=(child, str(self.code_dir), str(self.db), run_id, DEFAULT_MAX_BYTES)
        )
        self.proc.start()
        child.close()
        self.conn = parent
        if not parent.poll(300):
            raise RuntimeError("fuzz worker did not start within 300s")
        return parent.recv()["ready"]

    def run(self, path: Path, timeout: float) -> dict:
        """Send one input; the answer, or a crash record when the worker died or hung."""
        assert self.conn is not None and self.proc is not None
        started = time.monotonic()
        self.conn.send(str(path))
        try:
            if self.conn.poll(timeout):
                return self.conn.recv()
            reason = f"no answer within {timeout:.0f}s: the worker was killed (hang)"
            self.proc.kill()
        except (EOFError, ConnectionResetError):
            reason = "the worker process died"
        self.proc.join()
        reason += f" (exit code {self.proc.exitcode})"
        self.start()
        return {"path": str(path), "traceback": reason, "stage": "worker", "seconds": time.monotonic() - started}

    def stop(self) -> None:
        """Let the worker finish its run record and exit."""
        if self.conn is not None and self.proc is not None and self.proc.is_alive():
            self.conn.send(None)
            self.proc.join(60)
            if self.proc.is_alive():
                self.proc.kill()
                self.proc.join()


def classify(answer: dict, description: str) -> Outcome:
    """Loaded, rejected, duplicate, crashed, or vanished (no article, no reject, not a duplicate)."""
    out = Outcome(Path(answer["path"]), description, stage=answer.get("stage", ""), seconds=answer.get("seconds", 0))
    out.rejects = answer.get("rejects", [])
    if answer.get("traceback"):
        out.traceback = answer["traceback"]
    elif answer["articles"]:
        out.kind = "loaded"
    elif answer["duplicate"]:
        out.kind = "duplicate"
    elif answer["reject_rows"]:
        out.kind = "rejected"
    else:
        out.kind = "vanished"
    return out


def reason_key(reject: dict) -> str:
    """A reject reason with numbers and quoted values folded, so that alike reasons group together."""
    reason = re.sub(r"(?<![\w-])\d[\d,.]*(?!\w)", "N", reject["reason"] or "")
    reason = re.sub(r"'[^']*'", "'…'", reason)
    table = f" [{reject['table_name']}]" if reject.get("table_name") else ""
    return f"{reject['stage']}{table}: {reason[:140]}"


def crash_summary(text: str) -> list[str]:
    """The exception line and the innermost frames of a traceback (or the one-line reason)."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) <= 1:
        return lines
    frames = [line.strip() for line in lines if re.match(r'^  File ".*", line \d+, in ', line)]
    exception = next(
        (line for line in reversed(lines) if re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b", line)),
        lines[-1],
    )
    return [exception, *frames[-3:]]


def run_cli(code_dir: Path, folder: Path, db: Path, prefect_home: Path, timeout: float) -> tuple[int, str, float]:
    """The real command over the folder: (exit code, output, seconds)."""
    cmd = [sys.executable, "-m", "flows.cli", "run", str(folder), "--db", str(db)]
    started = time.monotonic()
    try:
        proc = subprocess.run(
            cmd, cwd=code_dir, env=run_env(prefect_home), capture_output=True, text=True, timeout=timeout
        )
        return proc.returncode, proc.stdout + proc.stderr, time.monotonic() - started
    except subprocess.TimeoutExpired as exc:
        output = (exc.stdout or b"").decode(errors="replace") + (exc.stderr or b"").decode(errors="replace")
        return -999, output + f"\n(timed out after {timeout:.0f}s)", time.monotonic() - started


def integrity_problems(db: Path) -> list[str]:
    """Rows left pointing at nothing in the in-process database."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    checks = {
        f"{t} rows whose article is absent": f"SELECT count(*) FROM {t} WHERE article_id NOT IN "
        "(SELECT article_id FROM articles)"
        for t in ("members", "institutions", "milestones")
    }
    checks |= {
        f"{t} rows whose organisation is absent": f"SELECT count(*) FROM {t} WHERE org_id NOT IN "
        "(SELECT org_id FROM organizations)"
        for t in ("members", "institutions")
    }
    checks["rejects rows with no source_uri"] = "SELECT count(*) FROM rejects WHERE source_uri IS NULL"
    try:
        return [f"{n} {label}" for label, sql in checks.items() if (n := con.execute(sql).fetchall()[0][0])]
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    """Make the inputs, run them through the stages and the command, print the report."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--inputs", type=int, default=300, help="mutated inputs to make (default 300)")
    p.add_argument("--seed", type=int, default=1, help="seed of the mutations (default 1)")
    p.add_argument("--timeout", type=float, default=180, help="seconds one input may take before it is a hang")
    p.add_argument("--workdir", type=Path, default=None, help="folder for inputs, crashes and databases")
    p.add_argument("--live-code", action="store_true", help="run the working tree's code, not a frozen copy")
    p.add_argument("--skip-cli", action="store_true", help="do not run the real command over the inputs")
    args = p.parse_args(argv)

    wall = time.monotonic()
    workdir = (args.workdir or Path(tempfile.mkdtemp(prefix="hubetl-fuzz-"))).resolve()
    inputs_dir, crashes_dir = workdir / "inputs", workdir / "crashes"
    for folder in (inputs_dir, crashes_dir):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    code_dir = ROOT if args.live_code else snapshot_code(workdir)
    rnd = Random(args.seed)
    inputs = make_inputs(args.inputs, inputs_dir, rnd)
    print(f"{len(inputs)} inputs in {inputs_dir} (seed {args.seed}); code under test {code_dir}")

    db = workdir / "fuzz.duckdb"
    for stale in (db, Path(f"{db}.wal")):
        stale.unlink(missing_ok=True)
    worker = Worker(code_dir, db, args.seed)
    print(f"worker imports {worker.start()}")
    outcomes: list[Outcome] = []
    for n, (path, description) in enumerate(inputs, 1):
        outcome = classify(worker.run(path, args.timeout), description)
        outcomes.append(outcome)
        if outcome.kind in ("crashed", "vanished") or n % 50 == 0:
            where = f" in {outcome.stage}" if outcome.kind == "crashed" else ""
            print(f"  {n}/{len(inputs)} {path.name}: {outcome.kind}{where} ({outcome.seconds:.1f}s)", flush=True)
    worker.stop()
    in_process_seconds = time.monotonic() - wall

    cli_code, cli_output, cli_seconds = None, "", 0.0
    if not args.skip_cli:
        cli_code, cli_output, cli_seconds = run_cli(
            code_dir, inputs_dir, workdir / "cli.duckdb", workdir / "prefect", timeout=max(1800, 20 * args.inputs)
        )
        (workdir / "cli-run.log").write_text(cli_output)
    cli_crashed = cli_code is not None and (cli_code != 0 or "Traceback (most recent call last)" in cli_output)

    kinds = Counter(o.kind for o in outcomes)
    print()
    print(f"inputs tried         {len(outcomes)}")
    print(f"loaded               {kinds['loaded']}")
    print(f"rejected             {kinds['rejected']}")
    print(f"duplicate/unchanged  {kinds['duplicate']}")
    print(
        f"crashed              {kinds['crashed'] + int(cli_crashed)}"
        + (" (including the command run)" if cli_crashed else "")
    )
    if kinds["vanished"]:
        print(f"vanished             {kinds['vanished']} (neither loaded, rejected nor a duplicate)")
    reasons = Counter(reason_key(r) for o in outcomes if o.kind != "crashed" for r in o.rejects)
    if reasons:
        print("\nreject reasons (rows stored; an input can have several):")
        for reason, n in reasons.most_common():
            print(f"  {n:5d}  {reason}")
    partial = sum(1 for o in outcomes if o.kind == "loaded" and o.rejects)
    if partial:
        print(f"  ({partial} loaded inputs had some rows rejected)")
    by_mutation: dict[str, Counter] = {}
    for o in outcomes:
        by_mutation.setdefault(o.description.split(" of ")[0].split("+")[0], Counter())[o.kind] += 1
    print("\nby mutation (loaded/rejected/duplicate/crashed):")
    for name, c in sorted(by_mutation.items()):
        print(f"  {name:<16} {c['loaded']:3d} {c['rejected']:3d} {c['duplicate']:3d} {c['crashed']:3d}")
    slow = sorted(outcomes, key=lambda o: -o.seconds)[:5]
    print("\nslowest inputs: " + ", ".join(f"{o.path.name} {o.seconds:.1f}s" for o in slow))
    problems = integrity_problems(db) if db.exists() else []
    if problems:
        print("database after the in-process run: " + "; ".join(problems))

    crashed = [o for o in outcomes if o.kind in ("crashed", "vanished")]
    if crashed:
        print(f"\ncrashing inputs (copied to {crashes_dir}, tracebacks beside them as .traceback.log):")
        for o in crashed:
            shutil.copy2(o.path, crashes_dir / o.path.name)
            (crashes_dir / f"{o.path.name}.traceback.log").write_text(
                f"{o.description}\nstage: {o.stage}\n\n{o.traceback or 'no article, no reject, not a duplicate'}"
            )
            print(f"  {o.path.name} [{o.kind} in {o.stage}] ({o.description})")
            for line in crash_summary(o.traceback or "vanished: no article, no reject, not a duplicate"):
                print(f"      {line[:200]}")
            for r in o.rejects:
                print(f"      (carried reject: {r['stage']}: {(r['reason'] or '')[:160]})")
    if cli_code is not None:
        summary = next((line for line in cli_output.splitlines() if line.startswith("hubetl run ")), "no summary line")
        print(f"\ncommand `hubetl run {inputs_dir} --db …` exit {cli_code} in {cli_seconds:.0f}s: {summary}")
        loaded = re.search(r"(\d+) articles loaded", summary)
        if loaded and int(loaded.group(1)) != kinds["loaded"]:
            print(
                f"  note: the command loaded {loaded.group(1)} articles, the stages one input at a time "
                f"{kinds['loaded']}: extraction depends on which articles share a batch"
            )
        if cli_crashed:
            print("  command crashed; last lines of its output (all of it in cli-run.log):")
            for line in cli_output.strip().splitlines()[-8:]:
                print(f"      {line[:200]}")
    print(
        f"\nwall time {time.monotonic() - wall:.0f}s (in-process {in_process_seconds:.0f}s, command {cli_seconds:.0f}s)"
    )
    print(f"work folder {workdir}")
    return 1 if crashed or cli_crashed else 0


if __name__ == "__main__":
    sys.exit(main())
