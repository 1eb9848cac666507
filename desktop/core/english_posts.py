"""The posts English names people by and the words that say whose they are:
"Vice Premier", "Chief Executive Officer", "Minister of Science and
Technology" (what a post is of), and a name followed by its post after a
comma ("Zhang Ming, vice chairman of the National Development and Reform
Commission"), for ``english_names``."""

from __future__ import annotations

import re

from desktop.core.countries import named_country
from desktop.core.countries_named import (
    MISSION,
    PEOPLES_ADJECTIVE,
    closing_country,
    country_of_body,
    country_of_people,
)
from desktop.core.likely_kind import ACRONYM, ORGANISATION_WORDS
from desktop.core.new_participant import NewName

# A form of address before a name ("Dr.", "Mr", "H.E.", His or Her Excellency's)
# (and Malaysia's honorifics: "Datuk Seri Anwar Ibrahim", "Tan Sri …")
# (and an Islamic scholar's: "Mawlawi Amir Khan Muttaqi")
ADDRESS = (r"(?:(?i:dr|mr|mrs|ms|prof)\.?|H\.\s?E\.?(?=\s+[A-Z])|HE(?=\s+[A-Z][a-z])"
           r"|(?:Mawlawi|Maulvi|Maulana)(?=\s+[A-Z])"
           r"|Hon\.?(?=\s+[A-Z])"
           # (a privy counsellor's, a minister's: "the Speaker, Right Honourable Catherine …")
           # (and "Dr the Hon. Keith Rowley", "the Most Honourable Andrew Holness")
           r"|(?:[Tt]he\s+)?(?:(?:Right|Rt\.?|Most)\s+)?Hon(?:ou?rable|\.)(?=\s+[A-Z])"
           # ("Her Excellency Madam Yu Hong", "Doctor Siti Norkhalbi", "Sultan Haji Hassanal …")
           r"|(?:Madame?|Doctor|Haj(?:j?ah|i))(?=\s+[A-Z][a-z]+\s+[A-Z])"
           # (a knight's or a dame's: "Deputy Prime Minister Sir Puka Temu")
           r"|(?:Sir|Dame)(?=\s+[A-Z][a-z]+\s+[A-Z])"
           # (a party's: "signed by Comrade Luo Zhaohui", "Comrades Laureano Ortega Murillo")
           r"|Comrades?(?=\s+[A-Z][a-z]+\s+[A-Z])"
           # (Myanmar's: "U Lwin Oo", "Daw Aung San Suu Kyi")
           r"|(?-i:U|Daw|Thura)(?=\s+[A-Z][a-z]+\s+[A-Z])"
           # (Samoan forms of address: "Afioga Tuimalealiifano Vaaletoa Sualauvi II")
           r"|(?:Lau\s+)?(?:Afioga|Susuga|Tofā|Tofa)(?=\s+[A-Z])"
           r"|(?:His|Her)\s+(?:Honou?r|Excellency|(?:Royal\s+)?Highness)"
           # ("HRH Princess Pilolevu")
           r"|H\.?R\.?H\.?(?=\s+[A-Z])"
           # (an ambassador's "Amb.", a senator's title: "Senator Shibli Faraz")
           r"|Amb\.(?=\s+[A-Z])|Senator(?=\s+[A-Z][a-z]+\s+[A-Z])"
           # (an engineer's: "Eng. Mário Oliveira")
           r"|Eng\.(?=\s+[A-Z])"
           r"|(?:Datuk|Dato['’]?|Datin|Tan\s+Sri|Tun|Toh"
           r"\s+Puan)(?:\s+(?:Seri|Sri|Amar|Patinggi))?"
           # (a Gulf ruler's "Sheikh" after his post: "UAE President Sheikh Mohamed bin Zayed")
           r"|S(?:hei|hai)kha?|(?:Al\s+)?Sayyida?|Alhaj[ia](?=\s+[A-Z])"
           # (a royal's before a name of "bin"s: "His Royal Highness Prince Faisal bin Farhan")
           r"|Princes?s?(?=\s+[A-Z][a-z]+\s+(?:bin|ibn)\s)"
           # (a Malay royal's "Tengku Datuk Seri Zafrul", "H.M. Norodom Sihamoni")
           r"|Tengku(?:\s+Datuk(?:\s+Seri)?)?|H\.\s?M\."
           # (Cambodia's "Samdech Akka Moha Sena Padei Techo Hun Sen", "Lok Chumteav")
           r"|Samdech(?:\s+(?:Akka|Moha|Sena|Padei|Techo|Preah|Thipadei|Vibol|Panha"
           r"|Kralahom|Pichey|Krom|Preah|Reach))*|Lok\s+Chumteav|Oknha"
           # (Myanmar's: "President U Win Myint", "State Counsellor Daw Aung San Suu Kyi")
           r"|(?:U|Daw)(?=\s+[A-Z][a-z]+\s+[A-Z])"
           # (a rank shortened: "the Minister for Foreign Affairs, Gen Jeje Odongo", "Gen.
           # Muhoozi Kainerugaba", "Lt. Gen. …")
           r"|(?:(?:Lt|Maj|Brig)\.?\s+)?(?:Gen|Col|Adm)\.?(?=\s+[A-Z][a-z])"
           # (a military rank: "General Tea Banh", "Senior Colonel Tang Hao")
           r"|(?:(?:Senior|Lieutenant|Major|Brigadier|Rear|Vice)\s+)?(?:General|Colonel|Admiral"
           r"|Commodore|Brigadier))")
