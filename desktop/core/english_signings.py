"""The words English uses for signings and those who witnessed them, read
from the sentence's start ("China and Laos signed a memorandum …",
"President Lula and President Xi witnessed the signing …"), for
``roles_named``."""

from __future__ import annotations

import re

from desktop.core.sides import side_country

# "On Saturday, China and Laos signed a memorandum …": signatories, from the
# sentence's start (or a dash after a dateline) to "signed", where what they
# signed is named within a few words
# ("… inaugurated, with NDRC and MIIT signing a memorandum"; not "attended
# the signing ceremony of the agreement", nor "represented NDRC in signing …")
SIGNED = re.compile(
    r"(?<!\bthe)(?<!\ba)(?<!\bin)(?<!\bby)(?<!\bfor)(?<!\bafter)(?<!\bbefore)"
    # (what a ceremony was of: "a ceremony of exchanging signed bilateral documents")
    r"(?<!\bof)(?<!\bexchanging)(?<!\bexchanged)"
    # (a headline's "Anwar, Xi witness signing of 31 MOUs")
    r"(?<!\bwitness)(?<!\bwitnesses)(?<!\bwitnessed)"
    # (and one who oversaw it: "Presidents Raisi, Xi Oversee Inking of 20 Agreements")
    r"(?<!\boversee)(?<!\boversees)(?<!\boversaw)(?<!\boverseeing)"
    # (and those who "exchanged a memorandum of cooperation" at a ceremony)
    # ("renewed their Agreement of Cooperation and signed …")
    # ("A and B then \"signed three agreements …,\" said the statement": a quotation's mark)
    r"\s+(?:(?:have|has|had)\s+)?(?:also\s+|then\s+)?(?:[a-z]+ly\s+)?[\"“]?(?:co-?)?"
    # (a headline's "Maldives, China sign 20 agreements")
    r"(?:signed|inked|signing|inking|signs|inks|sign|ink"
    r"|renewed|renews"
    # (when and where between commas: "signed, this Friday (14th), in Beijing, 15 …")
    # ("Malaysia and China today sealed eight … memorandums", "cemented a Treaty on …")
    r"|exchanged|exchanging|sealed|cemented"
    # ("…, along with Chinese counterparts, finalized an agreement"; "joined Chinese
    # officials to formally sign and exchange agreements")
    # ("Brown and his Chinese counterpart Li Qiang formalised the agreement")
    r"|finali[sz]ed|formali[sz]ed|joined\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:formally\s+)?(?:sign|ink)"
    # ("… and President of China Xi Jinping adopted a joint statement": its parties)
    r"|(?:adopted|issued)(?=\s+(?:a|the)\s+joint\s+(?:statement|declaration|communiqu)))"
    r"(?:(?:,\s+[^,.;\n]{1,40}?){1,3},"
    # (or without commas: "signed in Bujumbura on 3 December 2024 a grant agreement")
    r"|(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?\s+"
    # ("signed the expansion of a free trade agreement": what they signed within six words)
    # (and a partnership, in quotes too: 'signed a "strategic partnership"'; not "signed to
    # strengthen the … partnership")
    r"(?:(?:a|an|the)\s+[\"“]?(?:[\w'’-]+\s+){0,3}?partnership\b"
    r"|(?:[\w'’-]+\s+){0,6}?(?:agreements?|memorand(?:ums?|a)|MoUs?|deals?|pacts?|accords?"
    r"|documents?|certificates?"
    # ("exchanged letters of commitment with the Chinese Embassy")
    r"|declarations?|contracts?|treat(?:y|ies)|letters?\s+of\s+(?:intent|commitment)"
    r"|statements?|communiqu[eé]s?"
    # ("signed the Plan of Consultations for 2024", "a protocol", "a roadmap", "a mechanism")
    r"|plans?|protocols?|roadmaps?|programmes?|mechanisms?)\b)"
    # (not one who "signed the document on behalf of Uganda": its representative)
    r"(?!\s+on\s+behalf\s+of\b)",
    re.IGNORECASE)
# "President Lula and President Xi witnessed the signing …": witnesses, from
# the sentence's start
WITNESSED = re.compile(
    # ("… witnessed the agreement signings in Nairobi")
    r"\s+(?:also\s+|jointly\s+)?(?:witness(?:ed|es)?|oversaw|oversees?|overseeing)\s+"
    # ("witnessed last Friday in Beijing the signature of …": when and where between)
    r"(?:(?:(?:last|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|yesterday\s+|today\s+)?"
    r"(?:in\s+(?-i:[A-Z])[\w'’-]*\s+)?(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:signings?|inking|signature|exchange"
    # ("witnessed the handover ceremony of 10 cooperation documents")
    r"|conclusion|handover|hand-over|handing\s+over|occasion)\b"
    r"|\s+looked\s+on\s+as\b", re.IGNORECASE)  # ("… and President Pohamba looked on as …")
# "Thailand and China strengthened relations on Monday with the signing of a
# memorandum …": what they did by signing it (from the sentence's start)
MARKED_BY_SIGNING = re.compile(r"\s+(?:[a-z]+ed)\b[^.;!?\n]{0,100}?\bwith\s+the\s+signing\s+of\s+"
                                r"(?:a|an|the|\d+|two|three|four|five|several)\b")
# What the signatories did first, in the same sentence ("… attended the ceremony and",
# "… held talks and")
DID_FIRST = re.compile(r"\s+(?:also\s+)?(?:attended|joined|visited|met|held|had)\s[^.;]*?"
                        r"\band\s*$")


# "Liu Sushe represented NDRC in signing …": a representative, for another
# (and "…, Kashifu Inuwa Abdullahi, signed on behalf of the agency", "signed for
# the company": one who signed for their side)
# ("…, the Chinese ambassador to Uganda, signed it on behalf of China")
# (and "… Wang Qishan was representing the country in the signing")
REPRESENTED = re.compile(r",?\s+(?:represented\s+(?!by\b)|(?:was|were|is|are)\s+representing\s+"
                         r"|signed\s+(?:(?:it|them|the"
                         r"\s+(?:[\w-]+\s+){0,3}?(?:document|agreement|memorandum|deal"
                         r"|certificate|contract|protocol)s?)\s+)?"
                         r"(?:on\s+behalf\s+of"
                         # ("signed on behalf of Malaysia")
                         r"|for)\s+(?:(?:the|its|their|his|her)\b|(?-i:[A-Z])))",
                         re.IGNORECASE)


# The country one signed for or represented, right after the words saying so ("signed on
# behalf of China", "represented Liberia")
_SIDE = re.compile(r"\s*(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)")


def side_stood_for(text: str, end: int) -> str:
    """", representing Liberia" where the words ending at ``end`` (those
    saying one signed for or represented a side, up to its first letter)
    name a country; else ""."""
    start = end - 1 if end and text[end - 1].isupper() else end
    side = _SIDE.match(text, start)
    # (a country's government too, as ``side_country`` reads it: "on behalf of the Bahamas
    # Government")
    named = side.group(1) if side else ""
    return f", representing {named}" if named and side_country(named) else ""
