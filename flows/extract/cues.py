"""The words that say which role a listed organisation plays: the genre's vocabulary, in one place.

Each cue maps to (table, label): table 'members' with a membership_type, or 'institutions' with a role.
Longer cues win over shorter ones that overlap them (공동연구개발기관 over 연구개발기관).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Every label below is one of the vocabularies in schemas/members.py and schemas/institutions.py
# (tests/extract/test_prefilter.py checks it).

# A table row's role column holds the bare role: '| 주관 | KT | 사업 총괄 |', '| 공동연구 | ETRI | ... |'.
_CELL = r"(?:(?<=\|)|(?<=\| )|(?<=｜)|(?<=｜ ))"
_CELL_END = r"(?=\s?[|｜])"
_KO: list[tuple[str, str, str]] = [
    ("institutions", "lead", rf"{_CELL}(?:주관|총괄){_CELL_END}"),
    # ('| 공동운영대학 | 영남대학교 |': a university that runs it with the lead)
    ("institutions", "co", rf"{_CELL}공동\s?(?:연구|개발|주관|운영)?(?:기관|대학)?{_CELL_END}"),
    ("institutions", "consigned", rf"{_CELL}위탁(?:\s?연구)?{_CELL_END}"),
    ("institutions", "partner", rf"{_CELL}(?:참여|협력){_CELL_END}"),
    ("members", "demand_company", rf"{_CELL}수요{_CELL_END}"),
    ("members", "initial_member", r"초기\s?(?:멤버십|멤버|회원)\s?(?:기업|기관|사)?"),
    (
        "members",
        "founding_member",
        r"창립\s?(?:회원|멤버십|멤버|발기인)\s?(?:사|기업|기관|단체)?|발기인\s?(?:사|기업)?|"
        r"(?<=[이가]\s)창립(?=했|하였)",  # ('A, B 등 24개사가 창립했다': they founded it)
    ),
    (
        "members",
        "new_member",
        r"신규\s?(?:회원|멤버|참여|가입)\s?(?:사|기업|기관)?|신규\s?운영\s?(?:사|기관)|새로\s?(?:합류|가입|이름을\s?올|함께(?:하게\s?된|한))",
    ),
    ("members", "demand_company", r"[가-힣]*수요\s?(?:기업|처|기관)"),
    (
        "members",
        "member",
        r"(?:정|준|일반)?회원\s?(?:사|기관|기업|단체|국)|멤버(?:십)?\s?(?:기업|사|기관)|"
        r"참여\s?(?:기업|업체|사)|구성\s?(?:기업|사)|가입\s?(?:기업|사)|공급\s?기업|(?<![가-힣])회원(?=[인은]\s|들)|"
        r"특구\s?사업자",  # a regulation-free zone's operators ('특구사업자로 참여해')
    ),
    # ('A, B 합류 (8곳)', '... A·B 합류': a headline's or a timeline's noun)
    ("members", "member", r"(?<![가-힣])(?:가입|합류)(?=했|한|해|하|을|를|키로|\s?(?:했|한다|예정|의사)|\s?\(\d|\s*$)"),
    # ('A와 B, C 등 모두 10개 기관이 함께합니다': a counted list that takes part together)
    (
        "members",
        "member",
        r"(?:(?<=곳이\s)|(?<=사가\s)|(?<=관이\s)|(?<=업이\s)|(?<=학이\s))함께(?=합니다|한다|하며|하고|했다|했습니다|해\s)",
    ),
    # ('수요기업으로 앱티셀과 지엠티바이오가 들어와 있습니다': they came in, as the role before)
    ("members", "member", r"(?<=[이가]\s)들어(?:와|왔|온|오)(?=\s?있|습|다|고|\s)"),
    # '노타, 플리토, 래블업으로 꾸려졌다': what the consortium is made of.
    (
        "members",
        "member",
        r"(?:(?<=로\s)|(?<=로))(?:꾸려졌|꾸려진|꾸려지|구성됐|구성된|구성되|이뤄졌|이뤄진|이루어졌)",
    ),
    # 'A·B 등 9개사는 협의체를 구성하기로 했다': the founders of a body being formed.
    ("members", "member", r"(?<![가-힣])(?:구성|결성)하기로|꾸리기로|(?<![가-힣])결성(?:했|한|해)"),
    # '덕산네오룩스, 동우화인켐이 이름을 올렸다': on the list of members.
    # (not '각각 15위와 22위에 이름을 올렸다': a place in a ranking)
    ("members", "member", r"(?:명단에\s?)?(?<!위에 )(?<!위에)(?<!위권에 )이름을\s?(?:올렸|올린|올리|올려)"),
    # 'A와 B가 회원 자격을 얻었다': admitted as members
    ("members", "member", r"회원\s?(?:사\s?)?자격을\s?(?:얻었|얻어|얻은|획득|받았|부여받)"),
    ("members", "member", r"참여(?:를\s?확정한|하는|한|할|\s?확정)\s?(?:기업|기관|회사|업체|곳|은행|대학|병원|단체)"),
    # '성일하이텍·고려아연·영풍 등 5개사가 참여한다': a weak cue, used only for a list of two or more.
    ("members", "member", r"(?<![가-힣])참여(?=[한할해했하합]|\s?(?:중이|예정))"),
    (
        "institutions",
        "lead",
        r"주관\s?(?:연구\s?)?(?:개발\s?)?기관|총괄\s?(?:주관\s?)?기관|주관\s?(?:기업|사|대학)|"
        r"총괄\s?(?:기업|사|대학)|컨소시엄\s?(?:총괄|주관|리더)|회장사|의장사|회장교|의장교|(?:의장|회장)\s?기관|대표\s?기관|"
        r"(?<!부)(?<!공동)(?<!공동 )(?:운영)?위원장\s?(?:기관|사)|"
        r"(?<!공동)(?<!공동 )운영\s?(?:주체|기관)|(?<!공동)(?<!공동 )주관(?=[해하한했합]|\s?아래|[은을]\s)|"
        r"(?<![가-힣])총괄(?=을|를|은|는|이|로|으로|하|한|해|했)|"
        r"이끄는|이끈다|이끈|이끌(?:고|며|어|게|기로)",
    ),
    (
        "institutions",
        "co",
        r"공동\s?(?:연구\s?)?(?:개발\s?)?기관|공동\s?주관\s?(?:기관|사)?|공동\s?회장사|공동\s?운영\s?(?:기관|대학|사)|"
        r"공동\s?(?:의장|위원장)\s?(?:사|기관)|공동\s?연구(?=를\s?(?:맡|담당))",  # 'A와 B가 공동연구를 맡는다'
    ),
    (
        "institutions",
        "partner",
        # (not '참여 기관 대표들과 협약서에 서명했다': the people of the members, no role of the subject)
        r"(?:참여\s?(?:연구\s?)?기관|협력\s?기관)(?!\s?(?:대표|관계자|임직원|책임자|연구진)\S*(?:와|과|들과|들이|들을|\s등))|"
        r"파트너\s?(?:기관|사)|참여\s?(?:대학|(?:대학\s?)?병원|의료\s?기관|지자체)|"
        r"(?:기술|협력|연구|전략)\s?파트너(?=인\s|로|으로)|기술\s?협력사(?=인\s)",  # '기술 파트너인 X가'
    ),
    (
        "institutions",
        "international",
        r"국제\s?공동\s?연구\s?기관|(?:해외|국외)\s?(?:협력|공동\s?연구|파트너)\s?기관|"
        r"국제\s?협력\s?기관|(?:해외|국외)\s?협력(?=\s*[:：])|"  # ('(국외 협력) A : ...' read as '국외 협력: A')
        r"(?:해외|국외)\s?파트너(?=로|인\s|이다)",  # ('에어로빈트는 컨소시엄의 해외 파트너로서')
    ),
    ("institutions", "consigned", r"위탁\s?(?:연구\s?)?(?:개발\s?)?기관"),
    # '안전성 시험은 한국산업기술시험원(KTL)에 위탁했다': the body the work is given to, marked 에
    ("institutions", "consigned", r"(?<=에\s)위탁(?=했|한|하|해|합)|(?<=에)위탁(?=했|한|하|해|합)"),
    # '바이오코어랩이 위탁받아 수행한다': the body given the work, its subject
    ("institutions", "consigned", r"위탁\s?받(?=아|은|는|고|았|습|을)"),
    # Vice-chairs hold an office, not the lead: a role of their own.
    # (so do the heads of its working groups: '폐열 분과장사', '칩셋 워킹그룹 리더사')
    # (and the members that steer it: '운영위원사에는 A, B 등 5곳이 이름을 올렸다')
    (
        "institutions",
        "other",
        r"부회장\s?(?:사|기관|교)|부의장\s?(?:사|기관|교)|부위원장\s?(?:사|기관)|분과장\s?사|리더사|운영\s?위원\s?(?:사|기관)|이사사",
    ),
    # Sites that try the result out and bodies that advise: a part in the work, not membership
    # ('자문 역할', '교육과정 자문을 맡는다': one that advises)
    ("institutions", "other", r"실증\s?(?:참여\s?)?(?:기관|기업)|자문\s?기관|자문(?=\s?역할|[을를]\s?맡)"),
    # An observer takes part without a vote ('의결권 없는 옵서버 자격으로 참여'): a part, not membership.
    ("institutions", "other", r"옵[서저]버(?:\s?(?:자격|기관|회원|사))?"),
    (
        "institutions",
        "organiser",
        r"주최|후원|간사\s?(?:기관|사|교)?|사무국(?!에\s|에서\s)|전담\s?기관|(?:주최|후원|지원)(?=[하한할해했합]|\s?아래)|지원\s?기관|"
        r"재정\s?지원(?=\s?[:：])|"
        # '과제 관리는 한국연구재단이 맡는다', '과제 평가와 사업비 관리는 X가 맡는다'
        r"(?:과제|사업비?)\s?(?:(?:기획|평가)(?:과|와|·)\s?(?:사업비\s?)?)?관리(?=[는은]\s)|"
        # 'KEIT가 과제를 관리하고', '울산시가 시비 30억원을 보탠다': who manages it, who adds money to it
        r"(?:과제|사업)[을를]\s?관리(?=[하한해했합])|(?<=원을\s)보(?:태|탠|탤)|"
        r"(?:과제|사업)\s?관리(?=[를을]\s?맡)",  # ('충남RISE센터가 과제 관리를 맡는다')
    ),
]
# What a 'will provide' is not about when it gives money: 'will provide $2 million', 'will provide funding'.
_NOT_MONEY = (
    r"(?!\s+(?:an?\s+|the\s+|its\s+)?(?:additional\s+|further\s+|more than\s+|up to\s+|about\s+)?"
    r"(?:[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{2,3}\s?\d|Rs\b|funding|funds|financing|grants?|money|cash|co-?funding|financial)|"
    r"[^.;]{0,40}\b(?:million|billion|funding)\b)"
)
_EN: list[tuple[str, str, str]] = [
    ("members", "initial_member", r"\b(?:initial|inaugural)\s+(?:members?|member companies|membership)\b"),
    (
        "members",
        "founding_member",
        r"\bfounding\s+(?:industry\s+|corporate\s+|industrial\s+)?"
        r"(?:members?|partners?|companies|organi[sz]ations|institutions|cohort)\b|"
        # (not 'a Bengaluru software company founded by IIT Guwahati alumni': who started a company)
        r"(?<!company )(?<!firm )(?<!start-up )(?<!startup )(?<!spin-off )(?<!spinout )"
        r"\b(?:co-?)?founded(?:\s+\w+){0,3}?\s+by\b(?![^.;,]{0,60}\b(?:alumni|graduates|former|students)\b)|"
        r"\bfounded (?:on|in) [\w.]+(?: \d{1,2})?(?:, \d{4})?,? by\b|"
        r"\bfounders? (?:include|included|are|were)\b|\bamong (?:the|its|those|these|their) founders\b|"
        # (not 'established in 2023 and coordinated by X': who runs it)
        r"\b(?:formed|established|(?<=was )set up|(?<=were )set up)"
        r"(?:\s+(?!coordinated|led|run|chaired|funded|managed|hosted|headed|financed)[\w,]+){0,4}?\s+by\b|"
        r"\b(?:was|were)\s+initiated\s+by\b|"
        # 'Eight of them signed the founding charter:'
        r"\bsigned\s+(?:the|its)\s+(?:alliance['’]s\s+)?founding\s+(?:charter|agreement|declaration|memorandum)\b|"
        # 'The six companies that founded the partnership in 2023 remain on board: A, B, ...'
        r"\b(?:that|which|who)\s+(?:co-?)?founded\s+(?:the|this|its)\s+(?:alliance|consortium|partnership|network|"
        r"association|initiative|group|hub|forum|coalition|programme|program|project)\b",
    ),
    (
        "members",
        "new_member",
        r"\bnew(?:est)?\s+members?\b|\bnewly\s+joined\b|\blatest\s+members?\b|\bnewcomers\b|"
        # ('The new units are:' after a network accredits them)
        r"\b[Tt]he\s+new\s+(?:research\s+|member\s+)?(?:units|nodes|centres|centers|sites)\s+(?:are|include)\b|"
        # 'The five organizations admitted at the winter meeting are:' (not 'admitted that ...')
        r"\b(?:newly\s+|formally\s+)?admitted\s+(?:at|to|in|as|during|last|this|on)\b|\bwere\s+admitted\b|"
        r"\b(?:voted|agreed|decided)\b[^.;:]{0,80}?\bto\s+admit\b|"  # ('Members voted at the AGM to admit:')
        # ('Eleven of them join the centre for the second term, among them A, B and C')
        r"\b(?:join|joins|joined|are joining)\s+(?:the|this|its)\s+(?:[\w\-]+\s+){1,3}?(?:for|in)\s+(?:the|its)\s+"
        r"(?:second|third|next|new)\s+(?:term|phase|period|round|funding period)\b[^.;:]{0,30}?,\s+among\s+them\b",
    ),
    (
        "members",
        "demand_company",
        r"\bdemand(?:-side)?\s+(?:companies|partners|firms|institutions?|organi[sz]ations?|agencies|hospitals)\b|"
        # 'have signed on as end users', 'one of three end-user members': they will use what is made
        r"\bas\s+(?:an?\s+)?(?:end|industry)[- ]users?\b|"
        r"\bend[- ]user\s+(?:members?|partners?|organi[sz]ations?|farms|sites|companies|hospitals|utilities)\b|"
        # 'A and B will be the end users of the planting material'
        # ('has been named the hub's first end user')
        r"\b(?:will be|are|were|is|(?:been\s+)?named(?:\s+as)?)\s+(?:the\s+|an\s+)?(?:[\w\-]+['’]s\s+)?"
        r"(?:first\s+|main\s+|lead\s+|anchor\s+|designated\s+|intended\s+)?end[- ]users?\b|"
        # ('End users are A and B', 'Three industrial end users complete the consortium ...: A, B and C')
        r"\bend[- ]users\s+(?:are|include|will be)\b|\bend[- ]users\b(?=[^.;:]{0,150}:\s)|"
        # ('with Cork City Council and local emergency services as its first users')
        r"\bas\s+(?:its|their|the)\s+first\s+users\b",
    ),
    (
        "members",
        "member",
        r"\bmade up of\b|\bcomprising\b|\bconsist(?:s|ing)? of\b|\bcomposed of\b|\bwhose members are\b|"
        # 'Eight organizations are part of the network:'
        r"\b(?:are|is|were|will be|became|become)\s+(?:now\s+)?part\s+of\s+(?:the|this)\s+(?:[\w\-]+\s+){0,3}?"
        r"(?:consortium|alliance|network|coalition|hub|partnership|initiative|council|project|programme|program)\b|"
        r"\b(?:consortium|alliance|coalition|council|network|cohort)\s+(?:includes|include|comprises)\b|"
        r"\bmember\s+(?:companies|firms|organi[sz]ations|institutions|biorepositories|hospitals|universities|"
        r"laboratories|labs|institutes|bodies|sites|cooperatives|utilities|associations)\b|\bmembers\b|"
        r"\bparticipating\s+(?:compan(?:y|ies)|firms?|organi[sz]ations?|operators|utilities|manufacturers|producers|"
        r"businesses|enterprises|start-?ups|SMEs)\b|"
        # 'which counts A, B and C among its 24 participants'
        r"\bcounts\b(?=[^.;]{3,300}?\bamong (?:its|their) (?:\d+\s+)?(?:members|participants|partners)\b)|"
        # (not 'we're joined by A, B and C as partner universities': the role the sentence gives them)
        r"\bjoined\s+(?!as\s+(?:\w+\s+)?partners\b)(?:[a-z]+\s+){0,3}?by\b(?![^.;]{0,200}\bas\s+(?:\w+\s+)?partner)|\bjoined\b(?!\s+as\s+(?:\w+\s+)?partners\b)|"
        r"\bjoining\b|"
        # 'A, B and C join the alliance' (a timeline's present tense)
        r"\bjoins?\s+(?:the|this|its)\s+(?:[\w\-]+\s+){0,3}?(?:alliance|consortium|network|association|council|"
        r"coalition|hub|initiative|programme|program|project|partnership|forum)\b|"
        # 'Brenta Elastomers is now officially a member of the alliance'
        r"\b(?:is|are|has become|have become|became|becomes)\s+(?:now\s+)?(?:officially\s+)?(?:an?\s+)?"
        # ('X, which represents growers, is a member and will run field days')
        r"(?:(?:full|official|regular)\s+)?(?:members?\s+of\b|member\b(?=\s*(?:and\b|,|;|\.|$)))|"
        r"\bwill join\b|\bsigned on\b|\bsigned up\b|\b(?:industry|corporate)\s+(?:affiliates|members)\b|"
        # 'Signing the memorandum were:' and its signatories, each with the body they signed for
        r"\bsigning\s+(?:the|this|its)\s+(?:[\w\-]+\s+){0,3}?(?:memorandum|agreement|charter|declaration|MoU|accord|"
        r"pact|compact)\b(?:\s+\w+){0,3}?\s+(?:were|are)\b|\bsignatories\s+(?:were|are|include)\b|"
        r"\b(?:they|these|those)\s+include\b|\b(?:industry\s+)?participants\s+(?:include|are)\b|"
        r"\b(?:direct|indirect|industrial|industry)\s+participants\s*:|"  # '... as direct participants: A (AT); B'
        r"\bamong the (?:industry\s+)?participants\b|\bamong them (?:are|were)\b|^\s*among them\s*:|"
        r"(?<=members, )among them\b|"
        # ('PAGV brought together 19 institutions, among them A, B and C')
        r"\b(?:brought|brings|bring)\s+together\s+(?:\d+|[a-z]+)\s+(?:[a-z\-]+\s+)?(?:institutions|institutes|"
        r"organi[sz]ations|companies|universities|members|partners),\s+(?:among them|including)\b|"
        r"\b(?:will\s+)?(?:participates?|takes?\s+part)\b(?=\s+as\b)|\bjoins?\b(?=\s+as\b)|"
        # 'Also taking part are A, B and C'
        r"\b(?:taking part|participating)\b(?=\s+(?:are|were|will be)\b)|"
        # 'Two enterprises from the region are participating in the programme: A and B' (companies: members; the
        # organisations that take part in an EU project are its partners)
        r"\b(?:companies|enterprises|firms|businesses|producers|manufacturers)\s+(?:[^:;.]{0,40}\s)?"
        r"(?:(?:are|will be)\s+(?:participating|taking part)|participate|take part)\s+in\s+(?:the|this)\s+"
        r"(?:[\w\-]+\s+){0,2}?(?:programme|"
        # (or a line that goes on to its colon: '... participating in the program and will contribute data:')
        r"program|project|consortium|alliance|network|initiative|hub|scheme|pilot)(?:\s*:|(?=[^.:;]{0,80}:\s*$))|"
        # 'It now counts 40. They range from medtech multinationals A, B and C to start-ups such as D'
        r"\b(?:they|its members|its partners|the members|the partners)\s+range\s+from\b|"
        # 'Research groups at A, B and C make up the academic side of the consortium'
        r"\bmake up\b(?=[^.;]{0,60}\b(?:consortium|alliance|network|membership|hub|partnership)\b)|"
        # '... has 10 participants including MARIN. The others are shipowners A, B and C; ...'
        r"^\s*The (?:others|rest|remaining (?:members|participants|partners))\b(?=\s+(?:are|include)\b)",
    ),
    (
        "institutions",
        "co",
        r"\bco-?led by\b|\bco-?chaired by\b|\bco-?leads?\b|\bco-?leaders?\b|\bco-?conven(?:er|or)s?\b|"
        r"\bco-?pilots?\b|"  # (a French programme's 'co-pilote')
        # ('three other institutions are co-applicants on the grant:' and a list)
        r"\bco-?applicants?\b|"
        r"\bco-?developers?\b|"
        # ('take part as co-executing institutions', Latin America's 'instituciones co-ejecutoras')
        r"\bco-?executing\s+(?:institutions?|partners?|entit(?:y|ies)|organi[sz]ations?|universit(?:y|ies))\b|\bco-?leading\b|\bco-?coordinat\w+|\bjointly\s+lead\b|"
        r"\bco-?chair\w*(?!\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,4}?(?:working\s+group|task\s+force|sub-?committee))|"
        r"\bco-?directors?\s+(?:are|is|include)\b|\bco-?directed by\b|"
        r"\b(?:joint|co-?)\s*(?:research|R&D|research and development)\s+(?:institution|institute|partner)s?\b",
    ),
    (
        "institutions",
        "lead",
        r"\bled by\b|\blead(?:ing)?\s+(?:research\s+|R&D\s+|research and development\s+)?"
        r"(?:institution|organi[sz]ation|partner|university|coordinator|agency|applicant|institute)s?\b|"
        # 'Coordinator: X AG (Switzerland)': a line that opens with the role
        r"^\s*(?:[\-•*]\s*)?(?:project\s+|overall\s+)?(?:co-?ordinator|lead(?:er)?|lead partner)"
        r"(?=\s*(?:\([^()]*\)\s*)?[:：])|"
        r"\bcoordinated by\b|\banchored by\b|\b(?:led|run) out of\b|\bpiloted by\b|"
        # ('Northland Inc, which is the regional development agency, is the lead.')
        r"\b(?:is|will be)\s+the\s+lead(?=\s*[.;,]|\s+(?:here|now)\b)|"
        # ('The network is run from the University of Lausanne, which is its home institution': a Swiss NCCR's)
        r"\b(?:is|are)\s+run\s+from\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|\bhome\s+institution\b|"
        # ('UWA is the administering organisation': the body an Australian research council's grant goes through)
        r"\badministering\s+(?:organi[sz]ation|institution|university|body)\b|"
        # ('coordinated from the University of X': a body, not a town)
        r"\bcoordinated from\b(?=\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,4}(?:University|Institute|Cent(?:re|er)|College|"
        r"Laborator(?:y|ies)|School|Agency|Council|Foundation|Hospital)\b)|"
        r"\bwill coordinate\b|\bcoordinates\b|\b(?:is|are|will be) coordinating\b|"
        r"\b(?:is|are)\s+(?:set\s+)?to\s+coordinate\b|"
        r"\b(?:serves?|serving|acts?|acting)\s+as\s+(?:the\s+)?(?:project\s+|overall\s+)?coordinator\b|"
        # 'IPT, which is linked to ..., is the coordinator of the consortium'
        r"\b(?:is|are|was|will be|becomes|became)\s+(?:the\s+|its\s+)?(?:[\w\-]+['’]s\s+)?"
        r"(?:project\s+|overall\s+|scientific\s+)?coordinator\b|"
        # 'will serve as the network's coordinating center' (a data coordinating center serves the others)
        # ('UiT is the coordinating institution')
        r"\b(?:(?:serves?|serving|acts?|acting)\s+as\s+(?:the\s+|its\s+)?|(?:is|are|was|will be)\s+(?:the|its)\s+)"
        r"(?:[\w\-]+['’]s?\s+)?(?:overall\s+)?coordinating\s+(?:cent(?:er|re)|institution|institute|site|hub|body|organi[sz]ation)\b|"
        r"\bwill (?:run|operate) (?:the\s+(?:center|centre|hub|institute|consortium|programme|program)\b(?!['’])"
        r"(?!\s+secretariat)|"
        r"(?-i:[A-Z][A-Z\-]{2,})\b(?!['’]))|"  # (not 'will run ELCA's secretariat')
        # ('INRAE will lead work on the insect vector', 'leads work package 3': a part of the work, not the project)
        # 'Technical coordination will sit with X', 'Leadership rests with X'
        r"\b(?:coordination|leadership)\s+(?:of\s+the\s+\w+\s+)?(?:will\s+)?(?:sits?|rests?|lies?)\s+with\b|"
        # 'IIT Guwahati is the hub.': the hub of a hub-and-spoke network leads it
        r"\b(?:is|will be|serves as|acts as)\s+the\s+(?:central\s+)?hub\b"
        r"(?=\s*[.;]|\s+(?:institut|universit|of the network))|"
        # ('LG Energy Solution takes the chair for the first two-year term')
        r"\b(?:takes?|took|holds?|assumes?|assumed)\s+(?:the\s+)?(?:rotating\s+)?chair(?:manship)?\b(?!\s+of\s+the\s+\w+\s+(?:group|committee|board))|"
        r"\bheaded by\b|\bspearheaded by\b|\bchaired by\b|"
        # ("co-ordinated from Waterloo's Institute for Quantum Computing"; not 'coordinated from Córdoba', a town)
        r"\bco-?ordinated\s+from\b(?=[^.;,]{0,60}\b(?:Institute|University|Centre|Center|College|Laboratory)\b)|"
        r"\b(?:will lead|leads|(?:is|are)\s+(?:set\s+|due\s+)?to\s+lead)\b"
        # (a market report: 'Shopify leads tech gains')
        r"(?!\s+(?:[a-z]+\s+)?(?:gains|losses|declines|rally|the\s+(?:index|market|gainers|losers))\b)"
        r"(?!\s+(?:the\s+)?(?:work|research|"
        r"efforts?|activities|development|testing|trials|studies|analysis)\s+(?:on|of|in)\b|"
        # ('UAHS will lead the pest work, including ...': a part named by its subject)
        r"\s+(?:the\s+)?[a-z\-]+\s+(?:work|efforts?|activities|testing|trials|studies|analysis)\s*[,;.]|"
        # ('will lead the sampling and analysis work package')
        r"\s+(?:a\s+|the\s+|its\s+)?(?:[\w\-]+\s+){0,4}?(?:work\s?package|working\s+group|task\s?force|work\s?stream)|"
        # ("will lead the centre's analytical chemistry program": a named part of the whole)
        # ("will lead the CRC's work on pollination": a part named by its topic)
        r"\s+(?:the\s+)?[\w\-]+['’]s\s+(?:[\w\-]+\s+){1,3}(?:program|programme|research|work|strand)\b|"
        r"\s+(?:the\s+)?[\w\-]+['’]s\s+(?:work|research)\s+(?:on|in|into)\b|"
        # ('leads the Kentucky arm', 'leads its data strand': a part of the programme)
        r"\s+(?:the|its|a)\s+(?:[A-Z][\w\-]*\s+|[a-z\-]+\s+){0,2}(?:arm|branch|node|strand|pillar|track|theme|"
        r"component|module|sub-?project|work\s?stream)\b|\s+(?:the|its)\s+[A-Z][\w\-]*\s+team\b)|"
        r"\b(?:(?:will|to) chair|chairs the)\b(?!\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?advisory\s)|"
        r"\b(?:is|are) leading\b(?=\s+(?:the|this)\b)|"
        # ('The Company is also industry lead of PhageShield Atlantic')
        r"\b(?:is|are|will be)\s+(?:also\s+)?(?:the\s+)?(?:industry|academic|project|scientific)\s+lead\b"
        r"(?=\s+(?:of|for|on)\b)|"
        r"\b(?:selected|chosen|picked|tapped|named)\s+to\s+lead\b|\bdirected by\b|"
        r"\bheads\b(?=\s+(?:the|this)\b)|"
        # 'X has been designated as the nodal institution' (India's releases): the one that leads
        r"\bnodal\s+(?:institution|institute|agency|organi[sz]ation|cent(?:re|er)|partner)s?\b|"
        # 'Skyforge Aero chairman Lin was elected convener of the alliance': the officer's organisation leads
        r"\b(?:was|were|has been|is)\s+(?:elected|named|appointed|chosen)\s+(?:as\s+)?(?:the\s+)?"
        r"(?:[\w\-]+['’]s\s+)?(?:(?:first|founding|inaugural)\s+)?(?:convener|chair(?:man|woman|person)?|president)\b",
    ),
    (
        "institutions",
        "international",
        # ('the hub's international knowledge partner')
        r"\binternational\s+(?:research\s+|cooperation\s+|co-?operation\s+|collaboration\s+|knowledge\s+|technical\s+|"
        # ('the CRC's international research participant')
        r"academic\s+|technology\s+)?(?:partner|participant)(?:s|\s+institutions?|"
        r"\s+organi[sz]ations)?(?:\s+in\b)?|"
        r"\binternational\s+collaborators?\b|"
        # ('The consortium will also collaborate with institutions in Japan and the United Kingdom')
        r"\b(?:will\s+(?:also\s+)?)?(?:collaborate|work|partner)\s+(?:closely\s+)?with\s+(?:research\s+)?"
        r"(?:institutions|universities|institutes|groups|"
        r"laboratories|labs)\s+(?:in|from)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
        # ('Internationally, the hub will work with research groups in Germany and Japan')
        r"^\s*(?:Internationally|Abroad|Overseas)(?=,)|"
        # ('International collaboration continues with A in the Netherlands and B')
        r"\binternational\s+(?:collaboration|cooperation|co-operation)\s+(?:continues|will continue|is)\s+with\b|"
        r"\b(?:overseas|foreign)\s+(?:partners?|collaborators?)(?:\s+in\b)?|"
        r"\bpartners?\s+in(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
        # 'A and B are collaborating institutions abroad'
        r"\b(?:(?:collaborating|partner|participating)\s+)?(?:institutions?|partners?|universities|collaborators?)"
        r"\s+(?:abroad|overseas)\b",
    ),
    (
        "institutions",
        "partner",
        # ('Our associated partner is Eawag')
        r"\bpartners?\s+(?:include|including|are)\b|\bpartner\s+is\b(?=\s+(?-i:[A-Z]))|"
        # ('The research institutions in the consortium and their tasks are: A (...); B (...)')
        r"\b(?:research\s+)?(?:institutions|universities|organi[sz]ations)\s+(?:in|of)\s+the\s+(?:consortium|network|"
        r"project|alliance|hub|programme|program)\b(?=[^.;:]{0,40}(?:\bare|\binclude)\b)|"
        # ('participate as associated institutions'; not an international associated partner)
        r"(?<=\bas\s)associated\s+(?:institutions?|organi[sz]ations?|universit(?:y|ies)|entit(?:y|ies))\b|"
        # 'The team comprises researchers from A, B and C': the institutions its people come from
        r"\b(?:team|consortium|project|group|network)\s+(?:comprises|includes|brings together)\s+"
        r"(?:researchers|scientists|experts|teams|specialists)\s+(?:from|at)\b|"
        r"\bpartners?\s+(?:in|on|of|for)\s+(?:the|this|its)\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:include|are)\b|"
        r"\b(?:clinical|trial|study|recruiting)\s+sites\b|"  # 'The clinical sites are:' and a list
        r"\b(?:implementing|executing)\s+(?:agencies|agency|partners|institutions|organi[sz]ations)\b|"
        r"\bparticipating\s+(?:[a-z\-]+\s+)?(?:institutions|institutes|universities|laboratories|labs|sites|"
        r"cent(?:re|er)s|hospitals|clinics|partners|groups|teams|schools)\b|"
        r"\bpartner\s+(?:institutions?|institutes?|"
        r"organi[sz]ations|universities|companies|firms)\b|\bin partnership with\b|"
        r"\bcollaborating\s+(?:institutions|partners|universities|institutes|organi[sz]ations|bodies)\b|"
        r"\bcollaborators\s+(?:include|are)\b|"  # ('Domestic collaborators include A and B')
        # ('adds a partner node at the University of Manitoba')
        r"\bpartner\s+(?:node|site|hub|lab|laboratory|campus)s?\s+at\b|"
        # ('Three further node universities each take charge of one research theme:')
        r"\bnode\s+(?:universities|institutions|institutes|organi[sz]ations)\b|"
        # ('Murdoch University joins as a collaborating university')
        r"(?<=\bas\s)(?:an?\s+|the\s+)?(?:collaborating|participating|partner)\s+(?:university|institution|institute|"
        r"organi[sz]ation|laboratory|hospital)\b|\bpartnering with\b|\bpartners\b|"
        r"\bspokes\b|"  # 'a hub-and-spoke network, with four spokes:' and a list
        # ('It also brings together research and higher-education institutions such as A, B and C')
        r"\b(?:brings|bring|brought)\s+together\s+(?:[a-z\-]+\s+){0,4}?(?:institutions|universities|institutes|"
        r"research\s+cent(?:re|er)s)\s+(?:such\s+as|including|like)\b|"
        # ('A, B and C are the spoke institutions'; not a heading's 'Spoke universities (co-leads of ...)')
        r"(?:(?<=\bthe\s)|(?<=\bas\s))spoke\s+(?:institutions?|institutes?|universit(?:y|ies)|partners?|"
        r"organi[sz]ations?|cent(?:re|er)s?)\b|"
        # ("A, B and C are the hub's spoke institutions")
        r"(?<=\bare\s)the\s+[\w\-]+['’]s\s+spoke\s+(?:institutions|institutes|universities|partners)\b|"
        # ('The four spoke institutions are A, B, C and D'; 'the centre's spoke institutions - A, B and C - each ...')
        r"\bspoke\s+(?:institutions|institutes|universities|partners|organi[sz]ations|cent(?:re|er)s)"
        r"(?:\s+(?:are|include|will be)\b|(?=\s+[-–—]\s+(?:the\s+)?(?-i:[A-Z])))|"
        # 'A, B and C will work with the network as partners': its subjects, not what they work with
        r"\b(?:will\s+)?(?:work|works|collaborate|collaborates)\s+with\s+the\s+(?:[\w\-]+\s+){0,2}?(?:network|"
        r"consortium|programme|program|project|hub|cent(?:re|er)|alliance|initiative|institute|team)\s+as\s+"
        r"(?:an?\s+)?(?:[\w\-]+\s+){0,2}?partners?\b|"
        # 'Kiel University leads the work package on monitoring': a partner leading a part of the work
        r"\b(?:will lead|leads|is leading)\s+(?:the\s+|a\s+|its\s+)?(?:[\w\-]+\s+){0,4}?"
        r"(?:work\s?packages?|work\s?streams?|sub-?projects?|working\s+groups?|task\s?forces?)\b|"
        # ("will lead the CRC's work on pollination", "will run the engine's research arm", 'will run the workforce
        # side'): a part of the whole, held by a partner
        r"\b(?:will lead|leads|will run|runs)\s+(?:the\s+)?"
        r"(?:[\w\-]+['’]s\s+(?:work\s+(?:on|in)|research\s+(?:on|arm))|"
        r"(?:[\w\-]+['’]s\s+)?(?:[\w\-]+\s+){0,2}?(?:arm|side|strand))\b|"
        r"\bpartner\b(?=\s+(?:in|on|to|for|under|with|and)\b|\s*[.,;])|"
        r"\bpartner\s+(?:sites|laboratories|labs|centres|centers|hospitals)\b|"
        r"\bco-?investigators?\s+(?:come\s+from|are\s+from|from)\b|"  # 'Co-investigators come from:' and a list
        r",\s+working\s+(?:closely\s+)?with\b|"  # ('led by X under Professor Y, working with A and B')
        r"\bwill\s+(?:also\s+)?(?:work|collaborate)\s+(?:closely\s+)?with\b|"  # 'INAIGEM will work with A, B and C'
        r"\b(?:with\s+)?participation from\b|\bin (?:close\s+)?collaboration with\b|\bcollaborating with\b|"
        # (not 'will serve alongside it as co-chair': beside the one named before)
        r"\bteamed up with\b|"
        # ('will participate as spoke (partner) institutions': the spokes of a hub are its partners)
        r"(?<=\bas\s)spoke\s+(?:\([^()]{1,20}\)\s+)?(?:institutions?|institutes?|universities|partners?|sites?|"
        r"cent(?:re|er)s?)\b|"
        # ('the engine has signed a research agreement with X')
        r"\b(?:has\s+|have\s+)?signed\s+(?:an?\s+)?(?:research|cooperation|co-operation|collaboration|partnership)\s+"
        r"agreement\s+with\b|\balongside\b(?!\s+(?:it|them|him|her|us)\b)|\bparticipants\s*\(\d+\)?|"
        r"\bjoined\s+as\s+(?:\w+\s+)?partners\s+by\b|\bbrings? together\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
        r"\b(?:take|takes|taking) part in the (?:project|programme|program|consortium|network|centre|center)\s*:",
    ),
    (
        "institutions",
        "organiser",
        # the longer form first: an alternation takes the first that matches where they start alike
        r"\bsecretariat\s+(?:is|will be)\s+(?:hosted|run|housed|based|located)\s+(?:by|at|in|out\s+of|from)\b|"
        # ('The Alan Turing Institute will run the programme secretariat')
        r"\b(?:will\s+)?(?:run|runs|provide|provides)\s+(?:the\s+)?(?:programme\s+|program\s+|network\s+|hub\s+)?"
        r"secretariat\b|"
        # 'Wellcome announced it will spend £38 million over 5 years', 'topped up with €9m from X'
        r"\btopped\s+up\s+with\b[^.;]{0,30}?\bfrom\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
        # 'the Technology Innovation Agency is contributing a further R12 million', 'X, which is putting nine
        # million euros into the platform'
        # ('the Ohio Department of Development is kicking in $5 million': its subject, before the verb)
        r"\b(?:is|are)\s+(?:putting|kicking(?=\s+in\b)|chipping(?=\s+in\b))\b"
        r"(?=\s+(?:in\s+)?(?:[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d|[a-z]+\s+(?:million|billion)))|"
        r"\b(?:is|are)\s+contributing\b(?=\s+(?:a\s+further\s+|another\s+|an\s+additional\s+)?"
        r"(?:[$€£¥₹]|[A-Z]{1,3}\$|R\d|[A-Z]{3}\s?\d|\d))|"
        # 'The General Secretariat for Research and Innovation (GSRI) approved funding of 7.9 million euros'
        r"\b(?:approved|granted)\s+(?:funding|a grant|grants|financing)\b|"
        # 'The ministry has earmarked NT$1.2 billion for the alliance's joint projects'
        r"\b(?:has|have|had)\s+(?:earmarked|allocated|pledged|set aside)\b(?=\s+(?:an?\s+)?(?:[$€£¥₹]|[A-Z]{1,3}\$|"
        r"[A-Z]{3}\s?\d|\d))|"
        # 'Wellcome confirmed in January a grant of £6.8 million for the network's first phase'
        r"\b(?:confirmed|announced|approved|committed|pledged)(?:\s+(?:in|on|last)\s+[A-Z]\w+)?\s+an?\s+"
        r"(?:new\s+)?(?:grant|funding package|award)\b(?=\s+(?:of|worth)\s+(?:[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d))|"
        # ('Innovate UK ... confirmed a 20 million pound grant for the consortium')
        r"\b(?:confirmed|announced|approved|committed|pledged)\s+an?\s+(?:[$€£¥₹]|[A-Z]{1,3}\$)?\d[\d.,]*[\s\-]*"
        r"(?:million|billion|m|bn)?[\s\-]*(?:pounds?|euros?|dollars?|yen|francs?|kronor|kroner)?[\s\-]*"
        r"(?:grant|award)\b(?=\s+(?:for|to)\b)|"
        # 'NIEHS has awarded $42 million to establish the network'
        # 'The Assam government has committed another ₹15 crore': money promised is funding
        r"\b(?:has|have|had)\s+(?:committed|pledged|promised|invested|put(?=\s+in\b))\b(?=(?:\s+in)?\s+(?:another\s+|"
        r"a\s+further\s+|an\s+additional\s+)?"
        r"(?:[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|Rs\.?\s?\d|\d))|"
        r"\b(?:has|have)\s+awarded\b(?=\s+(?:an?\s+)?(?:[$€£¥₹\d]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d)[^.;]{0,60}\bto\b)|"
        r"\b(?:co-?)?(?:funded|financed|invested)\s+(?:\w+ly\s+)?by\b|\borgani[sz]ed by\b|\bbacked by\b|"
        # (a fact sheet's 'Granting authority: European Research Executive Agency')
        r"\bgranting\s+authority\b(?=\s*:)|"
        # ('The bulk of the money comes through the EPSRC, with a £12-million top-up from the Department for Transport')
        r"\b(?:money|funding|funds)\s+(?:comes?|came|will\s+come)\s+(?:through|from)\b|\btop-?up\s+from\b|"
        # ('funded through a five-year cooperative agreement with the U.S. National Science Foundation')
        r"\bfunded\s+through\s+an?\s+[^.;]{0,60}?\bwith\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
        # ("funded through the Australian Research Council's Industrial Transformation Research Program": its owner)
        r"\bfunded\s+through\b(?=\s+the\s+(?-i:[A-Z])[^.;]{0,80}?['’]s\s)|"
        # ('a $1.3-million Alliance grant from the Natural Sciences and Engineering Research Council'; not a study's
        # funding, 'The study was supported by a grant from ...', nor 'competitive grants from Horizon Europe')
        r"(?<!study was supported by )(?<!study is supported by )(?<!work was supported by )"
        # ('a CLP 9.8bn (about US$10.5m) grant from ANID': its size between)
        r"\b(?:an?\s+(?:[^;]{0,40}?\s)?|(?-i:[A-Z])[\w\-]*\s+)grant\s+from\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
        # ('with CORFO and the European Union co-financing the pilot plant': the subjects before the verb)
        r"\bco-?(?:financing|funding)\b(?=\s+(?:the|its|a)\s)|"
        # ('the project is managed on the EU side by the European ... Executive Agency (CINEA)': a funder's agency)
        r"\bmanaged\s+(?:[\w\-]+\s+){0,4}?by\b(?=\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,80}?(?-i:Agency)\b)|"
        # (not 'This issue is sponsored by X': the newsletter's advertiser)
        r"(?<!issue is )(?<!letter is )(?<!edition is )(?<!episode is )(?<!podcast is )\bsponsored by\b|"
        # 'The hub has been awarded £12.4 million by the Engineering and Physical Sciences Research Council'
        r"\b(?:been|was|were)\s+awarded\b(?:[^.;]|\.(?=\d)){0,40}?\bby\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
        # 'X is the trial sponsor', 'X is the testbed's headline sponsor'
        r"\b(?:is|are|will be|acts as)\s+(?:the|its)\s+(?:[\w\-]+(?:['’]s)?\s+){0,2}sponsors?\b|"
        r"\bfinanced by\b|\bsupported by\b|"
        # ('R$ 210 million for the new units over three years, provided by the Ministry of ...')
        r"(?<=million|billion)(?:[^.;]{0,80}?),?\s+provided\s+by\b|"
        # ('The Union Department of Science and Technology (DST) has sanctioned a technology hub': India's word)
        r"\b(?:has|have|had)\s+sanctioned\b(?=\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:hub|cent(?:re|er)|"
        r"programme|program|project|network|consortium|grant|funding|[$€£¥₹]|Rs\.?\s?\d|\d))|"
        # ('£12.5 million from UKRI through its Technology Missions Fund, delivered by BBSRC and EPSRC')
        r"(?:(?<=Fund, )|(?<=Programme, ))delivered\s+(?:jointly\s+)?by\b|"
        r"\b(?:fund|programme|program|scheme)\s+(?:is|was|will be)\s+(?:jointly\s+)?delivered\s+by\b|"
        # 'The IndiaAI Safety Institute has picked a consortium led by ...': the body that chose it
        # (not 'said it has selected a consortium': the agency that said so, read as such)
        r"(?<!\bit )(?<!\bthey )\b(?:has|have|had)\s+(?:picked|selected|chosen|tapped)\s+(?:a|the)\s+"
        r"(?:[\w\-]+\s+){0,2}?(?:consortium|team|group|bid|partnership)\b|"
        # ('The National Science Foundation on Tuesday named the X Engine one of its new Regional Innovation Engines')
        r"(?<!\bit )(?<!\bthey )\b(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
        r"(?:named|selected|chose|picked)\b"
        # (or a team led by its lead: 'The U.S. Department of Energy on Tuesday named a team led by X to run ...')
        r"(?=\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:team|consortium|group|bid|partnership|coalition)\s+led\s+by\b|"
        r"\s+(?:the\s+)?(?-i:[A-Z])[^.;]{3,100}?\s+"
        r"(?:as\s+)?one\s+of\s+(?:its|the)\s)|"
        # 'The funding is provided by the Federal Ministry ..., with contributions from the provinces of A and B'
        r"\b(?:funding|financing|money|grants?)\s+(?:is|are|will be|was|were)\s+(?:being\s+)?provided\s+by\b|"
        r"\b(?:with\s+)?(?:financial\s+)?contributions?\s+from\b|"
        # 'The ministry will provide the consortium's secretariat'
        r"\b(?:will\s+)?(?:provide|provides|house|houses|run|runs|host|hosts)\s+(?:the\s+)?(?:[\w\-]+['’]s\s+)?"
        r"secretariat\b|"
        # 'Business Finland and the Research Council of Norway are adding matching money': money, not an amount
        r"\b(?:(?:is|are|will\s+be)\s+(?:also\s+)?(?:adding|providing|putting\s+up|contributing)|"
        r"will\s+(?:also\s+)?(?:add|provide|put\s+up|contribute))\s+(?:the\s+)?(?:matching|additional|further|extra|"
        r"co-?)\s?(?:money|funds|funding|financing|grants?)\b|"
        r"\bsecretariat\b|\bconvened by\b|\badminister(?:s|ed by)\b|"
        r"\bon behalf of\b|\bmanaged by\b|\bunderwritten by\b|\bwith backing from\b|"
        # ("St Andrews' share of the training costs is paid by UKRI")
        r"\b(?:costs?|share|fees?|salar(?:y|ies)|places?|positions?)\s+(?:[\w\-]+\s+){0,3}?(?:is|are|will\s+be)\s+"
        r"paid\s+(?:for\s+)?by\b|"
        r"\bfunding from\b|\bwith funding from\b|\bsupport from\b|"
        # ('180 million pesos in funding for 2027–2029 from the federal Secretariat of Science')
        r"\bfunding\s+for\s+[^.;,]{1,20}?\s+from\b(?=\s+(?:the\s+)?(?:federal\s+|state\s+|national\s+)?(?-i:[A-Z]))|"
        r"\bfunded with\b[^;]{0,80}?\b(?:from|by|through|via)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
        r"\b(?:won|wins|awarded|receive|received|receives|secured|secures)\s+(?:a\s+|an\s+)?[^;]{0,40}?\bfrom\b|"
        # ('runs for three years with up to EUR 15 million from BMFTR')
        # ('with a further £3 million from Alzheimer's Society')
        r"\bwith\s+(?:up\s+to\s+|about\s+|some\s+|an?\s+(?:further|additional|extra)\s+|another\s+)?"
        r"(?:[$€£¥₩₹]\s?|(?:EUR|USD|GBP|CHF|NOK|SEK|DKK|AUD|CAD|NZD)\s)"
        r"[\d.,]+\s*(?:million|billion|m|bn)?\s+from\b|"
        r"\bwill (?:manage|administer) the (?:program|programme|project|initiative|consortium|grant|funding|"
        r"hub|cent(?:er|re)|network|alliance|award)\b|"
        r"\b(?:will (?:co-)?fund|(?:co-)?funds(?:\s+and\s+[a-z]+s)?(?=\s+the\b)|"
        r"(?:co-)?funded the|(?:is|are) (?:co-)?(?:funding|financing)|"
        r"will (?:co-)?finance|(?:co-)?finances the)\b|"
        r"(?<=[A-Za-z] )funding the\b|"
        r"\b(?:is|are|will be)\s+contributing(?=\s+(?:an?\s+)?(?:additional\s+|further\s+)?[$€£¥\d])|"
        r"\bwill contribute(?=\s+(?:an?\s+)?(?:additional\s+|further\s+)?[$€£¥\d])|"
        r"\b(?:is|are)\s+providing(?=\s+(?:an?\s+)?(?:additional\s+|further\s+)?(?:[$€£¥₹\d]|[A-Z]{3}\s?\d))|"
        # 'A further €2.1 million comes from the PRIMA programme'
        r"(?<=million |billion )(?:comes|came|will come)\s+from\b|"
        # 'the Halcyon Foundation, a Swiss philanthropy, has added $5 million'
        r"\b(?:has|have)\s+added(?=\s+(?:another\s+|a further\s+|an additional\s+)?(?:[$€£¥₹]|[A-Z]{1,3}\$|"
        r"[A-Z]{3}\s?\d|\d[\d.,]*\s*(?:million|billion)\b))|"
        # 'CORFO will provide CLP 4,200 million', 'the regional government will add CLP 1,100 million'
        r"\b(?:(?:will|is to)\s+(?:provide|add|invest|put up|commit|spend)|"
        r"(?:is|are)\s+(?:adding|investing|committing|putting|pumping))"
        r"(?=(?:\s+in)?\s+(?:an?\s+)?(?:additional\s+|further\s+)?"  # ('The SNSF is putting in 16 million francs')
        r"(?:[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d[\d,.]*\s*(?:million|billion|trillion|bn|crore|lakh)\b))|"
        # ('The money — $48 million over five years — comes from X')
        r"\b(?:funding|money|financing|budget|funds|grant)\b[^.;]{0,100}?\b(?:comes|came|will come)\s+from\b|"
        # 'Protein Industries Canada is also backing the network with $1.5 million'
        r"\b(?:is|are|will be)\s+(?:also\s+)?(?:backing|sponsoring|bankrolling)\b|"
        # ('The U.S. Department of Energy has renewed funding for the hub': the body that pays, its subject)
        r"\b(?:has|have|had)\s+(?:renewed|extended|awarded|approved)\s+(?:its\s+)?funding\s+(?:for|to)\b|"
        # ('a ceremony co-hosted by the Ministry of Science and ICT and the Ministry of X': the bodies that hold it)
        r"\bco-?hosted\s+by\b|"
        # '..., with the National Research Foundation (NRF) co-funding the research'
        r"(?<=[A-Za-z)]\s)(?:co-)?funding\s+(?:the|its)\s+(?:research|project|programme|program|work|study|trials?|"
        r"consortium|centre|center|hub|network)\b",
    ),
    (
        "institutions",
        "host",
        r"\bhosted at\b|(?<!co-)\bhosted by\b|\bheld at\b|\btook place at\b|\bwill be based at\b|"
        r"\bhosted\s+the\s+(?:ceremony|event|launch|signing|meeting|kick-?off)\b|"
        # ("to open at Sherbrooke's Institut quantique, which will host it": the name before the clause)
        r"(?<=,\swhich\s)(?:will\s+)?hosts?\s+it\b|"
        # 'University College Cork will host the consortium's kick-off meeting in November'
        r"\b(?:will\s+host|hosts|is\s+hosting)\s+(?:the|its)\s+(?:[\w\-]+['’]s\s+)?(?:[\w\-]+\s+){0,2}?"
        r"(?:ceremony|event|launch|signing|meeting|kick-?off|conference|workshop|symposium|field school|"
        r"training|summit|forum|hackathon|assembly|general meeting|field day|open day|demonstration day)\b|"
        r"\bbased at\b|\bhoused at\b|"
        # 'The network was announced Monday at the Bedford Institute of Oceanography': where it was launched
        r"\b(?:was|were|will be|is being)\s+(?:(?:officially|formally)\s+)?(?:announced|launched|unveiled|"
        r"inaugurated|opened)\s+(?:(?:on\s+)?[A-Za-z0-9.,]+\s+){0,3}?at\b"
        # (an organisation's site, not an event: 'launched on Monday at the Sustainable Data Centre Summit')
        r"(?=\s+(?:the\s+)?(?-i:[A-Z])[^.,;]{0,80}?(?-i:Institute|University|College|Cent(?:re|er)|Hospital|"
        r"Laborator(?:y|ies)|Museum|Academy|Ministry|Agency|Council|Observatory|Station)\b"
        r"(?![^.,;]*(?-i:Summit|Conference|Forum|Expo|Festival|Week|Congress|Fair|Show)\b))",
    ),
    (
        "institutions",
        "consigned",
        r"\b(?:contracted|consigned)\b|\bunder (?:a\s+)?(?:sub)?contract\b|\bsubcontractor\b|\bsubcontracted\s+to\b|"
        # (not a plant brought into service: 'is to be commissioned by March 2028')
        r"(?<!to be )(?<!will be )\bcommissioned\b(?!\s+(?:in|by|on|at)\s+(?:early|late|mid)?-?\s*"
        r"(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|the end|next|this|last))",
    ),
    (
        "institutions",
        # 'X will provide test sites', 'Y is supplying the sensors', 'Z will make its plots available': a part in
        # the work (money is funding), which the extractor keeps as 'other' for organisations with no role besides
        "task",
        rf"\bwill\s+(?:also\s+)?(?:provide|supply|lend|offer|give)\b(?!\s+(?:the\s+)?(?:[\w\-]+['’]s\s+)?secretariat)"
        rf"{_NOT_MONEY}|"
        r"\bwill\s+(?:also\s+)?(?:carry out|conduct|undertake|perform)\b|"  # 'will carry out regulatory testing'
        rf"\b(?:is|are)\s+(?:also\s+)?(?:providing|supplying)\b{_NOT_MONEY}|"
        r"\bwill\s+(?:also\s+)?make\b(?=[^.;]{3,120}\bavailable\b)",
    ),
    (
        "institutions",
        "other",
        r"\bas\s+(?:an?\s+)?(?:observers?|advis[eo]rs?|advisory\s+(?:members?|partners?))\b|"
        # 'X will chair the project's stakeholder advisory board', 'Y will co-chair the alliance's Traffic Management
        # Working Group': it advises or runs a part, it does not lead
        r"\b(?:(?:will|to) chair|chairs)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?advisory\s+"
        r"(?:board|committee|council|panel)\b|"
        # ('An external advisory board that includes the IOC will review ...': who sits on it advises)
        r"\badvisory\s+(?:board|committee|council|panel)\s+(?:that|which)\s+(?:includes|will include|comprises)\b|"
        r"\bco-?chairs?\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,4}?(?:working\s+group|task\s+force|sub-?committee)\b|"
        # 'X will serve as vice-chair': an office, not the lead
        r"\b(?:(?:will\s+)?(?:serve|act)s?\s+as|was\s+(?:named|elected|appointed)(?:\s+as)?|(?:is|are)|as)\s+"
        r"(?:the\s+|its\s+|a\s+)?vice[- ]?(?:chair(?:man|woman|person)?|president)s?\b|"
        # ("The Regional Growth Partnership will act as the engine's fiscal agent": it holds the money, a role too)
        r"\b(?:will\s+)?(?:serve|act)s?\s+as\s+(?:the\s+|its\s+)?(?:[\w\-]+['’]s\s+)?fiscal\s+(?:agent|sponsor)\b",
    ),
]


@dataclass(frozen=True)
class Cue:
    """A cue found in a sentence."""

    table: str
    label: str
    start: int
    end: int


def _compile(entries: list[tuple[str, str, str]], flags: int = 0) -> list[tuple[str, str, re.Pattern]]:
    return [(t, label, re.compile(p, flags)) for t, label, p in entries]


_KO_CUES = _compile(_KO)
_EN_CUES = _compile(_EN, re.I)

# Double quotes hold what somebody said; cues inside them are not statements of the article.
_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]{2}")
_QUALIFIER = re.compile(r"\s?\([^()]{1,20}\)(?=\s*[|｜:：])")
# ('사무국 역할은 X가 맡아'; '참여사 명단(가나다순)은 A·B·C다': the list's word and its order after the role)
_ROLE_WORD_KO = re.compile(r"\s?(?:역할|업무|명단|목록)?(?:\s?\([^()]{1,10}순\))?(?<=[가-힣)])(?=[은는을를이가]\s)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# 'the State Secretariat for Education': a capitalised cue word right after a capitalised word is part of a name.
_IN_NAME = re.compile(r"[A-Z][\w&.\-]*\s$")


# The emoji and flags posts mark their lines with ('🔬 Research participants:', '🇨🇦 International partner').
EMOJI = r"\u2600-\u27bf\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff"
_LABEL_FIELD_EN = re.compile(
    # (perhaps after an emoji, as posts mark their lines: '🎓 Lead research participant: X')
    rf"^\s*(?:[※•▪■□◆◇○●▶►*\-–{EMOJI}]\s?)*"
    r"(?:(?P<label>[A-Z][a-z\-]+(?:\s+[a-z\-]+){0,3}?\s+(?:participants?|partners?|members?|institutions?|"
    r"organi[sz]ations?|universit(?:y|ies)|funders?|sponsors?|collaborators?|beneficiar(?:y|ies)))|"
    # ('Chair: Corvus Energy', 'Vice-chairs: A and B': an office held by a body, alone)
    r"(?P<office>(?:Co-|Vice[- ])?(?:[Cc]hairs?|[Cc]hairpersons?|[Cc]oordinators?|[Ff]unders?)|"
    r"(?:[A-Z][a-z]+\s+)?[Aa]dvisory\s+(?:[Bb]oard|[Cc]ommittee|[Cc]ouncil)))\s*:"
    r"(?=\s+(?:[Tt]he\s+)?[A-Z])"
)


@lru_cache(maxsize=4096)
def find_cues(sentence: str, language: str) -> tuple[Cue, ...]:
    """Role and membership cues of a sentence, longest first where they overlap, in order."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    found = []
    # Each script's cues only where the sentence has that script: half the patterns for most sentences.
    korean = _KO_CUES if _HANGUL.search(sentence) else []
    english = _EN_CUES if _LATIN.search(sentence) else []
    field = _ROLE_FIELD.match(sentence) if korean else None
    if field:
        # '• 공동 : A / B', '위탁: C': a line that is a bare role and its names, as in a release's annex
        role = field.group("role").replace(" ", "")
        # a company or body after the role word makes it a field of members where the role says so ('참여 공급기업')
        kind = role + "기업" if field.group("kind") and re.search(r"(?:기업|사)$", field.group("kind")) else role
        end = field.end("kind") if field.group("kind") else field.end("role")
        found.append(Cue(*BARE_ROLES_KO.get(kind, BARE_ROLES_KO[role]), field.start("role"), end))
    field_en = _LABEL_FIELD_EN.match(sentence) if english and language == "en" else None
    group = ("label" if field_en.group("label") else "office") if field_en else ""
    if field_en and not any(p.search(field_en.group(group)) for _, _, p in english):
        # 'Lead research participant: The University of Melbourne', 'Government participants: A and B', 'Chair: X':
        # a line that opens with a bare role and a colon, its names after it
        role = bare_role(field_en.group(group), "en")
        if role and (role[1] != "other" or group == "office"):
            found.append(Cue(role[0], role[1], field_en.start(group), field_en.end()))
    for table, label, pattern in korean + english if language == "ko" else english + korean:
        for m in pattern.finditer(sentence):
            if m.end() == m.start() or any(s <= m.start() < e for s, e in quoted):
                continue
            if (
                m.group(0)[:1].isupper()
                and (" " not in m.group(0) or m.group(0).startswith("Partner"))  # ('Mobility Partners in Brussels')
                and (_IN_NAME.search(sentence, 0, m.start()) or _NAME_GOES_ON.match(sentence, m.end()))
            ):
                continue  # 'the State Secretariat for Education', 'Secretariat of Innovation, Science and ...
            if table == "members" and re.match(r"들?(?:을|를)\s?대상으로|들?에게\s", sentence[m.end() :]):
                continue  # ('회원사들을 대상으로 설명회를 열었다': whom something is for, no list of them)
            # ('will work with the consortium as an international partner')
            abroad = label == "partner" and re.search(
                r"\b(?:international|overseas|foreign)\s+(?:\w+\s+)?partner", m.group(0)
            )
            found.append(Cue(table, "international" if abroad else label, m.start(), m.end()))
    for n, cue in enumerate(found):
        # '참여기관(지역 거점) | A, B': a qualifier in brackets between the cue and its list; '사무국 역할은 X가
        # 맡아': the role's word after it
        qualifier = _QUALIFIER.match(sentence, cue.end) or (_ROLE_WORD_KO.match(sentence, cue.end) if korean else None)
        if qualifier:
            found[n] = Cue(cue.table, cue.label, cue.start, qualifier.end())
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Cue] = []
    for cue in found:
        if out and cue.start < out[-1].end:
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and re.fullmatch(r"\s+(?:that|which|who)\s+(?:have\s+|has\s+|had\s+)?", sentence[prev.end : cue.start])
            and re.match(r"[^.;:,]{0,80}?\b(?:include|includes|are|were|comprise)\s", sentence[cue.end :])
        ):
            continue  # 'Industry partners that have signed on ... include A, B': the kind's clause, not its list
        # 'A, B and C joined the alliance as founding members', 'The consortium comprises A, B and C, its five
        # founding members said': the list takes the specific type.
        if (
            prev is not None
            and prev.table == cue.table == "members"
            and prev.label == "member"
            and cue.label != "member"
            and (
                # ('signed up on Tuesday as the consortium's first new member')
                re.fullmatch(
                    r"(?:\s+[\w'’()\-]+){0,8}\s+as\s+(?:an?\s+|the\s+|its\s+)?(?:[\w\-]+['’]s\s+)?(?:first\s+)?",
                    sentence[prev.end : cue.start],
                )
                # ('have joined ELCA as end-user members': the cue opens with its 'as')
                or (
                    sentence[cue.start : cue.end].lower().startswith("as ")
                    and re.fullmatch(r"(?:\s+[\w'’()\-]+){0,8}\s+", sentence[prev.end : cue.start])
                )
                or re.search(r",\s+(?:its|their|the)\s+(?:\w+\s+)?$", sentence[prev.end : cue.start])
            )
        ):
            out[-1] = Cue(prev.table, cue.label, prev.start, prev.end)
        # 'A and B will join as international partners': the role after 'as' is the list's, not membership.
        if (
            prev is not None
            and prev.table == "members"
            and prev.label == "member"
            and cue.table == "institutions"
            # ('... have joined the alliance as international partners')
            and re.fullmatch(
                r"(?:\s+(?:the|this|its|their)(?:\s+[\w'’\-]+){1,4})?\s+as\s+(?:an?\s+|the\s+)?(?:[\w\-]+['’]s\s+)?"
                r"(?:[a-z\-]+\s+)?",  # ('joins as the network's international partner')
                sentence[prev.end : cue.start],
            )
        ):
            out[-1] = Cue(cue.table, cue.label, prev.start, prev.end)  # '... joins as the operational partner'
        # 'Osaka University leads the team, alongside NTT and RIKEN': beside a lead, 'alongside' names co-leads.
        if prev is not None and prev.label == "lead" and sentence[cue.start : cue.end].lower() == "alongside":
            cue = Cue("institutions", "co", cue.start, cue.end)
        # 'founded by A, alongside B and C': 'alongside' continues the list it follows.
        if (
            prev is not None
            and prev.table == "members"
            and sentence[cue.start : cue.end].lower() == "alongside"
            and "." not in sentence[prev.end : cue.start]
        ):
            cue = Cue(prev.table, prev.label, cue.start, cue.end)
        # '새로 합류한 회원사는 ...', 'newly joined members': the generic cue takes the specific one's type; so does
        # a verb closing the list it opened ('창립 회원사에는 A, B 등이 이름을 올렸다').
        if (
            prev is not None
            and cue.table == prev.table == "members"
            and cue.label == "member"
            and prev.label != "member"
            and (cue.start - prev.end <= 8 or _VERB_CUE.match(sentence[cue.start : cue.end]))
            and not re.search(r"[.!?]\s", sentence[prev.end : cue.start])  # (not across the end of a sentence)
        ):
            cue = Cue(cue.table, prev.label, cue.start, cue.end)
        out.append(cue)
    return tuple(out)


