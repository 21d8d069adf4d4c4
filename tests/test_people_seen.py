"""People articles name by a state's office whom the knowledge does not hold (issue #12): recorded
with each extraction, listed for editors, added to the knowledge or dismissed in one click."""

from datetime import date

import pytest
from django.contrib.auth.models import Permission

from relations.extraction.actors import find_actors
from relations.extraction.results import PersonSeen
from relations.knowledge import current_knowledge
from relations.merge import save_extraction
from relations.models import OfficeTerm, Person, UnknownPerson
from relations.people_seen import add_to_knowledge
from relations.tasks import extract_article
from tests.factories import extraction, make_article

pytestmark = pytest.mark.django_db

LIST = "/admin/relations/unknownperson/"
# Invented people of real states: the knowledge holds neither.
STORY = (
    "Ghanaian President Abena Osei-Darko met Togolese Foreign Minister Yawo Kpodar in Accra on Monday. "
    "Osei-Darko said the two countries would open a new border post at Aflao."
)
FIRST_SENTENCE = STORY.split(" Osei-Darko said")[0]
LATER_STORY = "Ghanaian President Abena Osei-Darko flew to Lome on Friday for talks with Togo."


@pytest.fixture
def staff(admin_client):
    return admin_client


def seen_in(text: str, page_date: date):
    article = make_article(text, page_date=page_date)
    extract_article(article.pk)
    return article


def seen(*people: tuple[str, str, str], sentence: str = "They spoke.") -> list[PersonSeen]:
    return [PersonSeen(name, country, office, sentence) for name, country, office in people]


def rows():
    return sorted(
        UnknownPerson.objects.listed(set()).values_list("name", "country", "office", "article_count")
    )


def listed_names(staff) -> list[str]:
    return [row.name for row in staff.get(LIST).context["cl"].result_list]


def act(staff, action: str, *people: UnknownPerson):
    return staff.post(
        LIST, {"action": action, "_selected_action": [person.pk for person in people]}, follow=True
    )


def test_extracting_an_article_records_the_people_it_names_but_does_not_know():
    article = seen_in(STORY, date(2024, 3, 6))
    assert rows() == [
        ("Abena Osei-Darko", "GH", "President", 1),
        ("Yawo Kpodar", "TG", "Foreign Minister", 1),
    ]
    president = UnknownPerson.objects.get(name="Abena Osei-Darko")
    assert (president.sentence, president.first_article) == (FIRST_SENTENCE, article)
    assert not president.dismissed


def test_an_article_counts_once_however_often_it_is_extracted():
    article = seen_in(STORY, date(2024, 3, 6))
    first = UnknownPerson.objects.get(name="Abena Osei-Darko").last_seen
    extract_article(article.pk)
    extract_article(article.pk)
    assert rows() == [
        ("Abena Osei-Darko", "GH", "President", 1),
        ("Yawo Kpodar", "TG", "Foreign Minister", 1),
    ]
    assert UnknownPerson.objects.get(name="Abena Osei-Darko").last_seen == first
    later = seen_in(LATER_STORY, date(2024, 3, 9))
    president = UnknownPerson.objects.get(name="Abena Osei-Darko")
    assert (president.articles.count(), president.first_article) == (2, article)
    assert president.last_seen > first
    save_extraction(later, extraction())  # extracted anew, it names nobody now
    assert rows() == [
        ("Abena Osei-Darko", "GH", "President", 1),
        ("Yawo Kpodar", "TG", "Foreign Minister", 1),
    ]
    save_extraction(article, extraction())
    assert rows() == []  # named by no article any more


def test_odd_names_are_cleaned_or_left_out_never_a_crash():
    article = make_article()
    people = seen(
        ("  Ama \n Serwaa  ", "GH", " Foreign  Minister"),
        ("Łukasz Żółć-Núñez", "PL", "President"),
        ("", "GH", "President"),
        ("   ", "GH", "President"),
        ("A" * 101, "GH", "President"),  # longer than a Person's name can be: not cut, left out
        ("Kofi Boateng", "GH", ""),
        ("Kofi Boateng", "ZZ", "President"),  # no state of the database
        ("Ama Serwaa", "GH", "Foreign Minister"),  # the same person again
    )
    save_extraction(article, extraction(people_not_known=people))
    assert rows() == [
        ("Ama Serwaa", "GH", "Foreign Minister", 1),
        ("Łukasz Żółć-Núñez", "PL", "President", 1),
    ]
    longest = "B" * 100
    save_extraction(article, extraction(people_not_known=seen((longest, "GH", "K" * 60))))
    assert rows() == [(longest, "GH", "K" * 60, 1)]


