"""Web sources against a real HTTP server on 127.0.0.1: pages, a CP949 page, feeds, and every way a URL fails."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import polars as pl
import pytest

from flows.clean import _HTML_START, clean, prepare
from flows.sources import RAW_SCHEMA
from flows.web import USER_AGENT, expand_feeds, fetch_urls, read_urls

MAX_BYTES = 100_000
FAST = {"retries": 0}

KO_TITLE = "수소모빌리티 연구 얼라이언스 출범…현대차·두산퓨얼셀 등 9곳 참여"
KO_PAGE = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{KO_TITLE} | 에너지데일리</title>
<meta property="og:title" content="{KO_TITLE}">
<meta property="og:site_name" content="에너지데일리">
<meta property="article:published_time" content="2025-05-14T10:20:00+09:00">
</head>
<body>
<header><a href="/">에너지데일리</a>
<nav><ul><li><a href="/energy">에너지</a></li><li><a href="/mobility">모빌리티</a></li><li><a href="/policy">정책</a></li></ul></nav>
</header>
<main>
<article>
<h1>{KO_TITLE}</h1>
<p class="byline">박서연 기자 <span>입력 2025.05.14 10:20</span></p>
<ul class="share"><li>공유</li><li>인쇄</li><li>가장작게</li><li>크게</li></ul>
<p>수소 상용차와 충전 인프라 기술을 함께 개발하기 위한 민관 협의체 '수소모빌리티 연구 얼라이언스'가 14일 공식 출범했다.
산업통상자원부는 이날 서울 서초구 양재 엘타워에서 출범식을 열고 얼라이언스 운영 계획을 발표했다.</p>
<p>얼라이언스에는 현대자동차, 두산퓨얼셀, 효성중공업, 코오롱인더스트리, 한국가스공사 등 기업 5곳과
한국에너지기술연구원, 한국기계연구원, KAIST, 울산과학기술원(UNIST) 등 연구기관·대학 4곳이 창립 회원으로 참여했다.</p>
<p>주관기관은 한국에너지기술연구원이 맡았다. 초대 의장에는 이창근 한국에너지기술연구원장이 선임됐고,
운영사무국은 한국수소산업협회에 둔다.</p>
<p>얼라이언스는 2027년까지 1단계로 대형 수소트럭용 연료전지 스택의 내구성을 3만 시간까지 끌어올리고,
2028년부터 2030년까지 2단계로 액화수소 충전소 실증에 나선다. 신규 회원사 모집은 다음 달 30일까지 진행한다.</p>
<p>이창근 의장은 "수소 상용차 시장은 부품과 인프라가 동시에 갖춰져야 열린다"며 "회원사 간 실증 데이터를 공유해 개발 기간을 줄이겠다"고 말했다.</p>
</article>
<section class="related"><h3>관련기사</h3><ul><li><a href="/1">수소충전소 구축 예산 확대</a></li></ul></section>
</main>
<footer>저작권자 © 에너지데일리 무단전재 및 재배포 금지</footer>
</body>
</html>
"""

