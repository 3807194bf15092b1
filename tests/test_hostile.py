"""Hostile input beside a CP949 copy of the seed, in one folder: no crash, the seed's members load,
every bad file is loaded as written or rejected with a reason."""

import random

import duckdb
import pytest

from flows.pipeline import ingest_articles


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, seed_path):
    folder = tmp_path_factory.mktemp("hostile")
    rnd = random.Random(11)
    seed = seed_path.read_text(encoding="utf-8")
    raw = seed.encode("utf-8")
    files = {
        "seed_cp949.txt": seed.encode("cp949", errors="replace"),
        "random.bin.txt": bytes(rnd.randrange(256) for _ in range(20_000)),
        "truncated.txt": raw[: len(raw) // 2 + 1],  # cut inside a UTF-8 character
        "mixed.txt": seed[:300].encode("utf-8") + seed[300:700].encode("cp949", errors="replace") + seed[700:].encode(),
        "nul.txt": seed.replace("\n", "\x00\n").encode("utf-8"),
        "marks.txt": seed.replace("네이버", "네\u200b이버\u202e").replace("기업", "기\u200d업").encode("utf-8"),
        "deep.html": (
            "<html><body>" + "<div>" * 30_000 + "국가 연구거점 출범" + "</div>" * 30_000 + "</body></html>"
        ).encode(),
        "sql.txt": (
            "SQL 얼라이언스 출범\n입력 2025-01-02 10:00\n얼라이언스에는 △'); DROP TABLE members;-- "
            '△Robert"); DELETE FROM articles; -- △정상기업 등 3개 기업이 창립 회원사로 참여한다.\n'
        ).encode(),
        "list30k.txt": (
            "대형 얼라이언스 출범\n입력 2025-01-02 10:00\n얼라이언스에는 "
            + " ".join(f"△가온{i}전자" for i in range(30_000))
            + " 등 30000개 기업이 창립 회원사로 참여한다.\n"
        ).encode("utf-8"),
        "empty.txt": b"",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with open(folder / "big.txt", "wb") as fh:  # 60 MB, over the default 20 MB limit per article
        chunk = (seed + "\n").encode("utf-8")
        while fh.tell() < 60 * 1024 * 1024:
            fh.write(chunk)
    db = folder / "w.duckdb"
    summary = ingest_articles(sources=[str(folder)], db_path=str(db))
    return folder, db, summary


def _q(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_run_completes_and_the_seed_loads(hostile_run):
    folder, db, summary = hostile_run
    assert summary["status"] == "completed"
    seed_id = _q(db, f"SELECT article_id FROM articles WHERE source_uri = '{folder / 'seed_cp949.txt'}'")[0][0]
    assert _q(
        db, f"SELECT count(*) FROM members WHERE article_id = '{seed_id}' AND membership_type = 'initial_member'"
    ) == [(12,)]


def test_every_file_is_loaded_or_rejected_with_a_reason(hostile_run):
    folder, db, _ = hostile_run
    loaded = {r[0] for r in _q(db, "SELECT source_uri FROM articles")}
    rejected = dict(_q(db, "SELECT source_uri, reason FROM rejects WHERE stage IN ('read', 'clean')"))
    for path in folder.iterdir():
        if path.suffix in (".txt", ".html"):
            # several files are the seed again (same cleaned text): one article, loaded once
            same_as_seed = path.name in ("truncated.txt", "mixed.txt", "nul.txt")
            assert str(path) in loaded or str(path) in rejected or same_as_seed, path.name
    assert "over the" in rejected[str(folder / "big.txt")]
    assert rejected[str(folder / "empty.txt")].startswith("empty file")
    assert str(folder / "random.bin.txt") in rejected


def test_hostile_names_are_data_not_sql(hostile_run):
    _, db, _ = hostile_run
    assert _q(db, "SELECT count(*) FROM articles")[0][0] >= 3  # nothing was dropped or deleted
    names = {r[0] for r in _q(db, "SELECT name FROM members")}
    assert "정상기업" in names


def test_a_huge_list_loads_every_item(hostile_run):
    folder, db, _ = hostile_run
    aid = _q(db, f"SELECT article_id FROM articles WHERE source_uri = '{folder / 'list30k.txt'}'")[0][0]
    assert _q(db, f"SELECT count(*) FROM members WHERE article_id = '{aid}'") == [(30_000,)]