def test_the_list_shows_the_people_most_seen_first_with_their_sentence_and_article(staff):
    article = seen_in(STORY, date(2024, 3, 6))
    seen_in(LATER_STORY, date(2024, 3, 9))
    response = staff.get(LIST)
    assert listed_names(staff) == ["Abena Osei-Darko", "Yawo Kpodar"]
    html = response.content.decode()
    assert "<h1>People seen in articles but not known</h1>" in html and "Select person" not in html
    assert "<title>People seen in articles but not known |" in html
    assert f'<a href="/admin/relations/article/{article.pk}/change/">' in html
    assert FIRST_SENTENCE[:60] in html and '<td class="field-article_count">2</td>' in html
    assert [row.name for row in staff.get(LIST, {"q": "Kpodar"}).context["cl"].result_list] == ["Yawo Kpodar"]
    by_country = staff.get(LIST, {"country__code__exact": "GH"}).context["cl"].result_list
    assert [row.name for row in by_country] == ["Abena Osei-Darko"]


def test_adding_to_the_knowledge_makes_them_known_to_the_next_extraction(staff):
    article = seen_in(STORY, date(2024, 3, 6))
    seen_in(LATER_STORY, date(2024, 3, 9))
    [actor] = find_actors(current_knowledge(), FIRST_SENTENCE, date(2024, 3, 6))[:1]
    assert not actor.known  # and the knowledge is cached now, as in a running process
    response = act(staff, "add_to_the_knowledge", UnknownPerson.objects.get(name="Abena Osei-Darko"))
    assert "1 added to the knowledge (1 new term of office)." in response.content.decode()
    person = Person.objects.get(name="Abena Osei-Darko")
    term = person.terms.get()
    assert (term.country_id, term.office, term.start, term.end) == ("GH", "president", date(2024, 3, 6), None)
    assert listed_names(staff) == ["Yawo Kpodar"]
    [actor] = find_actors(current_knowledge(), FIRST_SENTENCE, date(2024, 3, 6))[:1]
    assert (actor.kind, actor.person, actor.country, actor.office, actor.known) == (
        "person",
        "Abena Osei-Darko",
        "GH",
        "president",
        True,
    )
    extract_article(article.pk)  # re-extracted: Ghana's president now, no longer someone unknown
    assert rows() == [("Yawo Kpodar", "TG", "Foreign Minister", 1)]
    assert Person.objects.filter(name="Abena Osei-Darko").count() == 1


def test_the_row_button_adds_one_person(staff):
    seen_in(STORY, date(2024, 3, 6))
    row = UnknownPerson.objects.get(name="Yawo Kpodar")
    assert f'formaction="{LIST}{row.pk}/add-to-knowledge/"' in staff.get(LIST).content.decode()
    assert staff.get(f"{LIST}{row.pk}/add-to-knowledge/").status_code == 403  # a POST only
    response = staff.post(f"{LIST}{row.pk}/add-to-knowledge/", follow=True)
    assert "1 added to the knowledge" in response.content.decode()
    assert OfficeTerm.objects.filter(
        person__name="Yawo Kpodar", country="TG", office="foreign minister"
    ).exists()
    assert listed_names(staff) == ["Abena Osei-Darko"]


def test_adding_someone_known_by_that_alias_adds_their_term_not_a_new_person(staff):
    seen_in(STORY, date(2024, 3, 6))
    full = Person.objects.create(name="Yawo Mensah Kpodar", aliases=["Kpodar", "Yawo Kpodar"])
    act(staff, "add_to_the_knowledge", UnknownPerson.objects.get(name="Yawo Kpodar"))
    assert not Person.objects.filter(name="Yawo Kpodar").exists()
    assert list(full.terms.values_list("country", "office")) == [("TG", "foreign minister")]


def test_someone_the_knowledge_holds_meanwhile_is_not_listed_nor_added_twice(staff):
    seen_in(STORY, date(2024, 3, 6))
    stale = UnknownPerson.objects.get(name="Abena Osei-Darko")
    assert listed_names(staff) == ["Abena Osei-Darko", "Yawo Kpodar"]
    person = Person.objects.create(name="Abena Osei-Darko")
    data = {"name": person.name, "aliases": "[]", "terms-TOTAL_FORMS": 1, "terms-INITIAL_FORMS": 0}
    data |= {"terms-0-country": "GH", "terms-0-office": "president", "terms-0-start": "2024-01-07"}
    assert staff.post(f"/admin/relations/person/{person.pk}/change/", data).status_code == 302
    assert listed_names(staff) == ["Yawo Kpodar"]  # the editor's save dropped the cached knowledge
    act(staff, "add_to_the_knowledge", stale)  # a list loaded before the editor's save
    assert person.terms.count() == 1 and UnknownPerson.objects.filter(pk=stale.pk).exists()
    assert add_to_knowledge([stale.pk]) == 0  # from a process whose knowledge is older still
    assert person.terms.count() == 1 and not UnknownPerson.objects.filter(pk=stale.pk).exists()


