"""List shapes in single sentences: the organisations and roles a reader finds in each, written by hand."""

import pytest

from flows.extract import _register_lexicon_words
from flows.extract.mentions import clean_english_name, sentence_mentions
from flows.extract.sentences import kiwi


def _found(sentence: str, language: str) -> set[tuple[str, str]]:
    tokens = None
    if language == "ko":
        _register_lexicon_words()
        tokens = kiwi().tokenize(sentence)
    return {(m.name, m.label) for m in sentence_mentions(sentence, language, tokens)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Members include the University of Twente, CNRS, Politecnico di Milano and Siemens Energy.",
            {
                ("University of Twente", "member"),
                ("CNRS", "member"),
                ("Politecnico di Milano", "member"),
                ("Siemens Energy", "member"),
            },
        ),
        (
            "Samsung Electronics, SK hynix and Rebellions will take part as demand companies.",
            {
                ("Samsung Electronics", "demand_company"),
                ("SK hynix", "demand_company"),
                ("Rebellions", "demand_company"),
            },
        ),
        (
            "The founding members are Kylon Systems, a Boston-based developer of middleware; Veritrace, a Tallinn "
            "company that sells tooling; and Mobisilica.",
            {("Kylon Systems", "founding_member"), ("Veritrace", "founding_member"), ("Mobisilica", "founding_member")},
        ),
        (
            "Its co-directors are Marcus Bell, an associate professor of engineering at the University of South "
            "Carolina, and Yuki Tanabe, a professor of chemistry at Furman University.",
            {("University of South Carolina", "co"), ("Furman University", "co")},
        ),
        (
            "Research partners include Savannah River National Laboratory, which will run the tests, and "
            "Greenville Technical College.",
            {("Savannah River National Laboratory", "partner"), ("Greenville Technical College", "partner")},
        ),
        (
            "Université Laval and the University of New Brunswick will join as international partners.",
            {("Université Laval", "international"), ("University of New Brunswick", "international")},
        ),
        ("The other two new institutes are led by Purdue University and the University of Arizona.", set()),
        (
            "연구 컨소시엄은 KAIST(주관), 포항공과대학교(POSTECH)·경북대학교(공동)로 꾸려졌다.",
            {("KAIST", "lead"), ("포항공과대학교", "co"), ("경북대학교", "co")},
        ),
        (
            "카드업계에서는 BC카드와 삼성카드가, 증권업계에서는 미래에셋증권이 참여했다.",
            {("BC카드", "member"), ("삼성카드", "member"), ("미래에셋증권", "member")},
        ),
        (
            "설계 분야 한국전력기술·㈜미래와도전, 제작 분야 두산에너빌리티·효성중공업이 이름을 올렸다.",
            {
                ("한국전력기술", "member"),
                ("미래와도전", "member"),
                ("두산에너빌리티", "member"),
                ("효성중공업", "member"),
            },
        ),
        (
            "기존 회원사는 의장사인 LG AI연구원을 비롯해 네이버클라우드, 업스테이지 등이다.",
            {("LG AI연구원", "lead"), ("네이버클라우드", "member"), ("업스테이지", "member")},
        ),
        ("카카오는 내년 가입을 검토 중이다.", set()),
        ("주관은 충북테크노파크가 맡는다.", {("충북테크노파크", "lead")}),
        (
            "참여기업 9개사 가운데 파나시아, 동화엔텍, 태광이 실증 현장을 내준다.",
            {("파나시아", "member"), ("동화엔텍", "member"), ("태광", "member")},
        ),
        (
            "현대자동차와 오토노머스에이투지, 포티투닷 등 9개 기관·기업이 특구사업자로 참여한다.",
            {("현대자동차", "member"), ("오토노머스에이투지", "member"), ("포티투닷", "member")},
        ),
        (
            "- (공급기업) ㈜지놈앤컴퍼니, 에이비엘바이오(ABL Bio), 주식회사 큐라클 등 바이오벤처 21개사",
            {("지놈앤컴퍼니", "member"), ("에이비엘바이오", "member"), ("큐라클", "member")},
        ),
        (
            "Industry participants include Sea Forest; CH4 Global; Southern Kelp Co.; and the Tasmanian Salmonid "
            "Growers Association.",
            {
                ("Sea Forest", "member"),
                ("CH4 Global", "member"),
                ("Southern Kelp Co", "member"),
                ("Tasmanian Salmonid Growers Association", "member"),
            },
        ),
        (
            "AI 신약개발 기업 딥모렉큘이 보건복지부와 한국보건산업진흥원이 추진하는 'AI 신약 플랫폼 사업'의 주관기관으로 "
            "선정됐다고 3일 밝혔다.",
            {("딥모렉큘", "lead"), ("보건복지부", "organiser"), ("한국보건산업진흥원", "organiser")},
        ),
        (
            "참여기관으로는 동서제약을 비롯해 세린바이오, 한누리약품 등이 이름을 올렸다.",
            {("동서제약", "partner"), ("세린바이오", "partner"), ("한누리약품", "partner")},
        ),
        ("| 주관 | KT | 사업 총괄, 통신망 구축 |", {("KT", "lead")}),
        ("| 공동연구 | 국립산림과학원 | 확산 예측 모델 |", {("국립산림과학원", "co")}),
        (
            "충북대학교와 KBIOHealth는 공동주관기관으로 세포 배양 공정 표준화와 비임상 시험을 나눠 담당한다.",
            {("충북대학교", "co"), ("KBIOHealth", "co")},
        ),
        (
            "공동연구개발기관으로 성림첨단산업㈜, ㈜코리아마그넷리사이클, 서울대학교가 참여하여 폐모터 해체를 담당한다.",
            {("성림첨단산업", "co"), ("코리아마그넷리사이클", "co"), ("서울대학교", "co")},
        ),
        (
            "협의체 회원은 △강원도 환동해본부(총괄) △강릉원주대학교(간사) △한국해양과학기술원(KIOST·공동연구) △양양군 "
            "△㈜동해블루팜 등 16곳이다.",
            {
                ("강원도 환동해본부", "lead"),
                ("강릉원주대학교", "organiser"),
                ("한국해양과학기술원", "co"),
                ("강원도 환동해본부", "member"),
                ("강릉원주대학교", "member"),
                ("한국해양과학기술원", "member"),
                ("양양군", "member"),
                ("동해블루팜", "member"),
            },
        ),
        (
            "The consortium will be led by the Academic Computer Centre Cyfronet AGH in Krakow, with the Poznan "
            "Supercomputing and Networking Center and the Centre for Mathematical and Computational Modelling as "
            "partner sites.",
            {
                ("Academic Computer Centre Cyfronet AGH", "lead"),
                ("Poznan Supercomputing and Networking Center", "partner"),
                ("Centre for Mathematical and Computational Modelling", "partner"),
            },
        ),
        (
            "Twelve companies have signed up as initial members, among them software group Comarch and Orange Polska.",
            {("Comarch", "initial_member"), ("Orange Polska", "initial_member")},
        ),
        (
            "Its four founding members are state miner Codelco, Antofagasta Minerals and Finnish technology "
            "supplier Metso.",
            {("Codelco", "founding_member"), ("Antofagasta Minerals", "founding_member"), ("Metso", "founding_member")},
        ),
        (
            "Heriot-Watt University (lead) will work with Nova Innovation (partner), alongside research partners "
            "Ifremer and the University of Porto.",
            {
                ("Heriot-Watt University", "lead"),
                ("Nova Innovation", "partner"),
                ("Ifremer", "partner"),
                ("University of Porto", "partner"),
            },
        ),
        ("Corfo will fund 60% of the budget, with the members covering the rest.", {("Corfo", "organiser")}),
        (
            "The alliance secretariat is run by the New England BioProcess Council.",
            {("New England BioProcess Council", "organiser")},
        ),
        (
            "The SHED consortium was joined this week by U.S. drilling contractor Nabors Industries and Dutch "
            "start-up Magmatix, which makes casing.",
            {("Nabors Industries", "member"), ("Magmatix", "member")},
        ),
        (
            "It is funded by the European Commission, with Innovate UK funding the UK partners.",
            {("European Commission", "organiser"), ("Innovate UK", "organiser")},
        ),
        (
            "It becomes the sixth pilot line, after NanoIC, coordinated by imec; FAMES, led by CEA-Leti; and APECS, "
            "led by the Fraunhofer-Gesellschaft.",
            set(),
        ),
        ("It builds on MEMSCALE, a project that ran from 2019 to 2022 and was coordinated by imec.", set()),
        (
            "Some news to share: Fermatide has officially joined the Precision Fermentation Standards Alliance (PFSA) "
            "as a new member!",
            {("Fermatide", "new_member")},
        ),
        (
            "Fraunhofer IPA (Germany) and the Korea Institute of Machinery and Materials (South Korea) have signed on "
            "as international partners.",
            {("Fraunhofer IPA", "international"), ("Korea Institute of Machinery and Materials", "international")},
        ),
        (
            "Kinetica, the Pittsburgh-based maker of a robot that raised a $70 million Series B last fall, is leading "
            "the effort.",
            {("Kinetica", "lead")},
        ),
        (
            "The Indian Institute of Tropical Meteorology (IITM), Pune, will be co-lead.",
            {("Indian Institute of Tropical Meteorology", "co")},
        ),
        (
            "Bengaluru-based Meghdoot Analytics, Pune's KrishiCast and Hyderabad start-up Varsha AI have joined the "
            "hub as industry members.",
            {("Meghdoot Analytics", "member"), ("KrishiCast", "member"), ("Varsha AI", "member")},
        ),
        (
            "The India Meteorological Department (IMD) joins as the operational partner and will run the hub's models.",
            {("India Meteorological Department", "partner")},
        ),
        (
            "Argonne will run CAPU in collaboration with the University of Chicago, The Dow Chemical Company and "
            "Circulyst, a Chicago start-up.",
            {
                ("Argonne", "lead"),
                ("University of Chicago", "partner"),
                ("Dow Chemical Company", "partner"),
                ("Circulyst", "partner"),
            },
        ),
        (
            "The center is funded with $24 million from the DOE Office of Science through its Basic Energy Sciences "
            "program.",
            {("DOE Office of Science", "organiser")},
        ),
        (
            "The partners are: Fraunhofer ISE (Germany, coordinator); Danish Technological Institute (Denmark); "
            "Politecnico di Milano (Italy); Housing Europe (Belgium).",
            {
                ("Fraunhofer ISE", "lead"),
                ("Danish Technological Institute", "partner"),
                ("Politecnico di Milano", "partner"),
                ("Housing Europe", "partner"),
            },
        ),
        (
            "The grant is managed by the European Climate, Infrastructure and Environment Executive Agency (CINEA).",
            {("European Climate, Infrastructure and Environment Executive Agency", "organiser")},
        ),
        (
            "The Swiss partner is funded separately by the State Secretariat for Education, Research and Innovation.",
            {("State Secretariat for Education, Research and Innovation", "organiser")},
        ),
        (
            "CAMR will run a summer program, and a graduate fellowship program will fund 12 doctoral students.",
            set(),
        ),
        (
            "The center has signed up three founding industry members - Microsoft, the dairy cooperative California "
            "Dairies Inc. and the Oakland-based start-up Halide Air - which will test devices.",
            {
                ("Microsoft", "founding_member"),
                ("California Dairies Inc", "founding_member"),
                ("Halide Air", "founding_member"),
            },
        ),
        (
            "The consortium comprises state mining holding MIND ID, Harita Nickel and France's Eramet, its three "
            "founding members said.",
            {("MIND ID", "founding_member"), ("Harita Nickel", "founding_member"), ("Eramet", "founding_member")},
        ),
        (
            "The Fraunhofer Institute for Machine Tools and Forming Technology IWU in Chemnitz is coordinating the "
            "project.",
            {("Fraunhofer Institute for Machine Tools and Forming Technology IWU", "lead")},
        ),
        (
            "Osaka University leads the team, alongside NTT and RIKEN.",
            {("Osaka University", "lead"), ("NTT", "co"), ("RIKEN", "co")},
        ),
        (
            "Industry partners: Elekta; TMD Technologies; Teledyne e2v; Oxford Instruments.",
            {
                ("Elekta", "partner"),
                ("TMD Technologies", "partner"),
                ("Teledyne e2v", "partner"),
                ("Oxford Instruments", "partner"),
            },
        ),
        (
            "It was founded in 2024 by CEA-Leti, imec and Synopsys, with the aim of an open schema.",
            {("CEA-Leti", "founding_member"), ("imec", "founding_member"), ("Synopsys", "founding_member")},
        ),
        (
            "Synopsys, one of those founders, currently chairs the alliance, and the Linux Foundation runs its "
            "secretariat.",
            {("Synopsys", "lead"), ("Linux Foundation", "organiser")},
        ),
        ("The others, led by the University of Birmingham and the University of Glasgow, focus on diagnostics.", set()),
        ("Modular Vaccine Alliance Welcomes Four New Members", set()),
        ("이번 라운드는 스틱벤처스가 주도했고 산업은행과 한국투자파트너스가 참여했다.", set()),
        (
            "창립 회원사 12곳에는 효성티앤씨, 삼성물산 건설부문, 휴비스 등이 이름을 올렸다.",
            {
                ("효성티앤씨", "founding_member"),
                ("삼성물산 건설부문", "founding_member"),
                ("휴비스", "founding_member"),
            },
        ),
        # a list whose count and kinds follow it ('등 장비사 10곳과 소재사 4곳을 합쳐'), ㆍ between names
        (
            "창립 회원사는 세진테크ㆍ유니본드ㆍ피에스엠 등 장비사 10곳과 소재사 4곳을 합쳐 14개사다.",
            {("세진테크", "founding_member"), ("유니본드", "founding_member"), ("피에스엠", "founding_member")},
        ),
        # names Kiwi reads as a determiner or an adnominal glued to a noun ('한 빛모션', '대하+ㄴ 정밀')
        (
            "회원사로는 한결에너지와 새빛전자, 대한정밀이 참여했다.",
            {("한결에너지", "member"), ("새빛전자", "member"), ("대한정밀", "member")},
        ),
        # two groups joined by a verb of joining, the last closed by 까지 and a count
        (
            "클러스터에는 대한정밀, 삼정항공 등 부품기업 18곳과 국립창원대, 한국재료연구원까지 모두 23개 기관이 참여했다.",
            {("대한정밀", "member"), ("삼정항공", "member"), ("국립창원대", "member"), ("한국재료연구원", "member")},
        ),
        # tasks after the role ('위탁연구개발기관으로 공정 전과정평가와 ... 기술을 지원한다') are not its holders
        (
            "포항공과대학교와 한국생산기술연구원은 위탁연구개발기관으로 공정 전과정평가(LCA)와 재생 분말 성형 기술을 지원한다.",
            {("포항공과대학교", "consigned"), ("한국생산기술연구원", "consigned")},
        ),
        # a descriptor ending in 전문 before a name; a professor's team stands for the organisation
        (
            "참여기업은 6곳으로, 서버 모듈을 만드는 블루랙, 수중 구조물 전문 딥씨시스템, 해상 전력 설비 업체 해온전력 등이 이름을 올렸다.",
            {("블루랙", "member"), ("딥씨시스템", "member"), ("해온전력", "member")},
        ),
        (
            "로버의 바퀴와 구동계는 위탁연구개발기관인 KAIST 기계공학과 류민혁 교수 연구팀이 개발한다.",
            {("KAIST", "consigned")},
        ),
        # a release's annex: a role in brackets or a bare role and a colon heading the names, tasks after
        (
            "○ (주관연구개발기관) 한국원자력연구원 : 연구단 총괄, 피복관용 고크롬 합금 설계",
            {("한국원자력연구원", "lead")},
        ),
        (
            "○ (참여기업) 동진특수강, 코어뉴클리어 : 시제 피복관·구조재 제조",
            {("동진특수강", "member"), ("코어뉴클리어", "member")},
        ),
        (
            " • 공동 : 한국재료연구원 / 서울대학교 / 울산과학기술원",
            {("한국재료연구원", "co"), ("서울대학교", "co"), ("울산과학기술원", "co")},
        ),
        ("과제 기획과 관리는 한국연구재단이 맡는다.", {("한국연구재단", "organiser")}),
        # English shapes: a possessive's partners 'in the centre', funding received from, descriptions after names
        (
            "NTU's partners in the centre are Tan Tock Seng Hospital (TTSH), A*STAR's Institute for Infocomm "
            "Research (I2R), local robotics firms Kinetica Robotics and Lumen Care Systems, and Orchid Eldercare "
            "Services, which runs day care.",
            {
                ("Tan Tock Seng Hospital", "partner"),
                ("Institute for Infocomm Research", "partner"),
                ("Kinetica Robotics", "partner"),
                ("Lumen Care Systems", "partner"),
                ("Orchid Eldercare Services", "partner"),
            },
        ),
        (
            "The centre, led by NTU, will receive $45 million from the National Research Foundation (NRF) and the "
            "Ministry of Health (MOH).",
            {("NTU", "lead"), ("National Research Foundation", "organiser"), ("Ministry of Health", "organiser")},
        ),
        (
            "They include Desert Ridge Semiconductor, which is building a fab near Casa Grande; membrane maker "
            "Aquilon Separations; and Sonoran Microdevices, a Tucson start-up.",
            {
                ("Desert Ridge Semiconductor", "member"),
                ("Aquilon Separations", "member"),
                ("Sonoran Microdevices", "member"),
            },
        ),
        (
            "The center brings together the Georgia Institute of Technology and New Mexico State University as "
            "partner institutions.",
            {("Georgia Institute of Technology", "partner"), ("New Mexico State University", "partner")},
        ),
        # a name spelled out by its short form keeps its 'and' and commas; 'joined as partners by'
        (
            "It is joined as partners by Uganda's Makerere University and the IGAD Climate Prediction and "
            "Applications Centre (ICPAC).",
            {("Makerere University", "partner"), ("IGAD Climate Prediction and Applications Centre", "partner")},
        ),
        (
            "Britain's Foreign, Commonwealth and Development Office (FCDO) is providing a further 4 million pounds.",
            {("Foreign, Commonwealth and Development Office", "organiser")},
        ),
        (
            "The network is backed by $18 million from the African Development Bank.",
            {("African Development Bank", "organiser")},
        ),
        (
            "Its secretariat is hosted by the Institute for Climate, Energy and Disaster Solutions in Canberra, and "
            "its core funding comes from New Zealand's Ministry of Foreign Affairs and Trade.",
            {
                ("Institute for Climate, Energy and Disaster Solutions", "organiser"),
                ("Ministry of Foreign Affairs and Trade", "organiser"),
            },
        ),
        (
            "The International Centre of Insect Physiology and Ecology (ICIPE), based in Nairobi, will coordinate it.",
            {("International Centre of Insect Physiology and Ecology", "lead")},
        ),
        ("The alliance is also seeking support from the Asian Development Bank for a data platform.", set()),
        # where a member is based is not where the programme is hosted; a speaker ends a list of funders
        (
            "The mission is led by Orbital Tender Ltd, a start-up based at the Harwell Science and Innovation Campus.",
            {("Orbital Tender Ltd", "lead")},
        ),
        (
            "The mission will receive £14 million from the UK Space Agency, Science Minister Helen Ashworth announced.",
            {("UK Space Agency", "organiser")},
        ),
        (
            "Meridian Therapeutics' head of structural biology, Priya Raman, chairs the consortium's steering committee.",
            {("Meridian Therapeutics", "lead")},
        ),
        (
            "Calder Cells' chief executive, Fiona Marsh, will chair the alliance for its first two years.",
            {("Calder Cells", "lead")},
        ),
        # 'the University of York' after a comma is a name, not a description; a campus is no company
        (
            "Its founding members include UKAEA, the University of York, Stellarion Fusion and Halden Remote "
            "Handling; 12 organisations signed up at launch.",
            {
                ("UKAEA", "founding_member"),
                ("University of York", "founding_member"),
                ("Stellarion Fusion", "founding_member"),
                ("Halden Remote Handling", "founding_member"),
            },
        ),
        (
            "Curtin University will lead the centre, which counts Pilbara Rare Metals and Yilgarn Minerals among "
            "its 24 participants.",
            {("Curtin University", "lead"), ("Pilbara Rare Metals", "member"), ("Yilgarn Minerals", "member")},
        ),
        # a description between dashes, 'along with' going on with the list
        (
            "Founding members include Kansai Plasma Works -- the Kyoto University spinoff that builds heaters -- "
            "along with Tsukuba Helical Energy and LaserStar Fusion.",
            {
                ("Kansai Plasma Works", "founding_member"),
                ("Tsukuba Helical Energy", "founding_member"),
                ("LaserStar Fusion", "founding_member"),
            },
        ),
        # a semicolon list whose items carry their countries; 'brings together'
        (
            "Nine organisations take part in the project: Kenya Medical Research Institute (KEMRI), Kenya "
            "(coordinator); Aga Khan University, Kenya; Makerere University, Uganda; Heidelberg University, Germany.",
            {
                ("Kenya Medical Research Institute", "lead"),
                ("Aga Khan University", "partner"),
                ("Makerere University", "partner"),
                ("Heidelberg University", "partner"),
            },
        ),
        (
            "Led by UCD, the centre brings together Teagasc, Maynooth University and the University of Galway.",
            {
                ("UCD", "lead"),
                ("Teagasc", "partner"),
                ("Maynooth University", "partner"),
                ("University of Galway", "partner"),
            },
        ),
        (
            "Among them are Hanoi Silicon Labs, Saigon IC Design and Lotus Chip JSC.",
            {("Hanoi Silicon Labs", "member"), ("Saigon IC Design", "member"), ("Lotus Chip JSC", "member")},
        ),
        (
            "The institute's members include mining companies Andes Lithium and Maricunga Brines and the "
            "battery-materials startup Litio Verde, which makes samples.",
            {("Andes Lithium", "member"), ("Maricunga Brines", "member"), ("Litio Verde", "member")},
        ),
        (
            "It is funded with €40 million over six years, from 2026 to 2031, by Research Ireland and the "
            "Department of Agriculture, Food and the Marine.",
            {("Research Ireland", "organiser"), ("Department of Agriculture, Food and the Marine", "organiser")},
        ),
        (
            "협의체는 전남해양수산과학원이 주관하고, 목포대학교와 전남대학교 여수캠퍼스가 공동연구를 맡습니다.",
            {("전남해양수산과학원", "lead"), ("목포대학교", "co"), ("전남대학교 여수캠퍼스", "co")},
        ),
        (
            "Skyforge Aero chairman Lin Cheng-hsien was elected convener of the alliance at yesterday's meeting.",
            {("Skyforge Aero", "lead")},
        ),
        (
            "The Saudi Water Authority heads the effort, with KAUST and KFUPM as partners.",
            {("Saudi Water Authority", "lead"), ("KAUST", "partner"), ("KFUPM", "partner")},
        ),
        (
            "경상남도와 거제시는 16일 거제 조선해양산업지원센터에서 '조선 산업용 메타버스 실증 컨소시엄' 출범식을 열었다.",
            {("경상남도", "organiser"), ("거제시", "organiser")},
        ),
        # a spaced dash after a bracketed role sets off the tasks
        (
            "[주관연구기관] 한국과학기술연구원(KIST) 물자원순환연구단 - 네트워크 총괄, 분석법 표준화",
            {("한국과학기술연구원", "lead")},  # (the unit after the short form is part of the body)
        ),
        # two companies whose names end like adjectives; a university whose name does
        (
            "The consortium's members are Tsuruga Pharmaceutical and Vantrell Bio.",
            {("Tsuruga Pharmaceutical", "member"), ("Vantrell Bio", "member")},
        ),
        (
            "Partners include Tokyo Medical and Dental University.",
            {("Tokyo Medical and Dental University", "partner")},
        ),
        (
            "It is funded by Japan's Ministry of Economy, Trade and Industry and Jalisco's Secretariat of "
            "Innovation, Science and Technology.",
            {
                ("Ministry of Economy, Trade and Industry", "organiser"),
                ("Secretariat of Innovation, Science and Technology", "organiser"),
            },
        ),
        # an item's clause gives its own role ('which will serve as lead institution'); the list goes on after it
        (
            "The five partner institutions are the University of Peradeniya, which will serve as lead institution, "
            "Rajarata University of Sri Lanka, the University of Kelaniya and the National Water Supply and Drainage "
            "Board (NWSDB).",
            {
                ("University of Peradeniya", "lead"),
                ("Rajarata University of Sri Lanka", "partner"),
                ("University of Kelaniya", "partner"),
                ("National Water Supply and Drainage Board", "partner"),
            },
        ),
        # a role after an item of a semicolon list is that item's; an institute's 'for' phrase ends in a field
        (
            "The consortium brings together 12 partners from nine countries: the Leibniz Institute for Zoo and "
            "Wildlife Research (Germany), coordinator; Aarhus University (Denmark); the Muséum national d'Histoire "
            "naturelle (France); Baltic Offshore Power AB (Sweden), lead partner; and Chiroptech SAS (France).",
            {
                ("Leibniz Institute for Zoo and Wildlife Research", "lead"),
                ("Aarhus University", "partner"),
                ("Muséum national d'Histoire naturelle", "partner"),
                ("Baltic Offshore Power AB", "lead"),
                ("Chiroptech SAS", "partner"),
            },
        ),
        # a funder's name with commas its short form spells; abroad is international; chairing an advisory board
        # advises, it does not lead
        (
            "The National Heart, Lung, and Blood Institute (NHLBI) is co-funding the network.",
            {("National Heart, Lung, and Blood Institute", "organiser")},
        ),
        (
            "King's College London and Japan's Tottori University are collaborating institutions abroad.",
            {("King's College London", "international"), ("Tottori University", "international")},
        ),
        (
            "The EUROBATS Secretariat will chair the project's stakeholder advisory board.",
            {("EUROBATS Secretariat", "other")},
        ),
        # becoming a member of a named programme; the person's organisation after a capitalised title
        (
            "Last Tuesday the Nigerian Institute of Medical Research (NIMR) officially became a member of the "
            "Pan-African Pharmacogenomics Network (PAPGx)!",
            {("Nigerian Institute of Medical Research", "member")},
        ),
        (
            "The alliance is chaired by Dr. Ingrid Halvorsen, VP Materials Research at Norvale Tyres, and its "
            "secretariat is run by Sustainable Mobility Partners in Brussels.",
            {("Norvale Tyres", "lead"), ("Sustainable Mobility Partners", "organiser")},
        ),
        # items grouped by kind ('research institutes such as A; universities including B and C'); an institute of
        # another body; unnamed partners by country, joining the alliance as international partners
        (
            "The founding members of the alliance include research institutes such as the Institute of Genetics and "
            "Developmental Biology of the Chinese Academy of Sciences and the Shandong Academy of Agricultural "
            "Sciences; universities including China Agricultural University and Ningxia University; and enterprises "
            "including Syngenta Group China and Beidahuang Group.",
            {
                (
                    "Institute of Genetics and Developmental Biology of the Chinese Academy of Sciences",
                    "founding_member",
                ),
                ("Shandong Academy of Agricultural Sciences", "founding_member"),
                ("China Agricultural University", "founding_member"),
                ("Ningxia University", "founding_member"),
                ("Syngenta Group China", "founding_member"),
                ("Beidahuang Group", "founding_member"),
            },
        ),
        (
            "Research institutions from Israel, Egypt and Pakistan have joined the alliance as international partners.",
            {("Israel", "international"), ("Egypt", "international"), ("Pakistan", "international")},
        ),
        # a semicolon list with one item described at length (cues inside its clause do not end the list); a
        # headline's 'First Members' is no name
        (
            "The alliance today announced that six organizations have joined the alliance as new members: Arclight "
            "Power Conversion (United States); Norrsken Grid AB, the supplier that in 2024 commissioned the region's "
            "first grid-forming battery system and that now operates it under contract, (Sweden); Kahu Energy (New "
            "Zealand); and Sol Andino Energía (Chile).",
            {
                ("Arclight Power Conversion", "new_member"),
                ("Norrsken Grid AB", "new_member"),
                ("Kahu Energy", "new_member"),
                ("Sol Andino Energía", "new_member"),
            },
        ),
        ("Alliance Adds Six New Members, Including First Members from Latin America", set()),
        (
            "Other partners are the James Hutton Institute, which will run soil chemistry; and Scotland's Rural "
            "College (SRUC), which will look at what restoration means for crofters.",
            {("James Hutton Institute", "partner"), ("Scotland's Rural College", "partner")},
        ),
        # money an organisation puts in makes it a funder; things it provides do not
        (
            "The Production Development Corporation (CORFO) will provide CLP 4,200 million to the consortium, and "
            "the Regional Government of Maule will add CLP 1,100 million.",
            {("Production Development Corporation", "organiser"), ("Regional Government of Maule", "organiser")},
        ),
        ("Mei Yarkon Water will provide 40 kilometres of pipes as a test network.", {("Mei Yarkon Water", "task")}),
        # a timeline's lines: a date and a dash, the founders after a count and a colon, joins in the present
        (
            "14 March 2024 – The alliance is founded by seven companies and institutions: Feldhaus Traktoren GmbH, "
            "Voltafarm B.V. and the University of Hohenheim.",
            {
                ("Feldhaus Traktoren GmbH", "founding_member"),
                ("Voltafarm B.V.", "founding_member"),
                ("University of Hohenheim", "founding_member"),
            },
        ),
        (
            "17 June 2025 – Terragena S.A., Polska Maszyna Rolnicza S.A. and Aarhus University join the alliance.",
            {("Terragena S.A.", "member"), ("Polska Maszyna Rolnicza S.A.", "member"), ("Aarhus University", "member")},
        ),
        ("Spanish utility Iberluz has signed a letter of intent and is expected to join the alliance later.", set()),
        (
            "The German Agricultural Society (DLG) and the European Commission's Joint Research Centre (JRC) take part "
            "in the technical committee as observers.",
            {("German Agricultural Society", "other"), ("Joint Research Centre", "other")},
        ),
        # a list of direct participants, each with its country, one of them with a legal form of single letters
        (
            "The following companies take part in IPCEI IH as direct participants: Hochfeld Wärmetechnik GmbH "
            "(Austria); Morava Heat Pumps a.s. (Czechia); Nordvarme A/S (Denmark).",
            {
                ("Hochfeld Wärmetechnik GmbH", "member"),
                ("Morava Heat Pumps a.s.", "member"),
                ("Nordvarme A/S", "member"),
            },
        ),
        ("Public partners", set()),
        # 'it' in a release is the company the sentence opens with; co-chairing a working group is no co-lead
        (
            "Veridian Robotics, Inc. (NASDAQ: VRDN), a provider of robots, today announced that it has joined the "
            "OpenFleet Alliance as a Principal Member.",
            {("Veridian Robotics", "member")},
        ),
        ("TOKYO, Oct. 7, 2025 - Tokai Heavy Industries said it had joined.", set()),
        (
            "Veridian will co-chair the alliance's Traffic Management Working Group.",
            {("Veridian", "other")},
        ),
        # money a region is adding makes it a funder; the name a clause set off by commas is about
        (
            "The Sicilian Region is adding €4m from its share of EU cohesion funds.",
            {("Sicilian Region", "organiser")},
        ),
        (
            "Storage start-up Solfara H2, a spin-off from the University of Palermo, will supply a storage system.",
            {("Solfara H2", "task")},
        ),
        # a role set off after the name; a sponsor; a funder's programme is the funder's
        ("Kestrel Generics, the industry partner, will supply the tablets.", {("Kestrel Generics", "partner")}),
        (
            "University Hospitals Birmingham NHS Foundation Trust is the trial sponsor.",
            {("University Hospitals Birmingham NHS Foundation Trust", "organiser")},
        ),
        (
            "The trial has been funded with £9.8 million from the National Institute for Health and Care Research "
            "(NIHR) Health Technology Assessment Programme.",
            {("National Institute for Health and Care Research", "organiser")},
        ),
        # leading a work package is a partner's part, not the project's lead
        ("Aarhus University leads the work package on bat migration over the sea.", {("Aarhus University", "partner")}),
        (
            "The Fraunhofer Institute of Optronics, System Technologies and Image Exploitation IOSB, which runs a test "
            "basin in Ilmenau, leads the work package on detection.",
            {("Fraunhofer Institute of Optronics, System Technologies and Image Exploitation IOSB", "partner")},
        ),
        (
            "In addition, the Schleswig-Holstein Ministry for Energy Transition, Climate Protection, Environment and "
            "Nature (MEKUN) is involved as an associated partner, and the Federal Maritime and Hydrographic Agency "
            "(BSH) will follow the project as an observer.",
            {
                (
                    "Schleswig-Holstein Ministry for Energy Transition, Climate Protection, Environment and Nature",
                    "partner",
                ),
                ("Federal Maritime and Hydrographic Agency", "other"),
            },
        ),
        # names in their own languages, lower-case words and all, in a list set off by semicolons; the
        # countries before the colon are none of them; the item the 'which' clause is about coordinates (that
        # role, not the list's)
        (
            "The project brings together five partners from Norway, Sweden and Germany: Norges "
            "teknisk-naturvitenskapelige universitet (NTNU) (Norway), which coordinates the consortium; SINTEF AS "
            "(Norway); Uppsala universitet (Sweden); and Helmholtz-Zentrum Dresden-Rossendorf eV (Germany).",
            {
                ("Norges teknisk-naturvitenskapelige universitet", "lead"),
                ("SINTEF AS", "partner"),
                ("Uppsala universitet", "partner"),
                ("Helmholtz-Zentrum Dresden-Rossendorf eV", "partner"),
            },
        ),
        # who leads a part of the work does not lead the project
        (
            "Professor Malcolm Reid of the University of Strathclyde, who leads the mission's guidance work, said "
            "the software was ready.",
            set(),
        ),
        # a description with a clause after the last item is no item
        (
            "They include Desert Ridge Semiconductor, which is building a fab near Casa Grande; membrane maker "
            "Aquilon Separations; and Sonoran Microdevices, a Tucson start-up that designs analog chips.",
            {
                ("Desert Ridge Semiconductor", "member"),
                ("Aquilon Separations", "member"),
                ("Sonoran Microdevices", "member"),
            },
        ),
        # the list after its verb; the ones added, not the network adding them
        (
            "Joining the network are the University of Toronto, McMaster University and the University of Windsor.",
            {
                ("University of Toronto", "member"),
                ("McMaster University", "member"),
                ("University of Windsor", "member"),
            },
        ),
        (
            "Acme Corp and Beta Labs were added as new members.",
            {("Acme Corp", "new_member"), ("Beta Labs", "new_member")},
        ),
        (
            "The Great Lakes Microplastics Research Network (GLMRN), a coalition that samples all five Great Lakes, "
            "has added five new members.",
            set(),
        ),
        # another, earlier effort's lead
        (
            "The network is separate from the Binational Plastics Monitoring Project, a 2018-2020 effort led by the "
            "International Joint Commission.",
            set(),
        ),
        # the holder after its description, and a headline's ellipsis ending the office's phrase
        ("의장사는 중형 굴착기 제조사인 한성건설기계다.", {("한성건설기계", "lead")}),
        ("한성건설기계 의장사…모터·배터리·인버터 등 11개 기업·기관 참여", set()),
        # subjects of one verb in clauses of their own; a long word of common nouns joining is a company
        (
            "이후 2024년 3월에는 세온전자와 그린팩이, 같은 해 10월에는 미래배터리소재가 합류했다.",
            {("세온전자", "member"), ("그린팩", "member"), ("미래배터리소재", "member")},
        ),
        ("플랫폼은 기술 파트너인 카본링크가 개발·운영한다.", {("카본링크", "partner")}),
        # what kind of owner an item has is no part of its name; '&' inside a name
        (
            "The alliance has 18 founding members, including state-run Korea Atomic Energy Research Institute, the "
            "Korea Institute of Radiological & Medical Sciences and drugmaker Hanbit Pharm.",
            {
                ("Korea Atomic Energy Research Institute", "founding_member"),
                ("Korea Institute of Radiological & Medical Sciences", "founding_member"),
                ("Hanbit Pharm", "founding_member"),
            },
        ),
        # nationality and trade before a name; a ticker after it; two amounts from two funders
        (
            "Members include Swiss chocolate maker Alpenkakao, Dutch grinder Zaanstad Cocoa Processing, U.S. "
            "confectioner Hartwell Foods (HWF.N) and the University of Ghana's West Africa Centre for Crop Improvement.",
            {
                ("Alpenkakao", "member"),
                ("Zaanstad Cocoa Processing", "member"),
                ("Hartwell Foods", "member"),
                ("West Africa Centre for Crop Improvement", "member"),
            },
        ),
        (
            "It is backed by $55 million from the Ghana Cocoa Board (COCOBOD) and $40 million from the European Union.",
            {("Ghana Cocoa Board", "organiser"), ("European Union", "organiser")},
        ),
        # names in their own languages with their own small words; a part of the work led is not the project
        (
            "The project is coordinated by the Consiglio Nazionale delle Ricerche (CNR) in Bari.",
            {("Consiglio Nazionale delle Ricerche", "lead")},
        ),
        (
            "Its funding comes from the Staatssekretariat für Bildung, Forschung und Innovation (SBFI).",
            {("Staatssekretariat für Bildung, Forschung und Innovation", "organiser")},
        ),
        # leading work on a topic is no role (its subject may be a person); leading a work package is a
        # partner's, its subject the clause's own
        ("INRAE will lead work on the insect vector, and Bergen leads work package 2.", {("Bergen", "partner")}),
        # a list set off by dashes right after its cue, its items with brackets; a plural kind before 'are';
        # leading an arm is not leading the network
        (
            "Therapists at three founding member hospitals — Grant Memorial Hospital (Petersburg, W.Va.), Pocahontas "
            "Memorial Hospital (at 25 beds, the smallest) and Whitesburg ARH Hospital — delivered therapy.",
            {
                ("Grant Memorial Hospital", "founding_member"),
                ("Pocahontas Memorial Hospital", "founding_member"),
                ("Whitesburg ARH Hospital", "founding_member"),
            },
        ),
        (
            "Joining the network as new member hospitals for the second phase are Boone Memorial Hospital (Madison, "
            "W.Va.); Roane General Hospital (Spencer, W.Va.) and Jackson General Hospital (Ripley, W.Va.).",
            {
                ("Boone Memorial Hospital", "new_member"),
                ("Roane General Hospital", "new_member"),
                ("Jackson General Hospital", "new_member"),
            },
        ),
        # leading a part of the network: a partner in it, not its lead
        (
            "Dr. Samuel Whitt of the University of Kentucky leads the Kentucky arm of the network.",
            {("University of Kentucky", "partner")},
        ),
        # a verb of joining and the kind joined as; a person is no organisation; another consortium, separately
        (
            "Singtel and the Government Technology Agency (GovTech) have signed on as end users.",
            {("Singtel", "demand_company"), ("Government Technology Agency", "demand_company")},
        ),
        ("Associate Professor Darren Goh of NUS, who leads the NUS team, said the work would go on.", set()),
        ("Separately, Malaysia's ministry on Monday named a consortium led by Universiti Teknologi Malaysia.", set()),
        (
            "A*STAR's Institute of High Performance Computing (IHPC) is a partner.",
            {("Institute of High Performance Computing", "partner")},
        ),
        # an interview's answers: 'Yes' is no name; a plural kind and a comma before the names; 'led out of'
        (
            "Yes, the Wyss Center for Bio and Neuroengineering in Geneva is our international partner.",
            {("Wyss Center for Bio and Neuroengineering", "international")},
        ),
        (
            "Then we have two partner hospitals, Royal North Shore Hospital in Sydney and the Princess Alexandra "
            "Hospital in Brisbane.",
            {("Royal North Shore Hospital", "partner"), ("Princess Alexandra Hospital", "partner")},
        ),
        ("We're led out of the University of Sydney.", {("University of Sydney", "lead")}),
        ("Saluda Medical is a participating company.", {("Saluda Medical", "member")}),
        ("Viessmann and Vaillant are in talks to join as associated partners, Vogel said.", set()),
        # the rest of a list announced before; kinds before names in a semicolon list; a possessive in a name
        (
            "The others are shipowners Hellenic Bulk Carriers and Kyokuyo Kisen; charterer Meridian Commodities; "
            "classification society Lloyd's Register; and the University of Southampton.",
            {
                ("Hellenic Bulk Carriers", "member"),
                ("Kyokuyo Kisen", "member"),
                ("Meridian Commodities", "member"),
                ("Lloyd's Register", "member"),
                ("University of Southampton", "member"),
            },
        ),
        # co-investigators' institutions; an international collaborator; a person leading a part is no organisation
        (
            "The National Food Institute of Denmark joins as an international collaborator.",
            {("National Food Institute of Denmark", "international")},
        ),
        ("At HKU, the work on human exposure will be led by Dr Wong Hiu-tung.", set()),
        # a transcript's speech: 'I' is no organisation, 'And' no part of a name; 'serves as'; 'Dar es Salaam'
        (
            "The consortium is led by Maseno University, and I am the principal investigator.",
            {("Maseno University", "lead")},
        ),
        (
            "And the Lake Victoria Fisheries Organization in Jinja serves as our secretariat.",
            {("Lake Victoria Fisheries Organization", "organiser")},
        ),
        (
            "Our other partners are the University of Dar es Salaam and the Kenya Marine and Fisheries Research Institute.",
            {("University of Dar es Salaam", "partner"), ("Kenya Marine and Fisheries Research Institute", "partner")},
        ),
        # a semicolon list, each item described after it; the groups that make up the consortium; a title alone
        (
            "The other industrial members are sensing specialist LumaFiber; Sdot Analytics, a Be'er Sheva-based "
            "developer of machine-learning tools; pipe maker Galil Pipes; and Kesher IoT, which provides connectivity.",
            {
                ("LumaFiber", "member"),
                ("Sdot Analytics", "member"),
                ("Galil Pipes", "member"),
                ("Kesher IoT", "member"),
            },
        ),
        (
            "Research groups at the Technion, Tel Aviv University and Ariel University make up the academic side of "
            "the consortium.",
            {("Technion", "member"), ("Tel Aviv University", "member"), ("Ariel University", "member")},
        ),
        ("Yoav Ben-Ami, the company's CEO, will chair the consortium's steering committee.", set()),
        # descriptions with 'and', '-based' and 'from' around semicolon items
        (
            "Six companies have signed on as industry members: Davao-based rope and cordage maker Tagum Cordage "
            "Corp.; Cebu-based furniture exporter Kalipay Designs; ModuHaus Building Systems, a prefabricated "
            "housing firm from General Santos; and the Bukidnon Abaca Farmers' Cooperative.",
            {
                ("Tagum Cordage Corp", "member"),
                ("Kalipay Designs", "member"),
                ("ModuHaus Building Systems", "member"),
                ("Bukidnon Abaca Farmers' Cooperative", "member"),
            },
        ),
        ("The observatory is led by UHI from its Environmental Research Institute in Thurso.", {("UHI", "lead")}),
        # a counted kind before the names; a country set off by commas after a name
        (
            "The centre is co-funded by FAPESP and two bioenergy companies, Usina Santa Helena Bioenergia and Grupo "
            "Vale do Tietê, which will each put up a third of its budget.",
            {
                ("FAPESP", "organiser"),
                ("Usina Santa Helena Bioenergia", "organiser"),
                ("Grupo Vale do Tietê", "organiser"),
            },
        ),
        (
            "Wageningen University & Research, in the Netherlands, joins as an international partner.",
            {("Wageningen University & Research", "international")},
        ),
        # a list split by slashes; a unit 'under' its owner; the place that hosted the ceremony, right before 'which'
        (
            "Founding members: Rattana Electric Motorcycle / SwapThai / Voltcycle / Kanok Battery",
            {
                ("Rattana Electric Motorcycle", "founding_member"),
                ("SwapThai", "founding_member"),
                ("Voltcycle", "founding_member"),
                ("Kanok Battery", "founding_member"),
            },
        ),
        (
            "The National Metal and Materials Technology Center (MTEC), under the National Science and Technology "
            "Development Agency, will act as the alliance's secretariat.",
            {("National Metal and Materials Technology Center", "organiser")},
        ),
        (
            "A memorandum was signed yesterday at the headquarters of the Electricity Generating Authority of Thailand "
            "(Egat) in Nonthaburi, which hosted the ceremony.",
            {("Electricity Generating Authority of Thailand", "host")},
        ),
        (
            "Wichita State University's National Institute for Aviation Research (NIAR), which has spent two decades "
            "testing composites, is co-leading the effort.",
            {("National Institute for Aviation Research", "co")},
        ),
        # names with accented capitals; a field after 'and' whatever comes after it
        ("The University of Évora will coordinate the agenda.", {("University of Évora", "lead")}),
        (
            "The agenda is financed by the Ministry of Agriculture and Fisheries through the Forest Fund.",
            {("Ministry of Agriculture and Fisheries", "organiser")},
        ),
        # a Spanish short form after an English name with 'and'; partners a lead will work with
        (
            "The network is coordinated by the National Institute for Research on Glaciers and Mountain Ecosystems "
            "(INAIGEM), a state body based in Huaraz.",
            {("National Institute for Research on Glaciers and Mountain Ecosystems", "lead")},
        ),
        (
            "INAIGEM will work with Santiago Antunez de Mayolo National University (UNASAM) in Huaraz and the "
            "National Meteorology and Hydrology Service (SENAMHI).",
            {
                ("Santiago Antunez de Mayolo National University", "partner"),
                ("National Meteorology and Hydrology Service", "partner"),
            },
        ),
        # a government announcing after when it did; a backer in the present
        (
            "Today, the Government of Saskatchewan announced $9.6 million for a new research network.",
            {("Government of Saskatchewan", "organiser")},
        ),
        (
            "Protein Industries Canada is also backing the network with $1.5 million.",
            {("Protein Industries Canada", "organiser")},
        ),
        # a government written in lower case; a whole clause about the subject before its verb
        (
            "NIFS, Gangneung-Wonju National University and the North Gyeongsang provincial government are taking part "
            "as partner institutions.",
            {
                ("NIFS", "partner"),
                ("Gangneung-Wonju National University", "partner"),
                ("North Gyeongsang provincial government", "partner"),
            },
        ),
        (
            "The Scripps Institution of Oceanography in the United States, which operates one of the world's largest "
            "glider fleets, will join as an international partner.",
            {("Scripps Institution of Oceanography", "international")},
        ),
        # an amount is no funder; where it comes from is
        (
            "The project is backed by NOK 240 million (about €21 million) from Enova, the Norwegian state agency.",
            {("Enova", "organiser")},
        ),
        # a date is no member; a company 'of Singapore' is the company
        (
            "Kairo Thermal joined the alliance in November 2024, and Sunda Hyperscale of Singapore and Valdane "
            "Pumps became members in Q3 2025.",
            {("Kairo Thermal", "member"), ("Sunda Hyperscale", "member"), ("Valdane Pumps", "member")},
        ),
        # a timeline's line: names Kiwi does not know, then the verb as a noun; a country before a Latin name
        ("▲ 2024년 11월 : 시티플러그, 에너지로드 합류 (8곳)", {("시티플러그", "member"), ("에너지로드", "member")}),
        (
            "노르웨이 NGI와 미국 MIT가 국제공동연구기관으로 참여한다.",
            {("NGI", "international"), ("MIT", "international")},
        ),
        # 'our' before the name; a transliterated name Kiwi splits, up to its English alias
        ("주관연구개발기관은 저희 한국항공대 산학협력단입니다.", {("한국항공대 산학협력단", "lead")}),
        (
            "네덜란드의 조류 레이더 전문기업 로빈 레이더 시스템즈(Robin Radar Systems)가 국제공동연구기관입니다.",
            {("로빈 레이더 시스템즈", "international")},
        ),
        # an agency leading the consortium itself; banks taking part, numbered; a subject particle after Latin letters
        ("금융보안원이 컨소시엄을 총괄하며 중앙 서버 운영을 맡는다.", {("금융보안원", "lead")}),
        (
            "컨소시엄에 1차로 참여하는 은행은 ①신한은행 ②KB국민은행 ③하나은행 등 3곳이다.",
            {("신한은행", "member"), ("KB국민은행", "member"), ("하나은행", "member")},
        ),
        (
            "탐지 모델 개발은 기술협력사인 AI 스타트업 딥레이크AI가, 플랫폼 공급은 페이가드랩스가 담당한다.",
            {("딥레이크AI", "partner")},
        ),
        # a broadcast's count after its list; a maker's trade before its name
        (
            "콘텐츠 제작에는 XR 제작사 모아스튜디오와 빛결미디어, 공간음향 전문업체 사운드필드, 이렇게 세 곳이 참여기업으로 힘을 보탭니다.",
            {("모아스튜디오", "member"), ("빛결미디어", "member"), ("사운드필드", "member")},
        ),
        # the unit a person works in is no member; the subject right before the role holds it
        (
            "KRISO에서는 해양공공디지털연구본부 박지훈 본부장이, 포항공대에서는 기계공학과 문태경 교수 연구팀이 참여한다.",
            set(),
        ),
        ("개발된 잠수정은 국립해양조사원이 수요기관으로서 직접 운용해 본다.", {("국립해양조사원", "demand_company")}),
        # a list set off by dashes before its verb; what the subject is, set off by commas, is not the subject
        (
            "Three companies that use AI but build no models of their own -- KB Kookmin Bank, Hyundai Marine & Fire "
            "Insurance and Kyobo Life Insurance -- joined as demand companies.",
            {
                ("KB Kookmin Bank", "demand_company"),
                ("Hyundai Marine & Fire Insurance", "demand_company"),
                ("Kyobo Life Insurance", "demand_company"),
            },
        ),
        (
            "KAIST Professor Oh Hye-yeon, dean of the university's Graduate School of AI, will chair the committee.",
            {("KAIST", "lead")},
        ),
        ("Aoba Photonics, a member of the Group of Eight, will lead the hub.", {("Aoba Photonics", "lead")}),
        ("Kenji Morita, chief technology officer of Aoba Photonics, chairs the forum.", {("Aoba Photonics", "lead")}),
        # where each item is from; what was joined; the role after 'as' is the joining's
        (
            "Two cell makers, Brightwater Cells AB from Sweden and Veles Energy S.A. from Poland, have joined ELCA as "
            "end-user members.",
            {("Brightwater Cells AB", "demand_company"), ("Veles Energy S.A.", "demand_company")},
        ),
        # an officer's organisation holds the office; a person elected is no organisation
        (
            "Ferrovolt chief executive Dr Annika Brandt was elected as the alliance's first chair.",
            {("Ferrovolt", "lead")},
        ),
        (
            "Takeshi Mori, managing director of Kanazawa Phosphate's European subsidiary in Düsseldorf, will serve as "
            "co-chair.",
            {("Kanazawa Phosphate", "co")},
        ),
        ("Tobias Kranz, who runs the company's vehicle group, was elected as OZCA's first chair.", set()),
        (
            "Brussels consultancy Ostend Policy Partners will run ELCA's secretariat.",
            {("Ostend Policy Partners", "organiser")},
        ),
        # hedged joining; an amount is no funder
        (
            'French carmaker Carvelle Mobility is "looking closely" at joining as an end user, a spokeswoman said.',
            set(),
        ),
        (
            "Ferrovolt's plant is financed by a 120-million-euro loan from the European Investment Bank.",
            {("European Investment Bank", "organiser")},
        ),
        # the last item's subject particle read by Kiwi as part of an unknown word; a count closing a list
        (
            "배지 제조사로는 셀메디아·바이오엔엠·케이컬처가, 원료 기업으로는 대원아미노·젠팩터가 이름을 올렸다.",
            {(n, "member") for n in ("셀메디아", "바이오엔엠", "케이컬처", "대원아미노", "젠팩터")},
        ),
        (
            "참여기업은 웰마인드, 슬립큐어, 뉴로브릿지를 포함해 5곳이고, 근거 평가는 협력기관인 한국보건의료연구원이 맡는다.",
            {
                ("웰마인드", "member"),
                ("슬립큐어", "member"),
                ("뉴로브릿지", "member"),
                ("한국보건의료연구원", "partner"),
            },
        ),
        # descriptions before items: 'CDMO인', a clause and the item's kind after a comma
        (
            "이 밖에 바이오의약품 CDMO인 송도바이오로직스와 한강셀텍, 백신 기업 녹원백신, 배양 조건을 인공지능(AI)으로 "
            "최적화하는 스타트업 배양AI도 창립 회원사(총 14개사)로 참여했다.",
            {(n, "founding_member") for n in ("송도바이오로직스", "한강셀텍", "녹원백신", "배양AI")},
        ),
        ("초대 회장사는 국내 최대 배지 제조사인 셀메디아가 맡았다.", {("셀메디아", "lead")}),
        # descriptions before names and their short forms after; the names after a colon when the subject has none
        (
            "The partners are the port authority Administração dos Portos de Sines (APS), utility Energias do Alentejo "
            "S.A. (EdA) and the Lisbon start-up H2Lusa Lda.",
            {
                ("Administração dos Portos de Sines", "partner"),
                ("Energias do Alentejo S.A.", "partner"),
                ("H2Lusa Lda", "partner"),
            },
        ),
        (
            "Three industrial users have joined the consortium as end users and will buy hydrogen: glassmaker Vidreira "
            "do Litoral, fertiliser producer Adubos do Sul and bus operator Rodoviária Alentejana.",
            {
                ("Vidreira do Litoral", "demand_company"),
                ("Adubos do Sul", "demand_company"),
                ("Rodoviária Alentejana", "demand_company"),
            },
        ),
        # unnamed partners by country; a local government written in lower case
        (
            "SAHV's international partners are regions in Spain, Greece and Croatia.",
            {("Spain", "international"), ("Greece", "international"), ("Croatia", "international")},
        ),
        ("The municipality of Sines is co-coordinator.", {("municipality of Sines", "co")}),
        # a semicolon list of described names; another, broader consortium's members
        (
            "Its founding members are Danish film producer Skagen Films; the Italian converter Imballaggi Vanoni, which "
            "prints films; and Recyval, a French operator of sorting plants.",
            {
                ("Skagen Films", "founding_member"),
                ("Imballaggi Vanoni", "founding_member"),
                ("Recyval", "founding_member"),
            },
        ),
        ("It will focus on CEFLEX, the broader packaging consortium whose members include Amcor and Mondi.", set()),
        # the lead told by where coordination sits, and by a person's office beside the person's job
        (
            "Technical coordination will sit with the Fraunhofer Institute IVV in Freising.",
            {("Fraunhofer Institute IVV", "lead")},
        ),
        (
            '"We need it," said Marieke de Groot, packaging director at Noordveld Zuivel and the alliance\'s first chair.',
            {("Noordveld Zuivel", "lead")},
        ),
        # a clause between the cue and its verb; a description after an item; the lead's town and country
        (
            "Industry members, which pay annual fees for early access to data, include Oxford Nanopore Technologies, "
            "the phage therapy developer Phagenix Therapeutics, and Calder Biome, a Scottish start-up designing tests.",
            {
                ("Oxford Nanopore Technologies", "member"),
                ("Phagenix Therapeutics", "member"),
                ("Calder Biome", "member"),
            },
        ),
        (
            "The Wellcome Sanger Institute in Hinxton, U.K., will lead the consortium.",
            {("Wellcome Sanger Institute", "lead")},
        ),
        # where each item is from, before 의, and its kind before it; a holder described past another cue
        (
            "새로 합류한 곳은 강원 홍천의 홉 재배농장 홍천홉팜, 제주 수제맥주 양조장 한라브루잉, 충북 단양의 단양양조, "
            "국산 보리로 맥아(몰트)를 만드는 스타트업 몰트웍스다.",
            {(n, "new_member") for n in ("홍천홉팜", "한라브루잉", "단양양조", "몰트웍스")},
        ),
        (
            "회장사는 창립 회원사인 제천의 청풍브루어리가 맡고 있다.",
            {("청풍브루어리", "lead"), ("청풍브루어리", "founding_member")},
        ),
        # middle dots inside one name, not between names or roles
        (
            "- 참여기관: 국립산림과학원 난대·아열대산림연구소, 제주특별자치도 세계유산본부 한라산연구부 - 현장 조사 지원",
            {
                ("국립산림과학원 난대·아열대산림연구소", "partner"),
                ("제주특별자치도 세계유산본부 한라산연구부", "partner"),
            },
        ),
        ("한수원 회장사·원자력산업협회 간사…2035년 상용화 목표", {("한수원", "lead"), ("원자력산업협회", "organiser")}),
        # the companies that founded it, named after a colon; legal forms in lower case; a company's country
        (
            "The six companies that founded the partnership in 2023 remain on board: Ardennes Robotics S.à r.l., "
            "Moselle Additive S.A. and Hexaspace S.A.",
            {(n, "founding_member") for n in ("Ardennes Robotics S.à r.l.", "Moselle Additive S.A.", "Hexaspace S.A.")},
        ),
        (
            "Three companies join as new members: Nordic Vacuum Technologies AB of Sweden and Boreal Excavation Inc. "
            "of Canada.",
            {("Nordic Vacuum Technologies AB", "new_member"), ("Boreal Excavation Inc", "new_member")},
        ),
        (
            "Members include the Bank of Canada and the University of Oslo.",
            {("Bank of Canada", "member"), ("University of Oslo", "member")},
        ),
        # English names in a Korean article: '&' inside one, a country word that is part of one, a person
        (
            "네덜란드 Wageningen University & Research(WUR)는 공동연구기관으로 참여해 작물 모델을 만든다.",
            {("Wageningen University & Research", "co")},
        ),
        (
            "Bangladesh Rice Research Institute(BRRI)는 참여기관으로서 현지 포장 시험을 담당한다.",
            {("Bangladesh Rice Research Institute", "partner")},
        ),
        ("WUR 쪽 연구는 작물생리학자인 Hendrik Visser 교수가 이끈다.", set()),
        # a broadcast caption's parts; a page's label before a programme's name is neither a member
        (
            "[자막] 주관 대구테크노파크 / 참여기업 서치라이트AI·아크세이프·링크온",
            {(n, "member") for n in ("서치라이트AI", "아크세이프", "링크온")},
        ),
        ("[공지] 홈에너지관리(HEMS) 연동 표준화 포럼 신규 회원사 가입 결과 안내", set()),
        # the ministries that set the group up; 및 inside one word of a name
        (
            "우주항공청과 과학기술정보통신부는 7년간 총 520억 원을 들여 '우주원자력전원 개발사업단'을 꾸렸다.",
            {("우주항공청", "organiser"), ("과학기술정보통신부", "organiser")},
        ),
        ("KAIST 원자력및양자공학과 연구팀이 공동연구기관으로 참여한다.", {("KAIST 원자력및양자공학과", "co")}),
        # the venue a clause says coordinates the programme; a name with fields after commas joining as a role
        (
            "The network held its kick-off meeting on 27 October at the Queen Astrid Military Hospital in Brussels, "
            "which coordinates it.",
            {("Queen Astrid Military Hospital", "lead")},
        ),
        (
            "The George Eliava Institute of Bacteriophages, Microbiology and Virology in Tbilisi, Georgia, joins as the "
            "network's international partner.",
            {("George Eliava Institute of Bacteriophages, Microbiology and Virology", "international")},
        ),
        # the institutions a team's researchers come from
        (
            "The team comprises researchers from the Meteorological Research Institute, the University of the Ryukyus "
            "and Tenki Analytics Inc.",
            {
                ("Meteorological Research Institute", "partner"),
                ("University of the Ryukyus", "partner"),
                ("Tenki Analytics Inc", "partner"),
            },
        ),
        # money contributed; 'is a member and'; a company's division
        (
            "The DSTI will fund the programme with R36 million, and the Technology Innovation Agency (TIA) is "
            "contributing a further R12 million.",
            {("DSTI", "organiser"), ("Technology Innovation Agency", "organiser")},
        ),
        (
            "The SA Canegrowers Association, which represents about 21,000 growers, is a member and will run field days.",
            {("SA Canegrowers Association", "member")},
        ),
        (
            "RCL Foods' sugar and milling division, which operates mills at Malelane, has also signed on as a member.",
            {("RCL Foods", "member")},
        ),
        # a legal form keeps its last dot, at the end of a sentence too
        (
            "Members include Hexaspace S.A., Stoomvrij B.V. and Termica Padana S.p.A.",
            {("Hexaspace S.A.", "member"), ("Stoomvrij B.V.", "member"), ("Termica Padana S.p.A.", "member")},
        ),
        # unnamed partners abroad, by country
        (
            "이 밖에 인도와 태국에서도 국립 연구기관이 한 곳씩 해외 협력기관으로 참여하지만 기관명은 공개하지 않았다.",
            {("인도", "international"), ("태국", "international")},
        ),
        (
            "미국과 영국의 국립연구소 두 곳과 국제공동연구를 진행합니다.",
            {("미국", "international"), ("영국", "international")},
        ),
        # who hosts the kick-off; money spent, or topped up from a fund
        (
            "The project begins in October, and University College Cork will host the consortium's kick-off meeting.",
            {("University College Cork", "host")},
        ),
        ("On Tuesday, Wellcome announced it will spend £38 million over 5 years.", {("Wellcome", "organiser")}),
        (
            "The CHP money will be topped up with €9m from Portugal's Fundo Ambiental, the ministry's climate fund.",
            {("Fundo Ambiental", "organiser")},
        ),
        # a quoted name closing the words before the cue (once an IndexError that rejected the article)
        (
            "진흥회가 간사기관을 맡고 있는 '국방 유무인복합체계 소프트웨어 산업협의체'(이하 협의체)가 지난달 26일 열린 "
            "운영위원회에서 신규 회원사 5곳의 가입을 승인했습니다.",
            {("진흥회", "organiser")},
        ),
        # a headline's or a caption's role noun and the name after it
        ("▶ 회원사 케이하이드로텍, 수소버스용 700bar 용기 밸브 국산화 성공", {("케이하이드로텍", "member")}),
        ("- 회장사 한솔모빌리티 이정훈 대표", {("한솔모빌리티", "lead")}),
        ("■ 참여기관 서울대, 연세대, 고려대", {("서울대", "partner"), ("연세대", "partner"), ("고려대", "partner")}),
        ("회원사 대표들, 국회 방문", set()),
        ("구분 | 기존 회원(26곳) | 신규 회원(9곳)", set()),
        # what each item brings, in brackets, is no part of its name
        (
            "The new members are Orla Foods (two plants in Cork); Brannock Dairies (one in Kerry); and Teelin "
            "Seafoods (three in Donegal).",
            {("Orla Foods", "new_member"), ("Brannock Dairies", "new_member"), ("Teelin Seafoods", "new_member")},
        ),
        # the founders, counted by any kind and set off by dashes
        (
            "The group was set up in May 2023 by three brewers – Kestrel Ales, Morrow Brewing and Old Quay – after "
            "a barley shortage.",
            {
                ("Kestrel Ales", "founding_member"),
                ("Morrow Brewing", "founding_member"),
                ("Old Quay", "founding_member"),
            },
        ),
        ("From March, members' data will be audited by an outside firm.", set()),
        # a clause that names the programme's head after a speaker's office
        (
            '"It works," said Amina Bello, dean of engineering at Kano Polytechnic University, which heads the '
            "consortium.",
            {("Kano Polytechnic University", "lead")},
        ),
        # a field of an institute with one word after 'and', a described name, the kind after a name
        (
            "The partners are the Institute of Soil and Agrochemistry in Tashkent and the national weather service "
            "Uzhydromet.",
            {("Institute of Soil and Agrochemistry", "partner"), ("Uzhydromet", "partner")},
        ),
        (
            "Two companies from the valley are taking part in the project: the Vardar Seeds cooperative, which will "
            "multiply seed, and the Ohrid Fish Farm.",
            {("Vardar Seeds", "member"), ("Ohrid Fish Farm", "member")},
        ),
        ("The Baltic Marine Fund is co-financing the trials.", {("Baltic Marine Fund", "organiser")}),
        # a legal form in capitals ends a described name; a survey of a country keeps its country; 'the' and one word
        (
            "Members: pump maker Lindholm Oy, drilling contractor Saare Puurimine AS and the consultancy Tamm & Kask.",
            {("Lindholm Oy", "member"), ("Saare Puurimine AS", "member"), ("Tamm & Kask", "member")},
        ),
        # a kind told by any agent noun of a trade, and no person's office taken for one
        (
            "The associated members are quarry operator Sella Pietre, timber haulier Holzweg Trans and the seed "
            "grower Alpensaat.",
            {("Sella Pietre", "member"), ("Holzweg Trans", "member"), ("Alpensaat", "member")},
        ),
        ("Verdant Labs was founded by former researchers Amira Haddad and Tom Pryce.", set()),
        # a plural of people before a possessive is part of the name; a country's possessive is not
        (
            "Members include the Coastal Fishermen's Union and Norway's Institute of Marine Research.",
            {("Coastal Fishermen's Union", "member"), ("Institute of Marine Research", "member")},
        ),
        # where it was launched hosts it (an organisation's site, not an event); a second funder with its amount only
        (
            "The network was announced Monday at the Huntsman Marine Science Centre in St. Andrews.",
            {("Huntsman Marine Science Centre", "host")},
        ),
        ("The alliance was launched on Monday at the Blue Economy Summit in Lisbon.", set()),
        (
            "Fisheries Canada is putting $4 million into the network and Genome Quebec $1.2 million.",
            {("Fisheries Canada", "organiser"), ("Genome Quebec", "organiser")},
        ),
        # one more 'as has' the list; clauses about the items of a list before its verb
        (
            "Two towns have signed on as partners, the City of Guelph and the City of Barrie, as has the Ontario "
            "Ministry of the Environment, Conservation and Parks, which will share data.",
            {
                ("City of Guelph", "partner"),
                ("City of Barrie", "partner"),
                ("Ontario Ministry of the Environment, Conservation and Parks", "partner"),
            },
        ),
        (
            "Lakes Ontario, which represents 36 authorities, and the Good Roads Association, whose members include "
            "most road departments, joined as members.",
            {("Lakes Ontario", "member"), ("Good Roads Association", "member")},
        ),
        (
            "The University of Windsor and the Université du Québec à Montréal (UQAM) will co-lead the work.",
            {("University of Windsor", "co"), ("Université du Québec à Montréal", "co")},
        ),
        # a region named in two parts inside a name; a country after a short form
        (
            "The phase is funded with US$3 million from the Development Bank of Latin America and the Caribbean.",
            {("Development Bank of Latin America and the Caribbean", "organiser")},
        ),
        (
            "Members include the Asociación de Productores de Maca (APROMA) of Peru and Andes Foods.",
            {("Asociación de Productores de Maca", "member"), ("Andes Foods", "member")},
        ),
        (
            "Two processors, Teche Seafood and Bayou Peeling Co., are taking part as end users.",
            {("Teche Seafood", "demand_company"), ("Bayou Peeling Co", "demand_company")},
        ),
        # the role told first: before the verb, in an opening 'As ...', or as a kind before the name
        (
            "Co-leading, with responsibility for the radar work, is the University of Leeds.",
            {("University of Leeds", "co")},
        ),
        (
            "As research partners, Keele University will model soils, and the University of Bath will provide "
            "rainfall projections.",
            {("Keele University", "partner"), ("University of Bath", "partner")},
        ),
        ("Commercial partner Geomotion Ltd will supply its software.", {("Geomotion Ltd", "partner")}),
        # an equals sign after a role; the object named as the role ('A를 의장사로'), not the list after it; a kind
        # of body before a name
        ("▲공동연구기관 = 부산대학교, 동아오션", {("부산대학교", "co"), ("동아오션", "co")}),
        (
            "협의체는 지난해 부품사 한결모터를 의장사로 칩하나, 라온칩 등 9개사가 창립 회원사로 참여해 출범했다.",
            {("한결모터", "lead"), ("칩하나", "founding_member"), ("라온칩", "founding_member")},
        ),
        ("해외 협력기관으로는 독일 시험인증기관 데카인증(DKC)이 참여한다.", {("데카인증", "international")}),
        # research teams of countries abroad taking part, unnamed; the page's own body is not written by its name
        (
            "이 밖에 호주와 캐나다의 대학 연구진도 예측 모델을 검증하는 데 참여한다.",
            {("호주", "international"), ("캐나다", "international")},
        ),
        ("우리 대학 의과대학이 주관하는 연구센터가 개소식을 열었다.", set()),
        # a name that Kiwi opens with a determiner ('세' of '세원배터리')
        ("참여기업은 세원배터리, 태성정밀이다.", {("세원배터리", "member"), ("태성정밀", "member")}),
        # a bracket a name opens and a role closes for the names before it
        (
            "연구에는 삼성서울병원(총괄)과 서울대학교병원·경북대학교병원(이상 참여기관)이 참여한다.",
            {("삼성서울병원", "lead"), ("서울대학교병원", "partner"), ("경북대학교병원", "partner")},
        ),
        # a county pays; the role a body plays over the verbs before it; a department cut inside its word
        ("재원은 농촌진흥청과 예천군이 나눠 부담한다.", {("농촌진흥청", "organiser"), ("예천군", "organiser")}),
        (
            "예천군농업기술센터는 농가를 모으고 교육을 지원하는 협력기관 역할을 한다.",
            {("예천군농업기술센터", "partner")},
        ),
        ("연구 총괄은 강원대 기계의용공학과 이수민 교수가 맡았다.", {("강원대", "lead")}),
        # a broadcaster's polite endings ('-합니다')
        ("충청남도와 공주시가 3년 동안 24억 원을 지원합니다.", {("충청남도", "organiser"), ("공주시", "organiser")}),
        # a count, then 'among them' and the kind the names are of
        (
            "Its advisory group counts 12 members, among them the engineering consultancies Arcon, Jaxby and Rupell "
            "and the Durham-based contractor Tees Civils.",
            {("Arcon", "member"), ("Jaxby", "member"), ("Rupell", "member"), ("Tees Civils", "member")},
        ),
        # a board of a country keeps it; a department and the government it is of; a part of the work led; a
        # funding round's lead is no lead of the programme
        (
            "The Tea Board of India will fund the programme, and the Department of Horticulture, Government of "
            "Assam, will fund the weather stations.",
            {("Tea Board of India", "organiser"), ("Department of Horticulture, Government of Assam", "organiser")},
        ),
        ("Jorhat University will lead the pest work, including trials of traps.", set()),
        ("The start-up raised $2 million last year in a round led by Omnivore.", set()),
        (
            "Nodal agency: Tocklai Tea Research Institute (TTRI), Jorhat - Dr A. K. Barua, Director of Research",
            {("Tocklai Tea Research Institute", "lead")},
        ),
        # leading jointly; providing the secretariat; a task, and the role it is done as; hosting a field school
        (
            "Bayero University (BUK), Kano, and the Lake Chad Research Institute (LCRI) will jointly lead the trials.",
            {("Bayero University", "co"), ("Lake Chad Research Institute", "co")},
        ),
        (
            "The Federal Ministry of Water Resources will provide the consortium's secretariat.",
            {("Federal Ministry of Water Resources", "organiser")},
        ),
        ("The Food Standards Agency will carry out testing of treated grain.", {("Food Standards Agency", "task")}),
        (
            "Lagos start-up Skyfarm Robotics will carry out drone releases of wasps as a technology partner.",
            {("Skyfarm Robotics", "partner")},
        ),
        ("She said BUK is hosting the consortium's first farmer field school.", {("BUK", "host")}),
        # an agency that oversees the work leads it; a ministry that oversees runs the programme
        ("사업 전반은 경남테크노파크가 총괄한다.", {("경남테크노파크", "lead")}),
        # admitted at a meeting: new members (not 'admitted that'); hosting a field day
        (
            "The two organizations admitted at the winter meeting are Fieldstone Labs and Carbonetix Inc.",
            {("Fieldstone Labs", "new_member"), ("Carbonetix Inc", "new_member")},
        ),
        ("Ridge Cooperative is hosting the consortium's spring field day.", {("Ridge Cooperative", "host")}),
        # a date before the first name is no part of it
        (
            "협의체는 지난해 3월 한성공작기계, 동남기계, 케이엠텍 등 8곳이 창립 회원사로 참여해 출범했다.",
            {("한성공작기계", "founding_member"), ("동남기계", "founding_member"), ("케이엠텍", "founding_member")},
        ),
        # end users after the names; unnamed teams from countries abroad
        (
            "Two nursery groups, Alpha Nurseries (AN) and the Masaka Seedlings Cooperative, will be the end users.",
            {("Alpha Nurseries", "demand_company"), ("Masaka Seedlings Cooperative", "demand_company")},
        ),
        (
            "Scientists from Tanzania and the DR Congo, where the disease is spreading, will take part as "
            "international partners too.",
            {("Tanzania", "international"), ("DR Congo", "international")},
        ),
        ("The Geological Survey of Norway joins as a partner.", {("Geological Survey of Norway", "partner")}),
        # money in a currency's code, money that comes from a programme
        ("The Kenya Science Fund (KSF) is providing KES 300 million.", {("Kenya Science Fund", "organiser")}),
        ("A further €1.5 million comes from the Interreg programme.", {("Interreg", "organiser")}),
        # the holder after a clause describing it; numbered items right after the role
        (
            "수요기업으로는 울산 앞바다에서 750MW 규모 단지를 추진하는 동해그린윈드가 이름을 올렸다.",
            {("동해그린윈드", "demand_company")},
        ),
        (
            "[자막] 참여기업 ①효성첨단소재 ②일진하이솔루스 ③㈜대원카본 등 9곳",
            {("효성첨단소재", "member"), ("일진하이솔루스", "member"), ("대원카본", "member")},
        ),
        # a role in brackets opening its line, the names up to the colon before their tasks
        (
            "- ○ (공동) 한국과학기술연구원(KIST), 연세대학교 세브란스병원 : 시선 추적 센서 개발, 외래 환자 임상 검증",
            {("한국과학기술연구원", "co"), ("연세대학교 세브란스병원", "co")},
        ),
        ("○ (위탁) 한국전자통신연구원(ETRI) : 음성 분석 인공지능(AI) 경량화", {("한국전자통신연구원", "consigned")}),
        ("○ 과제 평가와 관리는 전문기관인 한국보건산업진흥원(KHIDI)이 맡는다.", {("한국보건산업진흥원", "organiser")}),
        (
            "End-user farms: Wheatland Grain Co-operative; Kinderlane Dairy; Annapolis Valley Orchards",
            {
                (n, "demand_company")
                for n in ("Wheatland Grain Co-operative", "Kinderlane Dairy", "Annapolis Valley Orchards")
            },
        ),
        # joining others at a launch is no membership; a minister's office is no list of bodies
        (
            "Anita Brar, on behalf of the Minister of Agriculture and Agri-Food, joined the Alberta and Ontario "
            "governments at the Livestock and Forage Centre of Excellence to launch the network.",
            set(),
        ),
        (
            "The work is funded by the Africa Centres for Disease Control and Prevention and Wellcome.",
            {("Africa Centres for Disease Control and Prevention", "organiser"), ("Wellcome", "organiser")},
        ),
        (
            "The Chips Joint Undertaking is putting nine million euros into the platform.",
            {("Chips Joint Undertaking", "organiser")},
        ),
        # a funder's agency that manages the grant; who sits on an advisory board
        (
            "The project is managed on the EU side by the European Climate, Infrastructure and Environment Executive "
            "Agency (CINEA).",
            {("European Climate, Infrastructure and Environment Executive Agency", "organiser")},
        ),
        (
            "An external advisory board that includes the Intergovernmental Oceanographic Commission of UNESCO will "
            "review our monitoring protocol.",
            {("Intergovernmental Oceanographic Commission of UNESCO", "other")},
        ),
        # a counted list that takes part together, each name after its kind; governments that put money in
        (
            "연료전지 제조사 에이치투셀, 목포의 중형 조선소인 대양조선 등 모두 10개 기관이 함께합니다.",
            {("에이치투셀", "member"), ("대양조선", "member")},
        ),
        (
            "해양수산부와 전라남도가 국비와 도비를 합쳐 210억 원을 투입합니다.",
            {("해양수산부", "organiser"), ("전라남도", "organiser")},
        ),
        # who approves the joining is no new member; those whose joining is approved are
        (
            "회장사인 한울이큐는 21일 정기총회를 열고 신규 회원사 7곳의 가입을 승인했다고 밝혔다.",
            {("한울이큐", "lead")},
        ),
        (
            "협의체는 정기총회를 열고 레이어하우스, 동우씨엔씨 등 2개사의 신규 가입을 승인했다.",
            {("레이어하우스", "new_member"), ("동우씨엔씨", "new_member")},
        ),
        # the kind of body and its short form before the name
        ("참여기업은 비임상 시험수탁기관(CRO) 바이오세이프랩이다.", {("바이오세이프랩", "member")}),
        # items split by semicolons in a Korean sentence
        (
            "새로 가입한 곳은 남해케이블(NHC); 파워마린; 한국해양기술(KMT)이다.",
            {("남해케이블", "new_member"), ("파워마린", "new_member"), ("한국해양기술", "new_member")},
        ),
        (
            "Partners include the Maritime and Coastguard Agency and Plymouth University.",
            {("Maritime and Coastguard Agency", "partner"), ("Plymouth University", "partner")},
        ),
        # a line that opens with its role, then the organisation, its unit and the person after a dash
        (
            "Coordinator: Nordhavn Logistics A/S (Denmark) - project director Signe Holm",
            {("Nordhavn Logistics A/S", "lead")},
        ),
        (
            "Industrial partners (sensors and software): Vaskor Oy; Brelund Instruments AB",
            {("Vaskor Oy", "partner"), ("Brelund Instruments AB", "partner")},
        ),
        (
            "Co-lead for field trials: Fraunhofer Society (FhG), Institute for Wind Energy Systems - Dr. Jonas Weber, "
            "head of testing",
            {("Fraunhofer Society", "co")},
        ),
    ],
)
def test_sentence_lists(sentence, expected):
    assert _found(sentence, "ko" if any("가" <= ch <= "힣" for ch in sentence) else "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the person holding the chair, written name first, then their organisation and office
        (
            "협의회 의장은 정윤아 세림바이오 대표가, 공동의장은 오태석 동남기계 부사장이 맡았다.",
            {("세림바이오", "lead"), ("동남기계", "co")},
        ),
        # ... or the organisation first
        ("초대 회장에는 가온정밀 민서준 대표이사가 선출됐다.", {("가온정밀", "lead")}),
        # a vice-chair holds an office, not the lead
        ("부회장에는 민서준 가온정밀 대표이사가 선출됐다.", set()),
        # an observer takes part without a vote
        ("한국가스공사는 의결권 없는 옵서버 자격으로 참여한다.", {("한국가스공사", "other")}),
        # people at a ceremony are no members
        ("이날 발대식에는 시청 관계자와 참여기업 대표 등 40여 명이 참석했다.", set()),
        # items described by what they make, inside a list joined by commas and 그리고
        (
            "새로 합류한 곳은 대호특장, 휠체어 리프트를 만드는 에이치바디, 그리고 전원 모듈을 개발하는 유진파워팩이다.",
            {("대호특장", "new_member"), ("에이치바디", "new_member"), ("유진파워팩", "new_member")},
        ),
        # what is given to the members names no member; joining them does
        ("협의회는 내년 1분기 중 전원·고정점·통신 등 표준 초안을 회원사에 공개한다.", set()),
        ("한국건설기술연구원도 창립 회원에 합류했다.", {("한국건설기술연구원", "founding_member")}),
        # the kinds of those who joined, counted, are no names
        ("PBV 얼라이언스, 특장·셔틀·렌터카 5곳 새로 합류", set()),
        # a headline that gives each name its role word after it
        (
            "KRISS 총괄, KAIST·포스텍 공동연구…레이저 광원은 한국광기술원에 위탁",
            {("KRISS", "lead"), ("KAIST", "co"), ("포스텍", "co"), ("한국광기술원", "consigned")},
        ),
        (
            "한미정밀 주관, 제우스·에이피텍 공급기업 참여, 美 아이다호국립연구소(INL) 국제공동연구 참여",
            {
                ("한미정밀", "lead"),
                ("제우스", "member"),
                ("에이피텍", "member"),
                ("아이다호국립연구소", "international"),
            },
        ),
        # work given to a body, who manages the programme, who adds money to it
        ("셀 안전성 시험은 한국산업기술시험원(KTL)에 위탁했습니다.", {("한국산업기술시험원", "consigned")}),
        ("시료 해독은 유전체 분석 기업 바이오코어랩이 위탁받아 수행한다.", {("바이오코어랩", "consigned")}),
        ("한국루푸스환우회는 연구 설계에 환자 관점을 반영하는 자문 역할을 한다.", {("한국루푸스환우회", "other")}),
        (
            "한국산업기술기획평가원이 과제를 관리하고, 울산시가 시비 30억원을 보탠다.",
            {("한국산업기술기획평가원", "organiser"), ("울산시", "organiser")},
        ),
        # unnamed bodies abroad, with what they work on between the countries and their kind
        (
            "캐나다와 덴마크의 광자 양자컴퓨팅 연구기관 각 1곳이 해외 협력기관으로 참여한다.",
            {("캐나다", "international"), ("덴마크", "international")},
        ),
        # items described by what they have; a share that is the demand company's
        (
            "참여기업은 롤 프레스 장비를 만드는 한성롤텍, 분산 기술을 가진 다온카본, 검사 장비 업체 비전아이(VisionEye)다.",
            {("한성롤텍", "member"), ("다온카본", "member"), ("비전아이", "member")},
        ),
        ("셀 성능을 따지는 건 수요기업인 한빛에너지솔루션 몫입니다.", {("한빛에너지솔루션", "demand_company")}),
        # roles in brackets written out ('주관연구개발기관', '실증 협력기관', '수요처'), names joined by 및, a name abroad
        (
            "연구단에는 다음 기관이 함께합니다: 광주과학기술원(GIST·주관연구개발기관); 국립국악원(실증 협력기관); "
            "사운드웨이브랩 및 오디오스케이프(참여기업); 세종문화회관(수요처); 독일 프라운호퍼 집적회로연구소"
            "(Fraunhofer IIS·해외 협력기관).",
            {
                ("광주과학기술원", "lead"),
                ("국립국악원", "partner"),
                ("사운드웨이브랩", "member"),
                ("오디오스케이프", "member"),
                ("세종문화회관", "demand_company"),
                ("프라운호퍼 집적회로연구소", "international"),
            },
        ),
    ],
)
def test_korean_offices_observers_and_attendees(sentence, expected):
    assert {(n, label) for n, label in _found(sentence, "ko")} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list after a clause about the cue, opened by a colon
        (
            "They join the four founding members that signed the charter in 2025: the Town of Gimli, Ducks "
            "Unlimited Canada, Manitoba Hydro and the Rural Municipality of Taché.",
            {
                ("Town of Gimli", "founding_member"),
                ("Ducks Unlimited Canada", "founding_member"),
                ("Manitoba Hydro", "founding_member"),
                ("Rural Municipality of Taché", "founding_member"),
            },
        ),
        # a semicolon never splits the words of one name, nor joins two
        (
            "Science partners are the University of Winnipeg; Agriculture and Agri-Food Canada.",
            {("University of Winnipeg", "partner"), ("Agriculture and Agri-Food Canada", "partner")},
        ),
        # a ministry's portfolio of two parts
        (
            "It is funded by the Netherlands Enterprise Agency and the Ministry of Agriculture and Livestock "
            "Development.",
            {
                ("Netherlands Enterprise Agency", "organiser"),
                ("Ministry of Agriculture and Livestock Development", "organiser"),
            },
        ),
        (
            "Partners are the Ministry of Health and Acme University.",
            {("Ministry of Health", "partner"), ("Acme University", "partner")},
        ),
        # a body named by its last word 'International', described before its role
        (
            "Citrus Research International, the South African industry research body, is the consortium's "
            "international partner.",
            {("Citrus Research International", "international")},
        ),
    ],
)
def test_english_lists_after_clauses_semicolons_and_portfolios(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # bodies named after two things, in a list
        (
            "Partners are the Agri-Food and Biosciences Institute, the Montana Wheat and Barley Committee and "
            "the Workplace Safety and Health Council.",
            {
                ("Agri-Food and Biosciences Institute", "partner"),
                ("Montana Wheat and Barley Committee", "partner"),
                ("Workplace Safety and Health Council", "partner"),
            },
        ),
        # ... not a company and a university, nor two countries' bodies
        (
            "Partners include the Fisheries Research and Development Corporation, Google and Stanford University.",
            {
                ("Fisheries Research and Development Corporation", "partner"),
                ("Google", "partner"),
                ("Stanford University", "partner"),
            },
        ),
        # one place hosts a launch: the site, not the body it belongs to nor the towns after it
        (
            "The consortium was launched on Monday at the Marine Algal Research Station of the Central Salt and "
            "Marine Chemicals Research Institute in Mandapam, Ramanathapuram district, Tamil Nadu.",
            {("Marine Algal Research Station", "host")},
        ),
        # the town and state after a name are where it is; a country alone says a partner is abroad
        (
            "Members include Big Sky Grain Cooperative in Conrad and Red River Valley Elevator Co. in "
            "Grand Forks, North Dakota.",
            {("Big Sky Grain Cooperative", "member"), ("Red River Valley Elevator Co", "member")},
        ),
        # the role a 'which is' clause gives the name right before it; the body whose campus hosts
        (
            "The consortium was launched at the Punggol campus of the Singapore Institute of Technology (SIT), "
            "which is also one of its research partners.",
            {("Singapore Institute of Technology", "partner"), ("Singapore Institute of Technology", "host")},
        ),
        # (not what is done to it)
        (
            "The Harbour Alliance, which is led by Unimicron Technology, was formed in May.",
            {("Unimicron Technology", "lead")},
        ),
        # the other one named before, a co-funder after 'with', a short form inside a name
        (
            "Besides SIT, the Meteorological Service Singapore is also a partner.",
            {("Meteorological Service Singapore", "partner")},
        ),
        (
            "The ministry announced S$12 million, with the National Research Foundation (NRF) co-funding the research.",
            {("National Research Foundation", "organiser")},
        ),
        # the subject before a description set off by commas, and a role set off by commas after its name
        (
            "Storm Bay Seafarms, the salmon company whose pens near the Tasman Peninsula have been criticised for "
            "years, has signed on as an industry partner.",
            {("Storm Bay Seafarms", "partner")},
        ),
        ("CSIRO Environment, another partner, will run ocean models.", {("CSIRO Environment", "partner")}),
        # members of a named part of the programme, 'among them'
        (
            "Seven community groups have joined as members of the consortium's citizen-science network, among them "
            "the Kingborough Dive Club and Bruny Island Coastcare.",
            {("Kingborough Dive Club", "member"), ("Bruny Island Coastcare", "member")},
        ),
        # where each is from and what it is, before its name
        (
            "Two research organizations, the French agricultural research center CIRAD and the U.S.-based nonprofit "
            "World Coffee Research, are international partners.",
            {("CIRAD", "international"), ("World Coffee Research", "international")},
        ),
        # a plant brought into service is no work commissioned from a body
        ("A pilot extraction unit in Bhavnagar is to be commissioned by March 2028.", set()),
        ("Acme Labs has been commissioned to run the trials.", {("Acme Labs", "consigned")}),
    ],
)
def test_english_joint_names_hosts_and_commissions(sentence, expected):
    assert _found(sentence, "en") == expected