# The marks a Korean line may open with before its role ('- ○ (주관) ...', '• 공동 : ...').
LINE_MARKS_KO = r"[•·\-○●◦▪■□△▲◇◆※*]"
_ROLE_FIELD = re.compile(
    # ('- 지역 협력기관 : A': a word of place before the role)
    rf"^\s*(?:{LINE_MARKS_KO}\s*){{0,2}}(?:[가-힣]{{2,3}}\s)?"
    r"(?P<role>주관|총괄|공동\s?(?:연구|개발)?|위탁\s?(?:연구)?|참여\s?(?:기업|기관)|"
    # ('- 기존 참여 : A, B': the members from before)
    r"수요\s?(?:기업|기관)|(?:국제|국외|해외)\s?공동(?:\s?연구)?|기존\s?(?:참여|회원사?)|(?=(?:참여|수요|협력)\s?[가-힣]{1,3}(?:기업|기관)\s?[:：])"
    r"(?:참여|수요|협력))"
    # ('- 총괄 공급기업 : A', '- 수요 중소기업 : B·C 등 14개사': the kind of company after the role)
    r"(?P<kind>\s?(?:공급|중소|수요|협력|연구|회원)?\s?(?:기업|기관|사))?\s?[:：]\s"
)
# A Korean role written as a bare word, in brackets after a name ('KAIST(주관)') or heading an annex line
# ('• 공동 : A / B'); spaces are dropped before the lookup.
BARE_ROLES_KO = {
    "주관": ("institutions", "lead"),
    "총괄": ("institutions", "lead"),
    "공동주관": ("institutions", "co"),
    "공동": ("institutions", "co"),
    "공동연구": ("institutions", "co"),
    "공동개발": ("institutions", "co"),
    "공동운영": ("institutions", "co"),
    "참여": ("institutions", "partner"),
    "협력": ("institutions", "partner"),
    "위탁": ("institutions", "consigned"),
    "위탁연구": ("institutions", "consigned"),
    "참여기업": ("members", "member"),
    "기존참여": ("members", "member"),
    "기존회원": ("members", "member"),
    "기존회원사": ("members", "member"),
    "수요기업": ("members", "demand_company"),
    "수요기관": ("members", "demand_company"),
    "참여기관": ("institutions", "partner"),
    "수요": ("members", "demand_company"),
    "주최": ("institutions", "organiser"),
    "후원": ("institutions", "organiser"),
    "간사": ("institutions", "organiser"),
    "분과장": ("institutions", "other"),  # ('| 분과 | 분과장사 |': a working group's head, a part of the work)
    "해외": ("institutions", "international"),
    "국제": ("institutions", "international"),
    "국제공동": ("institutions", "international"),
    "국제공동연구": ("institutions", "international"),
    "해외협력": ("institutions", "international"),
    "국외": ("institutions", "international"),
    "국외협력": ("institutions", "international"),
    "국외공동": ("institutions", "international"),
    "국외공동연구": ("institutions", "international"),
    "해외공동": ("institutions", "international"),
    "해외공동연구": ("institutions", "international"),
}
_NAME_GOES_ON = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])")
_VERB_CUE = re.compile(
    # (not '참여기업', '참여기관': a kind of member named)
    r"^(?:참여(?!\s?(?:기업|기관|사|업체|대학))|합류|가입|들어|명단에|이름을|"
    r"joined|join|signed|will join|take part|participate|(?:they|these|those) include|among them|the others|"
    r"the rest|the remaining)",
    re.I,
)


