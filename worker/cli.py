"""The ``veille`` command. Messages for admins are in French."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from worker.errors import ConfigError, ConfigProblem, DeliveryError
from worker.logs import configure_logging
from worker.runtime import Runtime, set_runtime
from worker.settings import load_settings

if TYPE_CHECKING:
    from worker.charter.model import Scorer
    from worker.digest.service import DigestOutcome

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2


def _runtime(args: argparse.Namespace) -> Runtime:
    if args.config:
        # Worker children and beat read the environment, so the choice must reach them too.
        os.environ["VEILLE_CONFIG"] = args.config
    runtime = Runtime(load_settings(config=args.config))
    set_runtime(runtime)
    return runtime


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_check_config(args: argparse.Namespace) -> int:
    from worker.case_model import dev_cases
    from worker.charter.lexicon import load_charter, misnamed_files
    from worker.config import config_advice, lexicons_dir, load_config, training_case_files

    # Reads every file the worker would read, but trains nothing: a check must answer at once
    # (the worker trains the case model itself, once per change of the cases).
    path = _runtime(args).settings.config_path
    config = load_config(path)  # a ConfigError is reported by main()
    charter = load_charter(lexicons_dir(path, config), config.organisation.public_contacts)
    cases = 0
    for case_file in training_case_files(path, config):
        try:
            cases += len(dev_cases([case_file]))
        except OSError as exc:
            problem = ConfigProblem("classification.training_cases",
                                    f"fichier illisible : {exc.strerror or exc}")
            raise ConfigError(str(path), [problem]) from exc
    print(f"Configuration valide : {path}")
    print(f"  organisation : {config.organisation.name} ({config.organisation.id})")
    print(f"  entités surveillées : {len(config.watched)}")
    active = sum(s.enabled for s in config.sources)
    local = sum(s.local for s in config.sources)
    print(f"  sources : {len(config.sources)} ({active} actives"
          + (f", {local} locale(s) : les noms d'écoles y comptent sans leur ville)" if local
             else ")"))
    print(f"  condensé : {len(config.digest.recipients)} destinataire(s), "
          f"à {config.digest.send_at:%H:%M} ({config.digest.timezone})")
    print(f"  charte : {charter.term_count} termes, {len(charter.patterns)} motifs"
          + (f", {cases} cas étiquetés pour l'apprentissage" if cases else ""))
    for advice in config_advice(config):
        print(f"  attention : {advice}")
    for skipped in misnamed_files(lexicons_dir(path, config)):
        print(f"  attention : {skipped} est ignoré : seuls les lexiques *.yaml sont lus "
              f"(renommez-le en {skipped.stem}.yaml)")
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    if not args.once:
        return cmd_worker(argparse.Namespace(**{**vars(args), "beat": True, "concurrency": None}))
    from worker.run_once import run_once

    runtime = _runtime(args)
    summary = run_once(runtime, progress=_say)
    print(summary.describe())
    return EXIT_OK if summary.failed == 0 else EXIT_FAILED


def cmd_digest(args: argparse.Namespace) -> int:
    from worker.digest import service

    runtime = _runtime(args)
    now = datetime.now(UTC)
    keys = service.list_keys(runtime.config)
    if args.route and service.ROUTE_PREFIX + args.route not in keys:
        _say(f"Route inconnue : {args.route!r} (connues : "
             f"{', '.join(r.id for r in runtime.config.digest.routes) or 'aucune'}).")
        return EXIT_CONFIG
    key = service.ROUTE_PREFIX + args.route if args.route else service.MAIN_LIST
    if args.dry_run:
        return _preview_digest(runtime, args.out, key, now)
    if not args.now:
        _say("Préciser --now (envoyer maintenant) ou --dry-run --out FICHIER.html.")
        return EXIT_CONFIG
    settings = runtime.settings
    if args.route:
        results = service.send_lists(runtime.sessions, runtime.config, settings.smtp_url,
                                     settings.outbox, now, [key])
    else:
        results = service.send_all_digests(runtime.sessions, runtime.config, settings.smtp_url,
                                           settings.outbox, now)
    failed = False
    for list_key, result in results:
        if isinstance(result, DeliveryError):
            _say(f"Échec de l'envoi du condensé ({list_key}) : {result}")
            failed = True
        else:
            print(_describe_digest(result))
    return EXIT_FAILED if failed else EXIT_OK


def _preview_digest(runtime: Runtime, out_arg: str | None, list_key: str, now: datetime) -> int:
    from worker.digest import service

    digest, rendered = service.preview_digest(runtime.sessions, runtime.config, now, list_key)
    out = Path(out_arg or runtime.settings.data_dir / "digest-apercu.html")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(rendered.html, encoding="utf-8")
    print(f"Aperçu écrit (rien n'a été envoyé) : {out}")
    print(f"  liste : {list_key}")
    print(f"  objet : {rendered.subject}")
    print(f"  éléments : {len(digest.entries)}")
    return EXIT_OK


def _describe_digest(outcome: DigestOutcome) -> str:
    where = f"Condensé du {outcome.period} ({outcome.list_key})"
    messages = {
        "sent": f"{where} envoyé ({outcome.entries} élément(s)) : {outcome.where}",
        "empty": f"{where} : rien à signaler, aucun envoi "
                 + ("(une route n'envoie rien quand rien ne la concerne)."
                    if outcome.list_key != "main" else "(send_when_empty: false)."),
        "already_done": f"{where} déjà envoyé (ou sans objet) : rien de plus à faire.",
        "removed": f"{where} : liste absente de la configuration, ignorée.",
    }
    return messages[outcome.status]


def cmd_classify(args: argparse.Namespace) -> int:
    from worker.classify_cli import classify_stream

    runtime = _runtime(args)
    errors = classify_stream(sys.stdin, sys.stdout, runtime.analyser, _say)
    return EXIT_FAILED if errors else EXIT_OK


def _existing_file(name: str) -> Path | None:
    """``name`` as a path if it is a file; otherwise None, after saying so (French)."""
    path = Path(name)
    if path.is_file():
        return path
    _say(f"Fichier introuvable : {path}")
    return None


def cmd_eval(args: argparse.Namespace) -> int:
    from worker.classify_cli import evaluate_file

    runtime = _runtime(args)
    path = _existing_file(args.file)
    if path is None:
        return EXIT_CONFIG
    extra: tuple[Scorer, ...] = ()
    if args.case_model:
        from worker.case_model import load_learned_scorer

        scorer = load_learned_scorer(Path(args.case_model))
        if scorer is None:
            _say(f"Modèle introuvable, illisible ou fait avec une autre version de "
                 f"scikit-learn : {args.case_model}")
            return EXIT_CONFIG
        extra = (scorer,)
    print(evaluate_file(path, runtime.analyser, split=args.split,
                        use_matcher=args.use_matcher or args.local, extra_scorers=extra,
                        local=args.local))
    return EXIT_OK


def cmd_worker(args: argparse.Namespace) -> int:
    runtime = _runtime(args)
    runtime.config  # noqa: B018 - fail now, in French, rather than in every task
    runtime.engine.dispose()  # migrated; children open their own connections
    from worker.celery_app import app

    argv = ["worker", "--loglevel=INFO"]
    if getattr(args, "beat", False):
        argv.append("--beat")
    if getattr(args, "concurrency", None):
        argv.append(f"--concurrency={args.concurrency}")
    app.worker_main(argv)
    return EXIT_OK


def cmd_beat(args: argparse.Namespace) -> int:
    runtime = _runtime(args)
    runtime.config  # noqa: B018
    runtime.settings.data_dir.mkdir(parents=True, exist_ok=True)
    from worker.celery_app import app

    app.start(["beat", "--loglevel=INFO"])
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from worker.demo import run_demo

    path = run_demo(Path(args.config or os.environ.get("VEILLE_CONFIG") or "config/veille.yaml"),
                    Path(args.out), progress=_say)
    print(f"Condensé de démonstration écrit : {path}")
    return EXIT_OK


def cmd_connectors(args: argparse.Namespace) -> int:
    from worker.source_probe import describe_connectors

    for line in describe_connectors():
        print(line)
    return EXIT_OK


def cmd_source_test(args: argparse.Namespace) -> int:
    from connectors import registry
    from worker.config import SourceConfig
    from worker.errors import SourceError
    from worker.source_probe import describe_probed, probe

    runtime = _runtime(args)
    if args.source_id:
        try:
            source = runtime.config.source(args.source_id)
        except KeyError:
            _say(f"Source inconnue : {args.source_id!r} (voir sources: dans la configuration)")
            return EXIT_CONFIG
    elif args.connector:
        bad = [option for option in args.option if "=" not in option]
        if bad:
            _say(f"Option mal écrite : {bad[0]!r} (attendu : clé=valeur)")
            return EXIT_CONFIG
        options = dict(option.split("=", 1) for option in args.option)
        if args.url:
            options["url"] = args.url
        source = SourceConfig.model_validate(
            {"id": "essai", "connector": args.connector,
             "allow_private_network": args.allow_private_network, **options})
        if args.connector not in registry.available():
            _say(f"Connecteur inconnu : {args.connector!r} (voir « veille connectors list »)")
            return EXIT_CONFIG
    else:
        _say("Préciser SOURCE_ID, ou --connector (avec --url / --option clé=valeur).")
        return EXIT_CONFIG
    try:
        items = probe(source, runtime.http, runtime.analyser)
    except SourceError as exc:
        _say(f"Échec de la source {source.id} : {exc}")
        return EXIT_FAILED
    names = {e.id: e.name for e in runtime.config.watched}
    for line in describe_probed(items, names):
        print(line)
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    from worker.doctor import format_table, run_checks

    runtime = Runtime(load_settings(config=args.config))
    checks = []
    for check in run_checks(runtime, with_sources=not args.no_sources):
        checks.append(check)
        _say(f"… {check.name} : {'ok' if check.ok else 'échec'}")
    print(format_table(checks, args.lang))
    return EXIT_OK if all(c.ok for c in checks) else EXIT_FAILED


def cmd_export(args: argparse.Namespace) -> int:
    from worker.store import privacy

    runtime = _runtime(args)
    with runtime.sessions() as session:
        ids = [args.item] if args.item is not None else privacy.item_ids_by_author(
            session, args.author)
        found = [e for i in ids if (e := privacy.export_item(session, i)) is not None]
        exceptions = privacy.author_exceptions(session, args.author) if args.author else []
    if not found and not exceptions:
        _say("Aucun élément trouvé.")
        return EXIT_FAILED
    if args.author:
        print(json.dumps({"items": found, "author_exceptions": exceptions},
                         ensure_ascii=False, indent=2))
    else:
        print(json.dumps(found[0], ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from worker.store import privacy

    runtime = _runtime(args)
    with runtime.sessions() as session:
        ids = [args.item] if args.item is not None else privacy.item_ids_by_author(
            session, args.author)
        exceptions = privacy.author_exceptions(session, args.author) if args.author else []
        if not ids and not exceptions:
            print("Aucun élément à effacer.")
            return EXIT_OK
        if not args.yes:
            _say(f"{len(ids)} élément(s) seraient effacés (ids : {', '.join(map(str, ids))})"
                 + (f" et {len(exceptions)} exception(s) d'auteur supprimée(s)"
                    if exceptions else "") + ". Relancer avec --yes pour confirmer.")
            return EXIT_FAILED
        erased = privacy.erase_items(session, ids, datetime.now(UTC))
        removed = privacy.erase_author_exceptions(session, args.author) if args.author else 0
    print(f"{erased} élément(s) effacé(s) : titre, texte, auteur, preuves et notes des "
          "réviseurs supprimés." + (f" {removed} exception(s) d'auteur supprimée(s)."
                                    if removed else ""))
    return EXIT_OK


def cmd_metrics(args: argparse.Namespace) -> int:
    from worker.metrics import serve

    runtime = _runtime(args)
    _say(f"Métriques Prometheus sur http://{args.host}:{args.port}/metrics")
    serve(runtime, args.host, args.port)
    return EXIT_OK


def _new_password(args: argparse.Namespace) -> str | None:
    """The password from stdin's first line (``--password-stdin``), else typed twice."""
    from getpass import getpass

    from worker.review.auth import password_problem

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass("Mot de passe : ")
        if getpass("Le même, encore une fois : ") != password:
            _say("Les deux mots de passe diffèrent.")
            return None
    problem = password_problem(password)
    if problem:
        _say(problem)
        return None
    return password