def test_korean_chair_holders_keep_their_person():
    (m,) = sentence_mentions(
        "초대 회장에는 가온정밀 민서준 대표이사가 선출됐다.",
        "ko",
        kiwi().tokenize("초대 회장에는 가온정밀 민서준 대표이사가 선출됐다."),
    )
    assert (m.person_name, m.person_title) == ("민서준", "대표이사")


def test_places_after_a_shared_head_stand_for_its_organisations():
    # the row keeps the name as written, so its evidence span holds it; its organisation is the head's own
    for sentence in (
        "Partners are Lakehead University and the universities of Manitoba and Regina.",
        "Partners include the universities of Manitoba and Regina.",
    ):
        found = {(m.name, m.org, m.label) for m in sentence_mentions(sentence, "en", None)}
        assert {
            ("Manitoba", "University of Manitoba", "partner"),
            ("Regina", "University of Regina", "partner"),
        } <= found


def test_the_subjects_of_the_sentence_after_a_count_are_the_counted_kind():
    from flows.extract.cues import Cue
    from flows.extract.mentions import english_follow_on

    sentence = (
        "The University of California, Santa Cruz, where researchers run a similar program, will share methods, "
        "and Earth Sciences New Zealand will compare results with trials in Otago."
    )
    cue = Cue("institutions", "international", 0, 0)
    assert [m.name for m in english_follow_on(sentence, cue, 2)] == [
        "University of California, Santa Cruz",
        "Earth Sciences New Zealand",
    ]
    assert english_follow_on(sentence, cue, 12) == []  # (not as many as were counted)


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # a description in brackets is no short form, and a list goes on past it
        (
            "○ 참여기업 : 메디컬에이아이랩 (예측 모델 개발), 클라우드헬스 (연합학습 플랫폼 구축·운영)",
            "ko",
            {("메디컬에이아이랩", "member"), ("클라우드헬스", "member")},
        ),
        (
            "○ 참여병원(3곳) : 고려대학교안암병원, 경북대학교병원 및 전남대학교병원",
            "ko",
            {("고려대학교안암병원", "partner"), ("경북대학교병원", "partner"), ("전남대학교병원", "partner")},
        ),
        # fields before the kind of body they describe are no names
        ("- 엔진·구조·전자·지상시험 부품기업과 대학·연구기관 등 14개 기관 창립 회원으로 참여", "ko", set()),
        # the words of a quoted programme name are no members
        ("'6G 위성통신 단말·부품 얼라이언스(6SDA)'는 신규 회원사 6곳의 가입을 승인했다.", "ko", set()),
        (
            "새로 이름을 올린 곳은 ▲스페이스링크(위성 모뎀 칩) ▲한국항공우주연구원(항우연·KARI) ▲엘비전자다.",
            "ko",
            {("스페이스링크", "new_member"), ("한국항공우주연구원", "new_member"), ("엘비전자", "new_member")},
        ),
        (
            "The nine founders were the Institut für Mikroelektronik Dresden (IMD), Tampere University and "
            "Ostsee Foundry GmbH.",
            "en",
            {
                ("Institut für Mikroelektronik Dresden", "founding_member"),
                ("Tampere University", "founding_member"),
                ("Ostsee Foundry GmbH", "founding_member"),
            },
        ),
        # a role that is the subject of what follows names no one before it
        (
            "Two start-ups working on Assamese and Bodo have approached the institute, and the lead institution "
            "has been asked to submit a plan.",
            "en",
            set(),
        ),
        # who leads a part of the work is not the programme's lead
        (
            "At KAIST, the work will be led by Professor Yoo Min-jae of the School of Electrical Engineering.",
            "en",
            set(),
        ),
        # a transcript's speaker label is no host
        ("RUTH MADDOX (HOST): Hello and welcome to The Die Shot.", "en", set()),
        (
            "The Austrian funding is provided by the Federal Ministry for Innovation, Mobility and Infrastructure "
            "(BMIMI), with contributions from the provinces of Carinthia and Styria.",
            "en",
            {
                ("Federal Ministry for Innovation, Mobility and Infrastructure", "organiser"),
                ("Carinthia", "organiser"),
                ("Styria", "organiser"),
            },
        ),
    ],
)
def test_notes_kinds_quoted_names_founders_and_parts(sentence, language, expected):
    assert _found(sentence, language) == expected