TITLE = (r"(?i:(?:(?:first|second|third|deputy|vice|executive|assistant|senior|acting|chief|under|"
         r"permanent|principal|special|foreign|prime|state|cabinet|managing|federal"
         # ("Deputy District Mayor", "Vice Provincial Governor", "Co-founder")
         r"|district|municipal|provincial|county|co|rotating|pro"
         # (Indonesia's "Coordinating Minister Airlangga Hartarto")
         r"|coordinating"
         # ("the Chinese International Trade Representative and Deputy Minister of …")
         r"|international|trade"
         # (an embassy's "Economic and Commercial Counsellor")
         r"|economic\s+and\s+commercial|commercial"
         # ("the Senior Presidential Advisor for Special Operations")
         r"|presidential"
         # ("Cuba's revolutionary leader and former President Fidel Castro")
         r"|former|current)[\s-]+)*"
         # ("President-elect Netumbo Nandi-Ndaitwah")
         r"(?:prime\s+minister|premier|president(?:[\s-]elect)?|minister|secretary[\s-]+general"
         # ("Party General Secretary Nguyen Phu Trong")
         r"|(?:party\s+)?general\s+secretary|secretary"
         # ("Foreign Affairs Undersecretary Enrique A. Manalo", "State Councilor")
         r"|undersecretary|counc[ie]ll?or"
         # (and "the Ambassador-designate of …", named before presenting credentials)
         r"|ambassador(?:\s+extraordinary\s+and\s+plenipotentiary|\s+plenipotentiary"
         r"|[\s-]designate)?|envoy"
         # ("the Chargé d'Affaires of the Embassy of the People's Republic of China to Sudan")
         r"|charg[ée]\s+d['’]affaire?s"
         # ("UNESCO Representative to Bangladesh Beatrice Kaldun", "Chief Representative")
         r"|representative(?!s)"
         # ("General Director of the Department of Latin America …")
         r"|(?:national\s+security\s+)?advis[eo]r|counsel(?:l?or)?|chair(?:man|woman|person)?|ceo"
         r"|director[\s-]+general|general\s+director|general\s+manager|director"
         # ("Vietnamese Consul General in Nanning Nguyen Thi Huong")
         r"|consul(?:[\s-]+general)?(?:\s+in\s+[A-Z][\w'’-]*)?"
         r"|governor|mayor|chancellor|commissioner|senator|speaker|king|queen|crown\s+prince"
         # ("Provost and Vice President of the University of Washington")
         r"|provost"
         r"|prince|sultan|sheikh|emir|amir|professor|prof\.?|dr\.?|mr\.?|mrs\.?|ms\.?"
         r"|spokes(?:man|woman|person)|founder"
         # ("China's top legislator Wu Bangguo")
         r"|(?:top\s+)?legislator|lawmaker"
         # ("Timor-Leste's top diplomat Adaljiza Magno")
         # (and "Diplomat Wang Xiaoyuan formally presented …")
         r"|(?:top\s+)?diplomat"
         # ("Chinese Leader Xi Jinping", as Kazakh wires write it)
         r"|(?-i:Leader)"
         # ("Bernama Editor-in-Chief Khairdzir Md Yunus")
         r"|editor(?:[\s-]in[\s-]chief)?"
         r"|chief\s+(?:executive|operating|technology|financial)\s+officer|chief\s+executive"
         r"|cto|cfo|coo|cio"
         r"|party\s+secretary"
         # (Kenya's Cabinet and Principal Secretaries: "Foreign Affairs CS Raychelle Omamo")
         # (and headlines' "PM Abiy Ahmed", "DPM, FM Demeke Mekonnen")
         r"|(?-i:CS|PS|VP|PM|DPM|FM)"
         r"|chief\s+of\s+(?:mission|staff)|chief"
         r"|(?:research\s+)?fellow|researcher|dean|rector|lecturer|head|official"
         # ("defense attaché of the Chinese Embassy", "deputy commander-in-chief of …")
         r"|(?:defen[cs]e\s+|military\s+)?attach[eé]|commander(?:[\s-]in[\s-]chief)?))")
