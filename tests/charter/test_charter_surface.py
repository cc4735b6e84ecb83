"""The surface undoes evasions and keeps every character traceable to the original."""

from __future__ import annotations

import pytest

from worker.charter.surface import build_surface, surface_term


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("T'es un CAVE", " t es un cave "),
        ("Élève génial", " eleve genial "),
        ("c0nn@rd", " conard "),
        ("n1ais", " niais "),
        ("$alope", " salope "),
        ("caaaaave", " cave "),
        ("connard", " conard "),
        ("n i a i s e u x", " niaiseux "),
        ("c.o.n.n.a.r.d", " conard "),
        ("n-i-a-i-s", " niais "),
        ("salut!!", " salut "),
        ("@marc", " marc "),
        ("50$ et 819-555-1234", " 50 et 819 555 1234 "),
        ("il y a du monde", " il y a du monde "),
        ("cœur", " coeur "),
        ("", " "),
        ("! ! !", " "),  # one-character tokens in a row that read as nothing
        ("!! salut !! toi", " salut toi "),
        ("«  ", " "),
        # letters spaced one way, words a wider way: one word each
        ("s u i c i d e - t o i", " suicide toi "),
        ("j.v.a.i.s   f.a.i.r.e   s.a.u.t.e.r", " jvais faire sauter "),
        ("t e s  u n e  c-o-n-n-e", " tes une cone "),
        # the preposition "à" after a spaced-out word is a word of its own
        ("s-e-x-t-o à vendre", " sexto a vendre "),
        ("c o n n e à la poly", " cone a la poly "),
        ("v o i l à", " voil a "),  # the cost: a harmless word spaced out, ending in "à"
    ],
)
def test_surface_undoes_evasions(text: str, surface: str) -> None:
    assert build_surface(text).text == surface


@pytest.mark.parametrize(
    ("text", "word", "original"),
    [
        ("Yo caaave!!", "cave", "caaave"),
        ("t'es un c0nn@rd.", "conard", "c0nn@rd"),
        ("Hé n i a i s e u x toi", "niaiseux", "n i a i s e u x"),
        ("Quel C.O.N.N.A.R.D", "conard", "C.O.N.N.A.R.D"),
        ("Une Élève", "eleve", "Élève"),
    ],
)
def test_surface_spans_map_back_to_what_was_written(text: str, word: str, original: str) -> None:
    surface = build_surface(text)
    start = surface.text.index(f" {word} ") + 1
    begin, end = surface.span(start, start + len(word))
    assert text[begin:end] == original


def test_sentences_and_quotes_are_tracked() -> None:
    surface = build_surface("Il a dit « t'es cave ». Puis rien.")
    words = surface.text.split()
    assert words == ["il", "a", "dit", "t", "es", "cave", "puis", "rien"]
    assert surface.quoted == (False, False, False, True, True, True, False, False)
    assert surface.sentence[-1] > surface.sentence[0]


@pytest.mark.parametrize("text", ["Olivia, in Ms. Park's class, is sick",
                                  "La fille à Mme. Roy est malade", "Dr. Gagnon soigne Léo"])
def test_a_title_s_period_does_not_end_the_sentence(text: str) -> None:
    surface = build_surface(text + ". Fin")
    assert len(set(surface.sentence[:-1])) == 1 and surface.sentence[-1] > surface.sentence[0]


def test_terms_and_texts_meet_on_the_same_surface() -> None:
    assert surface_term("Connard") == build_surface("c o n n a r d").text


@pytest.mark.parametrize("text", ["salut !! toi", "n i a i s !! ok", "t'es n-i-a-i-s, toi",
                                  "l'a y a l'école", "😀 t'es 🤡 c0nn@rd"])
def test_every_token_is_found_where_it_was_written(text: str) -> None:
    surface = build_surface(text)
    position = 1
    for token, word in enumerate(surface.text.split()):
        begin, end = surface.span(position, position + len(word))
        assert surface.token_at(position) == token
        assert surface.token_of_offset(begin) == token
        assert word in build_surface(text[begin:end]).text
        position += len(word) + 1


def test_a_spaced_out_word_maps_back_to_its_letters() -> None:
    text = "j.v.a.i.s   f.a.i.r.e   s.a.u.t.e.r"
    surface = build_surface(text)
    start = surface.text.index(" faire ") + 1
    begin, end = surface.span(start, start + len("faire"))
    assert text[begin:end] == "f.a.i.r.e"
