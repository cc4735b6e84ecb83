"""Signing in and out. A failed login says nothing about which of the two fields was wrong."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from worker.review.app import current_user, db
from worker.review.auth import check_password, password_fingerprint
from worker.review.present import safe_next
from worker.store import reviews

blueprint = Blueprint("login", __name__)


@blueprint.route("/connexion", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    target = safe_next(request.values.get("suivant"), url_for("pages.item_list"))
    if request.method == "GET":
        if current_user() is not None:
            return redirect(target)
        return render_template("login.html", suivant=target)
    email = request.form.get("email", "")
    user = reviews.find_user(db(), email)
    if not check_password(user.password_hash if user else None,
                          request.form.get("password", "")):
        return render_template("login.html", suivant=target, email=email,
                               error="Adresse ou mot de passe incorrect."), 401
    assert user is not None
    session.clear()  # a fresh session (and CSRF token) for the signed-in person
    session.permanent = True
    session["uid"], session["pw"] = user.id, password_fingerprint(user.password_hash)
    return redirect(target)


@blueprint.route("/deconnexion", methods=["POST"])
def logout() -> ResponseReturnValue:
    session.clear()
    flash("Vous êtes déconnecté.")
    return redirect(url_for("login.login"))