# What a ministry or a post is of ("Minister of Science and Technology"): the
# word before a name of two is one of these, or the name's first ("Deputy
# Minister of Science and Technology Bui The Duy")
TOPICS = frozenset((
    "affairs", "technology", "technologies", "science", "sciences", "industry", "information",
    "supply",  # ("Trade, Industry and Supply Minister Maha Ali")
    "sectors",  # ("Coordinating Minister of Strategic Sectors Rafael Poveda")
    "commerce", "trade", "defence", "defense", "education", "health", "finance", "culture",
    "tourism", "communications", "communication", "innovation", "economy", "development",
    "planning", "agriculture", "energy", "environment", "transport", "justice", "labour",
    "labor", "security", "interior", "state", "research", "digital", "media", "investment",
    "reform", "cooperation", "relations", "studies", "engineering", "resources", "welfare",
    "youth", "sports", "works", "infrastructure", "economic", "social", "commission",
    "council", "office", "department", "ministry", "bureau", "agency", "committee", "group",
    "centre", "center", "university", "institute", "academy", "association", "government",
    "community", "communities", "union", "organization", "organisation", "intelligence",
    "ai", "data", "statistics", "telecommunications", "informatics", "internet", "cyberspace",
    "multimedia",
    "society", "arts", "mines", "fisheries", "forestry", "housing", "employment", "ict",
    "posts", "telecommunication", "manpower", "markets", "capital", "finance", "knowledge",
    "industries", "region", "regions", "integration", "creative", "protocol",
    "province",  # ("First Deputy Governor of Shanghai Province Chen Jining")
    # ("Minister of Electricity, Water and Renewable Energy, Acting Minister of …")
    "renewable", "electricity", "petroleum", "mining", "minerals",
    # ("Minister of Home Affairs, External Communications and National Development Unit")
    "home", "external", "unit",
    "internal",  # ("the Minister of Internal Affairs, Johnny Koanapo")
    # (the portfolios of Malaysia's and others' ministers: "Plantation, Industries and
    # Commodities Minister", "Domestic Trade, Cooperatives and Consumerism Minister")
    "food", "local", "plantation", "plantations", "commodities", "domestic", "cooperatives",
    "consumerism", "water", "natural", "rural", "regional", "women", "family", "urban",
    "transportation", "aviation", "maritime", "climate", "land", "lands", "sustainability",
    "entrepreneur", "entrepreneurship", "environmental", "foreign", "home", "international",
    "settlements", "human", "heritage", "competition", "higher", "electricity", "mineral",
    "minerals", "petroleum", "sanitation", "immigration", "customs", "revenue", "treasury",
    "wildlife", "forests", "sport", "recreation", "gender", "children", "governance",
    "police",  # ("Ministers of Agriculture, Health, Police and other ministries")
    "abroad", "diaspora", "overseas",  # ("… Cooperation and Gambians Abroad")
    "business",  # ("Minister of Foreign Affairs, International Business and …")
    "civil", "protection",  # ("the Minister of Defense and Civil Protection, …")
    "expatriates", "emigrants",  # ("Foreign and Expatriates Minister Asaad al-Shaibani")
    "cabinet"))  # ("the Minister of State for Cabinet Affairs, Adel Jumuah")