def is_verb_cue(sentence: str, cue: Cue) -> bool:
    """A membership cue that is only a verb of joining ('참여했다', 'joined'), not a kind of member."""
    return cue.table == "members" and cue.label == "member" and bool(_VERB_CUE.match(sentence[cue.start : cue.end]))


# A role cell written as a bare word, in the order tried (co-chair before chair).
_BARE_ROLES_EN = [
    (
        # ('Co-applicant university': a cluster of excellence's second university)
        re.compile(
            r"(?i)^co-?(?:chair|lead|leader|coordinator|director|implementing|home institution|pilot|applicant|"
            r"spokesperson)s?\b"
        ),
        ("institutions", "co"),
    ),
    # ('Home institution': the Swiss NCCRs' lead)
    # ('Spokesperson university': a German cluster's lead)
    (
        re.compile(r"(?i)^(?:leading|home) (?:house|institution)\b|^pilot$|^spokesperson (?:university|institution)\b"),
        ("institutions", "lead"),
    ),
    (
        # 'Nodal institution' (India's releases): the one that leads
        # ('Project manager', 'Principal investigator': the person who leads, in a project's fact table)
        re.compile(
            r"(?i)^(?:chair|coordinator|lead(?:er)?|project lead|lead partner|lead institution|nodal|manager|"
            # ('PM institution': the one of a Japanese project's manager)
            r"principal investigator|PM institution|project manager(?:['’]s)? institution)\b"
        ),
        ("institutions", "lead"),
    ),
    (
        # ('Company co-funder: Celutex': who pays beside the agency)
        re.compile(
            r"(?i)^(?:secretariat|funders?|funding|funded by|sponsors?|organi[sz]er|(?:[a-z]+\s+)?co-?funders?)\b"
        ),
        ("institutions", "organiser"),
    ),
    (re.compile(r"(?i)^host\b"), ("institutions", "host")),
    (re.compile(r"(?i)^(?:founding member|founder)\b"), ("members", "founding_member")),
    (re.compile(r"(?i)^new member\b"), ("members", "new_member")),
    (
        # ('Member', 'Industry member', 'Member company')
        re.compile(
            r"(?i)^(?:[a-z\-]+\s+){0,2}members?$|^member\s+(?:compan(?:y|ies)|firms?|organi[sz]ations?|institutions?)\b"
        ),
        ("members", "member"),
    ),
    # ('Direct participant' of an IPCEI: a company taking part with its own project)
    (re.compile(r"(?i)^(?:direct|indirect|industrial|industry)\s+participants?\b"), ("members", "member")),
    (
        # ('Associated partner (international)': the kind of partner, then where it is from)
        re.compile(
            r"(?i)^international (?:[a-z]+\s+)?(?:partner|collaborator|participant)s?\b|"
            r"^(?:[a-z]+\s+)?(?:partner|collaborator|participant)\s+\((?:international|overseas|foreign)\)|"
            r"^(?:overseas|foreign)\s+(?:[a-z]+\s+)?(?:partner|collaborator|participant|institution|university)s?\b"
        ),
        ("institutions", "international"),
    ),
    (
        re.compile(r"(?i)^(?:end[\s\-]users?|demand(?:-side)?\s+(?:compan(?:y|ies)|partners?|users?))\b"),
        ("members", "demand_company"),
    ),
    # 'Partner', 'Manufacturing partner', 'Clinical site partner'
    (
        re.compile(r"(?i)^(?:[a-z\-]+\s+){0,2}(?:partner|participant|beneficiar(?:y|ies))s?\b"),
        ("institutions", "partner"),
    ),
    # 'Cooperating agency', 'Collaborating institution' (the Philippines' and India's releases)
    (
        re.compile(
            r"(?i)^(?:cooperating|co-operating|collaborating|participating|implementing)\s+(?:agency|institution|"
            r"institute|university|organi[sz]ation|body)\b|^R&D\s+(?:institution|partner|organi[sz]ation)\b"
        ),
        ("institutions", "partner"),
    ),
]


