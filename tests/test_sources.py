"""Sources and decoding: files, folders, globs; UTF-8 with and without BOM, CP949."""

import pytest

from flows.clean import decode
from flows.sources import SourceError, discover, read_files

TEXT = "국가 AI 연구거점에 12개 기업이 참여한다."


def test_discover_folders_recursively_and_globs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a" / "two.HTML").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "three.htm").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    found = discover([str(tmp_path)])
    assert sorted(p.rsplit("/", 1)[1] for p in found) == ["one.txt", "three.htm", "two.HTML"]
    assert discover([str(tmp_path / "**" / "*.txt")]) == [str(tmp_path / "a" / "one.txt")]
    # the same file named twice is read once
    assert len(discover([str(tmp_path), str(tmp_path / "three.htm")])) == 3


def test_missing_source_is_an_error(tmp_path):
    with pytest.raises(SourceError, match="not found"):
        discover([str(tmp_path / "nope.txt")])
    with pytest.raises(SourceError, match="no file matches"):
        discover([str(tmp_path / "*.txt")])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "euc-kr"])
def test_decode_detects_korean_encodings(encoding):
    text, error = decode(TEXT.encode(encoding))
    assert error is None and text == TEXT


def test_decode_refuses_empty_and_binary():
    assert decode(b"")[1].startswith("empty file")
    assert decode(b"   \n ")[1].startswith("empty file")
    import random

    rnd = random.Random(7)
    blob = bytes(rnd.randrange(256) for _ in range(4000))
    text, error = decode(blob)
    assert text is None and ("binary" in error or "undecodable" in error)


def test_oversized_file_is_marked_not_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    df = read_files([str(big)], max_bytes=1000)
    assert df["raw"][0] is None
    assert "over the 1,000-byte limit" in df["error"][0]


def test_unchanged_files_are_those_whose_bytes_were_loaded(tmp_path):
    import hashlib

    from flows.sources import unchanged_files

    (tmp_path / "old.txt").write_bytes(b"loaded before")
    (tmp_path / "new.txt").write_bytes(b"never seen")
    known = {hashlib.sha256(b"loaded before").hexdigest()}
    paths = [str(tmp_path / "old.txt"), str(tmp_path / "new.txt"), str(tmp_path / "gone.txt")]
    assert unchanged_files(paths, known) == {str(tmp_path / "old.txt")}