def test_a_person_in_a_note_after_the_name_with_their_unit():
    sentence = "○ 공동연구기관 : 분당서울대학교병원 (데이터 품질관리 총괄, 책임자 장현우 응급의학과 교수)"
    _register_lexicon_words()
    found = sentence_mentions(sentence, "ko", kiwi().tokenize(sentence))
    assert [(m.name, m.label) for m in found] == [("분당서울대학교병원", "co")]


def test_a_short_form_written_inside_before_a_place_names_the_member_of_a_system():
    found = sentence_mentions("The hub is led by the Indian Institute of Technology (IIT) Bombay.", "en")
    assert [(m.name, m.alias, m.org) for m in found] == [
        ("Indian Institute of Technology (IIT) Bombay", "IIT Bombay", "Indian Institute of Technology Bombay")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an Australian centre's participants, each line with its kind in brackets
        ("• Curtin University (lead research participant)", {("Curtin University", "lead")}),
        (
            "• The University of Western Australia (research participant)",
            {("University of Western Australia", "partner")},
        ),
        ("• Pilbara Lithium Refiners Pty Ltd (industry participant)", {("Pilbara Lithium Refiners Pty Ltd", "member")}),
        (
            "• Korea Institute of Geoscience and Mineral Resources (KIGAM), Republic of Korea (international participant)",
            {("Korea Institute of Geoscience and Mineral Resources", "international")},
        ),
        # a country after each name of a list is where it is, not a partner of its own
        (
            "International research partners: Japan Organization for Metals and Energy Security (JOGMEC), Japan; "
            "Korea Institute of Geoscience and Mineral Resources (KIGAM), Republic of Korea",
            {
                ("Japan Organization for Metals and Energy Security", "international"),
                ("Korea Institute of Geoscience and Mineral Resources", "international"),
            },
        ),
        ("Severn Fibre Networks is the testbed’s headline sponsor.", {("Severn Fibre Networks", "organiser")}),
        (
            "Penang Skills Development Centre, which has trained technicians since the 1980s, will serve as vice-chair.",
            {("Penang Skills Development Centre", "other")},
        ),
        # (a person named as vice chair is no organisation)
        (
            "Tamura-Kasei President Hiroshi Okabe will chair the alliance, and Lowland's chief technology officer, "
            "Marit Hoekstra, will serve as vice chair.",
            {("Tamura-Kasei", "lead")},
        ),
    ],
)
def test_english_participants_sponsors_and_vice_chairs(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _found(sentence, "en") == expected


def test_a_tables_header_row_and_a_place_outside_are_no_names():
    assert _found("| Organisation | Country | Funded by | Contribution |", "en") == set()
    assert _found("Two partners outside the EU take part as associated partners.", "en") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "They'll be hosted at the University of Toronto, the Université de Montréal, the University of Alberta "
            "and the University of British Columbia.",
            {
                ("University of Toronto", "host"),
                ("Université de Montréal", "host"),
                ("University of Alberta", "host"),
                ("University of British Columbia", "host"),
            },
        ),
        (
            "The money — $48 million over five fiscal years — comes from Innovation, Science and Economic "
            "Development Canada.",
            {("Innovation, Science and Economic Development Canada", "organiser")},
        ),
        ("Item 7: Bank of Canada holds rate; markets — TSX up 0.6 per cent, Shopify leads tech gains", set()),
    ],
)
def test_english_hosts_in_a_list_money_that_comes_from_a_body_and_a_market_report(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "PAGV brought together 19 institutions, among them the University of Ibadan in Nigeria, Makerere "
            "University in Uganda and the Institut Pasteur de Dakar in Senegal.",
            {
                ("University of Ibadan", "member"),
                ("Makerere University", "member"),
                ("Institut Pasteur de Dakar", "member"),
            },
        ),
        (
            "The new members are the Université de Kinshasa in the Democratic Republic of Congo and the University of "
            "Zambia.",
            {("Université de Kinshasa", "new_member"), ("University of Zambia", "new_member")},
        ),
        # a unit named by its field: its university takes the role
        (
            "The Division of Human Genetics at the University of Cape Town (UCT) serves as co-lead.",
            {("University of Cape Town", "co")},
        ),
        # 'Kenyan-led': a nationality, no lead
        ("The Kenyan-led network aims to sequence 100,000 genomes.", set()),
    ],
)
def test_english_members_brought_together_places_units_and_nationalities(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one chosen for the role holds it; the bodies that chose it run the scheme
        (
            "산업통상자원부와 한국산업기술진흥원(KIAT)은 '사용후 배터리 금속 회수 실증 사업' 주관기관으로 "
            "㈜그린사이클머티리얼즈 컨소시엄을 최종 선정했다고 3일 밝혔다.",
            {("그린사이클머티리얼즈", "lead"), ("산업통상자원부", "organiser"), ("한국산업기술진흥원", "organiser")},
        ),
        # governments that add money run it with the others
        (
            "전라남도와 순천시가 지방비를 보태 모두 75억 원이 투입된다.",
            {("전라남도", "organiser"), ("순천시", "organiser")},
        ),
        # a joining only weighed, past the next cue
        ("완성차 업체 대성모터스는 2차년도부터 수요기업으로 합류하는 방안을 검토하고 있다.", set()),
    ],
)
def test_korean_one_chosen_for_a_role_money_added_and_a_joining_weighed(sentence, expected):
    assert _found(sentence, "ko") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a headline's offices, each before its holder
        ("15곳 참여…회장사 한려조선, 간사 경남테크노파크", {("한려조선", "lead"), ("경남테크노파크", "organiser")}),
        # the government that holds the launch; the members' people beside it are no role of its own
        (
            "고성군은 이날 고성군청 대회의실에서 '고성 자율운항선박 테스트베드 협의체' 출범식을 열고 참여 기관 "
            "대표들과 운영 협약서에 서명했다.",
            {("고성군", "organiser")},
        ),
        ("경상남도는 도비 지원과 함께 실증 선박의 임시 운항 허가 절차를 돕는다.", {("경상남도", "organiser")}),
        # the ministry whose scheme it is
        (
            "테스트베드는 해양수산부의 '자율운항선박 실해역 실증 기반 조성 사업'으로 추진된다.",
            {("해양수산부", "organiser")},
        ),
    ],
)
def test_korean_headline_offices_hosts_of_a_launch_and_a_ministrys_scheme(sentence, expected):
    assert _found(sentence, "ko") == expected