# A name in capitals with its small words ("Standing Committee of Guangxi People's Congress")
_TOPIC_WORD = "|".join(sorted(TOPICS, key=len, reverse=True))
# A word closing a body's name ("… Propaganda and Training Board, …")
_BODY_WORD = (r"board|committee|council|commission|ministry|office|agency|bureau|department"
              r"|cent(?:re|er)|institute|academy|association|group|bank|company|corporation"
              r"|authority|administration|university|college|fund|forum|union|federation")
_CAPITALISED_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:and|&|of|for|the)\s+)*[A-Z][\w'’-]*)*"
# A country's mission abroad, written in small letters or capitals: "the
# embassy of Indonesia in China", "the Consulate General of Laos in Kunming"
_MISSION_ABROAD = (rf"(?:the\s+)?{MISSION}\s+of\s+(?:the\s+)?"
                   r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                   r"(?:\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
                   r"(?=\s*(?:[,;]|$))")
# "Zhang Ming, vice chairman of the National Development and Reform
# Commission", "Luciana Santos, Brazil's Minister of Science": a name, then
# after a comma the post (and what it is of, or the body it is at)
APPOSITIVE = re.compile(
    rf"(?:{ADDRESS}\s+){{0,2}}"  # "Dr. Jane Smith, Senior Fellow at …"
    # (a name joined by "bin": "Dr. Sultan bin Ahmad Sultan Al Jaber, Minister of State")
    # (with an initial: "Dr. Phyllis M. Wise, Provost …")
    # (and "al" in small letters: "Khalifa Ali al Harthy, Undersecretary …")
    # (and an article joined to it: "Khalid al-Meshri, head of …")
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:al\s+|(?:al|el)-)?[A-Z][\w'’-]+){1,3}"
    # (and "Al Sayyid Said Bin Sultan Al Busaidi", after his form of address)
    r"|(?!(?:S(?:hei|hai)kha?|HE|Sayyid|Prince)\s)[A-Z][\w'’-]+\s+(?:bin|Bin|binti|ibn)\s+[A-Z][\w'’-]+"
    # (of several "bin"s: "Mohammed bin Salman bin Abdulaziz Al Saud")
    r"(?:\s+(?:(?:bin|ibn|al)\s+)?[A-Z][\w'’-]+){0,4})"
    r"(?:\s*[(（](?P<bracket>[^()（）]+)[)）])?"
    # ("…, the new Chinese Ambassador to Cambodia")
    # (and "…, the local Minister in …", of the place the text is from)
    r",\s+(?:the\s+|an?\s+)?(?:(?:new|former|outgoing|incoming|current|local"
    r"|newly[\s-](?:appointed|accredited))\s+)?"
    r"(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s|(?<=s)['’])\s+)?"
    # ("Indonesian Minister of …", "Chinese Ambassador to Indonesia")
    # ("the South Korean foreign minister", "the US Secretary of State")
    rf"(?:(?P<people>{PEOPLES_ADJECTIVE.pattern}|[A-Z][a-z]+|U\.S\.|US|UK)\s+(?=\S))?"
    # ("President and CEO of DEPA", "Deputy Prime Minister and Foreign Affairs Minister")
    rf"(?P<title>{TITLE}(?:\s+and\s+(?:(?i:foreign|{_TOPIC_WORD})\s+){{0,3}}{TITLE})?"
    # ("Li Mingyuan, a member of the Standing Committee of …", after a comma only)
    r"|(?i:member))"
    # (what it is of, "the ministry's Economic Affairs Bureau" too)
    # ("Minister in the Presidency", "the Minister in the Prime Minister's Office")
    r"(?:\s+(?P<prep>of|for|to|in(?=\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:Presidency|Office)\b))"
    r"\s+(?P<of>"
    # (a mission abroad in small letters: "the embassy of Indonesia in China")
    rf"{_MISSION_ABROAD}"
    # (a country's body in small letters: "Cambodia's telecommunications ministry")
    # (a country's mission named with where it is: "the Chinese Embassy in Cambodia")
    r"|(?:the\s+)?[A-Z][a-z]+\s+(?:Embassy|Consulate(?:[\s-]General)?)\s+in\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?=\s*(?:[,;]|$))"
    r"|[A-Z][a-z]+['’]s\s+(?:[a-z]+\s+){0,3}?(?:ministry|government|agency|department"
    r"|regulator|commission|office)(?=\s*(?:[,;]|$))"
    r"|(?:the\s+)?(?:[a-z]+['’]s\s+)?[A-Z][\w'’-]*"
    # (up to a second post: "… Committee and Chairman of the Standing Committee …")
    # (and a body's word in small letters: "the Foreign Affairs office of Hefei")
    # (nor past the next one named with their post: "… of the Foreign Ministry and Li
    # Lingbing, Chinese Ambassador to Oman")
    rf"(?:(?!\s+and\s+{TITLE}\s+(?:of|for|to)\s)"
    rf"(?!\s+and\s+(?!(?i:{_TOPIC_WORD})\b)[A-Z][\w'’-]+\s+"
    rf"(?!(?i:{_TOPIC_WORD}|{_BODY_WORD})\b)[A-Z][\w'’-]+,)"
    r"\s+(?:(?:and|&|of|for|the"
    r"|(?:office|bureau|department|committee|commission)\s+of)\s+)*"
    # (and the country a company's branch is of: "Huawei Technologies (Thailand)")
    # (and a short name within: "the Communist Party of China (CPC) Central Committee", or
    # its letters blanked out as a list's pieces are read, "(___)")
    r"[A-Z][\w'’-]*(?:\s*\([A-Z_]{2,8}\)(?=\s+[A-Z]))?)*(?:\s*[(（][^()（）]+[)）])?"
    # (a region in small letters: "vice-governor of Jilin province")
    r"(?:\s+(?:province|region|autonomous\s+region|municipality|prefecture|county))?"
    # (a portfolio in small letters, and the country it is of: "the minister of finance
    # and economic development of Botswana")
    rf"|(?:(?:{_TOPIC_WORD})(?:\s+(?:and|&)\s+|,\s+|\s+))*(?:{_TOPIC_WORD})\b"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?(?=\s*(?:[,;]|$))"
    # (a portfolio in small letters: "second vice minister of science and ICT")
    r"|[a-z]+(?:\s+(?:and|&)\s+|\s+)(?:[a-z]+\s+(?:and|&)\s+)*[A-Z]{2,}(?=\s*(?:[,;]|$))"
    # (a body's short name in small letters: "President and CEO of depa")
    r"|[a-z]{2,8}(?=\s*(?:[,;]|$))))?"
    # (where an envoy is posted: "Ambassador of China to Kenya")
    # ("… of China to the Republic of Sierra Leone")
    r"(?P<to>\s+to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})?"
    # (a second post: "secretary of the … Committee and chairman of the
    # Standing Committee of Guangxi People's Congress")
    rf"(?P<also>\s+and\s+{TITLE}\s+(?:of|for|to)\s+(?:the\s+)?{_CAPITALISED_NAME})?"
    # (a brand in small letters: "Vice President of Digital Services at stc Group")
    r"(?:\s+(?:at|from)\s+(?:the\s+)?(?P<body>(?:[a-z]{2,5}\s+(?=[A-Z]))?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:and|&|of|for|the)\s+)*[A-Z][\w'’-]*)*))?"
    # (the province a city is in, and its country: "deputy mayor of Rizhao, East
    # China's Shandong Province")
    r"(?:,\s+(?:[A-Z][a-z]+\s+)?(?P<region_of>[A-Z][a-z]+)['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Province|Region|Municipality|Prefecture|State))?"
    # (where the body is: "representative of PowerChina Energy in Argentina")
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"(?=\s*(?:,|;|$|\s+and\b))")
# "Dr. Wang Hui of Tsinghua University", "John Smith from the Brookings
# Institution": a person's name, then the body they are of
PERSON_OF_BODY = re.compile(
    rf"(?:{ADDRESS}\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
    r"\s+(?:of|from|at)\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+(?:(?:and|&|of|for|the)\s+)*"
    r"[A-Z][\w'’-]*)*)")
# Whose what a post is of is ("the ministry's …", "China's Ministry of …")
_OWNED = re.compile(r"(?:the\s+)?(?:(?P<owner>[A-Za-z]+)['’]s\s+)?")
# The posts of a company's heads, whose "of …" names the company ("CEO of Infervision")
_HEAD_OF_A_COMPANY = re.compile(r"(?i:\b(?:ceo|founder|chief\s+executive(?:\s+officer)?"
                                r"|managing\s+director))$")
_SMALL_WORDS = frozenset(("of", "for", "and", "the", "&"))
_MISSION = re.compile(rf"{MISSION}\s")
_A_MINISTRY = re.compile(r"\b(?:Ministry|Department|Commission|Agency|Office|Bureau)\b")
# "Director-General of NITDA, Kashifu Inuwa Abdullahi", "the Managing Director of
# Huawei Nigeria, Mr. Wang Shiyong": the post and its body first, the name after
POST_THEN_NAME = re.compile(
    # (the people whose post it is: "the Chinese Vice Minister of Industry and …, Shan Zhongde")
    rf"(?:the\s+)?(?:(?P<people>{PEOPLES_ADJECTIVE.pattern})\s+)?(?P<title>{TITLE}"
    # (two posts of one body: "the chairman and CEO of Huawei Chile, Wang Lei")
    # ("the Minister for Foreign Affairs, Gen Jeje Odongo")
    rf"(?:\s+and\s+{TITLE})?)\s+(?P<of>of|at|for)\s+"
    r"(?:the\s+)?"
    # (a ministry's name may hold commas: "Ministry of Development, Industry, Trade and Services")
    # (and what a bracket says of it: "the Mazhilis (the lower house) of Kazakhstan")
    r"(?P<body>[A-Z][\w'’&-]*(?:\s*\([^()]{1,80}\))?"
    # (its small words written in capitals too: "The State Administration For Industry …")
    # (not past its holder named before the next: "…, Zhang Mao and Malaysia's …")
    # (nor past a form of address, the next holder's: "…, Mr Geoffery Onyeama, …")
    # (nor past a holder between commas before the next post: "…, Lucy Bogari, and Vice …")
    # (but a portfolio's words may: "minister of Foreign Affairs, International Cooperation and
    # Gambians Abroad, Honourable Ousainou Darboe")
    rf"(?:(?:,\s+(?!(?!(?:(?i:{_TOPIC_WORD})\s+)+and\s)(?:[A-Z][\w'’-]+\s+){{2,4}}and\s)"
    rf"(?!{ADDRESS}\s)"
    rf"(?![A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}},\s+(?:and\s+)?(?:the\s+)?{TITLE}\b)"
    r"(?:and\s+)?"
    # (nor into a second post: "… National Development Unit and Minister of Finance, Mr. …")
    rf"|(?!\s+and\s+{TITLE}\s+(?:of|for)\s)\s+(?:(?i:and|&|of|for|the)\s+)*)[A-Z][\w'’&-]*"
    r"(?:\s*\([^()]{1,80}\))?)*)"
    # (an envoy's post says where to: "Ambassador of China to Kazakhstan")
    # (or what it is in charge of: "Minister for Foreign Relations in charge of African affairs")
    r"(?P<to>\s+to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"|\s+in\s+charge\s+of\s+[^,;()]{1,60}?)?,\s+"
    # (with a name's particles: "Dr. Maria do Rosário Bragança"; and a name in brackets
    # after it: "Mr. Edric Chu (Chu Xiaoxin)")
    # ("…, His Excellency, Mr Cai Dafeng"; "… and the Caribbean, Ambassador Qiu Xiaoqi")
    # (and "…, Supreme Commander of the Southern Armed Forces, President Aidaroos …")
    rf"(?:(?:{ADDRESS}|Ambassador|President),?\s+){{0,2}}(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:da|de|do|dos|das|van|von|der|bin|binti|ibn)\s+)?"
    r"[A-Z][\w'’-]+){1,3}"
    # (one name after "Hon.", as Tonga's nobles and ministers are named: "the Prime Minister
    # of Tonga, Hon. Hu'akavameiliku")
    r"|(?<=\bHon\.\s)[A-Z][\w'’-]+)(?:\s*\([^()]{1,40}\))?"
    r"(?=\s*(?:,|;|$)|\s+and\s|\.(?:\s|$)|\s+(?:jointly|together|also|respectively)$)")