def cmd_users(args: argparse.Namespace) -> int:
    from worker.review.auth import hash_password
    from worker.store import reviews

    runtime = _runtime(args)
    if args.action != "list" and not args.email:
        _say(f"Préciser l'adresse : veille users {args.action} ADRESSE")
        return EXIT_CONFIG
    with runtime.sessions() as session:
        if args.action == "list":
            users = reviews.list_users(session)
            for user in users:
                print(f"{user.email}  (créé le {user.created_at:%Y-%m-%d})")
            if not users:
                print("Aucun compte. En créer un : veille users add ADRESSE")
            return EXIT_OK
        if args.action == "remove":
            if not reviews.remove_user(session, args.email):
                _say(f"Aucun compte pour {args.email}.")
                return EXIT_FAILED
            print(f"Compte supprimé : {reviews.normalise_email(args.email)} "
                  "(ses décisions restent dans l'historique).")
            return EXIT_OK
        if args.action == "password" and reviews.find_user(session, args.email) is None:
            _say(f"Aucun compte pour {args.email}.")
            return EXIT_FAILED
        password = _new_password(args)
        if password is None:
            return EXIT_FAILED
        if args.action == "password":
            reviews.set_password_hash(session, args.email, hash_password(password))
            print(f"Mot de passe changé : {reviews.normalise_email(args.email)} "
                  "(ses sessions ouvertes sont fermées).")
            return EXIT_OK
        try:
            user = reviews.add_user(session, args.email, hash_password(password),
                                    datetime.now(UTC))
        except reviews.ReviewError as exc:
            _say(str(exc))
            return EXIT_FAILED
        print(f"Compte créé : {user.email}")
        return EXIT_OK


