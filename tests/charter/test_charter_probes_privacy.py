"""Probes for privacy, confidential and spam, written apart from the labelled sets.

Each family of the lexicons (health, identifiers, numbers in words, tagged photos; leaks,
security, exams, HR files; ads, scams, disguised links) gets sentences worded unlike any case
of the sets, in Quebec French and in English, with their close negatives (announcements,
news, the organisation's own contacts). They check that the rules generalise, not that they
remember.
"""

from __future__ import annotations

import pytest

from tests.charter.test_charter_patterns import assert_patterns_find_what_a_full_search_finds
from worker.charter.checks import is_spelled_number, spelled_digits
from worker.charter.classify import classify
from worker.charter.lexicon import Charter
from worker.charter.model import Document


def _flagged(charter: Charter, text: str, kind: str = "comment") -> set[str]:
    return {f.category for f in classify(Document(text, kind=kind), charter).flags}


PRIVACY = [
    "La prof de français de 3e sec, Mme Gauthier, est en congé de maladie pour une dépression.",
    "Le petit Thomas en 4e année à Sainte-Famille fait de l'épilepsie, il a convulsé hier.",
    "Le concierge de l'école Providence a le cancer du poumon, il commence sa chimio lundi.",
    "Saviez-vous que la directrice adjointe est enceinte? Elle l'a encore dit à personne.",
    "The vice-principal is off on stress leave after a breakdown, everyone at ESHG knows it.",
    "Mr. Pelletier was diagnosed with multiple sclerosis and he's hiding it from his class.",
    "Sa fille Jade prend des antidépresseurs depuis l'an passé, c'est sa mère qui me l'a dit.",
    "Her son Liam in grade 5 has ADHD and takes Concerta every morning before school.",
    "Le chauffeur de l'autobus 12 est alcoolique, il sort de désintox pour la deuxième fois.",
    "Voici l'adresse de la prof d'anglais : 27, rue des Érables, Buckingham. Allez cogner.",
    "Le cell perso du directeur c'est 873 555-0123, gênez-vous pas.",
    "appelez-la au huit un neuf, cinq cinq cinq, zéro un quatre deux pis dites-y votre façon",
    "her cell is eight one nine five five five zero one four two, text her all night",
    "NAS de la secrétaire : 0 4 6 - 4 5 4 - 2 8 6",
    "SIN of the janitor: 046/454/286, found it on his pay stub",
    "code permanent de sa fille: G A G L 2207 1105",
    "son code permanent c gagl22071105 lol",
    "Le courriel personnel de M. Roy : jroy1975@hotmail.com, écrivez-lui ce que vous pensez.",
    "La nouvelle enseignante de Jade Roy est née le 3 avril 1990, DDN 1990-04-03.",
    "J'ai tagué tous les élèves de la classe sur les photos de la sortie, partagez!",
    "I posted the field trip pics and tagged all the kids so you can find yours, share away",
    "Le fils de Mme Leduc est placé en famille d'accueil par la DPJ depuis Noël.",
    "La petite Zoé de 2e année, ses parents sont sur l'aide sociale pis son père est en prison.",
    "J'ai la liste des élèves de 5e année avec leurs diagnostics et leurs médicaments.",
    "The bus driver for route 7 is an alcoholic, he's been in rehab twice.",
    "Elle a le VIH, la prof d'éduc de l'école Providence, faites attention à vos enfants.",
    "Le téléphone à la maison de la directrice : (819) 555-0177, appelez-la après souper.",
    "Pis la fille à Lavoie en sec 5, elle s'est faite avorter l'été passé, tout le monde le sait",
    "My kid's teacher, Ms. Duval, just got back from the psych ward, should she be teaching?",
    "Tsé le concierge de l'école Providence? Y'é séropo, faites attention",
    "Le NAS du prof de maths: 046.454.286",
    "Élève: Léa Roy, DDN 2011-05-14, code permanent ROYL 5405 1112",
    "Here's the principal's home phone: eight-one-nine, five-five-five, oh-one-four-two",
    "Sa mère est en dépression depuis que le père est parti, pauvre petit Liam de 2e année",
    "Ms. Tran in room 12 is pregnant with twins, she hasn't told the principal yet lol",
    "Le petit gars de la classe de Mme Roy qui a le cancer, c'est Noah Bélanger",
    "Anyone know why Mr. Grant has been absent? I heard he's in rehab for alcohol.",
    "Voici les photos de la sortie au zoo des 1re année, avec le nom de chaque enfant en légende",
    "ya la prof de 4e qui é en congé de maladie pcq a fait une depression",
    "son num c 819 555 0142 textez la",
    "l adresse a mme tremblay c 42 rue des pins a buckingham",
    "la ptite a lavoie en 3e annee a le diabete pis a se pique a l ecole",
    "the new sec 2 teacher is on antidepressants, saw her pills in the staff room",
    "Mon voisin, le prof de sciences, a été arrêté pour conduite en état d'ébriété samedi",
    "le gars de sec 4 qui se scarifie c Jacob Roy, sa mere le sait meme pas",
    "Mrs. Kelly, the grade 3 teacher, lives at 88 Oak Street in Buckingham, go tell her",
    "Posting the ESLJP secretary's personal gmail: lucie.b1979@gmail.com, she won't answer",
    "My neighbour's boy in sec 2, Ethan, has Tourette's and the other kids film his tics",
    "FYI the new janitor at ESHG did time for assault, he has a criminal record",
    "La prof de sec 1 est en retrait préventif, elle est enceinte de jumeaux",
    "Le directeur sort d'une thérapie fermée pour l'alcool, c'est pour ça qu'il était absent",
]