CP949_TITLE = "차세대 원전 소재 연구 컨소시엄 발족…한수원·두산에너빌리티 등 6곳"
CP949_PAGE = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="euc-kr">
<title>{CP949_TITLE} - 한빛경제</title>
<meta property="og:site_name" content="한빛경제">
<meta property="article:published_time" content="2025-03-21T09:00:00+09:00">
</head>
<body>
<div id="top"><a href="/">한빛경제</a> | <a href="/industry">산업</a> | <a href="/science">과학</a></div>
<div class="article">
<h2>{CP949_TITLE}</h2>
<div class="info">정민호 기자 | 입력 2025.03.21 09:00</div>
<div id="articleBody">
<p>소형모듈원자로(SMR)에 쓰일 고내열 합금과 피복관 소재를 국산화하기 위한 '차세대 원전 소재 연구 컨소시엄'이 21일 발족했다.</p>
<p>컨소시엄에는 한국수력원자력, 두산에너빌리티, 포스코, 세아창원특수강 등 기업 4곳과 서울대, 부산대가 참여한다.
주관기관은 한국원자력연구원으로, 연구책임자는 김태형 한국원자력연구원 책임연구원이 맡는다.</p>
<p>컨소시엄은 올해부터 2028년까지 4년간 정부 출연금 320억원을 지원받아 소재 시험 설비를 대전 원자력연구원 안에 구축하고,
2029년 상반기까지 시제품 피복관의 성능 인증을 마칠 계획이다.</p>
<p>김태형 책임연구원은 "원전 소재는 인증에만 수년이 걸린다"며 "설계 단계부터 제조사와 함께 시험 데이터를 쌓겠다"고 밝혔다.</p>
</div>
</div>
<div class="copyright">ⓒ 한빛경제 무단전재 및 재배포 금지</div>
</body>
</html>
"""
CP949_SENTENCE = "주관기관은 한국원자력연구원으로, 연구책임자는 김태형 한국원자력연구원 책임연구원이 맡는다."

EN_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Korean and Dutch institutes form chip metrology alliance | Chip Review</title>
<meta property="article:published_time" content="2025-04-02T08:00:00Z"></head>
<body><article>
<h1>Korean and Dutch institutes form chip metrology alliance</h1>
<p>The Korea Research Institute of Standards and Science (KRISS) and the Netherlands Organisation for Applied
Scientific Research (TNO) launched the Semiconductor Metrology Alliance on Wednesday in Daejeon.</p>
<p>Founding members include Samsung Electronics, SK hynix, ASML and Park Systems. KRISS will lead the alliance,
with TNO as international partner. A first joint measurement campaign runs from 2025 to 2027.</p>
</article></body></html>
"""


def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><pubDate>Wed, 14 May 2025 01:20:00 GMT</pubDate></item>"
        for title, path in [(KO_TITLE, "/article/ko"), (CP949_TITLE, "/article/cp949"), ("삭제된 기사", "/missing")]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>에너지데일리</title>'
        f"<link>{base}/</link><description>최신 기사</description>{items}</channel></rss>"
    )


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Chip Review</title><id>urn:chip-review</id><updated>2025-04-02T08:00:00Z</updated>
  <entry><title>Metrology alliance</title><id>urn:1</id><updated>2025-04-02T08:00:00Z</updated>
    <link rel="alternate" href="/article/en"/></entry>
  <entry><title>Hydrogen alliance</title><id>urn:2</id><updated>2025-04-01T08:00:00Z</updated>
    <link rel="alternate" href="/article/ko"/></entry>
  <entry><title>Newsletter</title><id>urn:3</id><updated>2025-04-01T08:00:00Z</updated>
    <link rel="alternate" href="mailto:news@chip-review.example"/></entry>