def cmd_web(args: argparse.Namespace) -> int:
    from worker.review.serve import build_app, serve
    from worker.review.settings import ReviewConfigError, load_review_settings

    try:
        settings = load_review_settings()
    except ReviewConfigError as exc:
        _say(str(exc))
        return EXIT_CONFIG
    runtime = _runtime(args)
    runtime.config  # noqa: B018 - fail now, in French, rather than on the first page
    app = build_app(runtime, settings)
    _say(f"Site de révision sur http://{args.host}:{args.port}/ (Ctrl-C pour arrêter)")
    if not settings.base_url:
        _say("VEILLE_REVIEW_URL n'est pas défini : le condensé ne contiendra pas de liens "
             "vers le site.")
    serve(app, args.host, args.port)
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    if args.cases:
        return _train_cases(args)
    from worker.charter.classify import classify
    from worker.charter.model import Document
    from worker.training import (
        TrainingError,
        decisions_from_store,
        model_dir,
        save_model,
        train,
    )

    runtime = _runtime(args)
    analyser = runtime.analyser

    def rules_flag(document: Document) -> bool:
        return classify(document, analyser.charter, analyser.min_score,
                        analyser.thresholds).flagged

    with runtime.sessions() as session:
        decisions = decisions_from_store(session)
    try:
        pipeline, report = train(decisions, rules_flag, datetime.now(UTC),
                                 test_size=args.test_size, seed=args.seed)
    except TrainingError as exc:
        _say(str(exc))
        return EXIT_FAILED
    path = save_model(model_dir(runtime.settings.data_dir), pipeline, report)
    print(report.describe())
    print(f"Modèle enregistré : {path}")
    return EXIT_OK