def named_role(text: str) -> tuple[str, str] | None:
    """(table, label) of an English heading that is only a role word ('Coordinator', 'Beneficiaries')."""
    if len(text.split()) > 3:
        return None
    for pattern, role in _BARE_ROLES_EN:
        m = pattern.search(text)
        if m and m.end() >= len(text.rstrip("s:. ")):  # (the whole heading: not 'Funding Scheme')
            return role
    return None


def bare_role(cell: str, language: str) -> tuple[str, str] | None:
    """(table, label) of a role written as a bare word or phrase: a table's role cell ('Co-chair'), what a list
    line says after its name ('network coordinator'); an office no other role names is 'other'."""
    if re.match(r"(?i)technical\s+co-?ordinator\b", cell):
        return "institutions", "co"  # (an EU project's technical coordinator beside its coordinator)
    # ('network coordinator', 'scientific co-lead': the role after a word or two about whose it is)
    cell = re.sub(
        r"^(?:(?:network|project|consortium|programme|program|overall|scientific|technical|alliance)\s+){1,2}"
        r"(?=[\w\-]+$)",
        "",
        cell,
        flags=re.I,
    )
    for pattern, role in _BARE_ROLES_EN:
        if pattern.search(cell):
            return role
    cues = find_cues(cell, language)
    if cues:
        return cues[0].table, cues[0].label
    # 'Treasurer', 'Technical editor': an office in the programme that no other role names.
    return ("institutions", "other") if re.match(r"[A-Za-z]", cell) else None
