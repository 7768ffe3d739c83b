"""What every verb cue is read with: its lemma and class, its cue words, subject, channel and
content span, and quotations beside it ("“S,” X said", "He continued: “S”"). The verb-cue rule
itself, in named steps, is ``verb_cue.py``."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from parley.attribution.clauses import (
    _is_participle_modifier,
    _main_verb_on_subject,
    _prepositional,
    _reported_clauses,
)
from parley.attribution.grammar import (
    CHANNEL_MODIFIERS,
    INHERIT,
    JOINED_REPORT_MAX_STEPS,
    OBJ,
    PARATAXIS,
    TRAILING_SPEAKER_MAX_WORDS,
)
from parley.attribution.spans import (
    Found,
    _char_span,
    _is_title,
    _overlaps,
    _subtree_span,
    _text,
    _tokens_in,
    _words,
)
from parley.attribution.speakers import (
    _phrase_span,
)
from parley.attribution.word_order import (
    _compound_subject,
    _just_before,
    _modal_read_name,
    _relative_noun,
)
from parley.nlp.entity_edges import DAY_NAMES
from parley.nlp.syntax import (
    AUXILIARY,
    CLAUSE,
    FINITE_TAGS,
    OPEN_CLAUSE,
    PARTICLE,
    PASSIVE_SUBJ,
    RELATIVE,
    SUBJ,
    WH_TAGS,
)
from parley.nlp.syntax import children as _children


class VerbCues:
    """The rules whose cue is a verb."""

    def _lemma(self, tok: Token) -> str:
        if tok.lemma_.lower() in self.lex.verbs:
            return tok.lemma_.lower()
        if tok.tag_.startswith("VB") or tok.pos_ == "VERB":
            return self.verb_lemmas.get(tok.lower_, tok.lemma_.lower())
        return tok.lemma_.lower()

    def _cue_tokens(self, verb: Token) -> list[Token]:
        """The cue: the verb with its particle ("pointed out") and, for "quoted ... as
        saying", the "as saying" part."""
        toks = [verb]
        toks += _children(verb, PARTICLE)
        toks += self._phrasal_adjective(verb)
        return sorted(toks, key=lambda t: t.i)

    def _phrasal_adjective(self, verb: Token) -> list[Token]:
        """The adjective of a phrasal cue ("made | it | clear that S"), which the parse makes
        the verb's open clause."""
        lemma = self._lemma(verb)
        if lemma not in self.lex.verb_heads:
            return []
        return [
            c
            for c in _children(verb, OPEN_CLAUSE)
            if c.pos_ == "ADJ" and self.lex.verb_class(f"{lemma} {c.lower_}") is not None
        ][:1]

    def _subject(self, verb: Token) -> list[Token]:
        """The verb's subject(s), or those of the verb it hangs from ("X said S, adding T";
        "he began by saying S"); a passive subject lends itself only to a reporting head
        ("concerns were raised, stating S" names no speaker)."""
        reporter = self._joined_report(verb, any_form=True)
        if reporter is not None:
            # "X said the group would not hand back the town and accused the junta of ...":
            # a report the parse conjoined to the reported clause is the reporter's
            verb = reporter
        if not _children(verb, SUBJ) and (held := _subject_with_relative(verb)) is not None:
            return [held]
        cur = verb
        # a verb joined to a clause by a comma alone: "X, who wrote a book, recalled S"
        asyndetic = verb.dep_ == "conj" and not _children(verb, {"cc"})
        name = _modal_read_name(verb)
        if name is not None:
            # "Columnist George Will wrote S", "May said S": a name the tagger read as a modal
            before = [
                t
                for t in _children(verb, SUBJ)
                if t.right_edge.i == name.i - 1 and t.pos_ in ("NOUN", "PROPN")
            ]
            return [*before, name]
        joined = False  # the last step up was from a verb joined by "and" ("was forced and said")
        for step in range(3):
            # a day the parse made a second subject ("X said Wednesday he agrees") is a time
            subj = [
                t
                for t in _children(cur, SUBJ)
                if t.lower_ not in DAY_NAMES and not _prepositional(t)
            ]
            if step and not self._cue_class(cur) and not joined:
                subj = [t for t in subj if t.dep_ not in PASSIVE_SUBJ]
            if subj and step and subj[0].tag_ in WH_TAGS and cur.dep_ in RELATIVE and asyndetic:
                # "O'Donnell, who wrote a book, recalled S": a verb the parse joined to the
                # relative clause speaks for the noun the clause is on, not for "who"
                return [cur.head]
            if (
                subj
                and not step
                and subj[0].lower_ == "that"
                and subj[0].tag_ == "WDT"
                and cur.dep_ in RELATIVE
                and self._lemma(verb) not in self.lex.raising
            ):
                # "a poll that shows S": the poll, not "that" (PolNeAR train: the noun 13
                # times, "that" 4)
                return [cur.head]
            if subj:
                return subj
            if cur.dep_ in INHERIT and cur.head != cur:
                joined = cur.dep_ == "conj" and bool(_children(cur, {"cc"})) and cur.tag_ != "VBN"
                cur = cur.head
            else:
                break
        if _main_verb_on_subject(verb):
            return [verb.head]
        compound = _compound_subject(verb)
        if compound and (verb.tag_ in FINITE_TAGS or _children(verb, CLAUSE | RELATIVE)):
            # "official data suggest S", "some strategists fear S": the parser read the verb
            # as a noun and its subject as a compound of it
            return compound
        if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # ", calling it “immoral”": a participle after a comma speaks for the clause's
            # subject, wherever the parse hung it
            cur = verb.head
            for _ in range(3):
                subj = [t for t in _children(cur, SUBJ) if t.dep_ not in PASSIVE_SUBJ]
                if cur.pos_ == "VERB" and subj:
                    return subj
                if cur.head == cur:
                    break
                cur = cur.head
        return []

    def _joined_report(self, verb: Token, any_form: bool = False) -> Token | None:
        """The report verb whose reported clause the parse hung ``verb``, a report joined by
        "and" with no subject of its own, in: the reporter's second act ("X said S and urged
        Y to V", "says S and proposes T"). Joined to the clause's own verb, it is always so
        read; joined deeper in it ("said it was appalled by reports that children were among
        the dead and urged ..."), only when it has the reporter's tense ("said ... urged",
        "says ... proposes") and cannot share the verb group it is joined to (an adjective, a
        verb with an auxiliary or another form: "had followed ... and urged"), since "said
        the rebels seized the town and demanded a ransom" may be the rebels' demand; with
        ``any_form``, joined to the clause's own verb it is read so whatever its form (the
        speaker: "said the group would not hand back the town and accused ...")."""
        if verb.dep_ != "conj" or _children(verb, SUBJ) or not self._cue_class(verb):
            return None
        first = verb.head
        cur = first
        for _ in range(JOINED_REPORT_MAX_STEPS):
            if cur.dep_ in CLAUSE:
                reporter = cur.head
                if not self._cue_class(reporter):
                    return None
                if cur == first and any_form:
                    return reporter
                if verb.tag_ not in FINITE_TAGS or verb.tag_ != reporter.tag_:
                    return None
                if first.tag_ == verb.tag_ and not _children(first, AUXILIARY):
                    return None
                return reporter
            if cur.head == cur or (cur != first and cur.pos_ == "VERB" and self._cue_class(cur)):
                return None
            cur = cur.head
        return None

    def _channel(self, verb: Token, doc: Doc, media: list[tuple[int, int]]) -> tuple | None:
        """A channel among the verb's dependents: "to/told reporters", "in a statement",
        "on Telegram", "in an interview with Reuters", "quoted by RIA"; or hung by the parse on
        its object ("laid out the terms | at a news conference")."""
        candidates = list(verb.children)
        for obj in _children(verb, OBJ):
            candidates += [c for c in obj.children if c.dep_ in ("nmod", "obl", "prep")]
        for child in candidates:
            if child.dep_ in OBJ | {"iobj", "dative", "obl", "obl:agent", "agent", "prep", "nmod"}:
                toks = list(child.subtree)
                start, end = _char_span(toks)
                for ms, me in media:
                    if start <= ms and me <= end:
                        return ms, me
                head = child if child.dep_ != "prep" else next(iter(child.children), child)
                if self.lex.channel_kind(head.lemma_) or self.lex.channel_kind(head.text):
                    if child.dep_ in OBJ | {"iobj", "dative"} and self._lemma(verb) not in (
                        "tell",
                        "brief",
                    ):
                        continue
                    # with the words that say which one: "state television", "news conference"
                    words = [head]
                    for mod in reversed([c for c in head.lefts if c.dep_ in CHANNEL_MODIFIERS]):
                        if mod.right_edge.i != words[0].i - 1:
                            break
                        words = [*mod.subtree, *words]
                    return _char_span(words)
        return None

    def _cue_class(self, verb: Token) -> str | None:
        """The lexicon class of a verb, as a phrasal verb ("lay out") when it has a particle."""
        lemma = self._lemma(verb)
        if lemma not in self.lex.verb_heads:
            return None
        particles = _children(verb, PARTICLE) + self._loose_particle(verb)
        for prt in particles + self._phrasal_adjective(verb):
            phrasal = self.lex.verb_class(f"{lemma} {prt.lower_}")
            if phrasal is not None:
                return phrasal
        return self.lex.verb_class(lemma)

    @staticmethod
    def _loose_particle(verb: Token) -> list[Token]:
        """A particle the parse hung on the next phrase ("laid out | Russia's demands" with
        "out" as that phrase's preposition)."""
        doc = verb.doc
        nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if nxt is not None and nxt.dep_ in ("case", "prep", "mark") and nxt.head.head == verb:
            return [nxt]
        return []

    def _content_span(self, tok: Token) -> tuple[int, int]:
        """A clause's characters, without an embedded report of its own ("S, stating that
        T" stops before "stating")."""
        embedded = [
            c
            for c in tok.children
            if c.dep_ in ("advcl", "conj", "parataxis")
            and self._cue_class(c) == "speech"
            and not _children(c, SUBJ)  # "... before he announced his bid" goes on
        ]
        # "said S and urged Y to V": the reporter's second act ends what the first reports,
        # and any report inside it ("reports that S and urged ...": not the reports')
        inside = range(tok.left_edge.i, tok.right_edge.i + 1)
        embedded += [
            c
            for c in tok.subtree
            if c.dep_ == "conj"
            and c not in embedded
            and (reporter := self._joined_report(c)) is not None
            and reporter.i not in inside
        ]
        if not embedded:
            return _subtree_span(tok)
        cut = min(c.left_edge.i for c in embedded)
        tokens = [t for t in tok.subtree if t.i < cut] or [tok]
        while len(tokens) > 1 and tokens[-1].is_punct and not tokens[-1].is_quote:
            tokens.pop()
        return _char_span(tokens)

    def _quote_only(self, verb: Token, quotes, media) -> Found | None:
        """ "“S,” he continued" / "He continued: “S”": only a quotation right beside the
        verb (its subject between them at most) is reported."""
        doc = verb.doc
        text = _text(doc)
        end = verb.idx + len(verb.text)
        subj = self._subject(verb)
        speaker: list[Token] = []
        content = []
        for q in self._quoted_content(verb, "speech", [], quotes):
            if _is_title(text[q[0] : q[1]]):
                continue  # "he was reading “The Long Road”": a title
            if q[0] >= end and not _words(text[end : q[0]]):
                content.append(q)
                continue
            if q[1] > verb.idx:
                continue
            between = [t for t in _tokens_in(doc, q[1], verb.idx) if not t.is_punct]
            if len(between) <= 3:
                content.append(q)
            elif (
                not subj
                and len(between) <= TRAILING_SPEAKER_MAX_WORDS
                and not any(t.pos_ in ("VERB", "AUX") for t in between)
                and any(t.pos_ == "PROPN" for t in between)
            ):
                # "“S,” RSF adviser Mostafa Mohamed Ibrahim said": the parse found no subject,
                # but the name between the quotation and the verb is the speaker
                content.append(q)
                speaker = between
        if not content:
            return None
        source = _phrase_span(subj) if subj else (_char_span(speaker) if speaker else None)
        return Found(
            cue=[_char_span([verb])],
            content=content,
            source=source,
            channel=self._channel(verb, verb.doc, media),
        )

    def _quoted_content(self, verb: Token, cls: str, content: list, quotes) -> list:
        """Content from quotations beside a cue: "“S,” X said" takes the clause the cue
        interrupts; "X said: “S”" the quotation; a clause followed by a quotation in the same
        sentence ("S1, however “S2”") runs on through it."""
        doc = verb.doc
        sent = verb.sent
        # a verb in a relative clause on a noun speaks of nothing before that noun ("“S,” a
        # source, who was not authorized to speak, told Fox": the source tells S)
        noun = _relative_noun(verb, quotes)
        # only the quotations from the verb's line or sentence on to the sentence's end can
        # qualify (``find_quotes`` gives them in text order, none overlapping another: their
        # ends are in order too)
        line = _text(doc).rfind("\n", 0, verb.idx) + 1
        first = bisect_left(quotes, min(line, sent.start_char + 1), key=_end)
        last = bisect_left(quotes, (sent.end_char,))
        near = [
            q
            for q in quotes[first:last]
            if (_overlaps(q, (sent.start_char, sent.end_char)) or _just_before(q, verb))
            and not q[0] <= verb.idx < q[1]
            and (noun is None or q[0] > noun.idx)
        ]
        if verb.dep_ in PARATAXIS and verb.head != verb and not _reported_clauses(verb):
            # "S, he said": the clause the verb interrupts; a verb with a clause of its own
            # ("RENO (AP) — Trump says S") reports that clause instead
            head = _subtree_span(verb.head, exclude=verb)
            if any(_overlaps(q, head) for q in near) or not content:
                return [head]
        if content:
            end = max(e for _, e in content)
            for qs, qe in near:
                between = _text(doc)[end:qs]
                if qs >= end and len(between) < 20 and not any(c.isdigit() for c in between):
                    words = between.strip(" ,;:—–-\n").split()
                    # "S1, however “S2”" runs on; "S1, Devine replied: “S2”" is a new report
                    spoken = any(
                        t.pos_ in ("VERB", "AUX") and (self._cue_class(t) or _children(t, SUBJ))
                        for t in doc[verb.i : sent.end]
                        if end <= t.idx < qs
                    )
                    if len(words) <= 2 and not spoken:
                        content = [*content[:-1], (content[-1][0], qe)]
            return content
        if cls != "speech" or _is_participle_modifier(verb):
            return []
        if not near and _text(doc)[verb.idx : sent.end_char].rstrip().endswith(":"):
            # "X declared:" then the quotation, maybe in the next paragraph
            follow = _text(doc)[sent.end_char :]
            gap = len(follow) - len(follow.lstrip())
            near = [q for q in quotes if q[0] == sent.end_char + gap]
        return near


def _subject_with_relative(verb: Token) -> Token | None:
    """A subject carrying a relative clause that the parse hung off the verb, or the verb off
    it: "SOHR, which relies on a network of sources, said S" (SOHR read as the verb's
    modifier), "Nasser, who spoke by phone, later said S" (the verb read as an aside)."""

    def relative(tok: Token) -> bool:
        # (an acronym may be tagged a verb: "SOHR")
        named = tok.pos_ in ("PROPN", "NOUN") or (tok.is_upper and len(tok) > 1)
        return named and any(c.dep_ in ("acl:relcl", "advcl:relcl", "relcl") for c in tok.children)

    if verb.dep_ == "parataxis" and verb.head.i < verb.i and relative(verb.head):
        return verb.head
    before = [c for c in verb.children if c.i < verb.i and c.dep_ != "punct" and relative(c)]
    return before[0] if len(before) == 1 else None


def _end(span: tuple[int, int]) -> int:
    return span[1]
