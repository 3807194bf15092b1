"""Scoring the extractor against the sample articles' expected tables (`make eval`).

Names match when their keys match after the documented normalisation: case, spacing and punctuation
ignored, legal forms dropped ((주), 주식회사, Inc., Corp., Co., Ltd. ...; at the end of a name also AB, AS,
Oy, ApS, eV, SpA, BV, NV, KK ...), a leading "the" dropped, 고려대 = 고려대학교 (before a unit too), and the
lexicon's aliases resolved (카이스트 = KAIST = 한국과학기술원). A bracketed alias on either side also matches
("한국전자통신연구원(ETRI)" ~ "ETRI"). Unnamed international partners match by country.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import polars as pl

from flows import stages
from flows.extract import Extraction
from flows.extract.orgs import canonical, name_key
from flows.sources import DEFAULT_MAX_BYTES


def org_key(name: str, country: str | None = None, role: str | None = None) -> str:
    """The key under which two names count as the same organisation."""
    if role == "international" and country and name_key(name) in _country_keys():
        return f"country:{country}"
    base = name.split("(")[0].strip() if "(" in name and not name.startswith("(") else name
    return name_key(canonical(base)) or name_key(name)


def _country_keys() -> set[str]:
    from flows.extract.orgs import COUNTRIES

    return {name_key(c) for c in COUNTRIES}


def _aliases(name: str) -> set[str]:
    keys = {org_key(name)}
    if "(" in name and name.endswith(")"):
        keys.add(name_key(canonical(name[name.rfind("(") + 1 : -1])))
    return keys


@dataclass
class Score:
    """True positives, false positives and false negatives of one comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, expected: set, found: set, where: str) -> None:
        self.tp += len(expected & found)
        self.fp += len(found - expected)
        self.fn += len(expected - found)
        self.misses += [f"{where}: missing {x}" for x in sorted(expected - found, key=str)]
        self.misses += [f"{where}: extra {x}" for x in sorted(found - expected, key=str)]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _match_names(expected_names: list[str], found_names: list[str]) -> dict[str, str]:
    """Map each found name to the expected name it denotes (by key or bracketed alias)."""
    mapping = {}
    for f in found_names:
        fk = _aliases(f)
        for e in expected_names:
            if fk & _aliases(e):
                mapping[f] = e
                break
    return mapping


@dataclass
class Report:
    """Scores over a set of samples."""

    organizations: Score = field(default_factory=Score)
    members: Score = field(default_factory=Score)
    institutions: Score = field(default_factory=Score)
    milestones: Score = field(default_factory=Score)
    roles_right: int = 0
    roles_total: int = 0
    dates_right: int = 0
    dates_total: int = 0
    published_right: int = 0
    published_total: int = 0
    people_right: int = 0  # people the article ties to an institution, found on that institution's row
    people_total: int = 0
    people_on_found_rows: int = 0  # of people_total, those whose institution row was found with its role
    people_right_on_found_rows: int = 0
    people_given: int = 0  # people the extractor set on rows the expected table has
    people_given_right: int = 0
    samples: int = 0

    @property
    def role_accuracy(self) -> float:
        return self.roles_right / self.roles_total if self.roles_total else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dates_total if self.dates_total else 1.0


def _iso(d: object) -> str | None:
    if d is None:
        return None
    return d.isoformat() if isinstance(d, date) else str(d)


def _person_key(name: str) -> str:
    return re.sub(r"[\s\-.]", "", name).lower()


def score_sample(
    where: str,
    expected: dict,
    found: dict[str, list[dict]],
    published: datetime | None,
    names: dict[str, list[str]],
    report: Report,
) -> None:
    """Add one sample's comparison to the report: found holds its extracted rows by table, names each org_id's names."""
    report.samples += 1
    if "published_at" in expected:
        report.published_total += 1
        want = expected["published_at"]
        want_dt = datetime.fromisoformat(want) if want else None
        if (want_dt is None and published is None) or (
            want_dt is not None and published is not None and abs((published - want_dt).total_seconds()) < 60
        ):
            report.published_right += 1
        else:
            report.milestones.misses.append(f"{where}: published_at {published} != {want}")

    exp_m, exp_i = expected.get("members", []), expected.get("institutions", [])
    all_expected = [r["name"] for r in exp_m + exp_i]
    all_found = [r["name"] for r in found["members"] + found["institutions"]]
    mapping = _match_names(all_expected, all_found)
    # A short form the article defines ('DST') matches through its organisation's names.
    for r in found["members"] + found["institutions"]:
        if r["name"] not in mapping:
            other = _match_names(all_expected, names.get(r["org_id"], []))
            if other:
                mapping[r["name"]] = next(iter(other.values()))

    def key(row: dict, is_found: bool) -> str:
        name = mapping.get(row["name"], row["name"]) if is_found else row["name"]
        return org_key(name, row.get("country"), row.get("role"))

    report.organizations.add(
        {key(r, False) for r in exp_m + exp_i}, {key(r, True) for r in found["members"] + found["institutions"]}, where
    )
    report.members.add(
        {(key(r, False), r["membership_type"]) for r in exp_m},
        {(key(r, True), r["membership_type"]) for r in found["members"]},
        where,
    )
    report.institutions.add(
        {(key(r, False), r["role"]) for r in exp_i}, {(key(r, True), r["role"]) for r in found["institutions"]}, where
    )
    found_roles: dict[str, set[str]] = {}
    for r in found["institutions"]:
        found_roles.setdefault(key(r, True), set()).add(r["role"])
    for r in exp_i:
        k = key(r, False)
        if k in found_roles:
            report.roles_total += 1
            report.roles_right += r["role"] in found_roles[k]
    found_people: dict[tuple[str, str], set[str]] = {}
    for r in found["institutions"]:
        if r.get("person_name"):
            found_people.setdefault((key(r, True), r["role"]), set()).add(_person_key(r["person_name"]))
    found_rows = {(key(r, True), r["role"]) for r in found["institutions"]}
    expected_people = {(key(r, False), r["role"]): _person_key(r.get("person_name") or "") for r in exp_i}
    for row, people in found_people.items():
        if row in expected_people:
            report.people_given += len(people)
            report.people_given_right += expected_people[row] in people
            for wrong in people - {expected_people[row]}:
                report.institutions.misses.append(f"{where}: person {wrong} on {row[0]} ({row[1]}) not expected")
    for r in (r for r in exp_i if r.get("person_name")):
        right = _person_key(r["person_name"]) in found_people.get((key(r, False), r["role"]), set())
        row_found = (key(r, False), r["role"]) in found_rows
        report.people_total += 1
        report.people_right += right
        report.people_on_found_rows += row_found
        report.people_right_on_found_rows += right and row_found
        if not right:
            row = "row found" if row_found else "row missing"
            report.institutions.misses.append(f"{where}: person {r['person_name']} of {r['name']} not found ({row})")
    exp_ms = {(_iso(r["start_date"]), _iso(r["end_date"]), r["kind"]) for r in expected.get("milestones", [])}
    got_ms = {(_iso(r["start_date"]), _iso(r["end_date"]), r["kind"]) for r in found["milestones"]}
    report.milestones.add(exp_ms, got_ms, where)
    got_dates = {(s, e) for s, e, _ in got_ms}
    for s, e, _ in exp_ms:
        report.dates_total += 1
        report.dates_right += (s, e) in got_dates