def test_korean_offices_taken_by_gapped_subjects():
    got = _found(
        "균주 데이터 표준 워킹그룹은 오믹스웨이브가, 스케일업 워킹그룹은 마이크로팩토리코리아가 리더사를 맡는다.", "ko"
    )
    assert got == {("오믹스웨이브", "other"), ("마이크로팩토리코리아", "other")}


def test_korean_steering_members_hold_an_office():
    got = _found("운영 방향을 정하는 운영위원사에는 오르빗링크, 스카이모뎀, KAIST 등 3곳이 이름을 올렸다.", "ko")
    assert {("오르빗링크", "other"), ("스카이모뎀", "other"), ("KAIST", "other")} <= got


def test_korean_what_a_thing_is_made_of_names_no_topic():
    assert _found("지금까지 국산 NPU 실증은 대부분 소형 서버에서, 경량 모델로 이뤄졌다.", "ko") == set()
    assert _found("컨소시엄은 KAIST와 포스텍, 한빛반도체로 구성됐다.", "ko") == {
        ("KAIST", "member"),
        ("포스텍", "member"),
        ("한빛반도체", "member"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name glued around '과' is one word, not two names
        ("○ (공동연구) 국립원예특작과학원 : 토마토·딸기·파프리카 생육 조사 기준 마련", {("국립원예특작과학원", "co")}),
        (
            "○ (국외 협력) 네덜란드 바헤닝언대학교 연구소(WUR) : 유럽 온실 데이터 표준 연계",
            {("바헤닝언대학교 연구소", "international")},
        ),
    ],
)
def test_korean_bracketed_roles_of_lines(sentence, expected):
    assert _found(sentence, "ko") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The alliance was launched at a ceremony at COEX, co-hosted by the Ministry of Science and ICT and the "
            "Ministry of Climate, Energy and Environment.",
            {
                ("Ministry of Science and ICT", "organiser"),
                ("Ministry of Climate, Energy and Environment", "organiser"),
            },
        ),
        # a person's hyphenated given name: the person's organisation takes the office
        (
            "Park Seo-yeon, chief executive of Hanul Cloud, was elected the alliance's first chair.",
            {("Hanul Cloud", "lead")},
        ),
    ],
)
def test_english_co_hosts_and_an_officer_with_a_hyphenated_name(sentence, expected):
    assert _found(sentence, "en") == expected


