"""`careerbot ask` and `careerbot compare` on the full bundled catalog: the JSON the issue
promises, a clarify for a comparison naming one career, and no traceback for any input."""

from __future__ import annotations

import json
from typing import Any

import pytest

from careerbot import cli
from careerbot.careers.catalog import bundled_files, read_catalog_file
from careerbot.careers.criteria import NAMES
from careerbot.dialogue.codec import MAX_CALLBACK_BYTES, decode

ROUTING, MIDDLEWARE = "ai-model-routing-engineer", "ai-middleware-engineer"


def ask(capsys: pytest.CaptureFixture[str], message: str) -> tuple[int, dict[str, Any]]:
    code = cli.main(["ask", message, "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert "failed" not in err, err
    assert err.count("\n") == (code != 0)  # a failure is one line on stderr
    result: dict[str, Any] = json.loads(out)
    return code, result


def test_ask_compare_json_has_the_promised_shape(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, reply = ask(capsys, "modle routng vs midleware")
    assert code == 0
    assert reply["intent"] == "compare"
    assert reply["careers"] == [ROUTING, MIDDLEWARE]
    assert "AI Model Routing Engineer vs AI Middleware Engineer" in reply["text"]
    comparison = reply["comparison"]
    assert set(comparison["attributes"]) == set(NAMES)
    for attribute in comparison["attributes"].values():
        assert {"a", "b", "better"} <= set(attribute)
    assert {"a_only", "shared", "b_only"} <= set(comparison)
    for row in reply["buttons"]:
        for button in row:
            assert set(button) in ({"text", "callback_data"}, {"text", "url"})
            if "callback_data" in button:
                assert len(button["callback_data"].encode()) <= MAX_CALLBACK_BYTES
                assert decode(button["callback_data"]) is not None


def test_compare_prints_the_card_for_the_issues_example(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["compare", "modle routng", "middleware"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("AI Model Routing Engineer vs AI Middleware Engineer")
    assert "$135k–210k" in out
    assert "$120k–210k" in out
    assert "Medium ★" in out


def test_a_comparison_naming_one_career_asks_for_the_second_with_buttons(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, reply = ask(capsys, "compare AI Model Routing Engineer with")
    assert code == 3  # a choice to make, printed as the commands that make it
    assert reply["intent"] == "clarify"
    assert reply["careers"] == [ROUTING]
    offered = [decode(b["callback_data"]) for row in reply["buttons"] for b in row]
    assert any(action is not None and type(action).__name__ == "Compare" for action in offered)
    assert len(offered) > 2
    assert len(reply["choices"]) > 2
    assert all(
        c.startswith("careerbot compare 'AI Model Routing Engineer' ") for c in reply["choices"]
    )


@pytest.mark.parametrize(
    "message",
    [
        "xyzzy plover",
        "<script>alert(1)</script>",
        "'; DROP TABLE careers; --",
        "\u200b\u200b\u200b",
        "vs",
        "x" * 4096,
    ],
)
def test_ask_never_fails_on_hostile_input(
    cli_database: str, capsys: pytest.CaptureFixture[str], message: str
) -> None:
    code, reply = ask(capsys, message)
    assert reply["intent"] in {"clarify", "unknown", "help", "profile", "list"}
    # nothing found or not understood: 1; a question back: 3 with its choices, else 2
    expected = {"unknown": 1, "help": 1, "clarify": 3 if reply.get("choices") else 2}
    assert code == expected.get(reply["intent"], 0)


def test_list_shows_every_bundled_career(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["list"]) == 0
    out = capsys.readouterr().out
    slugs = [c.slug for path in bundled_files() for c in read_catalog_file(path).careers]
    assert [line.split()[0] for line in out.splitlines()] == slugs


def test_ask_has_no_memory_unless_given_a_chat(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ask(capsys, "routing vs middleware")
    _, alone = ask(capsys, "swap")
    assert alone["intent"] == "help"  # a new process, one message: nothing to swap
    replies = []
    for message in ("routing vs middleware", "swap"):
        assert cli.main(["ask", message, "--json", "--chat", "7"]) == 0
        replies.append(json.loads(capsys.readouterr().out))
    assert replies[1]["careers"] == [MIDDLEWARE, ROUTING]


@pytest.mark.parametrize(
    ("message", "key", "value"),
    [
        ("how much do electricians make", "focus", "salary"),
        ("which AI career pays the most", "scope", ["ai"]),
        ("good tech jobs with no night shifts", "not_judged", ["night shifts"]),
    ],
)
def test_ask_json_says_what_was_understood(
    cli_database: str, capsys: pytest.CaptureFixture[str], message: str, key: str, value: object
) -> None:
    _, reply = ask(capsys, message)
    assert reply[key] == value


def test_roadmap_from_the_command_line(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["roadmap", "cashier", "registered nurse", "--json"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["intent"] == "roadmap"
    assert reply["careers"] == ["cashiers", "registered-nurses"]
    plan = reply["roadmap"]
    assert plan["months"] == [48, 48]  # a bachelor's: four years
    assert plan["stepping_stones"] == []  # no route is quicker than the degree itself
    assert all(step["text"] and step["source"] for step in plan["steps"])
    assert cli.main(["roadmap", "a", "b", "c"]) == 2


def test_the_guided_profile_goes_on_in_an_ask_conversation(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "what should I do with my life" in ``ask --chat``: the question and each answer as a
    command that continues the conversation (exit 3), answers read as typed, and at the end
    the shortlist; without ``--chat`` it says how to answer it."""
    assert cli.main(["ask", "what should i do with my life", "--chat", "77"]) == 3
    err = capsys.readouterr().err
    assert "Question 1 of 10." in err
    assert "careerbot ask --chat 77 1   # 👍 I'd enjoy it" in err
    assert "careerbot ask --chat 77 'Show my matches now'" in err
    assert cli.main(["ask", "1", "--chat", "77"]) == 3
    assert "Question 2 of 10." in capsys.readouterr().err
    assert cli.main(["ask", "Show my matches now", "--chat", "77"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Careers that fit you")
    assert "you like building and making things" in out
    assert cli.main(["ask", "what should i do with my life"]) == 2
    assert "careerbot ask --chat ID" in capsys.readouterr().err


def test_a_three_way_card_prints_the_other_kinds_its_note_promises(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "other kinds below" is kept on the command line too: each kind as a command."""
    assert cli.main(["ask", "compare nurse, doctor and paramedic"]) == 0
    out = capsys.readouterr().out
    assert "other kinds below" in out
    kinds = out.split("Other kinds:", 1)[1]
    assert "careerbot ask 'General Internal Medicine Physicians'" in kinds


def test_a_choice_in_an_ask_conversation_is_the_message_that_goes_on_in_it(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """In ``ask --chat``, the choices a question offers are messages of that conversation
    (not one-shot commands), and sending one answers as the button would; a comparison's
    "whole card" is asked for in the same conversation."""
    assert cli.main(["ask", "tattoo artist", "--chat", "78"]) == 3
    err = capsys.readouterr().err
    assert "Answer with one of:" in err
    assert "careerbot ask --chat 78 'Craft Artists'" in err
    assert "careerbot ask 'Craft Artists'" not in err
    assert cli.main(["ask", "Craft Artists", "--chat", "78"]) == 0
    assert capsys.readouterr().out.startswith("Craft Artists")
    assert cli.main(["ask", "nurse or electrician", "--chat", "78"]) == 0
    out = capsys.readouterr().out
    assert "The whole card: careerbot ask --chat 78 'the full comparison'" in out
    assert cli.main(["ask", "the full comparison", "--chat", "78"]) == 0
    assert "Choose Registered Nurses if you" in capsys.readouterr().out
