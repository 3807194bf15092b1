"""Web sources: article pages and RSS/Atom feeds over http(s), read into the same raw frame files give.

Every function here returns frames with exactly the columns of ``flows.sources.RAW_SCHEMA`` (source_uri,
raw, raw_sha256, error), one row per URL, in the order the URLs were given. A URL that cannot be used
becomes a row with ``raw`` null and an ``error`` a person can act on; nothing here raises for a bad URL,
so one dead link never stops a run.

Page bytes are kept exactly as served: decoding (UTF-8, CP949/EUC-KR, detection) and HTML extraction
happen later in ``flows.clean``, the same way as for files, and ``raw_sha256`` is the hash of those bytes.

Nothing touches the network at import time.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urljoin, urlsplit

import feedparser
import httpx
import polars as pl

from flows.sources import RAW_SCHEMA

USER_AGENT = "hubetl/0.1 (news about research programmes and alliances; python-httpx)"
MAX_REDIRECTS = 5
WORKERS = 4
RETRIES = 2
BACKOFF = (0.5, 1.0)

# Content types an article page may have. No content type at all is allowed too: flows.clean decides.
_ARTICLE_TYPES = ("text/", "application/xhtml+xml")
_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
# A body that opens like a feed, whatever its content type says (many servers send feeds as text/html).
_FEED_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.I | re.S,
)


@dataclass(frozen=True)
class _Fetched:
    """One URL's outcome: the body and its content type, or why there is none."""

    url: str
    raw: bytes | None = None
    content_type: str = ""
    final_url: str = ""
    error: str | None = None


def _scheme_error(url: str) -> str | None:
    """Why a URL cannot be fetched before any network call, or None."""
    try:
        parts = urlsplit(url.strip())
        host, _ = parts.hostname, parts.port  # both raise ValueError on a malformed address or port
    except ValueError as exc:
        return f"not a valid URL ({exc}): {url}"
    if parts.scheme.lower() not in ("http", "https"):
        return f"only http and https URLs are supported: {url}"
    if not host:
        return f"not a valid URL (no host name): {url}"
    return None


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _is_article_type(media_type: str) -> bool:
    return not media_type or media_type.startswith(_ARTICLE_TYPES)


def _is_feed_type(media_type: str) -> bool:
    return media_type in _FEED_TYPES


def _status_error(response: httpx.Response, url: str) -> str:
    code = response.status_code
    phrase = response.reason_phrase
    if not phrase:  # HTTP/2 has no reason phrase on the wire
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = ""
    return f"HTTP {code} {phrase} from {url}" if phrase else f"HTTP {code} from {url}"