def test_english_a_short_form_set_off_after_the_subject():
    got = _found(
        "The National Institute of Information and Communications Technology, known as NICT, will co-lead the research.",
        "en",
    )
    assert got == {("National Institute of Information and Communications Technology", "co")}


def test_english_a_body_that_renewed_the_funding():
    got = _found("The U.S. Department of Energy has renewed funding for the Nitrogen Electrosynthesis Hub.", "en")
    assert got == {("U.S. Department of Energy", "organiser")}


def test_korean_a_role_in_brackets_with_its_task_and_a_task_after_a_legal_form():
    got = _found(
        "○ 특구사업자(13개): 충남테크노파크(주관·특구 총괄), ㈜하이젠모터스(수소 트랙터 제작), 대산수소에너지㈜(이동식 충전소 운영) 등",
        "ko",
    )
    assert ("충남테크노파크", "lead") in got
    assert ("대산수소에너지", "member") in got
    assert not any(name.startswith("(") for name, _ in got)


def test_korean_the_university_that_leads_a_shared_platform():
    got = _found("플랫폼은 전북대학교가 총괄대학을 맡아 이끌고, 원광대학교가 공동주관대학으로 운영에 함께한다.", "ko")
    assert got == {("전북대학교", "lead"), ("원광대학교", "co")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of kinds, one of them bare ('대학'), names nobody
        ("조합원은 해운사와 창고업체, 수출기업, 대학 등 20곳이다.", set()),
        ("회원은 정비업체와 부품기업 등 9곳이다.", set()),
        # a count closing a list right after its last name
        (
            "누리해운·동백마린·청파로지텍 3곳이 새로 합류했다.",
            {("누리해운", "new_member"), ("동백마린", "new_member"), ("청파로지텍", "new_member")},
        ),
        # the count after the kinds of those who joined, and after a verb ('... 비롯한 5곳')
        ("포럼에는 정비·세차·주차 4곳이 새로 합류했다.", set()),
        (
            "컨소시엄에는 주관기업 한별우주를 비롯한 5곳이 참여기업으로 이름을 올렸다.",
            {("한별우주", "lead"), ("한별우주", "member")},
        ),
        # an office shared: 공동의장기관, 공동위원장사
        (
            "의장기관은 전라남도, 공동의장기관은 한국농어촌공사 나주지사다.",
            {("전라남도", "lead"), ("한국농어촌공사 나주지사", "co")},
        ),
        # a body named by where it is ('X 소재 ...'), not by its name: the country alone
        ("▲ 해외 협력기관 : 핀란드 소재 측정장비 업체 1곳", {("핀란드", "international")}),
    ],
)
def test_korean_lists_of_kinds_counts_after_names_and_shared_offices(sentence, expected):
    assert _found(sentence, "ko") == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # what the members supply, before the word for them, is no name
        ("- 물류 로봇 솔루션 공급기업 30개사 참여", "ko", set()),
        # their number and nationality are no name either
        (
            "Four Norwegian companies are participating in the program: Fjordline Robotics and Skagen Sensors.",
            "en",
            {("Fjordline Robotics", "member"), ("Skagen Sensors", "member")},
        ),
        # a unit of the university named before is not another institution
        (
            "The stream is co-led by the University of Bergen, with Professor Ina Dahl of the university's "
            "Department of Physics as co-lead.",
            "en",
            {("University of Bergen", "co")},
        ),
    ],
)
def test_what_members_supply_their_number_and_a_unit_of_the_one_named_before(sentence, language, expected):
    assert _found(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a word glued after ㈜ is one name, and what the company is, before its mark, no item of the list
        (
            "참여기업은 해조류 소재 기업 ㈜다온로바이오와 어류 가공 제조사 ㈜해든푸드 등 2개사다.",
            {("다온로바이오", "member"), ("해든푸드", "member")},
        ),
        # the particle after a closing mark
        (
            "금형 제조기업 ㈜세온금형과 차량 부품기업 한울정밀㈜이 자문 수요기업으로 참여한다.",
            {("세온금형", "demand_company"), ("한울정밀", "demand_company")},
        ),
    ],
)
def test_korean_names_around_a_legal_mark(sentence, expected):
    assert _found(sentence, "ko") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the government whose money goes in, in a sentence with no other cue
        (
            "2026년부터 4년간 국비 80억 원, 울산광역시 시비 20억 원 등 모두 100억 원이 들어간다.",
            {("울산광역시", "organiser")},
        ),
        # what the centre supports, not what the university that announces it does
        ("한밭대학교는 지역 기업의 시제품 제작을 지원하는 '소재 실증센터'가 문을 열었다고 밝혔다.", set()),
        # ... but a role the topic holds after what it supports
        (
            "평창군농업기술센터는 시범 농가를 모으고 영농 교육을 지원하는 협력기관 역할을 맡는다.",
            {("평창군농업기술센터", "partner")},
        ),
    ],
)
def test_korean_money_of_a_government_and_what_a_thing_supports(sentence, expected):
    assert _found(sentence, "ko") == expected