def _train_cases(args: argparse.Namespace) -> int:
    """``veille train --cases FILE``: the case model, from the file's dev split only."""
    from worker.case_model import cases_fingerprint, dev_cases, save_case_model
    from worker.charter.classify import classify_with
    from worker.charter.learned import train_case_model
    from worker.charter.lexicon import load_charter
    from worker.charter.names import watched_names
    from worker.charter.rules import RuleScorer
    from worker.config import lexicons_dir, load_config
    from worker.training import model_dir

    runtime = _runtime(args)
    path = _existing_file(args.cases)
    if path is None:
        return EXIT_CONFIG
    dev = dev_cases([path])
    if not dev:
        _say(f"Aucun cas « dev » dans {path} : rien à apprendre.")
        return EXIT_FAILED
    # The rules alone (not runtime.analyser: it would load, or train, the model first).
    config = load_config(runtime.settings.config_path)
    classification = config.classification
    rules = [RuleScorer(load_charter(lexicons_dir(runtime.settings.config_path, config),
                                     config.organisation.public_contacts))]
    _say(f"Apprentissage sur {len(dev)} cas (environ une minute)…")
    names = watched_names(config)
    model, report = train_case_model(
        dev, folds=args.folds, max_iter=args.max_iter,
        rules_flagged=lambda document: classify_with(
            document, rules, classification.min_score, classification.thresholds).flagged,
        masked_names=names)
    if not model.heads:
        _say("Pas assez de cas étiquetés pour apprendre une seule catégorie.")
        return EXIT_FAILED
    saved = save_case_model(model_dir(runtime.settings.data_dir), model, report,
                            datetime.now(UTC).isoformat(), cases_fingerprint([path], names))
    print(report.describe())
    print(f"Modèle enregistré : {saved}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="veille", description="Veille des médias sociaux du CSSCV.")
    parser.add_argument("--verbose", "-v", action="store_true", help="journal détaillé")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str
            ) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.add_argument("--config", help="fichier de configuration "
                             "(défaut : $VEILLE_CONFIG, sinon config/veille.yaml)")
        command.set_defaults(handler=handler)
        return command

    add("check-config", cmd_check_config, "valider la configuration")
    run = add("run", cmd_run, "interroger les sources (--once : une seule fois)")
    run.add_argument("--once", action="store_true", help="une passe sur chaque source, puis fin")
    digest = add("digest", cmd_digest, "construire et envoyer le condensé")
    digest.add_argument("--now", action="store_true", help="envoyer maintenant")
    digest.add_argument("--dry-run", action="store_true", help="écrire au lieu d'envoyer")
    digest.add_argument("--out", help="fichier HTML de l'aperçu (avec --dry-run)")
    digest.add_argument("--route", help="seulement la liste de cette route (id dans "
                        "digest.routes) ; par défaut, --now envoie toutes les listes et "
                        "--dry-run montre la liste principale")
    add("classify", cmd_classify, "classer des éléments JSON Lines (entrée standard)")
    evaluate = add("eval", cmd_eval, "mesurer le classement sur un jeu étiqueté JSON Lines")
    evaluate.add_argument("file", help="fichier .jsonl étiqueté")
    evaluate.add_argument("--split", help="ne garder qu'une partie (dev ou heldout)")
    evaluate.add_argument("--use-matcher", action="store_true",
                          help="décider des mentions avec les entités de la configuration "
                          "plutôt qu'avec le champ « mentions » du jeu")
    evaluate.add_argument("--local", action="store_true",
                          help="comme --use-matcher, chaque cas lu comme venant d'une source "
                          "locale (local: true : les noms d'écoles comptent sans leur ville)")
    evaluate.add_argument("--case-model", metavar="CHEMIN",
                          help="ajouter aux règles le modèle appris des cas (fichier "
                          "case-model.joblib ou son dossier)")
    worker = add("worker", cmd_worker, "démarrer le worker Celery")
    worker.add_argument("--beat", action="store_true", help="avec le planificateur intégré")
    worker.add_argument("--concurrency", type=int, help="nombre de processus")
    add("beat", cmd_beat, "démarrer le planificateur Celery beat")
    connectors = add("connectors", cmd_connectors, "connecteurs disponibles")
    connectors.add_argument("action", choices=["list"], help="list : lister les connecteurs")
    source = add("source", cmd_source_test,
                 "essayer une source sans rien enregistrer : source test SOURCE_ID")
    source.add_argument("action", choices=["test"], help="test : une récupération d'essai")
    source.add_argument("source_id", nargs="?", help="identifiant de la source dans la config")
    source.add_argument("--connector", help="essayer un connecteur hors configuration")
    source.add_argument("--url", help="adresse (option url du connecteur)")
    source.add_argument("--option", action="append", default=[], metavar="CLÉ=VALEUR",
                        help="autre option du connecteur (répétable)")
    source.add_argument("--allow-private-network", action="store_true",
                        help="permettre une adresse interne ou locale")
    doctor = add("doctor", cmd_doctor,
                 "vérifier configuration, base, courtier, SMTP et chaque source")
    doctor.add_argument("--lang", choices=["fr", "en"], default="fr", help="langue du tableau")
    doctor.add_argument("--no-sources", action="store_true", help="ne pas essayer les sources")
    for name, handler, text in (
        ("export", cmd_export, "tout ce qui est conservé sur un élément ou un auteur (JSON)"),
        ("purge", cmd_purge, "effacer un élément ou tous ceux d'un auteur (demande Loi 25)"),
    ):
        command = add(name, handler, text)
        target = command.add_mutually_exclusive_group(required=True)
        target.add_argument("--item", type=int, help="identifiant de l'élément")
        target.add_argument("--author", help="nom de l'auteur, tel que publié")
        if name == "purge":
            command.add_argument("--yes", action="store_true", help="confirmer l'effacement")
    metrics = add("metrics", cmd_metrics, "servir les métriques Prometheus")
    metrics.add_argument("--host", default="127.0.0.1", help="adresse d'écoute")
    metrics.add_argument("--port", type=int, default=9808, help="port (défaut : 9808)")
    users = add("users", cmd_users, "comptes du site de révision (add, list, remove, password)")
    users.add_argument("action", choices=["add", "list", "remove", "password"],
                       help="add : créer ; list : lister ; remove : supprimer ; "
                       "password : changer le mot de passe")
    users.add_argument("email", nargs="?", help="adresse courriel du compte")
    users.add_argument("--password-stdin", action="store_true",
                       help="lire le mot de passe sur l'entrée standard (scripts)")
    web = add("web", cmd_web, "servir le site de révision (exige VEILLE_SECRET_KEY)")
    web.add_argument("--host", default="127.0.0.1", help="adresse d'écoute")
    web.add_argument("--port", type=int, default=8080, help="port (défaut : 8080)")
    train = add("train", cmd_train,
                "apprendre des décisions de l'équipe et comparer aux règles seules")
    train.add_argument("--test-size", type=float, default=0.25,
                       help="part des décisions mise de côté pour l'évaluation (défaut : 0.25)")
    train.add_argument("--seed", type=int, default=0, help="graine du tirage (défaut : 0)")
    train.add_argument("--cases", metavar="FICHIER.jsonl",
                       help="apprendre plutôt des cas étiquetés de ce fichier (partie dev "
                       "seulement) un modèle qui s'ajoute aux règles")
    train.add_argument("--folds", type=int, default=5,
                       help="avec --cases : parts de la validation croisée (défaut : 5)")
    train.add_argument("--max-iter", type=int, default=2000, help=argparse.SUPPRESS)
    demo = add("demo", cmd_demo, "démonstration complète sur des flux d'exemple locaux")
    demo.add_argument("--out", default="var/demo", help="dossier de sortie (défaut : var/demo)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    level = os.environ.get("VEILLE_LOG_LEVEL", "DEBUG" if args.verbose else "WARNING").upper()
    configure_logging(getattr(logging, level, logging.WARNING))
    try:
        return int(args.handler(args))
    except ConfigError as exc:
        _say(str(exc))
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
