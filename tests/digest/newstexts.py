"""Realistic French news texts for near-duplicate tests: one wire story, the footers outlets
add to it, and other articles about the same school."""

ARTICLE = (
    "Le Centre de services scolaire au Cœur-des-Vallées a confirmé mardi que l'École "
    "secondaire Hormisdas-Gamelin de Buckingham restera fermée jusqu'à la fin de la semaine, "
    "le temps de terminer les travaux de décontamination entrepris après la découverte de "
    "moisissures dans l'aile des sciences. Quelque 850 élèves suivront leurs cours à distance "
    "dès mercredi, a précisé la directrice générale, qui dit comprendre l'inquiétude des "
    "parents. Selon le centre de services, les premiers tests de qualité de l'air avaient été "
    "faits en octobre, à la demande du syndicat des enseignants, mais les résultats n'ont été "
    "transmis à la direction que la semaine dernière. Plusieurs parents rencontrés devant "
    "l'école lundi soir se sont dits exaspérés par le manque de communication. « On l'apprend "
    "par Facebook, c'est inacceptable », a lancé une mère de deux adolescents. Le syndicat "
    "réclame une enquête indépendante et demande que tous les bâtiments du territoire soient "
    "inspectés avant le retour des vacances des Fêtes. Le ministère de l'Éducation dit suivre "
    "la situation de près et assure que l'argent nécessaire aux travaux sera au rendez-vous."
)
FOOTER_A = " Ce contenu est diffusé par La Presse Canadienne. Tous droits réservés."
FOOTER_B = (" Avec la collaboration de Marie Lapointe, Initiative de journalisme local, "
            "Le Droit. Abonnez-vous à notre infolettre pour ne rien manquer de l'actualité "
            "de l'Outaouais.")
EDITED = (ARTICLE.replace("mardi", "lundi").replace("850", "860")
          .replace("exaspérés", "excédés").replace("de près", "attentivement"))
OTHER = (
    "Les élèves de l'École secondaire Hormisdas-Gamelin de Buckingham ont remporté samedi la "
    "finale régionale de robotique, devant une douzaine d'équipes de l'Outaouais. Leur robot, "
    "conçu en trois mois pendant l'heure du dîner, devait trier des blocs de couleur et les "
    "empiler le plus haut possible en deux minutes. L'enseignant responsable du projet, qui "
    "encadre l'équipe depuis cinq ans, salue la persévérance des jeunes, dont plusieurs en "
    "étaient à leur première compétition. Le Centre de services scolaire au Cœur-des-Vallées "
    "a souligné la victoire sur ses réseaux sociaux et promet de financer le voyage de "
    "l'équipe à la finale provinciale, qui aura lieu à Montréal au printemps. Les parents "
    "bénévoles organisent déjà une vente de pâtisseries pour payer les t-shirts de l'équipe."
)
OTHER_SAME_SUBJECT = (
    "La fermeture de l'École secondaire Hormisdas-Gamelin de Buckingham, annoncée mardi par le "
    "Centre de services scolaire au Cœur-des-Vallées, passe mal auprès des parents. Lors d'une "
    "rencontre improvisée dans le stationnement de l'école, une cinquantaine d'entre eux ont "
    "dénoncé le manque de transparence de la direction, qui aurait su dès l'automne que l'air "
    "de l'aile des sciences posait problème. Le comité de parents demande la démission du "
    "directeur et entend déposer une plainte au protecteur national de l'élève. Joint par "
    "téléphone, le centre de services affirme avoir agi dès la réception des résultats et "
    "rappelle que les cours à distance commencent mercredi pour les 850 élèves de l'école."
)