def test_korean_one_unnamed_body_abroad_stands_as_its_country():
    sentence = "이 밖에 독일의 한 국립연구소도 국제공동연구기관으로 참여해 공정 검증을 맡는다."
    assert _found(sentence, "ko") == {("독일", "international")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The European Commission is putting in €6 million through Horizon Europe.",
            {("European Commission", "organiser")},
        ),
        (
            "Brazil's Empresa Brasileira de Pesquisa Agropecuária (Embrapa) joins as an international cooperation partner.",
            {("Empresa Brasileira de Pesquisa Agropecuária", "international")},
        ),
        # the unit where a person of the coordinator works is no other institution
        (
            "The coordinator is Aarhus University, where Professor Mette Holm of the Department of Agroecology leads the work.",
            set(),
        ),
    ],
)
def test_english_money_put_in_a_cooperation_partner_and_a_unit_where_the_lead_works(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Aomori Gas will lead the project, while Hakodate Electric will serve as co-leader.",
            {("Aomori Gas", "lead"), ("Hakodate Electric", "co")},
        ),
        # a fund is money: the body that set it up is behind it
        (
            "NEDO selected the plan for support from the Carbon Recycling Fund set up by the Ministry of Economy, "
            "Trade and Industry.",
            {("NEDO", "organiser"), ("Ministry of Economy, Trade and Industry", "organiser")},
        ),
        # a person named before the short form of their organisation
        ("Liza Santos of DLSU will serve as co-leader.", {("DLSU", "co")}),
    ],
)
def test_english_a_co_leader_the_body_behind_a_fund_and_a_person_of_a_short_form(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list told in counted groups, each group a list of its own
        (
            "The founding members are three universities — Lund University, Uppsala University and the University "
            "of Iceland — along with two institutes, SINTEF and VTT, and two companies: Norrsken Optics AB, a "
            "maker of lenses; and Fjellmark Data AS of Bergen.",
            {
                (name, "founding_member")
                for name in (
                    "Lund University",
                    "Uppsala University",
                    "University of Iceland",
                    "SINTEF",
                    "VTT",
                    "Norrsken Optics AB",
                    "Fjellmark Data AS",
                )
            },
        ),
        # matching money without an amount is money; a secretariat run by the one a clause is about
        (
            "Innovation Norway and the Swedish Energy Agency are adding matching funds for companies.",
            {("Innovation Norway", "organiser"), ("Swedish Energy Agency", "organiser")},
        ),
        (
            "Daily coordination falls to Nordic Energy Research, which will run the alliance's secretariat.",
            {("Nordic Energy Research", "organiser")},
        ),
        # (not the body the subject sits within)
        ("The office, which sits within the Korea Energy Agency in Ulsan, will run the network's secretariat.", set()),
        # an office in capitals with its portfolio, and an honorific before the person
        (
            "NEA's Deputy Chief Executive (Policy), Ms Goh Li Ting, will chair the panel.",
            {("NEA", "lead")},
        ),
        # the country of a foreign partner, told by its people's word or the end of its name
        (
            "Two foreign bodies join as international partners: the Danish pump maker Nordvand A/S and Geoscience "
            "Australia.",
            {("Nordvand A/S", "international"), ("Geoscience Australia", "international")},
        ),
    ],
)
def test_english_counted_groups_matching_money_a_secretariat_and_an_office_in_capitals(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a partner's own share of the work is led by its person, not the project
        ("Inria's part will be led by Dr Claire Morel, head of a team at Inria Saclay.", set()),
        # the runner-up and what it is led by
        ("The runner-up, HYSTACK, led by Turin-based Aurora Energia SpA, was placed on the reserve list.", set()),
        # only in discussions, and what is joined before the role of the one joining
        ("Baltic Stack Oy said it was in discussions about joining ORBIT as an associated partner.", set()),
        ("Nordgas AB has joined the consortium as an associated partner.", {("Nordgas AB", "partner")}),
    ],
)
def test_english_a_share_of_the_work_a_runner_up_and_talks_about_joining(sentence, expected):
    assert _found(sentence, "en") == expected


