"""Passwords: hashed with scrypt (werkzeug), checked in constant time, never stored plain."""

from __future__ import annotations

import hashlib

from werkzeug.security import check_password_hash, generate_password_hash

MIN_PASSWORD_LENGTH = 12
# Checked when the address is unknown, so a wrong address takes as long as a wrong password
# (no way to learn which addresses have an account by timing the login).
_DUMMY_HASH = generate_password_hash("veille: no such user", method="scrypt")


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def check_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; with no hash (unknown user), always False, as slowly."""
    if password_hash is None:
        check_password_hash(_DUMMY_HASH, password)
        return False
    return check_password_hash(password_hash, password)


def password_problem(password: str) -> str | None:
    """Why a new password is refused (French), or None if it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Le mot de passe doit compter au moins {MIN_PASSWORD_LENGTH} caractères."
    if password.strip() != password:
        return "Le mot de passe ne doit pas commencer ni finir par une espace."
    return None


def password_fingerprint(password_hash: str) -> str:
    """A short digest of the hash, kept in the session: changing the password changes it,
    which signs out every session opened with the old one."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]
