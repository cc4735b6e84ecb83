from __future__ import annotations

import random
import re

import pytest

from tests.conftest import base_config
from worker.config import parse_config
from worker.errors import ConfigError
from worker.matching import _DISGUISE, Matcher, _unglue
from worker.normalise import _offsets_char_by_char, fold, fold_char, folded_words


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    data = base_config(exclude=["Sainte-Famille de Paris"])
    data["organisation"]["aliases"].append("Cœur-des-Vallées")
    data["entities"].append({"id": "providence", "name": "École Providence",
                             "ambiguous": ["Providence"], "context": ["Buckingham"],
                             "exclude": ["Providence RI"]})
    data["entities"].append({"id": "esljp", "name": "École secondaire Louis-Joseph-Papineau",
                             "aliases": ["ESLJP"], "ambiguous": ["LJP"],
                             "context": ["Papineauville", "école", "poly"]})
    return Matcher.from_config(parse_config(data))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Centre de services scolaire au Cœur-des-Vallées annonce…", ["csscv"]),
        ("centre de services scolaire au coeur des vallees", ["csscv"]),
        ("CENTRE DE SERVICES SCOLAIRE AU CŒUR DES VALLÉES", ["csscv"]),
        ("Le CSSCV et l'ESHG", ["csscv", "eshg"]),
        ("à l'école Hormisdas Gamelin hier", ["eshg"]),
        ("hormisdas-gamelin", ["eshg"]),
        ("CSSCVX n'est pas un sigle connu", []),
        ("ESHGs", []),
        ("Sainte-Famille à Thurso", ["sainte-famille-thurso"]),
        ("Sainte-Famille, à Montréal", []),
        ("Sainte-Famille, CSSCV", ["csscv", "sainte-famille-thurso"]),
        ("Sainte-Famille de Paris, près de Thurso", []),
        ("Providence à Buckingham", ["providence"]),
        ("Providence RI, Buckingham Palace", []),
        ("k1ll 3very t3acher at h0rmisdas-gamelin", ["eshg"]),  # disguised names count
        ("La direction de l'E.S.H.G. = z.é.r.o.", ["eshg"]),
        ("l'écol3 Provid3nc3 à Buckingham", ["providence"]),
        ("3e année, 2 élèves, h0ckey", []),  # looks disguised, names no one
        ("Providence, Rhode Island", []),  # an ambiguous name needs its context…
        ("Les parents de l'École Providence", ["providence"]),  # …the name does not
        ("Sainte-Famille de Paris, près de Thurso", []),
        ("", []),
    ],
)
def test_entities_found(matcher: Matcher, text: str, expected: list[str]) -> None:
    assert matcher.entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spéciaux cette semaine #CoeurDesVallees", ["csscv"]),
        ("#SainteFamille #Thurso", ["sainte-famille-thurso"]),
        ("Bravo à la #SainteFamille !", []),  # the name still needs its context…
        ("#SainteFamille, près de #Thurso", ["sainte-famille-thurso"]),  # …found anywhere
        ("#SainteFamilleDeParis, près de Thurso", []),  # an exclude read inside a tag
        ("#SainteFamille #CSSCV", ["csscv", "sainte-famille-thurso"]),
        ("Bravo #HormisdasGamelin", ["eshg"]),
        ("#GoESLJP", ["esljp"]),
        ("#ESLJPFierte", ["esljp"]),  # a run of capitals, then a capitalised word
        ("#fiertéLJP à la poly", ["esljp"]),
        ("#fiertéLJP", []),  # LJP alone needs a context word
        ("#ProvidenceRI Buckingham", []),
        ("#McDonald #iPhone #ThursoStrong #LJPs", []),  # CamelCase naming no one
        # Nothing in an all-lowercase or all-capitals tag says where its words end: left
        # whole, and not matched. A change that reads them must change these lines.
        ("#coeurdesvallees", []),
        ("#saintefamille #Thurso", []),
        ("#HORMISDASGAMELIN", []),
        ("C#SainteFamille Thurso", []),  # "#" ending a word starts no hashtag
    ],
)
def test_glued_hashtags_are_read_as_words(matcher: Matcher, text: str,
                                          expected: list[str]) -> None:
    assert matcher.entities(text) == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Fiers de nos jeunes #CoeurDesVallées!", ["#CoeurDesVallées"]),
        ("#SainteFamille #Thurso", ["#SainteFamille"]),
        ("Go #GoESLJP go", ["#GoESLJP"]),
        ("#fiertéLJP à la poly LJP", ["#fiertéLJP", "LJP"]),
        ("l'École #SainteFamille de #Thurso", ["École #SainteFamille", "#SainteFamille"]),
        ("#HormisdasGamelin et #SainteFamilleThurso: l'ESHG",
         ["#HormisdasGamelin", "#SainteFamilleThurso", "ESHG"]),
        ("#ESHG, #CSSCV", ["ESHG", "CSSCV"]),  # a tag not cut spans as before
        ("Œuvre #CoeurDesVallées ﬁn", ["#CoeurDesVallées"]),  # characters folding to two
    ],
)
def test_a_glued_hashtag_s_span_is_the_whole_tag(matcher: Matcher, text: str,
                                                 spans: list[str]) -> None:
    assert [text[m.start:m.end] for m in matcher.find(text)] == spans