def test_english_the_country_of_a_foreign_partner():
    mentions = sentence_mentions(
        "Two foreign bodies join as international partners: the Danish pump maker Nordvand A/S and Geoscience "
        "Australia.",
        "en",
        None,
    )
    assert {(m.name, m.country) for m in mentions} == {("Nordvand A/S", "DK"), ("Geoscience Australia", "AU")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the kind of the role's holders as the topic, its list after it
        (
            "단지에 수요기업으로 참여하는 농가는 △푸른들농장 △해오름농원 △바다향수산 등 3곳이다.",
            {("푸른들농장", "demand_company"), ("해오름농원", "demand_company"), ("바다향수산", "demand_company")},
        ),
        # a headline's role and its names after 에, and a headline's verb after a name
        (
            "의장사 한빛정밀 연임, 부의장사에 누리엔지니어링·대한소재연구원",
            {("한빛정밀", "lead"), ("누리엔지니어링", "other"), ("대한소재연구원", "other")},
        ),
        # one that runs it with the lead is a co-operator, not the lead
        ("나머지 두 곳은 공동운영기관으로 이름을 올렸다.", set()),
    ],
)
def test_korean_holders_named_by_kind_a_headline_role_and_co_operators(sentence, expected):
    assert _found(sentence, "ko") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ministry's portfolio of three parts, and the body whose fund the money comes from
        (
            "The programme has been awarded $9 million from the Ministry of Fisheries, Forestry and Water's "
            "Frontier Fund.",
            {("Ministry of Fisheries, Forestry and Water", "organiser")},
        ),
        (
            "Partners include the Ministry of Health, Labour and Welfare and Kobe University.",
            {("Ministry of Health, Labour and Welfare", "partner"), ("Kobe University", "partner")},
        ),
        # the lead of another programme, written as an adjective
        ("Among the others is a Massey University-led programme on wetland carbon.", set()),
    ],
)
def test_english_a_portfolio_of_three_parts_a_funds_owner_and_another_programmes_lead(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a hub and its spokes, end users so designated, money promised by a state's government
        ("IIT Guwahati is the hub.", {("IIT Guwahati", "lead")}),
        (
            "Tezpur University and Gauhati University are the spoke institutions.",
            {("Tezpur University", "partner"), ("Gauhati University", "partner")},
        ),
        (
            "The Assam State Disaster Management Authority and the State's Water Resources Department are the "
            "designated end users.",
            {
                ("Assam State Disaster Management Authority", "demand_company"),
                ("Water Resources Department", "demand_company"),
            },
        ),
        ("The Assam government has committed another ₹15 crore.", {("Assam government", "organiser")}),
        ("It will be funded by the Korean government.", set()),
        # a foreign partner told by a description after its name
        (
            "Deltares, the Dutch water research institute, will be the hub's international knowledge partner.",
            {("Deltares", "international")},
        ),
        # who started a company is no founder of the programme; what might be is not
        (
            "HydroTrace Analytics, a Bengaluru software company founded by IIT Guwahati alumni, joins as a partner.",
            {("HydroTrace Analytics", "partner")},
        ),
        ("A typical centre might have partners in Norway, Sweden, Denmark and Finland.", set()),
        # a named grant's funder, not the award's name; a province's fund; the owner of a department
        (
            "It is funded through an Alliance grant from the Natural Sciences and Engineering Research Council of "
            "Canada and an Accelerate award from Mitacs.",
            {("Natural Sciences and Engineering Research Council of Canada", "organiser")},
        ),
        (
            "Mitacs is providing $720,000 through its Accelerate program to support internships with the industry "
            "partners, and Saskatchewan's Agriculture Development Fund is contributing $250,000.",
            {("Mitacs", "organiser"), ("Agriculture Development Fund", "organiser")},
        ),
        ("The study was supported by grants from the Japan Society for the Promotion of Science.", set()),
        (
            "The project is led by Dr. Meera Sandhu of the Department of Chemical Engineering in USask's College "
            "of Engineering.",
            {("USask", "lead")},
        ),
        # companies that participate, institutions brought together
        (
            "Three companies participate in the consortium: Sargazo Bioproductos, which makes alginates; Tierra "
            "Maya Biofertilizantes; and Constructora Verde Caribe.",
            {
                (n, "member")
                for n in ("Sargazo Bioproductos", "Tierra Maya Biofertilizantes", "Constructora Verde Caribe")
            },
        ),
        (
            "It also brings together research institutions such as El Colegio de la Frontera Sur (ECOSUR) and the "
            "Technological Institute of Chetumal.",
            {("El Colegio de la Frontera Sur", "partner"), ("Technological Institute of Chetumal", "partner")},
        ),
        # members that range from one kind to another; money put in
        (
            "They range from medtech multinationals Stryker and Medtronic, all of which make devices here, to "
            "start-ups such as Corrib Orthotics and Atlantic Exo.",
            {(n, "member") for n in ("Stryker", "Medtronic", "Corrib Orthotics", "Atlantic Exo")},
        ),
        (
            "The Health Research Board is contributing €4.2m, and Enterprise Ireland has put in €2.5m.",
            {("Health Research Board", "organiser"), ("Enterprise Ireland", "organiser")},
        ),
        # an EU project's technical coordinator, its task after the role
        (
            "- Fraunhofer Institute for Solar Energy Systems ISE (technical coordinator; laboratory testing)",
            {("Fraunhofer Institute for Solar Energy Systems ISE", "co")},
        ),
        # three institutions announced as co-applicants
        (
            "Three other institutions are co-applicants on the grant: Brandon University and Olds College.",
            {("Brandon University", "co"), ("Olds College", "co")},
        ),
    ],
)
def test_english_hubs_spokes_grants_and_descriptions(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # groups of a list, the count before the kind that closes the first
        (
            "참여대학은 강원대학교·한림대학교 등 2개 4년제 대학과 한림성심대학교 및 강원도립대학교 등 전문대학 2곳이다.",
            {(name, "partner") for name in ("강원대학교", "한림대학교", "한림성심대학교", "강원도립대학교")},
        ),
        # a line of the members from before, and products told in words are no makers
        (
            "- 기존 참여 : 대구가톨릭대학교병원, 영남대학교병원",
            {("대구가톨릭대학교병원", "member"), ("영남대학교병원", "member")},
        ),
        ("1단계에서는 낙상 감지 AI와 수면 분석 AI를 참여 병원에 설치했다.", set()),
        # the side a company is on
        (
            "회원사로는 한국 측 한빛가스·누리해운, 일본 측 사쿠라수소 등 3개사가 이름을 올렸다.",
            {("한빛가스", "member"), ("누리해운", "member"), ("사쿠라수소", "member")},
        ),
        # the role's word after the role
        ("사무국 역할은 강원테크노파크가 맡는다.", {("강원테크노파크", "organiser")}),
        # role lines with the kind of company after the role, and a word of place before it
        (" - 총괄 공급기업 : ㈜한빛솔루션즈(대표 김하늘)", {("한빛솔루션즈", "lead")}),
        (
            " - 참여 공급기업 : 누리시스템, 온결엠이에스 및 ㈜비전로드",
            {(n, "member") for n in ("누리시스템", "온결엠이에스", "비전로드")},
        ),
        (
            " - 수요 중소기업 : 서해염직, 동녘텍스, 한울섬유(3개사)",
            {(n, "demand_company") for n in ("서해염직", "동녘텍스", "한울섬유")},
        ),
        (" - 지역 협력기관 : 충북테크노파크", {("충북테크노파크", "partner")}),
        # a role in square brackets opening a line, a unit after the short form, the people after a dash
        (
            "  - [국외공동] 일본 도호쿠대학교 – 사토 겐이치(佐藤健一) 교수 : SiC 섬유 미세구조 분석",
            {("도호쿠대학교", "international")},
        ),
        ("  - [주관] 한국재료연구원(KIMS) 엔지니어링세라믹연구실 – 권혁준 책임연구원", {("한국재료연구원", "lead")}),
        # the holder of a role weighing what it will do; the way money goes through a role
        (
            "대한항공 항공기술연구원은 수요기업으로서 엔진 정비 현장에서의 적용 가능성을 검토한다.",
            {("대한항공 항공기술연구원", "demand_company")},
        ),
        ("한빛항공은 수요기업으로 참여하는 방안을 검토하고 있다.", set()),
        ("국내 주관기관이 국외 공동연구기관과 컨소시엄을 구성해 신청, 연구비는 국내 주관기관을 통해 지원", set()),
        # a school holding an office of a council of schools
        ("초대 회장교는 한양대가 맡았다.", {("한양대", "lead")}),
        ("부회장교로는 경북대와 부산대 두 곳이 뽑혔다.", {("경북대", "other"), ("부산대", "other")}),
        ("협의체의 실무와 사무국 운영은 간사교인 충북대가 맡는다.", {("충북대", "organiser")}),
        # roles in brackets after hospitals and a company's legal mark; a company's division is the company's
        ("- 충남대학교병원(주관병원) - 소아청소년과 이정민 교수", {("충남대학교병원", "lead")}),
        ("- 클라우드웨이브㈜(참여기업) - 병원 간 데이터 연계", {("클라우드웨이브", "member")}),
        (
            "초대 의장사는 한화오션이 맡고, 의장으로는 정규한 한화오션 특수선사업부 전무가 선출되었다.",
            {("한화오션", "lead")},
        ),
        # a zone is no organisation
        ("| 전북 수소 상용모빌리티 규제자유특구 주관기관 및 특구사업자 | | |", set()),
        # fields of industry with their places are no names
        ("- 창원 기계부품·대구 섬유 염색가공·전북 발효식품 분야, 공급기업 9개사와 수요기업 27개사 참여", set()),
    ],
)
def test_korean_groups_with_counts_and_a_roles_word(sentence, expected):
    assert _found(sentence, "ko") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # who works with the programme as partners are its subjects
        (
            "The Water Research Commission and the Agricultural Research Council will work with the network as "
            "partners.",
            {("Water Research Commission", "partner"), ("Agricultural Research Council", "partner")},
        ),
        # coordinated from a body, not from a town
        ("The network will be coordinated from the University of Limpopo.", {("University of Limpopo", "lead")}),
        ("A national network coordinated from Durban will sample soils on 90 farms.", set()),
        # joining a programme by its name
        (
            "Uppsala University in Sweden joins BALTRA as an international partner.",
            {("Uppsala University", "international")},
        ),
        # an adverb set off before the subject
        (
            "Internationally, Aalto University joins the network as an international partner.",
            {("Aalto University", "international")},
        ),
    ],
)
def test_english_partners_working_with_it_coordinated_from_and_an_adverb_first(sentence, expected):
    assert _found(sentence, "en") == expected


def test_a_headlines_ellipsis_is_no_name():
    from flows.extract.cues import Cue
    from flows.extract.mentions import item_mention

    assert item_mention(Cue("members", "member", 0, 0), "…장비", 0, 3, "ko") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a hub-and-spoke network's parts in brackets; a fund's delivering councils
        (
            "- Cardiff University (spoke) – Dr Gethin Powell, Reader in Geotechnical Engineering",
            {("Cardiff University", "partner")},
        ),
        (
            "The hub is funded with £12.5 million from UK Research and Innovation (UKRI) through its Technology "
            "Missions Fund, delivered by the Biotechnology and Biological Sciences Research Council (BBSRC).",
            {
                ("UK Research and Innovation", "organiser"),
                ("Biotechnology and Biological Sciences Research Council", "organiser"),
            },
        ),
        # partners named at launch: a plain list, then a counted group after a colon
        (
            "Partners named at launch include National Highways, Wessex Water and three West Country companies: "
            "Mycoform Ltd, which grows mycelium packaging; Cemcrete Bio, a Bristol start-up; and Severnside Precast.",
            {
                (n, "partner")
                for n in ("National Highways", "Wessex Water", "Mycoform Ltd", "Cemcrete Bio", "Severnside Precast")
            },
        ),
        # where the last one is, to the end of the list; the second verb of a funder's clause
        (
            "The team's collaborating institutions are Nagoya Institute of Technology and Kumo Robotics Inc., a "
            "startup based in Tsukuba, Ibaraki Prefecture.",
            {("Nagoya Institute of Technology", "partner"), ("Kumo Robotics Inc", "partner")},
        ),
        (
            "It will receive up to 2.8 billion yen, according to JST, which runs the program and will fund the work.",
            {("JST", "organiser")},
        ),
        (
            "ETH Zurich will take part as an overseas collaborator, sharing its research on legged robots.",
            {("ETH Zurich", "international")},
        ),
        # an Australian training centre's administering organisation; a collaborating university
        (
            "The University of Western Australia (UWA) is the administering organisation, and Curtin University is "
            "the centre's co-lead.",
            {("University of Western Australia", "lead"), ("Curtin University", "co")},
        ),
        ("Murdoch University joins as a collaborating university.", {("Murdoch University", "partner")}),
        # a new member said so after 'as the consortium's first'; a grant confirmed for the consortium
        (
            "Glenmore Cell Systems signed up on Tuesday as the consortium's first new member, the Catapult said.",
            {("Glenmore Cell Systems", "new_member")},
        ),
        (
            "Innovate UK, the government's innovation agency, confirmed a 20 million pound grant for the consortium.",
            {("Innovate UK", "organiser")},
        ),
        # the kind's own clause before its list is not the list's verb; partner nodes
        (
            "Industry partners that have signed on for the renewed term include PrairieGold Seeds and HelixAg "
            "Analytics.",
            {("PrairieGold Seeds", "partner"), ("HelixAg Analytics", "partner")},
        ),
        (
            "The platform adds a partner node at the University of Manitoba, alongside its existing partner node at "
            "the University of Alberta in Edmonton.",
            {("University of Manitoba", "partner"), ("University of Alberta", "partner")},
        ),
        # a name of two common words around 'and' with a UK centre's head; a wire story's dateline
        (
            "A group of suppliers led by the government-backed Cell and Gene Therapy Catapult launched a programme.",
            {("Cell and Gene Therapy Catapult", "lead")},
        ),
        (
            "WASHINGTON — The U.S. Department of Commerce today announced a $42 million award to the consortium.",
            {("U.S. Department of Commerce", "organiser")},
        ),
    ],
)
def test_english_spokes_delivering_councils_named_partners_and_administering_organisations(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the township a farm is in, before its name
        (
            "남면 해솔새우, 근흥면 안흥바다양식 등 6개 어가가 실증 양식장으로 참여한다.",
            {("해솔새우", "member"), ("안흥바다양식", "member")},
        ),
        # a foreign company's country before its name in Hangul, its Latin name in brackets
        (
            "참여사는 동남에너지(급속충전 인프라), 독일 에어로빈트(AeroWind·기체 공급) 등 2개사다.",
            {("동남에너지", "member"), ("에어로빈트", "member")},
        ),
        ("에어로빈트는 컨소시엄의 해외 파트너로서 기체를 공급한다.", {("에어로빈트", "international")}),
    ],
)
def test_korean_townships_foreign_companies_and_foreign_partners(sentence, expected):
    assert _found(sentence, "ko") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # new units of a network; money provided by ministries; a Swiss centre's home institution
        (
            "The new units are: Federal University of Ceará and Eldorado Research Institute.",
            {("Federal University of Ceará", "new_member"), ("Eldorado Research Institute", "new_member")},
        ),
        (
            "The accreditation comes with R$ 210 million over three years, provided by the Ministry of Science, "
            "Technology and Innovation (MCTI).",
            {("Ministry of Science, Technology and Innovation", "organiser")},
        ),
        (
            "The network is run from the University of Lausanne, which is its home institution.",
            {("University of Lausanne", "lead")},
        ),
        ("The SNSF is putting in 16 million francs for that period.", {("SNSF", "organiser")}),
        (
            "The four spoke institutions are Goa University, Taleigao; and Manipal Institute of Technology (MIT), "
            "Manipal.",
            {("Goa University", "partner"), ("Manipal Institute of Technology", "partner")},
        ),
    ],
)
def test_english_new_units_ministries_money_home_institutions_and_spokes(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list ending in a copula, the list's word and its order between the role and the names
        (
            "참여사 명단(가나다순)은 마린셀랩·바다장터·해울프레시다.",
            {("마린셀랩", "member"), ("바다장터", "member"), ("해울프레시", "member")},
        ),
        ("참여사는 도요타·혼다다.", {("도요타", "member"), ("혼다", "member")}),
        # offices each after its mark, the holder's person in brackets; a place within a body
        (
            "▲회장사 오션잇(정하윤 대표) ▲부회장사 씨그린랩·해담바이오 ▲간사 부산창조경제혁신센터",
            {("오션잇", "lead"), ("씨그린랩", "other"), ("해담바이오", "other"), ("부산창조경제혁신센터", "organiser")},
        ),
        ("사무국은 간사 기관인 부산창조경제혁신센터 안에 둔다.", {("부산창조경제혁신센터", "organiser")}),
        ("연말까지 HACCP 인증 컨설팅 창구를 사무국에 마련한다.", set()),
        # an earlier counted group; chairs whose head's title is glued to their body
        (
            "협의체에는 국립식량과학원, 전북대학교 등 공공·학계 2곳과 농우바이오·아시아종묘 등 종자기업 2개사가 "
            "이름을 올렸다.",
            {(n, "member") for n in ("국립식량과학원", "전북대학교", "농우바이오", "아시아종묘")},
        ),
        (
            "협의체 위원장은 최윤정 국립원예특작과학원장이, 부위원장은 배동철 한국종자협회장이 맡았다.",
            {("국립원예특작과학원", "lead"), ("한국종자협회", "other")},
        ),
        # a long bracketed role opening a line, a Latin name; two bodies whose scheme supports the work
        (
            "- [국제공동연구기관] Wellcome Sanger Institute(웰컴 생어 연구소, 영국) - 장편 서열 분석",
            {("Wellcome Sanger Institute", "international")},
        ),
        (
            "이번 연구는 과학기술정보통신부와 한국연구재단의 '글로벌 공동연구 선도사업' 지원을 받는다.",
            {("과학기술정보통신부", "organiser"), ("한국연구재단", "organiser")},
        ),
    ],
)
def test_korean_copula_lists_offices_after_marks_and_supporting_schemes(sentence, expected):
    assert _found(sentence, "ko") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a French programme's pilot and co-pilots; an Indian ministry's sanctioned hub
        (
            "KARST-EAU is piloted by the French Geological Survey (BRGM), with the French National Centre for "
            "Scientific Research (CNRS) as co-pilot.",
            {("French Geological Survey", "lead"), ("French National Centre for Scientific Research", "co")},
        ),
        (
            "The Union Department of Science and Technology (DST) has sanctioned a technology hub on coastal erosion.",
            {("Department of Science and Technology", "organiser")},
        ),
        # the trade of the names a list opens with; 'the Commonwealth' alone names no body
        (
            "The industry side is made up of salmon farmers Salmones Camanchaca and Blumar, and mussel processor "
            "Mejillones del Sur S.A.",
            {("Salmones Camanchaca", "member"), ("Blumar", "member"), ("Mejillones del Sur S.A.", "member")},
        ),
        (
            "Four companies signed on as members: the charcoal and filter maker Carvão Verde Amazônia and the startup "
            "Semente Tech.",
            {("Carvão Verde Amazônia", "member"), ("Semente Tech", "member")},
        ),
        (
            "A Deakin University-led consortium has won $32 million from the Commonwealth.",
            {("Deakin University", "lead")},
        ),
    ],
)
def test_english_pilots_sanctioned_hubs_and_trades_before_names(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a city leading the consortium it bid with (a ministry running a scheme stays its organiser)
        ("제천시가 주관하는 이번 컨소시엄에는 모두 8개 기관·기업이 참여한다.", {("제천시", "lead")}),
        ("과학기술정보통신부가 주관하는 이번 사업에는 5개 기관이 참여한다.", {("과학기술정보통신부", "organiser")}),
    ],
)
def test_korean_a_city_leading_its_consortium(sentence, expected):
    assert _found(sentence, "ko") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a role, then the one who holds it
        (
            "수요기업으로 참여하는 달천들녘영농조합법인은 앙성면 벼 재배지 40ha를 실증 현장으로 제공한다.",
            {("달천들녘영농조합법인", "demand_company")},
        ),
        # a box of marks, each a role word and its holders, written without spaces
        (
            "△총괄 국립원예특작과학원△공동연구 전남대학교·한국에너지기술연구원△참여기업 그린히트·에이스온실"
            "△협력 전라남도농업기술원△수요처 담양딸기영농조합법인",
            {
                ("국립원예특작과학원", "lead"),
                ("전남대학교", "co"),
                ("한국에너지기술연구원", "co"),
                ("그린히트", "member"),
                ("에이스온실", "member"),
                ("전라남도농업기술원", "partner"),
                ("담양딸기영농조합법인", "demand_company"),
            },
        ),
        # marks of tasks in a sentence, no roles
        ("협의체는 분과를 두고 ▲공동 실증 ▲해외 진출 지원 등을 추진한다.", set()),
    ],
)
def test_korean_roles_before_their_holders(sentence, expected):
    assert _found(sentence, "ko") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Massey University, in New Zealand, joins as the CRC's international research participant.",
            {("Massey University", "international")},
        ),
        # a part of the work named by its topic or a work package: a partner's, not the programme's lead; an
        # investor's round: nothing
        (
            "Charles Sturt University and Murdoch University will lead the CRC's work on pollination.",
            {("Charles Sturt University", "partner"), ("Murdoch University", "partner")},
        ),
        (
            "Dr. Jan Vogt of Fraunhofer UMSICHT will lead the sampling and analysis work package.",
            {("Fraunhofer UMSICHT", "partner")},
        ),
        ("Yakima Valley College will run the workforce side of the engine.", {("Yakima Valley College", "partner")}),
        (
            "The Yakima Valley Innovation Partnership, a nonprofit formed in 2022 by local growers, will lead the engine.",
            {("Yakima Valley Innovation Partnership", "lead")},
        ),
        (
            "Koyla Sense, which raised Rs 9 crore in a seed round led by Chhotanagpur Ventures, said it would join.",
            set(),
        ),
        ("Our associated partner is Eawag.", {("Eawag", "partner")}),
    ],
)
def test_english_participants_parts_of_the_work_and_rounds(sentence, expected):
    assert _found(sentence, "en") == expected


