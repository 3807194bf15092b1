"""Cleaning: clutter removed, metadata found, bad input rejected with a reason."""

import re
from pathlib import Path

import polars as pl

from flows import stages
from flows.clean import CLUTTER_LINE

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

PAGE = """AI 반도체 얼라이언스 출범…15개사 참여
기사입력 2025.03.14 오후 2:20
  • 가장작게
  • 크게
(사진=한빛전자 제공)
(서울=한국뉴스) 반도체 업계가 손을 잡았다. 14일 출범한 AI 반도체 얼라이언스에는 △가온칩스 △다온반도체 등 15개사가 창립 회원사로 참여했다.
얼라이언스는 2030년까지 독자 생태계를 구축한다.
  • 좋아요3
관련기사
  • 빛나전자, 신제품 출시
"""


def _clean(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return stages.read_and_clean([str(path)], 10_000_000)


def test_text_page_is_cleaned(tmp_path):
    articles, rejects = _clean(tmp_path, "a.txt", PAGE.encode("utf-8"))
    assert rejects.is_empty()
    a = articles.row(0, named=True)
    assert a["title"] == "AI 반도체 얼라이언스 출범…15개사 참여"
    assert a["outlet"] == "한국뉴스"
    assert a["published_at"].isoformat() == "2025-03-14T05:20:00+00:00"
    assert a["language"] == "ko"
    for clutter in ("가장작게", "좋아요", "사진=", "빛나전자", "관련기사", "기사입력"):
        assert clutter not in a["body"]
    assert "창립 회원사로 참여했다" in a["body"] and "2030년까지" in a["body"]


def test_html_page_goes_through_trafilatura(tmp_path):
    html = """<html><head><title>Alliance launched | Tech Daily</title>
    <meta property="og:site_name" content="Tech Daily">
    <meta property="article:published_time" content="2025-03-04T09:00:00Z"></head>
    <body><nav><a href="/">Home</a><a href="/news">News</a></nav>
    <article><h1>Alliance launched</h1>
    <p>The Open Robotics Alliance was launched on Tuesday in Boston by a group of universities and firms.</p>
    <p>Founding members include Acme Robotics, Brightway Labs and Northfield University.</p></article>
    <aside><h3>Most read</h3><ul><li>Zeta Corp posts record results</li></ul></aside>
    <footer>Copyright 2025 Tech Daily</footer></body></html>"""
    articles, rejects = _clean(tmp_path, "a.html", html.encode("utf-8"))
    assert rejects.is_empty()
    a = articles.row(0, named=True)
    assert a["outlet"] == "Tech Daily" and a["language"] == "en"
    assert a["published_at"].isoformat() == "2025-03-04T09:00:00+00:00"
    assert "Founding members include" in a["body"]
    assert "Zeta Corp" not in a["body"] and "Home" not in a["body"]


def test_html_body_of_loose_text_after_a_photo_is_kept(tmp_path):
    # Many news sites write the body as text and <br> straight inside a div, after a photo block.
    html = """<html><head><title>Hub opens</title></head><body><nav><a href="/">Home</a></nav>
    <div class="article-body"><div class="photo"><img src="a.jpg"><p class="caption">Guests at the opening.</p></div>
    The Open Grid Hub opened on Tuesday at Northfield University, with four utilities signed up as partners.<br><br>
    The hub is funded by the Department of Energy, which will spend $40 million on it over five years.<br><br>
    Acme Power will lead the first testbed, and Brightway Grid and Eastline Energy will run the others.<br><br>
    </div><footer>Copyright 2025</footer></body></html>"""
    articles, rejects = _clean(tmp_path, "a.html", html.encode("utf-8"))
    assert rejects.is_empty()
    body = articles["body"][0]
    for text in ("The Open Grid Hub opened on Tuesday", "funded by the Department of Energy", "Acme Power will lead"):
        assert text in body
    assert body.index("Open Grid Hub opened") < body.index("Department of Energy") < body.index("Acme Power")


def test_sentences_broken_over_lines_are_put_back_together(tmp_path):
    # A broadcast script and a PDF export wrap sentences; list items and headings stay on their own lines.
    page = """방산 부품 클러스터 출범
기사입력 2025-07-08
경상남도가 방산 부품을 지역에서 만들어 내기 위한
클러스터를 어제 창원에서 출범시켰습니다.
클러스터에는 대한정밀, 삼정항공, 동아기공 등
지역 부품기업 18곳이 참여했습니다.
△한빛정밀
△서진항공
The Forum was formally constituted on 14 May 2025 in Ottawa. Its founding
members are Aoba Photonics, Northlight Space Systems, Lumisat and Tessera
Orbital.
"""
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    lines = articles["body"][0].split("\n")
    assert "경상남도가 방산 부품을 지역에서 만들어 내기 위한 클러스터를 어제 창원에서 출범시켰습니다." in lines
    assert "클러스터에는 대한정밀, 삼정항공, 동아기공 등 지역 부품기업 18곳이 참여했습니다." in lines
    assert "△한빛정밀" in lines and "△서진항공" in lines
    assert any(
        line.endswith("Its founding members are Aoba Photonics, Northlight Space Systems, Lumisat and Tessera")
        for line in lines
    )


def test_bad_files_become_rejects_with_reasons(tmp_path):
    import random

    rnd = random.Random(1)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.txt").write_bytes(bytes(rnd.randrange(256) for _ in range(3000)))
    (tmp_path / "tiny.txt").write_bytes("제목\n좋아요 3".encode())
    (tmp_path / "good.txt").write_bytes(PAGE.encode("utf-8"))
    paths = sorted(str(p) for p in tmp_path.iterdir())
    articles, rejects = stages.read_and_clean(paths, 10_000_000)
    assert articles["source_uri"].to_list() == [str(tmp_path / "good.txt")]
    reasons = dict(rejects.select("source_uri", "reason").iter_rows())
    assert reasons[str(tmp_path / "empty.txt")].startswith("empty file")
    assert "binary" in reasons[str(tmp_path / "noise.txt")] or "undecodable" in reasons[str(tmp_path / "noise.txt")]
    assert "no article text" in reasons[str(tmp_path / "tiny.txt")]
    assert set(rejects["stage"]) <= {"read", "clean"}


def test_article_id_is_a_hash_of_the_body(tmp_path):
    a1, _ = _clean(tmp_path, "a.txt", PAGE.encode("utf-8"))
    page = PAGE.replace("•", "-")
    a1, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    a2, _ = _clean(tmp_path, "b.txt", page.encode("cp949"))
    assert a1["article_id"][0] == a2["article_id"][0]
    assert a1["raw_sha256"][0] != a2["raw_sha256"][0]
    assert a1.schema["published_at"] == pl.Datetime("us", "UTC")


RELEASE = """Harbour Tidal Alliance adds two members
AMES, Iowa – Iowa State University will lead the alliance, with Alliant Energy as a partner.
RICHLAND, Wash.—The Pacific Northwest National Laboratory will host its data centre from next year onwards.
KAIST, Daejeon – lead institution
The alliance was formed last year and has since grown to nine members across three states.
About Northbridge Biologics
Northbridge Biologics works with Acme Pharma and Beta Labs on vaccines.
Media contact: press@northbridge.example
"""


def test_english_dateline_and_press_release_boilerplate_go(tmp_path):
    articles, _ = _clean(tmp_path, "r.txt", RELEASE.encode("utf-8"))
    body = articles["body"][0]
    assert body.startswith("Iowa State University will lead")
    assert "KAIST, Daejeon – lead institution" in body  # a list line is no dateline
    assert "\nThe Pacific Northwest National Laboratory will host" in body and "RICHLAND" not in body
    assert "Acme Pharma" not in body and "Media contact" not in body


def test_a_wire_datelines_date_is_the_publication_date_though_the_dateline_leaves_the_body(tmp_path):
    page = (
        "Newswire | Home | Search\n\nTwo dairies join a methane alliance\n\n"
        "DENVER, Sept. 09, 2025 (NEWSWIRE) -- The Dairy Methane Alliance said two dairies joined it.\n"
    )
    articles, _ = _clean(tmp_path, "w.txt", page.encode("utf-8"))
    assert "DENVER" not in articles["body"][0]
    assert articles["published_at"][0].date().isoformat() == "2025-09-09"


def test_a_table_drawn_with_box_characters_reads_as_one_drawn_with_bars(tmp_path):
    page = """연구단 구성
보도일시 2026. 3. 4.
┌────────┬──────────┐
│ 구분 │ 기관명 │
├────────┼──────────┤
│ 주관연구개발기관 │ 한국전기연구원 │
└────────┴──────────┘
연구단은 올해부터 2029년까지 배전망 보안 기술을 개발한다.
"""
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    lines = articles["body"][0].split("\n")
    assert "| 주관연구개발기관 | 한국전기연구원 |" in lines
    assert not any("─" in line for line in lines)


def test_a_numbered_list_run_into_one_line_gets_a_line_per_item(tmp_path):
    page = """Alliance adds five members
The alliance today announced that five companies have joined as new members:
1. Ardent Server Group – server and rack integrator for AI training clusters 2. Blue Fjord Colocation – Nordic operator of heat-recovering data centers 3. Quarry Labs – leak-detection sensors
With these additions, the alliance has 13 members.
"""
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    lines = articles["body"][0].split("\n")
    assert "2. Blue Fjord Colocation – Nordic operator of heat-recovering data centers" in lines
    assert lines[-1] == "With these additions, the alliance has 13 members."


def test_items_numbered_inside_a_sentence_lose_their_numbers(tmp_path):
    page = """Consortium to study kidney disease
The five partner institutions are (1) the University of Peradeniya, (2) Rajarata University and (3) the NWSDB.
Partners: a) Acme Labs, b) Beta Institute. The budget is 12 million (about 9 million dollars).
"""
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    lines = articles["body"][0].split("\n")
    assert (
        lines[0] == "The five partner institutions are the University of Peradeniya, Rajarata University and the NWSDB."
    )
    assert lines[1] == "Partners: Acme Labs, Beta Institute. The budget is 12 million (about 9 million dollars)."


def test_a_cell_spanning_rows_is_given_to_each_row_under_it(tmp_path):
    page = """KC-3 컨소시엄 구성
컨소시엄 구성은 아래 표와 같다. 가스공사가 총괄하고 조선사와 선사가 참여한다.
| 구분 | 기관·기업 | 역할 |
|---|---|---|
| 참여사 | HD한국조선해양 | 실증선 설계·건조 |
| | 한화오션 | 실증선 설계·건조 |
| 수요기업 | SK해운 | 운항 |
"""
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    lines = articles["body"][0].split("\n")
    assert "| 참여사 | 한화오션 | 실증선 설계·건조 |" in lines
    assert "|---|---|---|" in lines


def test_a_list_of_korean_companies_broken_over_lines_is_one_line(tmp_path):
    page = """MC 회원사 구성
출범 당시 창립 회원사는 다음과 같다.
㈜대원도금, 삼화표면처리㈜, ㈜경일아노텍, 동양전해연마, ㈜세진금속, 한국무전해니켈,
㈜우성코팅, 신광도금공업사, 명성산업
"""
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    assert "한국무전해니켈, ㈜우성코팅" in articles["body"][0]


def test_a_table_without_outer_pipes_gives_each_row_its_first_cell(tmp_path):
    page = """협의체 참여기관 선정 결과
선정 결과는 다음과 같습니다.
구분 | 기관명 | 주요 역할
참여기업(완제품) | 가야풋웨어 | 러닝화 생산라인 현장실습
| 다온슈즈 | 안전화 자동화 공정 실습
Magnetronix Systems | Industry partner; system integration and | —
| manufacturing |
"""
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    lines = articles["body"][0].split("\n")
    assert "참여기업(완제품) | 다온슈즈 | 안전화 자동화 공정 실습" in lines
    assert "| manufacturing |" in lines  # a cell's text wrapped onto the next line stays as it is


def test_an_interviews_answers_lose_their_quotation_marks(tmp_path):
    page = """[인터뷰] 컨소시엄 총괄책임자
연구를 총괄하는 최은솔 교수를 지난 15일 만났다.
―컨소시엄은 어떻게 꾸렸나.
"주관연구개발기관은 저희 한국항공대 산학협력단입니다. 공동연구개발기관은 세 곳이에요."
―앞으로 일정은.
"올해 말까지 김포공항 활주로 끝에 시제품 레이더 1기를 설치합니다."
"""
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    lines = articles["body"][0].split("\n")
    assert "주관연구개발기관은 저희 한국항공대 산학협력단입니다. 공동연구개발기관은 세 곳이에요." in lines


def test_a_commentators_quote_keeps_its_quotation_marks(tmp_path):
    page = """얼라이언스 출범
얼라이언스는 9일 서울에서 출범식을 열었다. 회원사는 모두 12곳이다.
"회원사가 늘수록 운전자가 들고 다녀야 할 카드가 줄어든다"고 회장은 말했다.
"""
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    assert '"회원사가 늘수록' in articles["body"][0]


def test_a_broadcast_scripts_short_broken_line_joins_the_next_but_a_breadcrumb_does_not(tmp_path):
    page = """한림소식 > 연구성과
의료AI연구소 연구팀, 국가 R&D 주관기관 선정
[리포트]
콘텐츠 제작에는
XR 제작사 모아스튜디오와 빛결미디어가 참여기업으로 힘을 보탭니다.
"""
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    body = articles["body"][0]
    assert "콘텐츠 제작에는 XR 제작사 모아스튜디오와" in body
    assert "연구성과 의료AI연구소" not in body


def test_a_list_trafilatura_leaves_out_after_the_paragraph_announcing_it_is_put_back():
    from flows.clean import html_to_text

    # a governor's release whose <ul> of founding members trafilatura drops as boilerplate
    page = next(SAMPLES.glob("en_ad04_*.html")).read_text(encoding="utf-8")
    text, _ = html_to_text(page)
    lines = text.split("\n")
    intro = next(n for n, line in enumerate(lines) if line.endswith("signed on as founding members:"))
    assert lines[intro + 1] == "- Old Tanyard Distilling Co. (Frankfort)"
    assert lines[intro + 6] == "- Elkhorn Still & Barrel (Georgetown)"


def test_a_list_of_roles_and_a_list_announced_in_korean_are_put_back():
    from flows.clean import html_to_text

    page = (
        "<html><body><article><h1>순천대 협의체 출범</h1>"
        "<p>국립순천대학교는 21일 스마트팜 산학연협의체 출범식을 열고 지역 기업과 함께 인재 양성에 나선다고 밝혔다. "
        "협의체는 2029년까지 5년간 운영되며 교육부와 전라남도가 지원한다.</p>"
        "<h4>□ 협의체 구성</h4><dl><dt>총괄</dt><dd>국립순천대학교 RISE사업단</dd>"
        "<dt>협력기관</dt><dd>전라남도농업기술원 / 순천시농업기술센터</dd></dl>"
        "<p>협의체에는 참여기업 두 곳이 회원으로 이름을 올렸다. 참여기업은 다음과 같다.</p>"
        "<ol><li>그린텍 - 양액 제어기</li><li>팜로보 - 수확 로봇</li></ol>"
        "<p>협의체는 오는 12월 재학생과 참여기업 간 첫 현장실습 매칭을 진행한다. 내년 3월부터는 마이크로디그리 과정을 "
        "개설할 계획이다.</p></article>"
        "<aside><ul><li>많이 본 뉴스 하나</li><li>많이 본 뉴스 둘</li></ul></aside></body></html>"
    )
    text, _ = html_to_text(page)
    assert "총괄: 국립순천대학교 RISE사업단\n협력기관: 전라남도농업기술원 / 순천시농업기술센터" in text
    assert "다음과 같다.\n- 그린텍 - 양액 제어기\n- 팜로보 - 수확 로봇" in text
    assert "많이 본 뉴스" not in text


def test_a_list_under_a_heading_that_says_who_it_lists_is_put_back_with_its_heading():
    from flows.clean import html_to_text

    page = (
        "<html><body><article><h1>연구센터 개소</h1>"
        "<p>국립한빛대학교 '수소 안전 연구센터'가 지난 18일 개소식을 갖고 7년간의 연구에 돌입했다. 센터는 과학기술정보통신부와 "
        "한국연구재단이 지원하는 선도연구센터 사업에 선정됐다.</p>"
        "<p>수소는 연소할 때 이산화탄소를 내뿜지 않아 차세대 연료로 꼽힌다. 그러나 누출되면 위험해 감지 기술이 필요하다.</p>"
        "<h4>참여기관</h4><ul><li>▶ 주관기관 : 국립한빛대학교</li><li>▶ 공동연구기관 : 부산대학교, 국립부경대학교</li>"
        "<li>▶ 참여기업 : 해동조선, 동양밸브테크</li></ul>"
        "<p>센터는 올해 말까지 교내에 실험동을 짓고 내년에는 실증에 나설 예정이다.</p></article></body></html>"
    )
    text, _ = html_to_text(page)
    assert (
        "감지 기술이 필요하다.\n참여기관\n- ▶ 주관기관 : 국립한빛대학교\n- ▶ 공동연구기관 : 부산대학교, 국립부경대학교"
        in text
    )


def test_a_fact_box_list_beside_the_story_is_put_at_the_end():
    from flows.clean import html_to_text

    paragraphs = "".join(
        f"<p>The consortium will test traps on farms across the region, paragraph {n} of the story goes on.</p>"
        for n in range(6)
    )
    page = (
        "<html><body><article><h1>Exporters form moth consortium</h1>"
        "<p>Nine exporters have signed on as founding members (see box), said Dr Ruth Achieng of "
        "Nanyuki Highland Farms.</p>" + paragraphs + "</article>"
        '<aside class="factbox"><h3>AT A GLANCE</h3><p><strong>Founding members:</strong></p>'
        "<ul><li>Kandara Fresh Exports Ltd</li><li>Nanyuki Highland Farms</li><li>Lake Naivasha Roses Ltd</li></ul>"
        "</aside>"
        '<aside class="most-read"><h3>MOST READ</h3><ol><li>Tea prices dip</li><li>Shares rally</li></ol></aside>'
        "</body></html>"
    )
    text, _ = html_to_text(page)
    assert text.endswith(
        "Founding members:\n- Kandara Fresh Exports Ltd\n- Nanyuki Highland Farms\n- Lake Naivasha Roses Ltd"
    )
    assert "Tea prices" not in text


def test_an_interviews_answer_markers_go(tmp_path):
    page = (
        "[인터뷰] 건식전극 사업단장\n\nQ. 사업단은 어떻게 꾸렸나.\n"
        "A. 주관연구개발기관은 UNIST이고 제가 총괄을 맡습니다.\nQ. 해외 협력도 있나.\n"
        "A. 독일 프라운호퍼 재료·빔기술연구소가 국제공동연구기관으로 참여합니다.\n"
    )
    articles, _ = _clean(tmp_path, "qa.txt", page.encode("utf-8"))
    body = articles["body"][0]
    assert "\n독일 프라운호퍼 재료·빔기술연구소가 국제공동연구기관으로" in body and "A. " not in body


def test_a_definition_list_in_a_fact_box_is_put_at_the_end():
    from flows.clean import html_to_text

    paragraphs = "".join(
        f"<p>The seaweed consortium will test seed, rafts and dryers on farms along the coast, part {n}.</p>"
        for n in range(6)
    )
    page = (
        "<html><body><article><h1>Seaweed consortium launched</h1>" + paragraphs + "</article>"
        '<aside class="factbox"><h3>Who is who</h3><dl><dt>Lead institution</dt><dd>CSIR-CSMCRI, Bhavnagar</dd>'
        "<dt>End users</dt><dd>Pamban Kadal Pasi FPO; Okha Sagar Farmer Producer Company</dd></dl></aside>"
        "</body></html>"
    )
    text, _ = html_to_text(page)
    assert text.endswith(
        "Lead institution: CSIR-CSMCRI, Bhavnagar\nEnd users: Pamban Kadal Pasi FPO; Okha Sagar Farmer Producer Company"
    )


def test_a_fact_box_of_labelled_lines_and_of_self_labelled_items_is_put_at_the_end():
    from flows.clean import html_to_text

    paragraphs = "".join(
        f"<p>The biobank network will keep samples under common rules in hospitals across the country, part {n}.</p>"
        for n in range(6)
    )
    page = (
        "<html><body><article><h1>Biobank network launched</h1>" + paragraphs + "</article>"
        '<aside class="factbox"><h4>THE NETWORK</h4><p><strong>Member biorepositories</strong><br>'
        "Kenyatta National Hospital (KNH), Nairobi<br>Moi Teaching and Referral Hospital, Eldoret<br>"
        "Kisii Teaching and Referral Hospital, Kisii</p><p><strong>Budget:</strong> Sh1.2 billion</p>"
        "<h3>Who is in it</h3><ul><li><strong>Lead:</strong> KEMRI</li><li><strong>Co-lead:</strong> UNITID</li></ul>"
        "</aside></body></html>"
    )
    text, _ = html_to_text(page)
    assert "\n- Lead: KEMRI\n- Co-lead: UNITID" in text  # (items that say their own role need no label)
    assert text.endswith(
        "Member biorepositories:\n- Kenyatta National Hospital (KNH), Nairobi\n"
        "- Moi Teaching and Referral Hospital, Eldoret\n- Kisii Teaching and Referral Hospital, Kisii"
    )
    assert "Sh1.2 billion" not in text.split("Member biorepositories:")[1]


def test_a_fact_box_whose_list_comes_first_in_its_box_is_read_without_a_label():
    from flows.clean import html_to_text

    paragraphs = "".join(
        f"<p>The research council launched the programme today with four university collaborators, part {n}.</p>"
        for n in range(6)
    )
    page = (
        "<html><body><article><h1>Council launches materials programme</h1>" + paragraphs + "</article>"
        '<aside class="sidebar-box"><ul><li>Lead: Northern Research Council</li>'
        "<li>Budget: $42 million</li><li>Term: seven years</li></ul></aside></body></html>"
    )
    text, _ = html_to_text(page)
    assert text.endswith("\n- Lead: Northern Research Council\n- Budget: $42 million\n- Term: seven years")


def test_a_pages_stamp_with_its_time_comes_before_a_bare_day(tmp_path):
    html = """<html><head><title>Programme launched</title>
    <meta name="dcterms.issued" content="2026-05-12">
    <meta property="article:published_time" content="2026-05-12T10:00:00-04:00"></head>
    <body><article><h1>Programme launched</h1>
    <p>The research council launched a seven-year programme with four universities and five companies.</p>
    </article></body></html>"""
    articles, _ = _clean(tmp_path, "a.html", html.encode("utf-8"))
    assert articles["published_at"][0].isoformat() == "2026-05-12T14:00:00+00:00"


def test_a_list_inside_a_table_cell_is_kept_with_its_row(tmp_path):
    html = """<html><head><title>Projects selected</title></head><body><article><h1>Projects selected</h1>
    <p>The agency has selected three new research and development projects under its moonshot programme.</p>
    <table><tbody>
    <tr><th scope="row">Project manager</th><td>Professor Aiko Nakamura, Hokkaido University</td></tr>
    <tr><th scope="row">Participating institutions</th><td><ul><li>Kyushu University</li>
    <li>Umi Carbon K.K.</li></ul></td></tr>
    <tr><th scope="row">Research period</th><td>FY2026 - FY2030</td></tr>
    </tbody></table></article></body></html>"""
    articles, _ = _clean(tmp_path, "a.html", html.encode("utf-8"))
    assert "| Participating institutions | Kyushu University; Umi Carbon K.K. |" in articles["body"][0]
    assert "FY2026 - FY2030" in articles["body"][0]


def test_columns_lined_up_with_spaces_become_a_table_in_latin_script_only(tmp_path):
    page = (
        "Trials network names its clinical sites\n\n"
        "The network will include nine clinical sites. Eight have been selected:\n\n"
        "Clinical site                     Location           Site lead\n"
        "Vanderbilt University             Nashville, TN      Marcus Bell, M.D.\n"
        "University of Michigan            Ann Arbor, MI      Laura Chen, M.D.\n"
        "Mayo Clinic                       Rochester, MN      Karin Lind, M.D.\n\n"
        "1세부  센서 개발   한빛대학교\n"
        "2세부  자료 분석   남도연구원\n"
        "3세부  실증 운영   서해공사\n"
    )
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    body = articles["body"][0]
    assert "| University of Michigan | Ann Arbor, MI | Laura Chen, M.D. |" in body
    assert "| " not in body.split("1세부")[1]  # (Korean lines spaced for reading stay lines)


def test_an_about_section_on_the_programme_stays_and_the_issuers_boilerplate_goes(tmp_path):
    page = (
        "Lumen Robotics joins the OpenCrate Alliance\n\n"
        "BOSTON, March 3, 2026 -- Lumen Robotics today announced that it has joined the OpenCrate Alliance as a "
        "member, one of three companies admitted in the latest membership round of the year.\n\n"
        "About the OpenCrate Alliance\n\n"
        "The alliance was founded in 2024 by Northwind Automation and Tallis Software.\n\n"
        "About Lumen Robotics\n\n"
        "Lumen Robotics makes mobile robots for warehouses.\n"
    )
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    body = articles["body"][0]
    assert "founded in 2024 by Northwind Automation" in body
    assert "makes mobile robots" not in body


def test_emoji_variation_selectors_and_keycaps_go_from_list_marks(tmp_path):
    page = (
        "Who is in the hub\nPosted 4 March 2026\n"
        "🔬 Research participants:\n▪️ Deakin University – fuel modelling\n▪️ Griffith University – remote sensing\n"
        "1️⃣ PREDICT – fuel and weather models that tell an operator which spans to switch off on a bad day\n"
    )
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    lines = articles["body"][0].split("\n")
    assert "▪ Deakin University – fuel modelling" in lines
    assert any(line.startswith("1 PREDICT") for line in lines)
    assert not any("\ufe0f" in line or "\u20e3" in line for line in lines)


def test_a_circled_numbers_last_item_is_not_joined_to_the_next_paragraph(tmp_path):
    page = (
        "푸드테크 얼라이언스, 신규 회원 2곳\n입력 2026.03.07 10:00\n"
        "얼라이언스는 6일 정기총회를 열고 신규 회원 2곳의 가입을 승인했다. 새로 합류한 곳은 다음과 같다.\n\n"
        "① 그린프로틴랩 - 대체단백 원료\n② 원광대학교 - 식품영양 평가\n\n"
        "운영 구조는 출범 때와 크게 달라지지 않았다.\n"
    )
    articles, _ = _clean(tmp_path, "a.txt", page.encode("utf-8"))
    assert "② 원광대학교 - 식품영양 평가" in articles["body"][0].split("\n")


def test_a_line_marked_as_an_advertisement_is_clutter():
    assert re.match(CLUTTER_LINE, "SPONSORED · Hydrogen Americas Summit 2025 · Washington, D.C. · June 10–11")
    assert not re.match(CLUTTER_LINE, "The programme is sponsored by the Ministry of Science.")


def test_a_korean_wire_dateline_with_a_digit_in_the_outlet_leaves_the_body(tmp_path):
    page = (
        "'AI 실증 협의체' 회원기관 102곳으로\n(광주=뉴스1) 김민재 기자 | 2025-04-09 15:12\n\n"
        "(광주=뉴스1) 김민재 기자 = 광주시와 인공지능산업융합사업단은 'AI 실증 협의체' 회원기관이 102곳으로 늘었다고 "
        "9일 밝혔다.\n"
    )
    articles, _ = _clean(tmp_path, "k.txt", page.encode("utf-8"))
    assert "뉴스1" not in articles["body"][0]
    assert "광주시와 인공지능산업융합사업단은" in articles["body"][0]


def test_a_wire_dateline_of_two_cities(tmp_path):
    page = (
        "Chip alliance formed\nMay 13, 2025\n\nTOKYO/SEOUL, May 13 (Meridian Wire) - Eleven chipmakers formed an "
        "alliance to develop glass-core substrates for advanced chip packaging, seeking to close the gap with rivals.\n"
    )
    articles, _ = _clean(tmp_path, "w.txt", page.encode("utf-8"))
    assert "TOKYO" not in articles["body"][0] and "Eleven chipmakers formed" in articles["body"][0]


def test_a_pages_json_ld_publication_time():
    from flows.clean import html_to_text

    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2025-10-06T06:00:00-04:00"}</script></head><body><article><p>The consortium opened its pilot line.</p>'
        "</article></body></html>"
    )
    assert html_to_text(page)[1]["published"] == "2025-10-06T06:00:00-04:00"