PRIVACY_NEGATIVES = [
    "Pour joindre l'école, composez le 819 986-8511 ou écrivez à info@csscv.gouv.qc.ca.",
    "La santé mentale des élèves est une priorité; des psychologues sont disponibles au CSSCV.",
    "Plusieurs enseignants sont en congé de maladie cette semaine à cause de la grippe.",
    "Conférence sur le TDAH pour les parents jeudi à 19h au gymnase de l'ESHG.",
    "Je suis en burn-out depuis janvier et je remercie mes collègues pour leur soutien.",
    "Les photos du spectacle sont sur le site de l'école, publiées avec l'accord des parents.",
    "Campagne de vaccination contre la grippe à l'école Providence le 12 novembre.",
    "Les inscriptions se font au 123, rue Principale, au centre administratif.",
    "Un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix : les petits ont compté en anglais!",
    "Commande #046454286 prête à la réception de l'école.",
    "Tel-Jeunes : 1 800 263-2266, c'est gratuit et confidentiel.",
    "Le hashtag des élèves pour la semaine de la lecture : #ESHGlit",
]

CONFIDENTIAL = [
    "Le code du système d'alarme du CFP c'est 7-7-3-1, ils l'ont jamais changé.",
    "Les caméras du stationnement filment pas le coin derrière le gymnase, personne vous verra.",
    "There's a blind spot in the cameras behind the cafeteria at ESHG, just so you know.",
    "Le gardien de nuit de l'école Providence fait sa tournée à minuit pis à 3h, après c'est vide.",
    "La clé passe-partout du concierge est cachée dans le local 104, sous le bac bleu.",
    "Procès-verbal du comité (à huis clos) : ils coupent 3 postes de TES. Capture ci-dessous.",
    "Capture d'écran du courriel de la direction : l'école va fermer, c'est pas encore public.",
    "Draft budget from the finance committee, not public yet: the ESLJP music program is gone.",
    "Mises à pied au transport, c'est écrit dans le document de travail du CA.",
    "Le rapport d'enquête sur la prof de sciences est sorti, elle a eu un blâme. J'ai une copie.",
    "M. Bergeron a eu une suspension de 10 jours après la plainte d'un parent, avertissement "
    "écrit au dossier.",
    "HR put Mrs. Lacroix on administrative leave until the investigation is over.",
    "Voici les questions de l'examen du ministère de 6e année, quelqu'un les a prises en photo.",
    "Le corrigé de l'épreuve de maths circule déjà sur Snap, qui le veut?",
    "L'examen de sciences de sec 2 : la question 4 c'est sur la photosynthèse, mon père corrige.",
    "Mémo de la DG aux directions : gel d'embauche jusqu'en septembre, ne pas diffuser.",
    "Admin password for the school portal is still Csscv2022, nobody ever changed it.",
    "La combinaison du cadenas de la salle des serveurs : 24-11-38.",
    "La porte arrière du gymnase reste débarrée toute la nuit, le loquet ferme pas à clé.",
    "Réponses du quiz de vendredi : 1-C, 2-A, 3-D, 4-B. De rien.",
    "Le contrat est déjà arrangé pour le même fournisseur, je l'ai vu dans les docs du CA.",
    "Le budget coupe la bibliothèque de l'ESHG, c'est dans l'ébauche reçue au CÉ, pas encore votée",
    "Le code d'accès du stationnement des profs : 2468#",
    "Leaked from the board: they're cutting 20 teaching positions, announcement is in May",
    "Selon un courriel interne que j'ai vu, la direction va mettre fin au contrat de la cafétéria",
    "Le prof de chimie a eu 3 plaintes pour harcèlement cette année, son dossier est épais",
    "The principal is being investigated for expense fraud, my aunt works at the head office",
    "Wi-Fi des profs: réseau ESHG-Staff, mdp Ecole2024!",
    "le mdp du wifi des profs c eshg2024",
    "notes du CE d hier soir (huis clos) : ils ferment l ecole en juin, personne le sait encore",
    "The sec 5 physics final is on the shared drive, folder Examens2025, no password lol",
    "La liste des profs qui vont être mis en disponibilité circule entre les directions",
    "Sérieux, le système d'alarme de l'ESHG est désactivé depuis une semaine, jamais réparé",
    "Sec 4 science final leaked, Q1 to Q30 with answers, dm me for the pdf",
    "The board already picked the new principal, the interviews are just for show.",
    "Per an internal HR memo I saw, three teachers are on unpaid suspension pending investigation",
    "The alarm at the CFP is never armed on weekends and the side door doesn't latch",
    "Staff portal login: admin / Csscv!2023, still works",
    "Le gardien de nuit de l'ESHG fait sa tournée à minuit pis à 3h, après ça y'a plus personne",
]