def test_ungluing_only_adds_spaces_inside_the_tags_it_reports() -> None:
    rng = random.Random(11)
    alphabet = "aZéÉ#_1 -ﬁx"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        unglued = _unglue(text)
        if unglued is None:
            continue
        assert all(unglued.text[i] == " " for i in unglued.spaces), text
        kept = [c for i, c in enumerate(unglued.text) if i not in set(unglued.spaces)]
        assert "".join(kept) == text
        originals = [i - k for k, i in enumerate(unglued.spaces)]
        assert all(any(a < i < b for a, b in unglued.tags) for i in originals), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # From a local source a school's bare name is ours, as beside the organisation's…
        ("La cour de Sainte-Famille est inondée", ["sainte-famille-thurso"]),
        ("Providence: photos scolaires mardi", ["providence"]),
        ("les profs de LJP", ["esljp"]),
        # …but an exclude phrase still vetoes it, and a name must still be there.
        ("Sainte-Famille de Paris", []),
        ("Providence RI", []),
        ("La cour est inondée", []),
    ],
)
def test_a_local_source_needs_no_context_word(matcher: Matcher, text: str,
                                              expected: list[str]) -> None:
    assert matcher.entities(text, local=True) == expected
    assert matcher.entities(text) == []


def test_an_ambiguous_name_needs_a_context() -> None:
    with pytest.raises(ConfigError, match="« ambiguous » exige au moins un terme"):
        parse_config(base_config(entities=[{"id": "x", "name": "École X",
                                            "ambiguous": ["X"]}]))


def test_a_word_of_another_sense_keeps_the_ambiguous_names_only_from_counting() -> None:
    config = parse_config(base_config(entities=[{
        "id": "esljp", "name": "École secondaire Louis-Joseph-Papineau", "aliases": ["ESLJP"],
        "ambiguous": ["Papineau"], "context": ["école"], "other_sense": ["Bas-Canada"]}]))
    matcher = Matcher.from_config(config)
    assert matcher.entities("Papineau et le Bas-Canada, une école de pensée") == []
    assert matcher.entities("Papineau et le Bas-Canada", local=True) == []
    assert matcher.entities("L'ESLJP et le Bas-Canada") == ["esljp"]
    assert matcher.entities("Papineau, une école de pensée") == ["esljp"]


def test_the_organisation_s_ambiguous_names_count_beside_its_other_names() -> None:
    config = parse_config(base_config(organisation={
        "id": "csscv", "name": "Centre de services scolaire au Cœur-des-Vallées",
        "aliases": ["CSSCV"], "ambiguous": ["centre de services"]}))
    matcher = Matcher.from_config(config)
    assert matcher.entities("Le centre de services ferme l'école") == []
    assert matcher.entities("Le centre de services ferme l'école", local=True) == ["csscv"]
    assert [m.start for m in matcher.find("CSSCV : le centre de services ferme")] == [0, 11]


