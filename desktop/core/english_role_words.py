"""The words English uses to give those named after them a role in an event:
"co-hosted by", "organised by", "witnessed by", "signed … with", "the
delegation was led by", "supported by" … each with the role it gives, and who
they name (``by_role_words``, for ``roles_named``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.english_clauses import CLAUSE_END, SENTENCE_START
from desktop.core.who_did import without_asides
from desktop.core.whose_side import of_people

_JOINTLY = r"(?:co-?|(?:jointly|together)\s+)"
_AFTER_JOINTLY = r"\s+(?:jointly|together)"  # "organised jointly by"
_AUDIENCE_GRANTED = re.compile(r"\baudience\s+(?:was\s+)?granted\s+(?:to\s+)?", re.IGNORECASE)
# The side one signed for, before "by" ("signed for the Chinese government by A, …, and
# for Seychelles by B, …"): said of each as "on behalf of" it
_SIGNED_FOR = r"(?:for\s+(?P<side>(?:the\s+)?(?-i:[A-Z])[^,;.\n]{1,50}?)\s+)?"


def _for_side(match: re.Match[str]) -> str:
    side = match.groupdict().get("side")
    return f", on behalf of {side}" if side else ""


ENGLISH_BY = (
    (re.compile(rf"\b(?:{_JOINTLY}hosted|hosted{_AFTER_JOINTLY})\s+by\s+", re.IGNORECASE),
     "co-host"),
    (re.compile(r"(?<![-\w])(?<!jointly )(?<!together )hosted\s+by\s+", re.IGNORECASE),
     "host"),
    # a meeting "co-chaired by" two sides is theirs as a forum co-hosted is
    (re.compile(rf"\b{_JOINTLY}chaired\s+by\s+", re.IGNORECASE), "co-host"),
    (re.compile(r"(?<![-\w])(?<!jointly )(?<!together )chaired\s+by\s+", re.IGNORECASE),
     "host"),
    (re.compile(rf"\b(?:{_JOINTLY}organi[sz]ed|organi[sz]ed{_AFTER_JOINTLY})\s+by\s+",
                re.IGNORECASE), "co-organizer"),
    (re.compile(r"(?<![-\w])(?<!jointly )(?<!together )organi[sz]ed\s+by\s+",
                re.IGNORECASE), "organizer"),
    # one who "supported" or "sponsored" it, as 协办 reads in English
    # (not the projects it supports: "… the progress of projects supported by China")
    (re.compile(r"(?<!projects\s)(?<!programmes\s)(?<!programs\s)(?<!initiatives\s)"
                r"\b(?:supported|sponsored)\s+by\s+"
                r"|\bwith\s+(?:the\s+)?(?:[a-z]+\s+)?(?:support|sponsorship)"
                r"\s+(?:of|from)\s+", re.IGNORECASE), "co-organizer"),
    # "…, in collaboration with the China-ASEAN Digital Governance Centre"
    (re.compile(r"\bin\s+(?:close\s+)?(?:collaboration|co-?operation|partnership|conjunction)\s+with\s+",
                re.IGNORECASE), "co-organizer"),
    (re.compile(r"\bwitnessed\s+by\s+", re.IGNORECASE), "witness"),
    # ("The talks will be led by South Korean vice foreign minister Kim Hong-kyun and his
    # Chinese counterpart Sun Weidong": those who led the talks took part in them)
    (re.compile(r"\b(?:talks|discussions|dialogue|consultations|negotiations)\s*,?\s+"
                r"(?:(?:will\s+be|were|was|are|is|(?:have|has|had)\s+been)\s+)?(?:led|headed)\s+by\s+",
                re.IGNORECASE), "participant"),
    # ("The key issues of bilateral cooperation were discussed by Deputy Prime Minister … and
    # Ambassador …": those who discussed them)
    (re.compile(r"\b(?:were|was|(?:have|has|had)\s+been)\s+discussed\s+by\s+", re.IGNORECASE),
     "participant"),
    # ("… the signing of 14 memoranda … at an event presided over by Thai Prime Minister …
    # and Chinese Premier Li Qiang": those who saw them signed)
    (re.compile(r"\bsigning\s+of\b[^.;]{1,160}?\b(?:presided\s+over|chaired)\s+by\s+",
                re.IGNORECASE), "witness"),
    # ("signed six memorandums … in an event overseen by China's foreign minister …")
    (re.compile(r"\b(?:event|ceremony|signings?)\s+(?:(?:was|were)\s+)?(?:overseen|supervised)"
                r"\s+by\s+", re.IGNORECASE), "witness"),
    # "co-chaired the 6th … Strategic Dialogue with Nong Rong, …": the other chair
    (re.compile(r"\bco-?(?:chaired|hosted)\s+(?:the|a|an|this)\s[^.;\n]{1,120}?\swith\s+"
                r"(?=(?-i:[A-Z]))", re.IGNORECASE), "co-host"),
    # (and "took place … under the patronage of Chinese Prime Minister A and Prime Minister B")
    (re.compile(r"\bin\s+the\s+(?:joint\s+)?presence\s+of\s+|\bunder\s+the\s+(?:joint\s+)?"
                r"patronage\s+of\s+", re.IGNORECASE), "witness"),
    # ("under the joint witness of Chinese President Xi Jinping and …", as 见证下 reads)
    (re.compile(r"\bunder\s+the\s+(?:joint\s+)?witness\s+of\s+", re.IGNORECASE), "witness"),
    # ("… with the presence of Deputy Minister … as the chief guest": one who attended)
    (re.compile(r"\bwith\s+the\s+(?:gracious\s+)?presence\s+of\s+", re.IGNORECASE), "attendee"),
    # ("started with the welcome speech of Chen Mingjie, Vice-President, …")
    (re.compile(r"\b(?:welcome|welcoming|opening|keynote|closing|inaugural)\s+(?:speech|remarks"
                r"|address)\s+(?:of|by|from)\s+(?=(?-i:[A-Z]))", re.IGNORECASE), "speaker"),
    # "the signing of a pact between A and B", "an agreement signed between A and B"
    (re.compile(r"\b(?:(?:signing|signature|conclusion)\s+of\s+(?:[\w'’-]+\s+){0,6}?"
                r"(?:agreements?|memorand(?:ums?|a)|MoUs?|deals?|pacts?|accords?|declarations?"
                # ("… two Memoranda of Understanding (MoUs) between …")
                r"|contracts?|treat(?:y|ies))(?:\s+of\s+understanding)?(?:\s*\([^()]{1,12}\))?"
                r"|(?:agreements?|memorand(?:ums?|a)(?:\s+of\s+understanding)?|MoUs?|deals?"
                r"|pacts?|accords?|contracts?|treat(?:y|ies))(?:\s*\([^()]{1,12}\))?"
                r"\s+(?:was\s+|were\s+|(?:have|has|had)\s+been\s+)?(?:signed|inked)"
                # ("A Memorandum of Understanding (MOU) signed today between …")
                r"(?:\s+(?:today|yesterday))?"
                # ("… was inked at the Global AI Summit in Riyadh between A and B")
                r"(?:\s+(?:at|in|on|during)\s+[^,;.\n]{1,60}?)?)"
                r"\s+between\s+(?!the\s+two\b)", re.IGNORECASE), "signatory"),
    # ("The signing took place between Ambassador … Qian Bo and the Permanent Secretary …")
    (re.compile(r"\b(?:signing|signature)(?:\s+ceremony)?\s+(?:took\s+place|was\s+(?:held|done"
                r"|made))\s+between\s+", re.IGNORECASE), "signatory"),
    # "14 memoranda of understanding, agreements, protocol and joint statement involving
    # nine ministries have been exchanged between Malaysia and China": the parties
    (re.compile(r"\b(?:agreements?|memorand(?:ums?|a)|MoUs?|MoAs?|deals?|pacts?|accords?"
                r"|contracts?|treat(?:y|ies)|documents?|protocols?"
                r"|letters?\s+of\s+(?:intent|commitment))\b[^.;!?\n]{1,160}?"
                # ("Another agreement was on …, penned between A and B")
                r"[\s,](?:(?:was|were|(?:have|has|had)\s+been)\s+)?(?:signed|inked|exchanged"
                # ("Another MoU was conducted between A, B, and C")
                # (not "the agreements signed between the two countries are …": no one named)
                r"|penned|conducted|concluded)\s+between\s+(?!the\s+two\b)", re.IGNORECASE),
     "signatory"),
    # "Among them was a Memorandum of Understanding on … between A and B": its parties
    # ("A strategic cooperation agreement between A and B was signed")
    # (and one of a list: "1. Memorandum of Understanding between the Ministry of …")
    (re.compile(r"(?:\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?|^[^\S\n]*\d{1,2}[.)][^\S\n]+)"
                # ("a memorandum of cooperation (MoU) between the … Academy of Politics and …")
                r"(?:memorand(?:ums?|a)\s+of\s+(?:understanding|cooperation)"
                # ("the signing of three agreements between …", "signing the deal between")
                r"|MoUs?|agreements?|deals?|pacts?|accords?)(?:\s*\([^()]{1,12}\))?"
                r"(?:\s+on\s+[^,;.()]{1,120}?)?\s+between\s+(?!the\s+two\b)",
                re.IGNORECASE | re.MULTILINE), "signatory"),
    # ("was signed in Nairobi by …"; "The MoUs were exchanged by …")
    # ("signed earlier today by …", "signed for the Chinese government by …")
    (re.compile(r"\b(?:signed|inked|(?:was|were)\s+exchanged)\s+"
                r"(?:(?:earlier\s+)?(?:today|yesterday|this\s+(?:morning|afternoon))\s+)?"
                r"(?:(?:in|at|on|during)\s+[^,;.\n]{1,60}?\s+)?" + _SIGNED_FOR + r"by\s+",
                re.IGNORECASE),
     "signatory"),
    # "A signed a memorandum with B": B signed it too
    # (and "exchanged letters of commitment with the Chinese Embassy")
    # (and a sum before what was signed: "signed a $12 million … agreement with")
    (re.compile(r"\b(?:signed|inked|exchanged)\s+(?:[$€£]?[\w'’.-]+\s+){0,6}?(?:agreements?"
                r"|memorand(?:ums?|a)|MoUs?|deals?|pacts?|accords?|contracts?|treat(?:y|ies)"
                r"|letters?\s+of\s+(?:intent|commitment)|LoIs?|protocols?"
                # ("signed bilateral cooperation documents with …")
                r"|(?:cooperation\s+)?documents"
                # ("signed an 'action plan for the … partnership' with Chinese Premier …")
                r"|plans?)"
                # ("signed a Memorandum of Understanding (MoU) with Huawei Technologies")
                r"(?:\s+of\s+(?:[\w'’-]+\s+){0,4}?\w+)?(?:\s*\([^()]{1,12}\))?"
                # ("signed a strategic agreement for the development of … in Patagonia with")
                r"(?:\s+(?:for|on)\s+[^,.;()\n]{1,80}?)?\s+with\s+",
                re.IGNORECASE),
     "signatory"),
    # ("the documents, jointly signed with Chinese Ambassador A and Minister B": both
    # signed them)
    (re.compile(r"\b(?:signed|inked)\s+with\s+", re.IGNORECASE), "signatory"),
    # ("Minister Budi Arie was accompanied by the Director General of …, Wayan Toni, …")
    # (and between commas: "El-Sissi, accompanied by Egyptian Foreign Minister …, witnessed")
    (re.compile(r"\b(?:was|were)\s+(?:also\s+)?accompanied\s+by\s+|,\s+accompanied\s+by\s+",
                re.IGNORECASE),
     "attendee"),
    # ("Huawei … signed an agreement with A, while co-signing with Sky47 Limited …")
    (re.compile(r"\bco-?sign(?:ed|ing|s)\s+with\s+", re.IGNORECASE), "signatory"),
    # ("Burundi was represented by A, …, while the Chinese side was represented by B":
    # each for the side named before, said of him as "on behalf of" it)
    (re.compile(r"(?:\b(?P<side>(?-i:[A-Z])[\w'’-]*|the\s+(?-i:[A-Z])[\w'’-]*\s+side)\s+"
                r"(?:was|were|is|are)\s+)?\brepresented\s+by\s+", re.IGNORECASE),
     "representative"),
    # ("during an audience granted the Chinese Ambassador, A by the Minister of …, B": the
    # minister received the ambassador)
    (_AUDIENCE_GRANTED, "participant"),
    (re.compile(_AUDIENCE_GRANTED.pattern + r"[^.;\n]{3,120}?\s+by\s+", re.IGNORECASE),
     "host"),
    # ("he was granted a royal audience of His Majesty King Tupou VI": the king received him)
    (re.compile(r"\b(?:was|were)\s+granted\s+(?:a|an)\s+(?:royal\s+|private\s+)?audience\s+"
                r"(?:of|with|by)\s+", re.IGNORECASE), "host"),
    # "following a visit by Chinese Foreign Minister Wang Yi": the visitor took part
    (re.compile(r"\b(?:a|an|the|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?visit"
                # ("the official visit of Li Zhanshu, Chairman of …, to Nepal")
                # (not "a visit to the Beijing Research Centre of Huawei")
                # ("the visit to Cameroon of Yang Jiechi, the Special Representative …")
                # ("the visit of the Chinese State Councilor … Wang Yi")
                r"(?:\s+to\s+[^,.;\n]{1,40}?\s+by|\s+(?:by|of)(?:\s+the(?=\s+(?-i:[A-Z])))?"
                r"|\s+to\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+of(?=\s+(?-i:[A-Z][a-z]+\s+[A-Z])))"
                r"\s+(?=(?-i:[A-Z]))",
                re.IGNORECASE),
     "participant"),
    # "the Chinese delegation was headed by Ms. Liu Jing": she stood for her side
    # (of the people it names: "the Kenyan delegation was led by Principal
    # Secretary John Tanui", of Kenya)
    # ("a delegation of China's Ministry of Science and Technology led by …")
    # (whose may be a place and its country: "a working delegation from Guangxi, China, led by")
    # (not one people of two: "the Chinese and UAE delegations, led by A and B respectively")
    (re.compile(r"(?:(?<!and\s)\b(?P<people>[A-Z][A-Za-z]+)\s+)?\b(?:delegations?|side|team)"
                r"(?:\s+(?:of|from)\s+(?P<whose>[^,.;\n]{1,80}?(?:,\s+[A-Z][a-z]+)?))?,?\s+"
                r"(?:was\s+|were\s+)?(?:led|headed)\s+by\s+", re.IGNORECASE), "representative"),
    # "the delegation was received by MDEC chief executive Mahadhir Aziz": the host
    (re.compile(r"\b(?:was|were|is|are|will\s+be|(?:has|have|had)\s+been)\s+(?:warmly\s+)?"
                # ("He was met by the Secretary of Foreign Affairs …, Elias Wohengu, …")
                r"(?:also\s+)?(?:received|welcomed|greeted|met"
                # ("was also hosted to a welcome dinner by Deputy Prime Minister …")
                r"|hosted\s+(?:to|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:dinner|lunch"
                r"|luncheon|banquet|reception|breakfast))"
                # ("where he was received on Tuesday by his Chinese counterpart, Xi Jinping")
                r"(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+yesterday"
                r"|\s+today)?\s+by\s+",
                re.IGNORECASE), "host"),
    (re.compile(r"\battended\s+by\s+", re.IGNORECASE), "attendee"),
    # ("hosted a farewell dinner for the outgoing Chinese Ambassador …, Guo Haiyan": the guest)
    (re.compile(r"\bhosted\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:dinner|lunch|luncheon|banquet"
                r"|reception|breakfast)\s+(?:for|in\s+honou?r\s+of)\s+", re.IGNORECASE),
     "participant"),
    # ("during a courtesy call by Ambassador Xu Jinghu, …, on Prime Minister …, Mr. …"):
    # who called took part, the one called on hosted
    (re.compile(r"\b(?:courtesy|farewell)\s+(?:call|visit)\s+by\s+", re.IGNORECASE),
     "participant"),
    (re.compile(r"\b(?:courtesy|farewell)\s+(?:call|visit)\s+by\s+[^;\n]{3,160}?,\s+on\s+",
                re.IGNORECASE), "host"),
    # ("Among the signatories accompanying Ramaphosa were Minister …")
    (re.compile(r"\bamong\s+the\s+signatories\b[^,.;\n]{0,40}?\s+were\s+", re.IGNORECASE),
     "signatory"),
    # "a joint initiative of A and B": both take part
    (re.compile(r"\bjoint\s+(?:initiative|project|undertaking|venture|effort)\s+(?:of|between|by)"
                r"\s+", re.IGNORECASE), "participant"),
    # (and those who built what was opened: "established jointly by A and B", as 共建)
    (re.compile(r"\b(?:launched|unveiled|inaugurated|established|set\s+up|built|co-founded)"
                r"\s+(?:jointly\s+)?by\s+", re.IGNORECASE), "participant"),
    # ("The forum began with a welcome speech by …, followed by a speech by …")
    (re.compile(r"\b(?:addressed|(?:speech(?:es)?|remarks|keynotes?|addresses)(?:\s+were)?"
                r"(?:\s+(?:given|delivered|made))?"
                # ("The statement was made by Bui Hoang Phuong, …, at the … roundtable")
                r"|statements?\s+(?:was|were)\s+(?:made|delivered)(?=\s+by\s+[^.;]*?\bat\s+the\b))"
                r"\s+by\s+", re.IGNORECASE), "speaker"),
    # a panel "featuring" its speakers; one who moderated it spoke too
    # (one who presided over a ceremony, as one who chaired an opening: 主持)
    (re.compile(r"\b(?:featuring|featured|moderated\s+by|presided\s+over\s+by)\s+",
                re.IGNORECASE), "speaker"),
)
# "Also present were representatives from Alibaba Cloud and SenseTime", "Also
# attending were Chinese Ambassador to Vietnam Ha Vi; Vietnamese Consul General
# in Nanning …": attendees, to the sentence's end (the list may be parted by ";")
# (and "Present to receive the Chinese delegation was Chief of Staff …")
ENGLISH_PRESENT = re.compile(r"\b(?:present|in\s+attendance|attending)\s+"
                             r"(?:to\s+(?:receive|welcome|meet)\s+[^,.;\n]{1,40}?\s+)?"
                             # ("Present at the ceremony was the Chinese Ambassador …")
                             r"(?:(?:at|during)\s+(?:the\s+)?[^,.;\n]{1,60}?\s+)?"
                             # ("Attending the accreditation ceremony were …")
                             r"(?:(?<=attending\s)(?:the\s+)?[^,.;\n]{1,60}?\s+)?"
                             r"(?:were|was|included)\s+"
                             # ("… welcomed the guests, including …")
                             r"|\b(?:guests|dignitaries|representatives),?\s+including\s+"
                             # ("At the signing was China's Premier Li Qiang and …")
                             r"|\bat\s+the\s+(?:signing(?:\s+ceremony)?|ceremony)\s+(?:were|was)\s+"
                             # ("Also participated Ambassador of China to Argentina, …";
                             # "Accompanying the president were Cabinet Chief …")
                             r"|\b[Aa]lso\s+(?:participated|attended|took\s+part)\s+(?:were\s+)?"
                             r"(?=(?-i:[A-Z]))"
                             # (not "an accompanying delegation, …")
                             r"|\b(?-i:Accompanying)\s+(?:the\s+)?(?:[\w-]+['’]s\s+"
                             r"|(?:\w+\s+){0,2}were\s+)",
                             re.IGNORECASE)


def by_role_words(text: str) -> Iterator[tuple[int, str, str]]:
    """(where, role, the words naming who) for each of ``ENGLISH_BY``'s words in
    ``text``: who they name, to the clause's end."""
    for pattern, role in ENGLISH_BY:
        for match in pattern.finditer(text):
            if _BEING_DONE.search(text, max(0, match.start() - 120), match.start()):
                continue  # (what is still being built, not the event's doing)
            end = CLAUSE_END.search(text, match.end())
            # (not what was done with it after the names: "… between A and B was handed over")
            words = _DONE_AFTER.split(text[match.end():end.start() if end else len(text)], 1)[0]
            if pattern is _AUDIENCE_GRANTED:
                words = _BY_THE_HOST.split(words, 1)[0]  # (the guest, before who received him)
            if _IN_AN_ASIDE.search(text, max(0, match.start() - 3), match.start()):
                # ("Kuwait – represented by A – and China – represented by B – signed")
                words = _ASIDES_END.split(words, 1)[0]
            if _OPENS_SENTENCE.search(text, max(0, match.start() - 3), match.start()) or (
                    _IN_AN_OPENING.search(text, max(0, match.start() - 160), match.start())):
                # ("In the presence of A and B, C and D signed …": the phrase opening
                # the sentence ends before who did what it says)
                # (asides between dashes set aside: "…, Kuwait – represented by A – and …")
                after = _SUBJECT_AFTER.search(without_asides(words))
                words = words[:after.start()] if after else words
            # (nor what they did: "A Chinese delegation led by Vice Minister Li Wei visited …")
            words = _DID_AFTER.split(words, 1)[0]
            # (nor what a dash adds: "received by Chinese President Xi Jinping - four months
            # after …")
            words = _DASH_THEN_WORDS.split(words, 1)[0]
            # ("signed by A on behalf of X and by B on behalf of Y": each by his words)
            sentence_end = SENTENCE_START.search(text, match.end())
            for other in _AND_BY.finditer(text, match.end(),
                                          sentence_end.start() if sentence_end else len(text)):
                words = words[:max(0, other.start() - match.end())] or words
                other_end = CLAUSE_END.search(text, other.end())
                other_words = _AND_BY.split(text[other.end():other_end.start() if other_end
                                                 else len(text)], 1)[0] + _for_side(other)
                if other_end and (side := _FOR_SIDE.match(text, other_end.start())):
                    other_words += side.group()
                yield other.end(), role, of_people(None, other_words, None)
            words += _for_side(match)
            if " from " in words and end and (last := _FROM_LAST.match(text, end.start())):
                words += last.group()  # ("A from Azerbaijan and B from China": each's)
            if end and (side := _FOR_SIDE.match(text, end.start())):
                words += side.group()  # ("… by Minister A on behalf of Pakistan": his side)
                if more := _AND_ANOTHER.match(text, side.end()):
                    # ("…, on behalf of The Gambia government, and the Chinese Ambassador …,
                    # Zhang Jiming, for his government": the other who did it)
                    more_end = CLAUSE_END.search(text, more.end())
                    yield more.end(), role, text[more.end():more_end.start() if more_end
                                                  else len(text)]
            if match.group().rstrip().endswith("between") and (
                    pair := _ONE_AND.fullmatch(words.strip())) and all(
                    side.split()[-1][:1].isupper() for side in pair.groups()):
                # "signed between Beijing Asian Africa Longyue and ASM Services": two
                # sides, whatever the name before "and" seems to go on with (not
                # "between Pakistani and Chinese enterprises", named by what they are)
                yield match.start(), role, pair.group(1)
                yield match.end() + words.index(pair.group(2)), role, pair.group(2)
                continue
            yield match.start(), role, of_people(match.groupdict().get("people"), words,
                                                  match.groupdict().get("whose"))


