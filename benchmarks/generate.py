"""Make a corpus of N varied articles of the genre for benchmarks (`python -m benchmarks.generate N DIR`).

Names, list styles, roles, dates, lengths and languages vary with a seeded random generator, so no two
articles are alike and the same N always gives the same corpus.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

_KO_SYL = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호누두루무부수우주추쿠투푸후인진민준현성재영수"
_KO_SUFFIX = [
    "전자",
    "바이오",
    "테크",
    "로보틱스",
    "에너지",
    "솔루션",
    "랩스",
    "시스템",
    "소프트",
    "모빌리티",
    "AI",
    "반도체",
]
_KO_UNIV = ["서울대학교", "고려대학교", "연세대학교", "KAIST", "POSTECH", "한양대학교", "부산대학교", "경북대학교"]
_KO_INST = ["한국전자통신연구원", "한국기계연구원", "한국화학연구원", "한국생명공학연구원", "한국에너지기술연구원"]
_KO_GOV = ["과학기술정보통신부", "산업통상자원부", "중소벤처기업부", "정보통신기획평가원", "한국연구재단"]
_KO_PROG = ["연구거점", "얼라이언스", "컨소시엄", "협의회", "연구센터", "혁신허브"]
_KO_FIELD = ["AI", "양자", "바이오", "배터리", "로봇", "반도체", "수소", "우주", "6G", "디지털헬스"]
_EN_WORD = [
    "Nova",
    "Apex",
    "Blue",
    "Iron",
    "Quantum",
    "Bright",
    "North",
    "Silver",
    "Vertex",
    "Delta",
    "Orbit",
    "Cedar",
    "Harbor",
    "Summit",
    "Pioneer",
    "Atlas",
    "Lumen",
    "Vector",
    "Helix",
    "Zenith",
]
_EN_SUFFIX = ["Robotics", "Labs", "Systems", "Energy", "Technologies", "Bio", "Semiconductor", "Analytics", "Inc."]
_EN_UNIV = [
    "University of Toronto",
    "Stanford University",
    "Imperial College London",
    "ETH Zurich",
    "Seoul National University",
    "Technical University of Munich",
    "University of Tokyo",
]
_EN_GOV = [
    "National Science Foundation",
    "European Commission",
    "UK Research and Innovation",
    "Ministry of Science and ICT",
]


def _ko_company(rnd: random.Random) -> str:
    return "".join(rnd.choice(_KO_SYL) for _ in range(rnd.randint(2, 3))) + rnd.choice(_KO_SUFFIX)


def _en_company(rnd: random.Random) -> str:
    return f"{rnd.choice(_EN_WORD)}{rnd.choice(_EN_WORD).lower()} {rnd.choice(_EN_SUFFIX)}"


def _ko_list(rnd: random.Random, names: list[str]) -> str:
    style = rnd.randrange(4)
    if style == 0:
        return " ".join("△" + n for n in names)
    if style == 1:
        return ", ".join(names)
    if style == 2:
        return "·".join(names)
    return "▲" + " ▲".join(names)


def korean_article(rnd: random.Random, i: int) -> str:
    pub = date(2023, 1, 1) + timedelta(days=rnd.randrange(900))
    field, prog = rnd.choice(_KO_FIELD), rnd.choice(_KO_PROG)
    name = f"{field} {prog}"
    members = list(dict.fromkeys(_ko_company(rnd) for _ in range(rnd.randint(3, 14))))
    lead, co = rnd.choice(_KO_UNIV), rnd.sample(_KO_INST, 2)
    gov = rnd.choice(_KO_GOV)
    person = "".join(rnd.choice(_KO_SYL) for _ in range(3))
    y1 = pub.year + rnd.randint(0, 1)
    body = [
        f"'{name}' 출범…{members[0]} 등 {len(members)}곳 참여 ({i})",
        f"입력 {pub:%Y-%m-%d} {rnd.randint(7, 20):02d}:{rnd.randint(0, 59):02d}",
        f"{pub.day}일 서울 코엑스에서 {gov} 주최로 '{name}' 출범식이 열렸다.",
        f"{name}에는 {_ko_list(rnd, members)} 등 {len(members)}개 기업이 창립 회원사로 참여한다.",
        f"주관기관은 {lead} {person} 교수, 공동연구기관은 {co[0]}, {co[1]} 등이다.",
        f"{name}은 {y1}~{y1 + 2}년 기반 구축을 목표로 운영되며, {y1 + 5}년까지 핵심 기술을 확보할 계획이다.",
    ]
    body += [
        f"{field} 분야의 연구 협력은 앞으로 더 확대될 전망이다. 관계자는 성과 확산에 힘쓰겠다고 말했다."
        for _ in range(rnd.randint(1, 12))
    ]
    body += ["관련기사", f"  • {_ko_company(rnd)}, 신제품 출시"]
    return "\n".join(body)


def english_article(rnd: random.Random, i: int) -> str:
    pub = date(2023, 1, 1) + timedelta(days=rnd.randrange(900))
    word = rnd.choice(_EN_WORD)
    name = f"{word} {rnd.choice(['AI', 'Quantum', 'Battery', 'Robotics', 'Hydrogen'])} Alliance"
    members = list(dict.fromkeys(_en_company(rnd) for _ in range(rnd.randint(3, 10))))
    listed = ", ".join(members[:-1]) + " and " + members[-1]
    y1 = pub.year + rnd.randint(0, 1)
    body = [
        f"{name} launches with {len(members)} founding members ({i})",
        f"Published {pub:%B} {pub.day}, {pub.year}",
        f"The {name} was launched on {pub:%B} {pub.day}, {pub.year}, led by {rnd.choice(_EN_UNIV)} and funded by "
        f"the {rnd.choice(_EN_GOV)}.",
        f"Founding members include {listed}.",
        f"The first phase runs from {y1} to {y1 + 2}, and the alliance aims to release open models by {y1 + 4}.",
    ]
    body += [
        "Researchers said the collaboration would help the region compete. More partners are expected."
        for _ in range(rnd.randint(1, 10))
    ]
    body += ["Related stories", f"- {_en_company(rnd)} posts record quarter"]
    return "\n".join(body)


def generate(n: int, folder: Path, seed: int = 7, english_share: float = 0.3) -> list[Path]:
    """Write n articles into folder (a few HTML pages among them); returns their paths."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text = english_article(rnd, i) if rnd.random() < english_share else korean_article(rnd, i)
        if i % 10 == 9:
            title, rest = text.split("\n", 1)
            paras = "".join(f"<p>{line}</p>" for line in rest.split("\n"))
            text = (
                f"<html><head><title>{title}</title></head><body><nav>Home News</nav><article><h1>{title}</h1>"
                f"{paras}</article><footer>Copyright</footer></body></html>"
            )
            path = folder / f"a{i:07d}.html"
        else:
            path = folder / f"a{i:07d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("benchmarks/out/corpus")
    generate(count, out)
    print(f"{count} articles in {out}")
