"""Lines read as a whole: headlines in title case and "Name: what they said" lines."""

from __future__ import annotations

from spacy.tokens import Doc

from parley.attribution.grammar import (
    COLON_SOURCE_MAX_WORDS,
    DASHES,
    HEADLINE_MAX_WORDS,
    RUBRICS,
)
from parley.attribution.quotes import DOUBLE_OPEN, quote_at
from parley.attribution.spans import Found, _char_span, _is_title, _text, _tokens_in
from parley.nlp.syntax import tokens_tagged, tokens_with


class LineRules:
    """The rules that read a whole line."""

    def _headlines(self, doc: Doc) -> list[Found]:
        """A headline in title case, "Former Pollster Says Clinton Is In Trouble", "New Poll
        Shows Large Gap": the parser reads such lines poorly, so they are split at their first
        cue verb in the present tense, the words before it the source and after it the
        content."""
        out = []
        start = 0
        text = _text(doc)
        for line in text.split("\n"):
            words = line.split()
            end = start + len(line)
            if 3 <= len(words) <= HEADLINE_MAX_WORDS and _is_title(line):
                out += self._headline(doc, start, end)
            start = end + 1
        return out

    def _headline(self, doc: Doc, start: int, end: int) -> list[Found]:
        tokens = [t for t in _tokens_in(doc, start, end) if not t.is_space]
        for k, tok in enumerate(tokens[1:-1], start=1):
            word = tok.lower_
            if not (tok.is_title and word.endswith("s")):
                continue
            stems = (word[:-1], word[:-2])  # "says" -> "say", "pushes" -> "push"
            cls = next((self.lex.verb_class(st) for st in stems if self.lex.verb_class(st)), None)
            if cls not in ("speech", "evidence", "cognition"):
                continue
            source, content = tokens[:k], tokens[k + 1 :]
            while content and content[-1].is_punct:
                content.pop()
            if len(content) < 2 or any(t.is_punct and t.text not in ("'", "’") for t in source):
                return []
            return [
                Found(
                    cue=[_char_span([tok])],
                    content=[_char_span(content)],
                    source=_char_span(source),
                    cls=cls,
                )
            ]
        return []

    def _colon_lines(self, doc: Doc, quotes) -> list[Found]:
        """Headline and interview style "Name: what they said", "Q: ...", "A: ...": a short
        name (or a word in capitals) before a colon at the start of a line, and the rest of
        the line as content."""
        out = []
        # words the tagger reads as names somewhere in the article: a headline's "Carson:"
        # tagged a common noun is still the Carson of "Ben Carson said"
        names = {t.lower_ for t in tokens_tagged(doc, "PROPN")}
        for tok in tokens_with(doc, "ORTH", frozenset({":"})):
            if quote_at(quotes, tok.idx, tok.idx + 1):
                continue
            start = tok.i
            while (
                start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_
            ):
                start -= 1
            # "IOWA POLLS NOT WRONG - Mark Blumenthal: “S”": a heading before a dash is no
            # part of the name
            dashes = [t.i for t in doc[start : tok.i] if t.text in DASHES or t.text == "-"]
            if dashes and doc[dashes[-1]].whitespace_:
                start = dashes[-1] + 1
            head = doc[start : tok.i]
            opener = next((t.i for t in head[:2] if t.lower_ == "from"), None)
            if opener is not None and all(
                t.lower_ in ("more", "from") for t in head[: opener - start]
            ):
                # "More from Jones: “S”", "From the report: “S”": a roundup's quoted source
                head = doc[opener + 1 : tok.i]
            if not 1 <= len(head) <= COLON_SOURCE_MAX_WORDS:
                continue
            if not all(
                t.pos_ in ("PROPN", "NOUN", "DET", "PART", "CCONJ")  # "Blumenthal and Cohen:"
                or t.is_punct
                or (t.pos_ == "ADJ" and t.is_title)  # "Judicial Watch:"
                # a transcript's label, one word in capitals, whatever the tagger made of it
                # ("RUSU:" read as a verb)
                or (len(head) == 1 and t.is_upper and t.is_alpha)
                for t in head
            ):
                continue
            if not any(
                t.pos_ == "PROPN" or t.text.isupper() or (t.is_title and t.lower_ in names)
                for t in head
            ):
                continue
            end = tok.i + 1
            while end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_:
                end += 1
            rest = [t for t in doc[tok.i + 1 : end] if not t.is_space]
            if len(rest) < 3:
                continue
            content = _char_span(rest)
            # a rubric names no one: a quotation after it is the headline's, its speaker left
            # to be found (or not); anything else after it is a title, not a statement
            rubric = head.text.lower() in RUBRICS
            if rubric and rest[0].text[0] not in DOUBLE_OPEN:
                continue
            out.append(
                Found(
                    cue=[(tok.idx, tok.idx + 1)],
                    content=[content],
                    source=None if rubric else _char_span(list(head)),
                )
            )
        return _without_questions(out, _text(doc))


def _without_questions(lines: list[Found], text: str) -> list[Found]:
    """An interview's questions state nothing: the lines of a label most of whose lines end
    in a question mark ("Q: Will you raise that?", "KARIM: ... Will you send them?") are
    the interviewer's turns, not statements (what a question itself reports, "Myanmar says
    it is ready", is found by the other rules)."""
    asked: dict[str, list[bool]] = {}
    for line in lines:
        (start, end), label = line.content[0], _label(line, text)
        asked.setdefault(label, []).append(text[start:end].rstrip().endswith("?"))
    questioners = {label for label, marks in asked.items() if sum(marks) * 2 > len(marks)}
    return [line for line in lines if _label(line, text) not in questioners]


def _label(line: Found, text: str) -> str:
    start, end = line.source or (0, 0)
    return text[start:end].lower()