CONFIDENTIAL_NEGATIVES = [
    "Les dates des examens ministériels sont publiées sur le site du ministère.",
    "Le procès-verbal de la séance publique du conseil est en ligne sur le site du CSSCV.",
    "Le CSSCV a annoncé ce matin la fermeture de l'école; la décision prendra effet en juin.",
    "The study guide for the sec 4 final is posted on Teams; review chapters 2 to 5.",
    "N'oubliez pas de changer vos mots de passe régulièrement, rappelle le service informatique.",
    "De nouvelles caméras de surveillance seront installées à l'entrée de l'ESHG cet été.",
    "Bonne chance à tous les élèves pour l'épreuve unique de français demain!",
    "Le rapport annuel du CSSCV est disponible en ligne.",
    "Exercice d'évacuation à l'école Providence mardi à 10h, merci de votre collaboration.",
    "Le code de vie de l'école est affiché dans chaque classe depuis septembre.",
    "Les caméras couvrent maintenant toute la cour, se réjouit la direction.",
    "Les groupes 1-A, 2-B et 3-C iront au musée jeudi.",
    "Un enseignant de l'ESHG a été suspendu après une plainte, confirme le CSSCV.",
    "Le CSSCV cherche un gardien de nuit pour l'école Providence, quart de 22h à 6h.",
    "Les mots de passe du portail ont été réinitialisés, un nouveau sera envoyé par courriel.",
    "Rappel: le code vestimentaire de l'école interdit les casquettes.",
    "Le conseil s'est réuni à huis clos pour discuter du budget, a indiqué le CSSCV.",
    "Le prof de maths nous a donné les réponses du test de la semaine passée pour qu'on étudie.",
    "Congé de maternité : Mme Tran sera remplacée par M. Paquette jusqu'en juin.",
    "Le budget sera adopté en juin; il n'est pas encore voté, rappelle la présidente.",
    "La liste des profs accompagnateurs pour le voyage est affichée au secrétariat.",
    "L'alarme de feu est désactivée pendant les travaux, a indiqué la direction.",
]

