"""A colleague's spreadsheet of events, imported with its columns mapped."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.event_table_headers import guess_mapping
from desktop.core.exchange.foreign_csv import parse_mapping, read_foreign_csv
from desktop.core.exchange.import_plan import ImportPlan
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.exchange.table_participants import ForeignRows
from desktop.core.models import Event, EventParticipant, Participant, VocabularyTerm
from desktop.core.operations import Operations

SHEET = (
    "Event;When;Where;Country;Who;Keywords;Link\r\n"
    "Digital Silk Road seminar;April 30-May 3, 2018;Nanning;China;"
    "\"中国外文局 (host); Wang Fang (speaker); Ministry of Digital Affairs; Kenya\";"
    "\"media; ASEAN\";"
    "https://example.org/a\r\n"
    "\"=cmd|' /C calc'!A0\";2025-13;Hanoi;Viet Nam;;;\r\n"
    "Quoted, \"tricky\" title;Feb 2025;Vientiane;Laos;Wang Fang (moderator);;\r\n"
)


def _write(tmp_path: Path, text: str, *, bom: bool = True) -> Path:
    path = tmp_path / "sheet.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def _refusal(store: Store, path: Path) -> str:
    """Why reading the table is refused."""
    with pytest.raises(ValidationError) as caught, store.session() as session:
        read_foreign_csv(session, path)
    return str(caught.value)


def test_headers_are_guessed_in_english_and_chinese() -> None:
    assert guess_mapping(["标题", "日期", "地点", "参与者"]) == {
        "title": "标题", "date": "日期", "place": "地点", "participants": "参与者"}
    assert guess_mapping(["Event", "When", "Where", "Who"])["participants"] == "Who"


def test_headers_of_a_chinese_list_of_activities_are_guessed() -> None:
    """A list as a ministry or a think tank keeps it: its row number left
    unmapped, its columns named as such lists name them."""
    assert guess_mapping(["序号", "活动名称", "日期", "地点", "国家", "主办单位", "承办单位",
                          "参与方", "标签", "来源链接", "备注"]) == {
        "title": "活动名称", "date": "日期", "place": "地点", "country": "国家",
        "hosts": "主办单位", "executive_organizers": "承办单位", "participants": "参与方",
        "tags": "标签", "source_url": "来源链接", "notes": "备注"}


def test_headers_named_in_other_words_are_guessed_by_the_words_that_tell_them() -> None:
    """A header no field is named by whole is read by its telling words: a
    participating column is the participants (not the country), a header's
    last word says what it is of several ("Host nation" a country, "Host
    organisation" the hosts); a column two fields may claim goes to the first."""
    assert guess_mapping(["Event", "When", "City", "Nation", "Who took part"]) == {
        "title": "Event", "date": "When", "place": "City", "country": "Nation",
        "participants": "Who took part"}
    assert guess_mapping(["Title", "Date", "Host organisation", "Host nation",
                          "Participating countries", "Event description", "Comments"]) == {
        "title": "Title", "date": "Date", "hosts": "Host organisation", "country": "Host nation",
        "participants": "Participating countries", "summary": "Event description",
        "notes": "Comments"}
    assert guess_mapping(["名称", "日期", "主办国家", "参与国家", "活动简介"]) == {
        "title": "名称", "date": "日期", "country": "主办国家", "participants": "参与国家",
        "summary": "活动简介"}
    # a column whose words tell nothing is left for the analyst
    assert guess_mapping(["Title", "Date added", "Ref."]) == {"title": "Title"}


def test_what_a_header_adds_in_brackets_does_not_hide_its_field() -> None:
    assert guess_mapping(["Title", "Date (YYYY-MM-DD)", "日期（结束）", "Link [1]"]) == {
        "title": "Title", "date": "Date (YYYY-MM-DD)", "source_url": "Link [1]"}
    assert guess_mapping(["活动时间（公历）", "Host(s)"]) == {
        "date": "活动时间（公历）", "hosts": "Host(s)"}


def test_rows_become_events_matching_known_participants(sample_store: Store,
                                                        tmp_path: Path) -> None:
    path = _write(tmp_path, SHEET)
    mapping = {**guess_mapping(["Event", "When", "Where", "Country", "Who", "Keywords",
                                "Link"]), "place": "Where"}
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path, mapping)
    assert [str(p) for p in rows.problems] == [
        "sheet.csv row 3, date: '2025-13': month 13 does not exist (use 01 to 12)"]
    assert [e["title"] for e in rows.events] == ["Digital Silk Road seminar",
                                                 'Quoted, "tricky" title']
    first = rows.events[0]
    assert (first["date"], first["country"], first["tags"]) == (
        "2018-04-30/2018-05-03", "CN", ["media", "ASEAN"])
    assert rows.matches == {"中国外文局": next(iter(rows.matches.values()))}
    assert {p["name"]: (p["kind"], p.get("country")) for p in rows.participants} == {
        "Wang Fang": ("person", None), "Ministry of Digital Affairs": ("organization", None),
        "Kenya": ("country", "KE")}  # a country by its name, with its code
    with sample_store.session() as session:
        plan = plan_import(session, rows.document())
    apply_import(Operations(sample_store, "Importer"), plan, "fail")
    with sample_store.session() as session:
        event = session.scalars(select(Event).where(
            Event.title == "Digital Silk Road seminar")).one()
        people = session.execute(
            select(Participant.name, EventParticipant.note)
            .join(EventParticipant, EventParticipant.participant_id == Participant.id)
            .where(EventParticipant.event_id == event.id)
            .order_by(EventParticipant.sort_order)).all()
        assert [name for name, _ in people] == [
            "China International Communications Group", "Wang Fang",
            "Ministry of Digital Affairs", "Kenya"]
        assert len(session.scalars(select(Participant).where(
            Participant.name == "Wang Fang")).all()) == 1


