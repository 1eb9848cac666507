"""A search as the analyst types it, read (words, "phrases", -left out,
OR), and the SQL that finds its events through the trigram index, or its
participants by their names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.search import MIN_INDEXED_TERM, fold
from desktop.core.well_known_names import other_names

# A "quoted phrase" (straight or curly quotes, as a Chinese input method types
# them), its closing quote optional: the search runs as the analyst types it.
# An apostrophe is text ("People's Daily"); single quotes around a word and a
# trailing "*" are dropped, as every term matches anywhere in a word anyway.
# A term (a word or a phrase) after "-" is one the events must not hold.
_QUERY_PART = re.compile(r'((?<!\S)-)?(?:["“”]([^"“”]*)(?:["“”]|$)|([^\s"“”]+))')


@dataclass(frozen=True)
class Query:
    """A search as typed, read: every clause must be found, a clause being
    one term or several joined by OR (found when any of them is); and none of
    the terms left out."""

    wanted: tuple[tuple[str, ...], ...] = ()
    unwanted: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.wanted or self.unwanted)

    def terms(self) -> list[str]:
        """Every term looked for, in the order typed."""
        return [term for clause in self.wanted for term in clause]


def parse_query(text: str) -> Query:
    """Read a search: words and "quoted phrases", folded; -term leaves a term
    out; OR (in capitals) or | between two terms finds either ("Laos OR
    老挝 forum" is (Laos or 老挝) and forum).  An OR still to be followed by
    its term, as it is typed, counts for nothing.  A well-known body's name
    finds it by any of its names ("工信部" is 工信部 OR 工业和信息化部 OR …)."""
    wanted: list[list[str]] = []
    unwanted: list[str] = []
    join = False
    for minus, phrase, word in _QUERY_PART.findall(text):
        if not minus and not phrase and word in ("OR", "|"):
            join = bool(wanted)
            continue
        term = fold(phrase or word.rstrip("*").strip("'‘’"))
        if not term.strip("-"):  # a dash alone ("a - b") is no term
            continue
        # A well-known body's other names are as good as the one typed (工信部
        # finds MIIT's events; see well_known_names), but for its acronyms: a
        # term matches inside words, and "itu" is in "institute".
        terms = list(dict.fromkeys([term, *(fold(name) for name in other_names([term])
                                            if " " in name or not name.isascii())]))
        if minus:
            unwanted += terms
        elif join:
            wanted[-1] += terms
        else:
            wanted.append(terms)
        join = False
    return Query(tuple(tuple(clause) for clause in wanted), tuple(unwanted))


def query_terms(text: str) -> list[str]:
    """Split a query into folded terms; "quoted phrases" stay whole."""
    return parse_query(text).terms()


def fts_phrase(term: str) -> str:
    """An FTS5 phrase matching the term literally (quotes doubled)."""
    return '"' + term.replace('"', '""') + '"'


def matching_event_seqs_sql(query: Query) -> tuple[str, dict[str, str]]:
    """SQL selecting the ``seq`` of events that hold what the query wants and
    none of what it leaves out (every event but those, when that is all)."""
    singles = [clause[0] for clause in query.wanted if len(clause) == 1]
    parts: list[str] = []
    params: dict[str, str] = {}
    if singles:
        sql, params = _holding_every(singles, "")
        parts.append(sql)
    for index, clause in enumerate(c for c in query.wanted if len(c) > 1):
        either = []
        for place, term in enumerate(clause):
            sql, more = _holding_every([term], f"o{index}_{place}_")
            either.append(f"SELECT rowid FROM ({sql})")
            params.update(more)
        parts.append(" UNION ".join(either))
    sql = (" INTERSECT ".join(f"SELECT rowid FROM ({part})" for part in parts) if parts
           else "SELECT rowid FROM event_search")
    for index, term in enumerate(query.unwanted):
        other, more = _holding_every([term], f"x{index}_")
        sql = f"SELECT rowid FROM ({sql}) EXCEPT SELECT rowid FROM ({other})"
        params.update(more)
    return sql, params


def _holding_every(terms: list[str], prefix: str) -> tuple[str, dict[str, str]]:
    """SQL selecting the ``seq`` of events whose text contains every term,
    its parameters' names beginning with ``prefix``.

    Terms of three characters or more go through the trigram index as one
    phrase query each.  A two-character term is every trigram that begins
    with it (a range of the index's vocabulary, matched as alternatives) plus
    the texts that end with it (an expression index, migration 0005): at
    100 000 events a few milliseconds instead of a scan.  A single character
    is looked for with ``instr`` among the events the other terms leave.
    """
    params: dict[str, str] = {}
    selects: list[str] = []
    long_terms = [t for t in terms if len(t) >= MIN_INDEXED_TERM]
    if long_terms:
        params[f"{prefix}match"] = " AND ".join(fts_phrase(term) for term in long_terms)
        selects.append(f"SELECT rowid FROM event_fts WHERE event_fts MATCH :{prefix}match")
    for index, term in enumerate(t for t in terms if len(t) == MIN_INDEXED_TERM - 1):
        pair = f"{prefix}pair{index}"
        params[pair] = term
        params[f"{pair}_end"] = term[0] + chr(min(ord(term[1]) + 1, 0x10FFFF))
        selects.append(_PAIR_SQL.format(term=f":{pair}", end=f":{pair}_end"))
    singles = [t for t in terms if len(t) < MIN_INDEXED_TERM - 1]
    if not singles:
        return " INTERSECT ".join(selects), params
    conditions = [f"instr(event_search.body, :{prefix}s{index}) > 0"
                  for index in range(len(singles))]
    params.update({f"{prefix}s{index}": term for index, term in enumerate(singles)})
    if selects:
        conditions.append(f"event_search.rowid IN ({' INTERSECT '.join(selects)})")
    return f"SELECT event_search.rowid FROM event_search WHERE {' AND '.join(conditions)}", params


# The trigrams that begin with a two-character term, as one MATCH of
# alternatives ('""' matches nothing when there are none), and the texts that
# end with the term (no trigram begins there).
_PAIR_SQL = (  # one subquery: compound SELECTs would otherwise bind left to right
    "SELECT rowid FROM (SELECT rowid FROM event_fts WHERE event_fts MATCH ("
    "SELECT coalesce(group_concat('\"' || replace(term, '\"', '\"\"') || '\"', ' OR '), "
    "'\"\"') FROM temp.event_fts_vocab WHERE term >= {term} AND term < {end}) "
    "UNION SELECT rowid FROM event_search WHERE substr(body, -2) = {term})")


def participant_matches_sql(query: Query) -> tuple[str, dict[str, str]]:
    """SQL selecting ids of participants whose names hold what the query wants
    and none of what it leaves out."""
    params: dict[str, str] = {}
    conditions = []
    for index, clause in enumerate(query.wanted):
        either = []
        for place, term in enumerate(clause):
            params[f"p{index}_{place}"] = term
            either.append(f"instr(body, :p{index}_{place}) > 0")
        conditions.append(f"({' OR '.join(either)})")
    for index, term in enumerate(query.unwanted):
        params[f"x{index}"] = term
        conditions.append(f"instr(body, :x{index}) = 0")
    where = " AND ".join(conditions) or "1"
    return f"SELECT participant_id FROM participant_search WHERE {where}", params