SPAM = [
    "Je vends ma PS5 presque neuve 350$, ramassage à Buckingham, écrivez-moi en privé.",
    "Investissez 250$ aujourd'hui et recevez 2500$ dans 7 jours, garanti! Écrivez à mon gérant "
    "de compte sur WhatsApp.",
    "Earn $300 a day from home with this simple trick 👉 www.easyincome-now.net",
    "Prêt personnel approuvé en 1h même avec mauvais crédit, appelez le 819-555-0133.",
    "Ménage résidentiel 25$/h, premier ménage à moitié prix! Texte-moi au 819 555 0144.",
    "Best essay writing service, 100% original, order now at essaypro-help.org/order",
    "Suivez ma page et aimez mes publications pour m'aider à atteindre 10k abonnés!",
    "Check out my new channel, link in bio, subscribe!!!",
    "Liquidation de bottes d'hiver, 40% sur tout le magasin, venez nous voir!",
    "Votre colis n'a pas pu être livré. Payez les frais de 1,99$ ici : postes-livraison.info/pay",
    "Your account will be locked, update your payment details here: netfiix-billing.co/login",
    "w w w point gagnant point com pour ton iPhone gratuit",
    "Joins-toi à mon équipe, travaille de la maison et sois ton propre patron! Info en MP",
    "🔥 -50% sur toute la boutique avec le code ESHG50 👉 lien dans la bio",
    "DM me for prices 💅 nails done at home, Buckingham area",
    "Reçois 20$ gratuitement avec mon code de parrainage XK9L2",
    "Great post!!! More tips on my blog → amzn.to/3kd92Lx",
    "Cours de guitare privés à domicile, 30$ de l'heure, premier cours gratuit. Info en MP.",
    "Mon gars vend du chocolat pour son club de hockey, 3$ la barre, écrivez-moi.",
    "Je fais des gâteaux personnalisés pour toutes les occasions, commandez en MP! 🎂",
    "Make money with me! Join my team, DM me INFO",
    "Obtenez votre diplôme d'études secondaires en 2 semaines, 100% en ligne, diplome-rapide.biz",
    "Cliquez sur mon profil pour gagner un iPad!",
    "🚨 Votre compte Instagram va être supprimé dans 24h. Vérifiez ici: insta-verify.help/login",
    "Achat de voitures usagées, argent comptant, appelez Mike 613-555-0190",
    "gagne 500$ par semaine de chez toi, ecris moi",
    "promo 2 pour 1 sur les pizzas ce soir seulement, commande au 819-555-0100",
    "Vends trampoline 14 pieds, bon état, 150$ ferme. Pickup Gatineau.",
    "👉 Rejoignez notre groupe VIP de trading, 10% de profit par jour garanti: t.me/cryptoqc",
    "Hello parents! I'm a Scentsy consultant, message me to order before Christmas 🎄",
    "ESHG alumni!! Cheap Canada Goose jackets 80% off at cgoose-outlet.shop",
    "Work from home opportunity!!! Earn up to $5,000/month, no experience required. DM for details",
    "Get 1000 real Instagram followers for only $5!!! Visit cheapfollows.net",
    "Congratulations! You've been selected for a $500 gift card. Claim it: gift-card.claims/win",
    "Need a babysitter? I'm 16, CPR certified, $12/hour, Buckingham area, text me at 819-555-0111",
    "Support my daughter's dance team! Buy our cookie dough, $18 a tub, order form in the comments",
]

