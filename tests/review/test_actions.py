"""What a signed-in reviewer does: filter the list, decide with a note, read the history,
make an exception from the evidence and remove it."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from tests.review.conftest import EMAIL, Seeded, login, page_token
from worker.review.exceptions import ExceptionSpec
from worker.store import reviews


def decide(client: FlaskClient, item_id: int, status: str, note: str = "") -> str:
    token = page_token(client, f"/elements/{item_id}")
    response = client.post(f"/elements/{item_id}/decision",
                           data={"statut": status, "note": note, "csrf_token": token},
                           follow_redirects=True)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def listed(client: FlaskClient, query: str) -> list[str]:
    html = client.get(f"/elements?{query}").get_data(as_text=True)
    return [part.split('"')[0] for part in html.split('<tr data-id="')[1:]]


def test_decisions_are_kept_with_who_when_and_the_note(
        client: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]) -> None:
    login(client)
    html = decide(client, seeded.insult, "confirme", "Appel au directeur fait.")
    assert "Décision enregistrée : confirmé." in html
    html = decide(client, seeded.insult, "faux_positif", "Finalement, une citation.")
    assert 'id="statut">faux positif' in html
    assert html.index("Appel au directeur fait.") < html.index("Finalement, une citation.")
    with sessions() as session:
        history = reviews.history(session, seeded.insult)
    assert [(h.status, h.decided_by) for h in history] == [
        ("confirme", EMAIL), ("faux_positif", EMAIL)]
    assert history[1].note == "Finalement, une citation."
    assert "Finalement, une citation." in client.get("/historique").get_data(as_text=True)


def test_an_unknown_status_records_nothing(
        client: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]) -> None:
    login(client)
    html = decide(client, seeded.insult, "supprime")
    assert "Statut inconnu" in html
    with sessions() as session:
        assert reviews.history(session, seeded.insult) == []


def test_deciding_on_a_missing_item_records_nothing(
        client: FlaskClient, seeded: Seeded) -> None:
    login(client)
    token = page_token(client, "/elements")
    response = client.post("/elements/999/decision",
                           data={"statut": "confirme", "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303
    assert client.get("/elements/999").status_code == 404


def test_the_list_filters_by_status_school_category_and_date(
        client: FlaskClient, seeded: Seeded) -> None:
    login(client)
    every = {str(seeded.insult), str(seeded.spam), str(seeded.other)}
    assert set(listed(client, "")) == every
    decide(client, seeded.other, "traite")
    assert listed(client, "statut=traite") == [str(seeded.other)]
    assert set(listed(client, "statut=a_examiner")) == {str(seeded.insult), str(seeded.spam)}
    assert listed(client, "ecole=sainte-famille-thurso") == [str(seeded.spam)]
    assert listed(client, "categorie=spam") == [str(seeded.spam)]
    # The spam was flagged a day later (2026-11-25 10:00 in Montréal).
    assert listed(client, "du=2026-11-25") == [str(seeded.spam)]
    assert set(listed(client, "au=2026-11-24")) == {str(seeded.insult), str(seeded.other)}
    assert set(listed(client, "statut=n-importe-quoi&ecole=inconnue")) == every


def test_the_item_page_shows_evidence_clause_and_schools(
        client: FlaskClient, seeded: Seeded) -> None:
    login(client)
    html = client.get(f"/elements/{seeded.insult}").get_data(as_text=True)
    assert "est un <mark>imbécile</mark>." in html
    assert "Charte : « Propos diffamatoires" in html
    assert "École secondaire Hormisdas-Gamelin" in html
    assert 'id="historique-vide"' in html


def test_exceptions_are_made_from_an_item_listed_and_removed(
        client: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]) -> None:
    login(client)
    token = page_token(client, f"/elements/{seeded.insult}")
    for data in ({"type": "term", "valeur": "imbécile", "contexte": "un imbécile"},
                 {"type": "author", "valeur": "ignored"},
                 {"type": "source", "valeur": "ignored"},
                 {"type": "term", "valeur": "  "}):
        client.post(f"/elements/{seeded.insult}/exceptions", data={**data, "csrf_token": token})
    with sessions() as session:
        active = reviews.active_exceptions(session)
    term, author, source = active
    assert (term.kind, term.value, term.context) == ("term", "imbécile", "un imbécile")
    assert (author.kind, author.value) == ("author", "Auteur")  # the item's, not the form's
    assert (source.kind, source.value) == ("source", "nouvelles")
    html = client.get("/exceptions").get_data(as_text=True)
    assert "un imbécile" in html and html.count('class="retirer"') == 3
    response = client.post(f"/exceptions/{term.id}/retirer",
                           data={"csrf_token": page_token(client, "/exceptions")},
                           follow_redirects=True)
    assert "Exception retirée" in response.get_data(as_text=True)
    with sessions() as session:
        assert reviews.active_exceptions(session) == (
            ExceptionSpec(author.id, "author", "Auteur"),
            ExceptionSpec(source.id, "source", "nouvelles"))
        [removed] = [r for r in reviews.exception_rules(session, include_removed=True)
                     if not r.active]
        assert removed.removed_by == EMAIL
    assert "retirée par" in client.get("/exceptions?retirees=1").get_data(as_text=True)