def test_mapping_from_the_command_line_and_its_mistakes(sample_store: Store,
                                                        tmp_path: Path) -> None:
    assert parse_mapping(["title=Event", "date=When"]) == {"title": "Event", "date": "When"}
    with pytest.raises(ValidationError, match="not FIELD=COLUMN"):
        parse_mapping(["colour=Red"])
    path = _write(tmp_path, SHEET, bom=False)
    with pytest.raises(ValidationError, match="has no column Titel"), \
            sample_store.session() as session:
        read_foreign_csv(session, path, {"title": "Titel"})


def test_a_file_that_is_not_text_is_refused(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(b"\x80\x81title\xfe\xff,date")
    with pytest.raises(ValidationError, match="not UTF-8"), sample_store.session() as session:
        read_foreign_csv(session, path)


def test_a_repeated_bad_date_or_country_is_listed_on_every_row(ops: Operations,
                                                              tmp_path: Path) -> None:
    """Each distinct cell is read once per pass; every row that repeats a bad
    one is still listed, and the good rows that repeat a cell all get it."""
    table = tmp_path / "events.csv"
    table.write_text("Title,Date,Country\n"
                     "One,1 March 2024,China\n"
                     "Two,31 February 2024,China\n"
                     "Three,1 March 2024,Atlantis\n"
                     "Four,31 February 2024,Atlantis\n"
                     "Five,1 March 2024,China\n", encoding="utf-8")
    with ops.store.session() as session:
        rows = read_foreign_csv(session, table)
    listed = {problem.field for problem in rows.problems}
    assert listed == {"events.csv row 3, date", "events.csv row 4, country",
                      "events.csv row 5, date", "events.csv row 5, country"}
    assert [(e["title"], e["date"], e["country"]) for e in rows.events] == [
        ("One", "2024-03-01", "CN"), ("Five", "2024-03-01", "CN")]


def test_a_survey_reports_what_reading_the_table_finds_without_keeping_it(
        ops: Operations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.exchange import foreign_csv

    monkeypatch.setattr(foreign_csv, "SURVEY_STEP", 2)
    table = tmp_path / "events.csv"
    lines = ["Title,Date,Participants"]
    lines += [f"Meeting {n},2024-0{n % 9 + 1}-01,Person {n % 3} (speaker)" for n in range(7)]
    lines.insert(4, "Broken,2024-13-45,")
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reported: list[tuple[int, int]] = []
    with ops.store.session() as session:
        surveyed, readable = foreign_csv.survey_foreign_csv(
            session, table, progress=lambda done, total: reported.append((done, total)))
        whole = read_foreign_csv(session, table)
    assert readable == len(whole.events) == 7 and surveyed.events == []
    assert surveyed.problems == whole.problems and len(whole.problems) == 1
    assert [p["name"] for p in surveyed.participants] == ["Person 0", "Person 1", "Person 2"]
    assert reported == [(2, 0), (5, 0), (7, 0)]  # rows read, the broken one among them


def test_participants_separated_by_commas_or_the_chinese_enumeration_comma(
        sample_store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "Title,Who\r\n"
                            "Listed with commas,\"NDRC, Shi Zhongjun (speaker)\"\r\n"
                            "Listed the Chinese way,国家发展和改革委员会、石中军\r\n"
                            "A name holding a comma,\"Ministry of Science, Technology and "
                            "Innovation\"\r\n"
                            # one a line, as a spreadsheet cell lists them (Alt+Enter)
                            "Listed one a line,\"NDRC\nShi Zhongjun (speaker)\r\n\"\r\n")
    linked, created = _linked(sample_store, path)
    both = ["National Development and Reform Commission", "Shi Zhongjun"]
    assert linked["Listed with commas"] == both
    assert linked["Listed the Chinese way"] == both
    assert linked["Listed one a line"] == both
    assert linked["A name holding a comma"] == ["(new)"]
    assert created == ["Ministry of Science, Technology and Innovation"]


def _linked(store: Store, path: Path) -> tuple[dict[str, list[str]], list[str]]:
    """Each row's participants by our names ("(new)" for one the table
    adds), and the names of those it adds."""
    with store.session() as session:
        rows = read_foreign_csv(session, path)
        names = {pid: name for pid, name in session.execute(
            select(Participant.id, Participant.name))}
    linked = {event["title"]: [names.get(link["participant"], "(new)")
                               for link in event["participants"]] for event in rows.events}
    return linked, [participant["name"] for participant in rows.participants]


def test_a_country_named_in_chinese_or_by_another_name_is_our_country(
        sample_store: Store, tmp_path: Path) -> None:
    """老挝 or "Lao PDR" in a colleague's table was made a participant of its
    own beside our "Laos"."""
    path = _write(tmp_path, "Title,Who\r\n"
                            "In Chinese,老挝、國家發展和改革委員會\r\n"
                            "Traditional,寮國\r\n"
                            "Official,Lao PDR; People's Republic of China\r\n"
                            "Not a country of ours,Atlantis\r\n")
    linked, created = _linked(sample_store, path)
    assert linked == {"In Chinese": ["Laos", "National Development and Reform Commission"],
                      "Traditional": ["Laos"], "Official": ["Laos", "China"],
                      "Not a country of ours": ["(new)"]}
    assert created == ["Atlantis"]


def test_an_id_cell_holding_a_control_character_is_a_row_problem(sample_store: Store,
                                                                  tmp_path: Path) -> None:
    path = _write(tmp_path, "Title,id\r\nFine,\r\nBroken,\"a\x00b\"\r\n")
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
    assert [event["title"] for event in rows.events] == ["Fine"]
    assert [str(problem) for problem in rows.problems] == [
        "sheet.csv row 3, id: 'a\\x00b' is not a usable id (1 to 200 characters, none of "
        "them control characters)"]


@pytest.mark.parametrize(("dates", "read"), [
    (["25/05/2025", "01/02/2025"], ["2025-05-25", "2025-02-01"]),  # a day past 12: day first
    (["05/25/2025", "01/02/2025"], ["2025-05-25", "2025-01-02"]),  # month first
    # as Excel saves a column of dates with times
    (["5/25/2025 0:00", "1/2/2025 0:00"], ["2025-05-25", "2025-01-02"]),
])
def test_a_tables_own_dates_tell_how_it_writes_day_and_month(
        sample_store: Store, tmp_path: Path, dates: list[str], read: list[str]) -> None:
    path = _write(tmp_path, "Title,Date\r\n" + "".join(
        f"Event {n},{date}\r\n" for n, date in enumerate(dates)))
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
    assert rows.problems == []
    assert [event["date"] for event in rows.events] == read


def test_a_table_writing_day_and_month_both_ways_has_its_ambiguous_dates_refused(
        sample_store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "Title,Date\r\nA,25/05/2025\r\nB,05/25/2025\r\nC,01/02/2025\r\n")
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
    assert [event["title"] for event in rows.events] == ["A", "B"]
    assert [str(problem) for problem in rows.problems] == [
        "sheet.csv row 4, date: '01/02/2025' is ambiguous: write 2025-01-02 (month first) "
        "or 2025-02-01 (day first)"]


@pytest.mark.parametrize(("encoding", "name"), [
    ("gb18030", "GB18030 (Chinese, simplified)"),  # Excel's "CSV" on Chinese Windows
    ("big5", "Big5 (Chinese, traditional)"),
    ("cp1252", "Windows-1252 (Western European)"),
])
def test_a_table_saved_in_a_code_page_is_read_in_it(sample_store: Store, tmp_path: Path,
                                                    encoding: str, name: str) -> None:
    from desktop.core.exchange.csv_table import ENCODING_NAMES, table_encoding

    titles = {"gb18030": ["中国—东盟人工智能合作论坛", "数字丝绸之路研讨会"],
              "big5": ["中國—東盟人工智能合作論壇", "數位絲綢之路研討會"],
              "cp1252": ["Café de la coopération", "São Paulo AI summit"]}[encoding]
    path = tmp_path / "sheet.csv"
    path.write_bytes(b"Title,Date,Place\r\n" + "".join(
        f"{title},2025-02,Zürich\r\n" if encoding == "cp1252" else f"{title},2025-02,洛陽\r\n"
        for title in titles).encode(encoding))
    assert ENCODING_NAMES[table_encoding(path)] == name
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
    assert rows.problems == []
    assert [event["title"] for event in rows.events] == titles


def test_a_utf8_table_with_a_damaged_byte_is_refused_naming_its_line(
        sample_store: Store, tmp_path: Path) -> None:
    """Read in a code page, all its other text would come out garbled."""
    path = tmp_path / "sheet.csv"
    path.write_bytes("Title,Date\r\n中国外文局,2025\r\n".encode() + b"bad \xff byte,2025\r\n")
    assert _refusal(sample_store, path) == ("sheet.csv line 3: is not UTF-8 text (save it as "
                                            "“CSV UTF-8”)")


@pytest.mark.parametrize(("content", "reason"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image, not a file of events or "
                                               "participants: import a CSV table, an Excel "
                                               "workbook, a JSON document or a Data Package"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "is a PDF document, not a file of events"),
    (b"SQLite format 3\x00\x10\x00", "is an SQLite database, not a file of events"),
    (b"Title,\x00\x01\x02\x03\xff data", "holds binary data, not text: import a CSV table"),
])
def test_a_file_that_is_no_table_is_named_for_what_it_is(
        sample_store: Store, tmp_path: Path, content: bytes, reason: str) -> None:
    """Picked by mistake (a screenshot, an article's PDF), it was called "not
    UTF-8 text" at line 1, with the advice to save it as CSV UTF-8."""
    path = tmp_path / "events.csv"
    path.write_bytes(content)
    assert _refusal(sample_store, path).startswith(f"events.csv: {reason}")


def test_a_zip_that_is_no_data_package_says_what_to_do(sample_store: Store,
                                                      tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "from a colleague.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("events.csv", "Title,Date\r\nForum,2025\r\n")
    assert _refusal(sample_store, path) == (
        "from a colleague.zip: is a zip archive that is neither a Data Package (it has no "
        "datapackage.json) nor an Excel workbook: unzip it and import what it holds")


def test_two_columns_named_alike_are_refused_rather_than_one_hiding_the_other(
        sample_store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "Title,Notes,Date,Notes\r\nA,first note,2025,second note\r\n")
    assert _refusal(sample_store, path) == ("sheet.csv: has two columns named Notes (columns 2 "
                                            "and 4): rename one, so that neither is lost")


def test_a_row_with_cells_past_the_header_is_listed_not_cut_short(sample_store: Store,
                                                                  tmp_path: Path) -> None:
    """A title holding the separator without quotes shifts the row's cells:
    the cells past the last column would be lost and the others misread."""
    path = _write(tmp_path, "Title,Date\r\n"
                            "Forum on trade, investment and technology,2024-05-01\r\n"
                            "Summit,2024-06-01,,\r\n"  # a spreadsheet's padding: no problem
                            "论坛,2024-07-01,,\r\n")
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
    assert [str(problem) for problem in rows.problems] == [
        "sheet.csv row 2: has cells past the last of the header row's 2 columns "
        "(“2024-05-01”): a cell holding the separator needs quotes around it",
        "sheet.csv row 2, date: 'investment and technology': 'investment' is not a month "
        "name or a date word"]
    assert [event["title"] for event in rows.events] == ["Summit", "论坛"]


def test_a_title_above_the_table_is_passed_over_and_rows_keep_their_numbers(
        sample_store: Store, tmp_path: Path) -> None:
    """As in a workbook's sheet: the header is the first row of two or more
    filled cells; a row is named by its number in the file."""
    path = _write(tmp_path, "中国—东盟交流活动 2024（整理：王芳）;;\r\n"
                            ";;\r\n"
                            "标题;日期;地点\r\n"
                            "人工智能合作论坛;2024-05-01;南宁\r\n"
                            "Summit;2024-13;Hanoi\r\n")
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
    assert [(event["title"], event["place"]) for event in rows.events] == [
        ("人工智能合作论坛", "南宁")]
    assert [str(problem) for problem in rows.problems] == [
        "sheet.csv row 5, date: '2024-13': month 13 does not exist (use 01 to 12)"]
    # a title with no separator in it (not a spreadsheet's, which pads it with them)
    under_a_title = _write(tmp_path, "Compiled by the desk\r\nTitle;Summary\r\n"
                                     "Forum;\"Trade, energy, digital, health, AI\"\r\n")
    with sample_store.session() as session:
        assert [(event["title"], event["summary"]) for event in read_foreign_csv(
            session, under_a_title).events] == [("Forum", "Trade, energy, digital, health, AI")]
    no_title = _write(tmp_path, "Compiled by the desk\r\nWhen,Where\r\n2024,Hanoi\r\n")
    assert _refusal(sample_store, no_title) == ("sheet.csv: no column is mapped to the title "
                                                "(its columns: When, Where)")


def test_a_quote_left_open_is_named_not_read_to_the_end_of_the_file(sample_store: Store,
                                                                    tmp_path: Path) -> None:
    closed = _write(tmp_path, 'Title,Summary\r\nForum,"two\r\nlines"\r\n')
    with sample_store.session() as session:
        assert [event["summary"] for event in read_foreign_csv(session, closed).events] == [
            "two\r\nlines"]
    path = _write(tmp_path, 'Title,Date\r\nSummit,2024-05-01\r\n"Forum,2024-06-01\r\n'
                            "Meeting,2024-07-01\r\nVisit,2024-08-01\r\n")
    assert _refusal(sample_store, path) == (
        "sheet.csv row 3: opens a quote that is never closed, so lines 3 to 5 were read as "
        "one cell: close the quote (a quote inside a quoted cell is written twice) and "
        "import it again")
    below_a_title = _write(tmp_path, "Visits in 2024\r\n" + path.read_text(encoding="utf-8-sig"))
    assert _refusal(sample_store, below_a_title).startswith(
        "sheet.csv row 4: opens a quote that is never closed, so lines 4 to 6 were read as one "
        "cell")

@pytest.mark.parametrize(("text", "encoding"), [
    ("标题,日期\r\n论坛,2025\r\n", "gb18030"),  # short: it fits Korean as well
    ("제목,날짜\r\n한중 인공지능 협력 포럼,2025\r\n서울 회의,2024\r\n", "cp949"),
    ("タイトル,日付\r\n日中人工知能協力フォーラム,2025\r\n東京会議,2024\r\n", "shift_jis"),
    # a short Big5 table also reads as Shift JIS, all half-width katakana: not that
    ("title,date,place,country\r\n兩岸人工智能論壇,2025-10-10,台北,TW\r\n", "big5"),
    ("標題,日期\r\n數位絲綢之路研討會,2024\r\n", "big5"),
    ("Название,Дата\r\nФорум в Москве,2025\r\n", "cp1251"),
    # curly quotes and a dash have the same bytes in Windows-1251: Western it is
    ("Title,Date\r\n“Digital Silk Road” forum – Brussels,2025\r\n", "cp1252"),
])
def test_the_code_page_guessed_is_the_one_the_table_is_in(tmp_path: Path, text: str,
                                                           encoding: str) -> None:
    from desktop.core.exchange.csv_table import table_encoding

    path = tmp_path / "sheet.csv"
    path.write_bytes(text.encode(encoding))
    assert table_encoding(path) == encoding


def test_a_code_page_table_whose_first_characters_look_like_utf8_is_not_called_damaged(
        tmp_path: Path) -> None:
    """GBK's 一, 为 and 学 are also valid UTF-8 byte pairs: the table is GBK
    all the same, as the rest of it shows."""
    from desktop.core.exchange.csv_table import table_encoding

    path = tmp_path / "sheet.csv"
    path.write_bytes("一为学,日期\r\n中国—东盟人工智能合作论坛,2025年5月25日\r\n"
                     "数字丝绸之路研讨会,2024年9月\r\n".encode("gb18030"))
    assert "一为学".encode("gb18030").decode("utf-8")  # they do look like UTF-8
    assert table_encoding(path) == "gb18030"


def test_vocabulary_values_are_read_in_chinese_and_new_ones_added_with_the_import(
        sample_store: Store, tmp_path: Path) -> None:
    """A Chinese table's 论坛 is a forum and （主办） a host; a "Workshop" the
    vocabulary lacks is added (the store refused the whole table for it,
    naming no row); a status that is none of ours is a row problem."""
    from desktop.core.exchange.foreign_csv import ForeignCsvSource

    ops = Operations(sample_store, "Importer")
    path = _write(tmp_path, "标题,日期,类型,类别,参与者,状态\r\n"
                            "论坛甲,2025-03,論壇,,中国外文局（主办）,verified\r\n"
                            "工作坊乙,2025-04,Workshop,新类别,石中军 (發言人),Needs review\r\n"
                            "工作坊丙,2025-05,workshop,,,已核實\r\n"
                            "坏状态,2025-06,,,,published\r\n")
    with ops.store.session() as session:
        source = ForeignCsvSource(session, path, {
            "title": "标题", "date": "日期", "event_type": "类型", "category": "类别",
            "participants": "参与者", "status": "状态"})
        plan = source.plan()
    assert [str(problem) for problem in source.report.problems] == [
        "sheet.csv row 5, status: 'published' is not one of: draft, needs_review, verified"]
    assert plan.vocabularies == {"category": ["新类别"], "event_type": ["Workshop"]}
    apply_import(ops, plan, "fail")
    with ops.store.session() as session:
        term = {term_id: value for term_id, value in session.execute(
            select(VocabularyTerm.id, VocabularyTerm.value))}
        stored = {event.title: event for event in session.scalars(select(Event))}
        forum, workshop = stored["论坛甲"], stored["工作坊乙"]
        assert term[forum.event_type_id or ""] == "forum"
        assert term[workshop.event_type_id or ""] == "Workshop"
        assert stored["工作坊丙"].event_type_id == workshop.event_type_id
        assert [stored[title].status for title in ("论坛甲", "工作坊乙", "工作坊丙")] == [
            "verified", "needs_review", "verified"]
        assert term[workshop.category_id or ""] == "新类别"
        roles = {link.participant.name: term.get(link.role_id or "")
                 for event in (forum, workshop) for link in event.links}
    assert roles == {"China International Communications Group": "host",
                     "Shi Zhongjun": "spokesperson"}


@pytest.mark.parametrize(("cell", "tags"), [
    ("AI governance; ASEAN, China", ["AI governance", "ASEAN, China"]),  # as the app writes
    ("AI, media", ["AI", "media"]),
    ("人工智能、东盟，媒体", ["人工智能", "东盟", "媒体"]),  # the enumeration comma too
    ("AI governance\nASEAN, China\r\n", ["AI governance", "ASEAN, China"]),  # one a line
])
def test_a_tags_cell_is_split_as_its_writer_separated_it(sample_store: Store, tmp_path: Path,
                                                         cell: str, tags: list[str]) -> None:
    path = _write(tmp_path, f'Title,Tags\r\nA,"{cell}"\r\n')
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
    assert rows.events[0]["tags"] == tags


def test_the_import_stores_the_rows_its_plan_read_even_if_the_table_changes(
        sample_store: Store, tmp_path: Path) -> None:
    """The rows are read and checked once: storing them does not read the
    table again, so a table edited (or removed) after the summary was shown
    cannot slip other rows in."""
    from desktop.core.exchange.foreign_csv import ForeignCsvSource

    ops = Operations(sample_store, "Importer")
    path = _write(tmp_path, "Title,Date,Who,Tags\r\n"
                            "Seminar on ports,2025-03,\"Wang Fang (speaker); 新机构\",ports\r\n"
                            "Forum on rail,April 2025,,rail; 铁路\r\n")
    with ops.store.session() as session:
        source = ForeignCsvSource(session, path, size=1)
        plan = source.plan()
    assert plan.new_events == 2
    path.write_text("Title,Date\r\nSomething else,2025-01\r\n", encoding="utf-8")
    apply_import(ops, plan, "fail")
    path.unlink()
    apply_import(ops, plan, "fail")  # stored again from what was read: nothing new
    with ops.store.session() as session:
        events = {event.title: event for event in session.scalars(
            select(Event).where(Event.title.in_(["Seminar on ports", "Forum on rail",
                                                  "Something else"])))}
        assert sorted(events) == ["Forum on rail", "Seminar on ports"]
        assert events["Forum on rail"].date_edtf == "2025-04"
        assert sorted(tag.name for tag in events["Forum on rail"].tags) == ["rail", "铁路"]
        names = {link.participant.name for link in events["Seminar on ports"].links}
        assert names == {"Wang Fang", "新机构"}
        assert session.scalar(select(func.count()).select_from(Participant).where(
            Participant.name == "新机构")) == 1


def test_a_table_whose_first_column_name_starts_with_a_bracket_is_a_table(
        sample_store: Store, tmp_path: Path) -> None:
    from desktop.core.exchange.json_document import is_json

    path = _write(tmp_path, "[ID],Title,Date\r\n1,Forum on trade,2024\r\n")
    assert not is_json(path)
    with sample_store.session() as session:
        assert [event["title"] for event in read_foreign_csv(session, path).events] == [
            "Forum on trade"]
    listed = tmp_path / "listed.json"
    for text in ('[{"title": "Forum"}]', "\ufeff[\n  {\n", "[]", '{"format": 1}'):
        listed.write_text(text, encoding="utf-8")
        assert is_json(listed), text


def test_first_and_last_days_in_two_columns_are_one_date(sample_store: Store,
                                                          tmp_path: Path) -> None:
    """Many tables give "Start date" and "End date": the end was not mapped
    to anything, and every event was stored as its first day alone."""
    path = _write(tmp_path, "Event name,Start date,End date,Host country\r\n"
                            "Forum A,25/05/2025,27/05/2025,Kenya\r\n"
                            "Forum B,2025-06-01,2025-06-01,Peru\r\n"  # one day
                            "Forum C,2025-07-01,,Ecuador\r\n"  # no end given
                            "Forum D,,2025-08-01,Peru\r\n"
                            "Forum E,2025-09-05,2025-09-01,Peru\r\n"
                            "Forum F,\"May 3-5, 2025\",\"May 5, 2025\",Peru\r\n"
                            "Forum G,\"May 3-5, 2025\",\"May 6, 2025\",Peru\r\n")
    assert guess_mapping(["Event name", "Start date", "End date", "Host country"]) == {
        "title": "Event name", "date": "Start date", "end_date": "End date",
        "country": "Host country"}
    assert guess_mapping(["标题", "开始日期", "结束日期"]) == {
        "title": "标题", "date": "开始日期", "end_date": "结束日期"}
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
    assert [(event["title"], event["date"]) for event in rows.events] == [
        ("Forum A", "2025-05-25/2025-05-27"), ("Forum B", "2025-06-01"),
        ("Forum C", "2025-07-01"), ("Forum F", "2025-05-03/2025-05-05")]
    assert [str(problem) for problem in rows.problems] == [
        "sheet.csv row 5, end_date: is given without the first day (the date column is "
        "empty)",
        "sheet.csv row 6, end_date: '2025-09-05/2025-09-01': the end (2025-09-01) is before "
        "the start (2025-09-05)",
        "sheet.csv row 8, end_date: 'May 6, 2025' is not the end of the date column's "
        "May 3-5, 2025"]


def test_columns_of_hosts_and_organisers_link_their_participants_in_that_role(
        sample_store: Store, tmp_path: Path) -> None:
    """"Organizer(s)" and 主办方 columns beside "Participants": each name is
    linked in the column's role, unless its brackets give another."""
    path = _write(tmp_path, "Event,Date,Organizer(s),Participants,主办方\r\n"
                            "Forum,2025,\"NDRC; Wang Yi (speaker)\",\"Shi Zhongjun; 中国外文局 "
                            "(host)\",中国外文局\r\n")
    assert guess_mapping(["Event", "Date", "Organizer(s)", "Participants", "主办方"]) == {
        "title": "Event", "date": "Date", "participants": "Participants", "hosts": "主办方",
        "organizers": "Organizer(s)"}
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
        names = {pid: name for pid, name in session.execute(
            select(Participant.id, Participant.name))}
    assert [(names[link["participant"]], link["role"])
            for link in rows.events[0]["participants"]] == [
        ("Shi Zhongjun", None), ("China International Communications Group", "host"),
        ("National Development and Reform Commission", "organizer"), ("Wang Yi", "speaker")]


def test_columns_of_each_role_a_list_keeps_are_guessed() -> None:
    """主办 hosts, 承办 the executive organisers, 协办 the co-organisers, as
    the app reads them in a page; a co- column is not its plain role's; a
    list of agreements' signatories, witnesses and signing date."""
    assert guess_mapping(["活动名称", "主办单位", "联合主办单位", "承办单位", "协办单位",
                          "发言嘉宾"]) == {
        "title": "活动名称", "hosts": "主办单位", "co_hosts": "联合主办单位",
        "executive_organizers": "承办单位", "co_organizers": "协办单位",
        "speakers": "发言嘉宾"}
    assert guess_mapping(["Title", "Co-hosted by", "Hosted by", "Co-organisers",
                          "Executive organiser", "Keynote speakers"]) == {
        "title": "Title", "hosts": "Hosted by", "co_hosts": "Co-hosted by",
        "co_organizers": "Co-organisers", "executive_organizers": "Executive organiser",
        "speakers": "Keynote speakers"}
    assert guess_mapping(["Agreement", "Date signed", "Signed by", "Witnessed by"]) == {
        "title": "Agreement", "date": "Date signed", "signatories": "Signed by",
        "witnesses": "Witnessed by"}
    assert guess_mapping(["签约项目", "签约日期", "签约方", "见证人"]) == {
        "title": "签约项目", "date": "签约日期", "signatories": "签约方", "witnesses": "见证人"}
    # the fields' own names, and keys inside a record's object (json_table)
    assert guess_mapping(["title", "co_hosts", "executive_organizers", "co_organizers",
                          "participants.speakers"]) == {
        "title": "title", "co_hosts": "co_hosts", "executive_organizers": "executive_organizers",
        "co_organizers": "co_organizers", "speakers": "participants.speakers"}
    assert guess_mapping(["name", "participants.hosts", "participants.co_organizers"]) == {
        "title": "name", "hosts": "participants.hosts",
        "co_organizers": "participants.co_organizers"}
    # words that tell a role, where no field is named whole
    assert guess_mapping(["Event", "When", "Co-host organisations", "Panel speakers"]) == {
        "title": "Event", "date": "When", "co_hosts": "Co-host organisations",
        "speakers": "Panel speakers"}


def links_read(store: Store, path: Path, mapping: dict[str, str] | None = None
               ) -> tuple[ForeignRows, list[tuple[str, str | None]]]:
    """A table's rows, read with no problem, and its first event's links: the
    participant's name as ours ("new" for one not ours yet) and the role."""
    with store.session() as session:
        rows = read_foreign_csv(session, path, mapping)
        names = dict(session.execute(select(Participant.id, Participant.name)).all())
    assert [str(problem) for problem in rows.problems] == []
    return rows, [(names.get(link["participant"], "new"), link["role"])
                  for link in rows.events[0]["participants"]]


def test_columns_of_other_roles_link_their_names_in_that_role(sample_store: Store,
                                                                tmp_path: Path) -> None:
    """A list of signings with its signatories and witnesses, a Chinese list
    with its 承办 and 协办 columns: each name linked in its column's role, a
    name's brackets still giving another."""
    path = _write(tmp_path, "Agreement,Date signed,Signed by,Witnessed by,Speakers\r\n"
                            "AI pact,2025-07-05,\"NDRC; MIIT (host)\",Wang Yi,Shi Zhongjun\r\n")
    rows, links = links_read(sample_store, path)
    assert (rows.events[0]["title"], rows.events[0]["date"]) == ("AI pact", "2025-07-05")
    assert links == [
        ("National Development and Reform Commission", "signatory"),
        ("Ministry of Industry and Information Technology", "host"),
        ("Wang Yi", "witness"), ("Shi Zhongjun", "speaker")]
    path = _write(tmp_path, "活动名称,日期,主办单位,承办单位,协办单位,联合主办单位\r\n"
                            "论坛,2025年9月18日,中国外文局,国家发展改革委,工业和信息化部,中国—东盟中心\r\n")
    assert links_read(sample_store, path)[1] == [
        ("China International Communications Group", "host"),
        ("ASEAN-China Centre", "co-host"),
        ("National Development and Reform Commission", "executive organizer"),
        ("Ministry of Industry and Information Technology", "co-organizer")]


def test_a_column_of_hosts_alone_leaves_our_events_other_participants_be(
        sample_store: Store, tmp_path: Path) -> None:
    """Our events listed with a column of hosts: taken for an event's whole
    list of participants, it would drop every other of ours."""
    from desktop.core.exchange.foreign_csv import ForeignCsvSource

    with sample_store.session() as session:
        events = session.execute(select(Event.id, Event.title)).all()
    path = _write(tmp_path, "id,Title,Host\r\n" + "".join(
        f"{event_id},\"{title}\",NDRC\r\n" for event_id, title in events))
    with sample_store.session() as session:
        plan = ForeignCsvSource(session, path).plan()
    assert (plan.unchanged, len(plan.conflicts)) == (len(events), 0)


def test_dates_as_a_spreadsheet_wrote_its_numbers_are_read(sample_store: Store,
                                                          tmp_path: Path) -> None:
    """A date column formatted as numbers (45802) and a year column with gaps
    saved by pandas (2025.0): each row was refused."""
    path = _write(tmp_path, "Title,Date\r\nForum,45802\r\nSummit,2025.0\r\nVisit,\r\n")
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
    assert rows.problems == []
    assert [(event["title"], event.get("date")) for event in rows.events] == [
        ("Forum", "2025-05-25"), ("Summit", "2025"), ("Visit", None)]


def _plan_table(store: Store, path: Path) -> ImportPlan:
    from desktop.core.exchange.foreign_csv import ForeignCsvSource

    with store.session() as session:
        return ForeignCsvSource(session, path).plan()


def test_a_list_imported_again_changes_its_events_rather_than_adding_them_twice(
        sample_store: Store, tmp_path: Path) -> None:
    """A spreadsheet has no ids: its rows whose title (in either character set,
    any case) and date are those of one of our events are that event."""
    ops = Operations(sample_store, "Importer")
    first = ("活动名称,日期,地点,参与方\r\n"
             "中老人工智能合作论坛,2025年5月12日,万象,国家发改委\r\n"
             "Seminar on ports,2025-03,Tianjin,\r\n")
    path = _write(tmp_path, first)
    apply_import(ops, _plan_table(sample_store, path), "fail")
    again = _plan_table(sample_store, path)
    assert (again.new_events, again.unchanged, len(again.conflicts)) == (0, 2, 0)
    assert again.notes == ["2 rows are events already here (the same title and date): the "
                           "import changes them where the table differs, rather than adding "
                           "them again."]
    # Their next copy: a place corrected, a row added, a title in traditional
    # characters and another case.
    path = _write(tmp_path, "活动名称,日期,地点,参与方\r\n"
                            "中老人工智能合作論壇,2025年5月12日,万象,国家发改委\r\n"
                            "SEMINAR ON PORTS,2025-03,Tianjin port,\r\n"
                            "Forum on rail,2025-04,Kunming,\r\n")
    plan = _plan_table(sample_store, path)
    assert (plan.new_events, plan.unchanged) == (1, 0)
    assert sorted(dict.fromkeys(name for conflict, _ in plan.conflicts
                                for name, _ours, _theirs in conflict.fields)) == [
        "place", "title"]
    apply_import(ops, plan, "theirs")
    with ops.store.session() as session:
        ports = session.scalars(select(Event).where(Event.date_edtf == "2025-03",
                                                    Event.place == "Tianjin port")).all()
        assert len(ports) == 1
        assert session.scalar(select(func.count()).select_from(Event).where(
            Event.date_edtf == "2025-03", Event.place.like("Tianjin%"))) == 1


def test_a_row_like_two_events_of_ours_is_the_earlier_of_them(sample_store: Store,
                                                               tmp_path: Path) -> None:
    ops = Operations(sample_store, "Importer")
    earlier, later = (ops.create_event({"title": "Weekly briefing", "date": "2025-06-02"})
                      .ids("event").pop() for _ in range(2))
    path = _write(tmp_path, "Title,Date,Place\r\nWeekly briefing,2025-06-02,Beijing\r\n"
                            "Weekly briefing,2025-06-09,\r\n")
    plan = _plan_table(sample_store, path)
    assert (plan.new_events, len(plan.conflicts)) == (1, 1)  # not a third briefing
    apply_import(ops, plan, "fail")
    with sample_store.session() as session:
        places = dict(session.execute(select(Event.id, Event.place).where(
            Event.title == "Weekly briefing", Event.date_edtf == "2025-06-02")).all())
    assert places == {earlier: "Beijing", later: ""}
    plan = _plan_table(sample_store, path)  # the list again: nothing new
    assert (plan.new_events, plan.unchanged) == (0, 2)


def test_a_participant_named_with_its_country_another_way_is_ours(sample_store: Store,
                                                                   tmp_path: Path) -> None:
    """The sample's "… (Brazil)" participants, named in a colleague's sheet as
    "Brazil's …" and "… of Brazil", are matched (for the analyst to confirm),
    not added again; a ministry of another country stays someone new."""
    path = _write(tmp_path, (
        "Title,Date,Participants\r\n"
        "Brazil-China digital dialogue,2024-05-06,"
        "\"Brazil's Ministry of Science, Technology and Innovation; "
        "Civil Affairs Office of the Presidency of Brazil; "
        "Ministry of Science, Technology and Innovation of Chile\"\r\n"))
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
        ours = dict(session.execute(select(Participant.name, Participant.id).where(
            Participant.name.like("%(Brazil)"))).all())
    assert rows.problems == []
    assert rows.matches == {
        "Brazil's Ministry of Science, Technology and Innovation":
            ours["Ministry of Science, Technology and Innovation (Brazil)"],
        "Civil Affairs Office of the Presidency of Brazil":
            ours["Civil Affairs Office of the Presidency (Brazil)"]}
    assert [p["name"] for p in rows.participants] == [
        "Ministry of Science, Technology and Innovation of Chile"]


def _participants_read(store: Store, tmp_path: Path, rows_text: str
                       ) -> tuple[ForeignRows, dict[str, str]]:
    """A sheet of a title, a date and participants read against the store,
    and the names of our participants by id."""
    path = _write(tmp_path, "Title,Date,Participants\r\n" + rows_text)
    with store.session() as session:
        rows = read_foreign_csv(session, path)
        names = dict(session.execute(select(Participant.id, Participant.name)).all())
    return rows, names


def test_a_person_named_by_title_and_family_name_is_ours(sample_store: Store,
                                                         tmp_path: Path) -> None:
    """"President Putin" in a sheet's participants cell is the sample's
    Vladimir Putin (for the analyst to confirm); a family name two of ours
    share, or a title before no family name of ours, is someone new."""
    Operations(sample_store, "Analyst").create_participant(
        {"kind": "person", "name": "Li Hua", "native_name": "李华"})
    rows, names = _participants_read(sample_store, tmp_path, (
        "Sberbank AI directive,2025-01,President Putin; Premier Li; Minister Vaishnaw; "
        "President Lula\r\n"))
    ours = {name: pid for pid, name in names.items()}
    assert rows.matches == {"President Putin": ours["Vladimir Putin"],
                            "Minister Vaishnaw": ours["Ashwini Vaishnaw"]}
    assert [p["name"] for p in rows.participants] == ["Premier Li", "President Lula"]


def test_a_participant_of_ours_named_with_its_country_and_roles_in_other_spellings(
        sample_store: Store, tmp_path: Path) -> None:
    """Our NDRC (of China) is a sheet's "China's NDRC" and "NDRC of China";
    "co-organiser", "Co organizer" and "keynote speaker" are the vocabulary's
    roles; someone new named with a country ("Japan's NDRC") keeps it, and
    an acronym alone is an organisation."""
    rows, names = _participants_read(sample_store, tmp_path, (
        "AI dialogue,2025-03-01,\"China's NDRC (signatory); MIIT (co-organiser); "
        "Li Qiang (keynote speaker); Japan's NDRC; JETRO (Co organizer)\"\r\n"
        "AI talks,2025-04-01,NDRC of China (co-chair)\r\n"))
    assert rows.problems == []
    new = {p["id"]: p for p in rows.participants}
    linked = [[(names.get(link["participant"]) or new[link["participant"]]["name"],
                link["role"], link.get("note", "")) for link in event["participants"]]
              for event in rows.events]
    assert linked == [
        [("National Development and Reform Commission", "signatory", ""),
         ("Ministry of Industry and Information Technology", "co-organizer", ""),
         ("Li Qiang", "speaker", ""), ("Japan's NDRC", None, ""),
         ("JETRO", "co-organizer", "")],
        [("National Development and Reform Commission", "co-host", "")]]
    assert [(p["name"], p["kind"], p.get("country")) for p in rows.participants] == [
        ("Japan's NDRC", "organization", "JP"), ("JETRO", "organization", None)]