def test_a_disguised_name_s_span_is_what_was_written(matcher: Matcher) -> None:
    text = "On va régler ça à la H0rm1sdas-Gamelin lundi"
    assert [text[m.start:m.end] for m in matcher.find(text)] == ["H0rm1sdas-Gamelin"]


def test_the_disguise_check_agrees_with_its_plain_reading() -> None:
    # The shipped pattern is rewritten for speed; it must say what the plain one says.
    plain = re.compile(r"[^\W\d_][\d@$€|!+]|[\d@$€|!+][^\W\d_]|\b\w\.\w\."
                       r"|(?<!\w)[^\W\d_](?: [^\W\d_]){3}(?!\w)")
    rng = random.Random(5)
    alphabet = "ab é.E1 0@$€|!+_-'’\n9Z.    "
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert bool(_DISGUISE.search(text)) == bool(plain.search(text)), text
    for text in ("h0rmisdas", "3SLJP", "E.S.H.G.", "l'ESHG.", "en 2024.", "a.b", "l.a.",
                 "h o r m i s", "l'E S H G", "y a à l'école", "a b c", "xa b c d", "a b c dé"):
        assert bool(_DISGUISE.search(text)) == bool(plain.search(text)), text


def test_mention_spans_point_into_the_original_text(matcher: Matcher) -> None:
    text = "Hier, l'École secondaire Hormisdas-Gamelin (ESHG) a gagné."
    spans = [text[m.start:m.end] for m in matcher.find(text)]
    assert spans == ["École secondaire Hormisdas-Gamelin", "Hormisdas-Gamelin", "ESHG"]


def test_an_exclude_phrase_vetoes_only_the_mention_it_covers(matcher: Matcher) -> None:
    text = "Sainte-Famille de Paris a écrit à l'École Sainte-Famille de Thurso."
    assert [text[m.start:m.end] for m in matcher.find(text)] == [
        "École Sainte-Famille", "Sainte-Famille"]


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Cœur-des-Vallées", " coeur des vallees "), ("  L'ÉCOLE!! ", " l ecole "),
     ("ﬁn", " fin "), ("", " ")],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text).text == folded


@pytest.mark.parametrize(
    "text",
    ["  MENACES envers une Enseignante — de l’école SAINT-MICHEL !", "Cœur-des-Vallées, Œuvre",
     "½ journée, 3ᵉ année, ﬁn", "snake_case et t-shirts", "", "   ", "Ελληνικά Straße ı",
     "e\u0301cole", "a\u200bb\u00a0c\td", "x" * 3 + "🙂" * 2],
)
def test_fold_text_and_offsets_agree(text: str) -> None:
    """The folded text (built at C speed) and its offsets (worked out char by char on demand)
    describe the same folding: one offset per character, each letter from the original
    character it is mapped to, words as folded_words gives them."""
    folded = fold(text)
    assert len(folded.offsets) == len(folded.text)
    assert folded.text.split() == folded_words(text)
    for char, offset in zip(folded.text, folded.offsets, strict=True):
        if char != " ":
            assert char in fold_char(text[offset])


def test_fold_offsets_fast_path_agrees_with_char_by_char() -> None:
    """Texts whose characters each fold to one take the fast path; the others (œ, ﬁ, a
    combining accent) the char-by-char one. Both give the same offsets."""
    rng = random.Random(5)
    alphabet = "abcÉéèœŒﬁ½ 1'-.\u0301\u00a0Ελß_🙂\t\nXYZ"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert fold(text).offsets == _offsets_char_by_char(text), text


