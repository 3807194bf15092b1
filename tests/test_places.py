"""Where an English article is written from, and so the zone of the times it prints without one."""

from datetime import UTC, datetime

from flows.dates import local_date, parse_published
from flows.places import article_zone, page_zone


def test_a_dateline_town_settles_the_zone():
    assert article_zone("SINGAPORE, March 6 – The National Research Foundation said") == "Asia/Singapore"
    assert article_zone("Santiago, 14 October 2025. The Production Development Corporation") == "America/Santiago"
    assert article_zone("WASHINGTON, D.C. — The U.S. Department of Energy today announced") == "America/New_York"


def test_without_a_dateline_the_place_named_first_and_most():
    text = "HOME > THAILAND\nThailand has set up a consortium after China rejected shipments. Chinese buyers left."
    assert article_zone(text) == "Asia/Bangkok"
    assert article_zone("Curtin University in Perth will lead the hub.") == "Australia/Perth"
    assert article_zone("A study of bumblebees under heat stress.") is None


def test_korean_pages_and_english_pages_from_korean_outlets_are_korean_time():
    assert page_zone("산업통상자원부는 ...", "ko") == "ko"
    assert page_zone("SEOUL, Oct. 2 (Yonhap) -- KAIST said", "en") == "ko"
    assert page_zone("A study of bumblebees.", "en") == "en"


def test_a_time_without_a_zone_is_the_places_local_time():
    got = parse_published(None, "PUBLISHED Jan 27, 2026 | 3:40 PM", "Asia/Bangkok")
    assert got == datetime(2026, 1, 27, 8, 40, tzinfo=UTC)
    # the day the page was published, there: a Perth page of 4 March is 3 March in UTC
    perth = parse_published(None, "4 March 2025", "Australia/Perth")
    assert perth == datetime(2025, 3, 3, 16, 0, tzinfo=UTC)
    assert str(local_date(perth, "Australia/Perth")) == "2025-03-04"