# A bracket closing a name ("Huawei Technologies (Thailand)")
BRACKETED = re.compile(r"\s*[(（]([^()（）]+)[)）]\s*$")


def appositive(said: re.Match[str]) -> NewName:
    """"Zhang Ming, vice chairman of the National Development and Reform
    Commission": the person, the post, the body (what the post is of, when
    it names a body: "Brazil's Minister of Science" is a post of Brazil)."""
    post, of = said.group("title"), (said.group("of") or "").strip()
    people = said.group("people") or ""
    of_people = country_of_people(people) or named_country(people)
    if people and not of_people:  # ("Deputy | Director"): a word of the post
        post = f"{people} {post}"
    body = (said.group("body") or "").strip()
    # (a minister's is a portfolio, "Minister of Digital Economy and Society";
    # a company's branch is named with its country, "Huawei Technologies (Thailand)")
    # (but a ministry a minister is of: "vice minister of China's Ministry of Science
    # and Technology", of China)
    owned = _OWNED.match(of)
    bare = of[owned.end():] if owned else of
    of_country = ""
    if of and said.group("prep") == "in":
        post = f"{post} in {of}"  # ("Minister in the Presidency": the post's whole name)
    elif of and not body and _names_a_body(of, bare, post):
        body = bare[:1].upper() + bare[1:]  # ("the embassy of …": the Embassy of …)
    elif of and not body and _HEAD_OF_A_COMPANY.search(post) and not named_country(bare) and (
            not all(word.lower() in TOPICS | _SMALL_WORDS for word in bare.split())):
        # "the founder and CEO of Infervision of China": of the company (of China)
        body = bare
        if (closing := _OF_COUNTRY.search(body)) and not ORGANISATION_WORDS.search(
                before := body[:closing.start()].strip()) and before:
            body, of_country = before, named_country(closing.group("country")) or ""
        of_country = of_country or closing_country(body)  # "CEO of Huawei Thailand"
    elif of and not body and not (owned and owned.group("owner")) and (
            of_country := closing_country(bare)) and not any(
            word.islower() or word.lower() in TOPICS for word in bare.split()):
        body = bare  # "chairman of Inria Chile": a company's branch, named with its country
    elif of:
        post = f"{post} {said.group('prep')} {of}"
    if to := said.group("to"):  # ("Ambassador of China to Kenya": China's)
        post = f"{post}{to}"
        # (of "the People's Republic of China": its whole name, not the owner's words)
        of_country = of_country or named_country(of) or named_country(bare)
    if also := said.group("also"):  # ("secretary of …, and chairman of …")
        post = f"{post}; {also.strip().removeprefix('and').strip()}"
    owner = (said.group("owner") or (owned.group("owner") if owned and (body or bare) else "")
             or said.group("region_of") or "")
    bracket = (said.group("bracket") or "").strip()
    return NewName(said.group("name"), "person",
                   native_name=bracket if bracket and not bracket.isascii() else "",
                   country=(named_country(owner) if owner else "") or of_people or of_country
                   or country_of_body(body) or _closing_of_country(post),
                   position=" ".join(post.split()), affiliation=body)


