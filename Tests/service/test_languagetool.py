"""LanguageTool's own Python client, `language_tool_python`, pointed at the running server."""
import language_tool_python
import pytest
import requests

TEXT = "Thumbs up 👍 from the councl, and 🎉 the vote passed.\n"


@pytest.fixture(scope="module")
def tool(server):
    with language_tool_python.LanguageTool("en-US", remote_server=server.url) as lt:
        yield lt


def test_misspelling_after_emoji_has_the_right_offset_length_and_replacement(tool):
    matches = [m for m in tool.check(TEXT) if m.rule_id == "spelling.misspelling"]
    assert len(matches) == 1, matches
    match = matches[0]
    # The client turns UTF-16 offsets into code points: right only if the server counted the emoji as 2 units.
    assert TEXT[match.offset:match.offset + match.error_length] == "councl"
    assert match.replacements[0] == "council"
    assert match.category == "TYPOS"
    assert match.rule_issue_type == "misspelling"
    # The client leaves the context's offset as sent: UTF-16 units, as LanguageTool's (Java) server counts them.
    context = match.context.encode("utf-16-le")
    assert context[2 * match.offset_in_context:2 * (match.offset_in_context + match.error_length)].decode("utf-16-le") == "councl"


def test_correct_applies_the_first_replacement(tool):
    assert tool.correct(TEXT) == TEXT.replace("councl", "council")


def test_disabled_rules_are_not_reported(server):
    with language_tool_python.LanguageTool("en-US", remote_server=server.url) as lt:
        lt.disabled_rules = {"spelling.misspelling"}
        assert [m for m in lt.check(TEXT) if m.rule_id == "spelling.misspelling"] == []
        lt.disabled_rules = set()
        assert [m.rule_id for m in lt.check(TEXT)].count("spelling.misspelling") == 1


def test_british_dictionary(server):
    text = "The colour of the harbour at dusk was rmarkable.\n"
    with language_tool_python.LanguageTool("en-GB", remote_server=server.url) as lt:
        ids = [(m.rule_id, text[m.offset:m.offset + m.error_length]) for m in lt.check(text)]
    assert ids == [("spelling.misspelling", "rmarkable")]


def test_languages_lists_the_open_dictionaries(server):
    entries = requests.get(server.url + "/v2/languages", timeout=10).json()
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in entries
    assert {e["longCode"] for e in entries} >= {"en-US", "en-GB"}


def test_annotated_data_skips_markup_and_keeps_whole_text_offsets(server):
    import json
    parts = [{"text": "A "}, {"markup": "<b data-x=\"councl\">"}, {"text": "😀 councl"}, {"markup": "</b>", "interpretAs": ""},
             {"text": " met."}]
    whole = "".join(p.get("text", p.get("markup", "")) for p in parts)
    body = requests.post(server.url + "/v2/check", data={"data": json.dumps({"annotation": parts}), "language": "en-US"},
                         timeout=30).json()
    spelled = [m for m in body["matches"] if m["rule"]["id"] == "spelling.misspelling"]
    assert len(spelled) == 1, body
    units = whole.encode("utf-16-le")
    m = spelled[0]
    assert units[2 * m["offset"]:2 * (m["offset"] + m["length"])].decode("utf-16-le") == "councl"
    # The word in the text part, not the same letters inside the markup.
    assert m["offset"] == len(("A " + parts[1]["markup"] + "😀 ").encode("utf-16-le")) // 2


def test_categories_let_a_client_hide_a_family(server):
    text = "The committee utilized the hall in order to facilitate the commencement of proceedings.\n"
    picky = requests.post(server.url + "/v2/check", data={"text": text, "language": "en-US", "level": "picky"}, timeout=30).json()
    categories = {m["rule"]["category"]["id"] for m in picky["matches"]}
    assert "COPYDESK_READABILITY" in categories, picky
    hidden = requests.post(server.url + "/v2/check", data={"text": text, "language": "en-US", "level": "picky",
                                                          "disabledCategories": "COPYDESK_READABILITY"}, timeout=30).json()
    assert all(m["rule"]["category"]["id"] != "COPYDESK_READABILITY" for m in hidden["matches"])


def test_unknown_language_is_400(server):
    r = requests.post(server.url + "/v2/check", data={"text": "x", "language": "xx-YY"}, timeout=10)
    assert r.status_code == 400 and r.json()["error"]["code"] == "unsupported_language"
