"""Launch data is trusted only when signed for this bot as Telegram specifies, and recent.
The vectors are computed here from the specification, not with the module's own helpers."""

from __future__ import annotations

import hashlib
import hmac
import json
from urllib.parse import urlencode

import pytest

from careerbot.web.init_data import Launch, Rejected, check

TOKEN = "123456789:AAEhBP0av28fcHBjSdkxtC0ebNbWq0R8jvQ"
NOW = 1_760_000_000
DAY = 24 * 3600
USER = json.dumps({"id": 4242, "first_name": "Ada", "username": "ada"}, separators=(",", ":"))


def signed(fields: dict[str, str], token: str = TOKEN) -> str:
    """initData as Telegram builds it: the fields, and the hash of their sorted lines."""
    check_string = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()
    digest = hmac.new(secret, check_string.encode(), hashlib.sha256).hexdigest()
    return urlencode({**fields, "hash": digest})


FIELDS = {"query_id": "AAHdF6IQAAAAAN0XohDhrOrc", "user": USER, "auth_date": str(NOW - 60)}


def test_a_known_vector_signs_as_the_specification_says() -> None:
    # the same fields and token always give this hash; a change to the check would move it
    data = signed({"auth_date": "1760000000", "user": '{"id":1}'})
    assert data.endswith("hash=" + _hash('auth_date=1760000000\nuser={"id":1}'))


def _hash(check_string: str) -> str:
    secret = hmac.new(b"WebAppData", TOKEN.encode(), hashlib.sha256).digest()
    return hmac.new(secret, check_string.encode(), hashlib.sha256).hexdigest()


def test_valid_launch_data_is_read() -> None:
    launch = check(signed(FIELDS), TOKEN, NOW, DAY)
    assert launch == Launch(4242, NOW - 60, "AAHdF6IQAAAAAN0XohDhrOrc", None)


def test_every_field_but_the_hash_is_signed_signature_and_start_param_included() -> None:
    fields = {**FIELDS, "signature": "abc", "start_param": "electricians_registered-nurses"}
    launch = check(signed(fields), TOKEN, NOW, DAY)
    assert isinstance(launch, Launch)
    assert launch.start_param == "electricians_registered-nurses"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (None, "missing"),
        ("", "missing"),
        (urlencode(FIELDS), "malformed"),  # no hash
        ("%ff%fe=1&hash=00", "malformed"),
        (signed(FIELDS) + "&user=" + USER, "malformed"),  # a field given twice
        (signed(FIELDS).replace("4242", "4243"), "forged"),  # one field changed
        (signed({**FIELDS, "auth_date": str(NOW)}).replace(str(NOW), str(NOW - 1)), "forged"),
        (signed(FIELDS, token="987654321:AAEhBP0av28fcHBjSdkxtC0ebNbWq0R8jvQ"), "forged"),
        (signed(FIELDS) + "x", "forged"),
        (signed({**FIELDS, "auth_date": str(NOW - DAY - 1)}), "stale"),
        (signed({**FIELDS, "auth_date": str(NOW + 3600)}), "stale"),  # dated in the future
        (signed({**FIELDS, "user": "not json"}), "malformed"),
        (signed({**FIELDS, "user": '{"id":"4242"}'}), "malformed"),
        (signed({"auth_date": str(NOW)}), "malformed"),  # no user to send to
        (signed({**FIELDS, "auth_date": "yesterday"}), "malformed"),
        ("hash=" + "é" * 64, "forged"),
        ("a=" + "x" * 9000 + "&hash=00", "malformed"),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else repr(v),
)
def test_missing_forged_and_stale_launch_data_is_rejected(data: str | None, reason: str) -> None:
    assert check(data, TOKEN, NOW, DAY) == Rejected(reason)  # type: ignore[arg-type]


def test_the_allowed_age_is_a_setting() -> None:
    data = signed({**FIELDS, "auth_date": str(NOW - 3600)})
    assert isinstance(check(data, TOKEN, NOW, 7200), Launch)
    assert check(data, TOKEN, NOW, 600) == Rejected("stale")