def _names_a_body(of: str, bare: str, post: str) -> bool:
    """Whether what a post is "of" names the body the person is of (not a
    minister's portfolio, "Minister of Digital Economy and Society", nor what
    a body is, "Cambodia's telecommunications ministry"); ``bare`` is it
    without "the" and whose it is."""
    names_one = bool(ORGANISATION_WORDS.search(of) or of.islower() or BRACKETED.search(of)
                     or (ACRONYM.fullmatch(bare) and not named_country(bare)))
    a_portfolio = post.lower().endswith("minister") and not _A_MINISTRY.search(of)
    described = bare[:1].islower() and not of.islower() and not _MISSION.match(bare)
    # (nor a secretary's or a minister's "of state": a post)
    return (names_one and not a_portfolio and not described and not _A_BOARD.fullmatch(of)
            and of.lower() != "state")


# ("Mr. Liang Hua, Chairman of the Board": of the company's board, a post)
_A_BOARD = re.compile(r"(?i:(?:the\s+)?board(?:\s+of\s+(?:directors|trustees|governors))?)")


_OF_COUNTRY = re.compile(r"\bof\s+(?:the\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$")


def _closing_of_country(post: str) -> str:
    """The country a post closes with ("Minister of Technology and
    Communications of Laos": Laos), or ""."""
    found = _OF_COUNTRY.search(post)
    return named_country(found.group("country")) or "" if found else ""