</feed>
"""
EMPTY_RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing yet</title></channel></rss>'


@dataclass
class Site:
    base: str
    hits: Counter
    user_agents: list[str]
    lock: threading.Lock

    def url(self, path: str) -> str:
        return self.base + path

    def reset(self) -> None:
        with self.lock:
            self.hits.clear()
            self.user_agents.clear()


class _Handler(BaseHTTPRequestHandler):
    site: Site  # set on the subclass the fixture makes

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str | None, length: bool = True, **headers: str) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        site = self.site
        with site.lock:
            site.hits[self.path] += 1
            site.user_agents.append(self.headers.get("User-Agent", ""))
            hits = site.hits[self.path]
        base = site.base
        html = "text/html; charset=utf-8"
        try:
            match self.path:
                case "/article/ko":
                    self._send(200, KO_PAGE.encode("utf-8"), html)
                case "/article/cp949":
                    self._send(200, CP949_PAGE.encode("cp949"), "text/html; charset=euc-kr")
                case "/article/en":
                    self._send(200, EN_PAGE.encode("utf-8"), html)
                case "/feed.rss":
                    self._send(200, _rss(base).encode("utf-8"), "application/rss+xml; charset=utf-8")
                case "/feed-as-html":  # servers that send their feed as text/html: the body says it is a feed
                    self._send(200, _rss(base).encode("utf-8"), html)
                case "/feed.atom":
                    self._send(200, ATOM.encode("utf-8"), "application/atom+xml")
                case "/empty.rss":
                    self._send(200, EMPTY_RSS.encode("utf-8"), "application/rss+xml")
                case "/broken.rss":
                    self._send(200, b'<?xml version="1.0"?><rss version="2.0"><channel><title>x', "application/rss+xml")
                case "/sitemap.xml":
                    self._send(200, b'<?xml version="1.0"?><urlset></urlset>', "application/xml")
                case "/slow":
                    time.sleep(3)
                    self._send(200, KO_PAGE.encode("utf-8"), html)
                case "/trickle":  # each read is quick, the whole body is not
                    self.send_response(200)
                    self.send_header("Content-Type", html)
                    self.end_headers()
                    for _ in range(12):
                        self.wfile.write(b"<p>" + b"x" * 100 + b"</p>\n")
                        self.wfile.flush()
                        time.sleep(0.25)
                case "/large":
                    self._send(200, b"<!doctype html><p>" + b"a" * 300_000, html)
                case "/large-stream":  # no Content-Length: the size is only known by reading
                    self._send(200, b"<!doctype html><p>" + b"a" * 300_000, html, length=False)
                case "/report.pdf":
                    self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"0" * 1000, "application/pdf")
                case "/redirect":
                    self._send(302, b"", None, Location="/article/ko")
                case "/loop":
                    self._send(302, b"", None, Location="/loop")
                case "/flaky":  # fails once, then works: a retry gets it
                    if hits == 1:
                        self._send(503, b"busy", "text/plain")
                    else:
                        self._send(200, KO_PAGE.encode("utf-8"), html)
                case "/down":
                    self._send(500, b"oops", "text/plain")
                case "/empty":
                    self._send(200, b"", html)
                case _:
                    self._send(404, b"<h1>Not Found</h1>", html)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeouts, size limit)
            pass


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    state = Site(base="", hits=Counter(), user_agents=[], lock=threading.Lock())
    handler = type("Handler", (_Handler,), {"site": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _rows(df: pl.DataFrame) -> dict[str, dict]:
    return {r["source_uri"]: r for r in df.iter_rows(named=True)}


def test_fetch_urls_gives_bytes_as_served_in_order(site):
    site.reset()
    urls = [site.url("/article/cp949"), site.url("/article/ko"), site.url("/redirect"), site.url("/missing")]
    df = fetch_urls(urls, MAX_BYTES, timeout=5, **FAST)
    assert df.schema == pl.Schema(RAW_SCHEMA)
    assert df["source_uri"].to_list() == urls
    rows = _rows(df)
    assert rows[urls[0]]["raw"] == CP949_PAGE.encode("cp949")  # not re-encoded: clean.py decodes
    assert rows[urls[1]]["raw"] == KO_PAGE.encode("utf-8")
    assert rows[urls[2]]["raw"] == KO_PAGE.encode("utf-8")  # the redirect is followed; the row keeps the given URL
    assert rows[urls[1]]["raw_sha256"] == rows[urls[2]]["raw_sha256"] and len(rows[urls[1]]["raw_sha256"]) == 64
    assert all(rows[u]["error"] is None for u in urls[:3])
    assert rows[urls[3]]["raw"] is None and rows[urls[3]]["raw_sha256"] is None
    assert rows[urls[3]]["error"] == f"HTTP 404 Not Found from {urls[3]}"
    assert site.user_agents and all(ua == USER_AGENT and "hubetl" in ua for ua in site.user_agents)


def test_cp949_page_decodes_to_korean_through_clean(site):
    df = fetch_urls([site.url("/article/cp949"), site.url("/article/ko")], MAX_BYTES, timeout=5, **FAST)
    # URLs have no .html suffix: prepare() must see HTML from the markup itself.
    assert all(_HTML_START.match(raw[:2000]) for raw in df["raw"])
    articles, rejects = clean(prepare(df))
    assert rejects.is_empty(), rejects.to_dicts()
    by_uri = _rows(articles)
    cp949 = by_uri[site.url("/article/cp949")]
    assert cp949["title"] == CP949_TITLE
    assert cp949["outlet"] == "한빛경제"
    assert cp949["language"] == "ko"
    assert CP949_SENTENCE in cp949["body"]
    assert "한국수력원자력, 두산에너빌리티, 포스코, 세아창원특수강" in cp949["body"]
    assert "\ufffd" not in cp949["body"] and "<p>" not in cp949["body"]
    assert cp949["published_at"].isoformat() == "2025-03-21T00:00:00+00:00"
    ko = by_uri[site.url("/article/ko")]
    assert ko["title"] == KO_TITLE and ko["outlet"] == "에너지데일리"
    assert "주관기관은 한국에너지기술연구원이 맡았다." in ko["body"]
    assert "관련기사" not in ko["body"] and "무단전재" not in ko["body"]


def test_feed_expands_to_entry_links_and_a_dead_entry_is_a_reject(site):
    feed = site.url("/feed.rss")
    links, known = expand_feeds([feed], MAX_BYTES, timeout=5, **FAST)
    assert links == [site.url("/article/ko"), site.url("/article/cp949"), site.url("/missing")]
    assert known.is_empty() and known.schema == pl.Schema(RAW_SCHEMA)

    df = read_urls([feed], MAX_BYTES, timeout=5, **FAST)
    assert df["source_uri"].to_list() == links  # the feed itself has no row
    rows = _rows(df)
    assert rows[site.url("/article/cp949")]["raw"] == CP949_PAGE.encode("cp949")
    dead = rows[site.url("/missing")]
    assert dead["raw"] is None and "404" in dead["error"] and site.url("/missing") in dead["error"]
    articles, rejects = clean(prepare(df))
    assert articles.height == 2
    assert rejects.select("source_uri", "stage").to_dicts() == [{"source_uri": site.url("/missing"), "stage": "read"}]


def test_atom_feed_relative_links_and_a_feed_sent_as_html(site):
    links, _ = expand_feeds([site.url("/feed.atom")], MAX_BYTES, timeout=5, **FAST)
    assert links == [site.url("/article/en"), site.url("/article/ko")]  # mailto: is not an article
    links, _ = expand_feeds([site.url("/feed-as-html")], MAX_BYTES, timeout=5, **FAST)
    assert links == [site.url("/article/ko"), site.url("/article/cp949"), site.url("/missing")]


def test_read_urls_mixes_feeds_and_pages_in_a_stable_order_fetching_each_page_once(site):
    site.reset()
    urls = [
        site.url("/article/en"),
        site.url("/feed.rss"),
        "ftp://example.org/article.txt",
        site.url("/feed.atom"),  # lists /article/en and /article/ko again: each page once
        site.url("/empty.rss"),
        site.url("/broken.rss"),
        site.url("/sitemap.xml"),
        site.url("/article/en"),
        site.url("/article/cp949"),  # listed by the feed before: keeps the feed's place, fetched once
    ]
    df = read_urls(urls, MAX_BYTES, timeout=5, **FAST)
    expected = [
        site.url("/article/en"),
        site.url("/article/ko"),
        site.url("/article/cp949"),
        site.url("/missing"),
        "ftp://example.org/article.txt",
        site.url("/empty.rss"),
        site.url("/broken.rss"),
        site.url("/sitemap.xml"),
    ]
    assert df["source_uri"].to_list() == expected
    errors = dict(zip(df["source_uri"], df["error"], strict=True))
    assert errors[site.url("/article/en")] is None and errors[site.url("/article/ko")] is None
    assert (
        errors["ftp://example.org/article.txt"]
        == "only http and https URLs are supported: ftp://example.org/article.txt"
    )
    assert errors[site.url("/empty.rss")] == f"feed at {site.url('/empty.rss')} lists no articles"
    assert errors[site.url("/broken.rss")] == (
        f"feed at {site.url('/broken.rss')} could not be read: no element found at line 1"
    )
    assert errors[site.url("/sitemap.xml")] == "not an article page: content type application/xml"
    # the page given directly was fetched once, while looking for feeds, and its bytes reused
    assert site.hits["/article/en"] == 1 and site.hits["/article/ko"] == 1 and site.hits["/feed.rss"] == 1
    assert site.hits["/article/cp949"] == 1
    again = read_urls(urls, MAX_BYTES, timeout=5, **FAST)
    assert again.equals(df)


def test_timeouts_have_a_clear_reason(site):
    started = time.monotonic()
    df = fetch_urls([site.url("/slow"), site.url("/trickle")], MAX_BYTES, timeout=1, **FAST)
    assert time.monotonic() - started < 4  # the two run side by side, neither waits for its 3 s
    slow, trickle = df["error"].to_list()
    assert slow == f"timed out after 1 s fetching {site.url('/slow')}"
    assert trickle == f"timed out after 1 s fetching {site.url('/trickle')}"  # a body that never ends in time


def test_size_limit_with_and_without_content_length(site):
    df = fetch_urls([site.url("/large"), site.url("/large-stream"), site.url("/article/ko")], 50_000, **FAST)
    large, stream, ok = df.iter_rows(named=True)
    assert (
        large["raw"] is None and large["error"] == "response is 300,018 bytes, over the 50,000-byte limit per article"
    )
    assert stream["raw"] is None and stream["error"] == "response is over the 50,000-byte limit per article"
    assert ok["error"] is None


def test_content_types_redirect_loops_and_empty_bodies(site):
    urls = [site.url("/report.pdf"), site.url("/loop"), site.url("/empty"), site.url("/down")]
    df = fetch_urls(urls, MAX_BYTES, timeout=5, **FAST)
    assert df["error"].to_list() == [
        "not an article page: content type application/pdf",
        f"more than 5 redirects from {urls[1]}",
        f"empty response (no bytes of text) from {urls[2]}",
        f"HTTP 500 Internal Server Error from {urls[3]}",
    ]


def test_transient_failures_are_retried(site):
    site.reset()
    df = fetch_urls([site.url("/flaky"), site.url("/down")], MAX_BYTES, timeout=5, retries=2, backoff=(0.05, 0.1))
    flaky, down = df.iter_rows(named=True)
    assert flaky["error"] is None and flaky["raw"] == KO_PAGE.encode("utf-8")
    assert site.hits["/flaky"] == 2
    assert down["error"] == f"HTTP 500 Internal Server Error from {site.url('/down')} (tried 3 times)"
    assert site.hits["/down"] == 3
    assert site.hits["/missing"] == 0  # 404 is not retried
    df = fetch_urls([site.url("/missing")], MAX_BYTES, timeout=5, retries=2, backoff=(0.05,))
    assert site.hits["/missing"] == 1 and df["error"][0] == f"HTTP 404 Not Found from {site.url('/missing')}"


def test_cannot_connect():
    with socket.socket() as sock:  # a port nobody listens on once the socket is closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    df = fetch_urls([url], MAX_BYTES, timeout=2, retries=1, backoff=(0.05,))
    error = df["error"][0]
    assert error.startswith(f"cannot connect to {url}: ") and error.endswith("(tried 2 times)")


def test_other_schemes_are_rejected_without_a_network_call(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("a request was sent")

    monkeypatch.setattr(httpx.Client, "send", no_network)
    urls = ["ftp://example.org/a.txt", "file:///etc/passwd", "javascript:alert(1)", "http:///no-host", "/tmp/a.html"]
    df = read_urls(urls, MAX_BYTES, timeout=1)
    assert df["source_uri"].to_list() == urls
    assert df["raw"].null_count() == len(urls)
    assert df["error"].to_list() == [
        "only http and https URLs are supported: ftp://example.org/a.txt",
        "only http and https URLs are supported: file:///etc/passwd",
        "only http and https URLs are supported: javascript:alert(1)",
        "not a valid URL (no host name): http:///no-host",
        "only http and https URLs are supported: /tmp/a.html",
    ]
    assert fetch_urls([], MAX_BYTES).schema == pl.Schema(RAW_SCHEMA)
    assert read_urls([], MAX_BYTES).is_empty()


def test_the_flow_loads_a_feed_and_rejects_its_dead_link(site, tmp_path):
    import duckdb

    from flows.pipeline import ingest_articles

    db = tmp_path / "web.duckdb"
    summary = ingest_articles(sources=[site.url("/feed.rss")], db_path=str(db))
    assert summary["status"] == "completed"
    con = duckdb.connect(str(db), read_only=True)
    try:
        loaded = {r[0] for r in con.execute("SELECT source_uri FROM articles").fetchall()}
        members = con.execute("SELECT count(*) FROM members").fetchall()[0][0]
        rejects = con.execute("SELECT source_uri, reason FROM rejects").fetchall()
    finally:
        con.close()
    assert site.url("/article/ko") in loaded and members > 0
    assert any("404" in reason for _, reason in rejects)