def test_dismissed_people_are_not_listed_again(staff):
    article = seen_in(STORY, date(2024, 3, 6))
    response = act(staff, "dismiss", UnknownPerson.objects.get(name="Yawo Kpodar"))
    assert "1 dismissed: not listed again." in response.content.decode()
    extract_article(article.pk)
    seen_in("Togolese Foreign Minister Yawo Kpodar arrived in Accra on Tuesday.", date(2024, 3, 12))
    assert listed_names(staff) == ["Abena Osei-Darko"]
    dismissed = UnknownPerson.objects.get(name="Yawo Kpodar")
    assert dismissed.dismissed and dismissed.articles.count() == 2
    save_extraction(article, extraction())
    assert UnknownPerson.objects.filter(name="Yawo Kpodar", dismissed=True).exists()  # kept, as dismissed


def test_a_corrected_name_must_not_be_another_rows(staff):
    article = make_article()
    save_extraction(
        article,
        extraction(
            people_not_known=seen(
                ("Kofi Boateng", "GH", "President"), ("Kofi Boateng Friday", "GH", "President")
            )
        ),
    )
    row = UnknownPerson.objects.get(name="Kofi Boateng Friday")
    url = f"{LIST}{row.pk}/change/"
    response = staff.post(url, {"name": "Kofi Boateng", "office": "President"})
    assert "Kofi Boateng of Ghana is listed already." in response.content.decode()
    assert staff.post(url, {"name": "Kofi Boateng Mensah", "office": "President"}).status_code == 302
    assert UnknownPerson.objects.filter(name="Kofi Boateng Mensah", country="GH").exists()


def test_the_list_is_for_staff_and_adding_needs_the_right_to_add_people(client, django_user_model):
    seen_in(STORY, date(2024, 3, 6))
    row = UnknownPerson.objects.get(name="Yawo Kpodar")
    assert client.get(LIST).status_code == 302
    reader = django_user_model.objects.create_user("reader", password="pw-123456-long")
    client.force_login(reader)
    assert client.get(LIST).status_code == 302
    assert client.post(f"{LIST}{row.pk}/add-to-knowledge/").status_code == 302
    reader.is_staff = True
    reader.save()
    assert client.get(LIST).status_code == 403
    reviewer = Permission.objects.filter(codename__in=["view_unknownperson", "change_unknownperson"])
    reader.user_permissions.set(reviewer)
    response = client.get(LIST)
    assert response.status_code == 200
    assert list(response.context["action_form"].fields["action"].choices)[1:] == [
        ("dismiss", "Not a person / dismiss")
    ]
    assert "add-to-knowledge" not in response.content.decode()
    assert client.post(f"{LIST}{row.pk}/add-to-knowledge/").status_code == 403
    act(client, "add_to_the_knowledge", row)
    assert not Person.objects.filter(name="Yawo Kpodar").exists()


def test_names_and_sentences_are_escaped(staff):
    hostile = '<img src=x onerror="alert(1)">'
    people = seen((f"Evil {hostile}", "GH", "President"), sentence=f"He said {hostile} loudly.")
    save_extraction(make_article(title=f"Title {hostile}"), extraction(people_not_known=people))
    html = staff.get(LIST).content.decode()
    assert 'onerror="alert(1)"' not in html
    assert "Evil &lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "He said &lt;img src=x onerror=&quot;alert(1)&quot;&gt; loudly." in html


def test_the_list_costs_the_same_queries_for_many_rows(staff, django_assert_max_num_queries):
    for number in range(30):
        people = seen(
            (f"Kofi Number{number} Boateng", "GH", "President"), (f"Ama Number{number}", "TG", "Premier")
        )
        save_extraction(make_article(title=f"Story {number}"), extraction(people_not_known=people))
    with django_assert_max_num_queries(6):  # session, user, two counts, page, country filter: none per row
        response = staff.get(LIST)
    assert len(response.context["cl"].result_list) == 60