def _read_capped(response: httpx.Response, max_bytes: int, deadline: float, timeout: float, url: str) -> _Fetched:
    """Stream the body, stopping as soon as it passes max_bytes or the whole fetch passes its deadline.

    httpx's timeout bounds each network read, not the whole body: a server that trickles a byte a second
    would never trip it, hence the overall deadline as well.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        return _Fetched(
            url, error=f"response is {int(declared):,} bytes, over the {max_bytes:,}-byte limit per article"
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            return _Fetched(url, error=f"response is over the {max_bytes:,}-byte limit per article")
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout(f"body not complete after {timeout:g} s")
        chunks.append(chunk)
    raw = b"".join(chunks)
    if not raw.strip():
        return _Fetched(url, error=f"empty response (no bytes of text) from {url}")
    return _Fetched(url, raw=raw, content_type=response.headers.get("content-type", ""), final_url=str(response.url))


def _fetch_one(
    client: httpx.Client,
    url: str,
    max_bytes: int,
    timeout: float,
    accept: Callable[[str], bool],
    retries: int,
    backoff: Sequence[float],
) -> _Fetched:
    """GET one URL with retries for what may pass (connect errors, timeouts, 5xx); never raises for the URL."""
    error = _scheme_error(url)
    if error:
        return _Fetched(url, error=error)
    attempts = retries + 1
    error = ""
    for attempt in range(attempts):
        if attempt:
            time.sleep(backoff[min(attempt - 1, len(backoff) - 1)] if backoff else 0)
        # Each branch either returns (a page, or a failure another try would not change) or records a
        # failure that may pass (5xx, timeouts, dropped connections) and goes round again.
        try:
            with client.stream("GET", url.strip()) as response:
                if response.status_code >= 500:
                    error = _status_error(response, url)
                elif response.status_code >= 400:
                    return _Fetched(url, error=_status_error(response, url))
                elif response.status_code >= 300:  # a redirect without a Location header
                    return _Fetched(url, error=_status_error(response, url) + " (a redirect with nowhere to go)")
                elif not accept(media := _media_type(response.headers.get("content-type", ""))):
                    return _Fetched(url, error=f"not an article page: content type {media}")
                else:
                    return _read_capped(response, max_bytes, time.monotonic() + timeout, timeout, url)
        except httpx.TimeoutException:
            error = f"timed out after {timeout:g} s fetching {url}"
        except httpx.ConnectError as exc:
            error = f"cannot connect to {url}: {exc or type(exc).__name__}"
        except httpx.TooManyRedirects:
            return _Fetched(url, error=f"more than {MAX_REDIRECTS} redirects from {url}")
        except httpx.UnsupportedProtocol as exc:  # a redirect to ftp:, file:, ...
            return _Fetched(url, error=f"only http and https URLs are supported: {url} redirects elsewhere ({exc})")
        except httpx.NetworkError as exc:  # the connection dropped mid-way: worth another try
            error = f"connection to {url} failed: {type(exc).__name__}: {exc}"
        except Exception as exc:  # protocol errors, odd URLs, bad TLS: one URL's problem, never the run's
            return _Fetched(url, error=f"cannot fetch {url}: {type(exc).__name__}: {exc}"[:300])
    return _Fetched(url, error=f"{error} (tried {attempts} times)" if attempts > 1 else error)


def _client(timeout: float) -> httpx.Client:
    return httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": USER_AGENT},
    )


def _fetch_all(
    urls: list[str],
    max_bytes: int,
    timeout: float,
    accept: Callable[[str], bool],
    retries: int,
    backoff: Sequence[float],
) -> list[_Fetched]:
    """Fetch URLs a few at a time; results come back in the order of the URLs."""
    if all(_scheme_error(url) for url in urls):  # nothing to fetch: no client, no sockets
        return [_Fetched(url, error=_scheme_error(url)) for url in urls]
    with _client(timeout) as client, ThreadPoolExecutor(WORKERS) as pool:
        return list(pool.map(lambda url: _fetch_one(client, url, max_bytes, timeout, accept, retries, backoff), urls))


def _frame(rows: list[tuple[str, bytes | None, str | None]]) -> pl.DataFrame:
    """(source_uri, raw, error) rows as a RAW_SCHEMA frame, hashing the bytes."""
    return pl.DataFrame(
        [
            {
                "source_uri": uri,
                "raw": raw,
                "raw_sha256": hashlib.sha256(raw).hexdigest() if raw is not None else None,
                "error": error,
            }
            for uri, raw, error in rows
        ],
        schema=RAW_SCHEMA,
    )


def fetch_urls(
    urls: list[str],
    max_bytes: int,
    timeout: float = 20.0,
    *,
    retries: int = RETRIES,
    backoff: Sequence[float] = BACKOFF,
) -> pl.DataFrame:
    """Fetch article pages: one RAW_SCHEMA row per URL, in the order given.

    A page keeps its bytes as served. A URL that fails carries ``error`` instead, for example
    "HTTP 404 Not Found from https://…", "timed out after 20 s fetching https://…",
    "cannot connect to https://…: …", "only http and https URLs are supported: ftp://…",
    "not an article page: content type application/pdf" or
    "response is over the 1,000,000-byte limit per article".

    ``timeout`` bounds each connection and read and also the whole body. Connect errors, timeouts and
    5xx answers are tried again ``retries`` times, waiting ``backoff`` seconds between tries.
    """
    fetched = _fetch_all(list(urls), max_bytes, timeout, _is_article_type, retries, backoff)
    return _frame([(f.url, f.raw, f.error) for f in fetched])


def _feed_links(fetched: _Fetched) -> tuple[list[str], str | None] | None:
    """The http(s) entry links of a feed in feed order without repeats, (links, error), or None if not a feed.

    A body is looked at as a feed when it has an XML content type or opens with <rss>, <feed> or <rdf:RDF>.
    It is one when feedparser finds entries in it; with none, it is an empty feed if feedparser recognises
    RSS or Atom, a broken feed if the XML is malformed, and otherwise not a feed at all.
    """
    media = _media_type(fetched.content_type)
    if fetched.raw is None or not (_is_feed_type(media) or _FEED_START.match(fetched.raw[:4000])):
        return None
    # The final URL and content type let feedparser resolve relative links and pick the right encoding.
    parsed = feedparser.parse(
        fetched.raw,
        response_headers={"content-location": fetched.final_url, "content-type": fetched.content_type},
    )
    if not parsed.entries:
        if parsed.get("bozo") and (parsed.get("version") or _FEED_START.match(fetched.raw[:4000])):
            exc = parsed.get("bozo_exception")
            # SAX errors say where in the file; their str() starts with an unhelpful "<unknown>:1:60:".
            reason = f"{exc.getMessage()} at line {exc.getLineNumber()}" if hasattr(exc, "getMessage") else str(exc)
            return [], f"feed at {fetched.url} could not be read: {reason}"[:300]
        if parsed.get("version"):  # a feed feedparser recognises, with nothing in it
            return [], f"feed at {fetched.url} lists no articles"
        return None  # XML that is no feed (a sitemap, an API answer)
    links: dict[str, None] = {}
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        link = urljoin(fetched.final_url or fetched.url, link.strip())
        if urlsplit(link).scheme.lower() in ("http", "https"):
            links[link] = None
    if not links:
        return [], f"feed at {fetched.url} lists no http or https article links"
    return list(links), None


def _expand(
    urls: list[str], max_bytes: int, timeout: float, retries: int, backoff: Sequence[float]
) -> tuple[list[str], list[str], pl.DataFrame]:
    """expand_feeds, plus the order of every row read_urls will return (articles and rejects interleaved)."""
    fetched = _fetch_all(
        list(dict.fromkeys(urls)),
        max_bytes,
        timeout,
        lambda m: _is_article_type(m) or _is_feed_type(m),
        retries,
        backoff,
    )
    article_urls: dict[str, None] = {}
    order: dict[str, None] = {}
    rows: list[tuple[str, bytes | None, str | None]] = []

    with_row: set[str] = set()

    def add_row(uri: str, raw: bytes | None, error: str | None) -> None:
        # A page a feed listed earlier keeps that place, but its bytes are kept all the same.
        if uri in with_row:
            return
        with_row.add(uri)
        order.setdefault(uri, None)
        rows.append((uri, raw, error))
        if error is None:
            article_urls.setdefault(uri, None)
        else:
            article_urls.pop(uri, None)

    for result in fetched:
        if result.error is not None:
            add_row(result.url, None, result.error)
            continue
        feed = _feed_links(result)
        if feed is None:
            media = _media_type(result.content_type)
            if _is_article_type(media):
                add_row(result.url, result.raw, None)
            else:  # XML that is not a feed (a sitemap, an API answer): not an article either
                add_row(result.url, None, f"not an article page: content type {media}")
            continue
        links, error = feed
        if error is not None:
            add_row(result.url, None, error)
        for link in links:
            if link not in order:
                order[link] = None
                article_urls[link] = None
    return list(article_urls), list(order), _frame(rows)


def expand_feeds(
    urls: list[str],
    max_bytes: int,
    timeout: float,
    *,
    retries: int = RETRIES,
    backoff: Sequence[float] = BACKOFF,
) -> tuple[list[str], pl.DataFrame]:
    """Fetch each URL once and put a feed's entry links in place of the feed: (article_urls, frame).

    ``article_urls`` is every article URL in order (a feed's entries where the feed was, in feed order),
    without repeats, and only http/https links. ``frame`` (RAW_SCHEMA) holds what is already known:

    - a URL that was an article page rather than a feed: its page bytes, ``error`` null, so that the
      caller uses them as they are instead of fetching the page a second time (``read_urls`` does). Such
      a URL is in ``article_urls`` too.
    - a URL that failed, or a feed that could not be read or lists nothing: ``raw`` null, ``error`` set.
      Such a URL is not in ``article_urls``.

    Article URLs that came from a feed have no row yet: they still have to be fetched.
    """
    article_urls, _, frame = _expand(urls, max_bytes, timeout, retries, backoff)
    return article_urls, frame


def read_urls(
    urls: list[str],
    max_bytes: int,
    timeout: float = 20.0,
    *,
    retries: int = RETRIES,
    backoff: Sequence[float] = BACKOFF,
) -> pl.DataFrame:
    """The web's counterpart of ``flows.sources.read_files``: article pages and feeds to a RAW_SCHEMA frame.

    Feeds are expanded to their entry links, then every article page is fetched once (pages already
    fetched while looking for feeds are reused). The frame has one row per article page (bytes, error
    null) and one row per URL that failed (raw null, error set); a feed entry that fails is a row with
    the entry's own URL. Rows follow the order of ``urls``, a feed's entries in feed order where the feed
    was, each URL once; a feed that was read has no row of its own.
    """
    _, order, known = _expand(urls, max_bytes, timeout, retries, backoff)
    have = {uri: (raw, error) for uri, raw, error in known.select("source_uri", "raw", "error").iter_rows()}
    fetched = fetch_urls([u for u in order if u not in have], max_bytes, timeout, retries=retries, backoff=backoff)
    have.update({uri: (raw, error) for uri, raw, error in fetched.select("source_uri", "raw", "error").iter_rows()})
    return _frame([(uri, *have[uri]) for uri in order])