@dataclass
class SampleRun:
    """The samples of a folder with their expected tables, and what one batch extraction of them gave."""

    samples: list[tuple[Path, dict]]
    articles: pl.DataFrame
    extraction: Extraction


def run_samples(folder: Path) -> SampleRun:
    """Read, clean and extract every sample in folder that has a NAME.expected.json beside it, as one batch."""
    samples: list[tuple[Path, dict]] = []
    for expected_path in sorted(folder.glob("*.expected.json")):
        stem = expected_path.name[: -len(".expected.json")]
        article = next((p for p in folder.glob(stem + ".*") if not p.name.endswith(".expected.json")), None)
        if article is not None:
            samples.append((article, json.loads(expected_path.read_text("utf-8"))))
    articles, _ = stages.read_and_clean([str(p) for p, _ in samples], DEFAULT_MAX_BYTES)
    extraction, _ = stages.safe_extract(articles)
    return SampleRun(samples, articles, extraction)


def evaluate(folder: Path | SampleRun) -> Report:
    """Score every sample in folder (or an extraction of them already run) against its expected tables."""
    run = folder if isinstance(folder, SampleRun) else run_samples(folder)
    tables = ("members", "institutions", "milestones")
    by_article: dict[str, dict[str, list[dict]]] = {}
    for table in tables:
        for row in getattr(run.extraction, table).iter_rows(named=True):
            by_article.setdefault(row["article_id"], {t: [] for t in tables})[table].append(row)
    names = {o["org_id"]: [o["canonical_name"], *o["aliases"]] for o in run.extraction.organizations.to_dicts()}
    read = {
        uri: (aid, at) for aid, uri, at in run.articles.select("article_id", "source_uri", "published_at").iter_rows()
    }
    report = Report()
    for path, expected in run.samples:
        aid, published = read.get(str(path), (None, None))
        score_sample(path.name, expected, by_article.get(aid, {t: [] for t in tables}), published, names, report)
    return report


def format_report(report: Report, verbose: bool = False) -> str:
    """The report as the table `make eval` prints."""
    lines = [
        f"samples scored: {report.samples}",
        "",
        f"{'table':<14} {'precision':>9} {'recall':>7} {'F1':>6}   tp  fp  fn",
    ]
    for name in ("organizations", "members", "institutions", "milestones"):
        s: Score = getattr(report, name)
        lines.append(f"{name:<14} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.tp:4d} {s.fp:3d} {s.fn:3d}")
    lines += [
        "",
        f"institution role accuracy: {report.role_accuracy:.3f} ({report.roles_right}/{report.roles_total})",
        f"milestone date accuracy:   {report.date_accuracy:.3f} ({report.dates_right}/{report.dates_total})",
        f"people on their rows:      {report.people_right}/{report.people_total} "
        f"({report.people_right_on_found_rows}/{report.people_on_found_rows} of those whose row was found)",
        f"people set on found rows:  {report.people_given_right}/{report.people_given} right",
        f"published_at accuracy:     {report.published_right}/{report.published_total}",
    ]
    if verbose:
        lines += ["", "differences:"]
        for name in ("organizations", "members", "institutions", "milestones"):
            lines += [f"  [{name}] {m}" for m in getattr(report, name).misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """`python -m flows.evaluate FOLDER [-v]`."""
    args = argv if argv is not None else sys.argv[1:]
    verbose = "-v" in args
    folder = Path(next((a for a in args if not a.startswith("-")), "samples"))
    pl.Config.set_tbl_rows(50)
    print(format_report(evaluate(folder), verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