SPAM_NEGATIVES = [
    "La vente de garage de l'école au profit du voyage des finissants aura lieu samedi.",
    "Le formulaire d'inscription est sur https://www.csscv.gouv.qc.ca/inscription",
    "Lisez l'article sur la rentrée : https://ici.radio-canada.ca/nouvelle/123456",
    "Les élèves de 5e année vendent des chocolats pour leur voyage, merci de les encourager!",
    "Merci de partager cette publication pour aider à retrouver le chat de notre voisine.",
    "Le concours de dessin est ouvert à tous les élèves; les gagnants seront annoncés en mai.",
    "L'école remercie l'épicerie du coin pour son don de 500 $ au club des petits déjeuners.",
    "Les élèves ont amassé 4 200 $ la semaine dernière pour la banque alimentaire.",
    "Free tutoring for all students every Tuesday in the library, no registration needed!",
    "Le budget augmente de 3,8 % sur trois ans, selon le document adopté en séance publique.",
    "Appelez le secrétariat au (819) 986-8511 pour inscrire votre enfant.",
    "Notre école a obtenu 95% de réussite sur toute la ligne aux examens!",
    "Les élèves de 5e année vendent des biscuits 2$ chacun pour leur voyage.",
    "Free hot chocolate for all students at the winter carnival!",
    "La campagne Centraide du CSSCV a dépassé son objectif; merci à tous pour vos dons!",
    "Nouveau: suivez la page Facebook officielle de l'ESHG pour les annonces.",
    "Notre consultante en orientation rencontrera les élèves de sec 5 mardi.",
    "Pickup des commandes de la campagne de financement : jeudi 16h au gymnase.",
]


@pytest.mark.parametrize("text", PRIVACY)
def test_privacy_families_are_found(charter: Charter, text: str) -> None:
    assert "privacy" in _flagged(charter, text)


@pytest.mark.parametrize("text", CONFIDENTIAL)
def test_confidential_families_are_found(charter: Charter, text: str) -> None:
    assert "confidential" in _flagged(charter, text)


@pytest.mark.parametrize("text", SPAM)
def test_spam_families_are_found(charter: Charter, text: str) -> None:
    assert "spam" in _flagged(charter, text)


@pytest.mark.parametrize("text", PRIVACY_NEGATIVES + CONFIDENTIAL_NEGATIVES + SPAM_NEGATIVES)
def test_close_negatives_stay_clean(charter: Charter, text: str) -> None:
    assert not _flagged(charter, text) & {"privacy", "confidential", "spam"}


@pytest.mark.parametrize("kind", ["article", "post"])
def test_news_and_announcements_stay_clean(charter: Charter, kind: str) -> None:
    text = ("Le CSSCV a annoncé mardi 14 abolitions de postes au transport scolaire. Le "
            "procès-verbal de la séance publique est en ligne, a indiqué la porte-parole.")
    assert not _flagged(charter, text, kind) & {"confidential"}


def test_probe_patterns_find_what_a_full_search_finds(charter: Charter) -> None:
    """The anchors and gates of the new patterns skip nothing a full search would find."""
    assert_patterns_find_what_a_full_search_finds(
        charter, PRIVACY + PRIVACY_NEGATIVES + CONFIDENTIAL + CONFIDENTIAL_NEGATIVES + SPAM
        + SPAM_NEGATIVES)


def test_evidence_of_new_clues_points_into_the_text(charter: Charter) -> None:
    for text in PRIVACY + CONFIDENTIAL + SPAM:
        for flag in classify(Document(text, kind="post"), charter).flags:
            assert flag.evidence and flag.reasons and flag.clause
            for evidence in flag.evidence:
                assert text[evidence.start:evidence.end] == evidence.text


@pytest.mark.parametrize(("words", "digits"), [
    ("huit-un-neuf, six-six-quatre, trente et un, quatre-vingt-huit", "8196643188"),
    ("eight one nine, five five five, oh one four two", "8195550142"),
    ("quatre-vingt-dix-neuf, soixante-seize, soixante et onze", "997671"),
    ("8 1 9 cinq cinq cinq", "819555"),
])
def test_numbers_in_words_read_back_into_digits(words: str, digits: str) -> None:
    assert spelled_digits(words) == digits


@pytest.mark.parametrize(("words", "private"), [
    ("huit un neuf cinq cinq cinq zéro un quatre deux", True),
    ("huit un neuf neuf huit six huit cinq un un", False),  # the organisation's own line
    ("un deux trois quatre cinq six sept huit neuf dix", False),  # counting
    ("zéro quatre six quatre cinq quatre deux huit six", True),  # a valid SIN
    ("zéro quatre six quatre cinq quatre deux huit sept", False),
])
def test_a_number_in_words_is_private_when_its_digits_are(
    charter: Charter, words: str, private: bool
) -> None:
    assert is_spelled_number(words, charter) is private
