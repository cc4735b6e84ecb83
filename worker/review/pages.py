"""The pages: the list of flagged items, an item (signed in, or through a signed link), the
decisions, the exceptions and the history. Decisions and exceptions need a signed-in
person: a signed link only lets its holder read, since a forwarded email must not let
anyone decide in the team's name."""

from __future__ import annotations

from datetime import timedelta
from math import ceil

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from worker.charter.categories import CATEGORIES
from worker.review.app import current_user, db, site
from worker.review.exceptions import KINDS
from worker.review.links import LinkError, read_item_token
from worker.review.present import item_view, page_number, parse_filters
from worker.store import reviews

blueprint = Blueprint("pages", __name__)
PAGE_SIZE = 50


def _user_email() -> str:
    user = current_user()
    assert user is not None  # the login guard ran before every view below
    return user.email


@blueprint.route("/")
def home() -> ResponseReturnValue:
    return redirect(url_for("pages.item_list"))


@blueprint.route("/elements")
def item_list() -> ResponseReturnValue:
    catalog = site().catalog()
    filters = parse_filters(request.args, catalog)
    page = page_number(request.args.get("page"))
    rows, total = reviews.list_flagged(db(), filters, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    query = {k: v for k, v in request.args.items() if k != "page" and v}
    return render_template(
        "list.html", rows=rows, total=total, page=page, pages=max(1, ceil(total / PAGE_SIZE)),
        args=request.args, query=query, entities=catalog.entities, categories=CATEGORIES,
        unreviewed=reviews.UNREVIEWED)


def _item_page(item_id: int, via_link: bool) -> ResponseReturnValue:
    found = reviews.flagged_item(db(), item_id)
    if found is None:
        abort(404)
    item, source_name = found
    status = reviews.current_statuses(db(), [item_id]).get(item_id)
    return render_template(
        "item.html", item=item_view(item, source_name, site().catalog()), via_link=via_link,
        status=status, history=reviews.history(db(), item_id), kinds=KINDS)


@blueprint.route("/elements/<int:item_id>")
def item_page(item_id: int) -> ResponseReturnValue:
    return _item_page(item_id, via_link=False)


@blueprint.route("/lien/<token>")
def signed_link(token: str) -> ResponseReturnValue:
    """The one page reachable without an account: the item its valid token names."""
    try:
        item_id = read_item_token(token, site().secret_key, site().clock(),
                                  timedelta(seconds=site().link_max_age_seconds))
    except LinkError as exc:
        return render_template("error.html", title="Lien refusé", message=str(exc),
                               login=True), 403
    if current_user() is not None:
        return redirect(url_for("pages.item_page", item_id=item_id))
    return _item_page(item_id, via_link=True)


@blueprint.route("/lien/")
def missing_link() -> ResponseReturnValue:
    return render_template("error.html", title="Lien refusé", login=True,
                           message="Ce lien est incomplet : il n'ouvre aucun élément."), 403


@blueprint.route("/elements/<int:item_id>/decision", methods=["POST"])
def decide(item_id: int) -> ResponseReturnValue:
    status = request.form.get("statut", "")
    try:
        record = reviews.record_review(db(), item_id, status, request.form.get("note"),
                                       _user_email(), site().clock())
    except reviews.ReviewError as exc:
        flash(str(exc), "erreur")
        return redirect(url_for("pages.item_page", item_id=item_id), 303)
    flash(f"Décision enregistrée : {record.status_fr}.")
    return redirect(url_for("pages.item_page", item_id=item_id), 303)


@blueprint.route("/elements/<int:item_id>/exceptions", methods=["POST"])
def add_exception(item_id: int) -> ResponseReturnValue:
    found = reviews.flagged_item(db(), item_id)
    if found is None:
        abort(404)
    item, _name = found
    kind = request.form.get("type", "")
    # An author or source exception takes the item's own, not a value typed in the form.
    value = {"author": item.author or "", "source": item.source_id}.get(
        kind, request.form.get("valeur", ""))
    try:
        reviews.add_exception(db(), kind, value, request.form.get("contexte"), _user_email(),
                              site().clock(), from_item_id=item_id)
    except reviews.ReviewError as exc:
        flash(str(exc), "erreur")
    else:
        flash(f"Exception ajoutée ({KINDS[kind]} : {value}).")
    return redirect(url_for("pages.item_page", item_id=item_id), 303)


@blueprint.route("/exceptions")
def exception_list() -> ResponseReturnValue:
    show_removed = request.args.get("retirees") == "1"
    return render_template("exceptions.html", kinds=KINDS, show_removed=show_removed,
                           rules=reviews.exception_rules(db(), include_removed=show_removed))


@blueprint.route("/exceptions/<int:rule_id>/retirer", methods=["POST"])
def remove_exception(rule_id: int) -> ResponseReturnValue:
    if reviews.remove_exception(db(), rule_id, _user_email(), site().clock()):
        flash("Exception retirée : le classement l'ignore désormais.")
    else:
        flash("Cette exception était déjà retirée.", "erreur")
    return redirect(url_for("pages.exception_list"), 303)


@blueprint.route("/historique")
def decision_history() -> ResponseReturnValue:
    return render_template("history.html", rows=reviews.recent_reviews(db(), 200))
