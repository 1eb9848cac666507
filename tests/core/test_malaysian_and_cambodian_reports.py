"""New event from text on Malaysian and Cambodian reports: a city in capitals
before a colon as the dateline ("PUTRAJAYA:"), headline short forms ("M'sia",
"Anwar, Xi witness …"), ministers' portfolios of several with their honorifics
("Plantation, Industries and Commodities Minister Datuk Amar …"), documents
"exchanged between" two countries, a family name alone for one of ours,
Cambodian honorifics and military ranks, a courtesy call, letters of
credence, and a signing abroad at a conference named with its year (the
dateline's day in that year; the country it was held in, not the dateline's
city; a "Communications and Multimedia Minister")."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def _offered(store: Store, text: str) -> list[tuple[str, ...]]:
    return new_proposed(store, text, "name", "role", "country", "position")


def test_a_headline_of_witnesses_and_a_dateline_before_a_colon(sample_store: Store) -> None:
    text = ("Anwar, Xi witness signing of 31 MOUs between M'sia, China\n\n"
            "PUTRAJAYA: Malaysia and China signed 31 memoranda of understanding on security, "
            "trade and digital technology.\n\n"
            "The ceremony was witnessed by Prime Minister Datuk Seri Anwar Ibrahim and Chinese "
            "President Xi Jin Ping.\n\n"
            "Under the Transport Ministry, Malaysia and China signed a MOU between the National "
            "Railway Administration of China and the Transport Ministry.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Putrajaya"
    assert roles_proposed(sample_store, text) == {"Malaysia": "signatory", "China": "signatory"}
    assert _offered(sample_store, text) == [
        ("Anwar Ibrahim", "witness", "", "Prime Minister"),
        ("Xi Jin Ping", "witness", "CN", "President"),
        ("National Railway Administration of China", "signatory", "CN", ""),
        ("Transport Ministry", "signatory", "", "")]


def test_ministers_with_portfolios_of_several_signed_for_each_side(sample_store: Store) -> None:
    text = ("Malaysia, China ink eight MoUs\n\n"
            "A treaty on legal assistance was signed by Foreign Affairs Minister of China, Wang "
            "Yi and Malaysia's Foreign Minister Datuk Seri Anifah Aman.\n\n"
            "Wang also signed the MoU on palm oil while Plantation, Industries and Commodities "
            "Minister Datuk Amar Douglas Uggah Embas signed on behalf of Malaysia.\n\n"
            "A MoU on trademarks was signed by Minister of The State Administration For "
            "Industry and Commerce of China, Zhang Mao and Malaysia's Domestic Trade, "
            "Cooperatives and Consumerism Minister, Datuk Hamzah Zainudin.")
    # ("Wang" alone is our Wang Yi, named in full before)
    assert roles_proposed(sample_store, text) == {"Wang Yi": "signatory"}
    assert new_proposed(sample_store, text, "name", "role", "country", "position",
                        "affiliation") == [
        ("Anifah Aman", "signatory", "MY", "Foreign Minister", ""),
        ("Douglas Uggah Embas", "representative", "MY",
         "Plantation, Industries and Commodities Minister", ""),
        ("Zhang Mao", "signatory", "CN", "Minister",
         "State Administration For Industry and Commerce of China"),
        ("Hamzah Zainudin", "signatory", "MY",
         "Domestic Trade, Cooperatives and Consumerism Minister", "")]


def test_documents_exchanged_between_two_countries_before_their_premiers(
        sample_store: Store) -> None:
    text = ("PUTRAJAYA: A total of 14 memoranda of understanding, agreements and a joint "
            "statement involving nine ministries have been exchanged between Malaysia and China "
            "today, witnessed by Prime Minister Datuk Seri Anwar Ibrahim and China Premier Li "
            "Qiang.")
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == "agreement signing"
    # (China is whose premier, not a witness)
    assert roles_proposed(sample_store, text) == {
        "Malaysia": "signatory", "China": "signatory", "Li Qiang": "witness"}


def test_companies_legal_forms_and_ministers_who_accompanied_a_premier(
        sample_store: Store) -> None:
    text = ("Malaysia, China sign three MOUs\n\n"
            "NANNING: The first MOU, worth RM15bil, was inked between Citaglobal Bhd and Beibu "
            "Gulf Port Group.\n\n"
            "The signing was witnessed by Prime Minister Datuk Seri Anwar Ibrahim, who was "
            "accompanied by Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul "
            "Abdul Aziz, Deputy Agriculture and Food Security Minister Chan Foong Hin and Deputy "
            "Foreign Affairs Minister Datuk Mohamad Alamin.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Nanning"
    assert new_proposed(sample_store, text, "name", "kind", "role", "position") == [
        ("Citaglobal Bhd", "organization", "signatory", ""),
        ("Beibu Gulf Port Group", "organization", "signatory", ""),
        ("Anwar Ibrahim", "person", "witness", "Prime Minister"),
        ("Zafrul Abdul Aziz", "person", "attendee", "Investment, Trade and Industry Minister"),
        ("Chan Foong Hin", "person", "attendee", "Deputy Agriculture and Food Security Minister"),
        ("Mohamad Alamin", "person", "attendee", "Deputy Foreign Affairs Minister")]


def test_military_ranks_and_posts_at_a_handover(sample_store: Store) -> None:
    text = ("A handover ceremony was held in Kampong Chhnang Province, Cambodia on September 20, "
            "2022. Chinese Ambassador to Cambodia Wang Wentian and Cambodian Deputy Prime "
            "Minister and Minister of National Defense General Tea Banh attended the event and "
            "delivered speeches.\n\n"
            "At the ceremony, Senior Colonel Tang Hao, defense attache of the Chinese Embassy in "
            "Cambodia, and General Sao Sokha, deputy commander-in-chief of the Royal Cambodian "
            "Armed Forces, signed the handover certificate.")
    assert new_proposed(sample_store, text, "name", "role", "country", "position",
                        "affiliation") == [
        ("Wang Wentian", "speaker", "CN", "Ambassador to Cambodia", ""),
        ("Tea Banh", "speaker", "KH", "Deputy Prime Minister and Minister of National Defense",
         ""),
        ("Tang Hao", "signatory", "CN", "defense attache", "Chinese Embassy in Cambodia"),
        ("Sao Sokha", "signatory", "", "deputy commander-in-chief",
         "Royal Cambodian Armed Forces")]


def test_a_courtesy_call_an_official_meeting_and_letters_of_credence(
        sample_store: Store) -> None:
    text = ("H.E. Wang Yi arrived in Phnom Penh this evening. He will pay a courtesy call on "
            "Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of the Kingdom of "
            "Cambodia.\n\n"
            "H.E. Wang Yi will hold an official meeting with H.E. Deputy Prime Minister Prak "
            "Sokhonn, Minister of Foreign Affairs and International Cooperation.\n\n"
            "H.E. Wang Wentian, the new Chinese Ambassador to Cambodia, presented the Letter of "
            "Credence to H.M. Norodom Sihamoni, King of Cambodia.")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert _offered(sample_store, text) == [
        ("Hun Sen", "host", "KH", "Prime Minister of the Kingdom of Cambodia"),
        ("Prak Sokhonn", "participant", "",
         "Deputy Prime Minister; Minister of Foreign Affairs and International Cooperation"),
        ("Wang Wentian", "participant", "CN", "Ambassador to Cambodia"),
        ("Norodom Sihamoni", "host", "KH", "King of Cambodia")]


def test_two_countries_sealed_memorandums(sample_store: Store) -> None:
    text = ("PUTRAJAYA, Nov 23 — Malaysia and China today sealed eight government-to-government "
            "memorandums of understanding in trade and culture.")
    assert roles_proposed(sample_store, text) == {"Malaysia": "signatory", "China": "signatory"}


def test_a_company_named_after_its_chinese_province_is_no_person(sample_store: Store) -> None:
    text = ("NANNING: The MOU was inked between Citaglobal Bhd and Shanghai Sus Environment on "
            "waste to energy plants.")
    assert new_proposed(sample_store, text, "name", "kind") == [
        ("Citaglobal Bhd", "organization"), ("Shanghai Sus Environment", "organization")]


def test_a_signing_abroad_at_a_conference_named_with_its_year(sample_store: Store) -> None:
    place_countries.prepare()  # (Kuala Lumpur's country, as the dialog reads it)
    text = ("Malaysia, China sign MoU on digital telecommunications, says minister\n\n"
            "KUALA LUMPUR, Sept 28 — Malaysia and China signed a memorandum of understanding "
            "on digital telecommunications at the International Telecommunication Union "
            "Plenipotentiary Conference 2022 in Romania today.\n\n"
            "Communications and Multimedia Minister Tan Sri Annuar Musa said the MoU was signed "
            "by him and China's Deputy Minister of Industry and Information Technology, Zhang "
            "Yunming.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    # (the dateline's day in the conference's year; "today" is that day)
    assert (proposal.date, proposal.counted_from) == ("2022-09-28", "2022-09-28")
    # (where it was held, not where the item was filed)
    assert (proposal.place, proposal.country) == ("", "RO")
    assert ("Annuar Musa", "Communications and Multimedia Minister") in new_proposed(
        sample_store, text, "name", "position")
