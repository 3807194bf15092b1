"""Organisations referred back to by a count and a kind: 'The two universities are co-leads of MesoCarb',
'두 기관은 공동연구기관으로 참여한다'. The names are the last ones of that kind in the sentence before."""

from __future__ import annotations

import re

from flows.extract.orgs import infer_type, looks_like_org

_COUNT_EN = {"two": 2, "both": 2, "three": 3, "four": 4}
_COUNT_KO = {"두": 2, "세": 3, "네": 4, "양": 2}
# The kinds a reference names, and the org_types each takes in.
_KINDS = {
    "universit": ("university",),
    "대학": ("university",),
    "compan": ("company",),
    "firm": ("company",),
    "기업": ("company",),
    "회사": ("company",),
    "업체": ("company",),
}
ANAPHOR = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:other\s+|remaining\s+)?(?P<n_en>two|three|four)\s+(?P<kind_en>universities|institutions|institutes|"
    r"companies|firms|organi[sz]ations|agencies|partners|laboratories|labs|hospitals)\b|"
    r"\b(?P<both>[Bb]oth)\s+(?P<kind_both>universities|institutions|institutes|companies|firms|organi[sz]ations)\b|"
    # ('나머지 세 곳은 공동운영기관으로 참여한다': the ones of the list before that the sentence has not named)
    r"(?<![가-힣])(?P<n_ko>두|세|네|양)\s?(?P<kind_ko>기관|대학|기업|회사|업체|연구기관|병원|(?<=나머지 ..)곳|"
    r"(?<=나머지 .)곳)(?:은|는|이|가|도|과|와)\s"
)
# The same, loosely and without look-behind, to pick sentences out of a batch with Polars.
ANAPHOR_HINT = (
    r"(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:other\s+|remaining\s+)?(?:two|three|four)\s|[Bb]oth\s+(?:universities|"
    r"institutions|institutes|compan|firms|organi)|(?:두|세|네|양)\s?(?:기관|대학|기업|회사|업체|연구기관|병원)|나머지\s(?:두|세|네)\s?곳"
)
# Names in the sentence before: an English run of capitalised words holding an organisation's head word, a Korean
# word that looks like an organisation once its particle is off.
_NAME_EN = re.compile(
    r"(?:[A-Z][\w&'’\-]*\s+(?:(?:of|for|and|de|the)\s+)?)*"
    r"(?:University|Université|Universität|College|Institute|Institution|Laboratory|Centre|Center|Agency|Hospital|"
    r"Corporation|Company|Inc\.?|Ltd\.?|Group|Council|Foundation)"
    r"(?:\s+(?:of|for|de)\s+(?:the\s+)?[A-Z][\w&'’\-]*(?:\s+(?:and\s+)?[A-Z][\w&'’\-]*)*)?"
)
_PARTICLE_KO = re.compile(r"(?:은|는|이|가|와|과|의|을|를|에서|에|도|및|로|으로)$")


def referents(sentence: str, previous: str, language: str) -> tuple[int, list[tuple[str, int, int]]]:
    """(where the reference ends in sentence, [(name, start, end) in previous]) when sentence refers back to
    organisations of the sentence before by their count and kind; (-1, []) otherwise."""
    m = ANAPHOR.search(sentence)
    if not m:
        return -1, []
    if language == "ko":
        if not m.group("n_ko"):
            return -1, []
        n, kind = _COUNT_KO[m.group("n_ko")], m.group("kind_ko")
        names = _korean_names(previous)
    else:
        if m.group("n_ko"):
            return -1, []
        n = 2 if m.group("both") else _COUNT_EN[m.group("n_en").lower()]
        kind = (m.group("kind_en") or m.group("kind_both")).lower()
        found_en = ((x.group(0).rstrip(), x.start()) for x in _NAME_EN.finditer(previous))
        names = [(name, start, start + len(name)) for name, start in found_en]
    wanted = next((types for stem, types in _KINDS.items() if kind.startswith(stem)), None)
    if wanted:
        names = [x for x in names if infer_type(x[0], default="") in wanted]
    distinct: dict[str, tuple[str, int, int]] = {}
    for x in names:
        distinct.setdefault(x[0], x)
    found = list(distinct.values())
    # Exactly as many as the sentence counts: the last ones named before it.
    return (m.end(), found[-n:]) if len(found) >= n else (-1, [])


def _korean_names(text: str) -> list[tuple[str, int, int]]:
    out = []
    for w in re.finditer(r"[가-힣A-Za-z0-9&()]+", text):
        word = _PARTICLE_KO.sub("", w.group(0))
        word = re.sub(r"\([^)]*\)$", "", word)
        # (a company by its legal mark: '㈜미러월드스튜디오', '(주)한빛')
        mark = 3 if word.startswith("(주)") else 0
        legal = bool(mark) or text[w.start() - 1 : w.start()] == "㈜"
        word, start = word[mark:], w.start() + mark
        if len(word) >= 2 and (legal or looks_like_org(word)):
            out.append((word, start, start + len(word)))
    return out