def test_an_office_in_brackets_goes_to_the_name_before_it_only():
    found = _found(
        "얼라이언스는 한빛그린하우스(회장사)·팜링크(부회장사)·애그로봇틱스·한국농업기술진흥원(간사) 등 24개 기관이 "
        "창립회원으로 참여해 출범했다.",
        "ko",
    )
    assert ("한국농업기술진흥원", "organiser") in found
    assert ("애그로봇틱스", "organiser") not in found
    # (a shared role in brackets is both names')
    assert {("포스텍", "co"), ("경북대", "co")} <= _found("KAIST(주관), 포스텍·경북대(공동)가 참여한다.", "ko")


def test_an_institute_of_two_fields_read_backwards_is_one_name():
    assert ("Korea Institute of Geoscience and Mineral Resources", "international") in _found(
        "The Korea Institute of Geoscience and Mineral Resources, KIGAM, is an international partner.", "en"
    )


def test_a_body_before_its_person_keeps_no_particle_of_possession():
    assert ("한빛중공업", "lead") in _found("초대 회장은 회장사인 한빛중공업의 정태수 대표가 맡았다.", "ko")


def test_members_as_those_something_is_for_are_no_list():
    found = _found("이날 총회에는 벤처캐피털 한빛인베스트먼트가 참석해 회원사들을 대상으로 투자 설명회를 열었다.", "ko")
    assert not {label for _, label in found} & {"member", "founding_member", "new_member"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a role named again in brackets after a role word, then its holder
        (
            "○ 과제 총괄(주관연구개발기관)은 한국철도기술연구원이 맡고, 정재훈 단장이 추진단장을 겸한다.",
            {("한국철도기술연구원", "lead")},
        ),
        # the one seeking members is none of them
        ("□ 울산시는 부품 국산화율을 높이기 위해 참여기업을 추가로 모집한다.", set()),
        # a partner set off in a clause about it, joining as its role
        (
            "The wristbands will come from Veritas Biosensing Inc. (NASDAQ: VRBS), a Minneapolis company that joins "
            "as the industry partner and will adapt a monitor it already sells.",
            {("Veritas Biosensing Inc", "partner")},
        ),
        # counted, told of, then a dash before the names
        (
            "Our first end users are two farms outside the consortium — Mahone Bay Sea Farms and Clearwater Cove "
            "Aquaculture.",
            {("Mahone Bay Sea Farms", "demand_company"), ("Clearwater Cove Aquaculture", "demand_company")},
        ),
        # a co-investor, and the subject of the next clause its own role's
        (
            "It is a seven million dollar project, co-invested by the Ocean Supercluster, and Saltmarsh Robotics is "
            "the lead.",
            {("Ocean Supercluster", "organiser"), ("Saltmarsh Robotics", "lead")},
        ),
        # the show's sponsor is no funder of the programme
        (
            "This episode of The Tideline is supported by Fundy Shore Credit Union, lending to fishers since 1948.",
            set(),
        ),
    ],
)
def test_restated_roles_clause_objects_sponsors_and_towns(sentence, expected):
    assert _found(sentence, "ko" if any("가" <= ch <= "힣" for ch in sentence) else "en") == expected


def test_the_object_of_a_clause_about_the_next_name_is_no_name():
    sentence = "공동연구개발기관으로는 차량 제작을 맡을 현대로템과 연료전지 열관리·수명 예측을 연구할 울산과학기술원(UNIST)이 참여한다."
    found = _found(sentence, "ko")
    assert ("현대로템", "co") in found
    assert {name for name, _ in found} <= {"현대로템", "울산과학기술원", "UNIST"}


def test_a_companys_town_after_its_name_is_no_part_of_it():
    assert clean_english_name("Hokuto Optical Components of Nagano")[0] == "Hokuto Optical Components"
    assert clean_english_name("Royal Infirmary of Edinburgh")[0] == "Royal Infirmary of Edinburgh"
    assert clean_english_name("University of Tokyo")[0] == "University of Tokyo"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Founding members include First Solar, the Perrysburg-based panel maker that employs about 1,800 people; "
            "the University of Toledo; and Owens Community College.",
            {
                ("First Solar", "founding_member"),
                ("University of Toledo", "founding_member"),
                ("Owens Community College", "founding_member"),
            },
        ),
        (
            "Beyond the NSF award, the Ohio Department of Development is kicking in $5 million in matching funds, and "
            "member companies have pledged about $22 million.",
            {("Ohio Department of Development", "organiser")},
        ),
        (
            "The Regional Growth Partnership will act as the engine's fiscal agent and handle site recruitment.",
            {("Regional Growth Partnership", "other")},
        ),
        (
            "The engine has signed a research agreement with the Fraunhofer Institute for Solar Energy Systems.",
            {("Fraunhofer Institute for Solar Energy Systems", "partner")},
        ),
        (
            "Australian Strategic Materials, VHM and Hastings Technology Metals have signed on as new members since "
            "the funding round opened.",
            {
                ("Australian Strategic Materials", "new_member"),
                ("VHM", "new_member"),
                ("Hastings Technology Metals", "new_member"),
            },
        ),
        (
            "The hub will get $48 million plus $21 million from its partners, Education Minister Jason Clare announced.",
            set(),
        ),
        (
            "The others are the insurers Aviva and Legal & General; Nationwide, the building society; and Sage.",
            {("Aviva", "member"), ("Legal & General", "member"), ("Nationwide", "member"), ("Sage", "member")},
        ),
        (
            "The consortium is coordinated by the Alan Turing Institute, the national institute for data science and "
            "AI, while the British Standards Institution acts as its secretariat.",
            {("Alan Turing Institute", "lead"), ("British Standards Institution", "organiser")},
        ),
        (
            "Google DeepMind, Microsoft and the University of Oxford were among those founders.",
            {
                ("Google DeepMind", "founding_member"),
                ("Microsoft", "founding_member"),
                ("University of Oxford", "founding_member"),
            },
        ),
        (
            "The hub works in partnership with the government's AI Security Institute.",
            {("AI Security Institute", "partner")},
        ),
    ],
)
def test_english_descriptions_funders_agents_and_founders(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The hub was launched by Universidad Técnica Federico Santa María, which leads it, and Universidad de "
            "Antofagasta, which co-leads it with a focus on electrolysis.",
            {("Universidad Técnica Federico Santa María", "lead"), ("Universidad de Antofagasta", "co")},
        ),
        (
            "Its founding members also included Andes Hidrógeno SpA, Engie Chile and Minera Tamarugal.",
            {
                ("Andes Hidrógeno SpA", "founding_member"),
                ("Engie Chile", "founding_member"),
                ("Minera Tamarugal", "founding_member"),
            },
        ),
        (
            "The hub runs on a CLP 9.8bn (about US$10.5m) grant from ANID, Chile's national research agency, with "
            "CORFO and the European Union co-financing the pilot plant.",
            {("ANID", "organiser"), ("CORFO", "organiser"), ("European Union", "organiser")},
        ),
        (
            "Its international partners are the Netherlands' TNO and Germany's Forschungszentrum Jülich; Fraunhofer "
            "Chile Research, despite the name, takes part as a domestic partner.",
            {("TNO", "international"), ("Forschungszentrum Jülich", "international")},
        ),
    ],
)
def test_english_clauses_of_co_leads_grants_and_partners_abroad(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The others are Toronto-based Xanadu Quantum Technologies; Photonic Inc. of Coquitlam, B.C.; and Nord "
            "Quantique.",
            {("Xanadu Quantum Technologies", "member"), ("Photonic Inc", "member"), ("Nord Quantique", "member")},
        ),
        (
            "The network is co-ordinated from Waterloo's Institute for Quantum Computing.",
            {("Institute for Quantum Computing", "lead")},
        ),
        (
            "The first testbed is to open in 2026 at the Quantum Institute of Sherbrooke, which will host it.",
            {("Quantum Institute of Sherbrooke", "host")},
        ),
    ],
)
def test_english_towns_provinces_and_the_clauses_of_a_site(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The other two hubs announced today, on composites and on medicines, will be led by the universities of "
            "Bath and Nottingham.",
            set(),
        ),
        (
            "The hub will be hosted at Leeds' Bragg Centre for Materials Research, where a launch event will take place.",
            {("Bragg Centre for Materials Research", "host")},
        ),
        (
            "Internationally, the hub will work with research groups in Germany, Japan and South Korea.",
            {("Germany", "international"), ("Japan", "international"), ("South Korea", "international")},
        ),
    ],
)
def test_english_other_hubs_a_towns_site_and_partners_abroad(sentence, expected):
    assert _found(sentence, "en") == expected


def test_korean_members_admitted_and_the_programme_by_its_kind():
    sentence = "연구기관 가운데서는 한국전자통신연구원(ETRI)과 한국전자기술연구원(KETI)이 회원 자격을 얻었다."
    assert _found(sentence, "ko") == {("한국전자통신연구원", "member"), ("한국전자기술연구원", "member")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The bulk of the money comes through the Engineering and Physical Sciences Research Council (EPSRC), "
            "UKRI's largest council, with a £12-million top-up from the Department for Transport.",
            {
                ("Engineering and Physical Sciences Research Council", "organiser"),
                ("Department for Transport", "organiser"),
            },
        ),
        (
            "It is funded through a five-year cooperative agreement with the U.S. National Science Foundation.",
            {("U.S. National Science Foundation", "organiser")},
        ),
        (
            "The hubs will be bound together in a national network whose members include the Aerospace Technology "
            "Institute and the Connected Places Catapult.",
            {("Aerospace Technology Institute", "member"), ("Connected Places Catapult", "member")},
        ),
        (
            "At the University of Reading, atmospheric scientist Tomás Ibarra will lead a hub on contrails.",
            {("University of Reading", "lead")},
        ),
    ],
)
def test_english_money_through_a_body_a_networks_members_and_a_lead_set_first(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "- Energy Networks Digital Twin Hub, led by the University of Strathclyde under Professor Iain MacAskill, "
            "working with SP Energy Networks and the National Energy System Operator",
            {
                ("University of Strathclyde", "lead"),
                ("SP Energy Networks", "partner"),
                ("National Energy System Operator", "partner"),
            },
        ),
        (
            "- Healthy Buildings Twin Hub, co-led by University College London and Loughborough University, with "
            "Arup and BRE",
            {
                ("University College London", "co"),
                ("Loughborough University", "co"),
                ("Arup", "partner"),
                ("BRE", "partner"),
            },
        ),
        (
            "The Alan Turing Institute will run the programme secretariat and provide a shared data service.",
            {("Alan Turing Institute", "organiser")},
        ),
        ("The hubs build on the earlier Twinning for Net Zero pilot, which was led by Imperial College London.", set()),
        ("The seed round was led by Intervest, with the Korea Development Bank and KB Investment.", set()),
    ],
)
def test_english_partners_after_a_lead_a_secretariat_run_and_an_earlier_pilot(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Its secretariat is run out of CanmetMINING, the department's mining lab.", {("CanmetMINING", "organiser")}),
        (
            "Marianne Côté, a metallurgy professor at Université Laval, chairs the alliance's steering committee.",
            set(),
        ),
    ],
)
def test_english_a_secretariat_run_out_of_a_body_and_a_person_who_chairs(sentence, expected):
    assert _found(sentence, "en") == expected


def test_korean_holders_told_in_a_row_of_clauses_and_a_wire_dateline():
    assert _found("협의체 의장사는 광주시가, 간사기관은 인공지능산업융합사업단이 맡고 있다.", "ko") == {
        ("광주시", "lead"),
        ("인공지능산업융합사업단", "organiser"),
    }


def test_korean_dates_before_a_name_and_the_other_side_of_an_agreement():
    assert _found("올해 들어서도 지난달 LIG넥스원과 한국선급이 새로 합류했다.", "ko") == {
        ("LIG넥스원", "new_member"),
        ("한국선급", "new_member"),
    }
    assert _found("컨소시엄은 이달 말 산업부와 협약을 맺고 곧바로 사업에 착수한다.", "ko") <= {("산업부", "organiser")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Led by Curtin University, the Hub brings in partner organisations CSIRO; Geoscience Australia; and the "
            "WA Department of Mines, Petroleum and Exploration.",
            {
                ("Curtin University", "lead"),
                ("CSIRO", "partner"),
                ("Geoscience Australia", "partner"),
                ("WA Department of Mines, Petroleum and Exploration", "partner"),
            },
        ),
        (
            "The Hub will be funded through the Australian Research Council's Industrial Transformation Research "
            "Program, with a further $24.6 million in cash.",
            {("Australian Research Council", "organiser")},
        ),
    ],
)
def test_english_partner_organisations_named_after_their_kind_and_a_programmes_owner(sentence, expected):
    assert _found(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Seven industry members have signed on to the consortium – Tata AutoComp Systems, Exide Industries and "
            "Altmin.",
            {("Tata AutoComp Systems", "member"), ("Exide Industries", "member"), ("Altmin", "member")},
        ),
        (
            "The consortium will also collaborate with institutions in Japan and the United Kingdom.",
            {("Japan", "international"), ("United Kingdom", "international")},
        ),
    ],
)
def test_english_members_after_a_dash_and_institutions_abroad_by_country(sentence, expected):
    assert _found(sentence, "en") == expected


def test_a_companys_legal_form_ends_its_name_before_and():
    sentence = "The network starts with 27 founding members, among them British Airways, Phillips 66 Limited and Sheffield City Council."
    assert _found(sentence, "en") == {
        ("British Airways", "founding_member"),
        ("Phillips 66 Limited", "founding_member"),
        ("Sheffield City Council", "founding_member"),
    }


def test_members_joined_since_and_a_headlines_verb():
    sentence = (
        "Fifteen more organizations have joined since, including Case Western Reserve University and NASA Glenn "
        "Research Center."
    )
    assert _found(sentence, "en") == {
        ("Case Western Reserve University", "member"),
        ("NASA Glenn Research Center", "member"),
    }
    assert not {name for name, _ in _found("Consortium Adds 12 Members, Grows to 31", "en")} & {"Grows"}


def test_a_body_selected_to_lead():
    sentence = "The Department of Energy has selected Bridger National Laboratory to lead a new research center."
    assert ("Bridger National Laboratory", "lead") in _found(sentence, "en")


def test_partners_abroad_beside_a_clause_that_hedges_a_name_and_a_glued_country():
    sentence = (
        "Beyond Europe, the project works with two international partners, Kyushu University in Japan and the "
        "National Research Council Canada, and with a manufacturer in South Korea whose name has not yet been made public."
    )
    assert {name for name, label in _found(sentence, "en") if label == "international"} >= {
        "Kyushu University",
        "National Research Council Canada",
    }
    assert clean_english_name("KATHOLIEKE UNIVERSITEIT LEUVENBelgium") == ("KATHOLIEKE UNIVERSITEIT LEUVEN", "BE")


def test_a_members_list_goes_on_after_together_with():
    sentence = (
        "Its ten founding members are Strathclyde, KU Leuven and the University of Bologna, together with Halvorsen "
        "Pharma and Ardent Generics."
    )
    assert {name for name, _ in _found(sentence, "en")} == {
        "Strathclyde",
        "KU Leuven",
        "University of Bologna",
        "Halvorsen Pharma",
        "Ardent Generics",
    }
    growers = "Industry participants include Sea Forest and CH4 Global, together with regional growers in Tasmania."
    assert {name for name, _ in _found(growers, "en")} == {"Sea Forest", "CH4 Global"}