# "China's Ministry of …": the owner and the rest
OWNER = re.compile(r"^(?P<owner>[A-Z][\w .-]*?)(?:['’]s|(?<=s)['’])\s+(?P<rest>\S.*)$")
# "… of the People's Republic of China": the country a name closes with
OF_A_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)$")


_THE_CLOSING = re.compile(r"\bthe\s+$")
_PEOPLES_GOVERNMENT = re.compile(r"(?P<people>[A-Z][a-z]+)\s+Government\b")


def post_then_name(named_after: re.Match[str], country: str) -> NewName:
    """"the Chairman of the Mazhilis of Kazakhstan, Yerlan Koshanov": the
    person, the post, the body it is of — or no body where the post is of a
    country ("the Ambassador of China to Kazakhstan, Han Chunlin") or of a
    portfolio ("Minister of Foreign Affairs of Laos", "Minister of Communication and
    Digital Economy"), then part of the post."""
    title, name, to = named_after.group("title"), named_after.group("name"), named_after.group("to")
    of = "for" if named_after.group("of") == "for" else "of"  # (a post "for" what, as written)
    country = country or country_of_people(named_after.group("people") or "")
    # (what a bracket says of the body is no part of its name)
    body, to = re.sub(r"\s*\([^()]*\)|^The\s+", "", named_after.group("body")), to or ""
    if code := named_country(body):
        # (with its "the" as written: "the President of the Republic of Tajikistan")
        the = "the " if _THE_CLOSING.search(
            named_after.string, named_after.start(), named_after.start("body")) else ""
        return NewName(name, "person", position=f"{title} {of} {the}{body}{to}",
                       country=country or code)
    # ("The Head of Government, Mr. …", "the President of the Republic, José Ramos-Horta": a post)
    if body.lower() in ("government", "state"):
        return NewName(name, "person", position=f"{title} {of} {body}{to}", country=country)
    if body.lower() in ("republic", "union", "nation"):
        return NewName(name, "person", position=f"{title} {of} the {body}{to}", country=country)
    if (governed := _PEOPLES_GOVERNMENT.match(body)) and (
            code := country_of_people(governed.group("people"))):
        # ("the special representative of the Chinese Government for Latin America …, Qiu
        # Xiaoqi": a post of the country's)
        return NewName(name, "person", position=f"{title} {of} the {body}{to}",
                       country=country or code)
    if (whose := OWNER.match(body)) and (code := named_country(whose.group("owner"))):
        # "the Governor of China's Guangxi Zhuang Autonomous Region, Lan Tianli"
        body, country = whose.group("rest"), country or code
    portfolio = OF_A_COUNTRY.search(body)
    if portfolio and (code := named_country(portfolio.group(1))) and (
            topics := body[:portfolio.start()]).split()[-1].lower() in TOPICS and not (
            ORGANISATION_WORDS.search(topics)):
        return NewName(name, "person", position=f"{title} {of} {body}{to}",
                       country=country or code)
    if all(word.strip(",").lower() in TOPICS | _SMALL_WORDS
           # (a people's: "… and Gambians Abroad")
           or country_of_people(word.removesuffix("s")) for word in body.split()) and not (
            ORGANISATION_WORDS.search(body)):
        # ("The Minister of Communication and Digital Economy, Dr. Isa Ibrahim Pantami")
        return NewName(name, "person", position=f"{title} {of} {body}{to}", country=country)
    return NewName(name, "person", position=f"{title}{to}", affiliation=body,
                   country=country or country_of_body(body) or closing_country(body))