# "The new oil terminal, which is being built by A and sponsored by B, …": a
# thing in the making, the clause up to the words giving the role
_BEING_DONE = re.compile(r"\bbeing\s[^,.;\n]*$")
_FROM_LAST = re.compile(r"\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s*[.;,]|$)")
_DID_AFTER = re.compile(r"\s+(?:(?:has|have|had|also)\s+)?(?:visited|signed|inked|met|arrived"
                        r"|toured|attended|discussed|concluded|paid)\b")
_BY_THE_HOST = re.compile(r"\s+by\s+")
_AND_ANOTHER = re.compile(r",?\s+and\s+(?=(?:the\s+)?[A-Z])")
_DASH_THEN_WORDS = re.compile(r"\s[-–—]+\s+(?=[a-z\d])")
# ("the signing of nine agreements between China and Sri Lanka took place on …")
_DONE_AFTER = re.compile(r"\s+(?:was|were|(?:has|have|had)\s+been|will\s+be)\s+(?:[a-z]+ly\s+)?"
                         r"[a-z]+(?:ed|en)\b|\s+took\s+place\b")
# the side one stood for, after the clause ("…, on behalf of the Government of Pakistan")
_FOR_SIDE = re.compile(r",?\s+on\s+behalf\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
                       r"(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]*){0,5}"
                       r"(?:\s+(?:side|government|delegation))?", re.IGNORECASE)
# (or a comma: "On the afternoon of April 14, under the joint witness of …")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?;,\n])\s*$")
_SUBJECT_AFTER = re.compile(r",\s+(?=(?:(?:[A-Z][\w'’.-]*|and|of|the|for|&),?\s+)+"
                            r"(?:jointly\s+|also\s+)?(?:signed|inked|exchanged|held|met|attended"
                            r"|launched|opened|unveiled|agreed|announced|have|has|had|were|was)\b)")
# ("During a ceremony held at … in the presence of A and B, C and D signed …")
_IN_AN_OPENING = re.compile(r"(?:^|[.!?\n]\s*)(?:During|At|Following|After)\s[^,.;:\n]*$")
_IN_AN_ASIDE = re.compile(r"\s[–—]\s*$")
_ASIDES_END = re.compile(r"\s+[–—](?=\s)")
_AND_BY = re.compile(r",?\s+and\s+(?:also\s+)?" + _SIGNED_FOR + r"by\s+(?=(?-i:[A-Z]))",
                     re.IGNORECASE)
_ONE_AND = re.compile(r"((?:(?!\band\b)[^,])+?)\s+and\s+((?:(?!\band\b)[^,])+)")