def test_fold_spans_agree_with_the_offsets() -> None:
    """``span`` maps a slice back word by word, without building every offset: it gives
    what the offsets give, for every slice of random texts."""
    rng = random.Random(7)
    alphabet = "abcÉéèœ 1'-.\u0301\u00a0ß_🙂\t\nXYZ"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        offsets = _offsets_char_by_char(text)
        spans = fold(text)
        for start in range(len(offsets)):
            for end in range(start + 1, len(offsets) + 1):
                assert spans.span(start, end) == (offsets[start], offsets[end - 1] + 1), text


def test_fold_offsets_map_back() -> None:
    text = "À l'École Œuvre"
    folded = fold(text)
    start = folded.text.index("ecole")
    a, b = folded.span(start, start + len("ecole"))
    assert text[a:b] == "École"


@pytest.fixture(scope="module")
def shipped_matcher() -> Matcher:
    from tests.conftest import REPO
    from worker.config import load_config

    return Matcher.from_config(load_config(REPO / "config" / "veille.yaml"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The commonest misspelling of the school's name is an alias, in a hashtag too…
        ("la photo scolaire a hormidas gamelin c'est quand?", ["eshg"]),
        ("#hormidasgamelin le prof de math", ["eshg"]),
        # …and "Gamelin" alone counts beside a school word, not otherwise.
        ("Gamelin's principal couldn't run a lemonade stand", ["eshg"]),
        ("les profs de Gamelin", ["eshg"]),
        ("Déneigement Gamelin & fils, appelez-nous", []),
        ("Accident boulevard Gamelin près de l'école, évitez le secteur", []),
        ("Rassemblement place Émilie-Gamelin, des élèves du cégep y sont", []),
        # "Papineau" and "Louis-Jo" beside a school word; the streets, the riding and
        # Montréal's school of the same full name are not ours.
        ("Whoever ratted us out to the VP at Papineau", []),
        ("les profs de Papineau sont en grève", ["esljp"]),
        ("les filles de sec 3 à Louis-Jo", ["esljp"]),
        ("Papineau Avenue in Montreal is a nightmare near the school", []),
        ("Une bagarre à l'école secondaire Louis-Joseph-Papineau à Montréal", []),
        ("Hormisdas, c'est le prénom de mon arrière-grand-père", []),
        ("Hormisdas, c'était le prénom de mon grand-oncle", []),
        ("Door code at Lincoln Elementary in Providence is 1234", []),
        # The article glued to the name, in a username or a tag.
        ("Nouvelle page : les_laittes_de_lhormisdas", ["eshg"]),
        ("la prof dhisto a lESHG", ["eshg"]),
        ("@les_profs_deshg", ["eshg"]),
        # A shared name just before or after another town is that town's school; one only
        # ours carries stays ours wherever its pupils go.
        ("La direction de l'école Saint-Laurent à Lévis protège les intimidateurs", []),
        ("Le prof de l'école Sainte-Famille de Sherbrooke crie sur les enfants", []),
        ("L'école Maria-Goretti, à Québec, ferme ses portes", []),
        ("Providence, Rhode Island: the school board meets tonight", []),
        ("Les élèves de l'ESHG à Québec pour le tournoi de basket", ["eshg"]),
        ("Les profs de Maria-Goretti à Thurso", ["maria-goretti"]),
        ("Sainte-Famille school in Sherbrooke leaked a file", []),
        ("SHERBROOKE – L'école Sainte-Famille sera fermée mercredi", []),
        # A town elsewhere further on does not undo the mention, nor a town before the name
        # that the name owns ("de", "of": the school's trip, not the town's school).
        ("Maria-Goretti : la prof a déménagé de Montréal l'an passé", ["maria-goretti"]),
        ("Le voyage à Boston de la poly LJP est annulé", ["esljp"]),
        ("The Toronto trip of Maria-Goretti's grade 6 is cancelled", ["maria-goretti"]),
        ("La sortie à Boston, école Maria-Goretti", []),
        # A park of the patriot's name.
        ("Pique-nique au parc Louis-Joseph-Papineau, les élèves de 3e sont invités", []),
        # "Le centre de services" alone: ours beside our name, not beside a school word (news
        # about another service centre says it too), never another centre's full name.
        ("Le CSSCV confirme : le centre de services ouvrira ses portes", ["csscv"]),
        ("Le centre de services scolaire concerné a suspendu les élèves", []),
        ("Le centre de services scolaire des Draveurs et le CSSCV", ["csscv"]),
        # American schools of our schools' names, by the name's own suffix or a town far away.
        ("The Maria Goretti Academy choir sings in Rome", []),
        ("Parents at Providence Day School are furious", []),
        ("Maria-Goretti school in Philadelphia fired a teacher", []),
        ("Maria-Goretti : sortie à Montebello jeudi", ["maria-goretti"]),
        # The same read as a disguise ("!" beside a letter): the words between are read as
        # the disguised reading writes them ("school" as "schol").
        ("Maria Goretti High School in Philadelphia won. Great game!", []),
        # "Le CSS" beside the service centre's name; not alone on a broad search.
        ("Le CSSCV répond : le CSS publiera les horaires", ["csscv"]),
        ("Le CSS publiera les horaires", []),
        # Beside one of our towns, it is ours; beside Gatineau (two other centres' schools are
        # there) or under another centre's name, it is not.
        ("Le centre de services à Buckingham a fermé ses bureaux", ["csscv"]),
        ("Le CSS a fermé les écoles de Gatineau", []),
        ("Le CSS des Draveurs ouvre un point de service à Buckingham", []),
        # "Trois-Chemins" with "school" after it is ours; alone, it needs Thurso.
        ("Loved the science fair at the Trois-Chemins school", ["sainte-famille-thurso"]),
        ("Les trois chemins du parc mènent au lac", []),
        # Another sense elsewhere in the text does not undo a name beside its own town; it
        # does a name further from it.
        ("Les élèves de l'école Saint-Laurent de Buckingham ont vu les baleines à Tadoussac",
         ["saint-laurent-buckingham"]),
        ("Les baleines du Saint-Laurent, vues en photo par un gars de Buckingham", []),
        # The patriot and an ancestor are another sense of the ambiguous names; the school's
        # teams, the Patriotes, are not.
        ("Conférence sur Louis-Joseph Papineau et les Patriotes de 1837 à la poly", []),
        ("Les Patriotes de LJP champions régionaux, bravo à la poly!", ["esljp"]),
        # The teams by the school's nickname or its town, alone.
        ("Lave-auto des Patriotes de Louis-Jo samedi, venez en grand nombre!", ["esljp"]),
        ("Go Patriotes de Papineauville, on est derrière vous!", ["esljp"]),
        ("Mon arrière-grand-père s'appelait Hormisdas Gamelin, le prof d'histoire dit", []),
        # What a school's day is made of counts beside "LJP": its coach, bus, substitute
        # teacher, exam; a history lesson on the patriot does not.
        ("Le coach de basket de LJP a coupé mon gars", ["esljp"]),
        ("the sub at LJP today couldn't work the projector", ["esljp"]),
        ("encore en retard pour le bus de LJP", ["esljp"]),
        ("LJP Construction : toitures et rénovations", []),
        ("Louis-Joseph-Papineau, un vrai leader : on devrait en parler dans les cours", []),
        ("the LJP math exam was brutal", ["esljp"]),
        # The patriot as his biographies call him, beside a school word; a girl named after
        # the saint.
        ("Papineau, chef des Patriotes : des lectures pour un travail de sec 4?", []),
        ("My daughter's name is Maria Goretti Fernandes, like her great-grandmother", []),
        # A shared name in a district of a town elsewhere is that town's school; "LJP" beside
        # its evenings and its parents is ours, beside a garage league's team it is not.
        ("L'École Louis-Joseph-Papineau, dans le quartier Saint-Michel à Montréal", []),
        ("ngl LJP's winter formal was a vibe", ["esljp"]),
        ("Eille les parents de LJP, qui a trouvé une tuque?", ["esljp"]),
        ("L'équipe LJP de ma ligue de garage a encore perdu", []),
        # ESHG as its pupils and parents call it, after the words the preposition "hormis"
        # never follows; the preposition itself, even beside school words.
        ("Le bal des finissants de Hormis c'était malade", ["eshg"]),
        ("Antoine de sec 4 à Hormis, t'es mieux de pas te montrer samedi", ["eshg"]),
        ("The nurse at Hormis told the whole waiting room", ["eshg"]),
        ("Hey Hormis kids, who found a blue backpack?", ["eshg"]),
        ("The Hormis girls' soccer team won the final", ["eshg"]),
        ("Maybe the Hormis robotics team should practise more", ["eshg"]),
        ("Hormis mom here: the ski trip bus was on time", ["eshg"]),
        ("Hormis vs Nicolas-Gatineau tonight, be there", ["eshg"]),
        ("Go Hormis! 🏀", ["eshg"]),
        ("yo i found the gradebook password for hormis lol", ["eshg"]),
        ("Hormis esports club tournament starts now", ["eshg"]),
        ("Confessions Hormis #412 : je suis en amour", ["eshg"]),
        ("Dear Hormis, thank you for the quiet pass system", ["eshg"]),
        ("Je vends son chandail de gym, c'est pour Hormis, 10$", ["eshg"]),
        ("Hormis c'est rendu une vraie prison", ["eshg"]),
        ("Selling my daughter's old Hormis binder, $5", ["eshg"]),
        ("the Hormis administration never answers e-mails", ["eshg"]),
        ("Anyone selling Hormis hoodies in size M?", ["eshg"]),
        ("La brigadière devant Hormis est super fine", ["eshg"]),
        ("The vape shop near Hormis sells to kids", ["eshg"]),
        ("Hormis is closed tomorrow for the storm", ["eshg"]),
        ("the robotics club of Hormis won again", ["eshg"]),
        ("Hormis va gagner la finale", ["eshg"]),
        ("Tous les élèves hormis sec 5 auront congé vendredi", []),
        ("Bravo à Noah B. (sec 3 Hormis) pour sa médaille", ["eshg"]),
        ("Mon fils (sec 2, Hormis) a trouvé un portefeuille", ["eshg"]),
        ("Ceux qui disent que Hormis est dangereuse y sont jamais allés", ["eshg"]),
        ("Tous les élèves de sec 4, hormis ceux qui ont échoué, partent", []),
        ("J'ai écrit à la commission scolaire de Buckingham hier", ["csscv"]),
        ("La commission scolaire de la Pointe-de-l'Île ferme deux écoles", []),
        ("Encore un spam sous chaque post sur Hormis", ["eshg"]),
        ("Hormis grad '04, now in Calgary", ["eshg"]),
        ("Our Hormis math teacher retired in June", ["eshg"]),
        ("Hormis c'était pas pire dans mon temps", ["eshg"]),
        ("Tout le monde était au conventum hormis Julie", []),
        ("Inscriptions à l'éducation des adultes de Buckingham jusqu'au 15 août", ["fga"]),
        ("L'éducation des adultes à Sherbrooke offre des cours du soir", []),
        ("Cours de français le lundi soir à la FGA de Thurso", ["fga"]),
        ("The FGA in Papineauville should offer childcare in the evening", ["fga"]),
        ("La FGA de Sherbrooke ouvre un groupe de francisation", []),
        ("Papineau's MP opened the new arena", []),
        ("Providence Public Schools will close early Friday", []),
        ("Papineau agrandit sa seigneurie de la Petite-Nation", []),
        ("The Providence Friars won again last night", []),
        ("Fête paroissiale à Sainte-Famille de l'Île d'Orléans dimanche", []),
        ("Visited the Santa Maria Goretti sanctuary in Nettuno this summer", []),
        ("Ma sœur est prof à Maria-Goretti dans la région de Québec", []),
        ("Louis-Joseph Papineau, un grand orateur", []),
        ("Dans ma copie de sec 3, j'ai écrit que Papineau était un joueur de hockey", []),
        ("La poly Papineau était une bonne école dans mon temps", ["esljp"]),
        ("Louis-Joseph-Papineau (the man) would be rolling in his grave", []),
        # The old name counts beside one of its towns only, on an ordinary source.
        ("Merci la commission scolaire, on a reçu 30 cm à Thurso!", ["csscv"]),
        ("La commission scolaire a annulé le transport ce matin", []),
        ("Tous les élèves de l'école, hormis ceux de sec 5, auront congé", []),
        ("Il n'y a, hormis le directeur, personne qui le sait à l'école", []),
        ("Elle a hormis ses notes de sec 4 tout jeté", []),
    ],
)
def test_the_shipped_config_reads_the_school_s_usual_names(shipped_matcher: Matcher, text: str,
                                                           expected: list[str]) -> None:
    assert shipped_matcher.entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le centre de services pense juste à ses chiffres", ["csscv"]),
        ("When will the service centre publish the bus routes?", ["csscv"]),
        # A tag cut into words vetoes on the disguised reading too (the link's "4x" is a
        # sign of disguise, which reads the text a second time).
        ("Earn $500/day bit.ly/4xCashNow #Providence #RhodeIsland", []),
        ("Providence (the TV show) is the best family drama", []),
        ("Providence, R.I. — The Providence Public School District announced", []),
        ("L'école Louis-Joseph-Papineau dans Saint-Michel à Montréal", []),
        ("Le pont Papineau-Leblanc était bloqué à matin", []),
        ("Coucher de soleil sur le Saint-Laurent ce soir", []),
        ("Le Centre de services scolaire des Portages-de-l'Outaouais annonce une école", []),
        ("Passage au centre de services Desjardins ce matin", []),
        # The seaway, the federal riding, the pilgrims' ways; the school by a digit.
        ("La voie maritime du Saint-Laurent rouvre mardi", []),
        ("Le Saint-Laurent est bas cet été : les traversiers de Sorel changent d'horaire", []),
        ("Papineau, la circonscription, vote lundi", []),
        # The riding's member, the patriot's statue.
        ("La députée fédérale de Papineau visitait une usine", []),
        ("La statue de Louis-Joseph Papineau a été vandalisée", []),
        ("Les chemins de Compostelle, un rêve de retraité", []),
        ("Marcher les trois chemins du Camino", []),
        ("La fête de fin d'année aux 3 Chemins", ["sainte-famille-thurso"]),
        ("Les profs de Saint-Laurent au souper", ["saint-laurent-buckingham"]),
        ("Le bal des finissants de Papineau", ["esljp"]),
        # "Le CSS" alone, as people write it about their own service centre; never another's.
        ("Le CSS aurait dû consulter les parents", ["csscv"]),
        ("Merci au CSS d'avoir répondu aussi vite", ["csscv"]),
        ("Le CSS des Draveurs annonce une nouvelle école", []),
        ("Le CSS de Montréal ferme trois écoles", []),
        # Another town's school, the patriot's house and days, a grandfather, the river, a
        # season's wish.
        ("L'école Sainte-Famille de Boucherville ferme mardi", []),
        ("Le Manoir Papineau, ancienne demeure de Louis-Joseph Papineau", []),
        ("Papineau parle aux Six-Comtés : les Rébellions commencent", []),
        ("My grandfather's name was Hormisdas, like his father", []),
        ("Descente du Saint-Laurent en kayak jusqu'à Tadoussac", []),
        ("Que la Sainte Famille veille sur vos foyers", []),
        ("Le concert de Noël de Sainte-Famille", ["sainte-famille-thurso"]),
        ("Les élèves de Saint-Laurent au parc", ["saint-laurent-buckingham"]),
        # A cousin named Hormisdas, the patriot's biography, Montréal's borough after the
        # name, the holy family of Nazareth.
        ("My cousin Hormisdas turned 90 today", []),
        ("A biography of Louis-Joseph Papineau, the patriot", []),
        ("L'école Saint-Laurent (arrondissement de Montréal) ferme", []),
        ("La Sainte Famille de Nazareth nous rappelle l'humilité", []),
        # The man himself, Montréal's metro station, a francophone town out west.
        ("Hormisdas Gamelin, c'était qui au juste?", []),
        ("Tu confonds avec la station de métro Papineau", []),
        ("L'école Providence de Saint-Boniface ferme", []),
        # A neighbour with the school's name, a Christmas prayer without the hyphen, the
        # patriot's house.
        ("Mon voisin s'appelle Hormisdas Gamelin, comme l'école, il a 90 ans", []),
        ("Prions la Sainte Famille en ce temps de Noël", []),
        ("Souper-conférence à la Maison Papineau ce soir", []),
        # Divine providence in a hashtag.
        ("Providence Day! Thank you Lord for the blessings #divineprovidence", []),
        ("Providence city hall doesn't care about the East Side", []),
        # The patriot's house visited, a history of the Patriotes and his portrait in it.
        ("Sortie en famille : la maison de Louis-Joseph Papineau, à Montebello", []),
        ("Lu « L'histoire des Patriotes » cet été : Papineau y est fascinant", []),
        ("Le portrait de Louis-Joseph Papineau qu'en fait ce livre est injuste", []),
        # The school's own news still reads beside its words.
        ("Les Patriotes de LJP ont gagné leur match de hockey", ["esljp"]),
        # The service centre's old name, as parents still call it; other boards are not ours.
        ("La commission scolaire a bien fait d'annuler la sortie", ["csscv"]),
        ("La commission scolaire des Draveurs ferme ses écoles", []),
        ("Le centre de services des Draveurs a enfin rappelé", []),
        ("Le centre de services de la Capitale ouvre une école", []),
        ("Le centre de services scolaire Marguerite-Bourgeoys a annoncé deux classes", []),
        ("La ville pavera trois chemins jugés prioritaires cet été", []),
        ("Go les Trois-Chemins, reprenez-les!", ["sainte-famille-thurso"]),
        ("La Commission scolaire Western Québec annonce un congé", []),
        # A street corner of the name is not the school.
        ("Le dépanneur au coin de Saint-Laurent pis Prince-Arthur a fermé", []),
        ("Accident coin St-Laurent et Maclaren ce matin", []),
        # Providence as fate; the riding's federal candidate.
        ("C'est la Providence qui nous a réunis, merci la vie", []),
        ("Dans Papineau, le candidat fédéral promet un pont", []),
        ("Binge-watching Providence reruns tonight", []),
        ("Binge-watching Providence again, Dr. Syd forever", []),
        # The preposition after "là" ("là Hormis" is no glued "l'" before "à Hormis").
        ("Tout le monde était là, hormis le chauffeur", []),
        ("Cette école-là, hormis la cafétéria, est bien", []),
        ("La Providence fait bien les choses, j'ai trouvé un stationnement", []),
        ("La Providence m'a envoyé un signe ce matin", []),
        ("We had plans, but providence had other plans", []),
        # The feast's Sunday, the May holiday; homework at Hormis.
        ("Dimanche de la Sainte-Famille : messe à 10 h et dîner au sous-sol", []),
        ("Papineau, un héros? Ceux qui fêtent les Patriotes en mai oublient 1838", []),
        ("Students staged a play about Louis-Joseph Papineau and the Patriots of 1837", []),
        ("Papineau led the Patriotes in 1837; my grandson's class is doing a project on it", []),
        ("Belle expo au musée sur Maria Goretti, la jeune sainte italienne", []),
        ("Souper à l'Auberge des Trois-Chemins de Sutton, profits à la maison des jeunes", []),
        ("Le petit à la famille Papineau se fait niaiser dans sa classe", []),
        ("Anyone want to help with my Hormis homework tonight?", ["eshg"]),
    ],
)
def test_a_local_source_reads_the_organisation_s_ambiguous_names(
        shipped_matcher: Matcher, text: str, expected: list[str]) -> None:
    assert shipped_matcher.entities(text, local=True) == expected
