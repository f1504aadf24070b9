"""Finds quotations and their speakers in a Document, and marks them in its spans.

Detection is pure and linear in the length of the text: a regex finds the candidate mark
characters (skipping apostrophes between letters in C), one pass with a small, capped stack
pairs them, and speaker and kind are decided from bounded windows around each quotation (about
30 words before, 15 after), never by scanning the article again.

Rules, in the order they apply:

*Marks.* Openers and their closers: “…” (and ”…” where a ” follows a space), "…", „…“ and
„…” (German, Polish), «…» and »…« (either direction, spaces inside allowed), ‹…› and ›…‹,
‘…’, '…' and ‚…‘, 「…」, 『…』; a straight " and a curly “ or ” close each other (edited pages
mix them). <q> elements arrive as “…” from the parser.
A ’ or ' between letters (don’t, O’Brien), before a digit (’90s), before an elided word
(’em, ’til, ’n’) or after a digit (6'2) is an apostrophe or prime; a " after a digit is an
inch mark unless a straight quotation is open; ′ and ″ are never marks. A single closer that
is followed by a space and a lower-case word (the students’ books) is only tentative: a later,
clearer closer of the same quotation wins, so a plural possessive inside ‘…’ does not end it.

*Nesting.* Only the outermost quotation in marks becomes a Quote; a quotation nested inside
it belongs to the outer one. Inside a <blockquote>, quotations in marks are Quotes of their
own and win their span over the block quotation (a span has one ``quote`` id), except a
quotation that fills the whole blockquote (a pull quote in marks), which is left to the block
(its marks still get ``qmark``). A quotation in marks inside a blockquote with no speaker of
its own takes the block's.

*Paragraphs.* A quotation still open at the end of its paragraph continues into the next
paragraph when that paragraph begins with an opening mark of the same family (the newspaper
rule; French may reopen with »); otherwise it ends with its paragraph. An unclosed straight
single ' is dropped instead (it is far more often a stray apostrophe), and the quotations it
seemed to contain are kept.

*Speaker.* A verb of speech (English, French, German, Russian, Japanese) next to the
quotation: after it (“…,” he said / said Putin / a déclaré M. Macron / sagte Scholz / —
заявил Путин / 「…」と述べた, the topic before 「 being the speaker) or before it in the same
sentence (Putin replied that “…”, He said: “…”, According to X, Selon X, Laut X, По
словам X). The subject is the clause next to the verb: titles are stripped from names
("Russian President Vladimir Putin" → "Vladimir Putin", "Finanzministerin Katrin Vogel"
→ "Katrin Vogel"), an appositive description gives way to the name it describes ("Dmitry
Peskov, the Kremlin spokesman, said"), clauses between subject and verb are skipped
("Lowe, 71, who took part, said"). A definite description by role ("the Russian
president said", "sagte der Grünen-Politiker") is the person last named with that title
("Russian President Vladimir Putin"), when the text gave one; otherwise, and for any
other description, the speaker is kept as the article words it ("the Russian president",
"a spokesman for the Unite union"). A pronoun is resolved to the most recently mentioned
person outside quotations — a name learned from an attribution, after a title, or a
proper name of two or more words not after "at/in/from" (a surname not yet known is
matched to a full name further back) — honouring gender where the text shows it
("Alvarez said that she …"). Verbs of judging count too ("praised his officers for “…”")
unless the quotation is a noun phrase after a determiner ("hailed their “strategic
partnership”"), and a document can speak ("the statement read", "heißt es in der
Mitteilung"). A verb that continues a clause ("…, adding that “…”", "and said “…”",
German reported speech "sei", "habe", a subjectless "– dodał.") takes the speaker of the
quotation before it in the paragraph, else the subject of the sentence. A quotation
introduced by a colon without a verb takes the sentence's subject when it is a name, a
pronoun or a role ("The minister put it bluntly: “…”"); one that starts a sentence right
after a sentence about a person takes that person ("She laughs at the memory. “…”").
A gesture just before the words in the same paragraph ("The 21-year-old laughed. “…”"), or
a sentence about a named person right before a whole sentence in marks, gives that person;
a sign, banner or placard that reads the words out says them; French "on" speaks for the
body an opening phrase names ("Du côté de la STIB, on affirme"), and words in marks that go
on with a French subject's verb ("l’intersyndicale « appelle à … »") are the subject's.
Russian is read with its morphology (pymorphy3, loaded only for Russian text): a phrase of
time or place before the subject is skipped, and a name or description found in another
case is given in the nominative. German word order is read for its subject after an
auxiliary or modal ("hatte Demmel … gefragt", "ließ er … mitteilen"), a separable verb
("rechnet Heinz vor") and "heißt es darin" (the document the sentence before named); a
German sentence in the subjunctive with no verb of speech ("Die Netzentgelte seien „…“")
goes on with the one the sentence before is about, or the one quoted last. Headings name
nobody a pronoun means, and words that cannot be someone ("For example", a vocative in
marks, "you", a lost link's bare article) are no speaker.
With none of these, a speech quotation inherits the speaker of the previous one in its
paragraph, or of the one ending the paragraph before when it opens its own paragraph.
A term is given whom its sentence says named it or said it ("He called the closures “a
slow-motion clearance”", "Er spricht von einem „Kahlschlag“", "what the guild calls “safe
ratios”"), in lower case or after an article, so not a name or a title; and only when the
article quotes them speaking too, since a naming clause's subject is found less surely.

*Kind.* ``block`` for <blockquote>. Between ``speech`` and ``term`` a score decides: a verb of
speech or a colon next to it, five or more words, a first or second person pronoun, a capital
letter, sentence punctuation at its end (more for ? and !) and a speech quotation just before
it in the paragraph count for speech; a naming word before it (called, so-called, dubbed,
described as, と呼ぶ, …), three words or fewer, Title Case or a lone capitalized word (a title,
a newspaper, a company) and 『…』 count for a term.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from typing import Any

from reader.document import (
    Block,
    BlockQuote,
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Span,
    Spans,
    Table,
)


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern[str]:
    """The few patterns whose compilation is slow (large character classes, long
    alternations) are compiled on first use, not when the module is imported: the import
    is part of the app's start-up. (Bounded: patterns built around a surname or a pronoun
    are compiled here too, and a long-running app reads many articles.)"""
    return re.compile(pattern)


# ---------------------------------------------------------------------------------------
# Marks

# Every mark character except an apostrophe between two letters (don’t, O’Brien): those are
# the most common by far and never a quotation mark, so the regex skips them in C.
_MARKS = re.compile("[\"'“”‘’«»‹›„‚「」『』](?!(?<=[^\\W\\d_][’'])[^\\W\\d_])")
_FAMILY = {
    "“": "d", "”": "d", "„": "d", '"': "d",
    "‘": "s", "’": "s", "‚": "s", "'": "s",
    "«": "g", "»": "g", "‹": "h", "›": "h",
    "「": "j", "」": "j", "『": "k", "』": "k",
}
_OPEN_PUNCT = set("([{—–-/\u00a0\u202f") | set("“‘«»‹›„‚「『\"'")
_CLOSE_PUNCT = set(",.;:!?)]}—–-…/[") | set("”’»«›‹“」』\"'")  # ("[" : a footnote, "…."[3])
_ELISIONS = ("em", "til", "cause", "n", "tis", "twas", "bout", "round", "cos", "nuff", "kay")
# A straight or curly single quote is dropped when it stays unclosed: it is far more often a
# stray apostrophe than a quotation that runs to the end of its paragraph.
_DROP_UNCLOSED = {"'"}
_MAX_NESTING = 8


class _Open:
    """An opening mark waiting for its closer."""

    __slots__ = ("pos", "char", "closers", "weak", "children")

    def __init__(self, pos: int, char: str, closers: str) -> None:
        self.pos = pos
        self.char = char
        self.closers = closers
        self.weak = -1  # a tentative closing position (see the module docstring)
        self.children: list[tuple[int, int]] = []


def _is_space(c: str) -> bool:
    return c == "" or c.isspace()


def _elided(text: str, i: int) -> bool:
    """True when the word starting at ``i`` is an elision such as ’em, ’til or ’n’."""
    for word in _ELISIONS:
        end = i + len(word)
        if text[i:end].lower() == word and (end >= len(text) or not text[end].isalpha()):
            return True
    return False


_VOICE = re.compile(r"\b(?:I|my|we|our|you|your)\b|n['’]t\b")
_SAID = re.compile(r"\b(?:said|says|told)\b")


# A ' that _MARKS takes for a mark: not one between two letters (the same look-ahead).
_STRAIGHT_SINGLE = re.compile("'(?!(?<=[^\\W\\d_]')[^\\W\\d_])")


def _only_plain_marks(text: str) -> bool:
    """Whether the only marks of _MARKS' class in the text are “ ” " and ’ (none of the
    single opening marks, which make a ’ a mark, and no «, „, 「 …): most paragraphs that
    are not ASCII. Each is looked for with ``in``, a plain search; the pattern tests each
    character against its class (some 57 instructions a character)."""
    return not ("'" in text or "‘" in text or "‚" in text or "«" in text or "»" in text
                or "„" in text or "‹" in text or "›" in text or "「" in text or "」" in text
                or "『" in text or "』" in text)


def _plain_marks(text: str) -> str:
    """``"".join(_MARKS.findall(text))`` with its ’ taken out, for text whose only marks
    are “ ” " and ’ (_only_plain_marks), as _scan reads them: none, the " alone, or “ and ”
    taking turns; else the pattern's, in order, with each ’ it finds taken out (when they
    take turns, the “ and ” in text order are the marks: the pattern's look-ahead can only
    pass over a ’ or a ' between letters)."""
    opening, closing, straight = "“" in text, "”" in text, '"' in text
    if not opening and not closing:
        return '"' * text.count('"') if straight else ""
    if not straight:
        # (Each mark's next place is looked for again only once that mark is taken: the
        # other's is still the next after it.)
        out: list[str] = []
        o = text.find("“")
        c = text.find("”")
        while True:
            if o < 0 and c < 0:
                return "".join(out)
            expected = "“" if len(out) % 2 == 0 else "”"
            at = o if c < 0 or 0 <= o < c else c
            if text[at] != expected:
                break  # (not taking turns: the pattern says in which order)
            out.append(expected)
            if at == o:
                o = text.find("“", at + 1)
            else:
                c = text.find("”", at + 1)
    return "".join(_MARKS.findall(text)).replace("’", "")


def _scan(text: str, carry: str | None, next_first: str = ""
          ) -> tuple[list[tuple[int, int]], int, int, str]:
    """Pair the marks of one text block.

    ``carry`` is the opening mark of a quotation continued from the previous paragraph,
    already known to reopen at offset 0; ``next_first`` the first character of the next
    paragraph (an unclosed ' is kept when that paragraph reopens it). Returns the top-level
    pairs ``(open, close)`` (``close`` is the offset of the closing mark), the offset of a
    top-level quotation still open at the end (-1 if none), and that quotation's opening char.
    """
    pairs: list[tuple[int, int]] = []
    stack: list[_Open] = []
    n = len(text)
    if carry is None:
        if text.isascii() and '"' not in text and "'" not in text:
            return pairs, -1, -1, ""  # (most paragraphs: plain ASCII has no other mark)
        # The common case, decided in one step: nothing but “ and ” taking turns.
        # (In ASCII text the marks are " and ', and with no ' that _MARKS takes for a mark,
        # only the ", counted without the pattern's search through every character.)
        chars = '"' * text.count('"') if text.isascii() and (
            "'" not in text or _STRAIGHT_SINGLE.search(text) is None) \
            else _plain_marks(text) if _only_plain_marks(text) \
            else "".join(_MARKS.findall(text))
        if not chars:
            return pairs, -1, -1, ""
        if "‘" not in chars and "'" not in chars and "‚" not in chars:
            # With no single opening mark, a ’ can only be an apostrophe (’09, students’).
            chars = chars.replace("’", "")
        if chars == "“”" * (len(chars) // 2) + "“" * (len(chars) % 2):
            # Every “ and ” of the text is one of these marks (only single marks can be
            # apostrophes), so each is found by a plain search.
            positions = []
            at = -1
            for c in chars:
                at = text.find(c, at + 1)
                positions.append(at)
            pairs = list(zip(positions[::2], positions[1::2], strict=False))
            if len(positions) % 2:
                return pairs, positions[-1], positions[-1], "“"
            return pairs, -1, -1, ""
        if chars == '"' * len(chars):
            # Nothing but straight " (as many pages type them): the loop below in short. A "
            # closes the one open before it in a closing context, else opens in an opening
            # one; none is a tentative closer, and one left open runs to the end. (A ’ with
            # no single opening mark does nothing there.)
            opened: list[int] = []
            at = -1
            for _ in chars:
                i = at = text.find('"', at + 1)
                p = text[i - 1] if i else ""
                nx = text[i + 1] if i + 1 < n else ""
                p_space = not p or p.isspace()
                n_space = not nx or nx.isspace()
                if opened and not p_space and (n_space or nx in _CLOSE_PUNCT):
                    start = opened.pop()
                    if not opened:
                        pairs.append((start, i))
                elif (p_space or p in _OPEN_PUNCT) and not n_space and not p.isdigit() and \
                        len(opened) < _MAX_NESTING:
                    opened.append(i)
            if opened:
                return pairs, opened[0], opened[0], '"'
            return pairs, -1, -1, ""

    def push(pos: int, char: str, closers: str) -> None:
        # Real quotations nest two or three deep; a cap keeps a page of nothing but
        # opening marks linear (each closer looks through at most this many openers).
        if len(stack) < _MAX_NESTING:
            stack.append(_Open(pos, char, closers))

    def close_at(index: int, pos: int) -> None:
        # Openers above the one being closed were never closed: their tentative closes hold.
        opener = stack[index]
        del stack[index:]
        record(opener.pos, pos)

    def record(start: int, end: int) -> None:
        if not stack:
            pairs.append((start, end))
        elif len(stack) == 1:
            stack[0].children.append((start, end))

    def settle_weak_top() -> None:
        while stack and stack[-1].weak >= 0:
            top = stack.pop()
            record(top.pos, top.weak)

    def find(char: str) -> int:
        if not stack:
            return -1
        for k in range(len(stack) - 1, -1, -1):
            if char in stack[k].closers:
                return k
        return -1

    if carry is not None:
        closers = {"“": "”\"", '"': '"”', "„": "“”", "«": "»", "»": "«", "‹": "›", "›": "‹",
                   "‘": "’", "‚": "‘’", "「": "」", "『": "』"}.get(carry, carry)
        push(0, carry, closers)
        matches = _MARKS.finditer(text, 1)
    else:
        matches = _MARKS.finditer(text)

    for match in matches:
        i = match.start()
        c = text[i]
        p = text[i - 1] if i else ""
        nx = text[i + 1] if i + 1 < n else ""
        p_space = not p or p.isspace()
        n_space = not nx or nx.isspace()
        open_ctx = (p_space or p in _OPEN_PUNCT) and not n_space
        close_ctx = not p_space and (n_space or nx in _CLOSE_PUNCT)
        if c in "「『":
            push(i, c, "」" if c == "「" else "』")
        elif c in "」』":
            k = find(c)
            if k >= 0:
                close_at(k, i)
        elif c == "“":
            k = find(c)
            if k >= 0 and (close_ctx or not open_ctx):
                close_at(k, i)
            elif stack and stack[-1].char == "“" and close_ctx and not open_ctx:
                close_at(len(stack) - 1, i)  # a closing quote typed as an opening one
            else:
                push(i, c, "”\"")  # (a straight " may close it: mixed marks, edited text)
        elif c == "”":
            k = find(c)
            if k >= 0:
                close_at(k, i)
            elif open_ctx and not close_ctx:
                push(i, c, "”")
        elif c == "„":
            if not _is_space(nx):
                push(i, c, "“”")
        elif c == '"':
            k = find(c)
            if k >= 0 and close_ctx:
                close_at(k, i)
            elif open_ctx and not p.isdigit():
                push(i, c, '"”')  # ("What makes you think so?” : mixed marks)
        elif c == "«":
            k = find(c)
            if k >= 0:
                close_at(k, i)
            else:
                push(i, c, "»")
        elif c == "»":
            k = find(c)
            if k >= 0:
                close_at(k, i)
            elif (_is_space(p) or p in "([") and not _is_space(nx):
                push(i, c, "«")
        elif c == "‹":
            k = find(c)
            if k >= 0:
                close_at(k, i)
            else:
                push(i, c, "›")
        elif c == "›":
            k = find(c)
            if k >= 0:
                close_at(k, i)
            elif (_is_space(p) or p in "([") and not _is_space(nx):
                push(i, c, "‹")
        elif c == "‚":
            if open_ctx:
                push(i, c, "‘’")
        else:  # ‘ ’ '
            if p.isalpha() and nx.isalpha() or p.isdigit() and c != "‘" and not (
                c == "’" and close_ctx and stack and stack[-1].char == "‘"
            ):
                continue  # don’t, O’Brien, 6'2 (but ‘Save the 71’ closes its quotation)
            if (_is_space(p) or p in "(") and (
                    nx.isdigit() and not text[i + 1:i + 5].isdigit() or _elided(text, i + 1)):
                continue  # ’90s, ’em, ’til, ’n’ (but ‘1983. Bloke gets in …’ opens a quotation)
            if p in "nN" and i >= 2 and text[i - 2] in "’'‘":
                continue  # the closing half of ’n’
            if c != "’" and open_ctx and not close_ctx and stack and stack[-1].weak >= 0:
                # "called it 'a soft one' but added: 'You …'": a mark that can only open
                # makes the tentative closer before it final.
                settle_weak_top()
                push(i, c, "’" if c == "‘" else "'")
                continue
            k = find(c)
            if k >= 0 and not (c == "‘" and not close_ctx):
                weak = (p.isalpha() and nx == " " and i + 2 < n
                        and (text[i + 2].islower() or text[i + 2].isdigit()))
                top = stack[-1]
                if weak and k == len(stack) - 1:
                    if top.weak < 0 or text[top.weak - 1] in "sS":
                        # (a later one after "hours’ notice’": the first was a plural's
                        # possessive, "‘less than 48 hours’ notice’ to parents")
                        top.weak = i
                    continue
                if k == len(stack) - 1 and top.weak >= 0 and text[top.weak - 1] not in "sS" \
                        and p in "sS" and nx == " " and i + 2 < n and text[i + 2].isalpha():
                    continue  # "a ‘perfect storm’ of … employers’ National Insurance": a ’
                    # after an s, before a word, is a plural's possessive; the closer before
                    # it, after no s, stands
                close_at(k, i)
            elif c != "’" and open_ctx and not p.isalpha():
                if stack and stack[-1].weak >= 0:
                    settle_weak_top()
                push(i, c, "’" if c == "‘" else "'")

    if len(stack) == 1 and stack[0].weak >= 0 and next_first == stack[0].char and \
            text[stack[0].weak - 1] in "sS" and \
            _VOICE.search(text, stack[0].weak) and not _SAID.search(text, stack[0].weak):
        stack[0].weak = -1  # "‘My students’ fees … my workload …." then "‘The …": the
        # quotation goes on, in a voice, into the next paragraph; the ’ was a possessive
    settle_weak_top()
    if not stack:
        return pairs, -1, -1, ""
    bottom = stack[0]
    if bottom.char in _DROP_UNCLOSED and _FAMILY.get(next_first) != "s":
        pairs.extend(bottom.children)
        pairs.sort()
        return pairs, -1, -1, ""
    return pairs, bottom.pos, bottom.pos, bottom.char


# ---------------------------------------------------------------------------------------
# The layout of text blocks: which can continue a quotation, which are inside a blockquote.


_TEXT_BLOCKS = (Heading, Paragraph)  # (a tuple: ``Heading | Paragraph`` is built anew each time)


@dataclass
class _Layout:
    prose: list[bool] = field(default_factory=list)  # a Paragraph (not in a list or table)
    headings: set[int] = field(default_factory=set)  # the text blocks that are headings
    container: list[int] = field(default_factory=list)  # outermost blockquote number, or -1
    blockquotes: list[tuple[int, int]] = field(default_factory=list)  # first, last block


def _layout(blocks: tuple[Block, ...]) -> _Layout:
    out = _Layout()
    prose_of, container_of = out.prose, out.container

    def walk(blocks: tuple[Block, ...], prose: bool, container: int) -> None:
        for block in blocks:
            # (A paragraph first, the commonest block: prose where its blocks are; a heading
            # never is. Neither class is the other's.)
            if isinstance(block, Paragraph):
                prose_of.append(prose)
                container_of.append(container)
            elif isinstance(block, Heading):
                out.headings.add(len(prose_of))
                prose_of.append(False)
                container_of.append(container)
            elif isinstance(block, BlockQuote):
                if container < 0:
                    first = len(out.prose)
                    number = len(out.blockquotes)
                    out.blockquotes.append((first, first))
                    walk(block.blocks, prose, number)
                    out.blockquotes[number] = (first, len(out.prose) - 1)
                else:
                    walk(block.blocks, prose, container)
            elif isinstance(block, ListBlock):
                for item in block.items:
                    walk(item, False, container)
            elif isinstance(block, Figure) and block.caption:
                out.prose.append(False)
                out.container.append(container)
            elif isinstance(block, Table):
                for row in block.rows:
                    for _cell in row:
                        out.prose.append(False)
                        out.container.append(container)

    walk(blocks, True, -1)
    return out


# ---------------------------------------------------------------------------------------
# Words: verbs of speech, pronouns, titles.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SPEECH_VERBS = _words("""
said says say told tells added adds asked asks replied replies wrote writes noted notes
explained explains stated declared declares insisted insists argued argues warned warns
claimed stressed stresses emphasized emphasizes emphasised recalled recalls concluded
acknowledged acknowledges admitted admits announced announces answered responded responds
remarked observed commented tweeted posted shouted yelled whispered cried exclaimed urged
suggested predicted conceded concedes countered boasted complained complains joked quipped
promised vowed pledged confirmed maintained mused testified reiterated cautioned lamented
continued continues recounted texted interjected snapped sighed muttered retorted
corrected drawled purred gasped hissed stammered stuttered repeated supplied
described describes
dit déclaré déclare affirmé affirme ajouté ajoute expliqué explique estimé estime souligné
souligne précisé précise indiqué indique assuré assure confié confie lancé lance répondu
répond insisté insiste martelé martèle averti prévenu reconnu reconnaît écrit raconté raconte
admis admet annoncé annonce rappelé rappelle noté commenté conclu conclut poursuivi poursuit
regretté regrette dénoncé dénonce tranché tranche résumé résume confirmé confirme promis
défend défendu
répété répète glissé glisse déploré déplore observé répliqué réplique rétorqué rétorque
fustigé fustige ironisé ironise tonné plaidé plaide jugé juge lâché lâche témoigne témoigné
résume raconte avoue avoué s’exclame s’est soupire soupiré soupirait lançait expliquait
racontait confiait assurait ironisait glissait répétait affirmait estimait résumait
soulignait reconnaissait déclarait ajoutait insistait regrettait s’indigne s’indignait
s’agace s’agaçait s’inquiète s’inquiétait tempête tempêtait
prévient promet soutient maintient décrit reprend conclut écrit dit répond admet
écrivent écrivait écrivaient disent disait disaient répondent répondait posté scandé
scandent scandaient savoir
indigné indignée exclamé exclamée emporté emportée étonné étonnée réjoui réjouie félicité
félicitée inquiété inquiétée agacé agacée
sagte sagt sagten erklärte erklärt erklärten betonte betont fügte fügt meinte meint schrieb
schreibt fragte fragt antwortete antwortet warnte warnt kritisierte kritisiert teilte teilt
verkündete unterstrich erläuterte ergänzte räumte bekräftigte versicherte berichtete
bestätigte behauptete mahnte kündigte kündigt sprach spricht entgegnete warf wirft forderte fordert
verlangte verlangt rief ruft riefen postete gepostet skandierten skandierte begründete begründet
сказал сказала сказали заявил заявила заявили отметил отметила отметили добавил добавила
подчеркнул подчеркнула сообщил сообщила сообщили пояснил пояснила ответил ответила написал
написала говорит говорил говорила считает рассказал рассказала признал признала уточнил
уточнила заметил заметила заключил заключила указал указала констатировал констатировала
предупредил предупредила пишет отмечает подчеркивает подчёркивает заявляет посетовал
посетовала признался призналась признаёт признает поделился поделилась объяснил объяснила
рассказывает зачитал зачитала бросил бросила
powiedział powiedziała dodał dodała stwierdził stwierdziła oświadczył oświadczyła
podkreślił podkreśliła zaznaczył zaznaczyła napisał napisała mówi twierdzi przekonywał
przekonywała zapowiedział zapowiedziała ocenił oceniła
заверил заверила пообещал пообещала возразил возразила напомнил напомнила
pointe pointait pointent recommande recommandait recommandent promettait promettaient promettent
décrivent décrivait dénoncent dénonçait invite invitait salue saluent saluait exige exigent
redoute craint
énumère énumérait énuméré égrène relativise illustre rectifie raille bemängelt bemängelte
verweist verwies publié publie rigole rigolait souriait lâchait prévenait poursuivait
concluait jugeait
admettait
agaçait fulmine fulminait peste pestait
lobt lobte entgegnet vermutet vermutete glaubt glaubte
dira diront dirait diraient répondit répondirent répondra écrivit écrira reprit admit promit
prévint soutint décrivit
""")
def _german_weak(stems: str) -> frozenset[str]:
    """The present and past of German weak verbs from their stems ("betonte", "betonten")."""
    return frozenset(stem + ("e" if stem[-1] in "td" else "") + ending
                     for stem in stems.split() for ending in ("t", "te", "ten"))


def _conjugated(french: str, german: str, russian: str) -> frozenset[str]:
    """The common forms of regular verbs from their stems, so that a form the lists above
    do not spell out is known too ("s’interroge", "betonten", "утверждает"): French -er
    verbs (present, past participle, imperfect, and the future, conditional and simple past
    of narrative: "racontera-t-elle plus tard", "lança-t-il"), German weak verbs (present
    and past) and Russian verbs by the stem of their past (past, reflexive past, present)."""
    forms: set[str] = set()
    for stem in french.split():
        forms.update(stem + e for e in ("e", "ent", "é", "ée", "és", "era", "eront", "erait",
                                        "eraient", "èrent"))
        # (before a, c takes a cedilla and g an e: "annonçait", "interrogeait")
        soft = stem[:-1] + "ç" if stem[-1] == "c" else stem + "e" if stem[-1] == "g" else stem
        forms.update((soft + "ait", soft + "aient", soft + "a"))
    forms.update(_german_weak(german))
    for stem in russian.split():
        forms.update(stem + e for e in ("л", "ла", "ли", "лся", "лась", "лись"))
        if stem.endswith("ова"):
            forms.update((stem[:-3] + "ует", stem[:-3] + "уют"))
        elif stem[-1] in "ая":
            forms.update((stem + "ет", stem + "ют"))
        elif stem[-1] == "и":
            forms.update((stem[:-1] + "ит", stem[:-1] + "ят"))
    return frozenset(forms)


# German participles, for "hatte Demmel den Zeugen gefragt:", "wird Farrow mit den Worten
# zitiert" (weak verbs without a prefix take ge-; those with one are among the forms above).
_DE_PARTICIPLES = _words("""
gesagt gefragt geantwortet gewarnt gemahnt gefordert geklagt geschildert geschimpft
festgehalten geschrieben gesprochen gerufen zitiert mitgeteilt hinzugefügt betont erklärt
erzählt berichtet versichert bekräftigt beteuert kritisiert
""")
# Sein before a German participle: the passive of state ("ist schnell erklärt").
_DE_BE = _words("ist sind war waren sei seien wäre wären")
# German infinitives of speech after a modal: "ließ er über seinen Anwalt mitteilen".
_DE_INFINITIVES = _words("sagen mitteilen ausrichten erklären betonen antworten erzählen "
                         "schreiben")
# Auxiliaries (and modals) before the subject of a German sentence whose participle or
# infinitive ends it.
_DE_MODALS = _words("will wollte wollten kann konnte mag mochte muss musste soll sollte sollten "
                    "möchte")
_DE_AUX = _words("hat hatte hätte habe haben hatten wird wurde werden wurden ließ lässt "
                 "ließen") | _DE_MODALS
# German nouns of a span of time, after the number or the word for how many ("Wenige
# Wochen vor …", "Zwei Tage später").
_DE_SPANS = _words("Minuten Stunden Tage Wochen Monate Jahre Jahrzehnte Tag Woche Monat Jahr")
_DE_WHEN = _words("""
anfang ende mitte januar jänner februar feber märz april mai juni juli august september
oktober november dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
""")


# German adverbs that stand for "that" after a preposition ("bittet darum"), no part of the
# subject they follow.
_DE_DA_WORDS = _words("darum daran darauf dazu dabei dafür darüber davon dagegen damit "
                      "darunter daneben dahinter davor darin")
# German adverbs that open a sentence, before its verb and its subject.
_DE_ADVERBS_FIRST = (_DE_DA_WORDS - {"darum"}) | _words("""
deshalb deswegen trotzdem dennoch
zudem außerdem allerdings jedoch danach später immer wieder dann zuvor anschließend daraufhin
zugleich gleichzeitig
oft manchmal heute gestern morgens abends inzwischen mittlerweile nun jetzt damals plötzlich
schließlich zunächst bald sofort hier dort zuletzt zuerst endlich erneut
""")
# Words between a German verb and its subject: "erinnerte am Donnerstag auch ein Transparent".
_DE_FILLERS = _words("am im vom beim zum zur auch noch bereits schon dann jedoch allerdings "
                     "nun heute gestern erneut zudem ebenfalls dort hier")


_DE_PLACE_PREPS = _words("auf in im bei beim am an über vor nach")
_DE_PLACE_PREPS_CAPITAL = frozenset(w.capitalize() for w in _DE_PLACE_PREPS) | _words(
    "Neben Hinter Unter Zwischen")


def _de_clause_opening(tokens: list[str], k: int) -> bool:
    """Whether the German verb at ``k`` comes second in a main clause after a comma, after a
    phrase that opens with a preposition, and its subject after it with its article ("Der
    Tierpark ruft zu einem Wettbewerb auf, auf Instagram schrieb der Zoo:")."""
    if k < 3 or k + 1 >= len(tokens) or tokens[k + 1] not in _DE_ARTICLES:
        return False
    comma = k - 1
    while comma >= 0 and tokens[comma] != ",":
        comma -= 1
    return 0 < comma < k - 2 and k - comma <= 5 and tokens[comma + 1] in _DE_PLACE_PREPS



# German adverbs of place that end a phrase opening a sentence ("Einige Reihen dahinter").
_DE_PLACE_ADVERBS = _words("dahinter daneben davor darunter drinnen draußen hinten vorne weiter "
                           "entfernt nebenan gegenüber")


_DE_HOW_NEAR = _words("Kurz Gleich Direkt Unmittelbar Knapp Weit Spät Früh Mitten Noch Erst")


def _de_inverted_subject(tokens: list[str]) -> _Speaker | None:
    """The subject after the verb of a German sentence that opens with a phrase of place
    ("Einige Reihen dahinter schüttelt eine ältere Frau den Kopf und ruft:", "Auf der
    Tribüne steht ein Rentner auf und sagt:"), or None."""
    placed = tokens[0] in _DE_PLACE_PREPS_CAPITAL or tokens[0] in _DE_HOW_NEAR and \
        tokens[1:2] and tokens[1] in _DE_PLACE_PREPS  # ("Kurz vor Kiruna knackt der
    # Lautsprecher:", "Gleich nach dem Abpfiff ruft …": how near, then where or when)
    for k in range(1, min(7, len(tokens) - 2)):
        t = tokens[k]
        if not t.isalpha():
            return None
        if t[0].isupper() or t in _DE_PLACE_ADVERBS or placed and (
                t in _DE_ARTICLES or t in _PREPOSITIONS):
            continue  # (the opening phrase goes on: "Noch in der Nacht nach der Partie")
        if tokens[k + 1] in _DE_ARTICLES and (  # (the nominative's: der, die, das, ein, eine)
                tokens[k - 1].lower() in _DE_PLACE_ADVERBS or placed and k >= 3):
            # t is its verb; the subject runs to its noun (and a name after it)
            end = k + 2
            while end < len(tokens) and tokens[end].isalpha() and tokens[end].islower():
                end += 1
            while end < len(tokens) and tokens[end][:1].isupper():
                end += 1
            return _object(tokens[k + 1:end])
        if not placed:
            return None
    return None


def _de_subject_after(tokens: list[str]) -> _Speaker | None:
    """The subject after a German verb, past the words of time between them."""
    j = 0
    while j < len(tokens) and (tokens[j].lower() in _DE_FILLERS or tokens[j].lower() in _DE_WHEN):
        j += 1
    return _object(tokens[j:])


def _de_aux_subject(tokens: list[str], k: int) -> _Speaker | None:
    """The subject between a German auxiliary and the participle at ``k`` ("Im Oktober
    hatte Demmel den Zeugen gefragt", "„…“, hatte der Vorstand Anfang November intern
    festgehalten"), up to a phrase of time."""
    for i in range(k - 1, max(-1, k - 24), -1):
        if tokens[i].lower() in _SUBJECT_PRONOUNS and i and tokens[i - 1] in _DE_AUX:
            # "Einer Lokalzeitung hat sie zum 95. Geburtstag gesagt": the pronoun after it
            return _Speaker(tokens[i], pronoun=_PRONOUNS[tokens[i].lower()])
        if tokens[i] in _SENTENCE_END and not tokens[i - 1].isdigit() or \
                tokens[i].lower() in _SUBJECT_PRONOUNS:
            return None  # ("Er selbst habe zu seiner Frau gesagt": the pronoun is the subject)
        if tokens[i] in _DE_AUX and i + 1 < k and (tokens[i + 1][0].isupper()
                                                   or tokens[i + 1] in _ARTICLES_ONLY):
            end = next((j for j in range(i + 2, k) if tokens[j].lower() in _DE_WHEN
                        or tokens[j] in _DE_FILLERS  # ("noch vor zwei Wochen gesagt")
                        or tokens[j] in ("vor", "nach", "bei", "in", "auf")), k)
            return _object(tokens[i + 1:end])
    return None


# The stems of German weak verbs of speech, from the annotated articles and then from the
# language (see below).
_DE_STEMS = """
sag erklär beton frag antwort warn kritisier bestätig behaupt mahn forder verlang ergänz
mitteil ausricht
bekräftig versicher bericht erläuter verkünd beklag klag beteuer kommentier erzähl
wiederhol schilder klarstell schimpf
"""
_DE_STEMS_MORE = """
schätz bemerk äußer bilanzier resümier hoff befürcht bedauer begrüß droh appellier
plädier argumentier insistier beschwichtig relativier präzisier erinner rechtfertig
verteidig seufz lach schwärm polter wetter spott witzel flüster brüll zweifel konter
urteil freu ärger wunder verlautet erwider jubel monier dementier scherz stöhn ätz folger
ermahn dräng läster frohlock sinnier hader beobacht prognostizier
brumm knurr murr frotzel raun grummel stichel dozier nuschel grantel
"""
# French verbs of feeling, which speak only as reflexives before the words ("Marie
# s’étonne : « … »"; but "le résultat l’inquiète" is what worries her).
_FR_FEELING_STEMS = "étonn inquiét agac indign emport"
_SPEECH_VERBS = _SPEECH_VERBS | _conjugated(
    french=_FR_FEELING_STEMS + """
    déclar affirm ajout expliqu estim soulign précis indiqu assur confi insist racont
    annonc rappel comment regrett tranch résum confirm répét gliss déplor observ répliqu
    rétorqu ironis tonn plaid témoign avou exclam soupir interrog
    félicit alert interpell protest réclam scand plaisant nuanc lanc martel constat
    demand élud
    """,
    german=_DE_STEMS,
    russian="""
    сказа заяви отмети добави подчеркну сообщи поясни ответи написа рассказа призна уточни
    замети заключи указа констатирова предупреди посетова объясни завери пообеща возрази
    напомни утвержда говори сообща отмеча добавля подчеркива поясня отвеча заверя обеща
    признава объясня пожалова возмути удиви повтори повторя спроси спрашива поинтересова
    прокомментирова призва призыва уверя увери подели рассказыва парирова отреза
    уточня подтвержда подтверди сообщи
    писа шути замеча возмуща восклица тверди крича удивля подчёркива негодова
    заявля напомина вырази выража
    """,
) | _DE_PARTICIPLES | _DE_INFINITIVES
_FR_FEELINGS = _conjugated(french=_FR_FEELING_STEMS, german="", russian="") | \
    _words("inquiète inquiètent")  # (the present the stem cannot make)
# (Russian verbs of feeling speak only with their reflexive ending: "удивился он", but
# "результат удивил её" is what surprised someone.)
_SPEECH_VERBS = _SPEECH_VERBS - {w for w in _SPEECH_VERBS if w.startswith(
    ("удиви", "удивля", "возмути", "возмуща")) and not w.endswith(("ся", "сь"))}
# The rest of a reporting-verb lexicon, written from the languages rather than from the
# annotated articles (which taught the lists above): the verbs reporters use less often, so
# that a new article's "asserted", "a relevé", "resümierte" or "подытожил" is one too.
_SPEECH_VERBS = _SPEECH_VERBS | _words("""
asserted asserts contended contends reasoned agreed agrees disagreed disagrees hinted
wondered wonders speculated speculates advised advises proclaimed proclaims objected
protested pleaded pleads pled begged begs demanded reported griped gripes fumed fumes gushed
gushes laughed laughs chuckled chuckles grumbled grumbles murmured murmurs mumbled mumbles
screamed screams surmised surmises opined opines ventured ventures elaborated elaborates
clarified clarifies summarized summarizes summarised summarises guessed theorized theorizes
theorised concludes remembered remembers reminded reminds assures reassured reassures
revealed reveals disclosed discloses confided confides confessed confesses affirmed affirms
reaffirmed reaffirms messaged blogged rejoined barked barks growled growls roared bellowed
bellows hollered hollers sobbed wept weeps breathed groaned moaned whined whines bemoaned
bemoans fretted frets swore swears underscored underscores underlined underlines highlighted
pointed mentioned bragged brags teased teases mocked mocks scoffed scoffs sneered sneers
jeered taunted marveled marvelled marvels raved enthused enthuses exulted exults implored
implores instructed instructs inquired inquires enquired enquires queried questioned
narrated narrates interrupted interrupts chimed concurred concurs observes exclaims urges
suggests predicts boasts quips confirms maintains testifies reiterates recounts mutters
retorts sighs shouts yells whispers laments muses cautions deadpanned sniped
answers chimes deadpans guesses jokes moans repeats snaps sobs stammers interjects
hisses gasps counters
sniffed sniffs snorted snorts rasped rasps croaked croaks s’esclaffe s'esclaffe
alleges allege
informed informs assured scolded scolds chided chides reckoned reckons
meldet meldete
переспросил переспросила съязвил съязвила рассмеялся рассмеялась всхлипнул всхлипнула
прошептал прошептала пробормотал пробормотала буркнул буркнула закричал закричала выкрикнул
выкрикнула рявкнул рявкнула проворчал проворчала
verlas verliest verlesen lautet lautete
tempère tempéré concède concédé espère espéré réitère réitéré sourit souri rit renchérit
renchéri réjouit maintenu prédit assène asséné dément démenti relève s’écrie s'écrie
s’interroge s'interroge rassure rassurait avertit avertissait détaille détaillait justifie
justifiait balaie balaye considère désole désolait amuse amusait enthousiasme enthousiasmait
alarme alarmait décrypte cingle réagi réagit réagissait réagissent souvient souvenait
souviennent martèlent préviennent soutenu développé complété critiqué considéré
отреагировал отреагировала отреагировали
признается признаётся делится хвастается шутит пошутил пошутила недоумевает негодует
сокрушается вторит признаются делятся недоумевают негодуют сокрушаются вторят
возмущается возмущались удивляется жалуется радуется уверен уверена уверены убежден убеждена
убеждён задается задаётся задавался задавалась задаются
schrie beschrieb beschreibt verriet verrät gestand gesteht bat bittet empfahl empfiehlt riet
rät widersprach widerspricht versprach verspricht bekannte befand unterstreicht
sang sing sings chanted sangen states
twitterte twittert tweetete tweetet getwittert getweetet
inquiète inquiètent répètent détaillé salué tempêté rassuré rassurée
рассуждает рассуждал рассуждала
считают считали
смеётся смеется смеялся смеялась улыбается улыбался улыбалась вздыхает вздыхал вздыхала
усмехается усмехался усмехалась
murmelt murmelte grinst grinste schmunzelt schmunzelte lächelt lächelte
gemeldet gewandt geäußert veröffentlicht wandte wendet veröffentlichte
dazwischenrief dazwischenriefen zurief zuriefen ausrief einwarf einwandte nachfragte nachhakte
hinzufügte hinterherrief
""") | _conjugated(
    french="""
    relev avanc contest argument enchaîn abond tacl grinc pest râl souffl murmur chuchot
    hurl écri clam proclam pronostiqu signal mentionn rapport relat formul exhort implor
    suppli questionn ripost object insurg offusqu argu réaffirm entonn justifi corrig balay
    remarqu cri
    """,
    german=_DE_STEMS_MORE,
    russian="""
    резюмирова сетова воскликну крикну прокрича шепну вздохну усмехну улыбну продолжи
    настаива настоя убежда убеди дополни акцентирова предположи допусти спрогнозирова
    оцени описа охарактеризова высказа подытожи огрызну посоветова порекомендова попроси
    потребова предложи пригрози разъясни отчита проинформирова информирова уведоми проси
    процитирова вспомина вспомни созна извини отрица возража усомни упрекну гарантирова
    полага прогнозирова перечисля перечисли
    """,
)


# Verbs of judging that quote the judge's words ("praised his officers for “…”") unless the
# quotation is a noun phrase after a determiner ("hailed their “strategic partnership”").
_EVALUATIVE = _words("""
praised praises hailed hails welcomed welcomes lauded condemned condemns slammed blasted
dénoncé dénonce dénonçait fustigé fustige accused accuses accusé accusée accuse
beschuldigte beschuldigt обвинил обвинила обвинили
criticized criticised salué salue saluait lobte lobt würdigte похвалил похвалила
приветствовал приветствовала раскритиковал раскритиковала
évoque évoqué évoquait évoquent invoque invoqué invoquait invoquent défend défendu défendait
""")
# German subjunctives: reported speech ("Die Netzentgelte seien „…“").
_SUBJUNCTIVE = _words("sei seien habe gebe werde müsse könne dürfe solle wolle stehe liege fehle")
# More subjunctives, read only before a quotation (a subject before one of them is what is
# reported on, not who speaks: "Ein Stellplatz koste die Stadt …"). The third person
# singular of the present is distinct from the indicative ("er sehe", "man arbeite"); of the
# past only forms narration rarely uses ("stünden", "gäbe"), and the plurals "hätten" and
# "wären", which reported speech puts in place of a present that looks like the indicative
# ("Die Messwerte hätten „…“ gelegen"); not "hätte", "wäre" or "würde", which as often say
# what might be.
_SUBJUNCTIVE_MORE = _words("""
sehe arbeite bleibe entstehe versuche rechne gehe komme brauche wisse trage gelte mache hoffe
erwarte zeige führe nehme spreche biete finde fordere befinde ergebe bestehe drohe reiche
folge lohne koste stünde stünden ließe ließen gäbe gäben käme kämen bräuchte bräuchten
bedeute hätten wären
""")
# Verbs that continue the clause of an earlier speaker ("…, adding that “…”").
_CONTINUING = _words("""
saying adding noting telling asking warning arguing insisting explaining claiming stressing
writing declaring calling urging repeating shouting chanting accusing
ajouter ajoutant déclarer déclarant expliquant expliquer affirmant soulignant souligner
précisant préciser estimant lançant
répondre répliquer rétorquer lâcher conclure résumer confier avouer admettre
reconnaître raconter rappeler insister demander écrire
hinzufügend
добавив отметив подчеркнув заявив сказав пояснив
recalling pointing suggesting acknowledging admitting conceding complaining promising
vowing describing predicting joking stating replying responding answering remarking
observing emphasizing emphasising underscoring cautioning lamenting boasting pleading
demanding asserting contending maintaining confirming announcing texting quipping
reminding reiterating concluding recounting
rappelant assurant indiquant insistant martelant regrettant dénonçant
avertissant reconnaissant répétant jugeant notant concluant promettant prévenant
уточнив напомнив признав указав заметив предупредив пообещав объяснив резюмировав
констатировав заверив сообщив
""") | _SUBJUNCTIVE
# Words that make a quotation a name for something rather than an utterance.
_NAMING = _words("""
called calls call calling dubbed dubs termed labeled labelled branded nicknamed titled entitled
so-called coined term word phrase slogan motto label
appelé appelée baptisé baptisée qualifié qualifiée surnommé intitulé intitulée
sogenannte sogenannten sogenannter genannt genannte bezeichnete bezeichnet titel
называемый называемая называемое называют назвал назвала названный
""")
_PRONOUNS = {
    "he": "m", "she": "f", "il": "m", "elle": "f", "er": "m", "sie": "f", "он": "m",
    "celui-ci": "m", "celle-ci": "f", "celui": "m", "celle": "f",  # ("Celui-ci écrit à son
    # propos : « … »", "s’amuse celle qui est aujourd’hui pensionnaire …": the one just named)
    "l’intéressé": "m", "l’intéressée": "f", "l'intéressé": "m", "l'intéressée": "f",
    # ("souriait l’intéressé": the one in question, as il or elle would be)
    "она": "f", "lui": "m", "ihm": "m", "ihr": "f", "него": "m", "неё": "f", "нее": "f",
    "его": "m", "её": "f", "ее": "f",
    "he’d": "m", "she’d": "f", "he'd": "m", "she'd": "f",  # ("“…,” she’d say": a habit)
}
# Pronouns that end a subject after a phrase of time or place ("At the hearing he").
_LAST_PRONOUNS = _words("he she il elle он она he’d she’d he'd she'd")
# Pronouns that are only ever subjects (of a verb they follow in "Dann sagt er").
_SUBJECT_PRONOUNS = _words("er sie il elle он она")
# Pronouns for a group or a body ("officials said …. “…,” they said"): pronoun "p".
_GROUP_PRONOUNS = _words("they ils elles они it")
_THEY = _GROUP_PRONOUNS - {"it"}  # (the plural ones: a group of people)
_FIRST_PERSON = frozenset({"I", "je", "Je", "j’", "ich", "Ich", "я", "Я"})
_PLURAL_PRONOUNS = _words("they it ils elles они es wir we i you je nous ich я мы их")
_HONORIFICS = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "m": "m", "mme": "f", "mlle": "f",
    "monsieur": "m", "madame": "f", "herr": "m", "herrn": "m", "frau": "f", "sir": "m",
    "dame": "f",
    "lord": "m", "lady": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f",
    "г-н": "m", "г-жа": "f", "господин": "m", "госпожа": "f", "господина": "m",
    "госпожи": "f", "господину": "m", "госпоже": "f",
}
_TITLES = _words("""
édile
president vice prime minister chancellor secretary senator sen rep gov governor mayor judge
justice general gen chief executive ceo director professor prof dr pope bishop rev father
coach captain capt lt col sgt maj cpl pvt adm cmdr coun officer detective inspector chairman
chairwoman speaker leader chair
ambassador commissioner deputy spokesman spokeswoman spokesperson foreign defense defence
finance interior health economy state attorney sheriff premier président présidente ministre
député députée sénateur sénatrice maire élu élue adjoint adjointe conseiller conseillère
bundeskanzler bundeskanzlerin kanzler kanzlerin ministerin präsident präsidentin
councilman councilwoman congressman congresswoman sheikh emir sultan crown superintendent
treasurer comptroller administrator trustee provost dean rector principal chairperson
stadtrat manager midfielder striker forward winger goalkeeper defender pundit member
cllr councillor councilor cr mp mep msp me maître mgr pdg owner auditor clerk registrar
det insp supt dci ds pc sgt retiree pensioner linebacker quarterback receiver
coroner magistrate constable warden pastor rabbi imam cardinal archbishop chaplain landlord
sergeant corporal lieutenant colonel admiral commander brigadier marshal trooper
canon vicar reverend curate deacon churchwarden verteidiger verteidigerin staatsanwalt
staatsanwältin commandant capitaine adjudant lehrer lehrerin
landlady publican shopkeeper sozialdemokrat sozialdemokratin christdemokrat
christdemokratin
councilmember
stadträtin regierungsrat
regierungsrätin nationalrat nationalrätin ständerat ständerätin gemeinderat gemeinderätin
bundesrat bundesrätin landrat landrätin kreisrat kreisrätin ortsvorsteher ortsvorsteherin
президент премьер-министр министр глава пресс-секретарь советник спикер депутат губернатор
мэр посол генсек директор председатель
bourgmestre mayeur mayeure échevin échevine democrat republican ratsfrau ratsherr
dirigeant dirigeante directeur directrice patron patronne gérant gérante procureur procureure
préfet préfète avocat avocate entraîneur entraîneuse sélectionneur technicien technicienne
тренер адвокат начальник прокурор полковник подполковник генерал майор капитан лейтенант
сенатор судья следователь врач учитель заведующий заведующая руководитель замглавы профессор
ректор декан замминистра командир хирург режиссёр режиссер писатель поэт художник журналист
корреспондент политолог социолог экономист аналитик историк
alderman alderwoman assemblyman assemblywoman prosecutor headteacher envoy juge commissaire docteur
professeur abbé monseigneur évêque recteur rectrice doyen doyenne senatorin pfarrer pfarrerin
pastorin bischof professorin rektor rektorin chefarzt chefärztin oberarzt oberärztin
""") | frozenset(_HONORIFICS)
# Title nouns written as one word with what they head (Finanzministerin, Verdi-Chef).
_TITLE_SUFFIXES = ("minister", "ministerin", "autor", "autorin", "führer", "führerin",
                   "präsident", "rat", "rätin",
                   "vize", "obmann", "obfrau", "torschütze", "torschützin", "torhüter",
                   "torhüterin", "torwart", "stürmer", "stürmerin", "spieler", "spielerin",
                   "referent", "referentin", "kommissar", "kommissarin", "meister",
                   "meisterin",
                   "präsidentin", "chef", "chefin", "sprecher", "sprecherin", "kanzler",
                   "kanzlerin", "leiter", "leiterin", "vorsitzender", "vorsitzende",
                   "trainer", "trainerin", "kapitän", "kapitänin", "vorstand",
                   "kandidat", "kandidatin", "vorständin", "direktor", "direktorin",
                   "sekretär", "sekretärin",
                   "bürgermeister", "bürgermeisterin", "berater", "beraterin", "regisseur",
                   "regisseurin", "schauspieler", "schauspielerin", "sänger", "sängerin",
                   "autorin", "schriftsteller", "schriftstellerin", "künstler", "künstlerin",
                   "produzent", "produzentin", "intendant", "intendantin", "dirigent",
                   "dirigentin", "richter", "richterin", "anwalt", "anwältin", "ökonom",
                   "vertreter", "vertreterin", "nachfolger", "nachfolgerin", "vorgänger",
                   "vorgängerin", "beauftragte", "beauftragter", "führer", "inhaber",
                   "inhaberin", "gründer", "gründerin", "abgeordnete", "abgeordneter",
                   "ökonomin", "forscher", "forscherin", "politiker", "politikerin",
                   "botschafter", "botschafterin", "kommissar", "kommissarin", "experte",
                   "expertin", "managerin", "journalistin", "kuratorin", "politiker",
                   "politikerin", "rätin")
# Nouns for a role: a capitalized word before one is not a name ("United boss").
_ROLES = _words("""
nurse doctor teacher engineer inspector driver farmer pilot soldier officer guard
neighbour neighbor witness survivor victim parent mother father colleague collègue
zeuge zeugin témoin guide
kollege kollegin voisin voisine nachbar nachbarin
boss official officials source sources analyst analysts head executive manager owner founder
worker workers resident residents fan fans player striker goalkeeper defender veteran expert
experts lawyer lawyers attorney prosecutor chief aide aides adviser advisor coach staff
spokesman spokeswoman spokesperson leader leaders member members fighter director
источник источники представитель эксперт эксперты собеседник директор тренер наставник
глава министр президент автор спикер советник игрок защитник нападающий вратарь болельщик
chauffeur chauffeuse conducteur conductrice boulanger boulangère médecin enseignant enseignante
habitant habitante commerçant commerçante auteur auteurs
chercheur chercheurs chercheuse éleveur éleveuse agriculteur agricultrice gardien gardienne
author authors researcher researchers baker shopkeeper landlord landlady waiter waitress
referee barrister solicitor paramedic surgeon consultant scientist economist historian
archaeologist curator librarian archivist priest firefighter caretaker carer campaigner activist
protester steward convenor tenant voter candidate insider insiders confidant ally allies associate
acquaintance relative relatives
fisherman passenger customer woman femme homme frau mann
fahrer fahrerin busfahrer busfahrerin wirt wirtin bäcker bäckerin landwirt landwirtin
angeklagte angeklagter autor autorin autoren forscher forscherin lehrer lehrerin kellner
kellnerin pfarrer pfarrerin
organiser organisers organizer organizers organisateur organisateurs organisatrice
organisatrices veranstalter veranstalterin
arzt ärztin mediziner medizinerin polizist polizistin
""")
_AUX = _words("""
kept keeps began begins started went to not did does do declined refused wanted wants tried
didn’t doesn’t wouldn’t won’t can’t couldn’t cannot
also later then has had have was is are were will would could should previously reportedly
again once further recently initially subsequently earlier simply only just finally
now still never always even
a avait ont aurait avoir être s’est s'est hat habe hatte haben
également aussi encore ensuite déjà enfin alors notamment
также ещё еще уже тогда затем ранее позже
on last this monday tuesday wednesday thursday friday saturday sunday yesterday today
lundi mardi mercredi jeudi vendredi samedi dimanche hier
montag dienstag mittwoch donnerstag freitag samstag sonntag gestern am später
""")
_LEADING = _words("""
and but so then while as when that because though although if et mais alors que qu und
aber doch dass denn и а но однако что which who whom whose where qui dont как wie comme
after before since until once unless whereas nachdem bevor obwohl weil lorsque quand puisque
puis wenn als ob sobald auch
""")
_STOP_PREPS = _words("""
in on at during to from after before when while who which as with for by about of dans
lors à au aux en pour avec sur de du bei am im auf nach vor mit für während в на во при
после для adding saying noting explaining who's avant après devant face autour
dès depuis pendant sans sous unter zum zur derrière parmi contre vers hinter neben
""")
_BACK_VERBS = _words("shot fired hit snapped pushed")
_BY_PREPS = _words("by in at on to with from for")
_DETERMINERS = _words("""
the a an this that these those his her its their our le la les l un une des ce cette der
die das den dem des ein eine einer einem einen eines sein seine seiner seines ihr ihre ihres
unser unsere etwas kein keine keinen keinem keiner jede jeder jedes jeden jedem diese dieser
dieses diesen diesem
one two three four some several many another each every son sa ses leur leurs notre nos
votre
""")
_ORG_WORDS = _words("""
states nations union ministry press house department party council court agency bank
kingdom republic times news post office commission committee association university
institute company corp inc war street day federation government parliament assembly army
navy police service group fund organization organisation foundation center centre trust
forces united rovers wanderers athletic
utilities securities project network coalition alliance campaign initiative forum
society league club board authority bureau branch directorate inspectorate gmbh ag kg se
stadt gemeinde behörde firma verwaltung ville commune
sa sas sarl ltd llc plc co
charity firm université universität ministère ministerium banque conseil tribunal cour
commission kommission agence agentur société gesellschaft groupe gruppe hôpital klinik
krankenhaus polizei mairie préfecture gouvernement regierung parlement parlament assemblée
verband verein stiftung fondation syndicat gewerkschaft partei parti institut collectif comité
министерство университет банк совет суд комиссия агентство компания группа больница
полиция мэрия правительство парламент партия фонд союз институт
images photos pictures
magazin zeitung verlag brothers
water energy power airlines airways motors pharma pharmaceuticals media labs systems
capital partners holdings ventures technologies solutions industries insurance telecom
paper railways radio television tv broadcasting
college academy hospital museum library hall lines
airport station stadium arena cathedral mosque prison gallery theatre theater cinema festival
orchestra choir sinfonia symphony philharmonic ensemble quartet brigade regiment battalion
observatory laboratory system transit district
school airline railway zoo church parish
""")
_NOT_NAMES = _words("""
ici beim zum zur vom letzten letzte letztes vergangenen vergangene vergangenes nächsten nächste
euer eure dein deine your votre твой твоя
the a an at in on of for to and but or asked earlier later after before since during while
when if as this that these those it its he she they we i you his her their our my new north
south east west mr mrs ms dr it’s don’t however meanwhile yet still also then there here
former ex top senior junior local young old chief acting interim
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december le la les il elle der die das er sie es
aujourd’hui hier demain heute gestern сегодня вчера today yesterday according
ihr ihre sein seine son sa ses leur leurs ihren ihrem ihrer seinen seinem seiner
once again now so thus instead indeed perhaps maybe finally eventually soon man
somewhere sometimes somehow someday
moreover furthermore nevertheless nonetheless therefore besides likewise similarly additionally
consequently otherwise like unlike despite another every each some any several many both either
neither years decades months weeks days hours minutes moments centuries generations
jahre jahren jahrzehnte jahrzehnten monate monaten wochen tagen stunden minuten mal richtung
dès lors lorsque quand depuis pendant avant après chez sans sous parmi wenn weil ob um für mit
nach vor bei seit während wegen trotz ohne gegen durch unter über zwischen neben hinter
haben hat hatte hatten ist sind war waren wird werden wurde wurden kann können soll sollen
muss müssen darf dürfen gibt gab dass daß einen einem eines den dem mai viel viele vieles wenig
weiter
dann danach jetzt nun auch alors ensuite puis ainsi enfin затем потом теперь там тогда
quant reste restent
januar jänner februar feber märz juni juli oktober dezember ende anfang mitte
janvier février mars avril juin juillet août septembre octobre novembre décembre
lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag
freitag samstag sonntag au-delà
deren dessen darin daran darauf dabei dafür dagegen davon darüber damit dazu dadurch daraus
und aber oder et mais ou или vormittag nachmittag morgen abend what why how where which who
jeden jede jedes jeder zwei drei vier fünf sechs sieben acht neun zehn zwölf wer
elf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig
fünfzig sechzig siebzig achtzig neunzig hundert tausend hunderte tausende dutzende zehntausende
hunderttausende millionen
was wie warum wann wo welche welcher welches wieso weshalb pourquoi comment où quel quelle
trotzdem deshalb daher dennoch zudem außerdem ausserdem jedoch allerdings immerhin zwar sogar
gleich intern zuvor zuletzt zuerst schließlich endlich plötzlich offenbar offensichtlich
angeblich vermutlich wahrscheinlich eigentlich tatsächlich natürlich leider jedenfalls übrigens
ebenfalls ebenso genauso somit folglich demnach hingegen stattdessen seither seitdem mittlerweile
gerade kaum fast etwa rund knapp manche manchmal häufig selten nie niemals immer wieder damals
abends morgens nachts daneben darum irgendwann irgendwo vorher nachher tagsüber anschließend
bald sofort vorhin neulich einmal gelegentlich erstmals mehrmals oftmals nochmals letztlich
monatelang jahrelang wochenlang tagelang stundenlang minutenlang nächtelang jahrzehntelang
möglicherweise teilweise glücklicherweise normalerweise üblicherweise erstaunlicherweise
quelque ceux celles déjà plus moins toujours jamais souvent parfois d’ailleurs extrait extraits
ailleurs partout surtout notamment donc car ni bref certes sinon aussitôt bientôt longtemps
autrefois jadis naguère
bereits schon inzwischen zunächst später dort doch pourtant cependant toutefois néanmoins
désormais allein als bisher bislang erst nur oft zugleich
mehr darunter davor dahinter
certains certaines plusieurs beaucoup
вечером утром днём днем ночью летом зимой весной осенью
""")
_OPENING_VERBS = _words("had has have was is did does enter wer wen wem wie wo warum who what")
# The greeting that opens a letter, before the name of the one it is written to.
_SALUTATIONS = _words("dear dearest liebe lieber liebste liebster cher chère chers chères "
                      "дорогой дорогая дорогие милый милая уважаемый уважаемая")
# Prepositions that open an adverbial phrase ("By the third, …", "Inside the profession, …",
# "Auf die Frage, …"): a capitalized one starts a sentence, never a name.
_PREPOSITIONS = _words("""
by inside outside in on at after before during with without under over since until from for
into through across behind beyond despite among between near within throughout against
toward towards upon amid along around
auf in bei mit nach von vom vor zu über unter seit während für gegen ohne durch aus im am beim
zum zur nachdem bis ab trotz wegen hinter neben zwischen innerhalb außerhalb außer gegenüber
statt anstatt anstelle ins ans aufs
dans sur sous avec après avant pendant depuis chez pour par entre à au aux lors malgré
devant derrière vers contre parmi face côté dès sans durant près auprès autour loin um
au-dessus au-dessous par-dessus en-dessous au-delà
selon laut according en
в на по при после до из за от с для во со под над перед через между около возле без
""")
# Head words of places and buildings: a capitalized run ending in one is not a person ("the
# Ohio River", "State College", "the Cold Creek Viaduct").
_PLACE_HEADS = _words("""
river creek college street bridge viaduct county university hospital trust lake road
avenue square valley mountain mountains island islands harbor harbour station airport
cathedral school academy stadium arena center centre building palace museum library
district province region city village forest beach falls canyon dam highway freeway
boulevard wreckage lakes hills springs heights line railway motorway
""")
# Words that lead the name of a place ("Rue du Moulin", "Lake Placid", "Fort Worth").
_PLACE_LEADS = _words("rue avenue boulevard chemin quai impasse allée lake mount fort cape "
                      "straße strasse platz улица проспект sri costa puerto saudi buenos "
                      "burkina")
_OF = _words("of at for from de du des von bei")
# The first word of a station's name ("Radio Bremen", "TV Oberfranken").
_MEDIUM_HEADS = frozenset({"Radio", "TV", "Télé", "Radio-Canada"})
_TIME_WORDS = _words("""
monday tuesday wednesday thursday friday saturday sunday yesterday today tonight later
lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd’hui mercredi soir matin
montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute
encore aussi alors ensuite également enfin toujours déjà
""")
# Whom a Russian verb of speech was told, right after it ("рассказал нашему корреспонденту").
_RU_TOLD = _words("""
журналистам редакции корреспонденту корреспондентам репортерам репортёрам изданию агентству газете
телеканалу нашему нашим
вопросом
""")
# German adverbs that stand after the subject of an inverted verb of speech, ending it.
_DE_ADVERBS = _words("""
nur auch noch dann später bereits schon erneut zuletzt kürzlich abschließend damals jetzt
nun zudem außerdem ausserdem ebenfalls sichtlich daraufhin anschließend anschliessend knapp
lediglich offenbar sinngemäß wörtlich trocken sofort lachend
""")
_CONJUNCTIONS = _words("and und or oder et ou и или bzw")
_DEFINITE = _words("the der die das le la l")
_OF_OR_DETERMINER = _OF | _DETERMINERS
# A preposition and an article in one word: no person's name follows it ("une épreuve du
# World Tour", "zum Deutschen Orden").
_CONTRACTED = _words("du au aux zum zur vom im beim")
_FR_DEFINITE = _words("le la les l’ l'")
_FR_BEFORE_ADJECTIVE = _words("est était plus très si trop moins reste semble")
_RU_BODIES = ("министерств", "мэри", "правительств", "администраци", "компани", "пресс-служб",
              "ведомств", "управлени", "прокуратур", "департамент", "комитет", "суд")
_FR_ADJECTIVE_ENDS = ("ière", "ier", "aire", "ale", "al", "elle", "el", "ique", "ive", "if",
                      "ienne", "ien", "aise", "ais")
_FR_PARTICIPLES = _words("lu lue remis remise rendu rendue transmis transmise écrit écrite "
                         "paru parue")
_FR_PLACE_PREPS = _words("à au aux dans sur devant près lors")


def _l_article(word: str) -> bool:
    """Whether a word opens with the French article elided ("l’Union", "L’Oréal")."""
    return word[:2] in ("l’", "l'", "L’", "L'")


def _fr_age(words: list[str], k: int) -> bool:
    """Whether a French age ("80 ans") starts at ``words[k]``."""
    return k + 1 < len(words) and words[k].isdigit() and words[k + 1] == "ans"


def _l_elided(word: str) -> str:
    """A French word without the elided article before it ("l’hôpital" → "hôpital")."""
    return word[2:] if _l_article(word) else word


_FR_BODIES = _words("direction entreprise fédération opposition municipalité majorité "
                     "laiterie coopérative cabinet enseigne chaîne usine intersyndicale "
                     "collectivité caisse")
_THAT = _words("that que qu dass что")
_RELATIVE_THAT = _words("that which who whom whose qui que dont который которая которые")
_SUBJECT_RELATIVE = _words("who qui который которая которые")
_RELATIVE = _words("who which whom whose where qui dont lequel laquelle который которая которые")
# Articles inside a name only after another particle ("von der Leyen").
_ARTICLES = frozenset({"der", "den"})
_PARTICLES = frozenset({"de", "des", "van", "von", "der", "den", "bin", "al", "da", "di", "du",
                        "le", "la", "del", "dos", "ibn", "ter", "zu"})
# Those that open a surname after a given name (not the articles "der", "la": "sagte Leonie
# Albrecht den Antrag").
_INNER_PARTICLES = _PARTICLES - {"der", "den", "des", "le", "la"}

# (A number is one token: the comma of "2,5 Millionen" or "4,000" ends no clause.)
# (A period between lower-case letters is part of the word, "ver.di-Verhandlungsführerin";
# so is an ampersand, "A&E".)
_WORD_TOKEN = r"\w+(?:[’'\-]\w+|\.(?=[a-zß-ÿ])\w+|&\w+)*"
_TOKEN = re.compile(r"\d+(?:[.,:]\d+)+|" + _WORD_TOKEN + r"(?:-\s+(?:und|oder|and|or|et|ou)\s+"
                    r"(?=[^\W\d_])" + _WORD_TOKEN + r")?|[^\w\s]")
# A compound whose second part two words share is one token: "Industrie- und Handelskammer".
_SUSPENDED = re.compile(r"\w-\s+(?:und|oder|and|or|et|ou)\s+[^\W\d_]")
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")
_INVERSION = re.compile(r"(\w+?)(?:-t)?-(il|elle|ils|elles)")
_INVERSION_SINGULAR = re.compile(r"\w+(?:-t)?-(il|elle)")
_ELIDED_PREFIX = re.compile(r"^(?:d|l|qu|j|n|s|c)[’']", re.IGNORECASE)
_ABBREV = _words("""
mr mrs ms dr st jr sr gen sen rep gov lt col sgt capt prof no vs etc m mme mlle u s co inc
wg bzw usw ca evtl ggf inkl vgl nr str bspw
corp ltd rev jan feb aug sept oct nov dec fig dept maj adm cmdr cpl pvt det insp supt
coun cllr hon atty asst
""")
_LONGEST_ABBREV = max(map(len, _ABBREV))
_SENTENCE_END = frozenset(".!?…。！？")
_BOUNDARY = frozenset(",;:()—–") | {"-"}


# Characters that are neither word characters nor spaces, each a token alone: every such
# ASCII character, and the common marks and dashes of other text.
_ASCII_MARKS = "".join(c for c in map(chr, range(128))
                       if not c.isalnum() and c != "_" and not c.isspace())
_MARKS_AROUND = _ASCII_MARKS + "".join(c for c in "“”‘’«»‹›„‚—–…•·¡¿"
                                       if not c.isalnum() and not c.isspace())


def _tokens(text: str) -> list[str]:
    """``_TOKEN.findall(text)``, read a piece between spaces at a time, as no token holds a
    space: a piece of letters and digits is one token, and so is one with marks only before
    or after it (each mark a token); other pieces ("don't", "U.S.", "3.5") go to the
    pattern, which reads them as it does in the whole text (no token goes past a space, and
    the look-ahead of "e.g" sees a space there as it sees the end of the piece). The engine
    spends some 3,000 instructions on each token it returns; this costs a tenth of that."""
    if "- " in text and _SUSPENDED.search(text) is not None:
        out = _TOKEN.findall(text)  # ("Industrie- und Handelskammer", across its spaces)
    else:
        out = _tokens_by_pieces(text)
    if "s’ " in text:
        _join_plural_possessives(out)
    return out


def _tokens_by_pieces(text: str) -> list[str]:
    out: list[str] = []
    for piece in text.split():
        if piece.isalnum():
            out.append(piece)
        elif piece[-1] in _MARKS_AROUND and (core := piece[:-1]).isalnum():
            # (the commonest other piece, a word and the comma or stop after it, as the
            # branch below reads it: nothing to strip before the word, one mark after it)
            out.append(core)
            out.append(piece[-1])
        elif not (core := piece.strip(_MARKS_AROUND)):
            out.extend(piece)
        elif core.isalnum():
            at = piece.find(core)
            out.extend(piece[:at])
            out.append(core)
            out.extend(piece[at + len(core):])
        else:
            out.extend(_TOKEN.findall(piece))
    return out


def _join_plural_possessives(tokens: list[str]) -> None:
    """Join a plural's possessive inside a name to its apostrophe ("the Irish Farmers’
    Association"), as the name is written, in place."""
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k] == "’" and tokens[k - 1][-1:] == "s" and tokens[k - 1][:1].isupper() and \
                tokens[k + 1][:1].isupper():
            tokens[k - 1:k + 1] = [tokens[k - 1] + "’"]


def _words_of(text: str) -> list[str]:
    """``_WORD.findall(text)``: the words, with an apostrophe or a hyphen inside them. Read
    as _tokens reads text (the marks around a piece are no part of its word; a piece with
    one inside goes to the pattern); ASCII text without ' or - has the plain words
    (_plain_words)."""
    if text.isascii() and "'" not in text and "-" not in text:
        return _plain_words(text)
    return _by_pieces(text, _WORD)


def _by_pieces(text: str, pattern: re.Pattern[str]) -> list[str]:
    """``pattern.findall(text)`` for a pattern of words, read a piece between spaces at a
    time: a piece of letters and digits, with or without marks around it, is one word; any
    other piece goes to the pattern."""
    out: list[str] = []
    for piece in text.split():
        if piece.isalnum():
            out.append(piece)
        elif (core := piece.strip(_MARKS_AROUND)).isalnum():
            out.append(core)
        elif core:
            out.extend(pattern.findall(piece))
    return out


def _is_stop(tokens: list[str], k: int) -> bool:
    """Whether token ``k`` ends a sentence (the period of "Mr." or "U.S." does not)."""
    t = tokens[k]
    if t not in _SENTENCE_END:
        return False
    if t == "." and k > 0:
        previous = tokens[k - 1]
        if previous.lower() in _ABBREV or len(previous) == 1 and previous.isupper() and (
            k >= 2 and (tokens[k - 2] == "." or _first_name_before(tokens[k - 2]))
            or k + 1 < len(tokens) and (tokens[k + 1][0].isupper() or tokens[k + 1].islower()
                                        and k >= 2 and tokens[k - 2] in _SPEECH_VERBS)
        ):
            # "Mr.", "U.S.", "J. K.", and a surname cut to its initial after a first name:
            # "Sandra M. sagt" (but not "wrote on X."), or after a verb of speech before
            # lower case: "beteuert K. gleich zu Beginn"
            return False
        if _ROMAN.fullmatch(previous) and k >= 2 and tokens[k - 2].lower() in _DE_ORDINAL_AFTER:
            return False  # "des VIII. Zivilsenats": a German ordinal
    return True


# The words a German ordinal follows ("zum 95. Geburtstag", "des VIII. Zivilsenats").
_DE_ORDINAL_AFTER = _words("zum zur am vom im beim bis seit der die den dem des")


def _sentence_tail(tokens: list[str]) -> list[str]:
    """The tokens after the last sentence end."""
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k] in _SENTENCE_END and _is_stop(tokens, k):
            return tokens[k + 1:]
    return tokens


def _verb(token: str) -> str:
    """The token as a verb to look up: lower case, French elision (d’ajouter) removed;
    "" for a capitalized token (a verb of speech starting a sentence is rare, a name common).
    """
    if not token[0].islower():
        return ""
    if "’" not in token and "'" not in token:
        return token  # no elision possible: the regex would return it unchanged
    return _ELIDED_PREFIX.sub("", token)


# ---------------------------------------------------------------------------------------
# Names and speakers


@dataclass(slots=True)
class _Speaker:
    """Who a clause names: a person's name, a pronoun to resolve, or a description."""

    text: str
    name: bool = False
    pronoun: str = ""  # "m", "f" or "?" when the speaker is a pronoun
    gender: str = ""
    pure: bool = False  # the clause is nothing but the name


# A Russian patronymic in a case other than the nominative ("Антонины Ивановны", "Ивана
# Петровича"): a name in the genitive, never the first half of the next one.
_RU_PATRONYMIC_OBLIQUE = ("овны", "евны", "ичны", "овича", "евича", "овичу", "евичу", "овне",
                          "евне")


def _strip_possessive(token: str) -> str:
    return token[:-2] if token.endswith(("’s", "'s")) else token


# German words that end like a council's member ("-rat") but name an office, a body or a
# thing: "an das Referat Jugendhilfe", "das Rektorat", "der Apparat".
_NOT_TITLE_ENDS = ("referat", "rektorat", "apparat", "inserat", "zitat", "format", "salat",
                   "heirat", "vorrat", "verrat", "quadrat", "präparat", "konsulat")


def _is_title(word: str) -> bool:
    known = _IS_TITLE.get(word)
    if known is None:
        low = word.lower().rstrip(".")
        if "-" in word and word.rsplit("-", 1)[1][:1].islower():
            # "Eighth-grader Maya Johnson", "Ex-minister" (but not "cable-tied", "so-called",
            # "long-running": a participle or an adjective)
            known = not low.endswith(("ed", "ing", "ly", "ous", "ful", "ive", "al",
                                      "-même", "-mêmes")) and \
                low.split("-", 1)[0] not in _NUMBER_WORDS and not (
                    low[:1].isdigit() and _AGED.match(word.replace("jährig", "Jährig")) is None)
            # (nor "deux-pièces", "two-seater", "eux-mêmes", "her first 100-miler"; but an
            # age is one: "die 14-jährige Lea")
        else:
            known = low in _TITLES or low.endswith(_TITLE_SUFFIXES) and (
                word[:1].isupper() or not low.endswith("rat")  # (not the verb "trat")
            ) and not low.endswith(_NOT_TITLE_ENDS) or word[:1].isupper() and \
                low.endswith("s") and low[:-1].endswith(_TITLE_SUFFIXES) and len(low) > 6 \
                or "-" in low and low.rsplit("-", 1)[1] in _TITLES
            # (and a German genitive: "des ungarischen Außenministers Gábor Lendvai"; a
            # compound that ends in a title: "Haie-Coach Brad Tenney")
        if len(_IS_TITLE) < 50_000:  # bounded: a long-running app reads many articles
            _IS_TITLE[word] = known
    return known


_IS_TITLE: dict[str, bool] = {}
_NUMBER_WORDS = _words("one two three four five six un deux trois quatre cinq ein zwei drei "
                       "vier fünf sechs")


def _titled_compound(word: str) -> bool:
    """Whether a hyphenated word is a title for a name of one word too ("President-elect
    Trump", "Ex-minister Dupont"); other hyphenated words read as titles ("Eighth-grader")
    need a full name after them: "Rot-weiße Baken" are posts, not a person."""
    parts = word.lower().rstrip(".").split("-")
    return parts[0] in ("ex", "co") or any(
        p in _TITLES or p.endswith(_TITLE_SUFFIXES) for p in parts)


_RU_TIME = _words("вечером утром днём днем ночью накануне сегодня вчера позднее позже")
_FR_CLITIC_AUX = _words("l’a l'a l’ont l'ont l’avait l'avait m’a m'a t’a t'a m’ont m'ont "
                        "m’avait m'avait t’avait t'avait m’avaient m'avaient "
                        "s’en s'en s’y s'y")  # (and "…, s’en souvient très bien :")
# Endings of German abstract nouns, which no name has.
_DE_ABSTRACT = ("heit", "keit", "schaft", "tion", "tät", "ismus")


# The heads German job titles end in, as compounds ("Bezirkshauptfrau", "Rückraumspieler").
_DE_ROLE_HEADS = ("spieler", "spielerin", "meister", "meisterin", "leiter", "leiterin",
                  "sprecher", "sprecherin", "trainer", "trainerin", "hauptfrau", "hauptmann",
                  "ratsfrau", "ratsherr", "loge", "login", "chef", "chefin", "präsident",
                  "präsidentin", "direktor", "direktorin", "referent", "referentin",
                  "kommissar", "kommissarin", "anwalt", "anwältin", "ingenieur", "ingenieurin",
                  "berater", "beraterin", "forscher", "forscherin", "polier", "ökonom",
                  "ökonomin", "experte", "expertin", "händler", "händlerin", "fahrer", "fahrerin",
                  "lehrer", "lehrerin", "arzt", "ärztin", "pfleger", "pflegerin")


# Generational suffixes after a name ("Robert F. Kennedy Jr.", "Martin Luther King III").
_GENERATIONAL = frozenset({"Jr", "Sr", "II", "III", "IV"})
_GENERATION = re.compile(r",? (Jr\.|Sr\.|Jr\b|Sr\b)")


# A student's year before their name ("Senior Amara Diallo"); in lower case an adjective.
_CLASS_YEARS = frozenset({"Senior", "Junior", "Sophomore", "Freshman"})


_PARTY_MEMBERS = _words("democrat republican democrats republicans")


# The lower-case words that join the parts of a French place name ("Montaut-sur-Gabas",
# "Joué-lès-Tours", "Saint-Cyr-au-Mont-d’Or"); a person's hyphenated name has none.
_FR_PLACE_JOINS = re.compile(r"\w-(?:sur|sous|en|lès|lez|les|le|la|au|aux|de|du|des|d’)-?\w")


def _name_run(tokens: list[str]) -> tuple[list[str], str] | None:
    """The person's name in a run of capitalized tokens (titles stripped), and the gender an
    honorific gives, or None when the run does not look like a person."""
    if tokens and tokens[0].lower() in _SALUTATIONS:
        return None  # "Dear June, it is 11 below": whom a letter is to, no one who speaks
    words: list[str] = []
    for t in tokens:
        if t[0].isalnum():
            words.append(t)
        elif t == "." and words and len(words[-1]) == 1 and words[-1].isupper():
            words[-1] += "."  # an initial: "William G. Gale"
    if len(words) >= 2 and words[-1] in _GENERATIONAL:
        words.pop()  # "Martin Luther King Jr.": the name without it ("King" is no title here)
    if not words:
        return None
    gender = ""
    last_title = -1
    for k, w in enumerate(words[:-1]):
        known = _IS_TITLE.get(w)
        if known or known is None and _is_title(w):
            last_title = k
            gender = _HONORIFICS.get(w.lower(), gender)
        elif len(w) > 1 and w.isupper() and k + 2 < len(words) and not w.endswith("."):
            last_title = k  # "Labour MP Jane Smith", "député LFI François Ruffin": a party
            # or an office in capitals, then the name
    name = words[last_title + 1:]
    if len(name) == 2 and name[0] in _NATIONALITIES:
        name = name[1:]  # "Ukrainian Kovalenko": where she is from, then her surname
    if name and name[0] in _PARTICLES:
        return None  # "Vorsitzende des Gremiums": an office, not a name
    if len(name) >= 2 and name[0].lower().endswith(("klub", "club")) and \
            name[1].lower().startswith(("mitglied", "spieler", "fans")):
        return None  # "als mancher Kegelklub Mitglieder": a club's members, no one (but
        # "Mieterverband Zürich", "Kegelklub Hamm" name a body)
    if len(name) == 1 and last_title >= 0 and not gender and name[0].lower() in _TITLES and \
            words[last_title].lower().rstrip(".") not in _ABBREV:
        return None  # "Prime Minister", "Home Secretary": an office in capitals, not a
        # title and a name (but "Dr. King", "Rev. King": an honorific, then a surname)
    if "Les" in name[1:] or "Des" in name[1:]:
        return None  # "l’Ehpad Les Hortensias": a place's name, with its article inside
    if not _ARTICLES.isdisjoint(name) and any(
        w in _ARTICLES and name[k - 1] not in _PARTICLES for k, w in enumerate(name[1:], 1)
    ):
        return None  # "Reform der Schuldenbremse" (but "von der Leyen", "van der Rohe")
    for k in range(len(name) - 2, -1, -1):
        if name[k].endswith(("’s", "'s")):  # "City’s Phil Foden": the owner is not the name
            name = name[k + 1:]
            break
    # Acronyms (MID, IAEA) and places before a Cyrillic name are not part of it.
    name = [w for w in name if not (len(w) > 1 and w.isupper() and w[-1] != ".")]
    if not name or name[-1] in _PARTICLES:
        return None  # (no name ends with its particle: "Titulaire du BEPF" is no person)
    if len(name) >= 3 and all("а" <= ch.lower() <= "я" or ch in "ё-" for ch in name[-1]):
        # (A patronymic keeps the first name before it: "Виктор Ильич Гордеев".)
        name = name[-3:] if name[-2].endswith(_PATRONYMIC) else name[-2:]
    name[-1] = _strip_possessive(name[-1])
    if len(name) >= 3 and name[0] not in _EITHER_NAMES and not _given_name_gender(name[:2]) \
            and not name[0].endswith("."):
        given = next((k for k in range(1, len(name) - 1) if _given_name_gender(name[k:])), 0)
        if given or name[0].lower() in _ROLES or name[0].lower().endswith(_DE_ROLE_HEADS) \
                or name[0] in _CLASS_YEARS:
            # "Grünen-Ratsfrau Miriam Osterkamp", "Survivor Rowena Bautista": a role, then
            # the name (a German compound ending in one: "Bezirkshauptfrau Elfriede
            # Mayrhofer", "DWD-Meteorologe Jan Pfister", "Rückraumspieler Tomas Vrabec")
            name = name[given or 1:]
    if len(name) >= 2 and name[-2] in _KIN_CAPITALIZED and (
            _first_name_sex(name[-1]) or len(name) == 2):
        name = name[-1:]  # "Ihr Mann Jürgen", "Thomas Lehmanns Sohn Paul": the given name
    elif len(name) == 2 and (name[0] in _ADDRESS_KIN or name[0] in _RU_ADDRESS_KIN):
        gender = gender or _NOUN_SEX.get(name[0].lower(), "f")  # "Tante Gerda", "Uncle
        # Harish", "баба Шура"
    first = name[0].lower()
    if first in _PREPOSITIONS or first in _RU_PREPOSITIONS or first in _PLACE_LEADS \
            or name[-1].lower() in _PLACE_HEADS \
            or name[-1].lower() in _DOCUMENTS and (len(name) > 1 or len(name[0]) > 3):
        # "By the third", "the Ohio River", "World Drug Report": a phrase, a place or a
        # document, not a person
        return None
    if len(name) > 1 and name[-1].lower() in _PARTY_MEMBERS:
        return None  # "the New Mexico Democrat": a description, not a name
    if len(name) == 1 and (len(name[0]) == 1 or name[0].lower() in _FIRST_SECOND
                           or name[0][1:2] in ("’", "'") and name[0][2:3].islower()) or \
            "I" in name:
        return None  # a label ("Q:", "A:"), a capitalized "Ich", "We", "Again I": nobody
    if len(name) == 1 and "-" in name[0] and _FR_PLACE_JOINS.search(name[0]):
        return None  # "la maire de Montaut-sur-Gabas", "Châlons-en-Champagne": a town
    if len(name) == 1 and (name[0].endswith(_DE_ABSTRACT) or len(name[0]) >= 9
                           and name[0].endswith("ung")):
        return None  # "Beschneiung helfe nur bedingt": a German noun, not a name
    if len(name) == 1 and "А" <= name[0][:1] <= "Я" and not _ru_may_be_name(name[0]):
        return None  # "Вечером, когда …", "Компания сообщила": a word, not a name
    if len(name) == 2 and "А" <= name[0][:1] <= "Я" and "А" <= name[1][:1] <= "Я" and \
            not _ru_may_be_name(name[0]) and not _ru_may_be_name(name[1]):
        return None  # "Нижний Тагил", "Красная Поляна": a place, neither word a name
    if len(name) == 2 and "А" <= name[0][:1] <= "Я" and not _ru_may_be_name(name[0]) and (
            (tag := _morphology().parse(name[0])[0].tag).case not in ("nomn", None)
            or tag.POS in ("ADVB", "CONJ", "PRCL", "PREP", "VERB")
            or tag.POS == "ADJF" and name[0].lower().endswith(("летний", "летняя"))):
        return [name[1]], gender  # "Мастерскую Савицкая открыла": what she opened, first
        # ("Сейчас Веденеева — 38-я ракетка мира": when; "Посмотрела Мишин канал": a verb;
        # "Пятилетняя Соня": her age)
    return name, gender


def _capital_runs(tokens: list[str]) -> list[tuple[int, int]]:
    """Index ranges of runs of capitalized words (particles like "de" allowed inside)."""
    runs = []
    k = 0
    while k < len(tokens):
        if tokens[k][0].isalnum() and tokens[k][0].isupper():
            start = k
            k += 1
            while k < len(tokens):
                t = tokens[k]
                if (t[0].isalnum() and t[0].isupper()
                        or t == "." and (tokens[k - 1].lower() in _ABBREV or len(
                            tokens[k - 1]) == 1 and k + 1 < len(tokens)
                            and tokens[k + 1][:1].isupper())  # "William G. Gale"
                        or t in _PARTICLES and k + 1 < len(tokens)
                        and tokens[k + 1][0].isalnum() and tokens[k + 1][0].isupper()
                        or t in _ARTICLES and tokens[k - 1] in _PARTICLES
                        and k + 1 < len(tokens) and tokens[k + 1][0].isupper()
                        or t in _PARTICLES and tokens[k + 1:k + 2] in (["der"], ["den"])
                        and k + 2 < len(tokens) and tokens[k + 2][0].isupper()):
                    k += 1
                else:
                    break
            runs.append((start, k))
        else:
            k += 1
    return runs


_LY_NOUNS = _words("family ally assembly supply monopoly anomaly bully butterfly rally "
                   "italy jelly belly")


def _adverb(word: str) -> bool:
    """An English adverb in -ly ("explicitly"), or one of a few others ("twice"), which
    ends no subject."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in _LY_NOUNS \
        or word in ("twice", "once", "again", "also", "later", "then")


_TIME_NOUNS = _words("this week month year morning afternoon evening night weekend spring summer "
                     "autumn fall winter period era decade")
_AGO_NOUNS = _words("year years decade decades month months week weeks day days hour hours "
                    "minute minutes moment moments second seconds century centuries generation "
                    "generations")
_MONTHS = _words("january february march april may june july august september october november "
                 "december")


# Relative adverbs that open a clause before its subject ("куда классный руководитель
# написала", "où le maire a déclaré", "wo der Bürgermeister sagte").
_WHERE_RELATIVE = frozenset({"куда", "где", "откуда", "où", "wo", "wohin"})
_NOBODY = _words("nobody noone none niemand keiner personne aucun aucune никто")


_PHRASING = _words("formule expression mots termes words phrase")
_ONE_OF_THEM = re.compile(r"(?:one|einer|eine|l’un|l’une|один|одна) (?:of them|von ihnen|"
                          r"d’eux|d’entre eux|d’elles|d’entre elles|из них)")


_RU_PARTICLES_FIRST = _words("Лишь Только Даже Также Тоже Зато")
_RU_HOW_LAST = _words("коротко кратко сухо осторожно лаконично тоже также")
_DE_TOLD_FIRST = _words("mir uns dir euch ihm mich dich ihn")
_DE_ABOUT_LAST = _words("von vom über ein eine einem einer einen")
_DE_WHEN_LAST = _words("neulich kürzlich jüngst damals einmal später gestern heute dann sofort")


def _ru_lower_tag(word: str):  # -> pymorphy3's tag, or None
    """The grammar of a Russian word in lower case, as morphology reads it first; None for
    any other word."""
    return _morphology().parse(word)[0].tag if "а" <= word[:1] <= "я" else None


def _ru_how_or_whom(word: str) -> bool:
    """Whether a Russian word in lower case is an adverb or a pronoun in the dative ("потом",
    "мне"): how or to whom something was said, no part of who said it."""
    tag = _ru_lower_tag(word)
    return tag is not None and (tag.POS == "ADVB" or tag.POS == "NPRO" and tag.case == "datv")


def _de_an(tokens: list[str]) -> bool:
    """Whether the tokens open with German "An" and an article ("An einer Stelle", "An der
    Grenze"), a preposition, not the English article."""
    return len(tokens) > 1 and tokens[0] == "An" and tokens[1] in _DE_ALL_ARTICLES


def _ru_person_noun(word: str) -> bool:
    """Whether a Russian word in lower case is a noun for a person, in the nominative
    ("официант", "хозяйка")."""
    tag = _ru_lower_tag(word)
    return tag is not None and tag.POS == "NOUN" and tag.animacy == "anim" and \
        tag.case == "nomn"


# Words after a document that name whom it went to ("The letter sent to Mr Lister").
_SENT_TO = _words("sent addressed delivered posted mailed emailed handed to")
# The words an English subject after an opening phrase begins with ("In a statement the
# board", "On Monday his lawyer").
_SUBJECT_OPENERS = _words("the a an its his her their")


# Russian personal pronouns in a case other than the nominative (whom it was said to), none
# of them also a possessive: no part of who says it.
_RU_TO_WHOM = _words("мне меня мной нам нас нами ему ей им вам вас тебе тебя")
# Of them, the first and second persons, whom a verb of speech may put before its subject
# ("спросил меня Соколов"; the third, "ему", measured worse there).
_RU_ME_YOU = _words("меня мне тебя тебе нас нам вас вам")


_COUPLE_JOINS = _words("and et und и")
# The last words of a paper's or a magazine's name ("Brass Band Weekly", "Farmers Weekly").
_PAPER_LAST = _words("weekly daily monthly magazine gazette journal herald tribune review")


def _describe(chunk: list[str]) -> _Speaker | None:
    """The speaker named by one clause (no commas inside)."""
    if len(chunk) > 2 and "а" <= chunk[0][:1].lower() <= "я" and (to_whom := next(
            (k for k in range(1, len(chunk)) if chunk[k] in _RU_TO_WHOM), 0)):
        chunk = chunk[:to_whom]  # "А мама мне в тот вечер написала:": to me, then when
    if len(chunk) == 2 and chunk[0] in ("Ihr", "Ihre", "Sein", "Seine") and (
            chunk[1].lower().endswith(("motto", "spruch", "satz", "slogan", "devise", "parole"))
            or _de_document(chunk[1]) is not None):
        # "Ihr Wahlkampfmotto lautete „…“", "Seine Nachricht lautete:": whose the words are
        sex = "f" if chunk[0].startswith("Ihr") else "m"
        return _Speaker("sie" if sex == "f" else "er", pronoun=sex)
    if 3 <= len(chunk) <= 6 and chunk[-1].lower() in _DOCUMENTS and (owner := next(
            (k for k in range(len(chunk) - 1) if chunk[k].endswith(("’s", "'s"))), -1)) > 0 \
            and chunk[owner][:1].isupper() and chunk[owner - 1][:1].isupper() and \
            chunk[0].lower() not in _DETERMINERS and all(
                w.islower() for w in chunk[owner + 1:]):
        # "Referee Adrian Kell’s match report said": whose report, a person named in full
        chunk = chunk[:owner] + [chunk[owner][:-2]]
    if len(chunk) == 2 and chunk[0].lower() in ("ce", "c’", "tout", "celui", "celle") and \
            chunk[1][:3].lower() in ("qu’", "qu'"):
        chunk = chunk[1:]  # "ce qu’elle décrit comme « … »": what she describes, so she
    # The commonest clauses, decided at once: a pronoun alone ("he"), and one or two
    # capitalized words that no rule below reads as anything but a name ("Critics", "Lena
    # Moss"). The rules give these the same speaker: none of their words is in a list
    # they consult (_PLAIN_NOT), and the first of two is no title.
    if len(chunk) == 2:
        first, second = chunk
        if second.isdigit() and first[:1].isupper():
            return None  # "Bed 3 is “a faller”", "Gleis 4": a thing and its number
        if _PLAIN_CAPITALIZED.fullmatch(first) and _PLAIN_CAPITALIZED.fullmatch(second) and \
                first.lower() not in _PLAIN_NOT and second.lower() not in _PLAIN_NOT and \
                not _is_title(first):
            return _Speaker(first + " " + second, name=True, pure=True)
    elif len(chunk) == 1:
        word = chunk[0]
        if word[:3].lower() in ("qu’", "qu'") and word[3:].lower() in _PLAIN_PRONOUNS:
            word = word[3:]  # "une phrase, qu’elle répétait : « … »": the relative, then her
        if (pronoun := _PLAIN_PRONOUNS.get(word.lower())) is not None and word.isalpha():
            return _Speaker(word, pronoun=pronoun)
        if _PLAIN_CAPITALIZED.fullmatch(word) and word.lower() not in _PLAIN_NOT and \
                not word.endswith(_DE_ABSTRACT) and not (len(word) >= 9 and word.endswith("ung")):
            return _Speaker(word, name=True, pure=True)
    words = [t for t in chunk if t[0].isalnum() or t in ".&"]
    if 4 <= len(words) <= 5 and words[1] in _COUPLE_JOINS and all(
            w[:1].isupper() for w in words[2:]) and _first_name_sex(words[0]) and \
            _first_name_sex(words[2]):
        return _Speaker(" ".join(words), name=True)  # "Marcel et Yvonne Prigent": the
        # couple, both of them
    if len(words) == 2 and _AGED.fullmatch(words[0]) and words[1][:1].isupper() and \
            _ru_may_be_name(words[1]):
        words = words[1:]  # "34-летняя Екатерина": her age, then her name
    if len(words) > 2:
        # "Лишь спортивный директор уральцев Вадим Латыпов коротко (заметил)": "only" and
        # "briefly" are no part of who
        first = 1 if words[0] in _RU_PARTICLES_FIRST else 0
        last = len(words)
        while last > first + 2 and (words[last - 1] in _RU_HOW_LAST or words[last - 1] in
                                    _DE_WHEN_LAST or _ru_how_or_whom(words[last - 1])):
            last -= 1  # (nor when, or whom they told: "Игорь Шатров потом", "… мне", "ein
            # Staatssekretär neulich")
        for k in (0, 1):
            if words[k] in _DE_TOLD_FIRST and words[k + 1].lower() in _DE_ALL_ARTICLES:
                first = k + 1  # "wie mir eine 89-jährige Patientin erklärt hat": whom she
                # told, before her
        words = words[first:last]
    if len(words) > 3 and words[0].lower() in _INDEFINITE and (verb := next(
            (k for k in range(2, len(words) - 1) if words[k].endswith("ed")
             and words[k + 1] in _OBJECT_PRONOUNS), 0)):
        words = words[:verb]  # "a broad man in an apron accosted me": the subject, no more
    if len(words) > 3 and (words[0].lower() in _DETERMINERS or words[0].lower() in _INDEFINITE) \
            and (doing := next((k for k in range(2, len(words) - 1)
                                if words[k].islower() and words[k].endswith("ing")
                                and len(words[k]) > 5 and words[k] not in _PREPOSITIONS
                                and (words[k + 1].lower() in _DETERMINERS
                                     or words[k + 1] in _PREPOSITIONS)), 0)):
        words = words[:doing]  # "One Hollis employee leaving the plant after the first
        # shift": the subject, not what they were doing
    if len(words) > 2 and words[0].lower() in _DE_ARTICLES and (aux := next(
            (k for k in range(2, len(words)) if words[k] in _DE_AUX), 0)):
        # "Der Angeklagte selbst hatte zu Prozessbeginn (gesagt)": a German subject ends at
        # the auxiliary (and "selbst" is no part of it).
        words = words[:aux - 1] if words[aux - 1] == "selbst" else words[:aux]
    elif len(words) > 2 and words[1] in _DE_AUX and words[2].lower() in _SOMEONE and \
            words[0].lower() in _NOT_NAMES:
        return _Speaker(words[2])  # "Darunter hatte jemand … ergänzt": where or when, the
        # auxiliary, then who
    elif len(words) > 2 and words[0][0].isupper() and (aux := next(
            (k for k in range(1, min(4, len(words))) if words[k] in _DE_AUX), 0)) and all(
            w[0].isupper() and w.lower() not in _DETERMINERS or w == "." for w in words[:aux]):
        # "B. soll darauf lediglich (geantwortet haben)": a name, then the auxiliary that
        # ends it, the initial with its point
        words = words[:aux - 2] + [words[aux - 2] + "."] if words[aux - 1] == "." else \
            words[:aux]
    if len(words) > 3 and words[0].lower() in _SUBJECT_OPENERS and (sent := next(
            (k for k in (1, 2) if words[k].lower() in _DOCUMENTS), 0)) and \
            words[sent + 1] in _SENT_TO and any(w[0].isupper() for w in words[sent + 2:]):
        return _Speaker(" ".join(words[:sent + 1]))  # "The notice sent to Mr Lister": the
        # notice, not the one it was sent to (but "a note to clients" is all one label)
    opening = 1 if words[:1] in (["and"], ["but"]) else 0
    if len(words) > 3 + opening and (opening or words[0][0].isupper()) and \
            words[opening].lower() in _PREPOSITIONS and (
            det := next((k for k in range(len(words) - 2, opening + 1, -1)
                         if words[k] in _SUBJECT_OPENERS and words[k - 1] not in _PREPOSITIONS
                         and words[k - 1] not in _OF and (words[k - 1].islower() or words[k] not in
                                                          ("a", "an"))), 0)):
        words = words[det:]  # "In a statement on Monday morning the club (said)", "On Monday
        # the council", "and in a statement issued in January the board": an opening phrase
        # without its comma, then the subject (an article after a capital is no start: "Auf
        # der Toilette hat jemand in Edding an die Wand", "In 2021 a group")
    elif len(words) > 2 and words[0] in ("This", "Last", "Earlier", "Later") and (
            when := next((k for k in (2, 3)[:len(words) - 2] if words[k] not in _TIME_NOUNS
                          and all(w in _TIME_NOUNS for w in words[1:k])), 0)):
        words = words[when:]  # "This month the chief executive of … (told)", "Last summer
        # I (wrote)": when, then who
    elif len(words) > 3 and (when := next((k for k in (1, 2, 3) if words[k] in ("ago", "later")
                                           and words[k - 1].lower() in _AGO_NOUNS),
                                          0)) and len(words) > when + 2:
        words = words[when + 1:]  # "Years ago a television reporter (asked me)", "Two days
        # later the mayor": when, then who
    elif len(words) > 2 and (named := _name_after_opening(words, len(words))):
        words = words[named:]  # "At one point Ashby (asked)": and then a name
    if len(words) > 2 and (words[0].lower() in _DETERMINERS or _l_article(words[0])) and (
            clitic := next((k for k in range(1, len(words)) if _fr_verb_clitic(words[k])), 0)):
        words = words[:clitic]  # "l’élue s’inquiète aussi de …", "le technicien ne s’est
        # pas caché": a French subject ends where the pronouns before its verb begin
    if len(words) >= 2 and words[-2] in _RU_ADDRESS_KIN and "А" <= words[-1][:1] <= "Я":
        return _Speaker(f"{words[-2]} {words[-1]}", name=True, gender=_NOUN_SEX.get(
            words[-2], "f"))  # "дед Витя": what the family calls him, whole
    if len(words) >= 2 and "а" <= words[-2][:1] <= "я" and "А" <= words[-1][:1] <= "Я" and \
            "Name" in _morphology().parse(words[-1])[0].tag:
        # "— говорит мама двоих школьников Марина": a description, then a first name alone
        return _Speaker(words[-1], name=True)
    last = len(words) - 1
    reporter: list[str] = []
    antecedent = False  # the words before a relative clause, as the sentence writes them
    if len(words) > 3 and words[0].lower() in _DETERMINERS and (relative := next(
            (k for k in range(2, len(words) - 2) if words[k] in ("that", "which")), 0)) \
            and _SPEECH_VERBS.isdisjoint(words[relative + 1:]) and \
            words[relative + 1].islower() and words[relative + 1] not in _DETERMINERS:
        # "the Justice Department agency that runs the courts" (but "a decision that
        # parents (said)": the clause's subject is who speaks)
        words = words[:relative]
        antecedent = True
        last = len(words) - 1
    for k in range(last, -1, -1):
        w = words[k]
        # (A word without an apostrophe is its own verb form: _verb only lower-cases.)
        if w in _SAY or ("’" in w or "'" in w) and _verb(w) in _SAY or \
                k < last and (w.lower() in _RELATIVE_THAT and not (
                    w == "that" and (k and (words[k - 1] in _PREPOSITIONS or words[k - 1] in _OF)
                                     or words[k + 1].lower() in _TIME_NOUNS
                                     or words[k + 1].islower() and words[k + 2:k + 3] and
                                     words[k + 2] in _PREPOSITIONS))
                    # ("a flyer from that period", "repeated once that weekend", "disputed
                    # that account in an interview": a demonstrative, not a clause)
                    or w in _CLAUSE_AFTER):
            if w in _SAY:
                reporter = words[:k]
            if k and (w.lower() in _SUBJECT_RELATIVE and words[k + 1][0].islower()
                      or w.lower() == "whose"
                      or w.lower() in ("que", "whom") and k >= 2
                      and words[0].lower() in _DETERMINERS
                      and (words[k + 1].lower() in _PRONOUNS
                           or words[k + 1].lower() in _PLURAL_PRONOUNS
                           or words[k + 1] in _FIRST_PERSON)):
                # ("Un sociologue que nous avions invité m’a dit": whom they had invited)
                # "A Republican strategist who has advised …", "the chef whose Ember & Oak
                # chain collapsed": who it is
                words = words[:k]
                antecedent = True
            else:
                words = words[k + 1:]  # "said teachers had told him", "a debate that one member"
            break
    if reporter and len(words) == 1 and words[0].lower() in _PRONOUNS:
        # "Pruitt said he told Moravec to “…”": the pronoun of a reported clause is the
        # one who reports it, not the last name before it.
        main = _describe(reporter)
        if main is not None and main.name and main.pure:
            return _Speaker(main.text, name=True, gender=_PRONOUNS[words[0].lower()],
                            pure=True)
    if len(words) >= 2 and words[0] in ("Said", "Says", "Added", "Adds") and words[1][:1].isupper():
        words = words[1:]  # "Said Dalton: “…”": the verb first, then its subject
    while words and (words[0].lower() in _LEADING or not words[0][0].isalnum()):
        words = words[1:]
    while words and (words[-1].lower() in _AUX or not words[-1][0].isalnum()
                     or _adverb(words[-1]) or words[-1].lower() in _FR_CLITIC_AUX
                     or len(words) > 2 and words[-1] in _RU_TIME
                     or len(words) > 2 and words[-1] in ("me", "m’", "te", "nous", "vous", "lui",
                                                         "leur")
                     or len(words) > 1 and words[-1] in ("who", "which", "qui", "selbst", "himself",
                                                         "herself", "saying", "adding")
                     or len(words) > 2 and words[-1] in _DE_DA_WORDS):
        words = words[:-1]  # ("Bielefeld explicitly acknowledges", "now basically accuses",
        # "L’association organisatrice l’a", "the Galway founder who (said no to …)")
    if len(words) >= 3 and (joined := max((k for k, w in enumerate(words) if w in
                                            ("et", "and", "und")), default=0)) and \
            1 <= len(words) - joined - 1 <= 2 and all(w[0].isupper() for w in words[joined + 1:]) \
            and any(w.islower() and w.endswith(("é", "ée", "ed")) for w in words[:joined]):
        words = words[joined + 1:]  # "les filles m’ont regardée et Léa (m’a dit)": Léa
    if len(words) >= 2 and words[0] in ("В", "Во") and (
            "А" <= words[1][:1] <= "Я" or words[1].startswith(_RU_BODIES)
            or len(words) >= 3 and words[2].startswith(_RU_BODIES)) and not any(
            w.lower() in _HONORIFICS or _person_noun(w) for w in words[2:]):  # ("В
        # управляющей компании сообщили": an adjective first; but "В суде госпожа Гаврилова
        # настаивала": where, then who)
        return _Speaker(_ru_body_in(words[1:]))  # "В Росавиации заявили": the agency
    if len(words) >= 3 and "А" <= words[0][:1] <= "я" and (at := next(
            (k for k in range(1, len(words) - 1) if words[k] in ("в", "во")), 0)) and (
                words[at + 1].startswith(_RU_BODIES) or "А" <= words[at + 1][:1] <= "я" and any(
                    p.tag.case == "loct" and p.tag.POS == "NOUN"
                    for p in _morphology().parse(words[at + 1]))) and \
            _ru_dative_only(words[0]):
        # "Районной газете «Кемский вестник» в полиции заявили": whom they told, then the
        # body
        return _Speaker(_ru_body_in(words[at + 1:]))
    if len(words) >= 2 and words[0] in _WHERE_RELATIVE:
        words = words[1:]  # "…, куда классный руководитель написала:": where, then who
    if len(words) >= 2 and "А" <= words[0][:1] <= "я":
        words = _ru_subject_words(words)
    if not words:
        return None
    if 3 <= len(words) <= 4 and words[-1][:1].isupper() and words[-1][1:].islower() and \
            (sex := _NOUN_SEX.get(words[-2].lower(), "")) and words[-2].lower() not in \
            _NOT_KIN and (words[0].lower() in _POSSESSIVES or words[-3].endswith(("’s", "'s"))) \
            and words[-1].lower() not in _NOT_NAMES:
        # "Brenda’s daughter Kelly", "his wife Mary", "Mr Fairclough’s widow Joanne": the
        # name after the kin
        return _Speaker(words[-1], name=True, gender=sex)
    if "’" in words[0] or "'" in words[0]:
        stem, _, ending = words[0].replace("'", "’").partition("’")
        if ending in ("d", "ll", "ve", "re", "s", "m") and (
                stem.lower() in _PRONOUNS or stem.lower() in _PLURAL_PRONOUNS):
            words = [stem, *words[1:]]  # "he’d", "you’d": the pronoun
    first = words[0].lower()
    if first in ("ihr", "его", "её", "ее", "сам", "сама", "сами") and len(words) >= 2 and \
            words[1][:1].isalpha() and (first != "ihr" or words[1][0].isupper() or len(
                words) >= 3 and words[1].endswith(("er", "e", "es")) and words[2][0].isupper()):
        # (and "Ihr parlamentarischer Geschäftsführer Deniz Arslan": an adjective, then the
        # noun)
        # "Ihr Fraktionschef Klaus Imhof", "его адвокат": a possessive before its noun;
        # "сказал сам господин Левченко", "говорят сами авторы": "himself", "themselves"
        words = words[1:]
        first = words[0].lower()
    if words[0] == "man" or words[0].lower() in _NOBODY or words[:2] in (["No", "one"],
                                                                         ["no", "one"]):
        return None  # "„…“, sagte man im Rathaus": German impersonal "one"; "No one
        # answered", "Personne n’a répondu": nobody said it
    if first in _PRONOUNS:
        return _Speaker(words[0], pronoun=_PRONOUNS[first])
    if len(words) >= 2 and words[-1] in _LAST_PRONOUNS and words[-2].lower() not in _CONJUNCTIONS:
        # "At the hearing he said": a phrase of time or place, then the subject.
        return _Speaker(words[-1], pronoun=_PRONOUNS[words[-1]])
    if words[0] in _FIRST_PERSON or words[0][:2] in ("I’", "I'", "J’", "J'") or \
            words[-1] in _FIRST_PERSON and len(words) == 2 or words[-1] == "I" and \
            words[-2].lower() not in _CONJUNCTIONS or \
            words[-1].endswith("-je"):  # ("For 15 years I told my students"; French
        # inversion: "« … ? » ai-je demandé")
        # "“…,” I said", "Again I demanded": the writer, whom the text does not name.
        return _Speaker(words[-1] if words[-1] == "I" else words[0], pronoun="1")
    if first in ("you", "vous", "вы", "ты") and len(words) <= 2:
        return _Speaker(words[0], pronoun="2")  # "If you’d told me you “…”": the reader
    if len(words) >= 2 and words[-1] in ("you", "вы") and words[-2].lower() not in _CONJUNCTIONS:
        return _Speaker(words[-1], pronoun="2")  # "В 2008 году вы сказали": when, then who
    if first in _PLURAL_PRONOUNS and len(words) <= 2:
        return _Speaker(words[0], pronoun="p" if first in _GROUP_PRONOUNS else "?")
    if len(words) == 1 and first in ("one", "another"):
        return _Speaker(words[0], pronoun="p")  # “…,” one said: one of a group just named
    if first in _DETERMINERS and all(w.lower() in _DETERMINERS for w in words[1:]) and not (
            words[-1] == "son" and first in _EN_BEFORE_SON):
        return None  # "said the , “…”": a link's words lost, nobody named (but "his son":
        # French "son" is a determiner, the English one a son)
    if first in _HONORIFICS and 2 <= len(words) <= 4 and words[-1][0].isupper() and all(
            w[0].isupper() or w in _PARTICLES for w in words[1:]):  # (and "Mr de Bruin")
        # "— сказал господин Шмелёв", "said Ms Okafor": the name, a man's or a woman's
        return _Speaker(_join(words[1:]), name=True, gender=_HONORIFICS[first], pure=True)
    inversion = _INVERSION_SINGULAR.fullmatch(words[-1]) if "-" in words[-1] else None
    if inversion:
        return _Speaker(inversion.group(1), pronoun="m" if inversion.group(1) == "il" else "f")
    if len(words) >= 3 and words[0][:2] in ("L’", "L'") and words[0][2:3].islower() and \
            all(w[0].isupper() for w in words[1:]):
        words = words[1:]  # "L’hydrologue Claire Vasseur": the role opening the sentence
    for k in range(2, len(words) - 1 if not _STOP_PREPS.isdisjoint(words) or "aus" in words
                   or "von" in words else 0):
        if (words[k].lower() in _STOP_PREPS or words[k] in ("aus", "von") and
                words[k - 2].lower() not in _DETERMINERS) and \
                words[k - 1][0].isupper() and words[k - 2][0].isupper() and \
                words[k - 1].lower() not in _ORG_WORDS and (  # ("Joint Committee on …")
                    words[k].lower() not in _OF or words[k] == "from"
                    or words[k] == "von" and _affiliation(words[k + 1:k + 4])) and not (
                    len(words) - k >= 4 and "А" <= words[-2][:1] <= "Я" and words[-1][:1].isupper()
                    and "Name" in _morphology().parse(words[-2])[0].tag):
            # (but "Фельдшер ФАПа в Шохове Анна Гусева": a role, where, then her name)
            # "Министр обороны Андрей Белоусов в ходе совещания", "Claudia Ostermaier aus
            # dem benachbarten Wahlkreis", "Jens Mohrmann von der Nordwestdeutschen …": where
            # or when the person spoke, where they are from or work, is not part of their name.
            named = _describe(words[:k])
            if named is not None and named.name and " " in named.text:
                return named
            break
    if 2 <= len(words) <= 5 and words[-1] in _ORG_WORDS and words[-1].islower() and all(
            w[0].isupper() and w.lower() not in _NOT_NAMES and not _is_title(w) or
            w == "and" and 0 < k < len(words) - 2 for k, w in enumerate(words[:-1])):
        # (and "Westmorland and Cumberland council")
        return _Speaker(_join(words))  # "Stockport council", "Thames Valley police": a body
    if len(words) >= 3 and words[0][0].isupper() and words[-1].lower() in _ORG_WORDS and any(
        w.lower() in _CONJUNCTIONS or w == "&" for w in words[1:-1]
    ) and all(w[0].isupper() or w.lower() in _CONJUNCTIONS or w in _OF or w == "&"
              for w in words):
        return _Speaker(_join(words))  # "Carlford and Ashworth NHS Trust": one body
    if len(words) >= 5 and (head := 1 if words[0].lower() in _DEFINITE else 0) < 2 and \
            words[head][0].isupper() and words[head].lower() in _ORG_WORDS and \
            words[head + 1] in _OF and all(w[0].isupper() or w in _OF or w.lower() in
                                           _CONJUNCTIONS for w in words[head + 2:]) and \
            any(w.lower() in _CONJUNCTIONS for w in words[head + 3:-1]):
        # "The Department of Health and Social Care": one body, not "Social Care" (its
        # article in lower case, as the other bodies have it)
        return _Speaker(_join([words[0].lower(), *words[1:]] if head else words))
    runs = _capital_runs(words)
    if len(runs) >= 2 and runs[0][0] == 0 and runs[0][1] - runs[0][0] >= 2 and \
            words[runs[0][1]].lower() in _PLACE_PREP_OR_OF and (
                found := _name_run(words[:runs[0][1]])) is not None and \
            _given_name_gender(found[0]):
        # "Daniel Okafor of the nonprofit RGV Legal Defense": the person, then where from
        return _Speaker(_join(found[0]), name=True, gender=found[1])
    determiner = first in _DETERMINERS or not words[0][0].isupper() or (
        len(words) > 1 and _l_article(words[0]) and words[1].islower())  # ("L’Union
    # maritime": the article, then the body's noun)
    if runs:
        start, end = runs[-1]
        while start < end and words[start].lower() in _NOT_NAMES and not _is_title(words[start]):
            start += 1  # "On Facebook": a capital that only starts the sentence
        # ("a spokesperson for Planning Minister Lisa Trinh" speaks for her)
        # (and "A spokesperson for the Department of Health and Human Services")
        spoken_for = any(words[k].lower() in _SPOKES and words[k + 1].lower() in _FOR_WHOM
                         for k in range(min(end, len(words) - 1)))
        if end == len(words) and end - start >= 3 and start and \
                words[start - 1].lower() in _OF_OR_DETERMINER and words[start - 1] != "at" and \
                not any(w.lower() in _ORG_WORDS for w in words[start:end]) and \
                words[end - 1].lower() not in _PAPER_LAST:  # (not "of Brass Band Weekly")
            # "der Sozialdemokrat Matthias Göhler", "de Seine-Saint-Denis Nadia Benali": a
            # capitalized role or place after the article or "of", then the name (but "an
            # analyst at Rowan Marine Research": where they work).
            start += 1
        if end == len(words) and end - start >= 2 and not any(
            w.lower() in _ORG_WORDS for w in words[start:end]
        ) and not (start and words[start - 1].lower() in _OF_OR_DETERMINER
                   and not _is_title(words[start])
                   and words[start - 2:start] != ["number", "one"]  # ("former British number
                   # one Laura Hensley": a rank, not an article)
                   ) and not spoken_for and not (
            start > 1 and words[start - 1] in _LIVES_PREPS  # ("A neighbour of Mrs Holroyd’s
            # on Cross Flatts Grove", "a farmer outside Casa Grande", "eine Zuschauerin aus
            # Prenzlauer Berg": where they live)
        ) and not (
            start and words[start - 1] in _DE_AT_THE  # ("an der Absperrung am Wilden Eber")
        ) and not (
            start and words[start - 1] in _WHEN_PREPS  # ("während Brenningers Rede")
        ) and not (
            start >= 2 and words[start - 1].islower() and (
                words[start - 1].endswith("en") or words[start - 1].endswith(("e", "er", "es"))
                and ("des" in words[start:end] or "der" in words[start:end]))
            and words[start - 2].lower() in _DE_ALL_ARTICLES  # ("des städtischen
            # Eigenbetriebs NürnbergBad", "Eine frühere Ingenieurin des Unternehmens": a
            # German noun phrase after its article and adjective)
        ) and not (start and words[start - 1] in _ORG_WORDS  # ("the group Rivers First";
                   and not _is_title(words[start])):  # but "board President Karen Dettmer")
            # "the Kremlin spokesman Dmitry Peskov": a description ending with a name.
            found = _name_run(words[start:end])
            if found and (len(found[0]) >= 2 or _is_title(words[start])):
                return _Speaker(_join(found[0]), name=True, gender=found[1],
                                pure=start == 0)
    if runs and len(words) >= 3 and runs[-1] == (len(words) - 1, len(words)) and \
            (first in _ROLES or _is_title(first) or first in _DETERMINERS
             and (words[1].lower() in _ROLES or len(words) == 3 and _is_title(words[1]) and (
                 "-" not in words[1] or _first_name_sex(words[2])))) and \
            not (words[1][0].isupper() and first not in _DETERMINERS) and \
            words[-1].lower() not in _ORG_WORDS and words[1] != "." and \
            _PLACE_PREP_OR_STOP.isdisjoint([w.lower() for w in words[-3:-1]]) and \
            words[-2].lower() not in _DETERMINERS and \
            words[-2].lower() not in _CONJUNCTIONS and not (
                words[-2].islower() and words[-3].lower() in _DETERMINERS
                and words[-2].isalpha() and not _is_title(words[-2])
                and words[-2].lower() not in _ROLES):
            # ("Ein Manager eines Wettbewerbers", "eines großen Mineralölkonzerns": the noun
            # of a phrase after its article, no name)
        # "Автор победного гола Педро": a description, then the name it leads to.
        found = _name_run(words[-1:])
        if found:
            return _Speaker(_join(found[0]), name=True, gender=found[1])
    if runs and runs[0][0] == 0 and not determiner and first not in _NOT_NAMES and not (
        runs[0][1] < len(words) and (any(w.endswith(("’s", "'s")) for w in words[:runs[0][1]])
                                     or words[runs[0][1]].lower() in _ROLES)
    ) and not (runs[0][1] == 1 and (first in _ROLES or len(words) > 1 and (
        _looks_plural_noun(words[1]) or words[1][:2] in ("d’", "d'") and words[1][2:3].islower()
    ))) and not (
        runs[0][1] < len(words) - 1 and words[runs[0][1]] in _ORG_WORDS):  # ("Campaign group X")
        # A clause that starts with a name: the name ("Vogel später", "Leon Hart of …"),
        # unless it is a possessive ("Koenig’s brother"), a role ("Источник издания") or
        # one capitalized word before a plural noun ("Aid agencies") or a French noun's
        # complement ("Tête d’affiche de la soirée").
        end = runs[0][1]
        found = _name_run(words[:end])
        if found:
            return _Speaker(_join(found[0]), name=True, gender=found[1],
                            pure=end == len(words))
    if len(words) > 12:
        return None
    if len(words) >= 4 and first in _DETERMINERS and words[1].lower() in _DOCUMENTS and \
            (words[2].lower() in ("from", "by", "von")
             or words[2] == "de" and _first_name_sex(words[3])):
        if words[3].lower() in _TIME_WORDS or words[3].lower() in _MONTHS or \
                words[-1].lower() in _TIME_NOUNS:
            words = words[:2]  # "a post from Tuesday morning", "a flyer from that period",
            # "a case memo from March of that year": when it was, not whose ("un SMS de
            # Sandrine arrive sur mon téléphone": whose)
        # "A statement from Historic England said": the body the document speaks for (up
        # to a participle: "A report by council officers presented to the meeting").
        elif (body := _describe(words[3:next((k for k in range(4, len(words))
                                              if words[k].endswith("ed")
                                              and words[k].islower()), len(words))])) is not None:
            return body
    if len(words) >= 3 and (determiner or words[1] in _ORG_WORDS) and (body := next(
        (k for k, w in enumerate(words[1:-1], 1)
         if w[0].islower() and w in _ORG_WORDS and words[k + 1][0].isupper()), 0
    )):
        # "The campaign group Parents for Fair Schools", "the charity Shelter": the name
        # the description leads to (up to the words after it: "Le syndicat Unia a …").
        end = body + 2
        while end < len(words) and (words[end][0].isupper() or end + 1 < len(words) and (
                words[end] in _OF or words[end] in _CONJUNCTIONS or words[end] == "for")
                and words[end + 1][0].isupper()):
            end += 1
        return _Speaker(_join(words[body + 1:end]))
    participle = next((k for k in range(2, min(len(words) - 1, 4))
                       if words[k].endswith(("é", "ée", "és", "ées"))
                       and words[k + 1] in _FR_AFTER_PARTICIPLE
                       and words[k - 1] not in _FR_AFTER_PARTICIPLE  # ("de faculté": a noun)
                       and words[k] not in _PERSON_NOUNS and words[k] not in _CHARGED), 0) \
        if determiner else 0  # ("le ministère chargé de la Mer": its portfolio)
    # (but "un ancien salarié de l’entreprise" is a person)
    if participle:
        words = words[:participle]  # "la fiche consacrée au produit": the document
    text = _join(words)
    if not antecedent and words[0] in (
        "The", "A", "An", "One", "Le", "La", "Les", "Der", "Die", "Das", "Un", "Une", "Son",
        "Sa", "Ses", "Leur", "Ein", "Eine", "His", "Her", "Their"
    ):
        text = words[0].lower() + text[len(words[0]):]
    return _Speaker(text)


_CHARGED = _words("délégué déléguée chargé chargée")  # (of a minister's portfolio)
# (with _TIME_WORDS, which has "encore", "aussi", "alors", "enfin", "également")
_FR_ADVERBS = _words("toutefois cependant pourtant néanmoins ainsi surtout plutôt même d’ailleurs "
                     "d'ailleurs aussitôt volontiers")
_DE_ARTICLES = _words("der die das ein eine")
# Every form of the German articles.
_DE_ALL_ARTICLES = _words("der die das des dem den ein eine einer eines einem einen")
_OBJECT_PRONOUNS = _words("me him her us them")
_FR_POSSESSIVE = _words("son sa leur")
_FR_AFTER_PARTICIPLE = _words("au aux à de du des par sur pour dans avec")
_INITIALS = re.compile(r"\b([A-Z])\. (?=[A-Z]\.)")


def _looks_plural_noun(word: str) -> bool:
    """A lower-case word ending in -s that is not a verb we know ("Aid agencies")."""
    low = word.lower()
    return (word[0].islower() and len(low) > 3 and low.endswith("s")
            and low not in _SPEECH_VERBS and low not in _AUX and low not in _CONTINUING)


def _join(words: list[str]) -> str:
    text = " ".join(words)
    if "." not in text:
        return text
    return _INITIALS.sub(r"\1.", text.replace(" .", "."))  # "U.N.", "J.K."


def _ends_with_name(chunk: list[str]) -> bool:
    """Whether a clause ends with a name of two words or more, not a place after "in"."""
    words = [t for t in chunk if t[0].isalnum()]
    k = len(words)
    while k > 0 and words[k - 1][0].isupper():
        k -= 1
    return len(words) - k >= 2 and not any(w.lower() in _PLACE_PREPS for w in words[:k])
    # (nor a body one works at: "chercheuse au laboratoire Géosciences Sud-Ouest")


# An American party and state after a name ("Sen. Mike Lee, R-Utah,"), as tokens joined.
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*")
_PARTY_STATE_TEXT = re.compile(r", [RDI]-[A-Z][\w.]*(?=,)")


_QUOTE_TOKENS = frozenset("\"“”‘’«»„‚‹›")


_OPENERS = frozenset("«“„")
_CLOSERS = frozenset("»”“")


def _plain(tokens: list[str]) -> list[str]:
    """The tokens without quotation marks (“Meet the Press,” said: the comma still closes
    the clause) and without what parentheses hold ("Jens Kottmann (Grüne) sagte": a party,
    an age, a place, never the speaker)."""
    if "(" not in tokens and "[" not in tokens and _QUOTE_TOKENS.isdisjoint(tokens):
        return tokens
    out: list[str] = []
    depth = 0
    skip_to = -1
    for k, t in enumerate(tokens):
        if k <= skip_to:
            continue
        if t in ("(", "["):  # (and a footnote: "rapporte son neveu Jean-Yves Le Bihan[5]")
            depth += 1
        elif t in (")", "]") and depth:
            depth -= 1
        elif t == "«" and out and "А" <= out[-1][:1] <= "Я" and out[-1] not in _RU_LEGAL_FORMS \
                and "»" in tokens[k + 2:k + 5]:
            # "сказал господин Саввин «Ъ»", "В пресс-службе СМХ «Ведомостям» заявили": a
            # name in marks after a name is the medium told (but ООО «Камдорстрой»).
            skip_to = tokens.index("»", k + 2)
        elif t in ("“", '"') and out and out[-1][:1].isupper() and out[-1].isalpha() and \
                tokens[k + 2:k + 3] in (["”"], ['"']) and tokens[k + 1][:1].isupper() and \
                tokens[k + 3:k + 4] and tokens[k + 3][:1].isupper():
            skip_to = k + 2  # "Arthur “Bud” Colby": his nickname, between his names
        elif not depth and t not in _QUOTE_TOKENS:
            out.append(t)
    return out


_RU_LEGAL_FORMS = frozenset({"ООО", "АО", "ПАО", "ЗАО", "ОАО", "НКО", "ФГУП", "МУП", "ГУП", "ГК",
                             "ФК", "ПФК", "ХК"})


# Subject pronouns in lower case, after an adverb that opens the sentence.
_LOWER_PRONOUNS = _words("he she they il elle ils elles er sie")
# Sentence adverbs that open a sentence before its subject ("Earlier, …", "Shortly after"),
# and the conjunctions that open a clause of their own before it ("When she arrived, …").
_SENTENCE_ADVERBS = _words("""
however meanwhile yet still also then there here earlier later today yesterday tonight back
afterwards afterward instead nonetheless nevertheless again now once soon
somewhere sometimes somehow someday
hier aujourd’hui ensuite puis désormais quant heute gestern später danach dann inzwischen
peu juste bien longtemps sitôt aussitôt just right even
сегодня вчера затем позже
""")
_ADVERB_OPENERS = _SENTENCE_ADVERBS | _words("""
when while if although though because since unless whereas
comme quand lorsque si als wenn weil obwohl
когда если хотя
upstairs downstairs nearby overhead elsewhere beforehand often twice abroad overseas online
backstage offstage onstage dehors
""")


def _opens_phrase(token: str) -> bool:
    """Whether a sentence's first word opens an adverbial phrase rather than its subject."""
    known = _OPENS.get(token)
    if known is None:
        first = token.lower()
        known = first in _PREPOSITIONS or first in _PARTICIPLE_OPENERS or \
            first.endswith("ing") and first not in _OFFICE_PARTICIPLES or (
                _adverb_in_ly(first) and not _first_name_sex(token) or first in _ADVERB_OPENERS
                or first.endswith(("é", "ée", "és", "ées"))) and \
            token[0].isupper() and not _is_title(token) or "а" <= first[:1] <= "я" and \
            first.endswith(("я", "в", "вшись")) and _morphology().parse(first)[0].tag.POS == "GRND"
        # ("Выходя из зала, он …": a Russian gerund opens the phrase)
        if len(_OPENS) < 50_000:  # bounded, as the title cache is
            _OPENS[token] = known
    return known


_OPENS: dict[str, bool] = {}


def _adverb_in_ly(word: str) -> bool:
    """Whether a word in -ly can be an adverb: not one of the names in -lly or -aly that no
    adverb shares ("Tully", "Connolly", "Kelly", "Daly"; but "finally", "carefully")."""
    return word.endswith("ly") and not word.endswith("aly") and (
        not word.endswith("lly") or word.endswith(("ally", "fully")))


# Words in -ing that name an office rather than open a phrase ("Managing director Alan
# Pryce, who …, said", "Outgoing chair Ruth Lee").
_OFFICE_PARTICIPLES = _words("managing founding presiding outgoing incoming reigning "
                             "consulting supervising commanding")


def _fronted(tokens: list[str]) -> list[str]:
    """The tokens after an opening adverbial phrase and its comma ("By the third, …", "Auf
    die Frage, ob …, antwortete", "Asked whether …, she"), or the tokens as they are."""
    if tokens and (_opens_phrase(tokens[0]) or tokens[0] == "As" and tokens[1:2] and (
            tokens[1] == "for" or tokens[1][0].islower())  # ("As they headed out, Haoyu …")
                   or tokens[0] == "Un" and tokens[1:2] == ["peu"]
                   or tokens[0] in ("Plus", "Moins", "More", "Less", "Mehr", "Weniger")
                   and tokens[1:2] and tokens[1][:1].islower()  # ("Plus grinçant, un …")
                   or tokens[0] == "A" and tokens[1:2] and tokens[1].lower() in _AFTER_FR_A
                   or tokens[1:2] and tokens[1][:2] in ("d’", "d'") and tokens[1][2:3].islower()
                   and tokens[0][:1].isupper()) \
            and "," in tokens:  # ("As for the crows, Okafor …"; but "As X wrote, “…”" attributes;
        # "Un peu plus loin, un étudiant …": "a little further"; "Tête d’affiche de la
        # soirée, le groupe …": a noun said of the subject, before it)
        comma = tokens.index(",")
        if named := _name_after_opening(tokens, comma):
            return tokens[named:]  # "At one point Ashby, sitting in the dock, asked": the
            # opening phrase ends where, with no comma, the subject's name begins
        rest = tokens[comma + 1:]
        if "," in rest[1:4] and _place_goes_on(tokens[:comma], rest[:rest.index(",")]):
            rest = rest[rest.index(",") + 1:]  # "At a picket in Salthill, Galway, Conor …"
        while rest and (rest[0][:1].islower() or rest[0] in _QUOTE_TOKENS) and "," in rest \
                and rest[0].lower() not in _DETERMINERS and rest[0].lower() not in _PRONOUNS \
                and not _l_article(rest[0]):  # (", l’Union …, qui …, a appelé")
            # ", ob der Bund …, antwortete", "As the crowd sang the anthem, “…”, at the
            # whistle, Whitlock was …"
            rest = rest[rest.index(",") + 1:]
        return rest
    if len(tokens) > 2 and tokens[0][:1].isupper() and tokens[1] in _LOWER_PRONOUNS and (
            tokens[0].lower() in _SENTENCE_ADVERBS or tokens[0].endswith("ly")):
        return tokens[1:]  # "Instead she stood at the front and said:", "Suddenly he …": an
        # adverb with no comma, then the subject
    if len(tokens) > 2 and tokens[0].lower() in _TIME_OPENERS and "," in tokens[2:5] and any(
            t.lower().split("-", 1)[0] in _TIME_OPENING_NOUNS
            for t in tokens[1:tokens.index(",")]) and not (
                (comma := tokens.index(",")) >= 3
                and tokens[comma - 2].lower() in _TIME_OPENING_NOUNS
                and tokens[comma - 1].isalpha() and tokens[comma - 1].islower()
                and tokens[comma - 1] not in _AFTER_TIME_NOUN):  # (not "The day nurse, …")
        return tokens[tokens.index(",") + 1:]  # "Le soir même, la candidate publiait …",
        # "Ce matin-là, …", "That night, …": when, then the subject
    return tokens


# Words that open a phrase of time with its noun ("Le soir même,", "Cette nuit-là,", "The
# next morning,") before the subject.
_TIME_OPENERS = _words("le la l’ ce cet cette the that this next un une a one lundi mardi "
                       "mercredi jeudi "
                       "vendredi samedi dimanche monday tuesday wednesday thursday friday "
                       "saturday sunday")  # ("Mercredi matin, …", "Friday night, …")
_TIME_OPENING_NOUNS = _words("soir matin nuit jour lendemain veille après-midi semaine heure "
                             "morning night evening day afternoon week hour")
# What follows a noun of time in such a phrase ("Le soir même,", "The day after,"); another
# noun makes it one thing ("The day nurse,", "The night porter,").
_AFTER_TIME_NOUN = _words("même suivant suivante précédent précédente after before later "
                          "earlier itself")
_EN_OPENERS = _words("At In On After During Outside")
# Words after French "à" written without its accent as a capital ("A ses côtés, …").
_AFTER_FR_A = _words("la l’ l' ses son sa leur leurs ce cet cette ces mon ma mes notre nos "
                     "votre vos chaque quelques plusieurs partir peine côté cause propos")


def _name_after_opening(words: list[str], end: int) -> int:
    """Where the name begins that an English opening phrase runs into without a comma, in
    ``words[:end]`` ("At one point Ashby", "After the vote Smith"); 0 when it does not."""
    if end < 3 or words[0] not in _EN_OPENERS or not words[end - 1][:1].isupper():
        return 0
    named = end - 1
    while named > 1 and words[named - 1][:1].isupper() and end - named < 3:
        named -= 1
    before = words[named - 1]
    return named if before.isalpha() and before.islower() and before not in _PREPOSITIONS \
        and before not in _OF and before not in _DETERMINERS else 0


def _place_goes_on(before: list[str], chunk: list[str]) -> bool:
    """Whether a clause of one or two capitalized words goes on the place that ends the
    clause before it ("who lives in Austin, Texas,", "in Ennis, Co Clare,")."""
    words = [t for t in chunk if t[0].isalnum()]
    return len(before) >= 2 and before[-2].lower() in _PLACE_PREPS and \
        before[-1][:1].isupper() and all(t[:1].isupper() for t in words) and (
            len(words) == 1 or len(words) == 2 and words[0].lower() in _PLACE_FIRST)


# First words of two-word states, counties and countries ("in Albany, New York,").
_PLACE_FIRST = _words("new north south west east co county saint st san santa los las el")


# Indefinite pronouns: a subject of their own, never a description of a name before them
# ("Rather quickly, someone pointed out").
_SOMEONE = _words("someone somebody anyone everyone everybody nobody quelqu’un quelqu'un "
                  "jemand кто-то")


_AGE_WORDS = _words("ans Jahre года лет год")


def _is_age(chunk: list[str]) -> bool:
    """Whether a clause between commas is a number, or an age: ", 67,", ", 58 ans,"; or
    a ward: "Ald. Rosa Delgado, 45th,"."""
    words = [t for t in chunk if t[0].isalnum()]
    return all(t.isdigit() for t in words) or 2 <= len(words) <= 3 and words[0].isdigit() and \
        words[1] in _AGE_WORDS and (len(words) == 2 or words[2] in _NOW) or \
        len(words) == 1 and _ORDINAL.fullmatch(words[0]) is not None


# "Now", after an age (", 72 ans aujourd’hui,", ", 81 today,").
_NOW = _words("aujourd’hui aujourd'hui désormais today now heute inzwischen mittlerweile "
              "сейчас теперь")


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_VIEW_OF = re.compile(r"\s*(?:Pour|Für|For) ((?:[A-ZÀ-ÖØ-Þ][\w’'-]+ ){0,2}[A-ZÀ-ÖØ-Þ][\w’'-]+)"
                      r"(?:, | (?=(?:ist|war|steht|stand|bleibt) (?:klar|fest|sicher)\b))")
# (and "Für Anna Becker ist klar: „…“": it is clear to her)
# The same view given by what the person is ("Pour le chercheur,", "Pour l’élue,").
_VIEW_OF_ROLE = re.compile(r"\s*(?:Pour (?:le |la |l’|l')|Für (?:den |die )|For the )"
                           r"[a-zà-ÿ][\w’'-]+(?: [a-zà-ÿ][\w’'-]+)?, ")
_WHEN_CLAUSE = _words("when while after before as because since")
_CLAUSE_AFTER = _words("after because until unless although")  # ("… after a clerk told her")
_ADJECTIVE_BEFORE = re.compile(r"(?:^|\W)(?:[Ww]hat|[Aa]n|[Tt]he) $")
_PAPER = re.compile(r"[«“]Ъ[»”]")  # "рассказала «Ъ»": the paper told, no quotation
# "“…” That was the message from Jane Doe", "That’s how Jane Doe put it", "So said Jane Doe".
_MESSAGE_FROM = re.compile(r"\s+(?:(?:That|This)(?: was| is|’s|'s) (?:the (?:message|verdict|"
                           r"warning|view|word|assessment|response|reaction) (?:from|of) |"
                           r"how )|So said )((?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+)")
# After the words that open a headline, a colon and who said them, then what about.
_HEADLINE_WHO = re.compile(r"\s?:\s+([^:;.!?]{3,60}?)\s+(?:on|about|über|zu|sur)\s")
# A full name right after a quotation, with an age or a description after its comma.
# (A given name alone, with an age: "« … » Laetitia, 34 ans, venue de Gembloux, …".)
_NAMED_AFTER = re.compile(r"\s+((?:[A-ZÀ-ÖØ-Þ][\w’'-]+ ){0,2}[A-ZÀ-ÖØ-Þ][\w’'-]+), "
                          r"(?:(\d{1,3}(?: ans| Jahre| years old)?,)|[a-zà-ÿ])")


_WHOSE = _words("whose dont deren dessen")


_LIST_AND = frozenset({"and", "&", "et", "und", "и"})


def _rejoin_listed_name(chunks: list[list[str]]) -> None:
    """Join again the clauses a body's name was cut into at its commas ("A spokesperson
    for the Department for Environment, Food and Rural Affairs said"): capitalized
    clauses, the last with "and", after the clause of a spokesperson for something or of
    the body itself."""
    last = len(chunks) - 1
    if last < 1 or not any(t in _LIST_AND for t in chunks[last]):
        return
    k = last
    while k >= 1 and chunks[k - 1][-1][:1].isupper() and all(
            t[0].isupper() or t in _LIST_AND or t in ("of", "for") for t in chunks[k]
            if t[0].isalnum()):
        k -= 1
        if any(t.lower() in _SPOKES or t[:1].isupper() and t.lower() in _ORG_WORDS
               for t in chunks[k]) and any(t in ("for", "of") for t in chunks[k]) or (
                len(chunks[k]) <= 3 and chunks[k][0].lower() in _DETERMINERS
                and all(t[0].isupper() for t in chunks[k][1:])):
            # (or the body is the subject: "The Department for Culture, Media and Sport"; or
            # a list of bodies is: "la CGT-Santé, SUD-Santé et FO")
            joined: list[str] = []
            for chunk in chunks[k:last]:
                joined += chunk[:-1] + [chunk[-1] + ","]
            chunks[k:] = [joined + chunks[last]]
            return


# Letters written after a name, between commas: a rank at the bar, an honour, a degree, a seat.
_POSTNOMINALS = _words("SC QC KC MP MSP MLA MEP OBE MBE CBE KBE DBE PhD MD")


# Verbs of habit or wish before "to" and a verb of speech ("used to say", "likes to say").
# (wants, began, refused … are auxiliaries already, which the subject loses with its "to")
_HABITS = _words("used likes liked loves loved tends tended continued continues")


def _subject(tokens: list[str]) -> _Speaker | None:
    """The speaker from the tokens of a subject region (commas may split appositives)."""
    tokens = tokens[-32:]  # the clause next to the verb and the one before it suffice
    if "(" in tokens or not _QUOTE_TOKENS.isdisjoint(tokens):
        tokens = _plain(tokens)
    tokens = tokens[-32:]
    words = [t for t in tokens[:4] if t[0].isalnum()]
    if len(words) >= 3 and words[0] in ("a", "ont", "avait", "avaient") and \
            words[1].islower() and words[1].endswith(_FR_PARTICIPLE_ENDS) and \
            words[2].lower() in _DETERMINERS and tokens[0] in (",", words[0]):
        # ", a prévenu la DGAC dans un avis publié …": the verb of the words before, then
        # its subject (up to where it was said)
        return _object(tokens[tokens.index(words[1]) + 1:])
    if len(tokens) > 2 and tokens[-1] == "to" and tokens[-2].lower() in _HABITS:
        tokens = tokens[:-2]  # "My grandmother used to (say)", "he likes to (say)"
    while len(tokens) > 2 and tokens[-2] in _BOUNDARY and (
            tokens[-1].lower() in _AUX or tokens[-1] in ("y", "en")):
        tokens = tokens[:-1]  # ("Un ancien salarié, entendu …, avait raconté": "avait";
        # "Le maire, campé par …, y lâche": the clitic before the verb)
    if len(tokens) > 3 and tokens[-3] in _BOUNDARY and tokens[-2].lower() in _AUX and \
            (tokens[-1] in _FR_ADVERBS or _adverb(tokens[-1]) or tokens[-1].endswith("ment")):
        tokens = tokens[:-2]  # (", avait pourtant raconté", ", a simplement confié")
    k = len(tokens)
    while k > 2 and (tokens[k - 1].lower() in _AUX or tokens[k - 1] in _FR_ADVERBS):
        k -= 1
    if 2 < k <= len(tokens) and tokens[k - 1].lower() in ("lui", "leur") and \
            tokens[k - 2] in _BOUNDARY:
        tokens = tokens[:k - 2]  # "La présidente, Anne Leclercq, lui a alors demandé", "Son
        # père, Jean-Pierre, lui répétait": whom she asked, before the verb, is no subject
    closed = bool(tokens) and tokens[-1] in _BOUNDARY  # a comma right before the verb
    # The clauses between boundaries, those with a word in them.
    chunks: list[list[str]] = []
    chunk: list[str] = []
    worded = False
    for k, t in enumerate(tokens):
        if t == "-" and chunk and tokens[k + 1:k + 2] and tokens[k + 1].lower() in _CONJUNCTIONS:
            chunk[-1] += "-"  # "Eine Sprecherin des Mobilitäts- und Tiefbauamts": one phrase
        elif t in _BOUNDARY:
            if worded:
                chunks.append(chunk)
            chunk = []
            worded = False
        else:
            chunk.append(t)
            worded = worded or t[0].isalnum()
    if worded:
        chunks.append(chunk)
    _rejoin_listed_name(chunks)
    while len(chunks) >= 2 and all(t in _POSTNOMINALS for t in chunks[-1]):
        chunks.pop()  # "Peter O’Loughlin, SC, said": letters after a name, not who
    if len(chunks) >= 2 and chunks[-1][0].lower() in _RELATIVE and (
            len(chunks[-1]) == 1 or (joined := max(
                (j for j, t in enumerate(chunks[-1]) if t in ("and", "but", "et", "und")),
                default=0)) and all(t.lower() in _AUX for t in chunks[-1][joined + 1:])):
        # (and "…, who chaired the jury and has called it “…”": the same subject)
        # "… criticism from Amnesty International, which called it “…”": the relative
        # pronoun stands for the name right before it.
        ante = chunks[-2]
        agent = max((j for j, t in enumerate(ante) if t in ("by", "par")), default=-1)
        if 0 < agent < len(ante) - 1 and (named := _describe(ante[agent + 1:])) is not None:
            return named  # "une aide jugée faible par la Fédération X, qui réclame": the agent
        k = len(ante)
        while k > 0 and ante[k - 1][:1].isupper():
            k -= 1
        if k < len(ante):
            named = _describe(ante[k - 1 if k and ante[k - 1].lower() in _DEFINITE else k:])
            if named is not None:
                return named
    # Clauses between the subject and its verb say more about it: "Margaret Lowe, 71, who
    # took part in the trial, said"; "…, Anne Morvan, a dénoncé".
    # (But "…, which Turner said was “…”": a relative clause that holds the verb holds its
    # subject too.)
    last = None
    while chunks:
        if len(chunks) >= 2 and (
            closed and chunks[-1][0].lower() in _RELATIVE
            or closed and chunks[-1][0][0].islower()
            and chunks[-1][0].lower() not in _DETERMINERS
            and not _l_article(chunks[-1][0])  # (", l’Union maritime …, a dénoncé")
            and chunks[-1][0].lower() not in _PRONOUNS and not _is_title(chunks[-1][0])
            and not _ends_with_name(chunks[-1])  # ", asked about it,", ", speaking in Riyadh,"
            or closed and len(chunks[-1]) > 1 and chunks[-1][1].lower() in _BY_PREPS
            and chunks[-1][0].endswith(("ed", "en", "ing"))  # ", reviewed by the Journal,"
            or closed and len(chunks[-1]) > 2 and chunks[-1][1] in ("par", "von", "vom")
            and chunks[-1][0].islower() and chunks[-1][0].endswith(_AGENT_PARTICIPLES)
            # (", présidé par la documentariste Anne Lemercier,", ", geleitet von …,": who
            # leads the subject, not who speaks)
            or closed and ("which" in chunks[-1] or "whom" in chunks[-1]) and any(
                chunks[-1][j:j + 2] in (["of", "which"], ["of", "whom"])
                for j in range(1, min(4, len(chunks[-1]))))
            # (", a copy of which was reviewed by the Star Tribune,": a relative clause)
            or _is_age(chunks[-1])
            or len(chunks) >= 2 and (chunks[-1][0] in _PREPOSITIONS
                                     or chunks[-1][0] in _RU_PREPOSITIONS) and any(
                t.lower().startswith(("anonym", "анонимн", "d’anonym", "d'anonym"))
                for t in chunks[-1][1:5])
            # (", on condition of anonymity said", ", на условиях анонимности рассказал":
            # how it was said, between the subject's clauses and the verb)
            or closed and len(chunks) >= 3 and chunks[-2][0].lower() in _WHOSE  # ("Sarah Okafor,
            # whose father, Samuel, spent …, said": the father's name is in her clause)
            or _PARTY_STATE.fullmatch("".join(chunks[-1])) is not None
            or chunks[-1][0] in _RU_PREPOSITIONS and chunks[-1][0] not in _RU_WHERE_BODY
            # (", на запрос редакции, ответил": a Russian subject opens with no preposition
            # but the "в" of a body, "в управляющей компании ответили")
            or closed and _place_goes_on(chunks[-2], chunks[-1])
            or chunks[-1][0] in ("а", "но") and len(chunks[-1]) > 1 and all(
                _morphology().parse(t)[0].tag.POS in ("ADVB", "PRCL") for t in chunks[-1][1:])
            # ("Она не поправляет, а просто говорит": how, after "but"; the subject before)
            or chunks[-1][0] in ("and", "or") and len(chunks) >= 3
            and all(t.islower() for t in chunks[-1][1:] if t[0].isalnum())
            # (", rare tarot cards, and books says": the end of a list in an appositive;
            # but ", and Salcedo said" begins a clause)
            or closed and chunks[-1][0] in _DE_RELATIVE and len(chunks[-1]) > 2
            and (all(t.islower() for t in chunks[-1][1:] if t[0].isalnum())
                 or chunks[-1][-1] in _DE_FINITE_LAST or chunks[-1][-1].islower()
                 and chunks[-1][-1].endswith(("t", "te", "ten")))
            # (", der nicht genannt werden wollte,": a German relative clause, whose words
            # are all in lower case where a noun phrase would have a capitalized noun)
        ):
            chunks.pop()
            closed = True
            continue
        relative, after = chunks[-1][:2] if len(chunks[-1]) > 2 else ("", "")
        if relative in ("den", "dem", "denen") and after in ("er", "sie", "ich", "wir") or \
                relative in ("die", "das") and after in ("er", "ich", "wir"):
            # "der Satz, den sie vor jedem Konzert vor sich hin murmelt": a relative clause
            # with its verb last, whose subject is the pronoun after the relative one (which
            # is not the subject: "den", "dem"; but "Ihr Sohn, der sie begleitete, sagte")
            return _describe(chunks[-1][1:2])
        last = _describe(chunks[-1])
        if last is None and len(chunks) >= 2:
            chunks.pop()  # a clause that names nobody
            closed = True
            continue
        break
    if not chunks:
        return None
    if (last is not None and not last.pronoun and len(chunks) >= 2 and (
            not last.name or last.text == chunks[-1][0] and len(chunks[-1]) > 1
            and chunks[-1][1][:1].islower()  # ("Vater zweier Kinder": a noun, then more)
            or chunks[-1][0] in _INDEFINITE_ARTICLES)  # ("Meridian, a unit of Corsair")
            and (chunks[-1][0].lower() in _DETERMINERS or chunks[-1][0][0].islower()
                 or chunks[-1][0].endswith(("’s", "'s")) or _is_title(chunks[-1][0])
                 or len(chunks[-1]) > 1)
            and chunks[-1][0].lower() not in _SOMEONE):  # (and "…, Sprecher des …,")
        # "Dmitry Peskov, the Kremlin spokesman, said": the name, not the description.
        k = len(chunks) - 2
        while k > 0 and _is_age(chunks[k]):
            k -= 1  # "Janet Ellery, 67, a retired nurse, said": the age between
        before = _describe(chunks[k]) if not (
            k == 0 and _opens_phrase(chunks[0][0])) else None  # (not "Contactée, la …")
        if before is not None and before.name and (
                before.pure or " " in before.text and _first_name_sex(before.text.split()[0])):
            return before  # (or a full name after a role: "Her neighbour Derek Ames, 58, a
            # delivery driver with three children, added")
        if before is not None and not before.pronoun and last.text.split()[-1].lower() in \
                _ORG_WORDS and before.text.split()[-1][:1].isupper() and k == 0 and closed:
            return before  # "The Executive Office for Immigration Review, the Justice
            # Department agency that runs the courts, said": the body's name
        if before is not None and not before.pronoun and k == 0 and closed and \
                chunks[-1][0][0].islower() and chunks[-1][0].lower() not in _DETERMINERS and \
                not _l_article(chunks[-1][0]) and not _noun_then_name(before.text):
            return before  # "Le Centre national d’études spatiales (CNES), maître d’œuvre
            # de SEIS, s’est félicité": a role with no article is said of the one before it
            # (but "Le laboratoire Valmont Pharma, principal fournisseur,": the name in it
            # is found later)
    if last is not None and last.pronoun and len(chunks) >= 2 and \
            chunks[-1][0].lower() in ("elle", "lui", "elles", "eux") and (
                chunks[-2][0].lower() in _FR_DEFINITE and len(chunks[-2]) > 1 and (
                    chunks[-2][1].lower() in _ORG_WORDS or chunks[-2][1].lower() in _FR_BODIES
                    or _looks_plural_noun(chunks[-2][1]) or not _person_description(chunks[-2]))
                or len(chunks[-2]) <= 3 and all(t[0].isupper() for t in chunks[-2])):
        # "La direction du port, elle, se dit …", "Les syndicats, eux, dénoncent …", "La
        # FDSEA du Cantal, elle, réclame": the body the pronoun takes up (a person's role,
        # "Le syndicaliste, lui,", is theirs); and a name ("Marcelle, elle, hausse les
        # épaules :"), whom a pronoun looking back might miss for someone named since.
        return _describe(chunks[-2]) or last
    return last


_DOCUMENTS = _words("statement report letter post message release memo note filing sms texto "
                    "courriel "
                    "communiqué rapport lettre mitteilung erklärung brief email e-mail "
                    "bericht stellungnahme pressemitteilung schreiben gutachten aussendung "
                    "text tweet sign notice banner placard poster announcement warning "
                    "warnung "
                    "mail brief aushang schild plakat affiche panneau pancarte "
                    "объявление заявление сообщение письмо записка надпись плакат "
                    # studies, leaflets, rulings and petitions speak too
                    "study survey brochure leaflet flyer petition ruling judgment indictment act "
                    "exhibit lawsuit complaint bulletin newsletter studie broschüre faltblatt "
                    "urteil anklageschrift beschluss positionspapier protokoll vermerk antrag "
                    "prospekt beitrag merkblatt "
                    "petition aufruf rundschreiben étude tract pétition arrêt jugement décret "
                    "arrêté courrier courriel procès-verbal документ приказ постановление "
                    "исследование доклад отчёт отчет пресс-релиз протокол иск обращение "
                    "петиция листовка брошюра texte "
                    # pages, guides, diaries, minutes, inscriptions, decisions, posts
                    "website webpage guide guidance manual handbook diary journal minutes "
                    "transcript pamphlet booklet caption plaque inscription circular directive "
                    "avis circulaire décision délibération dépliant affichette écriteau "
                    "banderole publication tribune carnet cahier site "
                    "пост публикация памятка инструкция распоряжение заметка дневник решение "
                    "ответ "
                    # boards, and what is stuck on or worn
                    "board blackboard whiteboard chalkboard sticker label graffiti slogan "
                    "t-shirt card tableau ardoise autocollant")


_ORG_ENDINGS = ("universität", "hochschule", "institut", "ministerium", "verband", "verein",
                "stiftung", "gewerkschaft", "partei", "bank", "amt", "gericht", "kammer",
                "behörde", "zentrum", "klinik", "klinikum", "polizei", "regierung", "agentur")


def _affiliation(tokens: list[str]) -> bool:
    """Whether the words after "von" name a body, not the rest of a name ("von der
    Universität Mannheim", "von der SPD"; but "von der Leyen")."""
    if tokens and tokens[0].lower() in _DETERMINERS:
        tokens = tokens[1:]
        if len(tokens) >= 2 and tokens[0][:1].isupper() and (
                tokens[1][:1].isupper() or tokens[1] == "-"):
            return True  # "von der Freiwilligen Feuerwehr", "von der Wildbach- und …"
    word = tokens[0] if tokens else ""
    return len(word) > 1 and (word.isupper() or word.lower() in _ORG_WORDS
                              or word.lower().endswith(_ORG_ENDINGS))


# Russian anonymous sources and spokespeople, with the paper or the firm in marks after them
# ("источник «Ъ» в мэрии", "собеседник «Ведомостей», близкий к …", "представитель «Яндекс
# Go»"), and where they work, up to a comma, a stop or the verb: "в мэрии", "в Смольном".
_RU_SOURCES = _words("источник собеседник собеседница представитель представительница")
_RU_SOURCE_WHERE = (r"(?: (?:в|во|из|при) [^,.;:!?«»“”—]{2,40}?"
                    r"(?=[,.;]|$| [а-яё]+(?:л|ла|ли|ет|ит|ют|ят)\b))?")
_SOURCES = _words("source sources official officials источник источники собеседник quelle "
                  "quellen person")
_SOURCE_PREPS = _words("in at inside within в во dans au aux à im bei")


def _person_like(speaker: _Speaker) -> bool:
    """Whether a phrase can be someone: a name, a pronoun, or a noun phrase with its
    determiner or a role ("the mayor", "many residents"), not "example" or "urban areas"."""
    words = speaker.text.split()
    return bool(speaker.name or speaker.pronoun) or bool(words) and (
        words[0].lower() in _DETERMINERS or words[-1].lower() in _ROLES
        or _is_title(words[-1]))


_DE_DEMONSTRATIVES = _words("dieser diesem dieses diese")


_PARTICIPLE_PREPS = _BY_PREPS | _words("via en sur par dans à")
_DE_AT_THE = _words("am im vom beim zum zur")  # (a place or a body after them, no person)
_NUMBER = re.compile(r"\d[\d.,’']*")  # ("1.500", "10’000": a number before a noun)
# Who speaks for someone else ("ein Sprecher von Landesrätin X"), and the words between.
_SPOKES = _words("spokesman spokeswoman spokesperson sprecher sprecherin porte-parole "
                 "представитель представительница пресс-секретарь")
_FOR_WHOM = _words("for of von der des de du от")
_TOLD_FILLERS = _words("de du des d’ d' la le l’ l' les dem der den")
# "quelques dizaines de manifestants": a number of them, then who they are.
_QUANTIFIERS = _words("quelques plusieurs certains certaines nombreux nombreuses")
# « … », indique-t-on à la préfecture: the body where "on" speaks.
# A verb and "on" after it (a-t-on, prévient-on), not what was heard: « … », avait-on
# entendu, entendait-on crier (a crowd nobody names).
_FR_ON_FORM = r"(?!entend|avait-on|pouvait-on|peut-on)[\w’']+(?:-t)?-on\b"
_FR_ON_VERB = re.compile(r"[,\s]*" + _FR_ON_FORM)  # (prévient-on, dit-on)
_FR_ON_AT = re.compile(r"[,\s]*" + _FR_ON_FORM + r"\s+(?:à\s+|au\s+|aux\s+|dans\s+|chez\s+|"
                       r"du côté d[eu]\s+)([^,.;:!?«»()]{2,80})(?![^,.;:!?«»()\s])")


# "a-t-on appris de source policière", "apprend-on auprès du parquet": the French press's
# formula for where it learned what it quotes: "source policière", "le parquet".
_FR_ON_SOURCE = re.compile(
    r"[,\s]*" + _FR_ON_FORM + r"(?:\s+(?:appris|indiqué|précisé|confié|expliqué|assuré|"
    r"affirmé|souligné))?\s+(?:de\s+(sources?\s+[^,.;:!?«»()]{2,60}?)|auprès\s+"
    r"(du|des|de\s+la|de\s+l[’']|d[’']|de)\s*([^,.;:!?«»()]{2,80}?))\s*(?=[,.;:!?»]|$)")
_FR_ARTICLE_OF = {"du": "le ", "des": "les ", "de la": "la ", "de l’": "l’", "de l'": "l'"}
# How a German medium's name ends ("der Deutschen Presse-Agentur", "der Zeitung").
_DE_MEDIA = ("Agentur", "Zeitung", "Zeitschrift", "Redaktion", "F.A.Z")
# German papers told something, by their short names ("sagte ein Sprecher der MZ").
_DE_PAPERS = frozenset({"MZ", "SZ", "FAZ", "WAZ", "NZZ", "taz", "HAZ", "LVZ", "MAZ", "NOZ", "RP",
                        "FR", "TAZ", "dpa", "AZ", "NWZ", "WR", "SVZ"})


# Words after the speaker that begin whom they told ("sagte ein Sprecher gegenüber dem
# SPIEGEL", "sagt die 71-Jährige unserem Reporter") or when ("zum Abschluss").
_TOLD_AFTER = _words("gegenüber zum zur beim auprès unserem unserer")
# Russian news agencies and papers told something, after a speaker in the nominative ("—
# пояснил министр РБК"; but "глава ВТБ" is VTB's head: only media are cut).
_RU_MEDIA = _words("РБК ТАСС РИА Интерфаксу НТВ RT NGS NGS24 E1 URA.RU Фонтанке Ленте.ру")


# "selon ses propres mots", "d’après ses dires": his or her own words, whoever he or she is.
_HIS_OWN = _words("ses son sa leurs leur")
_OWN_WORDS = _words("mots termes dires paroles")


def _object(tokens: list[str]) -> _Speaker | None:
    """The speaker after a verb ("said Putin, who…"; "a déclaré le ministre dans…")."""
    if tokens and tokens[0] in _OPENERS and (close := next(
        (k for k, t in enumerate(tokens[1:8], 1) if t in _CLOSERS), 0
    )) and close + 1 < len(tokens) and tokens[close + 1][0].isalnum():
        # "— рассказала «Ленте Севера» жительница дома Ольга Смирнова": a name in marks right
        # after the verb, with words after it, is the medium told; the speaker follows.
        tokens = tokens[close + 1:]
    if "(" in tokens[2:8] and tokens[(paren := tokens.index("(")) - 1][:1].isupper():
        tokens = tokens[:paren]  # "sagte Bürgermeister Matthias Grieshaber (parteilos) zu
        # Beginn": a party or an age after the name ends it
    tokens = _plain(tokens)
    if "и" in tokens[1:6] and (joined := tokens.index("и", 1)) + 1 < len(tokens) and \
            "а" <= tokens[joined + 1][:1] <= "я" and \
            _morphology().parse(tokens[joined + 1])[0].tag.POS == "VERB":
        tokens = tokens[:joined]  # "— смеётся хозяйка и достаёт тетрадь": who, then what
        # she does next
    while len(tokens) > 2 and tokens[0] in _DE_WHEN_LAST:
        tokens = tokens[1:]  # "schilderte damals eine Anwohnerin": when, then who
    if len(tokens) >= 2 and tokens[0].lower() in _HIS_OWN and (
            tokens[1] in _OWN_WORDS or tokens[1] == "propres" and tokens[2:3]
            and tokens[2] in _OWN_WORDS):
        return _Speaker(tokens[0], pronoun="?")  # "selon ses propres mots": his or hers
    while len(tokens) > 2 and tokens[-1] in _DE_ABOUT_LAST:
        tokens = tokens[:-1]  # "spricht die Regisseurin von einem „…“": what of, not who
    if len(tokens) > 4 and tokens[0] in _DE_ARTICLES_THE and (given := next(
            (k for k in range(3, min(len(tokens) - 1, 9)) if _given_name_gender(tokens[k:k + 2])),
            0)) and "für" in tokens[2:given] and all(
                t[:1].isupper() or t in ("für", "und") for t in tokens[1:given]):
        tokens = tokens[given:]  # "sagt die Kölner Fachanwältin für Verbraucherrecht Julia
        # Hartung": her title runs on to her name
    if len(tokens) > 2 and (tokens[0] in _DE_TOLD_FIRST or tokens[0] in _RU_ME_YOU):
        tokens = tokens[1:]  # "sagt uns eine Anhängerin", "fragte mich Reiter", "спросил меня
        # Соколов": whom it was told or asked, then who
    if len(tokens) > 4 and tokens[0].lower() in ("auprès", "gegenüber"):
        # "justifie auprès de Libération Bernard Tixier", "sagte gegenüber dem SPIEGEL ein
        # Sprecher": whom it was told (its name, one word), then who
        told = 1
        while told < len(tokens) - 1 and tokens[told].lower() in _TOLD_FILLERS:
            told += 1
        tokens = tokens[told + 1:]
    if len(tokens) > 4 and tokens[0] == "devant" and tokens[1].lower() in _DETERMINERS and \
            tokens[2][:1].islower() and tokens[3].lower() in _DETERMINERS:
        tokens = tokens[3:]  # "a reconnu devant la presse la municipale …": before whom
    elif len(tokens) > 4 and tokens[0] in ("devant", "depuis", "sur") and (given := next(
            (k for k in range(2, min(len(tokens) - 1, 10))
             if _given_name_gender(tokens[k:k + 2])), 0)):
        tokens = tokens[given:]  # "a déclaré devant le dépôt de la Jonction Valérie Maillard":
        # where, then the one who spoke (from the first name on)
    if len(tokens) > 3 and tokens[0] in ("à", "au") and tokens[1][:1].islower() and \
            tokens[1].lower() not in _DETERMINERS and tokens[2].lower() in _DETERMINERS:
        tokens = tokens[2:]  # "a indiqué à franceinfo le procureur": a medium in lower case
    elif len(tokens) > 4 and tokens[0] == "à" and tokens[1] == "la" and tokens[2].isupper() \
            and tokens[3].lower() in _DETERMINERS:
        tokens = tokens[3:]  # "a déclaré à la RTS son secrétaire général": the broadcaster
    elif len(tokens) > 3 and tokens[0] in ("à", "au") and tokens[1][:1].isupper():
        told = 1
        while told < len(tokens) and (tokens[told][:1].isupper() or tokens[told] in _OF):
            told += 1
        if told >= 3 and told < len(tokens) and (tokens[told].lower() in _DETERMINERS
                                                  or _l_article(tokens[told])):
            tokens = tokens[told:]  # "a déclaré à La Voix du Nord l’ancien maire": the paper
    if len(tokens) > 3 and tokens[0].lower() in _DETERMINERS and tokens[1] in _PHRASING and \
            tokens[2] in ("de", "du", "des", "of"):
        # "selon la formule de la nouvelle maire", "selon les mots du ministre": whose
        tokens = (["le"] if tokens[2] == "du" else ["les"] if tokens[2] == "des" else []) + \
            tokens[3:]
    if len(tokens) > 2 and tokens[0] == "à" and tokens[1][:2] in ("l’", "l'") and \
            tokens[1][2:3].isupper():
        tokens = tokens[2:]  # "a affirmé à l’AFP l’entourage du ministre": the agency told
    if len(tokens) > 3 and tokens[0] in ("à", "au") and tokens[1][:1].isupper():
        # "a indiqué à Sud Ouest la procureure", "confie au Figaro Laurent Mercadier": whom
        # it was told (up to a first name, or the last two capitalized words)
        run = 1
        while run < len(tokens) and tokens[run][:1].isupper():
            run += 1
        given = next((k for k in range(2, run) if _given_name_gender(tokens[k:k + 2])), 0)
        tokens = tokens[given or (run if run <= 3 else max(2, run - 2)):]
    while len(tokens) > 1 and (tokens[0].lower() in _TIME_WORDS or tokens[0] in _RU_TOLD
                               or tokens[0] in _FR_ADVERBS):
        tokens = tokens[1:]  # "a prévenu mardi le secrétaire général": when, then who
        # ("souffle toutefois un enseignant": how)
    if len(tokens) > 5 and tokens[0] == "en" and tokens[1] in ("fin", "début", "milieu") and \
            tokens[2] in ("de", "d’", "d'"):
        tokens = tokens[4:]  # "a indiqué en fin de matinée la procureure": when, then who
    if len(tokens) > 4 and tokens[0] in ("de", "pour") and tokens[1] in _FR_POSSESSIVE and \
            tokens[2] in ("côté", "part"):
        tokens = tokens[3:]  # "glisse de son côté un responsable", "pour sa part"
    if len(tokens) > 3 and tokens[0] in _RU_PREPOSITIONS:
        # "— заявил на пресс-конференции в понедельник председатель комитета": where and
        # when, then who (the first word in the nominative)
        k = 0
        while k < min(len(tokens) - 1, 8) and (tokens[k] in _RU_PREPOSITIONS or (
                "а" <= tokens[k][:1] <= "я" and _morphology().parse(tokens[k])[0].tag.case
                not in ("nomn", None))):
            k += 1
        parse = _morphology().parse(tokens[k])[0].tag
        if parse.POS == "NOUN" and parse.animacy == "anim" and parse.case == "nomn":
            tokens = tokens[k:]  # (but "— сообщили в пресс-службе предприятия": the body)
    tokens = [t for t in tokens if t != "Ъ"]  # (сказал “Ъ”: the paper told, not a name)
    if len(tokens) > 2 and len(tokens[0]) > 1 and tokens[0].isupper():
        # "— сообщили РБК в пресс-службе", "рассказали E1.RU в …": the medium told, then who
        j = 1
        while j + 1 < len(tokens) and tokens[j] == "." and tokens[j + 1].isalpha() and \
                len(tokens[j + 1]) <= 3:
            j += 2  # (a site's domain)
        if j < len(tokens) and "А" <= tokens[j][:1] <= "я":
            tokens = tokens[j:]
    if len(tokens) > 1 and len(tokens[0]) == 1 and tokens[0].isupper() and tokens[0] != "I" \
            and tokens[1] == "." and (len(tokens) == 2 or tokens[2].islower()
                                      or not tokens[2][:1].isalnum()):
        tokens = [tokens[0] + "."] + tokens[2:]  # "beteuert K. gleich zu Beginn", "antwortete
        # K.": a surname cut (not "said I.")
    chunk: list[str] = []
    chunk_skipped = 0
    for k, t in enumerate(tokens):
        if t == "-" and k + 1 < len(tokens) and tokens[k + 1].lower() in _CONJUNCTIONS:
            if chunk:
                chunk[-1] += "-"  # "der Industrie- und Handelskammer": one compound cut
                # short, its dash kept on it
            chunk_skipped += 1
            continue
        if t in _BOUNDARY or t in _SENTENCE_END and _is_stop(tokens, k):
            break
        if t == "." and chunk and len(chunk[-1]) == 1 and chunk[-1].isupper():
            chunk[-1] += "."  # "Kévin L.": an initial
            continue
        low = t.lower()
        if len(chunk) >= 2 and chunk[-1][:1].isupper() and chunk[-2][:1].isupper() and \
                len(t) > 1 and t.isupper() and t.isalpha() and (
                    (rest := tokens[k + 1:k + 3])[:1] in ([], [","], ["."])
                    or rest[0][:1].isupper() and rest[1:] in ([], [","], ["."])):
            break  # "sagte DWD-Meteorologin Katrin Wessels NDR Info.": the medium told, at
            # the clause's end (not "Wattle Creek CFA captain Lorraine Baxter")
        if chunk and t in _MEDIUM_HEADS and chunk[-1][:1].isupper() and \
                tokens[k + 1:k + 2] and tokens[k + 1][:1].isupper() and \
                tokens[k + 2:k + 3] in ([], ["."], [","]):
            break  # "berichtete eine Anwohnerin Radio Bremen.": the station told, last
        if chunk and (low in _TOLD_AFTER or low == "zu" and (
                tokens[k + 1:k + 2] and tokens[k + 1].isupper() and len(tokens[k + 1]) > 1
                or chunk[0].lower() in _DETERMINERS
                or tokens[k + 2:k + 3] and tokens[k + 2].lower() in _DETERMINERS)):
            # "sagte ein Sprecher zu BILD / gegenüber dem SPIEGEL": whom it was told; "sagte
            # der 23-Jährige zu Beginn der Verhandlung", "sagte Markus Feldner (CSU) zu
            # Beginn der Sitzung": when (but "Karl-Theodor zu Guttenberg")
            break
        if len(chunk) >= 2 and chunk[0].lower() in _DETERMINERS and t.endswith("ing") and \
                t.islower() and len(t) > 5 and not (
                    len(role := tokens[k + 1] if k + 1 < len(tokens) else "") > 3
                    and (_is_title(role) or role.lower() in _ROLES)):
            break  # "said another turnkey passing me": what they were doing (but "the
            # club’s sporting director": a role)
        if t in _DE_PARTICLES and chunk and chunk[-1][:1].isupper() and \
                tokens[k + 1:k + 2] in ([], ["."], [","], [";"]):
            break  # "räumte der Landesrat ein.": the verb's particle ends the sentence
        if chunk and low in ("und", "and", "et") and tokens[k + 1:k + 2] and \
                tokens[k + 1][:1].islower() and tokens[k + 1] not in _DETERMINERS and \
                not _is_title(tokens[k + 1]) and tokens[k + 1] not in _ROLES:
            break  # "sagte der Seniorchef und lachte": what he did next (but "son
            # cofondateur et président, …")
        if chunk and t.islower() and (
                t.endswith(("ed", "é", "ée")) and chunk[-1].lower() in _DOCUMENTS
                or tokens[k + 1:k + 2] == ["by"] and (t.endswith(("ed", "en")) or t in (
                    "seen", "sent", "made"))  # ("internal emails reviewed by The Times")
                or t in _FR_PARTICIPLES and any(w.lower() in _DOCUMENTS for w in chunk[-4:])):
            # "according to a 212-page report released on Tuesday", "selon le rapport de la
            # DGCCRF lu à l’audience": the report
            break
        if len(chunk) >= 2 and chunk[0].lower() in _DETERMINERS and t.islower() and \
                t.endswith(("é", "ée", "és", "ées")) and t not in _CHARGED and \
                tokens[k + 1:k + 2] and tokens[k + 1] in _FR_PLACE_PREPS:
            break  # "tranche un critique français croisé à la sortie": where he was met
        if len(chunk) >= 2 and chunk[0].lower() in _DETERMINERS and t.islower() and \
                t.endswith(("é", "ée", "és", "ées", "int", "inte")) and \
                tokens[k + 1:k + 2] == ["par"]:
            break  # "selon un prévisionniste joint par l’AFP": how he was reached
        if t == "по" and chunk and chunk[-1].isupper() and tokens[k + 1:k + 2] and \
                tokens[k + 1][:1].isupper():
            chunk.append(t)  # "в ГУ МЧС по Кемеровской области": the body's name goes on
            continue
        if chunk and t in _RU_PREPOSITIONS and "А" <= chunk[-1][:1] <= "Я":
            break  # "спросила госпожа Савельева у коллег": whom she asked
        if chunk and "а" <= chunk[-1][:1].lower() <= "я" and (t in _RU_TOLD or t in _RU_MEDIA):
            break  # "— заявил министр журналистам", "— пояснил министр РБК": whom he told
        if chunk and (t in _DE_ADVERBS or t in _TIME_WORDS):  # (lower case: "Ms Nur Aisyah")
            break  # "sagte der Angeklagte nur einen Satz", "sagte sie später": how, when
        if (low in _RELATIVE or low in ("ayant", "étant")) and chunk:
            # "confie un contrôleur qui a requis l’anonymat", "glisse un ingénieur ayant
            # travaillé sur le projet": who, not what they did
            break
        if low in _STOP_PREPS and len(chunk) == 1 and chunk[0].lower() in _DETERMINERS and (
            noun := next((j for j in range(k + 2, min(k + 9, len(tokens)))
                          if tokens[j][:1].isupper() and tokens[j - 1][:1].islower()
                          and tokens[j - 1].endswith(("e", "er", "en", "es", "em"))
                          and tokens[j - 1].lower() not in _DETERMINERS), 0)
        ):
            # "sagte ein mit den Vorgängen vertrauter Banker": a German phrase between the
            # article and its noun.
            chunk.extend(tokens[k:noun + 1])
            break
        if t[0].isupper() and low in _PARTICLES and chunk and chunk[-1][0].isupper() and (
                tokens[k + 1:k + 2] and tokens[k + 1][0].isupper() or chunk[-1] in ("Le", "La")):
            chunk.append(t)  # "lâche Marc De Wilde": a particle inside the name ("Pierre-Yves
            # Le Du": or ending it)
            continue
        if low in ("à", "au", "aux") and chunk and chunk[-1] in _CHARGED and \
                tokens[k + 1:k + 2] and (tokens[k + 1][:1].isupper() or tokens[k + 1] in (
                    "la", "l’", "l'", "les")):
            chunk.append(t)  # "le ministre délégué à la Santé": the portfolio
            continue
        if t in _INNER_PARTICLES and chunk and _first_name_sex(chunk[-1]) and (
                tokens[k + 1:k + 2] and tokens[k + 1][:1].isupper()
                or tokens[k + 1:k + 2] in (["der"], ["den"]) and tokens[k + 2:k + 3]
                and tokens[k + 2][:1].isupper()):
            chunk.append(t)  # "sagte Pieter de Vries", "Ursula von der Leyen": a given name,
            continue  # then the particle of a surname
        if low in _STOP_PREPS and chunk and not (
            low in ("of", "de", "du") and (chunk[0].lower() in _DETERMINERS
                                           or chunk[0].lower() in _QUANTIFIERS
                                           or chunk[0][:2].lower() in ("l’", "l'"))
            or low in _SOURCE_PREPS and chunk[-1].lower() in _SOURCES
        ):  # ("said a source in the ministry": where the source is says who it is)
            if low in ("from", "by", "of") and len(chunk) == 2 and \
                    chunk[1].lower() in _DOCUMENTS and chunk[0].lower() in _DETERMINERS:
                # "according to a statement from the Federal Emergency Management Agency":
                # the body the document speaks for.
                body = _object(tokens[k + 1:])
                if body is not None:
                    return body
            break
        if len(chunk) == 2 and chunk[0].lower() in _DETERMINERS and chunk[1][0].isupper() and \
                t[0].islower() and t.endswith(("end", "lich", "ig")) and low not in _OF:
            break  # "antwortete die Managerin ausweichend": an adverb after the German noun
        if (low in _DETERMINERS or low in _DE_DEMONSTRATIVES) and t[0].islower() and chunk \
                and (chunk[-1][0].isupper() or _AGED.fullmatch(chunk[-1])) and (
                    chunk[0].lower() not in _DETERMINERS
                    or len(chunk) >= 3 and chunk[-2][0].isupper() and low != "des"
                    or t in ("die", "das", "den", "einen", "dem", "einem")
                    and chunk[0] in _DE_ARTICLES
                    or t == "der" and any(w.endswith(_DE_MEDIA) or w in _DE_PAPERS
                                          for w in tokens[k + 1:k + 4])):
            # (and "fragt eine ältere Frau die Mitarbeiterin": whom she asks; but a genitive,
            # "der", "des", goes on the noun: "ein Sprecher der Stadt")
            # "sagte GDL-Chef Claus Weselsky der Deutschen Presse-Agentur", "sagte
            # Mertesacker dieser Zeitung", "hatte Demmel den Zeugen gefragt", "sagte der
            # 61-Jährige der Deutschen Presse-Agentur"
            break
        if low in ("von", "vom") and len(chunk) >= 2 and chunk[-1][0].isupper() and \
                (chunk[-2][0].isupper() or chunk[-2] in _PARTICLES) and (
                    _affiliation(tokens[k + 1:k + 4]) or _given_name_gender(chunk[-2:])):
            break  # "Florian Haberland von der Universität Mannheim", "Thomas Brandl von
            # Verdi München": where he works
        if t[0].islower() and t not in _PARTICLES and low not in _STOP_PREPS and \
                low not in _OF and len(chunk) >= 2 and not chunk[-1].endswith("-") and \
                chunk[-1][0].isupper() and chunk[-2][0].isupper() and \
                chunk[-2].lower() not in _DETERMINERS and not (
                    (_is_title(t) or low in _ROLES) and (
                        k + 1 < len(tokens) and tokens[k + 1][0].isupper()
                        or chunk[0].lower() in _DETERMINERS)) and not (
                    low in _CONJUNCTIONS and chunk[0].lower() in _DETERMINERS
                    and tokens[k + 1:k + 2] and tokens[k + 1][:1].isupper()) and not (
                    "а" <= t[:1] <= "я" and chunk[-1].endswith(_RU_ADJECTIVE_ENDS)):
            # ("Госавтоинспекции Свердловской области Юлия Смирнова": a Russian place's
            # adjective, then its noun in lower case)
            # ("der Hauptgeschäftsführer des Bundesverbands Wohnungsbau und Bauindustrie":
            # the body's name goes on)
            # (But "asked Wattle Creek CFA captain Lorraine Baxter": a role, then the name;
            # "said a White House official": the role the article and the name lead to.)
            break  # "сказал губернатор Андрей Петров журналистам": a name ends at lower case
        chunk.append(t)
    if not chunk:
        return None
    speaker = _describe(chunk)
    if speaker is not None and not speaker.pronoun and (
        not speaker.name or chunk[0].lower() in _DETERMINERS
    ):
        # "sagte die Chefin der Handelskammer Süd, Sabine Wetzlar,": a description, then the
        # name it describes.
        rest = tokens[len(chunk) + chunk_skipped:]
        if rest and (rest[0].lower() in _STOP_PREPS or rest[0] in ("der", "des")) and \
                "," in rest[1:7]:
            rest = rest[rest.index(","):]  # "son porte-parole pour le commerce, Anders …",
            # "der Erste Bevollmächtigte der IG Metall Erfurt, Daniel Stöckel"
        elif rest and rest[0] in _RU_PREPOSITIONS and (named := next(
                (j for j in range(2, min(8, len(rest) - 1))
                 if "А" <= rest[j][:1] <= "Я" and "А" <= rest[j + 1][:1] <= "Я"
                 and (j + 2 == len(rest) or not rest[j + 2][0].isalnum())), 0)):
            # "— рассказал «Ъ» глава КФХ из Сальского района Виктор Гребенюк": where the
            # role is, then the name of who holds it.
            return _describe(rest[named:named + 2]) or speaker
        if rest and rest[0] == ",":
            follow: list[str] = []
            for t in rest[1:]:
                if t in _BOUNDARY or t in _SENTENCE_END:
                    break
                follow.append(t)
            appositive = _describe(follow) if follow else None
            if appositive is not None and appositive.name and (
                appositive.pure or " " in appositive.text
            ) and not (speaker.name and not _STOP_PREPS.isdisjoint(
                    follow[:len(follow) - len(appositive.text.split())])):
                # (but "le Dr Marc Dupont, pédiatre à l’Hôpital Reine Fabiola": a name, then
                # where they work)
                # (or a description of them ending with the full name: "одного из авторов
                # запроса, члена комитета по обороне Андрея Голованова")
                return appositive
    return speaker


# Japanese: 「…」と述べた / と語った / と称賛した: the quotative と before a verb; と呼ぶ,
# という and と名付ける name a thing instead.
_JA_QUOTATIVE = re.compile(r"\s*(?:など)?と(?:、|も|は)?")  # (「…」などと: "… and such")
# 「…」考えを示した, 「…」意向を明らかにした: an intent in the words of the one who has it.
_JA_INTENT = re.compile(r"\s*(?:考え|意向|方針|意欲|決意)を(?:示|明らか|表明|強調)")
# (but 呼びかけ is an appeal, said)
# (and 「…」という声 is a voice, said)
_JA_NAMING = re.compile(r"(?:呼(?!びか|び掛)|(?:い[うい]|言う)"
                        r"(?!声(?!援)|意見|指摘|批判|要望|不安|懸念)|称し|名付け|題し)")
_JA_SENTENCE = re.compile(r"[。！？\n]")
_JA_PARENS = re.compile(r"[（(][^）)]*[）)]")
_JA_PRONOUNS = {"彼": "m", "彼女": "f", "同氏": "?", "自身": "?", "私": "1", "僕": "1"}


def _ja_pronoun(subject: str) -> str | None:
    """The pronoun a Japanese subject is: alone (彼女は), or after a clause that qualifies it
    (取材に応じた彼女は: she, who agreed to talk; but not 妹の彼, her sister's boyfriend)."""
    if subject in _JA_PRONOUNS:
        return subject
    pronoun = "彼女" if subject.endswith("彼女") else "彼" if subject.endswith("彼") else ""
    return pronoun if pronoun and len(subject) > len(pronoun) and \
        subject[-len(pronoun) - 1] not in "のと" else None


_JA_AFTER_SUBJECT = re.compile(
    r"\s*と(?!問われ|聞かれ|尋ねられ|質問され|言われ|の)([^、。「」『』はが]{2,24})[はが]"
    r"(?=[^、。]{0,12}[述語話説強指言答主訴批表振明笑胸唇肩涙首悔嘆漏打呼])"
)  # (not 「…」との見方が強まっている: the view the words are, no one's)


# The sentence after a quotation that says who said it "thus" (こう, そう), or how they
# looked saying it (佐藤監督は目を潤ませた).
_JA_THUS = re.compile(r"([^。「」]{1,80}?)(?:(?:こう|そう)[^。「」]{0,12}"
                      r"(?:述べ|語|強調|話|説明|指摘|訴え|明か|答え|呼びかけ|力を込め|振り返)"
                      r"|(?:(?<=[はも])|(?<=[^なた]が))[^。「」]{0,24}?"  # (not ながら, ただが)
                      r"(?:振り返|胸を張|目を潤ませ|笑顔を見せ|声を詰まらせ|肩を落と|唇をかみ|"
                      r"にじませ|声を弾ませ|うなず|苦笑|口をそろえ|表情を引き締め|力を込め|"
                      r"語気を強め|声を落と|涙をぬぐ|意気込|つぶや|漏ら|打ち明け|笑っ|ほほ笑)"
                      r"[^。「」]{0,8}。)")
# 「…」と語るのは、近くに住む田中一郎さん（45）だ。: who says it, named after it.
_JA_CLEFT = re.compile(r"\s*と(?:語|話|言|明か|振り返|訴え|述べ|笑)[^。「」、]{0,6}のは、?"
                       r"([^。「」]{1,40}?)(?:だ|です|である)?。")
# The stop after words, and a dash before it (「…」――。): the sentence after starts there.
_JA_STOP_AFTER = re.compile(r"(?:――|──)?。")
# 「…」。そう話すのは、田中一郎さん（45）だ。: the same, in the sentence after the words.
_JA_CLEFT_AFTER = re.compile(_JA_STOP_AFTER.pattern + r"\s*(?:そう|こう)(?:語|話|言|明か|振り返|"
                             r"訴え|述べ|笑)[^。「」、]{0,6}のは、?([^。「」]{1,40}?)(?:だ|です|である)?。")
# 「…」と近所の田中一郎さん。, 「…」と市観光課の担当者。: the sentence ends with who said it,
# and no verb.
_JA_NAMED_LAST = re.compile(r"\s*と、?([^。「」『』]{1,30}?(?:さん|氏|くん|ちゃん|さま|様|選手|"
                            r"監督|社長|会長|代表|教授|知事|市長|町長|村長|議員|委員長|理事長|"
                            r"部長|課長|店長|院長|校長|園長|館長|署長|容疑者|被告|担当者|関係者|"
                            r"職員|幹部))(?:（[^）]*）)?。")

# 「調べに対し「…」」: "in answer to the investigators' questions".
_JA_QUESTIONED = re.compile(r"(?:調べ|取り調べ|取調べ)に対し(?:て)?、?$")
# A suspect's name, as Japanese crime reports write it (佐久間隆之容疑者).
_JA_SUSPECT = re.compile(r"([一-龥々ぁ-んァ-ヶー・]{2,10})容疑者")


def _ja_suspect(texts: list[str], block: int, start: int) -> str | None:
    """The suspect last named before ``(block, start)``, in this paragraph or the one
    before, as a name without its title."""
    for text in (texts[block][:start], texts[block - 1] if block else ""):
        names = _JA_SUSPECT.findall(text)
        if names:
            return _ja_name(names[-1] + "容疑者")
    return None


# The sentence after a quotation, about someone given with an age (川島由美子さん（58）は).
_JA_AGED_NEXT = re.compile(r"[^。]{0,80}?([^、。（）「」\s]{2,20}?)（\d{1,3}）(?:は|も)、?"
                           r"[^。「」]{0,80}。")


def _ja_topic_at(clause: str) -> int:
    """Where the topic は nearest the end of a sentence is (「現在は…を務める森田大輝（55）は、…
    応じた」: the second), not counting では, には, とは; -1 when there is none."""
    k = clause.rfind("は")
    while k > 0 and clause[k - 1] in "でにとの":  # (and 「…を把握したのは」: a clause, no topic)
        k = clause.rfind("は", 0, k)
    if k > 0 and _JA_SAID_THAT.search(clause, k) is not None and \
            (first := _ja_topic_at(clause[:k])) > 0 and clause[first + 1:first + 2] == "、":
        return first  # 「斎藤市長は、計画の理念は変わらないと強調した」: what he said is about
        # the later one; the sentence is about him
    return k


# A clause that ends in what someone said of it: 「…は変わらないと強調した」.
_JA_SAID_THAT = re.compile(r"と(?:強調|述べ|話し|説明|語っ|語り|指摘|訴え|主張|批判|答え|明かし)")


# How a Japanese quotation's verb goes on to another quotation in the same sentence,
# whose speaker is the same (藤井課長は「…」とし、…「…」との見方を示した).
_JA_SAID_AND = re.compile(r"と(?:し|述べ|話し|語り|説明し|強調し|指摘し)、")


def _ja_topic_before(text: str) -> _Speaker | None:
    """The topic (は) of the sentence before the one that ends ``text``: a Japanese sentence
    without a subject goes on with it (森下裁判長は…と指摘。「…」と述べた)."""
    end = max(text.rfind("。"), text.rfind("！"), text.rfind("？"))
    if end <= 0:
        return None
    opened = _ja_sentence_start(text, end)
    start = max(opened, text.rfind("」", 0, end) + 1)
    sentence = text[start:end]
    k = _ja_topic_at(sentence)
    if k <= 0 and start > opened and (quoted := text.find("「", opened, start)) > opened:
        # 森川さんは「…」と話した。: the topic before the words the sentence quotes.
        sentence = text[opened:quoted]
        k = _ja_topic_at(sentence)
    if k <= 0 and (also := sentence.find("）も")) > 0:
        k = also + 1  # 「会社員の男性（41）も住民の一人だ。「…」と訴えた」
    if k > 0 and (according := _JA_ACCORDING.match(sentence)) is not None and \
            according.end() < k and (source := _ja_according(sentence)) is not None:
        return source  # 村井教授によると、同じような地質の斜面は…ある。「…」: the source, not
        # what the sentence is about
    if k <= 0 or "「" in sentence[:k]:
        return _ja_according(sentence)  # 松田さんによると、地区内には…いる。「…」と訴えた。
    subject = _JA_PARENS.sub("", sentence[:k]).split("、")[-1].strip()
    if subject in _JA_WHEN or _JA_DATE.fullmatch(subject):
        # 「昨年は観客ら12人が搬送された。「…」とも語った」: when, not who; the sentence
        # before it says who
        return _ja_topic_before(text[:opened]) if opened > 0 else None
    if subject.endswith(_JA_NOT_WHO):
        return _ja_according(sentence)  # 佐々木医師によりますと、特に心配なのは…: 佐々木医師
    if not subject or subject[-1] in "でに" or len(subject) > 30:
        return None
    if (owner := _JA_OWNED.fullmatch(subject)) is not None and \
            not owner.group(2).endswith(_JA_PERSON_ENDS):
        subject = owner.group(1)  # 森田さんの自宅は火元から約2キロ。「…」と声を落とした: hers
    if (pronoun := _ja_pronoun(subject)) is not None:
        return _Speaker(pronoun, pronoun=_JA_PRONOUNS[pronoun])  # 彼女は…答えた。「…」
    if _JA_THING_TOPIC.search(subject) and opened > 0:
        # 夫を亡くし、車の運転はできない。「…」と話す: what she cannot do, not who speaks;
        # the sentence before says who.
        return _ja_topic_before(text[:opened])
    return _Speaker(_ja_name(subject), name=True)


# Topics that are an act or an intention, nobody who speaks (車の運転は, 家業を継ぐつもりは,
# 初登庁は).
_JA_THING_TOPIC = re.compile(r"(?:運転|つもり|予定|登庁|見通し|方針|理由|目的|狙い|背景|"
                             r"料金|価格|値段|費用|家賃|食費|電気代|ガス代|水道代)$")


# Words of time a Japanese sentence may take as its topic (昨年は…), and dates (2004年は);
# also a race's category (女子は…高橋美咲選手が3連覇): topics that are nobody who speaks.
_JA_WHEN = _words("昨年 今年 来年 去年 今月 先月 来月 今週 先週 来週 今回 前回 次回 現在 当時 当日 "
                  "同日 翌日 前日 今後 以前 最近 今日 昨日 明日 今朝 今夜 昨夜 毎年 例年 この日 "
                  "その後 かつて 今季 昨季 来季 今期 前期 今シーズン 昨シーズン 晩年 生前 当初 "
                  "幼少期 若い頃 現役時代 少年時代 学生時代 日中 夜間 普段 毎日 毎朝 毎晩 週末 "
                  "平日 休日 "
                  "男子 女子 男子の部 女子の部")
_JA_DATE = re.compile(r"[0-9０-９]+(?:年|月|日|年度|年代|時)(?:[0-9０-９]+(?:月|日))*")


def _ja_person_at(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first person named as a topic or subject between ``lo`` and ``hi``."""
    titled = _JA_PERSON_TOPIC.search(text, lo, hi)
    named = _JA_SURNAME_TOPIC.search(text, lo, titled.start() if titled else hi)
    return named or titled


# After words in marks: a phrase that makes them a voice, a label or a written line rather
# than someone's answer (「…」との声, 「…」という方針, 「…」と書かれた).
_JA_NOT_SAID = ("との", "という", "と声", "と書", "と記", "と呼", "とし", "と言われ")


def _ja_topic_name(text: str, opened: int, topic: re.Match[str]) -> str | None:
    """The name of the person a topic match of the sentence opened at ``opened`` names."""
    head = _JA_PARENS.sub("", text[opened:topic.end() - 1])
    head = head[head.rfind("」") + 1:].split("、")[-1].strip()
    if (mind := _JA_MIND_OF.search(head)) is not None:
        head = head[:mind.start()]  # 田所実さんの見方: 田所実さん
    return _ja_name(head) if head and "「" not in head else None


_JA_NEW_SUBJECT = re.compile("(?<![そこあ])の|が|(?<![にでて])は")  # (not その, では, については)
_JA_KANA = re.compile("[ぁ-ん]")


def _interviewee_headline(raws: list[_Raw], labels: dict[int, str]) -> None:
    """The words a printed interview opens with, before its first turn (within the first
    paragraphs), that no one is said to speak (its headline, "‘The band outlived the
    pit’"), are the interviewee's: the person labelled most often, by a full name."""
    first = min(labels)
    counts = Counter(name for name in labels.values() if " " in name)
    if not counts or first > 5:
        return  # (not a box of three questions at an article's end)
    who = counts.most_common(1)[0][0]
    for r in raws:
        if r.start[0] >= first:
            break
        if r.speaker is None and r.kind == "speech":
            r.speaker = who


def _listed_sayings(raws: list[_Raw], texts: list[str]) -> None:
    """Sayings listed one to a paragraph after a lead-in that ends in a colon ("Three of his
    rules:" ¶ "“…”" ¶ "“…”") are all the first one's speaker's."""
    run: tuple[int, str | None] | None = None  # (the run's last block, its first's speaker)
    for r in raws:
        b = r.start[0]
        if r.start[1] > 1 or r.end[0] != b or len(texts[b].rstrip()) - r.end[1] > 1 or \
                r.kind != "speech":
            run = None
        elif run is not None and run[0] == b - 1:
            r.speaker = r.speaker or run[1]
            run = (b, run[1])
        else:
            run = (b, r.speaker) if b and texts[b - 1].rstrip().endswith(":") else None


def _ja_goes_on(raws: list[_Raw], texts: list[str], headings: set[int]) -> None:
    """Japanese words with no subject before their verb (「…」と振り返る。), in a paragraph
    that names no one before them, go on with whoever spoke the quotation before them, in
    this paragraph or the one before: Japanese drops a subject the reader already has."""
    previous: _Raw | None = None
    for r in raws:
        if r.char == "「" and r.kind == "speech" and r.speaker is None and \
                r.start[0] not in headings and previous is not None and \
                previous.end[0] >= r.start[0] - 1:
            text, here = texts[r.end[0]], texts[r.start[0]]
            verb = text[r.end[1]:text.find("。", r.end[1]) + 1 or len(text)]
            if len(verb) > 15 and 2 < verb.find("、") <= 8:
                verb = verb[:verb.find("、") + 1]  # (「…」と述べ、近く要望書を提出する考えを…)
            if verb[:1] == "と" and len(verb) <= 15 and not verb.startswith(_JA_NOT_SAID) \
                    and not _JA_NEW_SUBJECT.search(verb) and _JA_KANA.search(verb, 1) \
                    and not _JA_NEW_SUBJECT.search(
                        here, _ja_sentence_start(here, r.start[1]), r.start[1]) \
                    and not _JA_PERSON_WORD.search(here, 0, r.start[1]):
                # (not 「…」と尋ねる子どもの姿もあった: whose; not 教員の約6割が「…」と回答:
                # the sentence's own subject; not 「…」と田村。: a name, no verb)
                r.speaker = previous.speaker
        if r.kind == "speech" and r.speaker:
            previous = r


def _ja_credited(raws: list[_Raw], texts: list[str]) -> None:
    """Give Japanese words the speaker a parenthesis right after them credits, whatever
    else was found: 「…」（国内証券のアナリスト）, 「…」（佐伯院長）, 「…」（同院）と判断した."""
    for raw in raws:
        if raw.char in "「『" and (credit := _JA_CREDIT.match(texts[raw.end[0]], raw.end[1])):
            raw.speaker = _ja_name(credit.group(1))


def _ja_protagonist(raws: list[_Raw], texts: list[str], headings: set[int]) -> None:
    """Words alone in a Japanese story are, when nothing else tells, those of the person its
    first paragraph is about (北越電機の坂口隆之（35）が…: a profile, a sports feature), when
    their paragraph names no one before them."""
    first = next((b for b, t in enumerate(texts) if b not in headings and t.strip()), None)
    if first is None:
        return
    for r in raws:  # (a loop, not a generator under any(): most stories have no 「)
        if r.char == "「" and r.speaker is None:
            break
    else:
        return
    lead = _ja_lead_person(texts[first])
    if lead is None or any(r.start[0] == first and r.start[1] <= lead[0] < r.end[1]
                           for r in raws):
        return
    who = lead[1]
    for r in raws:
        after = texts[r.end[0]][r.end[1]:r.end[1] + 3]
        if r.char == "「" and r.kind == "speech" and r.speaker is None and \
                r.start[0] not in headings and (after[:1] in ("", "。") or after[:1] == "と"
                                                and not after.startswith(_JA_NOT_SAID)) and \
                not _JA_PERSON_WORD.search(texts[r.start[0]], 0, r.start[1]):
            r.speaker = who


def _ja_lead_person(text: str) -> tuple[int, str] | None:
    """Where the first person a Japanese paragraph is about is named (北越電機の坂口隆之（35）
    が…), and their name; None when it names no one."""
    topic = _ja_person_at(text, 0, len(text))
    if topic is None:
        return None
    who = _ja_topic_name(text, _ja_sentence_start(text, topic.start()), topic)
    return (topic.start(), who) if who else None


def _ja_interviewee(texts: list[str], headings: set[int]) -> str | None:
    """Whom a Japanese interview with ―― before its questions talks to: the person its first
    paragraph is about (…の佐伯美和子教授（58）は、…), or None."""
    asked = next((b for b, t in enumerate(texts) if t.startswith(("――", "──", "—―"))), 0)
    first = next((b for b in range(asked) if b not in headings and texts[b].strip()), None)
    lead = _ja_lead_person(texts[first]) if first is not None else None
    return lead[1] if lead is not None else None


def _ja_person_topic(text: str, start: int, lo: int = 0) -> _Speaker | None:
    """The person the sentence ending just before ``start`` is about (森本隆さん（76）は、…
    知った。), or None; only one named after ``lo`` (after a quotation whose speaker is
    known, the words go on with that speaker unless another person comes in)."""
    opened = _ja_sentence_start(text, start - 1)
    topic = _ja_person_at(text, opened, start)
    for _ in range(_JA_TOPIC_SENTENCES - 1):
        if topic is not None or opened <= 1 or text[opened - 1] != "。" or \
                _JA_PERSON_WORD.search(text, opened, start):
            break
        # (and sentences about something else after it)
        opened = _ja_sentence_start(text, opened - 1)
        topic = _ja_person_at(text, opened, start)
    if topic is None or topic.start() < lo:
        return None
    name = _ja_topic_name(text, opened, topic)
    return _Speaker(name, name=True) if name else None


# 「…はこう述べた。「…」」: a sentence that announces the words after it.
# (and 「佐藤さんは少し考えてから答えた。」: the answer follows)
# (and 森本教授は、…が一因と指摘する。「…」: words reported, then quoted)
_JA_ANNOUNCED = (r"(?:こう|次のように|以下のように)[^。「」]{0,12}"
                 r"(?:述べ|語|話|説明|強調|訴え|明か|答え|呼びかけ|振り返|締めくく)")
_JA_THUS_BEFORE = re.compile(r"(?:" + _JA_ANNOUNCED + r"|は[^。「」]{0,12}答え|[^」]と(?:指摘|説明|"
                             r"強調|話|語|述べ|訴え))[^。「」]{0,6}。\s*$")
# The announcement alone ending the paragraph before the words ("thus", "as follows").
_JA_THUS_PARAGRAPH = re.compile(_JA_ANNOUNCED + r"[^。「」]{0,6}。\s*$")
# 清さんの口癖は「…」, 会社員、田村健太さん（38）は「…」。: a person's words (with no verb).
_JA_HABIT = re.compile(r"([^、。「」]{1,20}?(?:さん|氏|さま|様)(?:（[^）]*）)?)"
                       r"(?:の(?:口癖|言葉|持論|信条|座右の銘|モットー))?は、?$")
# Common Japanese surnames (of two kanji or more): a sports or feature story names people by
# them alone, with no さん (坂口は, 北越電機の坂口隆之).
_JA_SURNAMES = _words("""
久保田 五十嵐 佐々木 佐久間 大久保 小笠原 東海林 長谷川 三好 三宅 三浦 上原
上村 上田 上野 下田 中井 中原 中尾 中山 中島 中川 中村 中沢 中澤 中田 中西
中野 丸山 久保 二宮 井上 今井 今村 仲村 伊藤 佐藤 佐野 八木 内山 内田 内藤
前原 前川 前田 加藤 北原 北川 北村 北野 千田 千葉 原田 古川 古田 吉岡 吉川
吉村 吉田 吉野 和田 土屋 坂井 坂口 坂本 堀内 堀川 堀田 増田 大城 大塚 大山
大島 大嶋 大川 大平 大木 大森 大橋 大石 大竹 大西 大谷 大野 太田 奥村 奥田
宇野 安井 安田 安藤 安部 宮下 宮内 宮原 宮城 宮崎 宮川 宮本 宮沢 宮澤 宮田
富田 寺田 小倉 小原 小山 小島 小川 小松 小林 小池 小沢 小泉 小澤 小田 小西
小野 尾崎 山下 山中 山内 山口 山岸 山崎 山本 山田 岡崎 岡本 岡村 岡田 岡部
岡野 岩崎 岩本 岩田 岸本 島田 島袋 川上 川口 川島 川崎 川村 川田 工藤 市川
市村 平井 平山 平田 平野 広瀬 廣瀬 後藤 徳永 成田 斉藤 斎藤 新井 新垣 新田
新谷 日高 早川 星野 有田 服部 望月 木下 木村 末永 本田 本間 杉山 杉本 杉浦
村上 村井 村山 村田 松下 松井 松原 松尾 松山 松岡 松川 松本 松村 松永 松浦
松田 柳田 柴田 栗原 根本 桑原 桜井 梅田 森下 森川 森本 森田 植田 樋口 横山
横田 橋本 櫻井 武田 比嘉 水谷 水野 永井 永田 江口 池田 沢田 河合 河村 河野
浅井 浅田 浅野 浜田 清水 渡辺 渡邊 渡部 澤田 濱田 瀬戸 照屋 熊谷 片山 片岡
牧野 玉城 田中 田代 田口 田島 田川 田村 田辺 畑中 白石 矢島 矢野 知念 石井
石原 石塚 石川 石橋 石田 石黒 神田 福井 福原 福島 福本 福田 秋山 秋田 稲垣
立花 竹下 竹中 竹内 竹田 笠原 篠原 米田 細川 緒方 荒井 荒木 菅原 菅野 菊地
菊池 萩原 藤井 藤原 藤川 藤本 藤田 西尾 西山 西岡 西川 西村 西田 谷口 谷川
足立 辻本 近藤 遠藤 酒井 野上 野中 野口 野崎 野村 野田 金井 金城 金子 鈴木
鎌田 長尾 長田 関口 関根 阿部 青山 青木 須藤 飯島 飯田 馬場 高山 高木 高村
高橋 高瀬 高田 高野 黒田 齋藤
""")
# (Grouped by their first character, longest first in each group, and that character
# looked for first: at each place of a paragraph the engine tried all 333 in turn, where now
# it tests one class, and at a surname's first character only the names that begin with it.
# Names with two first characters never both match at one place, so the order within a
# group is all that the order of the alternatives decides.)
_JA_SURNAME = "(?=[" + "".join(sorted({n[0] for n in _JA_SURNAMES})) + "])(?:" + "|".join(
    first + "(?:" + "|".join(sorted((n[1:] for n in _JA_SURNAMES if n[0] == first), key=len,
                                    reverse=True)) + ")"
    for first in sorted({n[0] for n in _JA_SURNAMES})) + ")"
# A known surname, the given name after it, an age, and は or が: a person as a sentence's
# topic or subject; not a place or a firm named after a family (松本市は, 山田町が, 鈴木商店は).
_JA_SURNAME_TOPIC = re.compile(
    r"(?<![\u4e00-\u9fff々Ａ-Ｚａ-ｚ])" + _JA_SURNAME +
    r"(?!さん|くん|ちゃん|さま|様|ら|たち|自身|自ら)(?:[\u4e00-\u9fff々]{1,2}"
    r"(?<![市町村区県駅港川山橋線社店屋家組北南東西高工商])|[ぁ-んァ-ヶー]{2,3})?"
    r"(?:[（(][^）)]*[）)])?[はが]")  # (a surname that ends as a place does is one:
# 北村は, 高橋が; a place or a firm is a surname with more after it)
# A known surname and a given name ending a description (北越電機の坂口隆之, FW工藤大翔).
_JA_SURNAME_END = re.compile(_JA_SURNAME + r"[\u4e00-\u9fff々]{1,2}$")
# What marks a person after a name, and a person as a sentence's topic: 森本隆さん（76）は,
# 佐藤監督は, 吉岡大地（31）が.
_JA_PERSON_MARKS = "さん|氏|選手|監督|社長|会長|市長|知事|教授|容疑者|被告"
# What is a person's own, as a topic that stands for them (斎藤さんの思いは複雑だ。「…」).
_JA_MIND = "(?:見方|思い|考え|答え|気持ち|心境|胸中|受け止め|表情|口調|口ぶり)"
_JA_PERSON_TOPIC = re.compile(r"(?:" + _JA_PERSON_MARKS + r")(?:（[^）]*）)?(?:(?:の" + _JA_MIND
                              + r")?は|も|に(?=(?:話を)?(?:聞い|聞く|尋ね)))"
                              r"|[^、。（）「」]（[0-9０-９]{1,3}年?）[がは]")  # (and a
# student's school year: 藤原颯太（３年）は; what someone thinks: 田所実さん（66）の見方は; whom
# the reporter asked: 山田花子さん（45）に話を聞いた。「…」; one more: 田中一郎さん（45）も
# その一人だ)
_JA_MIND_OF = re.compile("の" + _JA_MIND + "$")
_JA_PERSON_WORD = re.compile(_JA_PERSON_MARKS + "|彼")
_JA_TOPIC_SENTENCES = 3  # how far back, in sentences, the person a quotation follows is sought
_JA_AGED_TOPIC = re.compile(r"（[0-9０-９]{1,3}年?）は、?$")  # (or a student's year)
# 「…」という声が住民から寄せられた, 「…」と近隣住民から119番通報: words that came from someone.
_JA_VOICE_FROM = re.compile(r"\s*(?:という声が|と)([^。「」、]{1,20}?)から(?:\d+番)?"
                            r"(?:通報|寄せられ|上が)")
# 「…」と話す住民も: a verb of saying that describes the people after it, who say it.
_JA_SAYING_ONE = re.compile(r"\s*と(?:話す|話した|語る|語った|言う|言った|答える|答えた|訴える|"
                            r"訴えた|明かす|漏らす|こぼす|笑う)([^、。「」『』はがも]{1,16}?)"
                            r"(?:も|は|が|ら)")
# 「…」とする要望書: a paper that says the words, with whose it is (実行委員会のメッセージ).
_JA_PAPER_SAYING = re.compile(r"\s*と(?:する|した)([^、。「」『』はがもをに]{0,12}"
                              r"(?:メッセージ|要望書|声明|声明文|談話|意見書|決議|文書|コメント))"
                              r"(?:が|を|は|も|に|で)")
# 「…」「…」など、ファンからの励ましが相次いだ: the ones the words came from.
_JA_CHEERS_FROM = re.compile(r"\s*など(?:と)?、?([^、。「」『』]{1,12}?)からの?"
                             r"(?:励まし|声|コメント|祝福|エール|メッセージ|書き込み|批判|反発)")


def _ja_paper(text: str, at: int) -> _Speaker | None:
    """「…」とする実行委員会のメッセージ, 「…」とする要望書を提出した: whose paper says the
    words after them, or the paper."""
    paper = _JA_PAPER_SAYING.match(text, at)
    if paper is None:
        return None
    owner, _, noun = paper.group(1).rpartition("の")
    return _Speaker(owner if len(owner) > 1 else noun)


# 「…」と言われた, 「…」ってよく叱られます: words said to the writer or the subject, a passive.
_JA_TOLD = re.compile(r"\s*(?:と|って)(?:よく|何度も|いつも|必ず|さんざん)?(?:言われ|怒られ|"
                      r"叱られ|頼まれ|励まされ|笑われ|諭され|注意され)")
# Who they were told by, right before the words: 母に, 社員たちに, 先輩からは.
_JA_BY_WHOM = re.compile(r"([^、。「」『』はがもを]{1,12}?)(?:に|から)は?$")
_JA_WRITTEN = re.compile(r"\s*と(?:(?:書かれ|記され)(?:た|ている|ていた)|書いた|の)"
                         r"(横断幕|垂れ幕|看板|張り紙|貼り紙|紙|プラカード|ポスター|ボード|カード|旗|のぼり|案内)")
_JA_DOCUMENT_NOUNS = (r"(文書|声明|資料|報告書|手紙|書面|通知書|通知|メール|投稿|はがき|ハガキ|"
                      r"張り紙|看板|要望書|意見書|同書|ガイドライン|指針|計画|ポスター|チラシ|ビラ|"
                      r"命令書|申請書|説明書|質問書|回答書|請願書|注意書き|注意ラベル|ラベル|原稿|メモ|"
                      r"日記|手帳|カード|色紙|石碑|碑文|碑|寄せ書き)")
_JA_DOCUMENT_IN = re.compile(_JA_DOCUMENT_NOUNS + r"には、?(?:[^、。「」]{1,8}を)?$")  # (通知には、
# 家賃を「…」)
# そこには「…」と記されていた: "there", the document the sentence before brought.
_JA_THERE_IN = re.compile(_JA_DOCUMENT_NOUNS + r"(?:が|を)[^「」]{0,60}。そこには、?$")
# A Japanese sentence that announces what follows (次のように発表した。, 以下のコメントを出した。).
_JA_AS_FOLLOWS = re.compile(
    r"(?:次|以下)の(?:よう[にな]|通り|とおり|コメント)[^。「」]{0,30}。\s*$")
_JA_WRITTEN_IN = re.compile(r"\s*と(?:記され|書かれ|書き込まれ|記載され|つづられ|綴られ|"
                            r"ある|あった|あります)")
# 画面に「…」と表示された, 電光掲示板に「…」と表示: the screen or board that shows the words.
_JA_SCREEN_ON = re.compile(r"(画面|モニター|ディスプレー|ディスプレイ|電光掲示板|掲示板|表示板|"
                           r"案内板)(?:上)?に、?$")
_JA_SHOWN = re.compile(r"\s*と(?:表示|掲示)")
_JA_POSTED = re.compile(r"\s*との(?:投稿|書き込み|メッセージ)")
# 「…」といった投稿が相次いだ (が見られた, が寄せられた): the posts, many people's.
_JA_POSTS = re.compile(r"\s*(?:との|という|といった)(投稿|書き込み)が"
                       r"(?:相次|見られ|寄せられ|目立|広が)")
_JA_ACCOUNT = re.compile(r"([^、。「」（]{2,20})(?:（[^）]*）)?には、?[^、。「」]{0,12}、?$")
_JA_ACCORDING = re.compile(r"([^、。「」]{1,30}?)(?:によると|によれば|によりますと)")


_JA_QUOTED = re.compile(r"「[^「」]*[、。][^「」]*」")


def _ja_unquoted(text: str) -> str:
    """The text with the words of the sentences quoted in 「」 blanked out (its length
    kept): what it says around them (「遠藤はよく投げた。…」とかばい: no topic 遠藤 in it;
    a name in marks, with no 、 or 。, stays: 「北川のお産を守る会」は)."""
    return _JA_QUOTED.sub(lambda m: "「" + "＊" * (len(m.group()) - 2) + "」", text)


def _ja_sentence_start(text: str, at: int) -> int:
    """Where the sentence that ``at`` is in starts (a 。 inside 「…」 ends none), looking
    back a bounded way (so that the whole detection stays linear)."""
    lo = max(0, at - _LONG_WINDOW)
    k = max(text.rfind("。", lo, at), text.rfind("！", lo, at), text.rfind("？", lo, at))
    while k > lo and (opened := text.rfind("「", lo, k)) > text.rfind("」", lo, k):
        k = max(text.rfind("。", lo, opened), text.rfind("！", lo, opened),
                text.rfind("？", lo, opened))
    return k + 1 if k >= 0 else lo


def _ja_subject(before: str) -> _Speaker | None:
    """The topic of the sentence before a Japanese quotation: 「…は」 or 「…が」 (the topic
    は of the clause nearest the quotation first: 「…赤字となっており、大西社長は「…」」;
    が marks the subject of a modifying clause as often as the speaker)."""
    start = 0
    for m in _JA_SENTENCE.finditer(before):
        start = m.end()
    sentence = before[start:]
    if sentence.endswith("から"):
        # 「住民から「…」と通報」「記者から「…」と問われ」: the one it comes from says it.
        noun = _JA_NAME_TAIL.search(_JA_PARENS.sub("", sentence[:-2]).removesuffix("さん")
                                    .removesuffix("氏").removesuffix("の間").removesuffix("の中"))
        # (三浦さんから「…」と言われた; 従業員の間から: from among them)
        if noun and not noun.group().endswith(_JA_PLACES) and \
                not noun.string[noun.start() - 1:noun.start()].isdigit():
            # (but 「同気象台は１９日夕から「…」と呼びかけ」: since when, after a number)
            if noun.group() in _JA_SOME_OF and (whole := _JA_SOME_OF_WHOM.search(
                    sentence, 0, len(sentence) - 2)) is not None:
                return _Speaker(whole.group())  # 市民の一部から: some of the citizens
            return _Speaker(_ja_name(noun.group()), name=True)
    clauses = sentence.split("、")
    passed = False  # a clause with では or には was passed over, looking for the topic
    last = clauses[-1].rstrip()
    # (が right before the words marks who says them, whatever the topic before it:
    # 「女性は銀行を訪れたが、窓口の行員が「…」と声をかけた」; so does も after a person:
    # 「森田捕手は「…」と目を潤ませ、村岡も「…」と返した」)
    for particle in "がはも" if last.endswith("が") and len(last) > 2 and \
            last[-2] not in "ただ" and not last.endswith("ながら") and \
            _JA_PARENS.sub("", last[:-1]).endswith((*_JA_PERSON_ENDS, "たち")) else "もはが" \
            if last.endswith("も") and len(clauses) > 1 and _ja_named_before(last[:-1], before) \
            else "はがも":
        if passed:
            return None  # (no topic before it: not a が further on either)
        for clause in reversed(clauses):
            # (the topic nearest the quotation: 「現在は…コーチを務める森田大輝（55）は「…」」)
            k = clause.rfind("は") if particle == "は" else clause.find(particle, 1)
            opened = clause.rfind("「", 0, k) if k > 0 else -1
            if opened > clause.rfind("」", 0, k):
                # (not a は inside the words of an earlier quotation: 「うちの地区は…」)
                k = clause.rfind(particle, 0, opened)
            if particle == "が" and k > 0 and clause.endswith("として"):
                continue  # 「工事で藻場が減ったとして「…」と訴えた」: what they claim, whose
                # subject is not who speaks
            if particle == "が" and k > 0 and _JA_RELATIVE.search(clause, k + 1) and \
                    not clause.endswith("が"):
                continue  # 「市が昨年開いた住民説明会についても「…」」: が in a clause that
                # describes a noun marks its own subject, not who speaks
            if k < 0 or particle == "も" and not (
                    clause[k - 1] == "）" or clause[:k].endswith(_JA_TITLES)
                    or clause[:k].endswith(_JA_BODIES_ALSO)
                    or _ja_named_before(clause[:k], before)) or \
                    particle == "が" and (clause[k - 1] in "ただ"
                                          or clause[k - 1:k + 2] == "ながら"):
                continue  # (も only after a person: 「隣の夫、北浜健さん（47）も「…」」; and
                # 「…との質問も出たが」: が after a verb joins two clauses, it marks no subject)
            if passed and k != len(clause) - 1 and not (
                    particle == "は" and clause[-1] in _JA_CONTINUATIVE
                    and not clause.endswith(("され", "られ"))  # (a passive: 会見の様子は中継され)
                    and not _JA_PARTICLES_IN.search(clause, k + 1)):
                return None  # (past では, only a clause that is its topic: 「田村社長は、」,
                # or its topic and a verb that goes on: 「若鷹山は涙をぬぐい、インタビューでは」)
            ga = clause.find("が", 1)
            if particle == "は" and 0 < ga < k and not _JA_RELATIVE.search(clause, ga, k) \
                    and "の" not in clause[ga:k]:  # (「建築構造が専門の中川教授は」)
                k = ga  # 「回答者の約85％がWi-Fiは「…」と回答」: が marks who (but in
                # 「長男がいる会社員女性は」 it is inside the clause that describes her)
            subject = _JA_PARENS.sub("", clause[:k]).strip(" ,")
            if particle == "が" and (wa := subject.find("は")) > 0 and \
                    subject[:wa].endswith(_JA_NOT_WHO):
                subject = subject[wa + 1:]  # 「最近は詐欺グループが」: when, then who
            if subject.endswith("」") and "「" in subject:
                # 「所属事務所「ノースライト・ミュージック」は」: the name in the brackets, as it
                # is (「北川のお産を守る会」 is a name, not a clause before 会)
                return _Speaker(subject[subject.rfind("「") + 1:-1], name=True)
            if subject.endswith("から"):
                subject = subject[:-2]  # 「市場関係者からは「…」との声」: from them
                if subject.endswith(_JA_PLACES):
                    subject = ""  # 「会場からは」「傍聴席から」: a place, nobody in particular
            if subject.endswith("で") and subject[:-1].endswith(_JA_DOCUMENTS):
                return _Speaker(subject[:-1])  # 「決算資料では…「…」と説明」: the document
            if not subject or subject[-1] in "でに":  # 「…の間では」「…には」: not a subject
                # (but 「表彰式では、…写真家の村井晶子さんが講評で「…」」: a person with が)
                # (the last clause with words: "…登壇し、「…」" ends with a comma)
                near = clauses[-1] if clauses[-1].strip() or len(clauses) < 2 else clauses[-2]
                ga = near.find("が", 1)
                person = _JA_PARENS.sub("", near[:ga]) if ga > 0 else ""
                if person.endswith(_JA_TITLES):
                    return _Speaker(_ja_name(person), name=True)
                according = _ja_according(sentence)
                if according is not None or particle != "は":
                    return according
                passed = True
                continue  # (「田村社長は、…定期点検では「…」」: the topic of a clause before)
            if subject.endswith(_JA_NOT_WHO) or subject.startswith("と") or \
                    subject in _JA_WHEN or _JA_DATE.fullmatch(subject):
                continue  # 「ゴール後は」「その点については」「晩年は」: when or what about
                # (「…」と答えたが: the verb of the quotation before, not a subject)
            subject = _JA_CONNECTIVE.sub("", subject)  # 「これに対し交通局側は」: 交通局側
            if (where := subject.rfind("で")) > 0 and \
                    subject[where + 1:].endswith(_JA_PERSON_NOUNS):
                subject = subject[where + 1:]  # 「病室で父は」: where, then who
            if (pronoun := _ja_pronoun(subject)) is not None:
                return _Speaker(pronoun, pronoun=_JA_PRONOUNS[pronoun])
            if _JA_SAME.fullmatch(subject):
                # 同社は: "the said company", as the article says; 同会が in a clause of what
                # someone said ("同会が…提出したことにも触れ"): that someone goes on.
                return _Speaker(subject) if particle == "は" else _UNRESOLVED
            return _Speaker(_ja_name(subject), name=True)
    return _ja_according(sentence)


def _ja_named_before(words: str, before: str) -> bool:
    """Whether a Japanese clause ends in a name the text before gave with a title: 村岡 in
    「村岡も「…」と返した」 after 村岡健吾投手."""
    name = _JA_NAME_TAIL.search(words)
    return name is not None and 2 <= len(name.group()) <= 4 and _compiled(
        re.escape(name.group()) + r"[\u4e00-\u9fff々]{0,2}(?:" + _JA_SHORT_TITLES + ")"
    ).search(before) is not None


# Bodies that may speak with も ("also"): 球団も公式Xで「…」と投稿した.
_JA_BODIES_ALSO = ("球団", "クラブ", "同社", "会社", "政府", "市", "県", "町", "村", "協会", "連盟",
                   "組合", "警察", "事務所", "大学", "病院", "庁", "省", "機構", "委員会", "学会",
                   "銀行", "同行", "センター", "本部", "局", "署")
# The last kana of a verb that goes on to the next clause (ぬぐい、 話し、 受けて、).
_JA_CONTINUATIVE = frozenset("てでいしりきみぎびちえけせめれべ")
# A topic or a subject of its own in the rest of a clause.
_JA_PARTICLES_IN = re.compile(r"[はが]")
_JA_ASKED = re.compile(r"」と(?:問われ|聞かれ|尋ねられ|質問され)")
# 「…」と問われた同社の担当者は「…」: the one asked, named after the question.
_JA_ASKED_WHOM = re.compile(
    r"」と(?:問われ|聞かれ|尋ねられ|質問され)た([^、。「」『』]{2,24}?)[はが]、?\s*$")


def _ja_asked(text: str, start: int) -> _Speaker | None:
    """Who answers a question put earlier in the sentence (「記者から「…」と問われると、「…」と
    答えた」): the topic of the sentence, leaving out whom the question came from, or else of
    the sentence before; None when no question is put."""
    at = _ja_sentence_start(text, start)
    if _JA_ASKED.search(text, at, start) is None:
        return None
    if (asked := _JA_ASKED_WHOM.search(text[at:start])) is not None:
        return _Speaker(_ja_name(_JA_PARENS.sub("", asked.group(1))), name=True)
    between = text[text.rfind("」", at, start) + 1:start]
    if "、" in between and (topic := _ja_subject(between.split("、", 1)[1])) is not None:
        return topic  # 「…」と問われると、川上監督は「…」と笑った: the one named after it
    head = text[at:text.find("「", at)]
    head = "、".join(c for c in head.split("、") if not c.endswith("から"))
    return (_ja_subject(head) if head else None) or _ja_topic_before(text[:at])


# 「…」と言われた, 「…」って怒られました: words said to the one writing, by someone named before
# them with に or から.
_JA_PASSIVE_SAID = re.compile(r"\s*(?:と|って)(?:よく|何度も|繰り返し)?"
                              r"(?:言われ|怒られ|叱られ|しかられ|褒められ|ほめられ|注意され|"
                              r"諭され|励まされ|頼まれ|誘われ)")
_JA_AGENT = re.compile(r"([^、。「」\s　]{1,16}?)(?:に|から)(?:は|も)?(?=[、\s　]|よく|何度も|$)")


def _ja_passive_agent(text: str, start: int, after: str, end: int) -> _Speaker | None:
    """Who said the words the sentence says someone was told (北村さんにはよく「…」と言われ
    ました, ある先輩からは、…「…」と叱られました): the last person before them marked with に
    or から, by a title, a kin word or ある; None when there is none or the verb is not a
    passive of speaking."""
    if _JA_PASSIVE_SAID.match(after, end) is None:
        return None
    agent = None
    for m in _JA_AGENT.finditer(text, _ja_sentence_start(text, start), start):
        who = m.group(1).rsplit("の", 1)[-1] if "の" in m.group(1)[:-1] else m.group(1)
        if who.startswith("ある") or who in _JA_KIN or any(
                who.endswith(title) and len(who) > len(title) for title in _JA_TITLES):
            agent = who
    return _Speaker(_ja_name(agent), name=True) if agent else None


def _ja_according(sentence: str) -> _Speaker | None:
    """「木村さんによると、…「…」という」: whom the sentence is according to (unless the
    words come 「…からは」 others)."""
    according = _JA_ACCORDING.search(sentence)
    if according is None or "からは" in sentence[according.end():]:
        return None
    who = _JA_PARENS.sub("", according.group(1))  # (西村孝雄さん（74）によると: no age)
    return _Speaker(who, pronoun=_JA_PRONOUNS[who]) if who in _JA_PRONOUNS else \
        _Speaker(_ja_name(who), name=True)


# Places a voice comes from, which name nobody (会場, 傍聴席, 沿道).
_JA_PLACES = ("会場", "席", "場内", "アリーナ", "スタンド", "沿道")
# Voices and cries heard, which are no speaker (「…」とつぶやく声が漏れた).
_JA_SOUNDS = ("声", "叫び", "歓声", "悲鳴", "ため息")
# Documents that say something in Japanese copy (「決算資料では」, 「声明では」).
_JA_DOCUMENTS = ("資料", "声明", "発表", "文書", "報告書", "リリース", "コメント", "談話", "通知",
                 "論文", "判決", "提言")
# Nouns of time and of subject matter that stand as a topic (ゴール後は, 場面については):
# they say when or what about, never who.
_JA_NOT_WHO = ("について", "に関して", "に対して", "に向けて", "を受けて", "にとって", "後", "前",
               "際", "時", "場合", "当時", "以降", "場面",
               "点", "件", "なの", "たの", "いの",
               "最初", "当初", "最近", "近年", "今回",
               "てから", "でから", "とき", "ころ", "頃", "以来",
               "年から", "月から", "日から", "時から", "歳から", "代から", "のか", "かどうか")
# (and 「特に心配なのは」: what, said of it; 「妻を亡くしてからは」, 「2003年からは」: since when;
# 「…がどの器官にあるのかは」: a question, what is not known)
# Words that join a sentence to the one before, written before its subject.
_JA_CONNECTIVE = re.compile(r"^(?:これに対し(?:て)?|それに対し(?:て)?|一方(?:で)?|また|さらに|"
                            r"しかし|ただ|だが|なお|その上で|そのうえで|ですから|だから|"
                            r"それで|そこで|でも)?、?")
# 同会, 同社, 同省: "the said body", which refers back and never names a person.
_JA_SAME = re.compile(r"同[^\s氏]")
# Titles and honorifics written after a Japanese name (longest first).
_JA_TITLES = tuple(sorted(_words("""
ディレクター マネージャー プロデューサー トレーナー リーダー オーナー シェフ デザイナー エンジニア
アドバイザー コンサルタント ストラテジスト
専務執行役員 常務執行役員 上席執行役員
社長 副社長 会長 知事 代表 幹事長 市長 町長 村長 区長 氏 さん 様 議員 委員長 理事長 部長
課長 局長 所長 院長 校長 教授 准教授 監督 選手 首相 大臣 長官 総裁 総理 議長 頭取 理事
大統領 主席 書記長 事務総長 官房長官 党首 代表理事 弁護士 容疑者 被告 医師 記者 会長兼社長
裁判長 裁判官 判事 検事 教諭 助手 次席検事 検事正 検事長 次長検事 主任検事 副検事 弁護人 主任弁護人
教育長 副知事 副市長 主任研究員 上席研究員 主席研究員 研究員 主任 専務 常務 取締役 執行役員
室長 次長 係長 園長 館長 署長 本部長 支店長 店長 報道官 審議官 事務次官 次官 担当者 広報担当者
代表取締役 代表取締役社長 アナリスト エコノミスト 講師 キャプテン コーチ 親方 先生
組合長 副組合長 漁協組合長 町議 市議 県議 区議 村議 議員団長 学長 副学長 理事官 組長
農林水産大臣 財務大臣 外務大臣 経済産業大臣 国土交通大臣 厚生労働大臣 文部科学大臣 環境大臣
防衛大臣 法務大臣 総務大臣 投手 捕手 内野手 外野手 主将 総理大臣 内閣総理大臣 課長補佐 部長補佐
消防長 団長 副団長 隊長 班長 座長 塾長 船長 機長 駅長 事務局長 編集長 工場長 病院長 学校長
副理事長 代表幹事 会頭 副会頭 顧問 相談役 支配人 女将 住職 宮司 名誉教授 特任教授 助教
官房副長官 政調会長 総務会長 選対委員長 国対委員長 幹事長代行 副大臣 政務官
看護師 准看護師 保健師 助産師 薬剤師 獣医師 歯科医師 税理士 弁理士 司法書士 行政書士 会計士
社会福祉士 介護福祉士 栄養士 管理栄養士 調理師 建築家 作家 小説家 詩人 歌人 俳人 画家 写真家
俳優 女優 歌手 棋士 騎手 調教師 杜氏 監事 支局長 支社長 営業部長 自治会長 町内会長 副会長
副議長 総長 学部長 研究所長 センター長 副院長 看護部長 事務長 副校長 教頭 准教授 特任准教授
看護師長 師長 棋士 税理士 司法書士 行政書士 弁理士 社会福祉士 獣医師 薬剤師 看護師 保育士
委員 副委員長 委員長代理 参事 主査 主幹 予報官 主任予報官 執行委員長 副執行委員長 中央執行委員長
支社長 副支社長 支局長 支部長 副部長 副課長 副所長 副院長 副校長 教頭 副館長 副署長 副本部長
センター長 部会長
農林水産相 農水相 財務相 外相 防衛相 経済産業相 経産相 国土交通相 国交相 厚生労働相 厚労相
文部科学相 文科相 環境相 法相 総務相 衆院議員 参院議員 衆議院議員 参議院議員
共同代表 副代表 代表代行 予報課長 予報部長 防災課長 企画課長 広報課長 危機管理監
巡査 巡査長 巡査部長 警部補 警部 警視正 警視長 刑事 消防士 消防士長 消防司令 消防司令補 消防司令長
"""), key=len, reverse=True))
# The titles of three characters or fewer (さん, 氏, 投手, 弁護士), as one alternation: what
# follows a name where the text gives it (see _ja_named_before).
_JA_SHORT_TITLES = "|".join(t for t in _JA_TITLES if len(t) <= 3)
# A person's thing as a sentence's topic (森田さんの自宅は): the person, named before it.
_JA_OWNED = re.compile(r"(.{1,12}?(?:さん|氏))の(.{1,10})")
# Nouns for a person (or a body) that end a topic: 森田さんの長男, 佐藤氏の事務所.
_JA_PERSON_NOUNS = ("男性", "女性", "人", "者", "員", "長", "子", "母", "父", "妻", "夫", "娘",
                    "息子", "家族", "さん")  # (a person, not a body)
# (and the people who say something: 住民, 生徒, ファン)
_JA_PEOPLE = _JA_PERSON_NOUNS + ("民", "客", "生徒", "学生", "ファン", "親", "子ども", "選手")
_JA_PERSON_ENDS = _JA_PERSON_NOUNS + ("氏", "社", "会", "部", "所", "局") + _JA_TITLES
# The end of a verb that ends a clause describing the noun after it (した, いる, 働く, and the
# verbs of one kanji before た: 来た, 見た), before a character that is not hiragana.
_JA_RELATIVE = re.compile(
    r"(?:した|する|いる|れる|れた|(?<=が)ある|(?<=[\u3040-\u309f来見出着])た|"
    r"(?<!あ)[くぐすつぬむぶうる])"  # (ある after が is "has": 著書がある佐伯氏; alone, ある
    # 中堅議員 is "a certain")
    r"(?=[^\u3040-\u309f])")
# A kanji surname and a given name in hiragana (山崎ゆかり, or 丸山ふみ子 with a kanji
# after it), not a clause ending in の.
_JA_HIRAGANA_NAME = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{2,3}"
                               r"(?:[ぁ-ねは-ゖ]{2,4}|[ぁ-ゖ]{1,3}[子代江枝美恵乃])$")
_JA_KATAKANA_END = re.compile(r"(?<=[\u4e00-\u9fff々])[\u30a0-\u30ffー]+$")
_JA_NAME_TAIL = re.compile(r"[\u4e00-\u9fff々\u30a0-\u30ffー]+$")
# Words for some of a group, after the group and の (市民の一部, 住民の多く).
_JA_SOME_OF = frozenset({"一部", "多く", "数人", "一人"})
_JA_SOME_OF_WHOM = re.compile(r"[\u4e00-\u9fff々\u30a0-\u30ffー]+の(?:"
                              + "|".join(sorted(_JA_SOME_OF)) + ")$")
_JA_PROFESSION_NAME = re.compile(r"(?:作家|俳人|詩人|歌人|画家|評論家|批評家|歌手|俳優|女優|作曲家|"
                                 r"小説家|脚本家|写真家|建築家)の?([\u4e00-\u9fff々]{3,5})$")
_JA_FOREIGN_NAME = re.compile(r"[\u30a1-\u30faー]+(?:[・＝][\u30a1-\u30faー]+)+$")
# 「…」（国内証券の小売りアナリスト）, 「…」（佐伯院長）, 「…」（同院）: a speaker in parentheses, a
# person or a body named before (not a place after a name in marks: 「湾岸ホームズ」（東京都港区）).
_JA_CREDITED = sorted(set(_JA_TITLES) | _words(
    "アナリスト エコノミスト ストラテジスト 幹部 関係者 担当者 役員 首脳 社員 職員 会社員 男性 "
    "女性 住民 研究員 者 広報部 本部 広報課 広報室"), key=len, reverse=True)
_JA_CREDIT = re.compile(r"[（(]([^（）()\d。「」]{0,28}(?:" + "|".join(_JA_CREDITED)
                        + r")|同[^（）()\d。「」\s]{1,2})[）)]")


# Occupations written before a Japanese name with nothing between (無職佐藤和子さん).
_JA_OCCUPATION = re.compile(r"^(?:元|前)?(?:小学校|中学校|高校|大学)?"  # (元中学校教員)
                            r"(?:無職|会社員|会社役員|主婦|自営業|農業|漁業|公務員|団体職員|"
                            r"アルバイト|パート|大学生|高校生|中学生|学生|教員|看護師|契約社員|派遣社員|"
                            r"飼育員|職員|店員|駅員|作業員|従業員|組合員|警備員|乗務員|添乗員|保育士|介護士|"
                            r"介護職員|薬剤師|教諭|漁師|農家|会社経営|医師|僧侶|住職|大工|調理師|美容師|"
                            r"理容師|研究員|銀行員|消防士|看護助手|歯科医師|獣医師|技術者|専門学校生|"
                            r"大学院生|短大生|研修生|実習生)(?=[^のやと].)")
# (not 「教員や学生」: the one and the other, no name after either)


# A Japanese headline names who speaks before the words (住民ら「…」, 佐藤が初優勝　「…」,
# 坂口隆之、最後の…へ　「…」) or after them (「…」気象庁が呼びかけ, 「…」　森本社長に聞く).
_JA_HEADLINE_AFTER = re.compile(r"[」』][\s　]*(?:([^、。「」\s　]{2,20}?)が"
                                r"(?:呼びかけ|表明|強調|訴え|警告|要望|反発|指摘)"
                                r"|([^「」]{2,30}?)に聞く)")
_JA_HEADLINE_SUBJECT = re.compile(r"([^、。「」\s　・！!？?]{2,16}?)(?:が|は|、)")
# A thing before a headline's comma, its topic, not who speaks (自転車通行帯、郵便局、).
_JA_HEADLINE_TOPIC = re.compile(r"(?:帯|局|道|線|店|館|場|所|駅|橋|路|区|税|制度|計画|工事)$")


def _ja_headline_speaker(text: str, start: int, end: int) -> str | None:
    """Who a Japanese headline's words are by, or None."""
    if (after := _JA_HEADLINE_AFTER.match(text, end - 1)) is not None:
        named = (after.group(1) or after.group(2)).rsplit("・", 1)[-1]
        return _ja_name(named)
    head = text[:start]
    segments = [part for part in re.split(r"[\s　]+", head.rstrip(" 　")) if part]
    if not segments:
        return None
    last = segments[-1]
    if head == head.rstrip(" 　") and last.endswith(_JA_PERSON_ENDS + ("ら",)):
        # 住民ら「…」, 店主「…」: the words right after who says them
        return _ja_name(re.split(r"[、・]", last)[-1])
    for segment in reversed(segments):
        subjects = list(_JA_HEADLINE_SUBJECT.finditer(segment))
        named = next((m for m in subjects if m.group().endswith(("が", "は"))), None) or \
            next((m for m in subjects if not any(c.isdigit() for c in m.group(1)) and not (
                m.group().endswith("、") and _JA_HEADLINE_TOPIC.search(m.group(1)))), None)
        if named is not None:
            return _ja_name(named.group(1).rsplit("・", 1)[-1])
    return None


# Kin, then their given name: 母の節子, 妻の由佳さん, 長男の陽太.
_JA_KIN_NAMED = re.compile(r"(?:母|父|妻|夫|娘|息子|長男|次男|長女|次女|姉|兄|妹|弟|祖母|祖父|孫)の"
                           r"([一-龥々ぁ-んァ-ヶー]{1,4}?)(?:さん|ちゃん|くん)?")


# The first word of a title of two (主席エコノミスト, 上席研究員 when the list lacks it).
_JA_TITLE_FIRST = re.compile(r"(?:主席|首席|上席|筆頭|特任|客員|名誉)$")


# A role in katakana right before a name in kanji (メダリスト高木美咲).
_JA_KATAKANA_ROLE = re.compile(r"[\u30a1-\u30fa]{3,}([\u4e00-\u9fff々]{3,5})$")
# An age, a place in a ranking or where something is said, before a Japanese name or role
# (29歳の金子, 2位のワンジル, 公判で検察側).
_JA_BEFORE_WHO = re.compile(
    r"[0-9０-９]+(?:歳|位)の|[\u4e00-\u9fff]{1,4}で(?=[\u4e00-\u9fff\u30a0-\u30ff])")


def _ja_name(subject: str) -> str:
    """A person's name from a Japanese noun phrase ending in a title: the modifiers before
    it and the title dropped (「記者会見した大西正人社長」 → 大西正人, 「中村さん」 → 中村); a
    phrase without a title (「港川高校2年の女子生徒」) is kept as written."""
    if subject.endswith(("の間", "の中")) and len(subject) > 3:
        subject = subject[:-2]  # 住民の間からは「…」との声: "from among the residents"
    subject = subject.lstrip("■□●○◆◇▼▽▲△★☆※◎")  # (■村瀬: a list's bullet, no part of it)
    if subject.endswith("＝") and (party := subject.find("＝")) < len(subject) - 1:
        subject = subject[:party]  # 岡部隆志市議＝自民系会派「桜政会」＝: the party after the name
    if subject.startswith(("この", "その")) and len(subject) > 3:
        subject = subject[2:]  # この捜査関係者: the one just named, as the article names them
    if (before := _JA_BEFORE_WHO.match(subject)) is not None and before.end() < len(subject):
        subject = subject[before.end():]  # 29歳の金子, 2位のワンジル, 公判で検察側: how old,
        # what place, or where, then who
    if (kin := _JA_KIN_NAMED.fullmatch(subject)) is not None:
        return kin.group(1)  # 母の節子: her mother, named; the name is who speaks
    if (both := subject.find("や")) > 0 and subject[both - 1] >= "\u4e00" and \
            subject.endswith(_JA_TITLES):
        return subject  # 「医師や看護師」: the one and the other, no name in either
    if subject.startswith(("ある", "別の")) or subject[:1] in "同両" and subject[1:] in _JA_TITLES \
            or subject in _JA_TITLES:
        if subject.endswith("さん") and len(subject) > 4:
            return subject[:-2]  # 「ある町長さん」: the title, not its courtesy
        return subject  # 「ある中堅議員」「同教育長」「両外相」「官房長官」: not named, as the
        # article says (a title alone: see _ja_title_holder)
    for title in _JA_TITLES:
        if subject.endswith(title) and len(subject) > len(title):
            if (foreign := _JA_FOREIGN_NAME.search(subject[:-len(title)])) is not None:
                return foreign.group()  # 「会社員エミリー・ブラウンさん」: a foreign name in full
            tail = _JA_NAME_TAIL.search(subject[:-len(title)])
            if tail is None or len(tail.group()) == 1:
                tail = _JA_HIRAGANA_NAME.search(subject[:-len(title)]) or tail
            if tail:
                # (a name is written in kanji: katakana after it is the rest of the title,
                # 「山口理沙シニアアナリスト」)
                name = _JA_KATAKANA_END.sub("", tail.group()) or tail.group()
                if (after_role := _JA_KATAKANA_ROLE.search(name)) is not None:
                    name = after_role.group(1)  # 五輪金メダリスト高木美咲選手: a role in
                    # katakana, then the name in kanji
                elif tail.start() > 1 and subject[tail.start() - 1] in " 　" and (
                        surname := _JA_NAME_TAIL.search(subject, 0, tail.start() - 1)
                ) is not None and len(surname.group()) <= 3:
                    name = subject[surname.start():tail.start()] + name  # 村上 晃氏: the
                    # surname and the given name with a space between
                if name[:1] == "年" and tail.start() and subject[tail.start() - 1].isdigit():
                    name = name[2:] if name[1:2] == "生" else name[1:]  # 小学4年林陽菜さん:
                    # the school year, then the name
                if (first := _JA_TITLE_FIRST.search(name)) is not None and first.start() >= 3:
                    name = name[:first.start()]  # 藤田浩二主席エコノミスト: a title of two
                    # words, its first one no part of the name
                if (dot := name.find("・")) > 0 and not _JA_KATAKANA_NAME.fullmatch(name):
                    name = name[:dot]  # 佐伯修一・水瀬町長: the name, then the town it heads
                if name in _JA_KATAKANA_NOUNS:
                    return subject[subject.rfind("の") + 1:]  # ベテラン市議: a veteran
                    # councillor, no name
                if name not in ("男性", "女性"):  # (男性教諭: a man who teaches, no name)
                    return _ja_lead_title(_JA_OCCUPATION.sub("", name))
            break
    subject = _JA_OCCUPATION.sub("", subject)
    clauses = list(_JA_RELATIVE.finditer(subject))
    if clauses and clauses[-1].end() < len(subject):
        # 「名古屋市内の工場で働く20代の男性社員」: the clause before the noun describes whom
        # it names; the noun phrase after the last verb is the speaker.
        subject = _JA_OCCUPATION.sub("", subject[clauses[-1].end():])
        for title in ("さん", "氏"):
            if subject.endswith(title) and len(subject) > len(title) + 1:
                return subject[:-len(title)]  # 「…訪れた会社員北浜ゆかりさん」: 北浜ゆかり
    if (dot := subject.rfind("・")) > 0 and _JA_KANJI_NAME.fullmatch(subject[dot + 1:]) and \
            "\u4e00" <= subject[dot - 1] <= "\u9fff":
        return subject[dot + 1:]  # 「女房役の捕手・川端大輝」: a role, then the name
    if (named := _JA_PROFESSION_NAME.search(subject)) is not None:
        return named.group(1)  # 「同時代の作家岩瀬秋水」「友人の俳人柴崎露舟」: a profession, then
        # the name
    if (named := _JA_SURNAME_END.search(subject)) is not None and named.start() > 0:
        return named.group()  # 「北越電機の坂口隆之」「主将のDF秋山颯」: a description, then a name
    if (of := subject.rfind("の")) > 0 and _JA_KANJI_NAME.fullmatch(name := subject[of + 1:]) \
            and name not in ("男性", "女性") and name not in _JA_TITLES \
            and name[0] not in "一二三四五六七八九十数何" \
            and (subject[:of] in _JA_TITLES or subject[:of] in _JA_ROLES or len(name) >= 3 and (
                _JA_KATAKANA_END.search(subject[:of]) or subject[:of] in _JA_KIN
                or subject[:of].endswith(_JA_ROLE_ENDINGS))):
        return name  # 「エースの藤井陸斗」「主将の藤本」「父の高橋源次」「甲板員の池田翔太」: a
        # role or kin, then the name (a full name, unless the role is a known one; not
        # 「店長の女性」「町議の一人」: a woman, one of them)
    return _ja_lead_title(subject)


# Katakana words for a kind of person, before a title in place of a name (ベテラン市議).
_JA_KATAKANA_NOUNS = frozenset({"ベテラン", "ルーキー", "エース", "ボランティア", "スタッフ",
                                "シニア", "パート", "アルバイト", "ママ", "パパ"})


def _ja_lead_title(subject: str) -> str:
    """A name after its title, with nothing between (「研究員森下亜希」「組合長大石誠」): the
    name; else the subject as it is."""
    last = subject[subject.rfind("の") + 1:]  # (after what it belongs to: 「…博物館の」)
    lead = next((t for t in _JA_TITLES if last.startswith(t)), "")
    if lead and 3 <= len(last) - len(lead) <= 5 and _JA_KANJI_NAME.fullmatch(last[len(lead):]):
        return last[len(lead):]
    kin = next((t for t in _JA_LEADING if last.startswith(t)), "")
    if kin and 2 <= len(last) - len(kin) <= 5 and _JA_KANJI_NAME.fullmatch(last[len(kin):]):
        return last[len(kin):]  # 「菅原選手の母裕子」「エース遠藤悠真」: a relation or a role
    return subject


# Words for a relation or a position written right before a Japanese name, which may be a
# given name alone (「母裕子さん」).
_JA_LEADING = ("エース", "主将", "母", "父", "妻", "夫", "長男", "長女", "次男", "次女", "祖母",
               "祖父", "孫", "弟", "兄", "姉", "妹")


_JA_KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]{2,5}")
# Titles a Japanese article uses alone for the person it named with them before (not さん,
# 氏 or 記者, which stand for nobody in particular).
_JA_BARE_TITLES = frozenset(_JA_TITLES) - {"さん", "氏", "記者", "医師", "保育士", "助手"}


def _ja_title_holder(texts: list[str], block: int, pos: int, title: str) -> str:
    """The name last written with ``title`` right after it (岸田文雄首相), or for a title
    that goes first, right before it (エース山内颯太), before ``(block, pos)``, in this
    paragraph or the 30 before it, or ""."""
    for text in _texts_back(texts, block, pos):
        if title in _JA_TITLES_FIRST:
            found = list(_compiled(re.escape(title) + r"・?([\u4e00-\u9fff々]{2,5})"
                                   r"(?=[（(、はがも])").finditer(text))
            if found:
                return _ja_name(found[-1].group(1))  # (エース桐山翔投手: 桐山翔)
            continue
        at = text.rfind(title)
        while at > 0:
            chunk = text[max(0, at - 12):at + len(title)]
            name = _ja_name(chunk)
            if name != chunk and chunk.endswith(name + title) and name[-1] not in "副元前新旧同両" \
                    and _JA_KANJI_NAME.fullmatch(name):  # (not 麻生太郎副首相, 安倍晋三元首相)
                return name
            at = text.rfind(title, 0, at)
    return ""


_JA_BARE_NAME = re.compile(r"\s*と([\u4e00-\u9fff々]{2,3})。")
_JA_GIVEN_THEN = "[\u4e00-\u9fff々]{1,3}(?:さん|氏|（|は|が)"  # (the given name, then a name's end)
_JA_ROLES = _words("主将 副主将 捕手 投手 エース 主砲 司令塔 会長 監督 部長")
# Words a sports report uses for someone named before with another title.
_JA_STANDS_FOR = {"指揮官": ("監督",), "右腕": ("エース",), "左腕": ("エース",)}
_JA_TITLES_FIRST = frozenset({"エース"})
_JA_KIN = _words("父 母 妻 夫 兄 姉 弟 妹 娘 息子 祖父 祖母 長男 長女 次男 次女 父親 母親")
_JA_ROLE_ENDINGS = ("員", "手", "者", "士", "師", "長")


# ---------------------------------------------------------------------------------------
# Attribution of one quotation


@dataclass(slots=True)
class _Found:
    speaker: _Speaker | None = None
    verb: bool = False  # a verb of speech (or "according to") is attached to the quotation
    naming: bool = False  # a naming word stands just before it
    colon: bool = False  # a colon introduces it
    reported: bool = False  # only a German subjunctive before it: reported speech goes on
    there: bool = False  # „…“, heißt es darin: the document named before it speaks
    # Where the naming verbs before it stand (the nearest first) in ``tokens``: who named
    # it is read from them only when a quotation of speech needs it (see ``namer``).
    naming_verbs: tuple[int, ...] = ()
    tokens: tuple[str, ...] | list[str] = ()
    last_words: tuple[str, ...] | list[str] = ()  # the last three words before it, lower case

    def namer(self) -> _Speaker | None:
        """Who named it ("She called the strikes “…”"): the subject of the nearest naming
        verb that has one."""
        for k in self.naming_verbs:
            before = _naming_subject(list(self.tokens[:k]))
            if before and before[0] in _DE_FRONTED and (after := list(self.tokens[k + 1:])) \
                    and (end := next((j for j, t in enumerate(after) if j and (
                        t.lower() in _DE_ALL_ARTICLES or t.lower() in _PRONOUNS)), 0)):
                before = after[:end]  # "Im Interview mit dem Sender NOS nannte de Wit die
                # Berlinerin „…“": a German phrase first, then the verb and its subject
            namer = _subject(before)
            if namer is not None:
                return namer
        return None


# German prepositions that open a phrase before the verb, its subject after it ("Im
# Interview nannte de Wit …").
_DE_FRONTED = _words("Im Am Beim Zum Zur Vom Bei Auf Nach Vor Mit In Gegenüber Während Seit")
# Words before a quoted term that make it a common noun, not a name or a title ("von einem
# „Kahlschlag mit Ansage“", "un « hold-up »").
_A_TERM = _words("a an ein eine einen einem einer eines un une d’un d’une d'un d'une als")
# A term that long may be given its sentence's subject with no verb of speech or naming: a
# partial quotation ("für „betriebswirtschaftlich nachvollziehbar, …“", "a dénoncé une « prise
# d'otages »", "Eder hält das für „bestellte Wissenschaft“"), where one word is more often a
# scare quote ("partisan “fact-checking” website").
_FALLBACK_WORDS = 2
# A possessive before a term makes it a thing someone has, not words someone said ("have
# hailed their “strategic partnership,”").
_POSSESSIVES = _words("their its his her our leur leurs son sa ses notre ihre ihren ihrem "
                      "ihrer seine seinen seinem seiner unsere их его её ее свой свою своей")
# What opens a clause whose subject names something ("what the guild calls", "une formule
# que les producteurs jugent", "was Kritiker nennen", "как местные жители называют").
_NAMING_OPENERS = _words("what which que qu’ qu' was wie как которую который которое которые "
                         "которого den")
# Determiners that open a subject after the noun it qualifies ("a death the man’s family
# has called", "a practice one former technician described").
_REDUCED_RELATIVE = _words("the one his her its their several many some most")


def _naming_subject(tokens: list[str]) -> list[str]:
    """The words before a naming verb cut to its subject where a clause or a noun phrase
    ends before it: "the dispute turns on what the guild [calls]" is the guild, "Повышение
    тарифа Соколова [назвала]" Соколова, "a practice one former technician [described]" one
    former technician."""
    end = len(tokens)
    while end > 1 and tokens[end - 1].lower() in ("has", "have", "had", "hat", "hatte", "a",
                                                   "avait", "ont", "also", "often"):
        end -= 1
    if end < len(tokens) and tokens[end - 1] in _BUT_AND:
        return tokens  # "…, who chaired the jury and has called it": the first verb's subject
    for j in range(end - 1, max(-1, end - 7), -1):
        t = tokens[j]
        if t in _BOUNDARY:
            break
        low = t.lower()
        if low in _NAMING_OPENERS and j + 1 < end:
            return tokens[j + 1:end]
        if low.startswith(("qu’", "qu'")) and len(low) > 3:
            return [t[3:]] + tokens[j + 1:end]  # "qu’elle juge"
        if low in _REDUCED_RELATIVE and j and tokens[j - 1][:1].islower() and \
                tokens[j - 1].isalpha() and tokens[j - 1].lower() not in _PREPOSITIONS and \
                tokens[j - 1].lower() not in _DETERMINERS and tokens[j - 1].lower() not in _AUX \
                and tokens[j - 1].lower() not in _LEADING and j + 1 < end:
            return tokens[j:end]
    last = tokens[end - 1] if end else ""
    if end >= 2 and "а" <= last[:1].lower() <= "я" and last[:1].isupper() and \
            tokens[end - 2][:1].islower() and tokens[end - 2][:1].isalpha():
        return [last]  # Russian puts the object first: "Повышение тарифа Соколова назвала"
    return tokens


# How far from a quotation its attribution is looked for, in characters (about 30 words
# before it, 25 after): bounded, so the whole detection stays linear in the text.
_WINDOW = 160
_WINDOW_AFTER = 160
_LONG_WINDOW = 400  # back to the start of a long sentence whose verb of speech was found
_UNRESOLVED = _Speaker("", pronoun="?")


# (Every pattern here starts with a character class, which the regex engine scans for
# quickly; an alternation or a look-behind first makes it try every position, 5x slower.)
_STOP = re.compile(r"[.!?…。！？][.!?…\"'”’»“«‹›)]*")  # (and German closing marks: „….“)
# The same runs in text without "!", "?", "…", "。", "！" or "？" (most windows): there only a
# period opens one, and only the rest of _STOP's second class goes on with it. A pattern
# that opens with the period itself is found by a plain search; testing each character
# against _STOP's class costs the engine some 60 instructions a character.
_STOP_PERIOD = re.compile(r"\.[.\"'”’»“«‹›)]*")
_PLAIN_WORD = re.compile(r"\w+")
# Each ASCII byte that is no word character (\w: a letter, a digit or "_") made a space.
_ASCII_WORD_BYTES = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ")
                          for c in range(128)) + bytes(range(128, 256))


def _plain_words(text: str) -> list[str]:
    """``_PLAIN_WORD.findall(text)``. For ASCII text (most windows) the same words are
    found by making every other character a space and splitting there, at a quarter of
    the cost: the pattern's engine spends more on each word it returns than on the
    characters."""
    if text.isascii():
        return text.encode().translate(_ASCII_WORD_BYTES).decode().split()
    # (Curly quotation marks and apostrophes are the commonest characters that are not
    # ASCII, and no word characters: made spaces, they part the same words, and text with
    # no other is read as ASCII text is.)
    plain = text.replace("’", " ").replace("“", " ").replace("”", " ")
    if plain.isascii():
        return plain.encode().translate(_ASCII_WORD_BYTES).decode().split()
    return _by_pieces(text, _PLAIN_WORD)  # (other text as _tokens reads it)


# _ASCII_WORD_BYTES with each capital made lower case, as str.lower() makes it in ASCII.
_ASCII_LOWER_WORD_BYTES = bytes(ord(chr(c).lower()) if chr(c).isalnum() or c == ord("_")
                                else ord(" ") for c in range(128)) + bytes(range(128, 256))


def _lower_words(text: str) -> list[str]:
    """``_plain_words(text.lower())``: for ASCII text, lower case and the spaces for other
    characters in one step."""
    if text.isascii():
        return text.encode().translate(_ASCII_LOWER_WORD_BYTES).decode().split()
    plain = text.replace("’", " ").replace("“", " ").replace("”", " ")  # (as _plain_words)
    if plain.isascii():
        return plain.encode().translate(_ASCII_LOWER_WORD_BYTES).decode().split()
    return _by_pieces(text.lower(), _PLAIN_WORD)  # (_plain_words, past what it has tried)


# Words that can attach a quotation to a speaker; a window with none of them is skipped
# without the closer look (most of the cost is there).
# Verbs that take a whole clause: a subject after one of them is the clause's own.
_SAY = _words("said says say told tells added adds wrote writes stated noted sagte sagt dit "
              "сказал сказала заявил заявила")
# German verbs of speech: the language puts the subject after the verb when anything else
# opens the sentence ("Im Interview mit dem Sender sagte der Kanzler: …").
_V2_VERBS = _words("sagte sagt sagten erklärte erklärt betonte betont schrieb schreibt "
                   "antwortete antwortet warnte warnt meinte meint kritisierte fragte "
                   "ergänzte unterstrich bekräftigte versicherte berichtete forderte") | \
    _german_weak(_DE_STEMS + _DE_STEMS_MORE)
_NAMING_VERBS = _words("""
called calls call dubbed branded labeled labelled termed
nannte nennt nennen nannten bezeichnete bezeichnet bezeichnen bezeichneten
назвал назвала назвали называют называет называл называла называли окрестили окрестил
qualifié qualifiée qualifie qualifient qualifiait jugé jugée jugeait juge jugent deemed
appelle appellent appelait appelaient
""")

# Every word the token loops of _attribution_before and _attribution_after act on, as a
# verb (_verb: lower case, no elision) or lower-cased: any other word is passed over at once.
# "по словам X", "по мнению", "по данным", "по информации", "по сведениям": according to X.
_ACCORDING_RU = frozenset({"словам", "мнению", "данным", "информации", "сведениям",
                           "оценке", "оценкам", "расчетам", "расчётам", "подсчетам",
                           "подсчётам", "прогнозу", "прогнозам", "убеждению", "версии",
                           "утверждению"})
# German "zeigte sich „erschüttert“", "gab sich „zuversichtlich“": how someone says they are.
_SHOWS_SELF = _words("zeigte zeigt zeigten gab gibt gaben")
_BEFORE_WORDS = _SPEECH_VERBS | _CONTINUING | _EVALUATIVE | _NAMING_VERBS | _SHOWS_SELF | \
    _SUBJUNCTIVE_MORE
# "selon X", "laut X", "d’après X": according to X, before or after the quotation.
_ACCORDING = _words("selon laut d’après d'après")
# A report that says what someone said ("laut Zeitungsbericht", "laut Protokoll").
_REPORT_ENDS = ("bericht", "berichten", "protokoll", "medienberichten", "report", "reports")
_DE_OF_WORDS = _words("der des dem den von vom und")
# "nach seiner Einschätzung", "seiner Ansicht nach", "in her view", "à son avis": the
# nouns of a view and the possessives before them, with the pronoun each stands for.
_VIEW_NOUNS = _words("worten einschätzung ansicht meinung auffassung überzeugung view opinion "
                     "words estimation avis")
_VIEW_OWNERS = {"seinen": "m", "seiner": "m", "ihren": "?", "ihrer": "?", "his": "m",
                "her": "f", "son": "?"}
_BEFORE_LOWER = frozenset({"to", "pour", "for", "für", "zufolge", "angaben", "согласно",
                           *_VIEW_NOUNS,
                           *_ACCORDING,
                           *_ACCORDING_RU})
_AFTER_WORDS = _SPEECH_VERBS | _CONTINUING | _BACK_VERBS | {"so", "read", "reads", "put"}
_AFTER_LOWER = frozenset({"according", *_ACCORDING})

# German verbs of speech whose particle follows them ("räumt ein, man sei „…“").
_DE_SEPARABLE_BEFORE = {
    "räumt": "ein", "räumte": "ein", "gibt": "zu", "gab": "zu", "stellt": "klar",
    "stellte": "klar", "merkt": "an", "merkte": "an", "führt": "aus", "führte": "aus",
    "hält": "fest", "hielt": "fest", "fasst": "zusammen", "fasste": "zusammen", "wirft": "ein",
    "warf": "ein", "gesteht": "ein", "gestand": "ein",
}
_CUES = _SPEECH_VERBS | _CONTINUING | _EVALUATIVE | _NAMING_VERBS | _SHOWS_SELF | _ACCORDING_RU | \
    _SUBJUNCTIVE_MORE | {
    "pour", "for", "für", "read", "reads", "according", "selon", "laut", "zufolge", "après",
    "put", "angaben", "согласно",
    "so", "back",  # "shot back"
} | frozenset(_DE_SEPARABLE_BEFORE) | _VIEW_NOUNS


def _stop_runs(window: str) -> Iterator[re.Match[str]]:
    """``_STOP.finditer(window)`` (see _STOP_PERIOD); none at once in a window with no
    character that opens a run (a sentence's middle: 40% of the windows of real pages)."""
    if "!" not in window and "?" not in window and (window.isascii() or (
            "…" not in window and "。" not in window and "！" not in window
            and "？" not in window)):
        return _STOP_PERIOD.finditer(window) if "." in window else iter(())
    return _STOP.finditer(window)


def _period_only(window: str) -> bool:
    """Whether a period is the only character in the window that opens a run of _STOP
    (see _stop_runs)."""
    return "!" not in window and "?" not in window and (window.isascii() or (
        "…" not in window and "。" not in window and "！" not in window and "？" not in window))


# What goes on a run that a period opens (_STOP_PERIOD's class, the period among them).
_AFTER_PERIOD = ".\"'”’»“«‹›)"


def _stops(window: str, last: int = 0) -> list[int]:
    """Offsets just after each sentence end in the window ("Mr." and "U.S." are none); with
    ``last``, only the last ``last`` of them (checked from the end, so that the runs of stop
    characters before them are not looked at closely)."""
    if not last:
        return [m.end() for m in _stop_runs(window) if _ends_sentence(window, *m.span())]
    out: list[int] = []
    if _period_only(window):
        # The runs of _STOP_PERIOD without the pattern, from the end: each stretch of its
        # class's characters that holds a period is one, from the first period to the
        # stretch's end (the search finds that period first, and the run takes the rest).
        p = window.rfind(".")
        n = len(window)
        while p >= 0:
            e = p + 1
            while e < n and window[e] in _AFTER_PERIOD:
                e += 1
            s = p
            while s and window[s - 1] in _AFTER_PERIOD:
                s -= 1
            if _ends_sentence(window, window.find(".", s) if s < p else p, e):
                out.append(e)
                if len(out) == last:
                    break
            p = window.rfind(".", 0, s)
        out.reverse()
        return out
    for m in reversed(list(_STOP.finditer(window))):
        if _ends_sentence(window, *m.span()):
            out.append(m.end())
            if len(out) == last:
                break
    out.reverse()
    return out


def _first_stop(window: str) -> int:
    """The offset just after the first sentence end in the window, or -1."""
    if _period_only(window):
        # (as in _stops: the first period of a run opens it, the run goes on to the end of
        # the stretch of its class's characters)
        p = window.find(".")
        n = len(window)
        while p >= 0:
            e = p + 1
            while e < n and window[e] in _AFTER_PERIOD:
                e += 1
            if _ends_sentence(window, p, e):
                return e
            p = window.find(".", e)
        return -1
    for m in _STOP.finditer(window):
        if _ends_sentence(window, *m.span()):
            return m.end()
    return -1


# (capitalized too: "Am 9. Mai schrieb …" opens its sentence)
_ORDINAL_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(
    _DE_ORDINAL_AFTER | {w.capitalize() for w in _DE_ORDINAL_AFTER})) + r") (?:\d{1,4})?$")
_ROMAN = re.compile(r"[IVXLC]{1,6}")


def _ends_sentence(window: str, j: int, e: int) -> bool:
    """Whether the run of stop characters from ``j`` to ``e`` found by _STOP ends a sentence
    of the window."""
    if window[j] not in "。！？" and e < len(window) and not window[e].isspace():
        return False
    if window[j] == ".":
        if j > _LONGEST_ABBREV and window[j - _LONGEST_ABBREV - 1:j].isalpha():
            return True  # (the loop below in one step: a word longer than any abbreviation)
        # (A word longer than any abbreviation was answered above: past j > _LONGEST_ABBREV,
        # those _LONGEST_ABBREV + 1 characters hold one that is no letter, where this stops.)
        k = j
        if k and window[k - 1].isalpha():
            if j > _LONGEST_ABBREV and window[j - _LONGEST_ABBREV:j - 1].isalpha():
                k = j - _LONGEST_ABBREV  # (a word as long as the longest, "said": no
                # longer, as answered above)
            else:
                k -= 1
                while k > 0 and window[k - 1].isalpha():
                    k -= 1
        word = window[k:j]
        if e - j == 2 and window[j + 1] == ")" and k and (  # (the run is ".)")
                window[k - 1] == "(" or window[k - 1] == "-" and "(" in window[max(0, k - 4):k]):
            return False  # "Regula Imhof (sp.) sprach", "Rep. Dale Whitcomb (R-Tex.) said":
            # a party's short name in parentheses
        if word.lower() in _ABBREV and not (k and window[k - 1].isdigit()):
            return False  # ("could reach £6m." ends its sentence: a unit, not "M.")
        if len(word) == 1 and word.isupper() and _initial(window, k, e):
            return False
        # (A Roman numeral, as _ROMAN matches one: up to six of I V X L C, and nothing else.)
        if (not word and j and window[j - 1].isdigit()
                or word and len(word) <= 6 and not word.strip("IVXLC")) \
                and e - j == 1 and _ORDINAL_BEFORE.search(window, max(0, k - 12), k):
            return False  # "zum 95. Geburtstag", "am 3. März", "des VIII. Zivilsenats": a
            # German ordinal
    return True


def _first_name_before(word: str) -> bool:
    """Whether a word before a one-letter initial can be a first name ("Sandra M.", "Kévin
    L."): capitalized, then lower case (not "on X." or "Plan B" after "the")."""
    return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


_ON_X = _words("on auf sur bei via über в на")


def _initial(text: str, start: int, end: int) -> bool:
    """Whether the capital letter at ``start``, with its period ending at ``end``, is an
    initial ("J. K. Rowling", "U.S.", "Sandra M.") rather than a one-letter word ending a
    sentence ("wrote on X. “…”"): an initial follows another one or a first name, or comes
    before a capital."""
    if start and text[start - 1] == ".":
        return True
    before = text[max(0, start - 20):start].split()
    if not before:
        return True  # "B. soll darauf geantwortet haben:": no sentence before it to end
    if text[start - 1:start] == " " and _first_name_before(before[-1]):
        return True
    if text[start] == "X" and before and before[-1].lower() in _ON_X:
        return False  # "schrieb die Polizei auf X. Ein Beamter …": the platform
    rest = text[end:end + 3].lstrip()
    # (and after a verb of speech before lower case: "beteuert K. gleich zu Beginn")
    return rest[:1].isupper() or rest[:1].islower() and bool(before) and \
        before[-1] in _SPEECH_VERBS


def _has_cue(text: str) -> bool:
    # Plain \w+ words: "d’ajouter" gives "ajouter", as the cue list needs.
    return not _CUES.isdisjoint(_lower_words(text))


_QUOTED_AS = re.compile(
    r"\b(?:zitiert\w*\s+([^.!?:„“»«]{3,60}?)\s+mit\s+den\s+Worten"
    r"|quot\w+\s+([^.!?:“”\"]{3,60}?)\s+as\s+say\w*"
    r"|(?:^|[,.;]\s*)so\s+((?:der\s+|die\s+)?[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,2})"
    r"(?:\s+(?:weiter|abschließend|abschliessend))?)\s*[:,]?\s*$"
    # "Et Benali de conclure, malicieux :": the narrative infinitive, its subject first
    r"|\bEt\s+((?:l[ea]\s+|l’|l')?[^\s,.;:!?«»]+(?:\s+[^\s,.;:!?«»]+){0,3}?)\s+d(?:e\s+|’|')"
    r"(?:conclure|lancer|ajouter|résumer|glisser|souffler|préciser|rétorquer|répondre|insister|"
    r"s’exclamer|ironiser|plaisanter|enchaîner|poursuivre|prévenir)\b[^.!?«»]{0,30}$"
    # "Un argument balayé par le secrétaire général, Pierre-Louis Garnier :": the agent
    r"|\b\w+(?:é|ée|és|ées)\s+par\s+((?:[Ll][ea]s?\s|[Ll][’']|[Uu]ne?\s|[Ss][oa]n?\s|[Ss]es\s|"
    r"[A-ZÀ-Ý])[^,.!?:«»]{0,50}?(?:,\s*[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){0,2})?)\s*:\s*$")


# A sentence that opens with its source ("According to Graves,", "Selon lui,").
# (With the name after a role: "Selon la ministre du Travail, Claire Dubois,".)
_IN_WORDS_OF = (r"in (?:((?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w-]+)[’']s? (?:own )?words|"
                r"the words of ([^,.;:!?“”\"]{2,50}))")
_IN_WORDS = re.compile(r"\b[Ii]" + _IN_WORDS_OF[1:] + r",?:?\s*$")
# (and after the words: "the body “just wants to stop”, in Baxter’s words.")
_IN_WORDS_AFTER = re.compile(r"[,\s]*" + _IN_WORDS_OF + r"\s*(?:[.,;!?]|$)")
# A French subject pronoun and the verb after it (with "a", "ne" or a clitic between):
# "il conclut ainsi", "elle a déclaré".
_FR_PRONOUN_VERB = re.compile(r"\b(?:il|elle|ils|elles) (\w+)(?: (\w+))?")
_OPENING_SOURCE = re.compile(
    r"(?:According to|Selon|D’après|D'après)\s+([^,.;:!?«»“”\"]{2,60}"
    r"(?:,\s+[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){0,2}(?=,))?),\s")

# A name and the verb after it (with "a", "has" between): "Frédéric Lemaire a assuré".
_NAME_VERB = re.compile(r"(?:[A-ZÀ-Ý][\w’'-]+ ){1,2}(?:(?:a|avait|has|had) )?(\w+)")


def _with_subject(tokens: list[str]) -> _Speaker | None:
    """The subject of a participle in a clause that opens with "with" ("…, with union
    leaders warning") or of one seen or heard saying something, or None."""
    comma = max((k for k, t in enumerate(tokens) if t == ","), default=-1)
    clause = tokens[comma + 1:]
    seen = max((k for k, t in enumerate(clause) if t in _PERCEIVED), default=-1)
    if 0 < seen < len(clause) - 1 and len(clause) - seen <= 4 and (
            clause[seen + 1][0].isupper() or clause[seen + 1].lower() in _DEFINITE):
        # "Jail video … showed Okafor saying “…”", "Witnesses heard the officer shouting":
        # the one seen or heard saying it.
        return _describe(clause[seen + 1:])
    if not 2 <= len(clause) <= 7 or clause[0].lower() != "with":
        return None
    return _describe(clause[1:])


_PERCEIVED = _words("showed shows show heard hear hears saw see sees caught captured filmed "
                    "recorded overheard")


_DE_ARTICLES_AND_POSSESSIVES = _DE_ARTICLES | _words("ihr ihre sein seine")


_GOES_ON = re.compile(r"(?:Und |Dann )?[Ww]eiter(?: hieß es| sagte (?:er|sie))?\s*:|"
                      r"Et d[e’'] ?(?:conclure|poursuivre|ajouter|insister|préciser)\s*:")
_RU_AS_SAID = re.compile(r"[Кк]ак (\w+) ([^,.;:!?]{2,80}),")


_SPOKE_UP = re.compile(r"\bmeldet(e?) sich\b([^.!?:]{0,60}?) zu Wort\b")


# "…, so Köhler." (as Köhler puts it) ending a sentence of reported words; "Bis dahin, so
# Albrecht, werde …" set into one before the words.
_DE_SO_NAME = re.compile(r",\s+so\s+((?:[A-ZÄÖÜ][\w-]+\s?){1,3}?)\s*[.:]?\s*$")
_DE_SO_INCISE = re.compile(r",\s+so\s+((?:(?:der|die)\s+)?[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?),"
                           r"[^.!?:„“»«]*$")


# A French sentence whose subject is someone's voice, ending in a colon before the words
# ("la voix du régisseur tombe des haut-parleurs :", "la voix de Lucie Vernhes porte …").
_FR_VOICE_OF = re.compile(r"\b[Ll]a voix (du |de la |de l’|de l'|des |de |d’)([^\s,.;:!?]+"
                          r"(?: [A-ZÀ-Ý][^\s,.;:!?]+)?) [a-zéèêà][^,.;:!?]{0,80}:\s*$")


_DE_VOICE_OF = re.compile(r"\b[Dd]ie Stimme (des|der) ([A-ZÄÖÜ][a-zäöüß]+) [a-zäöüß][^.;:!?]{0,80}:"
                         r"\s*$")


def _before_relative(tokens: list[str]) -> list[str]:
    """A source's words up to a relative clause after it ("Selon l’arrêté municipal que nous
    avons pu consulter": the decree, not who read it)."""
    cut = next((k for k, t in enumerate(tokens[1:], 1) if t in _SOURCE_RELATIVES), 0)
    return tokens[:cut] if cut else tokens


_SOURCE_RELATIVES = frozenset({"que", "qu’", "qu'", "which", "that", "den", "das", "который",
                               "которое", "которую", "которые"})


# Whose hand the words are written in, at the end of the sentence before them.
_IN_HANDWRITING = re.compile(r"\bin (?:([A-ZÄÖÜ][\w-]+?)s Handschrift|([A-Z][\w-]+)[’']s "
                             r"(?:own )?(?:handwriting|hand))\s*:\s*$")


def _attribution_before(window: str, full: bool = True) -> _Found:
    """What the text before a quotation says of it: a naming word or a colon just before it,
    and (when ``full``) a verb of speech in its sentence, with its subject."""
    window = _after_entry_time(window)  # ("16.41 Uhr – Auch die Stadt meldet sich …:")
    if "zu Wort" in window:
        window = _SPOKE_UP.sub(r"äußert\1 sich\2", window)  # "meldet sich … zu Wort": one
        # verb of speech
    if "Stimme de" in window[-120:] and (voice := _DE_VOICE_OF.search(window)) is not None:
        # "Die Stimme des Sprechers klingt, als lese er vor:": whose voice it is, named
        noun = voice.group(2)
        return _Found(_Speaker(("der " + noun.removesuffix("es").removesuffix("s"))
                               if voice.group(1) == "des" else "die " + noun),
                      verb=True, colon=True)
    if "oix d" in window[-120:] and (voice := _FR_VOICE_OF.search(window)) is not None:
        # "la voix du commandant résonne dans les haut-parleurs :": whose voice it is
        whose = {"du ": "le ", "de la ": "la ", "de l’": "l’", "de l'": "l'", "des ": "les "}
        return _Found(_describe(_tokens(whose.get(voice.group(1), "") + voice.group(2))),
                      verb=True, colon=True)
    found = _attribution_before_read(window, full)
    if found.speaker is None and found.colon and "and" in window[-40:] and (  # ("Hand")
            hand := _IN_HANDWRITING.search(window[-60:])) is not None:
        # "ein Zettel in Omas Handschrift:", "a note in Walt’s handwriting:": who wrote it
        found.verb = True
        found.speaker = _Speaker(hand.group(1) or hand.group(2), name=True)
        return found
    if found.verb and found.speaker is not None and found.speaker.text == "vous" and \
            (at := window.rfind(" vous ")) > 0 and window[:at].endswith(",") and (
                subject := _describe(_tokens(window[:at - 1].rsplit(",", 1)[-1]))
            ) is not None and subject.name:
        # "Hervé Lemoine, vous accuse de « … »": "vous" is whom the subject before it
        # accuses, not who speaks.
        found.speaker = subject
    if found.verb and found.colon and found.speaker is not None and \
            "А" <= found.speaker.text[:1] <= "Я" and _ru_fronted(found.speaker.text) and \
            (subject := _ru_subject_after_verb(window)) is not None:
        # "Об итогах рассмотрения дела сообщила … Объединенная пресс-служба судов
        # Петербурга: «…»", "Первой написала Светлана:", "Через минуту ответил … Игорь:":
        # what it is about, when or how first, then the verb, then who speaks.
        found.speaker = subject
    elif found.verb and found.speaker is not None and not found.speaker.name and \
            "A" <= found.speaker.text[:1] <= "Z" and \
            found.speaker.text.split(None, 1)[0].lower() in _PREPOSITIONS:
        # "In her sleeve notes for Low Light, she set out …:": a phrase of place, whose
        # noun ("notes") only looks like a verb of speech, is no subject; the one after its
        # comma is.
        after = window[window.rfind(found.speaker.text):].split(",", 1)[1:]
        first = after[0].split(None, 1)[:1] if after else []
        found.speaker = _Speaker(first[0], pronoun=_PRONOUNS[first[0].lower()]) \
            if first and first[0].lower() in _PRONOUNS else _sentence_subject(window)
    return found


def _ru_after_phrase(tokens: list[str]) -> list[str]:
    """The tokens from a Russian subject on, past a phrase that opens the sentence without a
    comma ("За неделю до смерти ваша мама сказала", "В ответ на запрос прокуратура
    сообщила"): from the first word in the nominative that no preposition governs."""
    if len(tokens) < 3 or tokens[0].lower() not in _RU_OPENING_PREPS:
        return tokens
    governed = True
    for j, t in enumerate(tokens[1:], 1):
        if not t[0].isalnum():
            continue
        if t.lower() in _RU_OPENING_PREPS:
            governed = True
            continue
        parse = _morphology().parse(t)[0]
        if not governed and parse.tag.case == "nomn" and parse.tag.POS in (
                "NOUN", "NPRO", "ADJF", "PRTF"):
            return tokens[j:]
        governed = False
    return tokens


def _ru_fronted(words: str) -> bool:
    """Whether a Russian clause read as a subject before its verb is a phrase put first
    instead: one led by a preposition ("Об итогах …", "Через минуту"), or a word that is no
    name and no nominative ("Первой")."""
    first = words.split(None, 1)[0]
    if first.lower() in _RU_PREPOSITIONS or first.lower() in ("про", "через", "спустя"):
        return True
    return " " not in words and not _ru_may_be_name(first) and \
        _morphology().parse(first)[0].tag.case not in ("nomn", None)


def _ru_subject_after_verb(window: str) -> _Speaker | None:
    """The subject a Russian sentence puts after its verb of speech, before the colon: the
    words from the first one in the nominative ("рассказала журналистам адвокат жильцов
    Мария Петрова:")."""
    stops = _stops(window)
    words = window[stops[-1] if stops else 0:].rstrip(" :").split()
    verb = next((k for k, w in enumerate(words) if _verb(w.lower()) in _SPEECH_VERBS), -1)
    if verb < 0:
        return None
    for k in range(verb + 1, len(words)):
        if words[k].lower() in _RU_PREPOSITIONS:
            continue
        parse = _morphology().parse(words[k].strip(",«»"))[0]
        if parse.tag.case == "nomn" and parse.tag.POS in ("NOUN", "ADJF", "PRTF") and \
                not (k > verb + 1 and words[k - 1].lower() in _RU_PREPOSITIONS):
            named = _object(_tokens(" ".join(words[k:])))
            return named if named is not None and named.name and _RU_NAME_GRAMMEMES & \
                _morphology().parse(named.text.split()[0])[0].tag.grammemes \
                else _Speaker(" ".join(words[k:]))  # (a body's name as written, whole)
    return None


def _attribution_before_read(window: str, full: bool = True) -> _Found:
    found = _Found()
    if not window:
        found.last_words = []  # (a quotation that opens its paragraph: nothing to read)
        return found
    n = len(window)
    tail = window[-40:]
    # The sentence ends of the whole window when it is read in full; those of the tail
    # are among them.
    stops = _stops(window, 1) if full else _stops(tail, 1)  # the last one is enough
    if stops and full:
        last = stops[-1] - (n - len(tail))
        if last > 0:
            tail = tail[last:]  # "… on a conference call. “…”": not a naming "call"
    elif stops:
        tail = tail[stops[-1]:]
    tail_all = _lower_words(tail)
    tail_words = found.last_words = tail_all[-3:]
    if not _NAMING.isdisjoint(tail_words) or tail_words[-1:] == ["as"]:
        found.naming = True
    if tail.rstrip()[-1:] == ":":
        found.colon = True
    if not full:
        return found
    # Only the sentence the quotation is in: a cue word in it is what the closer look
    # needs (a cue in an earlier sentence of the window would be cut away anyway).
    if stops:
        window = window[stops[-1]:]
    stripped = window.lstrip()  # (several rules read the sentence from its first word)
    if ("eiter" in window or "Et d" in window) and _GOES_ON.fullmatch(window.strip()) is not None:
        # "Und weiter: „…“", "Et de conclure : « … »": the one quoted just before goes on
        found.verb = True
        found.speaker = _UNRESOLVED
        return found
    if (stripped.startswith(("Как ", "как ")) and (
            as_said := _RU_AS_SAID.match(stripped)) is not None
            or ", как " in window[-100:] and (as_said := _RU_AS_SAID.fullmatch(
                window[window.rfind(", как ") + 2:].rstrip())) is not None) and \
            as_said.group(1) in _SPEECH_VERBS and \
            (speaker := _object(_tokens(as_said.group(2)))) is not None:
        # "Как сообщили в пресс-службе ГУ МЧС, «…»", "Как заявил глава МЧС Александр
        # Куренков, «…»", "Потом, как сообщала мэрия, «…»": who said it, after the verb
        found.verb = True
        found.speaker = speaker
        return found
    if "par la voix d" in window and (voice := _BY_THE_VOICE_OF.search(window)) is not None:
        # "Le Rassemblement national a dénoncé par la voix de Jean-Baptiste Caradec une
        # réforme « … »": who spoke for the body
        found.verb = True
        found.speaker = _Speaker(voice.group(1), name=True)
        return found
    if stripped.startswith(("In ", "Im ", "Auf ")) and \
            (document := _DE_DOCUMENT_FIRST.match(stripped)) and \
            (noun := next((k for k, w in enumerate(document.group(1).split()[:6])
                           if w.lower() in _DOCUMENTS or _de_document(w)), None)) is not None:
        # "In einer Mitteilung des Unternehmens vom Montag hieß es, der Betrieb laufe „…“",
        # "In einer am Sonntag verbreiteten Mitteilung hieß es": the document, named first
        # in German word order, as a label from its noun ("Mitteilung des Unternehmens").
        words = document.group(1).split()
        cut = next((k for k, w in enumerate(words) if k > noun and (
            w in _DE_DOCUMENT_END or w == "an")), len(words))  # (not to whom: "an Wirte")
        found.verb = True
        found.speaker = _Speaker(" ".join(words[noun:cut]))
        return found
    if " read" in window[-12:] and (written := _written_on(window)) is not None:
        # "A handwritten sign taped to a pickup’s windshield read “…”", "the product page
        # for the fridge now simply reads:": what the words are written on.
        found.verb = True
        found.speaker = _Speaker(written)
        return found
    if (" stand" in window or " steht" in window) and (
            written := _DE_WRITTEN_ON.search(window)) is not None:
        # "Auf einer Karte, die eine Nachbarin mitbrachte, stand: „…“", "Auf der Packung
        # stand:": what the words are written on, in the nominative.
        found.verb = True
        article, noun = written.group(1), written.group(2)
        found.speaker = _Speaker(noun if article == "dem" else
                                 {"einer": "eine", "einem": "ein", "der": "die"}[article] + " "
                                 + noun)
        return found
    if (" lit" in window or " lire" in window) and (
            written := _FR_WRITTEN_ON.search(window)) is not None:
        # "Sur une banderole tendue au-dessus des stands, on peut lire : « … »": what the
        # words are written on, up to what is said of it ("la page de la cagnotte").
        words = written.group(1).split()
        cut = next((k for k, w in enumerate(words) if k > 1 and (
            w.endswith(_FR_PARTICIPLE_ENDS + ("ue", "ues")) or w in _PREPOSITIONS
            and w not in _FR_OF)), len(words))
        found.verb = True
        found.speaker = _Speaker(" ".join(words[:cut]))
        return found
    if (stripped.startswith(("Darin ", "Dort ")) or " es d" in window) and \
            (_THERE_FIRST.match(stripped) or _THERE_ASIDE.search(stripped)):
        # "Er ließ eine Erklärung verlesen. Darin heißt es: „…“": the document named before
        # (also in an aside: "Die Bäder, heißt es darin, befänden sich „…“").
        found.verb = found.there = True
        found.speaker = _UNRESOLVED
        return found
    if stripped.startswith("Aus ") and (
            origin := _DE_FROM_FIRST.match(stripped)) is not None:
        # "Aus dem Umfeld des Vereins hieß es, der Trainer stehe „…“": where it came from.
        found.verb = True
        found.speaker = _Speaker(_de_label(origin.group(1).split()))
        return found
    if " es " in window and (said_in := _DE_SAID_IN.search(window)) is not None:
        # "Man bedauere den Schritt, hieß es in einer schriftlichen Stellungnahme, die Stadt
        # stehe „…“": the document named in the middle of the sentence.
        found.verb = True
        found.speaker = _Speaker(_de_label(said_in.group(1).split()))
        return found
    if ("говор" in window or "сказано" in window or "ется" in window) and (
            document := _RU_DOCUMENT_SAYS.search(window, max(0, len(window) - 120))) is not None:
        # "В сообщении Генпрокуратуры говорится, что «…»": the document and whose it is.
        found.verb = True
        whose = document.group(2).split()
        if "от" in whose:
            whose = whose[:whose.index("от")]  # (whose it is, not when: "в рапорте
            # исправника от 14 июля"; cutting at "на" and "в" too measured worse)
        found.speaker = _Speaker(" ".join([_ru_document(document.group(1)), *whose]))
        return found
    if window.endswith(": ") and (separable := _DE_SEPARABLE_COLON.search(
            window, max(0, len(window) - 120))) is not None:
        found.verb = True
        found.colon = True
        before = window[:separable.start()]
        apposed = _NAME_APPOSED.fullmatch(before, max(
            before.rfind(". ") + 2, before.rfind("? ") + 2, before.rfind("! ") + 2, 0)) \
            if separable.group()[:1] == "," and " " not in separable.group(1) else None
        if apposed is not None and apposed.group(1).split(None, 1)[0].lower() in _DETERMINERS:
            apposed = None  # ("Den Vorwurf, man habe …, wies Aebersold zurück:")
        # ("Katrin Wendler, Erste Bevollmächtigte der IG Metall, kündigt Widerstand an:": the
        # comma closes her apposition, and what follows the verb is its object)
        found.speaker = _describe((apposed.group(1) if apposed else separable.group(1)).split())
        return found
    tail60 = window[-60:]
    if ("zitiert" in window or "quot" in window or "Et " in window or (
            ", so " in tail60 or ". so " in tail60 or tail60.startswith("so ")
            or "par " in window[-80:] and window.endswith(": "))) and (
            quoting := _QUOTED_AS.search(window, max(0, len(window) - 100))) is not None:
        # "zitierte einen Abgeordneten mit den Worten:", "quoted a senior official as
        # saying", "Aber, so Lohse weiter:": the one quoted
        who = _describe(_tokens(next(g for g in quoting.groups() if g)))
        if who is not None:
            found.verb = True
            found.speaker = who
            return found
    if ", on " in window and (
            body := _on_body(_tokens(window[:window.rindex(", on ") + 1]))) is not None:
        # "Du côté de la direction, on « regrette » …", "Chez Renault, on juge le mouvement
        # « … »": the body the opening phrase names (the verb may be in the marks).
        found.verb = True
        found.speaker = body
        return found
    if "words" in window[-40:] and (in_words := _IN_WORDS.search(window)) is not None and (
            who := _describe(_tokens(in_words.group(1) or in_words.group(2)))) is not None:
        found.verb = True  # "In Dr. Shadlen's words, “…”", "In the words of one farmer:"
        found.speaker = who
        return found
    # (A sentence that is all of the tail, as short ones are, has had its words read.)
    if not (not _CUES.isdisjoint(tail_all) if window == tail else _has_cue(window)):
        return found
    if (opening := _OPENING_SOURCE.match(stripped)) is not None and not any(
            _verb(word) in _SPEECH_VERBS
            for said in _FR_PRONOUN_VERB.finditer(stripped, opening.end())
            for word in said.groups() if word) and not (
                (named := _NAME_VERB.match(stripped, opening.end())) is not None
                and _verb(named.group(1)) in _SPEECH_VERBS) and (
            who := _object(_before_relative(_tokens(opening.group(1))))) is not None:
        # "According to Graves, the village asked … and has “…”", "Selon lui, certains
        # conducteurs enchaînent des services de « … »": the source the sentence opens with
        # says all of it (but "D’après le compte rendu …, il conclut ainsi :": he speaks).
        found.verb = True
        found.speaker = who
        return found
    if " so " in window and (so := _DE_SO_INCISE.search(window)) is not None:
        found.verb = True  # "Bis dahin, so Albrecht, werde ihre Fraktion „…“": German "so"
        found.speaker = _describe(_tokens(so.group(1)))  # and who, set into the sentence
        return found
    tokens = _tokens(window)
    words_seen = 0
    continuing = False
    aside = _dashed_aside(tokens) if "–" in window or "—" in window else range(0)
    for k in range(len(tokens) - 1, -1, -1):
        t = tokens[k]
        if not t[0].isalnum() or k in aside:
            continue  # (and "said the offer – 3.5 per cent for most – was": an aside)
        words_seen += 1
        if words_seen > 28:  # ("X said falling congregations and … had left it with ‘…’")
            break
        plain = t not in _BEFORE_WORDS and "’" not in t and "'" not in t and \
            t.lower() not in _BEFORE_LOWER and "-" not in t
        if plain and t not in _BACK_VERBS and t != "put" and t not in _DE_SEPARABLE_BEFORE:
            continue  # most words: none of the rules below can apply (checked at once,
            # before the word after it is read: none of those words needs it)
        then = tokens[k + 1:k + 2]
        particle = then and _DE_SEPARABLE_BEFORE.get(t) == then[0]
        if plain and not (t in _BACK_VERBS and then == ["back"] or t == "put" and then == ["it"]
                          or particle):
            continue
        verb = "replied" if t in _BACK_VERBS else "said" if t == "put" else \
            "sagte" if particle else _verb(t)  # ("räumt ein", "stellt klar")
        # ("Brandvold pushed back:", "As Hill put it:")
        inversion = _INVERSION_SINGULAR.fullmatch(verb) if "-" in verb else None
        if inversion and inversion.group(0).split("-", 1)[0] in _SPEECH_VERBS:
            # "Ses pommes, explique-t-il, se vendent « … »": the verb and its pronoun
            found.verb = True
            found.speaker = _Speaker(inversion.group(1),
                                     pronoun="m" if inversion.group(1) == "il" else "f")
            return found
        if k and tokens[k - 1] in ("avoir", "être") and verb in _SPEECH_VERBS:
            continue  # "Il dit avoir écrit à la rectrice": the finite verb before it speaks
        if verb == "savoir" and not (k and tokens[k - 1] in _FR_MAKE):
            continue  # "il faut savoir « … »": knowing; only "fait savoir" says
        if t in _DE_PARTICIPLES and k > 1 and (tokens[k - 1] in _DE_BE or tokens[
                k - 2] in _DE_BE and tokens[k - 1].isalpha() and tokens[k - 1].islower()):
            continue  # "Ihr Geschäftsmodell ist schnell erklärt": a German passive, no one speaks
        if verb == "asked" and tokens[k + 1:k + 3] in (["not", "to"], ["for", "anonymity"]):
            continue  # "One of his seconds, who asked not to be named, was …": no words
        if verb in _CONTINUING or verb in _SUBJUNCTIVE_MORE:
            if t.endswith("ing") and (absolute := _with_subject(tokens[:k])) is not None:
                # "…, with union leaders warning of “…”": the subject of the participle
                found.verb = True
                found.speaker = absolute
                return found
            # the speaker is the subject of an earlier verb, if any
            continuing = "subjunctive" if (verb in _SUBJUNCTIVE or verb in _SUBJUNCTIVE_MORE) \
                and continuing in (
                False, "subjunctive") else True
            continue
        if verb in _EVALUATIVE and (tail_words[-1:] and tail_words[-1] in _DETERMINERS):
            continue  # "have hailed their “strategic partnership”": a name, not words said
        if verb in _NAMING_VERBS and not (k + 1 < len(tokens)
                                          and tokens[k + 1].lower() in _THAT):
            # (But "a jugé que « … »" reports what was said.)
            found.naming_verbs += (k,)
            found.tokens = tokens
            found.naming = True  # "She called Russia’s strikes on … “a war crime”"
            what = next((j for j in range(k - 1, max(-1, k - 5), -1)
                         if tokens[j].lower() in ("what", "which")), -1)
            if what >= 0 and k - what >= 3 and tokens[what + 1].lower() in _INDEFINITE and \
                    all(x[0].isalnum() for x in tokens[what + 1:k]):
                # "… and what one speaker called “…”": whoever called it that.
                found.verb = True
                found.speaker = _describe(tokens[what + 1:k])
                return found
            continue
        if (verb in _SPEECH_VERBS or verb in _EVALUATIVE) and k and (
            tokens[k - 1].lower() in _ARTICLES_ONLY and tokens[k - 2:k - 1] not in (["comme"],
                                                                                   ["Comme"])
            or "’" in tokens[k - 1] and _verb(tokens[k - 1].lower()) in _ARTICLES_ONLY  # d’une
            or t[:2] in ("l’", "l'") and t.endswith(("é", "ée", "és"))  # ("l’accusé": a noun)
            or tokens[k - 1].lower() in _FR_BEFORE_ADJECTIVE  # ("est plus inquiète :")
            or tokens[k - 1].lower() in _PASSIVE_BE and (verb.endswith("ed") or verb == "told")
            or t.endswith(("ed", "é")) and tokens[k - 1].lower() in _DOCUMENTS
            and tokens[k + 1:k + 2] and (tokens[k + 1].lower() in _PARTICIPLE_PREPS
                                         or tokens[k + 1].lower() in _TIME_WORDS)
        ):  # ("in a statement posted on Facebook", "Dans un communiqué publié lundi": the
            # statement, not a verb with a subject; but "The statement added that")
            # "le prévenu", "un écrit": a noun after its article, not a verb; "without being
            # asked", "had been told": the one spoken to (and "told by Falk to": Falk)
            if tokens[k + 1:k + 2] == ["by"] and tokens[k - 1].lower() not in _ARTICLES_ONLY \
                    and (by := _object(tokens[k + 2:])) is not None:
                found.verb = True
                found.speaker = by
                return found
            continue
        if verb in _SHOWS_SELF and tokens[k + 1:k + 2] != ["sich"]:
            continue
        if verb in _FR_FEELINGS and not t.lower().startswith(("s’", "s'")) and not (
                k and tokens[k - 1].lower() == "se"):
            continue  # "que le résultat l’inquiète :": what worries her (but "s’inquiète")
        if verb in _SPEECH_VERBS or verb in _EVALUATIVE or verb in _SHOWS_SELF:
            found.verb = True
            head = [x.lower() for x in tokens[:k] if x[0].isalnum()]
            on = len(head)
            while on and head[on - 1] in _FR_REFLEXIVE:
                on -= 1  # "on se dit", "on n’a pas voulu"
            if on and head[on - 1] in _FR_ON and (on == 1 or "," in tokens[:k]):
                # "Du côté de la STIB, on affirme que « … »": the body the opening phrase
                # names speaks; a bare "on" is nobody in particular.
                found.speaker = _on_body(tokens[:k])
                return found
            while head and (head[-1] in _AUX or _adverb(head[-1])) and not (
                    head[-1] == "then" and (len(head) == 1 or head[-2] in _BOUNDARY)):
                head.pop()  # (not "then" alone: ", then added, “…”" goes on the clause
                # before, where "He then said" is his)
            if head[-2:] in (["comme"], ["comme", "le"], ["comme", "l"]) and (
                    said_by := _object(tokens[k + 1:])) is not None:
                found.speaker = said_by  # "Comme (le) dit Nathalie :": the subject after it
                return found
            if head and head[-1] in _LEADING and tokens[k - 1] == "," and (rel := next(
                    (j for j in range(k - 2, 0, -1) if tokens[j] == ","), 0)) and \
                    tokens[rel + 1] in ("which", "who") and \
                    (named := _subject(tokens[:rel])) is not None:
                # "The amber warning, which runs until Thursday, says": a relative clause
                # set between commas (whatever word ends it), then the verb of its antecedent
                found.speaker = named
                return found
            if len(head) >= 3 and head[-1] in _CONJUNCTIONS and head[-2] in _PLAIN_PRONOUNS \
                    and _verb(head[-3]) in _SPEECH_VERBS:
                found.speaker = _describe(tokens[k - 2:k - 1])  # "sagt sie und lacht, „…“":
                return found  # the subject after the verb of speech before it
            if head and head[-1] in _LEADING:
                # "… und kündigte Widerstand an: „…“", "… and said the city was “…”": the
                # subject is the one of the clause before (for a relative pronoun after the
                # agent of a passive, that agent: "une aide jugée faible par la Fédération
                # X, qui réclame « … »").
                found.speaker = _UNRESOLVED
                if head[-1] in _SUBJECT_RELATIVE and len(head) > 3 and (
                        "par" in head or "by" in head) and (agent := _subject(tokens[:k])):
                    found.speaker = agent
                elif head[-1] in ("that", "which") and (det := next(
                        (j for j in range(len(head) - 2, max(-1, len(head) - 6), -1)
                         if head[j] in ("a", "an", "the")), -1)) >= 0 and \
                        head[-2].isalpha() and head[-2].islower():
                    # "fury from a parish council that says it has been ‘…’": the body
                    # the relative clause is about, as written ("a sign at the Kentmere car
                    # park that says": the sign and where it is).
                    if det >= 3 and head[det - 1] in ("at", "in", "on", "near", "by") and \
                            head[det - 3] in ("a", "an", "the"):
                        det -= 3
                    words = [x for x in tokens[:k] if x[0].isalnum()]
                    found.speaker = _Speaker(" ".join(words[det:-1]))
                elif head[-1] == "which" and k >= 3 and tokens[k - 2] == "," and \
                        tokens[k - 3][:1].isupper() and (named := _subject(tokens[:k])) is not None:
                    found.speaker = named  # "a lawsuit with ZeniMax Media, which accuses …":
                    # the name the relative pronoun stands for
                return found
            if tokens[0] in _QUOTE_TOKENS and (close := max(
                    j for j in range(k) if tokens[j] in _QUOTE_TOKENS)) and \
                    not any(x[0].isalnum() for x in tokens[close:k]):
                # "“Ah,” exclaimed I, “…”": only a short quotation before the verb, whose
                # subject follows it.
                found.speaker = _object(tokens[k + 1:])
                return found
            if (verb in _DE_PARTICIPLES or verb in _DE_INFINITIVES) and (
                    aux := _de_aux_subject(tokens, k)) is not None:
                found.speaker = aux
                return found
            head_tokens = tokens[:k] if _opens_phrase(tokens[0]) else tokens
            fronted = _fronted(head_tokens) if head_tokens is not tokens else tokens
            if fronted is not head_tokens and not any(x[0].isalnum() for x in fronted):
                # "Auf die Frage, ob …, antwortete Kottmann:": an opening phrase, then the
                # verb: its subject comes after it.
                speaker = _object(tokens[k + 1:])
                if speaker is None and tokens[0] in ("В", "Во") and verb.endswith("ли") and (
                        body := _ru_body_aside(tokens[:k])) is not None:
                    # "В ОАО РЖД, которому принадлежит …, сообщили": no subject after a
                    # Russian plural verb; the body before the aside speaks
                    speaker = _describe(body)
            elif tokens[k + 1:k + 2] == ["sich"] and k + 2 < len(tokens) and (
                    tokens[k + 2] in _DE_ARTICLES or tokens[k + 2][:1].isupper() and (
                        (after := tokens[k + 3:k + 4]) in ([":"], [","], ["an"], ["zu"], ["mit"])
                        or after and after[0].islower() and tokens[k + 4:k + 5] in (
                            ["an"], ["zu"], ["mit"]))):
                # "Zum Schluss wandte sich Dörries an die Geschädigten:", "Kurz darauf meldete
                # sich die Stadt:": whatever opens the sentence, the subject after "sich"
                # (not "wandte sich Anfang März an": when)
                speaker = _de_subject_after(tokens[k + 2:])
            elif (tokens[k - 1].lower() in _DE_PLACE_ADVERBS or tokens[0] in _DE_HOW_NEAR) and \
                    "," not in tokens[:k] and (
                        inverted := _de_inverted_subject(tokens)) is not None:
                speaker = inverted  # "Einige Reihen dahinter ruft eine ältere Frau:", "Erst am
                # Ziel sagt die Pflegerin:"
            elif ("Uhr" in tokens[:k] or tokens[1:2] and tokens[1] in _DE_SPANS) and k <= 6 and \
                    tokens[k + 1:k + 2] and (
                    tokens[k + 1] in _DE_ARTICLES or tokens[k + 1][:1].isupper()):
                # "Kurz nach zwölf Uhr meldete Kreisbrandmeister Tiedemann …:", "Wenige Wochen
                # vor der Ausschreibung schreibt Holtmeyer:": a time opens the sentence, the
                # verb comes second, its subject after it
                speaker = _de_subject_after(tokens[k + 1:])
            elif k == 1 and tokens[0][:1].isupper() and tokens[2:3] == ["sich"] and \
                    verb in _SHOWS_SELF and tokens[3:4] and (tokens[3][:1].isupper()
                                                           or tokens[3] in _DE_ARTICLES):
                # "Verärgert zeigt sich Hansruedi Zaugg, …:", "Zuversichtlich gibt sich die
                # Bürgermeisterin:": how, the verb, then who
                speaker = _de_subject_after(tokens[3:])
            elif tokens[0].lower() in _DE_ADVERBS_FIRST and (
                    (opening := [x.lower() for x in tokens[:k] if x[0].isalnum()]) == opening[:1]
                    or opening in (["immer", "wieder"], ["danach", "wieder"])) or \
                    tokens[0].lower() in _PREPOSITIONS and tokens[0][0].isupper() and \
                    "," not in tokens[:k] and tokens[k + 1:k + 2] and (
                        k <= 4 and tokens[k + 1] in _DE_ARTICLES
                        or k <= 6 and tokens[k + 1][:1].isupper() and tokens[k + 1].isalpha()
                        and tokens[k + 2:k + 3] in ([], [":"])) or \
                    _de_clause_opening(tokens, k):
                # (and "Neben ihr fragt eine ältere Frau …", "Aus der ersten Reihe ruft
                # Ebert:": a phrase of place opens it, as it may open a main clause after a
                # comma: "…, auf Instagram schrieb der Zoo:")
                # "Daran erinnerte am Donnerstag auch ein Transparent": an adverb opens the
                # sentence, the verb comes second and its subject after it.
                speaker = _de_subject_after(tokens[k + 1:])
            elif k + 1 < len(tokens) and tokens[k + 1].lower() in _SUBJECT_PRONOUNS and (
                sum(1 for x in tokens[:k] if x[0].isalnum()) == 1
                or tokens[0].lower() in _PREPOSITIONS
                or verb in _V2_VERBS and tokens[k + 1] in ("er", "sie") and not (
                    tokens[k + 1] == "sie" and tokens[0] in ("Ein", "Der"))  # ("Ein Mann, der
                # …, schildert sie so:": he, a subject in the nominative; "sie" is the object)
                or tokens[0] == "An" and tokens[1:2] and tokens[1].lower() in _DETERMINERS
            ):  # ("An einer Medienkonferenz sagte er": German "an", not an article)
                # "Dann sagt er: „…“", "Auf Facebook schrieb er": a word or a phrase opens
                # the sentence, the verb comes second and its subject, a pronoun, after it
                # (as after a clause: "Eine Antwort habe sie nie erhalten, sagt sie, …").
                t1 = tokens[k + 1]
                speaker = _Speaker(t1, pronoun=_PRONOUNS[t1.lower()])
            elif k > 1 and tokens[k - 1] == "," and "," not in tokens[:k - 1] and (close := next(
                    (j for j in range(k + 2, min(k + 5, len(tokens))) if tokens[j] == ","),
                    0)) and (tokens[k + 1][0].isupper() or tokens[k + 1].lower() in
                             _SUBJECT_PRONOUNS or close > k + 2 and tokens[k + 1] in
                             _DETERMINERS or close == k + 2 and (
                                 _l_article(tokens[k + 1]) or _ru_person_noun(tokens[k + 1]))):
                # "Der Pokal, versprach Sörensen, werde „…“", "La baie, explique le serveur,
                # « … »", "Ягода, объясняет официант, «…»": the verb and its subject set
                # into the sentence between commas.
                speaker = _object(tokens[k + 1:close])
            elif k > 1 and tokens[k - 1] == "," and verb in _V2_VERBS and k + 1 < len(tokens) \
                    and (tokens[k + 1][0].isupper() or tokens[k + 1] in _DE_ARTICLES) and \
                    "," not in tokens[:k - 1] and (said_by := _object(tokens[k + 1:])) is not None:
                # "Ein Wechsel lohne sich, sagte E-Control-Vorstand Alfons Greil: „…“": after
                # the clause it reports, a German verb comes first and its subject after it
                # (not after a relative clause: "Ein Spieler, der …, sagte der SZ:").
                speaker = said_by
            else:
                # ("Thierry Vauquelin, petit-fils du fondateur, se dit « … »": not "se")
                speaker = _subject(tokens[:k - 1] if tokens[k - 1] in ("se", "s’", "s'")
                                   else tokens[:k - 2 if tokens[k - 2] in _FR_AUX_BEFORE else k - 1]
                                   if verb == "savoir"  # ("avaient fait savoir": no subject)
                                   else _ru_after_phrase(tokens[:k]) if not verb.endswith("ли")
                                   else tokens[:k])  # (plural: "В пресс-службе … сообщили")
                # (the subject after the verb: a capitalized word, or a German article and
                # its noun: "In einer Mitteilung fordert der Verband «…»")
                after_verb = k + 1 < len(tokens) and (tokens[k + 1][0].isupper() or (
                    tokens[k + 1] in _DE_ARTICLES_AND_POSSESSIVES and any(
                        t[0].isupper() for t in tokens[k + 2:k + 4])))  # ("Vor dem Saal
                # sagte ihr Enkel", "Bei der Sprechstunde fragte ein älterer Mann")
                region = [x for x in tokens[:k] if x[0].isalnum()] if (
                    (tokens[0].lower() in _PREPOSITIONS or _de_an(tokens)) and after_verb) \
                    else []
                if region and (region[0].lower() in _PREPOSITIONS or _de_an(tokens)) and (
                    len(region) <= 3 and (len(region) < 3 or region[1].lower() in _DETERMINERS)
                    or verb in _V2_VERBS
                ):
                    # "Nach der Sitzung sagte Ministerin Petra Kühn:": a phrase of time or
                    # place, then the verb, then its subject.
                    speaker = _object(tokens[k + 1:]) or speaker
                elif k <= 2 and tokens[k - 1].lower() in _TOLD_FIRST and (
                        told := _object(tokens[k + 1:])) is not None:
                    speaker = told  # "Нам пишет читательница Марина:", "Uns schreibt eine
                    # Leserin:": to whom it was said, the verb, then who says it
            if speaker is None and not (verb in _SAY and tokens[k + 1:k + 2] and tokens[
                    k + 1][:1].isupper() and next((x for x in tokens[k + 1:k + 6]
                                                   if not x[:1].isupper()), "") in _RUN_ON):
                # "a répliqué le député Jean-Luc Arnaud, avant d’ajouter :" (but in "…, said
                # Delmont had “…”" the name is the subject of what was said)
                speaker = _object(tokens[k + 1:])
            elif speaker is not None and speaker.name and not speaker.gender:
                # "Alvarez said later that she had …": the pronoun after the verb is hers.
                for x in [x.lower() for x in tokens[k + 1:k + 4] if x[0].isalnum()]:
                    if x in _PRONOUNS and x not in ("lui", "ihm", "ihr", "его", "её", "ее"):
                        speaker.gender = _PRONOUNS[x]
                        break
            found.speaker = speaker
            return found
        low = t.lower()
        if low == "to" and k > 0 and tokens[k - 1].lower() == "according" or low in _ACCORDING \
                or low == "words" and tokens[k - 1:k] == ["the"] and tokens[k + 1:k + 2] == ["of"]:
            rest = tokens[k + 2 if low == "words" else k + 1:]
            if low != "words" and rest[:1] and rest[0].lower().endswith(_REPORT_ENDS) and any(
                    _verb(x) in _SPEECH_VERBS for x in tokens[:k]):
                continue  # "Knoll sagte … laut Zeitungsbericht, die Kammer habe „…“": the
                # report tells what he said; the verb before it has the speaker
            found.verb = True  # (and "In the words of Tom Hill, “…”")
            if low == "laut" and (verb := next(
                    (j for j in range(1, len(rest)) if rest[j][:1].isalpha()
                     and rest[j][:1].islower() and rest[j] not in _DE_OF_WORDS
                     and rest[j - 1][:1].isupper()), 0)):
                rest = rest[:verb]  # "Laut Staatsanwaltschaft gibt es „…“": the verb after
            found.speaker = _object(rest)
            return found
        if low in ("pour", "for", "für") and k == 0 and "," in tokens and (
            (whom := _object(tokens[k + 1:])) is not None and _person_like(whom)
        ):
            # "For Ms Reyes, “…”": the one for whom it is so (but "For example, “…”" and
            # "For urban areas, “…”" name nobody).
            found.verb = True
            found.speaker = whom
            return found
        if low in _ACCORDING_RU and k > 0 and "по" in (tokens[k - 1].lower(),
                                                      tokens[k - 2].lower() if k > 1 else ""):
            found.verb = True
            if (sex := _RU_POSSESSIVE_SEX.get(tokens[k - 1].lower())) is not None:
                found.speaker = _Speaker(tokens[k - 1], pronoun=sex)
            elif (source := _object(tokens[k + 1:])) is not None and \
                    "а" <= source.text[:1] <= "я":  # (a name stays as written)
                # "по данным ведомства", "по словам мэра": the genitive, named in the nominative
                words = source.text.split()
                found.speaker = _Speaker(" ".join(_ru_nominative(words, "gent")))
            else:
                found.speaker = source
            return found
        if low == "согласно" and (source := _object(tokens[k + 1:])) is not None and \
                "а" <= source.text[:1] <= "я":
            # "Согласно заключению экспертизы, причиной стало «…»": according to it (the
            # dative, named in the nominative)
            found.verb = True
            found.speaker = _Speaker(" ".join(_ru_nominative(source.text.split(), "datv")))
            return found
        if low in _VIEW_NOUNS and k and (owner := _VIEW_OWNERS.get(tokens[k - 1].lower())) \
                and (k > 1 and tokens[k - 2].lower() in ("nach", "in", "à")
                     or tokens[k + 1:k + 2] == ["nach"]):
            # "nach ihren Worten", "Nach seiner Einschätzung", "Seiner Ansicht nach", "In her
            # view", "À son avis": according to him or her (or them)
            found.verb = True
            found.speaker = _Speaker(tokens[k - 1], pronoun=owner)
            return found
        if low in _VIEW_NOUNS and k > 1 and tokens[k - 2].lower() == "nach" and \
                (owner := tokens[k - 1])[:1].isupper() and owner.endswith(("s", "’", "'")) \
                and len(owner) > 3 and owner.lower() not in _VIEW_OWNERS:
            # "nach Sommers Worten", "nach Grass’ Einschätzung": according to the one whose
            # words or view they are
            found.verb = True
            found.speaker = _Speaker(owner[:-1], name=True)
            return found
        if low == "angaben" and k and tokens[k - 1].lower() == "nach" and \
                tokens[k + 1:k + 2] and tokens[k + 1] in ("der", "des", "von", "vom"):
            # "nach Angaben der Polizei war …": according to the police (up to its verb)
            source: list[str] = []
            for w in tokens[k + 1:k + 8]:
                if not w[0].isalnum() or source and w[0].islower() and w not in _DE_OF_WORDS \
                        and any(x[0].isupper() for x in source):
                    break
                source.append(w)
            if any(w[0].isupper() for w in source):
                if source[0] == "des" and len(source) > 1 and source[1][:1].isupper():
                    source[1] = _de_nominative(source[1])  # "des Unternehmens": Unternehmen
                found.verb = True
                found.speaker = _Speaker(_de_label(source))
                return found
        if low == "zufolge":
            found.verb = True
            found.speaker = _subject(tokens[:k])
            return found
    if continuing:
        found.verb = True
        found.speaker = _UNRESOLVED
        # (but "In Berlin hieß es, man sei „…“" says nobody in particular said it)
        # (nor is a colon's whole quotation: "X wehrt sich gegen den Vorwurf, es gehe …:")
        found.reported = continuing == "subjunctive" and not _HIESS_ES.search(window) and \
            not found.colon
    return found


# A French sentence that opens with the document it reports ("Dans un communiqué publié
# lundi, le groupe invoque « … »").
_FR_IN_DOCUMENT = re.compile(r"Dans (une? (?:communiqué|message|courrier|courriel|lettre|texte|"
                             r"déclaration|publication|post|tweet))\b[^,.;:!?«»]{0,60},")


_PASSIVE_BE = _words("be being been was were is are get got gets")
# Articles, which only ever stand before a noun (not French "a", the auxiliary of "a dit").
_ARTICLES_ONLY = _words("the an le la les un une des der die das den dem ein eine einer einem "
                        "einen sa son ses leur leurs cette")  # (and "sa demande")
_DE_RELATIVE = frozenset({"der", "die", "das", "den", "dem", "deren", "dessen", "denen"})
# The finite verbs that close a German relative clause with capitalized nouns in it (", der
# mit 100.000 Euro dotiert ist,").
_DE_FINITE_LAST = _words("ist war hat hatte wird wurde sind waren haben hatten werden wurden "
                         "kann konnte soll sollte will wollte möchte muss musste darf")
# The endings of a French or German participle with its agent after it ("présidé par",
# "dirigée par", "geleitet von").
_AGENT_PARTICIPLES = ("é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us", "t")
_FR_ON = _words("on l’on l'on")
_FR_REFLEXIVE = _words("se s’ s' n’ n' ne pas a n’a n'a")
# The opening phrase of "Du côté de la mairie, on …" and what it keeps of itself.
_ON_OPENING = re.compile(
    r"(?:du côté (?:de |d’|d'|(?=du |des ))|côté |chez |au sein (?:de |d’|d'|(?=du |des ))|"
    r"à |(?=au |aux )|dans (?=le camp |les rangs ))",
    re.IGNORECASE)  # (and "Dans le camp d’en face, on dénonce": that camp; "Côté direction,
# on se veut rassurant": the management)
_ON_ARTICLE = {"du": "le", "des": "les", "au": "le", "aux": "les"}


def _on_body(tokens: list[str]) -> _Speaker | None:
    """The body of "Du côté de la STIB, on affirme", "Chez Renault, on se dit", "À la
    mairie, on assure", "Au ministère, on indique" (la STIB, Renault, la mairie, le
    ministère), or None."""
    if "," not in tokens:
        return None
    opening = " ".join(tokens[:tokens.index(",")])
    match = _ON_OPENING.match(opening)
    if match is None or match.end() == len(opening):
        return None
    words = opening[match.end():].split()
    words[0] = _ON_ARTICLE.get(words[0].lower(), words[0])
    return _Speaker(" ".join(words))  # (a body, not a person to learn)


def _dashed_aside(tokens: list[str]) -> range:
    """The tokens between the last two dashes of a clause, when the last one is followed
    by more words: an aside the words around it read past."""
    dashes = [k for k, t in enumerate(tokens) if t in ("–", "—")]
    if len(dashes) < 2 or dashes[-1] == len(tokens) - 1:
        return range(0)
    return range(dashes[-2], dashes[-1] + 1)


_WHO = r"(?:he|she|il|elle|er|sie|он|она|[A-ZА-ЯЁ][\w’'-]+(?: [A-ZА-ЯЁ][\w’'-]+){0,2})"
_NOT_NAMES_FAST = _NOT_NAMES - _PRONOUNS.keys()
_RU_DOCUMENT_WORD = re.compile(
    r"(?:заявлени|сообщени|письм|документ|релиз|доклад|отчет|отчёт|пост[еау]?\b|публикаци|"
    r"ответ[еау]?\b|комментари|обращени|записи\b|решени|приговор|постановлени|приказ|"
    r"стать[еия]\b|статью\b|исследовани|заключени|контракт|договор|протокол|записк|справк|"
    r"уведомлени|объявлени|извещени|предписани|иск[еау]?\b|петици|резолюци|листовк|памятк|"
    r"инструкци)")
_HEISST_ES = r"(?:heißt|hieß|heisst|hiess) es"  # (and the Swiss spelling)
_HEISST = _words("heißt hieß heisst hiess")
_DE_DOCUMENT_FIRST = re.compile(
    r"(?:In|Im|Auf) ((?:einer|einem|der|dem|seiner|ihrer|seinem|ihrem)? ?"
    r"(?:[^.!?:,]|(?<=\d)\.){2,80}?"  # (a date's period: "vom 6. Februar")
    r"(?:, (?!(?:der|die|das|den|dem|dessen|deren) )[^.!?:,]{2,40}?){0,3})"  # (a list: "an
    # Wirte, Getränkehändler und Stammkunden")
    r"(?:, (?:der|die|das|den|dem|dessen|deren) [^.!?:,]{2,80},)? "  # (a relative clause)
    + _HEISST_ES + r"\b")
_DE_DATIVE = _words("einer einem der dem seiner ihrer seinem ihrem")
_HIESS_ES = re.compile(r"\b" + _HEISST_ES + r"\b")
# „…“, heißt es darin: the document the sentence before named.
_IMPERSONAL_THERE = re.compile(r"[,\s]*(?:" + _HEISST_ES + r" (?:darin|dort|da)|[—–-]?\s*"
                               r"говорится в (?:нем|нём|ней))\b")
# German document nouns, alone or at the end of a compound ("Abschlusserklärung"), with the
# article a label takes.
_DE_DOCUMENT_ENDINGS = {
    "erklärung": "die", "mitteilung": "die", "stellungnahme": "die", "schrift": "die",
    "meldung": "die", "aussendung": "die", "nachricht": "die", "gutachten": "das",
    "schreiben": "das", "protokoll": "das", "papier": "das", "dokument": "das",
    "urteil": "das", "bericht": "der", "brief": "der", "vermerk": "der", "beschluss": "der",
    "geständnis": "das", "antrag": "der", "beitrag": "der", "post": "der", "posting": "das",
    "aushang": "der", "forderung": "die", "hinweis": "der", "amtsblatt": "das",
    "gesetz": "das", "gesetzbuch": "das", "ordnung": "die",
    "flugblatt": "das", "rundschreiben": "das", "konzept": "das", "statement": "das",
    "merkblatt": "das", "account": "der", "kanal": "der", "aufruf": "der", "begründung": "die",
    "warnung": "die", "anzeige": "die", "verfügung": "die",
    "vorlage": "die", "mail": "die", "vertrag": "der", "eintrag": "der", "notiz": "die",
    "entwurf": "der", "anklage": "die", "studie": "die", "tweet": "der", "programm": "das",
    "satzung": "die", "richtlinie": "die", "bescheid": "der", "petition": "die", "analyse": "die",
    "text": "der",  # (Petitionstext, Gesetzestext)
    "antwort": "die", "website": "die", "webseite": "die", "homepage": "die",
    "internetseite": "die", "leitfaden": "der", "handreichung": "die", "newsletter": "der",
    "broschüre": "die", "flyer": "der", "bekanntmachung": "die", "erlass": "der",
    "weisung": "die", "tagebuch": "das", "chronik": "die",  # (Rundbrief, Verordnung: "brief",
    # "ordnung" above)
}


_HYPHENED_WORDS = re.compile(r"\w+(?:-\w+)*")  # ("E-Mail": one word)


def _de_nominative(noun: str) -> str:
    """A German masculine or neuter noun in the genitive after "des", in the nominative
    ("Unternehmens", "Verbands", "Kreises"; a weak noun, "Präsidenten", stays)."""
    if noun.endswith(("ses", "zes", "ßes", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun


def _de_document(word: str) -> str | None:
    """The label of a German document noun ("die Anklageschrift"), or None."""
    low = word.lower()
    ending = next((e for e in _DE_DOCUMENT_ENDINGS if low.endswith(e)), None) \
        if word[:1].isupper() else None
    return f"{_DE_DOCUMENT_ENDINGS[ending]} {word}" if ending else None


_BY_THE_VOICE_OF = re.compile(r"\bpar la voix d(?:e |’|')((?:[A-ZÀ-Ý][\w’'-]+ ?){2,3})"
                              r"(?=[^.!?:;«»]{0,80}$)")
_DE_SAID_IN = re.compile(_HEISST_ES + r" (?:in|im) ([^.!?:,„“«»]{2,80}?)\s*,")


# „…“, wie X sagte: a clause of comparison after the words, its verb (and auxiliary) last.
_DE_AS_SAID = re.compile(r"[,\s]*wie ([^.,;:!?„“”«»]{2,80}?) (\w+)(?: (?:hat|hatte|habe|hätte))?"
                         r"\s*(?:[.,;:]|$)")


# The same clause before the words: "as she puts it,", "comme il dit,", "wie sie sagt,",
# "как она выражается,".
_AS_PUT_BEFORE = re.compile(r"(?:^|[\s,(])(?:as|comme|wie|как) ([^,.;:]{1,40}?) (?:puts? it|"
                            r"says|said|likes to say|dit|disait|le dit|sagt|sagte|выражается|"
                            r"говорит|говорила|говорил)\s*,\s*$")


def _as_said(window: str) -> _Speaker | None:
    """Who a clause of comparison after the words says said them: "as Claire Vasseur put
    it", "as he told reporters" (subject, then verb); "comme l’a dit la ministre", "как
    сказал министр" (verb, then subject)."""
    tokens = _tokens(window[:100])
    k = next((k for k, t in enumerate(tokens[:3]) if t in ("as", "comme", "как")), -1)
    if k < 0 or any(t not in ",—–-" for t in tokens[:k]):
        return None
    if tokens[k] == "as":
        end = next((j for j in range(k + 1, min(k + 8, len(tokens)))
                    if not tokens[j][0].isalnum() or _verb(tokens[j]) in _SPEECH_VERBS
                    or tokens[j] == "put"), 0)
        if not end or end == k + 1 or not tokens[end][0].isalnum():
            return None
        return _describe(tokens[k + 1:end])  # (a pronoun alone too: "as he told …")
    k += 1
    if tokens[k:k + 1] and tokens[k].lower() in ("l’a", "l'a", "le", "la", "l’avait", "l'avait"):
        k += 1
    if k + 1 >= len(tokens) or _verb(tokens[k]) not in _SPEECH_VERBS:
        return None
    end = next((j for j in range(k + 1, len(tokens)) if not tokens[j][0].isalnum()),
               len(tokens))
    start = k + 1
    if tokens[start] in ("avec", "with", "mit", "с") and (
            det := next((j for j in range(start + 2, min(start + 6, end))
                         if tokens[j].lower() in _INDEFINITE | _DEFINITE), 0)):
        start = det  # "comme le résume avec un sourire fatigué une agente d’accueil": how
        # she put it, then who
    return _describe(tokens[start:end]) if end > start else None


def _de_label(words: list[str]) -> str:
    """A German document named in the dative, as a label: without its article and the
    adjectives before its noun ("einer schriftlichen Stellungnahme der Isarwert Wohnen":
    "Stellungnahme der Isarwert Wohnen")."""
    k = 1 if words and words[0].lower() in _DE_DATIVE | _DETERMINERS else 0
    while k < len(words) - 1 and words[k][:1].islower():
        k += 1
    end = len(words)
    while end > k + 1 and words[end - 1] in _DE_DOCUMENT_END:
        end -= 1  # ("einer Mitteilung der KVB vom", its date cut off)
    return " ".join(words[k:end])


# Where a German document's name ends: a phrase of time or an adverb after it.
_DE_DOCUMENT_END = _words("vom am von seit noch bereits zuletzt dazu jedoch aber auch nun zur zum "
                          "allerdings zudem außerdem")
# When or how, between "hieß es" and where ("hieß es am Mittwochnachmittag in einer …").
_DE_WHEN_WORDS = (r"(?:\s+(?:am\s+[A-ZÄÖÜ]\w+|auf\s+Anfrage|heute|gestern|später|zuvor|zudem|"
                  r"weiter|bereits|noch|dazu|auch|außerdem|ferner|abschließend|lediglich|nur|"
                  r"knapp|nüchtern|etwa|wörtlich|lapidar|ausdrücklich|jetzt|nun|damals|schon|"
                  r"ebenfalls|(?:Anfang|Ende|Mitte)\s+der\s+Woche))*")
# „…“, zeigte sich der Minister überzeugt / ist sich Uekmann sicher: how the speaker showed
# themself, with the subject between "sich" and the adjective.
_DE_SHOWED_ITSELF = re.compile(
    r"[,\s]*(?:ist|war|sind|waren|zeigte|zeigt|zeigten|zeigen|gab|gibt|gaben|geben) sich "
    r"([^.,;:!?]{2,60}?) (?:sicher|überzeugt|zuversichtlich|optimistisch|erleichtert|"
    r"enttäuscht|selbstbewusst|kämpferisch|gelassen|skeptisch|besorgt|zufrieden|überrascht|"
    r"dankbar|froh|verärgert|empört|entschlossen|bescheiden|nachdenklich|betroffen)"
    r"(?![\w-])"
)
_IMPERSONAL_ON = re.compile(r"[,\s]*" + _HEISST_ES + r"(?: (?:weiter|zudem|außerdem|"
                            r"ferner|auch|"
                            r"noch|dazu))?\s*(?:[.;]|$)")
_WHERE_PREPS = _words("в во на in im auf dans sur on")
_READING = _DOCUMENTS | _words("page label caption headline inscription plaque billboard "
                               "graffiti slogan card screen display board")
_READ_OWNERS = _words("the a an one its his her their")
_READ_ADVERBS = _words("now simply still just also")


def _written_on(window: str) -> str | None:
    """What words are written on, when the clause before them ends with "read" or "reads"
    and names it: the phrase from its article to its noun, with what it is of or for ("a
    handwritten sign", "the product page for the affected fridge"); None for anyone who
    reads ("She read “The Hobbit”")."""
    words = re.split(r"[.!?,;]\s", window.rstrip(" :\u00a0"))[-1].split()
    if len(words) < 3 or words[-1] not in ("read", "reads"):
        return None
    start = next((k for k, w in enumerate(words[:-2]) if w.lower() in _READ_OWNERS), None)
    if start is None:
        return None
    if words[start].lower() == "her" and words[start + 1] in ("a", "an", "the"):
        start += 1  # "made her a card which reads": whom it was made for, then the card
    noun = next((k for k in range(start + 1, min(start + 5, len(words) - 1))
                 if words[k].lower() in _READING or words[k].lower()[:-1] in _READING), None)
    if noun is None or not _RELATIVE.isdisjoint(words[start:noun]):
        return None  # (not "a plinth whose plaque reads")
    end = noun + 1
    if words[end] in ("of", "for"):
        end = next((k for k in range(end + 1, min(end + 6, len(words) - 1))
                    if words[k] in _READ_ADVERBS), len(words) - 1)
    return " ".join(words[start:end])


# "Sur une banderole …, on peut lire :": what words are written on, named before them.
_FR_WRITTEN_ON = re.compile(
    r"(?:^\s*|[.!?]\s+|,\s+)(?:Sur|Dans) ((?:un|une|le|la|l’|l'|les|des|ce|cette|cet|son|sa|ses|"
    r"leur|leurs)\s?[^,.;:!?«»]{2,80}?),? on (?:(?:peut|pouvait|pourra) (?:y )?lire|"
    r"(?:y )?(?:lit|lisait))\s*:?\s*$")
# German: on or in a thing, (a clause about it,) then "stand:" ("Auf der Packung stand:";
# not "Auf einem der Transparente", which _sign_before reads).
_DE_WRITTEN_ON = re.compile(
    r"(?:^\s*|[.!?]\s+)(?:Auf|In) (einer|einem|der|dem) ((?:(?!de[rnms]\b)[a-zäöüß]+ )?"
    r"[A-ZÄÖÜ][\w-]+)"
    r"(?:, [^.;:!?„“»«]{2,80},)? (?:stand|steht|standen|stehen)(?: nur| noch| groß)?\s*:\s*$")
_FR_OF = _words("de du des d’ d' la le l’ l'")
_IMPERSONAL = re.compile(
    r"[,\s]*(?:[—–-]\s*)?(?:" + _HEISST_ES + _DE_WHEN_WORDS + r"|говорится|говорилось|"
    r"отмечается|отмечалось|сказано|peut-on lire|lit-on|on peut lire)\s+(in|im|auf|dans|в|во)\s+"
    r"([^.,;:!?]{2,60}\w*)"  # (to the end of its last word)
)
# "“…,” it said in a statement": the document, when "it" means nobody named before.
_IT_SAID_IN = re.compile(r"[,\s]*it (?:says|said) in ((?:a|an|its|the) [^.,;:!?]{2,60})")
# A subject pronoun and a lower-case word right after a quotation, each a whole token.
_AFTER_PRONOUN = re.compile(
    r"[,\s]*(?:[—–]\s*)?([Hh]e|[Ss]he|[Ii]l|[Ee]lle|[Ee]r|[Ss]ie|[Оо]н|[Оо]на)"
    r" ([a-zа-яäöüéè]+)(?![\w’'\-])"
)
_AFTER_FAST_PATTERN = (
    r"[,\s]*(?:[—–]\s*)?(?:(?P<w1>" + _WHO + r") (?P<v1>[a-zа-яäöüéè]+)|(?P<v2>[a-zа-яäöüéè]+)"
    r" (?P<w2>" + _WHO + r"))(?=[.,;]\s|[.,;]$|$)"
)


# «…», — иронизирует …, «…?» — тут же переспросил …: a comma and a dash (or the marks of
# a question or an exclamation, then a dash), then up to two adverbs and a verb.
_RU_DASH = re.compile(r"(?:,\s*|(?<=[?!…]»)\s*|\s)[—–]\s*")
_RU_LOWER_WORD = re.compile(r"[а-яё]+\s*")


def _ru_dash_verb(window: str) -> tuple[re.Match[str], Any] | None:
    """The verb after a Russian dash that brings in the author's words, and its grammar,
    when up to two adverbs, then a finite verb (a form of the past or present, not an
    infinitive or a participle) follow the dash, and the usual reading does not know it;
    else None."""
    dash = _RU_DASH.match(window)
    if dash is None:
        return None
    morphology = _morphology()
    at = dash.end()
    for k in range(3):
        word = _RU_LOWER_WORD.match(window, at)
        if word is None or k == 0 and word.group().rstrip() in _SPEECH_VERBS:
            return None  # (a verb the usual reading knows, right after the dash; after an
            # adverb, "— коротко сказал он", it is read here)
        parses = morphology.parse(word.group().rstrip())
        verb = next((p.tag for p in parses if p.tag.POS == "VERB"
                     and p.tag.tense in ("past", "pres")), None)
        if verb is not None:
            return word, verb
        if not any(p.tag.POS == "ADVB" for p in parses):
            return None
        at = word.end()
    return None


# What a Russian shrug, nod or wave is made with, between its verb and its subject.
_RU_GESTURE_OBJECTS = _words("плечами головой руками рукой бровями")


# Russian "one's own", which opens an object, never the subject it follows.
_RU_OWN = _words("свой свою своё свое свои своего своей своим своих своём своем")


def _ru_subject_after(tag: Any, rest: str) -> _Speaker | None:
    """The subject right after a Russian verb, up to a preposition or a stop: a name, or a
    word that may be in the nominative and agrees with the verb ("извинялась официантка",
    "иронизирует одна из читательниц"), else None (an object first: "пожала плечами
    Воробьёва", "прокомментировала слова чиновника")."""
    words: list[str] = []
    for t in _tokens(rest)[:8]:
        if not t[0].isalnum() or words and (t in _RU_PREPOSITIONS and t != "из" or t in _RU_OWN):
            break  # (and "объясняет 23-летний парень свой выбор": his own choice, an object)
        words.append(t)
    if len(words) > 1 and (words[0] in _RU_GESTURE_OBJECTS or words[0].islower() and (
            tag_of := _ru_lower_tag(words[0])) is not None and tag_of.POS == "NOUN" and
            tag_of.animacy == "inan" and words[1][:1].isupper() and _ru_may_be_name(words[1])):
        words = words[1:]  # "— пожимает плечами Галина Петровна", "— подводит итог
        # Старостина": the gesture or the thing done, then who
    if not words or words[0] in _RU_PREPOSITIONS:
        return None
    if not words[0][:1].isupper() and not any(
            p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF", "NUMR", "NPRO")
            and p.tag.number == tag.number and (
                tag.gender is None or tag.number == "plur" or p.tag.gender in (
                    tag.gender, None) or p.tag.POS == "NOUN" and "ms-f" in p.tag)
            for p in _morphology().parse(words[0])):
        return None
    return _object(words)


_DE_SEPARABLE_CORE = (
    r"(?:rechnet|rechnete|räumt|räumte|gibt|gab|stellt|stellte|hält|hielt|merkt|merkte|"
    r"führt|führte|fügt|fügte|wirft|warf|weist|wies|gesteht|gestand|schiebt|schob|fasst|"
    r"fasste|kündigt|kündigte|lässt|ließ|liess|will|wollte|wollten|trägt|trug|teilt|hakt|hakte|"
    r"winkt|winkte|fragt|fragte)\s+"
    r"((?:(?:der|die|das|ein|eine)\s+)?(?:[\w-]+\s+){0,5}?[A-ZÄÖÜ][\w.-]*|er|sie|ich|wir)"
    r"(?:\s+\([^()]{1,20}\))?(?:\s+(?:ihm|ihr|ihnen|mir|uns))?\s+"
    r"(?:vor|ein|an|zu|hinzu|fest|klar|aus|zurück|nach|zusammen|dagegen|wissen|mitteilen|mit|ab|"
    r"ausrichten|verlauten|zu\s+bedenken)")
# French pronouns of whom it was said to, before the verb: « … », lui a demandé la
# présidente (the subject follows the verb).
_FR_TO_WHOM = _words("lui leur nous vous me te m’a m'a t’a t'a")
# French articles and possessives before a word that is then a noun ("la demande", "sa
# réponse"), not the verb of speech it also spells.
_FR_NOUN_BEFORE = _words("la une sa leur cette du des les un le")
# Être before a French participle of speech: the passive ("tout est dit"); a reflexive
# verb ("s’est exclamé") is one token.
_FR_PASSIVE_BE = _words("est sont était étaient fut furent sera seront été c’est c'est")
_FR_TOLD_FIRST = re.compile(r"[,\s]*(?:lui|leur) (?:a|avait|ont) ")
_DE_PARTICLES = _words("vor ein an zu hinzu fest klar aus zurück nach zusammen mit")
_DE_SEPARABLE = re.compile(r"[,\s]*" + _DE_SEPARABLE_CORE + r"\s*[.,;:]")
# A sentence's opening name and its apposition, up to the comma that closes it.
_NAME_APPOSED = re.compile(r"\s*([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+){1,2}), [^,.;:!?]{3,90}")
# "…, stellt ein Sprecher der Landesrätin klar: „…“": the same before the words, with a colon.
_DE_SEPARABLE_COLON = re.compile(
    r"(?:^|[,.;]\s+|\b(?:Bei|Auf|In|Im|Am|Nach|Vor|Während|Zum|Zur|Beim|Aus|Mit|Dann|Danach|"
    r"Später|Dazu|Darauf)\s[^,.;:]{0,40}?\s)" + _DE_SEPARABLE_CORE + r"\s*:\s*$")
# (after a comma, or after a phrase that opens the sentence, the subject follows the verb:
# "Bei der Pressekonferenz wollte ein Journalist wissen:"; not "X wies die Kritik zurück:")
# „…“, hieß es aus dem Ministerium / verlautete aus Regierungskreisen: the body it came from.
# "Darin heißt es:", "Zugleich hieß es dort:", "Darin wird gefordert, …": the document
# named before.
_THERE_FIRST = re.compile(r"(?:(?:Darin|Dort) (?:" + _HEISST_ES + r"|(?:wird|werden|wurde|"
                          r"wurden) (?:\w+ ){0,2}(?:gefordert|verlangt|kritisiert|betont|"
                          r"beklagt|bemängelt|erklärt|gewarnt|gemahnt))|[A-ZÄÖÜ][a-zäöüß]+ "
                          + _HEISST_ES + r" (?:darin|dort))\b")
_THERE_ASIDE = re.compile(r", " + _HEISST_ES + r" (?:darin|dort), ")
_DE_FROM_FIRST = re.compile(
    r"Aus ([^.!?:,„“«»]{2,60}?) (?:" + _HEISST_ES + r"|verlautete|(?:schallte|schallt|tönte|"
    r"tönt|hallte|hallt|kam|kommt) (?:es|(?:\w+ )?(?:die|der|das|prompt|sofort) ?(?:Antwort|"
    r"Einwand|Widerspruch|Kritik|Ruf|Frage)?))\b")  # (and "Aus der Südkurve schallte es:",
# "Aus der CSU-Fraktion kam prompt die Antwort:": where the words came from)
_DE_FROM = re.compile(r"[,\s]*(?:" + _HEISST_ES + r"|verlautete|verlautet)"
                      r"(?:\s+am\s+[A-ZÄÖÜ]\w+|\s+zuletzt|\s+später)?"  # (when)
                      r"\s+(?:aus|vom|von(?:\s+[Ss]eiten)?|beim|bei)\s+"
                      r"([^.,;:!?„“«»]{2,60}?)\s*(?:[.,;]|$)")
# The forms of faire that make "savoir" a verb of speech ("a fait savoir"), and the
# auxiliaries before them, which are no part of the subject ("avaient fait savoir").
_FR_MAKE = _words("fait faire faisait font fera feront")
_FR_AUX_BEFORE = _words("a ont avait avaient aura auront")
# « … », fait valoir X / a fait savoir la préfecture: "make it known", a verb of speech.
_FR_MADE_KNOWN = r"(?:valoir|savoir|remarquer|observer)"
_FR_FAIT = re.compile(r"[,\s]*(?:a\s+)?(?:fait|faisait)(?:-(il|elle))?\s+" + _FR_MADE_KNOWN
                      + r"\b")


def _last_clause_name(tokens: list[str]) -> _Speaker | None:
    """The name (or the pronoun) that is all of the last clause before a verb, after its
    comma: "…, Azzouz said"."""
    clause = tokens[len(tokens) - tokens[::-1].index(","):]
    words = [t for t in clause if t[0].isalnum()]
    if not 1 <= len(words) <= 3 or not all(w[0].isupper() for w in words):
        return None
    speaker = _describe(words)
    return speaker if speaker is not None and (speaker.name or speaker.pronoun) else None


def _clause(tokens: list[str]) -> list[str]:
    """The tokens up to the first comma."""
    return tokens[:tokens.index(",")] if "," in tokens else tokens


_FR_ENDS_BY = re.compile(r"[,\s]*(?:a |ont )?fini(?:t|ssent)? par (?:répondre|lâcher|admettre|"
                         r"reconnaître|avouer|dire|concéder|lancer|expliquer|souffler)\s+")


# Groups that news copy names without an article before "said" ("“…,” police said").
_BARE_SUBJECTS = _words("""
police prosecutors authorities investigators officials organizers organisers witnesses
analysts experts critics protesters demonstrators firefighters rescuers doctors lawyers
economists scientists researchers officers troops regulators lawmakers legislators
""")


_DE_GOES_ON_ADVERBS = _words("weiter zudem außerdem ferner auch")
# A French object pronoun before an inverted verb after the words ("nous explique-t-il").
_FR_CLITIC_INVERTED = re.compile(r"(\s*,?\s*)(?:(?:nous|vous|lui|leur|me|te|y)\s+|[mt][’'])"
                                 r"(?=[\w’']+-(?:t-)?(?:il|elle|ils|elles|on)\b)")
# A French verb that takes another in the infinitive after the words ("s’est contenté de
# répondre une porte-parole", "tient à souligner Mathieu", "a fini par lâcher le maire").
# "Mettre en garde", to warn, after words in marks: one verb of speech in three words.
_FR_WARNED = re.compile(r"([,\s]*)(met|mettent|mettait|a mis) en garde(?= )")
_FR_MODAL_AFTER = re.compile(
    r"([,\s]*)(?:s[’']est (?:contenté|borné)e?s? (?:de |d[’']|à )|se (?:contente|borne)(?:nt)? "
    r"(?:de |d[’']|à )|(?:a|ont) tenu à |tien(?:t|nent) à |(?:a|ont) (?:voulu|préféré|souhaité|"
    r"fini par|dû) |(?:veut|veulent|préfère|préfèrent|finit par|doit|souhaite) )"
    r"([a-zàâçéèêëîïôûù]+)(?= )")
# The commas and spaces (\s: what str.isspace() calls a space) _FR_MODAL_AFTER passes over,
# and the first two characters of each of its verbs after them: a window that opens with
# none of them is no match (most do not: "said", "she", "he").
_COMMA_SPACES = "," + "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_FR_MODAL_OPENINGS = frozenset({"s’", "s'", "se", "a ", "on", "ti", "ve", "pr", "fi", "do",
                                "so"})
_FR_INFINITIVES = {"dire": "dit", "répondre": "répond", "reconnaître": "reconnaît",
                   "admettre": "admet", "écrire": "écrit", "conclure": "conclut",
                   "promettre": "promet", "prévenir": "prévient", "rappeler": "rappelle"}


def _fr_finite(infinitive: str) -> str:
    """The third person present of a French verb of speech in the infinitive ("souligner"
    → "souligne", "dire" → "dit"), or the word as it is."""
    if infinitive in _FR_INFINITIVES:
        return _FR_INFINITIVES[infinitive]
    return infinitive[:-2] + "e" if infinitive.endswith("er") else infinitive


# A word and the next before a comma or a stop ("he said,"), and a French inversion's end.
_PRONOUN_SAID = re.compile(r"(\w+) (\w+)[.,](?:\s|$)")
_FR_INVERSION = re.compile(r"-(?:t-)?(?:il|elle|on|ils|elles)[.,]?$")
# Lower-case words after a quotation, up to a comma: the rest of its clause.
_CLAUSE_GOES_ON = re.compile(r"\s([a-zäöüßàâçéèêëîïôûùœ][\w’'-]*"
                             r"(?:\s+(?:[\w’'-]+|„[^“”]{1,40}“|«[^»]{1,40}»)){0,7}), (?=\S)")


# Words that deny what the verb says: a sentence after words in marks that holds one says
# nobody said them ("He never answered", "Er hat nicht geantwortet", "Il n’a pas répondu").
_NEGATIONS = _words("not never nicht nie niemals kein keine pas jamais не никогда")


def _attribution_after(window: str, sentence_final: bool) -> _Found:
    found = _Found()
    if not window:
        return found  # (a quotation that ends its paragraph: nothing to read)
    # (Each pattern below is tried only when a word it needs is in the window: most windows
    # hold none of them, and a test with ``in`` costs far less than a failed match.)
    match = _JA_QUOTATIVE.match(window) if "と" in window else None
    if match:
        if _JA_NAMING.match(window, match.end()):
            found.naming = True
        else:
            found.verb = True
        return found
    if "を" in window[:8] and _JA_INTENT.match(window) is not None:
        found.verb = True  # 「…」考えを示しました: what someone means to do, in their words
        return found
    if "wie " in window[:8] and (as_said := _DE_AS_SAID.match(window)) is not None:
        # „…“, wie Intendantin Bettina Lorenz sagte / wie mir eine Patientin erklärt hat /
        # wie es in einer Mitteilung heißt: German compares the words to what someone said,
        # the verb last in its clause.
        who, verb = as_said.group(1).split(), as_said.group(2)
        if verb in ("heißt", "hieß") and who[:2] in (["es", "in"], ["es", "im"]):
            found.verb = True
            found.speaker = _Speaker(_de_label(who[2:])) if who[2:] else _UNRESOLVED
            return found
        if _verb(verb) in _SPEECH_VERBS:
            found.verb = True
            found.speaker = _describe(_tokens(as_said.group(1)))  # (a pronoun alone too)
            return found
    if ("read" in window[:8] or "st" in window[:6]) and (
            sign := _SIGN_AFTER.match(window)) is not None:
        found.verb = True  # “…,” read one sign near the front, „…“, steht auf den Plakaten:
        found.speaker = _Speaker(sign.group(1) or sign.group(2))  # what it is written on
        return found
    if (" as " in window[:6] or "comme " in window[:10] or "как " in window[:8]) and \
            (as_said := _as_said(window)) is not None:
        found.verb = True  # “…,” as Claire Vasseur put it / « … », comme l’a dit la
        found.speaker = as_said  # ministre / «…», как сказал министр: the same comparison
        return found
    if "words" in window[:40] and (in_words := _IN_WORDS_AFTER.match(window)) is not None and (
            who := _describe(_tokens(in_words.group(1) or in_words.group(2)))) is not None:
        found.verb = True
        found.speaker = who
        return found
    if "-" in window[:40] and (clitic := _FR_CLITIC_INVERTED.match(window)) is not None:
        window = clitic.group(1) + window[clitic.end():]  # "« … », nous explique-t-il",
        # "lui répond-elle", "m’a-t-elle confié": to whom it was said, then the verb
    if "y " in window[:6] and (y_said := window.lstrip(_COMMA_SPACES))[:2] == "y " and \
            _verb(y_said[2:].split(" ", 1)[0]) in _SPEECH_VERBS:
        window = window[:len(window) - len(y_said)] + y_said[2:]  # "« … », y déclare
        # Anne-Laure Fabre": in the statement just named, the one quoted in it
    if " en garde" in window[:24] and (warned := _FR_WARNED.match(window)) is not None:
        window = warned.group(1) + ("a averti" if warned.group(2) == "a mis" else "avertit") \
            + window[warned.end():]  # "« … », met en garde le docteur Nicolas Berthier"
    if window.lstrip(_COMMA_SPACES)[:2] in _FR_MODAL_OPENINGS and \
            (modal := _FR_MODAL_AFTER.match(window)) is not None and \
            (said := _fr_finite(modal.group(2))) in _SPEECH_VERBS:
        window = modal.group(1) + said + window[modal.end():]  # "« … », s’est contenté de
        # dire son chef de groupe", "tient à souligner Mathieu": the verb the words need
    if len(window) > 150:
        # (not a word cut in two, here or where the window was cut: "… протоиерей Андрей Сав")
        window = window[:150] if not window[150].isalnum() else window[:window.rfind(" ", 0, 150)]
    if ", " in window and (goes_on := _CLAUSE_GOES_ON.match(window)) is not None and not any(
            _verb(w) in _SPEECH_VERBS or w.lower() in _PRONOUNS or w.lower() in _GROUP_PRONOUNS
            for w in goes_on.group(1).split()):
        # "Der Bund müsse die Pauschale „…“ anheben und das Programm verstetigen, forderte
        # er", "die Versammlung sei „…“ worden, heißt es in dem Beschluss": the quotation's
        # clause goes on in lower case, then its attribution ("has passed “…” of those
        # costs on to shoppers, he said, and …": a pronoun and its verb between commas or
        # ending the sentence; "… été menacée, assure-t-on à la RATP": a French inversion).
        rest = window[goes_on.end():]
        if _verb(_FR_INVERSION.sub("", rest.split(None, 1)[0])) in _SPEECH_VERBS \
                or rest.startswith(("heißt", "hieß")) \
                or (said := _PRONOUN_SAID.match(rest)) is not None and \
                said.group(1).lower() in _PRONOUNS and _verb(said.group(2)) in _SPEECH_VERBS:
            inner = _attribution_after(window[goes_on.end() - 2:], sentence_final)
            if inner.verb:
                return inner  # (a verb of speech right after the comma, not "so IBM is")
    if "-" in window and (", D-" in window or ", R-" in window or ", I-" in window):
        # "Sen. Marjorie Tallis, D-Ore., the package’s lead negotiator, told": the party and
        # state are a tag on the name, not an appositive.
        window = _PARTY_STATE_TEXT.sub("", window)
    if (" es " in window or "говорится" in window) and \
            _IMPERSONAL_THERE.match(window) is not None:
        # „…“, heißt es darin: the document the words before named ("Ein Gutachten kommt
        # zu einem anderen Ergebnis"), when they name one.
        found.verb = True
        found.speaker = _UNRESOLVED
        found.there = True
        return found
    if " es" in window and _IMPERSONAL_ON.match(window):
        # „…“, hieß es weiter: the document or the body quoted just before goes on.
        found.verb = True
        found.speaker = _UNRESOLVED
        return found
    if " sich " in window and (showed := _DE_SHOWED_ITSELF.match(window)) is not None and \
            (speaker := _object(_tokens(showed.group(1)))) is not None:
        found.verb = True
        found.speaker = speaker
        return found
    # (Each of its words holds one of these: "heißt es", "говорится", "отмечалось", "lit-on",
    # "on peut lire".)
    impersonal = _IMPERSONAL.match(window) if " es" in window or "говори" in window or \
        "отмеча" in window or "сказано" in window or "lit-on" in window or " lire" in window \
        else None
    if impersonal:
        # „…“, heißt es in der Mitteilung / «…», — говорится в сообщении: the document.
        found.verb = True
        words = impersonal.group(2).split()
        # (up to a preposition after it: "в сообщении ведомства в Telegram-канале")
        cut = next((k for k, w in enumerate(words) if k and w in _WHERE_PREPS), len(words))
        while cut > 1 and words[cut - 1] in _DE_GOES_ON_ADVERBS:
            cut -= 1  # ("heißt es in der Mitteilung weiter": the statement goes on)
        found.speaker = _describe(_tokens(" ".join(words[:cut])))
        if found.speaker is not None and _DOCUMENTS.isdisjoint(
                impersonal.group(2).lower().split()) and not _RU_DOCUMENT_WORD.search(
                impersonal.group(2)) and not any(_de_document(w) for w in words[:cut]):
            found.speaker = None  # „…“, heißt es im Ort: the place, nobody in particular
        return found
    if "-on" in window[:30] and (on_at := _FR_ON_AT.match(window)) is not None:
        found.verb = True  # (« … », précise-t-on à l’ARS: the ARS)
        found.speaker = _Speaker(on_at.group(1).strip())
        return found
    if "-on" in window[:30] and (told := _FR_ON_SOURCE.match(window)) is not None:
        # « … », a-t-on appris de source policière / auprès du parquet: where the reporter
        # learned it
        found.verb = True
        found.speaker = _Speaker(told.group(1) or _FR_ARTICLE_OF.get(told.group(2).lower(), "")
                                 + told.group(3).strip())
        return found
    if "-on" in window and _FR_ON_VERB.match(window):
        # « … », a-t-on indiqué de même source / explique-t-on: "one", the body the
        # sentence before named or the one quoted before, not the verb as a name.
        found.verb = True
        found.speaker = _UNRESOLVED
        return found
    if (" es" in window or "verlautet" in window) and \
            (origin := _DE_FROM.match(window)) is not None:
        found.verb = True
        found.speaker = _Speaker(_de_label(origin.group(1).split()))
        return found
    if "fini" in window and (ends := _FR_ENDS_BY.match(window)) is not None:
        found.verb = True  # « … », finit par répondre le prévenu: "ends up answering"
        found.speaker = _object(_tokens(window[ends.end():])) or _UNRESOLVED
        return found
    if "fai" in window and (make := _FR_FAIT.match(window)) is not None:
        found.verb = True
        rest = _tokens(window[make.end():])
        pronoun = make.group(1)  # (« … », fait-il valoir)
        found.speaker = _Speaker(pronoun, pronoun="m" if pronoun == "il" else "f") \
            if pronoun else _object(rest) or _UNRESOLVED
        return found
    separable = _DE_SEPARABLE.match(window) if window[:3].strip(", ")[:1].islower() else None
    if separable is not None:
        # „…“, rechnet Heinz vor. / „…“, räumt die Ministerin ein: a German verb whose
        # particle ends the clause, with its subject between them.
        found.verb = True
        found.speaker = _describe(separable.group(1).split())
        return found
    fast = _compiled(_AFTER_FAST_PATTERN).match(window)
    if fast:
        # The commonest forms, in one step: “…,” he said. / said Helen Marsh, / — сказал он.
        verb = fast.group("v1") or fast.group("v2")
        who = (fast.group("w1") or fast.group("w2")).split()
        if verb in _SPEECH_VERBS and who[0].lower() not in _NOT_NAMES_FAST and \
                who[-1].lower() not in _ABBREV and not _is_title(who[-1]):
            found.verb = True
            found.speaker = _describe(who)
            return found
    pronoun = _AFTER_PRONOUN.match(window) if not sentence_final else None
    if pronoun and pronoun.group(2) in _SPEECH_VERBS:
        # “…,” he told reporters on Monday: a pronoun and its verb open the words after it.
        # (What the closer look below finds for them, in one step.)
        found.verb = True
        found.speaker = _Speaker(pronoun.group(1), pronoun=_PRONOUNS[pronoun.group(1).lower()])
        return found
    if "—" in window[:3] and (verb := _ru_dash_verb(window)) is not None and (
            who := _ru_subject_after(verb[1], window[verb[0].end():])) is not None:
        # «…», — иронизирует одна из читательниц: after a Russian quotation, a comma and a
        # dash bring in the author's words; the verb there says how it was said, whatever
        # it is, and its subject follows it.
        found.verb = True
        found.speaker = who
        return found
    if sentence_final and not _has_cue(window[:48]):
        return found  # a new sentence: only a short “He said.” form could attribute it
    # Only the sentence right after the quotation is read, so a cue word must be in it
    # (words further on would be cut away before the closer look anyway).
    stop = _first_stop(window)
    if stop >= 0:
        window = window[:stop]
    if not _has_cue(window) and "-il" not in window and "-elle" not in window:
        return found
    tokens = _tokens(window)
    while tokens and not tokens[0][0].isalnum():
        tokens = tokens[1:]
    if not tokens or sentence_final and len(tokens) <= 6 and not _NEGATIONS.isdisjoint(
            t.lower() for t in tokens):
        return found  # ("„…“ Er hat nicht geantwortet.", "He never answered.": no one said it)
    words = 0
    appositive_open = -1
    # (The most words the subject may be, as the first token decides it, and with a comma
    # before the word: known once, and whether a comma came is noted as the loop passes it.)
    most = 12 if tokens[0] in _DE_AUX else 8
    most_after_comma = 14 if tokens[0].lower() not in _LEADING else most
    comma = False
    for k, t in enumerate(tokens):
        if not t[0].isalnum():
            if t in _SENTENCE_END and _is_stop(tokens, k):
                break
            if t == ",":
                comma = True
                appositive_open = (k if appositive_open < 0 and 0 < k <= 4
                                   and tokens[0][0].isupper() else -1)
            continue
        # Words of an appositive ("Daan Struyven, the bank’s head of research, wrote") do
        # not count against the subject's length, up to a bound.
        words += 1 if appositive_open < 0 else 0
        if words > (most_after_comma if comma else most) or k > 24:
            break  # (longer when a comma ends the quoted clause's rest: "“…” to hold up on
            # their ICC plans, Indyk said"; not a new clause: "“…” as prices fell, X reported";
            # and up to a German participle: "hatte Finanzvorständin Kerstin Adamek noch vor
            # zwei Wochen gesagt")
        if t not in _AFTER_WORDS and k and "’" not in t and "'" not in t and \
                t.lower() not in _AFTER_LOWER and not (k == 1 and "-" in t):
            continue  # most words: none of the rules below can apply (checked at once)
        low = t.lower()
        inversion = _INVERSION.fullmatch(_verb(low)) if (
            k == 0 or k == 1 and tokens[0] in ("se", "s’", "s'")) and "-" in low else None
        if inversion:
            found.verb = True
            gender = {"il": "m", "elle": "f", "ils": "p", "elles": "p"}[inversion.group(2)]
            found.speaker = _Speaker(inversion.group(2), pronoun=gender)
            return found
        verb = _verb(t)
        if verb in _BACK_VERBS and k + 1 < len(tokens) and tokens[k + 1] == "back":
            verb = "replied"  # "shot back", "fired back", "hit back"
        elif verb == "put" and tokens[k + 1:k + 2] == ["it"] and tokens[0].lower() == "as" \
                and k > 1:
            found.verb = True  # "“…,” as Hill put it"
            found.speaker = _describe(tokens[1:k])
            return found
        if verb in _SPEECH_VERBS and k and tokens[k - 1] in _FR_NOUN_BEFORE:
            continue  # "une hausse de la demande": a noun after its article, not a verb
        if verb in _SPEECH_VERBS or verb == "so" and k == 0 and tokens[1:2] and (
                tokens[1][0].isupper() or tokens[1] in _DE_ARTICLES  # („…“, so Müller)
        ) or verb in ("read", "reads") and \
                0 < k <= 3 and (tokens[0].lower() in _DETERMINERS or k == 1 and tokens[0] == "it"
                                ):  # “…,” the statement read. / “…,” it read.
            head = [x for x in tokens[:k] if x[0].isalnum()]
            if head and head[-1].lower() in _FR_PASSIVE_BE:
                return found  # "« … » Tout est dit.", "C’est écrit.": a passive, no one speaks
            if (verb in _DE_PARTICIPLES or verb in _DE_INFINITIVES) and head[:1] and \
                    head[0] in _DE_AUX:
                found.verb = True  # „…“, hatte der Vereinsvorstand intern festgehalten. / wird
                # der Fahrer später vor Gericht sagen.
                found.speaker = _de_aux_subject(tokens, k)
                return found
            if not head or all(x.lower() in _AUX or x == "se" or x.lower() in _FR_TO_WHOM
                               for x in head):
                # “…” – dodał. / «…», — добавил.: no subject at all, the one before speaks.
                # (« … », se désole Paul Girard: a reflexive verb, its subject after it.)
                rest = tokens[k + 1:]
                if rest[:1] == ["sich"]:
                    rest = rest[1:]  # „…“, ärgerte sich Krenz: a German reflexive verb
                if rest[:1] == [","] and "," in rest[1:8]:
                    rest = rest[rest.index(",", 1) + 1:]  # "résumait, la voix cassée, le …"
                speaker = _object(rest) or _UNRESOLVED
            else:
                # "… the Russian president said": the subject must look like one, not
                # like the rest of a sentence ("… and urged the union to …").
                first = head[0].lower()
                if not sentence_final and "," in tokens[:k] and (
                        last := _last_clause_name(tokens[:k])) is not None:
                    # "“…” while they were in power, Azzouz said.", "“…” to hold up on their
                    # plans, Indyk said.": the quoted clause goes on, then its attribution.
                    found.verb = True
                    found.speaker = last
                    return found
                if first in _DETERMINERS and any(x in ("that", "which") for x in head[2:]) \
                        and sum(1 for x in _clause(tokens[k + 1:]) if x[0].isalnum()) >= 2:
                    # "“…,” a delay that officials said they were investigating": the verb
                    # has a clause of its own; the quotation is not what they said.
                    return found
                if first in _LEADING or head[-1].lower() in _CONJUNCTIONS:
                    # “…,” while Roeska warned that …: a new clause; "said the president
                    # “strongly supports” the bill and urged": the verb goes on a clause
                    # whose subject is before the quotation.
                    return found
                if tokens[k - 1] == "," and len(head) <= 3 and k + 1 < len(tokens) and (
                        tokens[k + 1].lower() in _SUBJECT_PRONOUNS
                        or tokens[k + 1][0].isupper() or tokens[k + 1] in _DE_ARTICLES
                ) and all(x[0].islower() for x in head):
                    # "Voltaris sei „…“ gewesen, sagte er", "Die Anlage sei „…“ gewartet
                    # worden, erklärte ein Sprecher": the end of the quoted clause, then the
                    # verb and its subject.
                    found.verb = True
                    found.speaker = _object(tokens[k + 1:])
                    return found
                if not (head[0][0].isupper() or first in _PRONOUNS or first in _DETERMINERS
                        or first in _PLURAL_PRONOUNS or _is_title(first) or first in _ROLES
                        or any(x[0].isupper() for x in head[1:])
                        or len(head) == 1 and first in _BARE_SUBJECTS):
                    return found
                if sentence_final and head[0][0].isupper() and (
                    len(head) > 3 or "," in tokens[:k]
                    or sum(1 for x in _clause(tokens[k + 1:]) if x[0].isalnum()) > 4
                    and not (all(x[0].isupper() for x in head)
                             and (any(x in _WHEN_CLAUSE for x in tokens[k + 1:k + 4])
                                  or tokens[k + 1] in _PREPOSITIONS
                                  and "that" not in tokens[k + 1:k + 12]))
                ):  # (a lower-case word after “…?” goes on the sentence: “…?” one man shouted;
                    # "“…?” Mendoza asked the council, holding …" and "“…?” Caudevilla told
                    # me when I visited …" are its attribution)
                    return found  # “…” He said the team … : a new sentence, not attribution
                if not _THAT.isdisjoint(tokens[:k]):
                    return found  # "“…” in summer, and that Northgate has agreed to pay": a
                    # second clause of the words reported, whose subject says nothing
                speaker = _subject(tokens[:k])
                if speaker is not None and speaker.name and " " not in speaker.text and \
                        "А" <= speaker.text[:1] <= "Я" and _ru_never_nominative(speaker.text):
                    return found  # "в «Последней жертве» Островского, вспоминает": whose
                    # play, in the genitive, is no subject; the sentence's is before the marks
                if (speaker is None or not speaker.name and not speaker.pronoun) and \
                        tokens[k - 1] == "," and k + 1 < len(tokens) and (
                            tokens[k + 1].lower() in _DETERMINERS or tokens[k + 1][0].isupper()):
                    # "„…“ an mehreren Stellen festgestellt worden, teilte die Autobahn GmbH
                    # mit": the rest of the quoted sentence, then the verb and its subject.
                    speaker = _object(tokens[k + 1:]) or speaker
            found.verb = True
            found.speaker = speaker
            return found
        if low == "according" and k + 1 < len(tokens) and tokens[k + 1].lower() == "to":
            found.verb = True
            found.speaker = _object(tokens[k + 2:])
            return found
        if low in _ACCORDING:
            found.verb = True
            found.speaker = _object(tokens[k + 1:])
            return found
        if verb in _CONTINUING and k <= 1:
            found.verb = True
            found.speaker = _UNRESOLVED
            return found
    return found


# ---------------------------------------------------------------------------------------
# People: who a pronoun refers to.

# A run of capitalized words; a period only after an abbreviation of up to three letters (Dr.,
# St., M.), so that a run never crosses the end of a sentence ("Regierung. Man").
_CAPRUN_PATTERN = (
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ](?:[a-zа-я]{0,2}\.(?=\s)|[\w’'\-]*)"
    r"(?:[ \u00a0](?:(?:de|van|von|der|bin|al|da|di|du|del|ibn) |[“\"‘][A-Z][\w’'\-]*[”\"’] )?"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ](?:[a-zа-я]{0,2}\.(?=\s)|[\w’'\-]*))*"
)  # (with a nickname in marks inside: Teodora “Teddy” Marsh)
_NICKNAME_MARKS = frozenset("“\"‘")  # (the marks that open a nickname in a run)
# A name after one of these is a place or an institution ("a neurologist at Johns Hopkins").
_PLACE_PREPS = _words("at in on from of near для в из на у bei aus im à au aux outside inside "
                      "across along into onto toward towards beyond behind vom beim zum zur am "
                      "around")
_PLACE_PREP_OR_OF = _PLACE_PREPS | _OF
# French words before "a" the verb ("il y a", "elle a"), not the English article.
_FR_BEFORE_A = _words("y il elle on qui ça cela")
# Nouns for works and things that a name follows ("the programme Talking Proper", "the
# ship Morning Star"), and the words of going somewhere before "to" and a place.
_THING_NOUNS = _words("programme program show series podcast album book novel memoir film "
                      "movie documentary newspaper magazine column song play opera musical "
                      "ship boat vessel yacht ferry horse dog cat breed brand app website "
                      "blog channel exhibition café cafe restaurant pub bar hotel shop store "
                      # (French buildings and streets named after someone: "au lycée
                      # Savina de Tréguier", "rue Victor Hugo")
                      "lycée collège école hôpital clinique rue avenue boulevard place quai "
                      "impasse allée gare stade église salle théâtre musée médiathèque")
_MOTION_WORDS = _words("back way moved returned went came drove flew travelled traveled "
                       "headed trip journey road route sailed walked")
_INDEFINITE_ARTICLES = _words("a an un une ein eine")
# Where someone described is, before a place's name ("a farmer outside Casa Grande").
# Prepositions of time: a capitalized run after one is an event, not whom a description
# names ("ein älterer Herr auf der Tribüne während Brenningers Rede").
_WHEN_PREPS = _words("während wegen trotz seit during pendant après avant depuis")
_LIVES_PREPS = _words("from aus on in at near outside inside across along beyond behind "
                      "above below around")
# A name after one of these is a medium or the one told ("sur France Inter", "told Reuters").
_MEDIA_PREPS = _words("the sur auf über told")


# Case endings of Russian surnames (genitive, dative, instrumental, prepositional).
_PATRONYMIC = ("ович", "евич", "ич", "овна", "евна", "ична", "инична")
_RU_CASE_ENDINGS = ("ым", "ом", "ой", "ою", "ую", "у", "а", "е")
_RU_GENITIVE = ("а", "я", "ов", "ев", "ии", "ей", "ства", "ции")
_RU_CASE_LAST = frozenset(e[-1] for e in _RU_CASE_ENDINGS)


def _ru_case_stems(word: str) -> list[str]:
    """What is left of a Russian surname of five letters or more once each case ending it
    has is taken off ("Лосеву": Лосев; "Ивановой": Иванов), in the order of the endings."""
    return [word[:-len(e)] for e in _RU_CASE_ENDINGS if word.endswith(e)] if len(word) >= 5 \
        else []


@dataclass(slots=True)
class _Person:
    name: str
    gender: str = ""
    titles: set[str] = field(default_factory=set)  # "president" for "President Vladimir Putin"


# Months that are given names too, and what stands before a month as a date ("in June",
# "since May", "2 April").
_GIVEN_MONTHS = frozenset({"April", "May", "June"})
_WHEN_BEFORE = re.compile(r"(?:\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Oo]f|[Ll]ast|"
                          r"[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|[Tt]his|[Tt]o|[Tt]hrough|[Bb]efore|"
                          r"[Aa]fter)|\d)[\s-]$")


def _in_word(char: str) -> bool:
    """Whether a character (or "", past either end) would be part of a word next to it."""
    return char.isalnum() or char != "" and char in "’'-"


class _People:
    """People learned so far, by every word of their name, and who was last named."""

    def __init__(self, headings: set[int] | frozenset[int] = frozenset()) -> None:
        self.headings = headings  # blocks whose names no pronoun means ("Hundert Jahre …")
        self.by_word: dict[str, _Person] = {}
        # The first person learned under a full name with each given name ("Ruth" said
        # after "Ruth Haverkamp"), looked up for a given name alone.
        self.by_given: dict[str, _Person] = {}
        self.last: _Person | None = None
        # The last man and woman learned, and the block being read when they were.
        self.last_of: dict[str, tuple[_Person, int]] = {}
        self.block = 0
        self.parsed: dict[str, tuple[list[tuple[str, bool]], list[str], bool,
                                     tuple[list[str], str] | None, bool]] = {}
        self.runs: dict[int, list[tuple[int, str]]] = {}  # capitalized runs of each block
        self.aged: set[str] = set()  # one-word runs followed by an age: "Martinelli, 23,"
        self.genders: dict[str, str] = {}  # runs the words around show a gender of
        self.roles: dict[str, str] = {}  # full names with a title next to them
        # What _last_look made of a speaker found in a block, by (speaker, block), and
        # whether the one being read looked up a known name (that answer is not kept).
        self.looks: dict[tuple[str, int], str | None] = {}
        self.by_word_read = False
        self.named: dict[int, tuple[_Person, int]] = {}  # mentions of each person, by id
        self.named_upto = 0  # paragraphs counted in ``named``
        # Where a generational suffix follows a word, by that word: (block, end of the
        # word, suffix), read once over the whole text.
        self.suffixed: dict[str, list[tuple[int, int, str]]] | None = None
        self.whole = ""  # the whole text, joined at the first word looked up in it
        self.in_lower: dict[str, bool] = {}  # the words looked up, and the answers

    def in_lower_case(self, word: str, texts: list[str]) -> bool:
        """Whether the article writes this word in lower case somewhere ("Water is what
        she worries about" after "clean water"): a common word, no surname."""
        known = self.in_lower.get(word)
        if known is None:
            if not self.whole:
                self.whole = "\n".join(texts)
            whole, lower = self.whole, word.lower()
            at = whole.find(lower) if lower != word else -1
            while at >= 0 and (_in_word(whole[at - 1:at]) or
                               _in_word(whole[at + len(lower):at + len(lower) + 1])):
                at = whole.find(lower, at + 1)  # (a part of a longer word: not this one)
            known = self.in_lower[word] = at >= 0
        return known

    def generation(self, name: str, texts: list[str]) -> str:
        """The generational suffix the article writes after this full name ("Jr.",
        "Sr."), or "" (the name was learned without it)."""
        if self.suffixed is None:
            self.suffixed = {}
            # (Most articles have none: two searches of the whole text are enough. "III" is
            # rare after a name in the news, and " II" is common elsewhere: World War II.)
            whole = "\n".join(texts)
            for b, text in enumerate(texts if " Jr" in whole or " Sr" in whole else ()):
                if " Jr" in text or " Sr" in text:
                    for m in _GENERATION.finditer(text):
                        word = text[text.rfind(" ", 0, m.start()) + 1:m.start()]
                        self.suffixed.setdefault(word, []).append((b, m.start(), m.group(1)))
        for b, end, suffix in self.suffixed.get(name.rsplit(None, 1)[-1], ()) \
                if self.suffixed and " " in name else ():
            if texts[b].endswith(name, 0, end):
                return suffix
        return ""

    def runs_of(self, block: int, texts: list[str], spans_in: list[list[tuple[int, int]]]
                ) -> list[tuple[int, str]]:
        """The capitalized runs of one block (see _candidates), read once; none in a
        heading."""
        runs = self.runs.get(block)
        if runs is None:
            runs = self.runs[block] = _candidates(texts[block], spans_in[block], self) \
                if block not in self.headings else []
        return runs

    def topic(self, gender: str, texts: list[str], spans_in: list[list[tuple[int, int]]],
              block: int) -> _Person | None:
        """The person the article is about: the one named most often in the paragraphs
        before this one, outside quotations (twice at least, and more than anyone else), when
        a pronoun of this gender can mean them. Each paragraph is read once."""
        last = self.last  # (counting learns names: who was named last stays as it was)
        while self.named_upto < block:
            b = self.named_upto
            candidates = self.runs_of(b, texts, spans_in)
            text = texts[b]
            starts = [(m.start(1), m.group(1)) for m in _PRONOUN_START.finditer(text)] \
                if "He " in text or "She " in text or "Il " in text or "Elle " in text \
                or "Er " in text else []
            k = 0
            recent: _Person | None = None
            for at, run in candidates:
                while k < len(starts) and starts[k][0] < at:
                    if recent is not None and not recent.gender:
                        # "Ruth Okafor-Lind lowered herself …. She is seventy-one": the
                        # pronoun opening the next sentence tells her gender.
                        recent.gender = _PRONOUNS[starts[k][1].lower()]
                    k += 1
                person = self.mention(run) if run else None
                if person is not None:
                    recent = person
                    self.named[id(person)] = (person, self.named.get(id(person), (person, 0))[1]
                                              + 1)
            if k < len(starts) and recent is not None and not recent.gender:
                recent.gender = _PRONOUNS[starts[k][1].lower()]
            self.named_upto += 1
        self.last = last
        best: _Person | None = None
        top = second = 0
        for person, count in self.named.values():
            if count > top:
                best, top, second = person, count, top
            elif count > second:
                second = count
        if best is None or top < 2 or top <= second or best.gender != gender:
            return None  # (the gender must be known: the article has shown it)
        return best

    def learn(self, name: str, gender: str = "") -> _Person:
        words = name.split()
        person = self.by_word.get(name) or self.by_word.get(words[-1])
        gender = gender or _given_name_gender(words)
        if person is not None and (_other_first_name(words, person) or len(words) > 1 and (
                gender and person.gender and gender != person.gender)):
            # "Fiona Parry" after "Eloise Parry", "Marcus Ortiz" after "Ortiz" was known as
            # a woman: two people, one surname
            person = None
        if person is None:
            person = _Person(name, gender)
        elif gender and not person.gender:
            person.gender = gender
        self.by_word[name] = person
        if len(words) > 1 and words[1] not in _COUPLE_JOINS:  # (not "Monique" for "Monique et
            self.by_given.setdefault(words[0], person)  # Alain Ferrand": one of the two)
        if len(words) > 1 and (
                (held := self.by_word.get(words[-1])) is None or held is person
                or " " not in held.name):
            # (A surname alone stays with the first one named in full: "Carola Wendt … Die
            # Mutter, Ilse Wendt, … sagt Wendt" is the daughter again; the article names
            # the one it brings in later by her first name.)
            self.by_word[words[-1]] = person
        self.last = person
        if person.gender:
            self.last_of[person.gender] = (person, self.block)
        return person

    def _inflected(self, word: str) -> _Person | None:
        """A known person a Russian surname in another case names ("Лосева", "Лосеву",
        "Лосевым" for Лосев; "Ивановой" for Иванова)."""
        for stem in _ru_case_stems(word):
            person = self.by_word.get(stem) or self.by_word.get(stem + "а")
            if person is not None and " " in person.name:
                return person
        return None

    def mention(self, run: str) -> _Person | None:
        """The person a run of capitalized words names, learning new names on the way."""
        parsed = self.parsed.get(run)
        if parsed is None:
            words = run.replace(".", ". ").split()
            if len(words) > 2 and words[0].lower() in _OPENING_VERBS or len(words) > 1 and \
                    words[0].lower() in _SALUTATIONS or len(words) > 1 and \
                    words[0].endswith(("ть", "ться", "ти", "тись")) and \
                    _morphology().parse(words[0])[0].tag.POS == "INFN":
                words = words[1:]  # "Enter Stuart R. Kaplan", "Had All For One", "Расширяться
                # Лаврентьева не торопится": not names; "Dear June," whom a letter is to
            if (owned := next((k for k, w in enumerate(words[:-1], 1)
                               if w.endswith(_RU_PATRONYMIC_OBLIQUE)), 0)):
                words = words[owned:]  # "Внук Антонины Ивановны Артём": whose grandson, then
                # his name
            stripped = [_strip_possessive(w.rstrip(".")) for w in words]
            found = _name_run([w if k < len(words) - 1 and len(w) == 2 and w[1] == "."
                               else w.rstrip(".") for k, w in enumerate(words)])
            # (initials keep their periods: "William G. Gale", "J. K. Rowling")
            has_title = any(_is_title(w) and ("-" not in w or _titled_compound(w) or
                                              found is not None and len(found[0]) > 1)
                            for w in stripped[:-1])
            # (with the words from the last, each with whether a Russian case ending may
            # hide a known surname in it: a run is looked up again at each pronoun; and
            # whether it is one word, untitled and not Cyrillic, learned as a name only when
            # an age follows it, so that the many lookups of a surname not known yet
            # answer at once)
            parsed = ([(w, w[-1:] in _RU_CASE_LAST) for w in reversed(stripped)], stripped,
                      has_title, found, found is not None and not has_title
                      and len(found[0]) == 1 and not "А" <= found[0][0][:1] <= "Я"
                      and not _given_alone(found[0][0]) and found[0][0] not in _KIN_NAMES)
            self.parsed[run] = parsed
        backwards, stripped, has_title, found, lone = parsed
        if len(stripped) == 2 and stripped[0].endswith("s") and stripped[1][:1].isupper() and \
                (owner := self.by_word.get(stripped[0][:-1])) is not None and \
                " " in owner.name and not _first_name_sex(stripped[1]):
            return None  # "Brenners Unterstützer" after "Julia Brenner": hers (a German
            # genitive), no one's name
        for w, inflected in backwards:
            person = self.by_word.get(w)
            if person is None and inflected:
                person = self._inflected(w)
            if person is not None:
                if run in self.roles:
                    person.titles.add(self.roles[run])
                if found is not None and len(found[0]) >= 2 and w == found[0][-1] and (
                        " " in person.name and not person.name.startswith(found[0][0] + " ")
                        or person.gender and _given_name_gender(found[0]) not in (
                            "", person.gender)):
                    break  # the same surname, another first name (or sex): someone else
                if not person.gender:  # (or as "Ms. Whitcomb" tells it)
                    person.gender = self.genders.get(run, "") or (found[1] if found else "")
                return person
        if found is None:
            return None
        name, gender = found
        if len(name) == 1 and (known := self.by_given.get(name[0])) is not None and (
                not lone or name[0] in self.aged or len(parts := known.name.split()) == 2
                and parts[1].lower() not in _ORG_WORDS):
            if not known.gender:
                known.gender = self.genders.get(run, "")
            return known  # "Ruth said" after "Ruth Haverkamp": the given name of someone known
            # (also one the lists do not know, "Hawa reçoit" after "Hawa Abdelkarim"; but
            # not "Redmoor" after "Redmoor United")
        if lone and run not in self.aged:
            return None
        gender = gender or self.genders.get(run, "") or _KIN_NAMES.get(name[0], "")
        if has_title and name[-1].lower() not in _ORG_WORDS:  # (not "dem Manager Magazin")
            person = self.learn(_join(name), gender)
            person.titles.update(w.lower() for w in stripped[:-len(name)] if _is_title(w))
        elif (len(name) >= 2 or run in self.aged or len(name) == 1 and "А" <= name[0][:1] <= "Я"
              and "Name" in _morphology().parse(name[0])[0].tag or len(stripped) == 1
              and (_given_alone(name[0]) or name[0] in _KIN_NAMES)) \
                and (name[0].lower() not in _NOT_NAMES or name[0] in _GIVEN_MONTHS
                     and len(name) == 2) and name[-1].lower() not in _NOT_NAMES \
                and name[0].lower() not in _ARTICLES_ONLY \
                and name[-1].lower() not in _ORG_WORDS and len(name) <= 4 \
                and not any(w.lower() in _ORG_WORDS for w in name) \
                and not (len(name) >= 3 and name[1] in ("von", "vom")
                         and not _first_name_sex(name[0])):
            person = self.learn(_join(name), gender)
        else:
            return None
        if run in self.roles:
            person.titles.add(self.roles[run])  # "le maire, Gérard Lemoine"
        return person


# What a family calls its own, written as a name ("Dad kept it under the bed. … he said"),
# with the sex it tells.
_KIN_NAMES = {**dict.fromkeys(_words("Dad Daddy Papa Pa Grandad Granddad Grandpa Opa Vati "
                                     "Papi Pépé Papy Papou"), "m"),
              **dict.fromkeys(_words("Mum Mom Mam Mummy Mommy Mama Ma Nan Nana Gran Granny "
                                     "Grandma Oma Mutti Maman Mamie Mémé"), "f")}


# Given names that name one sex in the languages these articles are written in, so that
# "he said" does not go to "Marisol Achebe" because she was named last. Names used for both
# (Jordan, Alex, Kim, Dominique, Camille, Jean, Andrea, Simone, Jan, Kai) are left out; a
# hyphenated name goes by its first part (Jean-Pierre, Marie-Claire, Anne-Laure).
_FEMALE_NAMES = _words("""
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Sara Karen Lisa Nancy Betty
Margaret Sandra Kimberly Emily Donna Michelle Carol Carole Amanda Dorothy Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Anna Brenda Pamela Emma
Nicole Helen Samantha Katherine Catherine Christine Debra Rachel Carolyn Janet Maria Heather
Diane Ruth Julie Olivia Joyce Virginia Victoria Lauren Christina Evelyn Judith Megan Cheryl
Hannah Jacqueline Martha Gloria Teresa Theresa Ann Anne Madison Frances Kathryn Janice Abigail
Alice Judy Sophia Sophie Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Diana
Natalie Brittany Charlotte Marie Kayla Lori Jenna Janelle Marisol Priya Aisha Fatima Leila
Layla Yasmin Amira Zainab Chloe Ella Lily Ava Mia Zoe Ruby Isla Freya Poppy Lucy Eleanor Renee Renée
Harriet Imogen Georgia Holly Bethany Kirsty Siobhan Aoife Niamh Ciara Sinead Orla Roisin Maeve
Fiona Morag Eilidh Catriona Shona Gemma Leanne Joanne Julia Gillian Jill Maureen Sheila
Bridget Colleen Kathy Kate Katie Katrina Nadia Natasha Tanya Vanessa Veronica Valerie Wendy
Yvonne Agnes Beatrice Bernadette Camilla Caroline Clara Claire Claudia Daphne Delia Dolores
Edith Eileen Elaine Eloise Emilia Erin Esther Eva Faith Felicity Florence Gail Geraldine
Gwen Hazel Irene Iris Isabel Isabelle Ivy Jane Janine Jasmine Jocelyn Josephine Joy Juliet
Karina Keisha Kristen Kristin Leah Lena Lillian Lorraine Louise Lucia Lydia Madeline Mandy
Marcia Margot Marianne Marina Marjorie Marlene Maxine Melanie Meredith Miriam Molly Monica
Nina Nora Norma Olga Paula Pauline Penelope Peggy Phoebe Priscilla Rita Roberta Rosa Rosemary
Rose Roxanne Sabrina Sally Sonia Sonya Stella Susanna Suzanne Sylvia Tamara Tessa Tiffany
Ursula Vera Vivian Yolanda Ingrid Greta Astrid Sigrid Annika Birgit Brigitte Gudrun Heike Ilse
Inge Jutta Karin Katrin Kerstin Renate Sabine Silke Susanne Ulrike Petra Monika Martina
Manuela Stefanie Tanja Anja Antje Elke Hannelore Ines Irmgard Gisela Christa Dagmar Franziska
Friederike Helga Heidi Hildegard Lea Leonie Luisa Marlies Nadine Regina Rosemarie Verena
Wiebke Bettina Carola Cornelia Elisabeth Gertrud Johanna Magdalena Margarete Svenja Sybille
Waltraud Seraina Hanna Frieda Nathalie Sylvie Françoise Valérie Sandrine Véronique Stéphanie
Céline Chantal Martine Monique Annie Hélène Virginie Delphine Aurélie Émilie Mathilde Manon Léa
Chloé Inès Jeanne Élodie Margaux Laure Agnès Anaïs Béatrice Cécile Colette Corinne Fabienne
Geneviève Ginette Josiane Joëlle Karine Laetitia Lætitia Lucie Magali Marine Maryse Michèle
Micheline Muriel Nadège Odile Odette Pascale Régine Séverine Solène Thérèse Yvette Mélanie
Emmanuelle Gaëlle Maëlle Nolwenn Mireille Ségolène Clémence Océane Justine Élise Eloïse
Amandine Noémie Clarisse Coralie Leïla Karima Malika Yasmina Carmen Lucía Pilar Rosario Ana
Marta Elena Paola Francesca Giulia Chiara Alessandra Federica Valentina Giovanna Beatriz
Gabriela Fernanda Adriana Alejandra Daniela Mariana Guadalupe Sofía Sofia Valeria Camila
Juliana Svetlana Tatiana Tatyana Natalia Irina Yulia Ekaterina Anastasia Ludmila Lyudmila
Galina Larisa Oksana Nadezhda
Agneta Agnieszka Ailsa Almut Amina Angelika Anjali Anke Annegret Anneli Annelies Annett Annette
Annick Anouk Apolline Armelle Audrey Aylin Ayşe Birgitta Blandine Britta Bronwen Bérengère
Capucine Carina Cerys Christel Clotilde Corinna Debbie Deepa Derya Domitille Doreen Dörte
Edeltraud Edna Elfriede Elif Elodie Emilie Emine Erika Ethel Ewa Fatma Femke Fenja Frauke
Gabriele Georgina Gerlinde Germaine Gesine Ghislaine Gladys Gwenaëlle Gwendolyn Gwenola Hedwig
Henriette Hiltrud Huguette Héloïse Ida Imke Ingeborg Inmaculada Insa Jana Jasmin Jeannine Joan
Joanna Josette Jule Juliette Kari Katarzyna Katell Katharina Kathrin Katja Khadija Kirsten
Laurence Leyla Liliane Lina Liv Loretta Lotte Lucienne Luise Mabel Madeleine Maike Marcelle
Maren Margit Marguerite Mariam Marieke Marion Maryvonne Mathilda Maud Małgorzata Meike Merle
Merve Mette Mildred Montserrat Morgane Nele Nicola Noreen Nour Núria Okka Ophélie Paulette
Pernille Philippa Pia Pierrette Ramona Raphaëlle Renata Rhiannon Rocío Rosalind Roswitha Rozenn
Róisín Samira Sanne Saoirse Saskia Selin Shelley Silvia Sinéad Soizic Solange Solveig Sonja
Stacey Sunita Swantje Tabea Talea Tracey Tracy Ulla Uta Ute Veronika Winifred Zeynep Zoé
Abby Addison Adele Adelheid Adrienne Adèle Agata Agatha Aileen Aimee Ainhoa Alessia Alexandra
Alexia Alicia Aline Alison Allison Alyssa Amelia Amelie Amélie Andreia Androula Angelica
Angelina Angèle Angélique Anita Annabel Annabelle Anne-Marie Anne-Sophie Anneliese Antonia
Arabella Ariane Arlette Aude Avery Axelle Beata Becky Belinda Benedetta Bernice Berta Bertha
Beth Bianca Blanche Bonnie Brianna Bénédicte Caitlin Candice Cara Carla Carly Carmel Carrie
Cassandra Catarina Caterina Cecilia Celeste Celia Charlene Charline Christiane Cindy Clare
Claudette Claudine Constance Cora Courtney Cristina Danièle Darlene Della Despina Dimitra Dina
Dolly Dora Dorota Dorothea Eleni Elisa Eliza Ellen Ellie Elsa Elsie Eléonore Emmi Erna
Esperanza Estelle Eugénie Eunice Evie Fanny Flavie Gabriella Gabrielle Gaia Gerda Gina Ginny
Giorgia Grażyna Grete Gretel Gwyneth Haley Halina Hanne Hattie Hayley Hedda Helene Henrietta
Henrike Herta Hertha Hilary Hortense Ilaria Imelda Ina Inês Ioanna Irena Irma Irène Isobel
Isolde Jadwiga Jeanette Jeanine Jemima Jenny Jocelyne Josefine Josée Juana Julianne Katerina
Kayleigh Klara Kristina Krystyna Käthe Lana Laëtitia Lene Leona Leonor Lesley Liesel Lieselotte
Lilli Lindsay Lindsey Lise Lisette Lois Lorena Lotta Lottie Louisa Lucette Lucile Lucinda
Ludivine Lynn Lynne Léonie Maggie Margarethe Marian Marsha Matilda Melinda Millie Minna Miranda
Moira Murielle Myra Myriam Mélissa Naomi Nell Nellie Nerea Noëlle Octavia Ottilie Patsy Perrine
Phyllis Polly Rachael Raquel Rebekah Robyn Rolande Rosalie Rosie Rosine Rowena Sadie Selina
Serena Shannon Sidonie Sienna Simona Susannah Sylviane Tammy Tania Tara Thea Tiphaine Trude
Trudy Valentine Vicky Viviane Wanda Wilhelmine Wilma Ximena Yasmine Zara Zofia Zoë Édith Éloïse
Éléonore
""")
_MALE_NAMES = _words("""
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy
Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott
Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron
Jose José Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian
Keith Roger Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Bryan Billy Joe Bruce Gabriel
Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason
Philip Louis Harry Oliver Hamish Angus Callum Ewan Fraser Rory Declan Cian Liam Conor Connor
Niall Seamus Padraig Eoin Oisin Darragh Ciaran Fergus Alistair Graham Gordon Malcolm Neil
Nigel Trevor Colin Derek Gavin Glenn Graeme Ian Iain Kieran Marcus Martin Max Mohammed
Muhammad Mohamed Ahmed Omar Hassan Hussein Ibrahim Khalid Mustafa Tariq Yusuf Rahul Rajesh
Sanjay Vikram Arjun Amit Ravi Suresh Tavon Dario Luis Carlos Miguel Jorge Javier Alejandro
Diego Pablo Fernando Ricardo Roberto Eduardo Francisco Antonio Manuel Pedro Rafael Sergio
Marco Giovanni Giuseppe Luca Matteo Alessandro Lorenzo Francesco Stefano Paolo Massimo Duane
Dwayne Darnell Tyrone Andre Malik Jamal Terrell Reggie Curtis Clarence Leonard Howard Stanley
Norman Leon Lewis Luke Mitchell Owen Rhys Dafydd Gareth Huw Reuben Toby Tom Tim Tony Nick
Rob Bob Jim Jimmy Jon Dan Dave Mike Matt Ben Bill Fred Greg Hank Joel Josh Ken Mick Phil Ray
Rick Ron Steve Stuart Ted Vince Will Zach Calvin Chad Clint Cody Craig Dean Dustin Earl Edwin
Elliot Elliott Floyd Franklin Garrett Glen Grant Herbert Hugh Isaac Ivan Jake Jared Jeff
Jerome Jonah Julian Karl Kurt Lance Leo Lloyd Lucas Mario Marvin Maurice Melvin Micah Milton
Nathaniel Neville Oscar Otis Percy Quentin Ramon Randall Rodney Ross Rufus Sebastian Seth
Shane Simon Spencer Theodore Travis Troy Tristan Victor Wade Warren Wesley Xavier Anton Boris
Dmitri Dmitry Igor Sergei Sergey Vladimir Alexei Alexey Andrei Mikhail Nikolai Pavel Yuri Oleg
Viktor Maxim Hans Jürgen Klaus Wolfgang Günter Günther Dieter Horst Helmut Manfred Uwe Werner
Gerhard Heinz Bernd Rolf Jörg Ralf Stefan Stephan Andreas Markus Matthias Tobias Florian
Jonas Lukas Felix Maximilian Moritz Niklas Philipp Dominik Fabian Benedikt Johannes Josef Franz
Friedrich Heinrich Hermann Hubert Jakob Lothar Ludwig Norbert Reinhard Reinhold Rüdiger
Siegfried Volker Wilhelm Detlef Dirk Holger Ingo Jens Lars Mathias Olaf Sven Thorsten Torsten
Ulrich Henrik Hendrik Ronny Georg Henning Jochen Joachim Achim Armin Axel Björn Carsten
Christoph Claus Eckhard Erich Ernst Erwin Gottfried Gunnar Hartmut Hannes Heiko Konrad
Nils Otto Rainer Roland Rudolf Steffen Timo Udo Ulf Valentin Bernhard Alois Gregor Leopold
Reto Urs Ueli Pierre Jacques Philippe Michel Alain Nicolas Christophe Éric Frédéric Laurent
Stéphane Pascal Olivier Thierry Sébastien Julien Bernard André François Gérard Jérôme Didier
Bruno Guillaume Antoine Hugo Théo Mathieu Matthieu Romain Benoît Benoit Yves Yannick Gilles
Hervé Serge Marc Luc René Marcel Henri Georges Guy Denis Fabrice Franck Lionel Ludovic Régis
Rémi Rémy Sylvain Thibault Thibaut Arnaud Baptiste Bastien Cédric Damien Grégory Jérémy Kévin
Loïc Mickaël Noé Raphaël Yann Youssef Karim Mehdi Rachid Samir Nabil Farid Hakim Mourad Djamel
Émile Gaston Gustave Lucien Marius Jules Léon Léo Mathis Enzo Tanguy Erwan Ronan Yvon Yvan
Ahmet Ali Anders Andri Anil Aurélien Barry Bartosz Bastian Berthold Bilal Bjørn Bram Brieuc
Burak Burkhard Cem Ciarán Cillian Clive Clément Corentin Cormac Cyril Darren Deepak Dermot
Desmond Diarmuid Duncan Eamon Egon Ekkehard Emile Emmanuel Emre Erik Etienne Euan Ewald
Ferdinand Fergal Finn Fintan Florent Francis Fridolin Fynn Gaëtan Gerd Ghislain Gian Goulven
Grégoire Gunther Gustav Gwenaël Hagen Hakan Hansueli Harald Helmuth Hippolyte Ignacio Iwan
Jakub Jannik Jean-Claude Jean-Luc Jean-Marc Jean-Michel Jean-Paul Jeroen Joost Joël
Jørgen Kemal Kilian Killian Knut Koen Korbinian Krzysztof Kuno Leif Lennart Lorenz Lutz Maarten
Mads Magnus Malte Marek Maxime Maël Mehmet Michał Mikko Mirko Murat Nico Nino Octave Oisín Ole
Olof Patrice Paweł Pieter Piotr Pádraig Quirin Ramesh Rashid Rasmus Raúl Reginald Robin Ruud
Sander Sascha Sepp Sieghard Stewart Sylvestre Séamus Sönke Søren Tadhg Terence Thijs Thilo Till
Timothée Tomasz Ulli Vernon Vinzenz Waldemar Wendelin Wilfred Wilfried Willem Willi Wojciech
Wouter Xaver Éamon Étienne
Abraham Achille Adalbert Adrian Adrien Adrián Alastair Alberto Albrecht Alec Alessio Alexandre
Alfie Alfons Alfonso Alfred Allan Alphonse Alvin Amaury Ambroise Ambrose Anatole Andrés Angelo
Anselme Antonello Archibald Archie Aristide Armand Arno Arnold Arsène Arturo Augustin Barnaby
Bartholomew Barthélemy Basil Benedict Benito Benno Bertie Bertram Bertrand Blaise Bodo Bradley
Brendan Brett Brice Byron Cameron Carlo Cecil Cedric Claudio Clifford Clyde Conrad Cristiano
Cyrille Dale Damian Damon Daniele Danny Dariusz Darrell Darryl Davide Davy Dexter Dietmar
Dietrich Dimitri Dimitris Domenico Dominic Donovan Doug Dudley Dwight Eberhard Edgar Edmond
Edmund Eduard Eli Elias Elmer Emanuele Emil Emilio Emmett Enrico Enrique Ernest Ernie Errol
Esteban Eugen Eugène Ezra Fabien Fabio Fabrizio Federico Felipe Fernand Fiete Filippo Firmin
Freddie Frederick Fritz Félix Gaspard Gauthier Geoffrey Geoffroy Gerold Gervais Giacomo
Gianluca Gianni Gilbert Gildas Giles Giorgio Giorgos Giulio Godfrey Gonzague Gonzalo Griffin
Grzegorz Guillermo Gustavo Hajo Hanno Harrison Harvey Hector Heino Heribert Hilaire Hilmar
Hinrich Honoré Horace Hubertus Hugues Humphrey Héctor Ignace Ignaz Isidore Jaime Janusz Jarvis
Jasper Jean-Baptiste Jean-François Jean-Jacques Jean-Louis Jean-Philippe Jean-Pierre Jean-Yves
Jed Jeremiah Jerzy Jesse Joaquín Johann Johnny Josselin Julio Julius Jérémie Józef Kaspar
Kazimierz Kenny Klemens Konstantinos Kostas Laurenz Lazare Leander Lennard Leonardo Leroy
Lilian Linus Louie Loïs Ludger Luigi Luther Léonard Marcello Marcelo Mariusz Martial Martín
Mateo Mateusz Mattia Mauricio Maurizio Maxence Maxwell Meinhard Merlin Michele Monty Mortimer
Médéric Ned Nicolás Niko Nikos Noel Odilon Oskar Oswald Pacôme Paulin Philibert Phillip Pietro
Quincy Rafał Raffaele Ramón Raoul Raphael Reiner Renaud Riccardo Ricky Roderick Rodolphe
Rodrigo Roman Rupert Ruprecht Ryszard Salvador Salvatore Sammy Samson Sandro Santiago Silas
Silvio Stanisław Stavros Sylvère Séraphin Tadeusz Tancrède Teddy Terrence Theo Theodor Thies
Théophile Todd Tommaso Tommy Tomás Umberto Valère Veit Vicente Victorien Vittorio Wallace
Wenzel Wigand Wilbur Willard Winston Wyatt Yannis Zbigniew Álvaro Édouard Óscar Łukasz
""")


# Given names of both sexes, left out of the lexicons above (a name before a given name is
# still a name: "Jean Paul Gaultier").
_EITHER_NAMES = _words("""
Jean Alex Kim Dominique Camille Andrea Simone Jan Kai Sam Chris Jordan Taylor Robin Sascha
Toni Maxime Claude Joan Lee Jamie Morgan Anders Pat Ashley Kelly Dale Terry Jesse Sasha
Dana Casey Riley Avery Quinn Jessie Leslie Charlie Frankie Drew Ariel Eden Yuki Hikaru Kaoru
Makoto
""")


def _given_name_gender(words: list[str]) -> str:
    """The sex a full name's first word tells ("m", "f"), or "" when it tells none (nor does
    a word alone, which may be a surname; but a Russian given name alone is one: Рустам)."""
    return _first_name_sex(words[0]) if len(words) >= 2 or words and \
        "А" <= words[0][:1] <= "Я" else ""


def _first_name_sex(first: str) -> str:
    """The sex a given name tells ("m", "f"), or "" when it tells none."""
    if first not in _FEMALE_NAMES and first not in _MALE_NAMES and "-" in first:
        first = first.split("-", 1)[0]
        if first == "Jean":
            return "m"  # (Jean-Pierre, Jean-Baptiste; Jean alone is a woman in English)
    return "f" if first in _FEMALE_NAMES else "m" if first in _MALE_NAMES else \
        _ru_first_name_sex(first) if "А" <= first[:1] <= "Я" else ""


@lru_cache(maxsize=4096)
def _ru_first_name_sex(first: str) -> str:
    """The sex a Russian given name tells, as the morphology's dictionary knows it (Ольга,
    Рустам), in the nominative only: "Марины" is a case of Марина, not a name of its own."""
    for parse in _morphology().parse(first):
        if "Name" in parse.tag.grammemes and parse.tag.case == "nomn" and \
                parse.tag.number == "sing":
            return {"masc": "m", "femn": "f"}.get(parse.tag.gender or "", "")
    return ""


def _given_alone(word: str) -> bool:
    """Whether a word alone is a given name the lists know, someone the article calls by it
    ("Bethan runs the chip shop. ‘…,’ she tells him"); not a hyphenated word, which is as
    often a place or a stadium ("Marcel-Deflandre") as a given name. (A Russian given name
    alone is read by its morphology, and was learned before this: "Наталья".)"""
    return "-" not in word and not "А" <= word[:1] <= "Я" and bool(_first_name_sex(word))


def _other_first_name(name: list[str], person: _Person) -> bool:
    """Whether a full name and a known person share the surname but not the first name."""
    known = person.name.split()
    return len(name) >= 2 and len(known) >= 2 and name[-1] == known[-1] and \
        name[0] != known[0]


_LOOKBACK_BLOCKS = 6
_LOOKBACK_CHARS = 3000
_LOOKBACK_RUNS = 40  # capitalized words looked at, at most, to find who a pronoun means


# ---------------------------------------------------------------------------------------
# Kinds

_FIRST_SECOND = _words("""
i we me us my our you your i’m we’re i'm we're i’ve we’ve i've we've you've i’d i'd
i’ll i'll we’ll we'll je nous nous vous notre mon ma
ich wir uns unser mein sie я мы нас наш мой вы
""")
_CJK_PATTERN = r"[\u3040-\u30ff\u3400-\u9fff]"
_JA_SENTENCE_LIKE = re.compile(r"(?:です|ます|ない|した|たい|だ|る|た)[。！？]?$")


_JA_KATAKANA_NAME = re.compile(r"[\u30a0-\u30ffー・＝]+")


# A reference in a list of sources, whose quotations are the titles of the works cited:
# Wikipedia's back-link caret opening it, or the date the source was read in each language
# ("Retrieved 17 February 2019", "Abgerufen am 3. März", "Consulté le", "Проверено",
# "2020年1月1日閲覧"), or a dated author before the marks ("Festa, Paul (May 6, 2003). “…”").
_CITATION = re.compile(r"^\^|\b(?:Retrieved|Accessed|Abgerufen am|Consulté le|Проверено) (?:on )?"
                       r"(?:\d|[A-Z][a-z]+ \d)|\d日閲覧")
_CITATION_WORDS = ("Retrieved", "Accessed", "Abgerufen", "Consulté", "Проверено", "閲覧")
_CITED_BEFORE = re.compile(r"\((?:[A-Z][a-z]+\.? )?(?:\d{1,2},? )?(?:[A-Z][a-z]+\.? )?\d{4}[a-z]?\)"
                           r"\.\s*$")

# German finite verbs that make a short quotation a sentence, not a title.
_DE_FINITE = _words("ist sind war waren hat haben hatte hatten wird werden kann können muss "
                    "müssen soll sollen darf gibt geht bin bist seid")


# A company's legal form, which a name in marks follows ("ООО «Северная дорожная компания»").
_LEGAL_FORMS = frozenset({"ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ГУП", "МУП", "ФГУП", "АНО",
                          "SA", "SAS", "SARL", "GmbH", "AG", "KG"})
# A French infinitive opening a quotation ("reporter", "ne pas sous-estimer", "s’attaquer").
_FR_INFINITIVE = re.compile(r"\s*(?:ne (?:pas|plus|jamais) |se |s’|s')?"
                            r"[^\W\d_’']+(?:-[^\W\d_’']+)?(?:er|ir|re|oir)\b")


def _someone(speaker: _Speaker | None) -> bool:
    """Whether a speaker is one person: a name, "he" or "she", or a noun for a person
    ("his mother", "the officer")."""
    return speaker is not None and (
        speaker.name or speaker.pronoun in ("m", "f") or bool(speaker.text)
        and ((head := speaker.text.rsplit(None, 1)[-1].lower()) in _PERSON_NOUNS
        or head in _ROLES or _is_title(head)))


def _kind(text: str, found: _Found, mark: str, after_speech: bool = False,
          after_noun: bool = False, comma_after: bool = False, alone: bool = False) -> str:
    words = _words_of(text)
    # Each word lower-cased, in one call (no word holds a space).
    lowered = " ".join(words).lower().split(" ")
    cjk = len(_compiled(_CJK_PATTERN).findall(text)) if mark in "「『" else 0
    count = len(words) + cjk // 2
    stripped = text.rstrip(" ”’»«\"'\u00a0\u202f")
    ends = stripped[-1:] in (".", "!", "?", "…", "。", "！", "？") or alone and bool(stripped)
    score = 1 if alone else 0  # (a sentence of its own in marks: said or written)
    voice = not _FIRST_SECOND.isdisjoint(lowered)
    if found.verb:
        score += 3
    if found.naming:
        # What someone is called in seven words or fewer is a name for it, unless a voice
        # speaks in it ("the hardest-working player I’ve ever been around").
        score += 1 if voice else -4 if count <= 7 else -1
    elif found.colon:
        score += 3
    if count >= 8:
        score += 2
    elif count >= 5:
        score += 1
    elif count <= 3:
        score -= 1
    if ends:
        score += 2 if stripped[-1] in "?!？！" else 1
        if stripped[-1] in "!！" and (cjk or text.lstrip(" \"“”‘’«»„‚‹›")[:1].isupper()):
            score += 1  # a shout, not a name: „Zu spät!“, “Shame! Shame!” (but the “a-ha!” moment)
        if after_speech:
            # A sentence after a speech quotation in the same paragraph (a whole one, capital
            # to stop, goes on the speech: “No,” Hsu replied. “Not one.”)
            score += 2 if text.lstrip(" \"“”‘’«»„‚‹›")[:1].isupper() else 1
    if words and text.lstrip(" \"“”‘’«»„‚‹›「『")[:1].isupper() and count >= 3:
        score += 1
    if voice:
        score += 1
    # (The capitalized words are counted last, and only for two to twelve words that do
    # not end a sentence: the only ones that can be Title Case.)
    if 2 <= len(words) <= 12 and not ends and (not found.verb or len(words) <= 4) and \
            len([w for w in words if w[0].isupper()]) >= 0.6 * len(words) and not (
                found.verb and (voice or words[-1][0].islower()
                                or not _DE_FINITE.isdisjoint(lowered) or comma_after
                                or stripped.endswith(",") and _someone(found.speaker))):
        # (But words someone says in the first person are not a title, even when German
        # capitals make them look like one: „Ich halte Kurs“, schrieb er; nor are words
        # said that end in lower case, as no title does: „Im Labor, ja“, sagt Wessel; nor a
        # German sentence with its verb: „Das ist Unsinn“, sagt Meyer; nor words a verb
        # of speech follows after a comma: „Nur Schatten“, antwortete der Zeuge; nor
        # “Justice for Emily,” she said.)
        score -= 3  # Title Case: a book, a film, a newspaper, an operation
    elif len(words) == 1 and words[0][0].isupper() and (
            not ends or stripped[-1] == "." and words[0].lower() not in _NOT_NAMES
    ) and not found.colon and not cjk and not (
            found.verb and (stripped.endswith(",") or comma_after) and _someone(found.speaker)):
        # (“No,” Daniel Hsu replied, „Nein“, sagt er: a comma in the marks, or after them as
        # German and French write it, before a named speaker's verb ends an utterance, not a
        # name.)
        score -= 3  # one capitalized word: a name («Финам», “Atlas”, “Arduino.”)
    elif after_noun and words and count <= 3 and not ends and not found.colon and \
            words[0][0].isupper() and all(w[0].islower() for w in words[1:]):
        # "терминала «Южный причал»", "la société « Nouvelle ère »": a name after the noun
        # it names, capitalized as Russian and French names are (the first word only).
        score -= 3
    if cjk and _JA_SENTENCE_LIKE.search(stripped):
        score += 1
    elif cjk and _JA_KATAKANA_NAME.fullmatch(stripped):
        score -= 3  # 「ノースライト・ミュージック」: a name in katakana
    if mark == "『":
        score -= 2
    return "speech" if score >= 2 and words else "term"  # (no word: a lost link's marks)


# ---------------------------------------------------------------------------------------
# Putting it together


@dataclass(slots=True)
class _Raw:
    start: tuple[int, int]
    end: tuple[int, int]
    kind: str
    text: str
    marks: list[tuple[int, int]]  # (block, offset) of each mark character of the quotation
    char: str = ""
    speaker: str | None = None
    more: list[str] = field(default_factory=list)  # the text of continued paragraphs
    lead: bool = False  # a block quotation's words read where its lead-in ends


_EMPHASIS = frozenset({"em", "strong"})
# A byline as a line of the text ("By Alex Hartley", "Par Hélène Kervella", "Von Jana
# Roth"), or a columnist's closing line ("Harriet Aldous is a Guardian columnist").
_BYLINE_LINE = re.compile(r"(?:By|Par|Von|Por|Автор:?|Текст:|Text:|Texte ?:|"
                          r"(?:An?|Une?|Eine?) [\w-]+ (?:by|par|de|von))"
                          r"\s+(\S+(?:\s+\S+){1,3})")  # (and "Eine Kolumne von …")
_TAGLINE = re.compile(r"(\S+(?:\s+\S+){1,3}) (?:is|est|ist) (?:an?|une?|eine?) [^.]{0,60}"
                      r"(?:columnist|writer|journalist|correspondent|editor|chroniqueuse|"
                      r"chroniqueur|journaliste|Kolumnistin|Kolumnist|Autorin|Autor)\b")


# A paragraph of an interview that opens with who speaks: "Q:", "Frage:", "Dirk Hallmann:",
# "FALKENBERG:".
_LABEL = re.compile(r"[*_]*((?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'.-]*\s){0,3}[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]*\.?)"
                    r"[*_]*\s?:\s")  # (and "Корр.:")
_JA_LABEL = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{1,6})\u3000")
_QUESTION_LABELS = frozenset({"Q", "F", "В", "Question", "Frage", "Вопрос", "Interviewer",
                              "Корр."})
_ANSWER_LABELS = frozenset({"A", "R", "О", "Answer", "Antwort", "Réponse", "Ответ"})


def _labels(texts: list[str]) -> tuple[dict[int, str], bool]:
    """The paragraphs of a printed interview or a transcript that open with a person's name
    and a colon, by the name the speaker has there (a surname label goes to the full name
    labelled before it), and whether the text is set as an interview at all ("Q:", or two
    people labelled twice between them)."""
    found: dict[int, str] = {}
    surnames: dict[int, str] = {}  # "Hartung:" with no full name labelled before it
    questions = 0
    asked: list[int] = []  # ("Q:" paragraphs)
    answers: list[int] = []  # ("A:" paragraphs)
    lead = " ".join(texts[:6])  # (where an interview names whom it talks to)
    for b, text in enumerate(texts):
        # (An ASCII paragraph, most of them, can hold neither of the Japanese forms: its
        # flag, kept by the string, spares it their two tests.)
        if text.isascii():
            pass
        elif text.startswith(("――", "──", "—―")):
            questions += 1  # (a Japanese interview's question)
            continue
        elif "\u3000" in text[1:8] and (m := _JA_LABEL.match(text)) is not None:
            found[b] = m.group(1)  # 「森本　銀行から来た人間ですから、…」: who answers
            continue
        if ":" not in text[:48] or (m := _LABEL.match(text)) is None:
            continue
        label = m.group(1)
        if label in _QUESTION_LABELS:
            questions += 1
            asked.append(b)
        elif label in _ANSWER_LABELS:
            answers.append(b)
        elif label.isupper() and 2 <= len(label) <= 3 and label.isalpha() and (full := next(
                (m.group(1) for m in _FULL_NAME.finditer(lead)
                 if "".join(w[0] for w in m.group(1).split()) == label), None)):
            found[b] = full  # "TW:" after "Tomasz Wierzbicki has spent thirty years …"
        elif _looks_like_a_writer(label) or label.isupper() and len(label) >= 2:
            found[b] = label  # ("ZEIT:", "NS:": the paper asking)
        elif " " not in label and (full := next(
                (n for n in found.values() if n.endswith(" " + label)), None)):
            found[b] = full  # "Hallmann:" after "Dirk Hallmann:"
        elif " " not in label and label[1:].islower():
            surnames[b] = label
    if (questions >= 2 or len(found) >= 2) and surnames and \
            max(Counter(surnames.values()).values()) >= 2:
        # "SPIEGEL: …" / "Hartung: …": the one answering, labelled by surname only, by the
        # full name the text gives them
        names = Counter(surnames.values())
        for b, label in surnames.items():
            if names[label] >= 2:
                found[b] = next((" ".join(words[max(0, k - 1):k + 1])  # (no title before;
                                 # nor a German noun after: "hat Konrad Brandauer Orgeln")
                                 for m in _FULL_NAME.finditer(lead)
                                 if label in (words := m.group(1).split())[1:]
                                 and (k := words.index(label, 1))), label)
    if questions >= 2 and asked and answers and not found and (
            who := _interviewee_addressed(texts, asked)) is not None:
        found = dict.fromkeys(answers, who)  # "Q: … / A: …": the one the lead-in names
    if len(set(found.values())) < 2 and (questions < 2 or len(found) < 2) or len(found) < 4:
        found = {}  # ("Update:", "Note:", one "Photo:": no conversation; but "Q:" and one
        # person's answers are one)
    return found, questions >= 2 or bool(found)


def _first_person(word: str) -> str:
    """The pronoun by which an article's unnamed writer says something ("I" for "I’d",
    "je" for "J’ai" or "ai-je", "ich", "я", "私")."""
    if word[:1] == "I" and (len(word) == 1 or word[1] in "’'"):
        return "I"
    if word[:2].lower() in ("j’", "j'") or word.lower().endswith("je"):
        return "je"
    return word.lower()


def _writer(document: Document, texts: list[str], interview: bool, questions: list[int]
            ) -> str | None:
    """The person who wrote the article, when one is named: the byline the page declares,
    else a byline or a columnist's closing line in the text (first person is theirs). None
    in a printed interview, where "I" is the one answering: one set with labels
    (``interview``), or with its questions in bold or italics (``questions``, their
    paragraphs)."""
    found = [document.article.byline] if document.article is not None else []
    found += [m.group(1) for t in texts[:4] if (m := _BYLINE_LINE.fullmatch(t.strip(" *_")))]
    found += [m.group(1) for t in texts[-3:] if (m := _TAGLINE.match(t.strip(" *_")))]
    name = next((n.strip() for n in found if n and _looks_like_a_writer(n)), None)
    if interview:
        return None  # (an interview set with labels: each label says who speaks)
    if len(questions) >= 2:
        # Questions in bold or italics: an interview, where "I" is the one answering, whom
        # the questions address ("Herr Caflisch, …") or the lead-in names most.
        return _interviewee_addressed(texts, questions)
    return name


def _emphasized_questions(document: Document) -> list[int]:
    """The paragraphs set wholly in bold or italics that end with a question: a printed
    interview's questions."""
    return [b for b, block in enumerate(document.blocks) if isinstance(block, Paragraph)
            and block.spans and "?" in block.spans[-1].text
            and all(span.styles & _EMPHASIS for span in block.spans if span.text.strip())]


# Whom a question addresses: "Herr Caflisch, …", "Madame Rouvière, …", "Mr Hale, …".
_ADDRESSED = re.compile(r"\b(?:Herr|Frau|Monsieur|Madame|Mr|Mrs|Ms|Dr)\.? ([A-ZÀ-Ý][\w’'-]+)")
_FULL_NAME_RUN = r"[A-ZÀ-ÝА-ЯЁ][a-zà-ÿа-яё’'-]+(?: [A-ZÀ-ÝА-ЯЁ][a-zà-ÿа-яё’'-]+)+"
_FULL_NAME = re.compile(r"\b(" + _FULL_NAME_RUN + ")")


def _interviewee_addressed(texts: list[str], questions: list[int]) -> str | None:
    """The one a printed interview with questions in bold or italics asks: the surname its
    questions address, in full as the lead-in writes it, else the full name the lead-in
    (the paragraphs before the first question) names most; None when it names nobody."""
    lead = " ".join(texts[:questions[0]])
    addressed = next((m.group(1) for b in questions for m in _ADDRESSED.finditer(texts[b])), None)
    names = Counter(m.group(1) for m in _FULL_NAME.finditer(lead)
                                if _given_name_gender(m.group(1).split()))
    if addressed is not None:
        return next((n for n in names if n.endswith(" " + addressed)), addressed)
    return names.most_common(1)[0][0] if names else None


def _looks_like_a_writer(name: str) -> bool:
    """One person's name: two to four capitalized words, no digits, no second author."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() or w in _PARTICLES for w in words) \
        and not any(c.isdigit() or c in ",&" for c in name)


def _find(document: Document) -> list[_Raw]:
    texts = document.block_texts()
    layout = _layout(document.blocks)
    raws: list[_Raw] = []
    # Top-level mark quotations per block, as (open, close-exclusive) offsets: their text is
    # not searched for names, and they bound the context windows of their neighbours.
    spans_in: list[list[tuple[int, int]]] = [[] for _ in texts]

    carry: str | None = None
    current: _Raw | None = None
    for b, text in enumerate(texts):
        reopen = None
        if carry is not None and current is not None and text and _FAMILY.get(text[0]) == \
                _FAMILY.get(carry) and layout.prose[b] and layout.container[b] == \
                layout.container[b - 1]:
            reopen = carry
        elif current is not None:
            raws.append(current)
            current = None
        carry = None
        if reopen is None and text.isascii() and '"' not in text and "'" not in text:
            continue  # (most paragraphs: plain ASCII with no mark, where _scan finds none)
        pairs, open_pos, _, char = _scan(text, reopen,
                                         texts[b + 1][:1] if b + 1 < len(texts) else "")
        for start, close in pairs:
            if reopen is not None and start == 0 and current is not None:
                current.end = (b, close + 1)
                current.more.append(text[1:close].strip())
                current.marks += [(b, 0), (b, close)]
                spans_in[b].append((0, close + 1))
                raws.append(current)
                current = None
                continue
            raws.append(_Raw((b, start), (b, close + 1), "", text[start + 1:close].strip(),
                             [(b, start), (b, close)], text[start]))
            spans_in[b].append((start, close + 1))
        if open_pos >= 0:
            if reopen is not None and open_pos == 0 and current is not None:
                current.end = (b, len(text))
                current.more.append(text[1:].strip())
                current.marks.append((b, 0))
            else:
                current = _Raw((b, open_pos), (b, len(text)), "", text[open_pos + 1:].strip(),
                               [(b, open_pos)], char)
            spans_in[b].append((open_pos, len(text)))
            carry = char if layout.prose[b] else None
            if carry is None:
                raws.append(current)
                current = None
        elif reopen is not None and current is not None:
            raws.append(current)
            current = None
    if current is not None:
        raws.append(current)
    for r in raws:
        if r.more:
            r.text = " ".join([r.text, *r.more])
    raws.sort(key=lambda r: r.start)

    labels, interview = _labels(texts)
    asked = _emphasized_questions(document)
    writer = _writer(document, texts, interview, asked)
    if writer is None and interview and not labels:
        writer = _ja_interviewee(texts, layout.headings)  # (私 in the answers is them)
    if not labels and writer is not None and len(asked) >= 2:
        # Questions in bold or italics: each paragraph after the first is the answer of the
        # one they ask ("you" in a question is them too).
        labels = dict.fromkeys((b for b in range(asked[0] + 1, len(texts)) if b not in asked),
                               writer)
    read, leads = _block_leads(texts, spans_in, layout.blockquotes, layout.headings)
    _attribute(sorted(raws + list(leads.values()), key=lambda r: r.start) if leads else raws,
               read, spans_in, layout.headings, writer, labels)
    for lead in leads.values():
        spans_in[lead.start[0]].remove((lead.start[1], lead.end[1]))
    if labels:
        _interviewee_headline(raws, labels)
    _ja_protagonist(raws, texts, layout.headings)
    _ja_goes_on(raws, texts, layout.headings)
    _listed_sayings(raws, texts)
    _ja_credited(raws, texts)

    # Block quotations: one Quote each; a quotation in marks that fills one is left to it.
    by_block: dict[int, list[_Raw]] = {}
    if layout.blockquotes:
        for r in raws:
            by_block.setdefault(r.start[0], []).append(r)
    dropped: set[int] = set()
    ends_of_blocks = {last for _, last in layout.blockquotes}
    for first, last in layout.blockquotes:
        body = " ".join(texts[k].strip() for k in range(first, last + 1) if texts[k].strip())
        if not body:
            continue
        inner = [r for k in range(first, last + 1) for r in by_block.get(k, ())]
        whole = [r for r in inner if r.start == (first, 0)
                 and r.end[0] == last and r.end[1] >= len(texts[last].rstrip())]
        block = _Raw((first, 0), (last, len(texts[last])), "block", body, [], "")
        lead = leads.get(first)
        said = _block_speaker(texts, spans_in, first, last)
        block.speaker = (said if said is not None or lead is None else lead.speaker) or None
        if block.speaker is None and said is None and lead is not None:
            block.speaker = _subject_before_colon(texts[first - 1])
        if block.speaker is None and said is None and first and \
                first - 1 not in layout.headings and not (
                    first - 2 in ends_of_blocks and _SIGNATURE.fullmatch(texts[first - 1].strip())):
            # (not after the line that signs another block quotation)
            block.speaker = _lead_person(texts, spans_in, first)
        for r in inner:
            if r.kind == "speech" and r.speaker is None:
                r.speaker = block.speaker
        if whole:
            block.marks = whole[0].marks
            dropped.add(id(whole[0]))
        raws.append(block)
    if dropped:
        raws = [r for r in raws if id(r) not in dropped]
    if layout.blockquotes:
        # (Without block quotations no two quotations start together: the order by start
        # above is already this one.)
        raws.sort(key=lambda r: (r.start, (-r.end[0], -r.end[1])))
    return raws


def _block_leads(texts: list[str], spans_in: list[list[tuple[int, int]]],
                 blockquotes: list[tuple[int, int]], headings: set[int],
                 ) -> tuple[list[str], dict[int, _Raw]]:
    """A block quotation after a paragraph that ends with a colon ("Auf Instagram schrieb
    er:", "In a statement, the club said:") is read as its words in marks at the end of
    that paragraph would be, by the same rules: the texts with those words added, and the
    stand-in quotation for each block quotation's first paragraph (its span is added to
    ``spans_in``, for _find to take out again once the speakers are read)."""
    read, leads = texts, {}
    for first, _ in blockquotes:
        lead = first - 1
        if lead < 0 or lead in headings or not texts[lead].rstrip().endswith(":") or any(
                a <= lead <= b for a, b in blockquotes):
            continue
        words = _MARKS.sub("", texts[first]).strip()[:300]
        if not words:
            continue
        if read is texts:
            read = list(texts)
        start = len(texts[lead].rstrip()) + 1
        read[lead] = f"{texts[lead].rstrip()} “{words}”"
        leads[first] = _Raw((lead, start), (lead, len(read[lead])), "", words,
                            [(lead, start), (lead, len(read[lead]) - 1)], "“", lead=True)
        spans_in[lead].append((start, len(read[lead])))
    return read, leads


# Verbs that say what something is, not that it says anything.
_COPULAS = _words("is are was were ist sind war waren est sont était étaient")


def _subject_before_colon(lead: str) -> str | None:
    """Who a block quotation after a colon with no verb of speech is by: the subject of the
    sentence that ends with the colon, a name or a phrase of up to five words with its
    article ("La gendarmerie de l’Isère a diffusé un appel à témoins sur ses réseaux
    sociaux :"); None after a copula ("The most active committers are:", a list)."""
    window = _sentence_window(lead, len(lead))
    if not _COPULAS.isdisjoint(_lower_words(window)):
        return None
    subject = _sentence_subject(window)
    if subject is None or subject.pronoun or len(words := subject.text.split()) > 5:
        return None
    return subject.text if subject.name or words[0].lower() in _DETERMINERS or \
        _l_article(words[0]) else None


def _lead_person(texts: list[str], spans_in: list[list[tuple[int, int]]], first: int
                 ) -> str | None:
    """Who a block quotation that nothing else attributes is by: the person the paragraph
    before it is about, named (or meant by "he" or "she") as the subject of one of its last
    sentences ("Daniel Fairhurst … has just apologised in a post on LinkedIn. Here is the key
    passage:", "Zum Abschied schickte er mir eine Postkarte …:")."""
    lead = texts[first - 1].rstrip()
    ends = [0] + _stops(lead)
    for k in range(len(ends) - 1, max(-1, len(ends) - 4), -1):
        sentence = lead[ends[k]:ends[k + 1] if k + 1 < len(ends) else len(lead)].strip(
            " :.!?…\u00a0")
        if not sentence:
            continue
        subject = _role_or_sentence_subject(sentence)
        if subject is None:
            continue
        if subject.name and (" " in subject.text or _first_name_sex(subject.text) or re.search(
                rf"[A-ZÀ-ÝА-ЯЁ][\w’'-]+ {re.escape(subject.text)}\b",
                " ".join(texts[max(0, first - 12):first]))):
            return subject.text  # (a name in full, a given name, or a surname named in full
            # before: "Data", "Figure", "No" open sentences too)
        if not subject.name and not subject.pronoun and _a_body(subject.text):
            return subject.text  # "La mairie a adressé un courrier aux familles. On peut y
            # lire :", "In a letter to families sent Friday, the district laid out …:"
        if subject.pronoun in ("m", "f"):
            person = _recent_person(_People(), texts, spans_in, first - 1, ends[k],
                                    subject.pronoun)
            return person.name if person is not None else None
    return None


_DASH_LINE = re.compile(r"^\s*[—–-]\s*(.+)$")
# A paragraph that signs the letter above it: the writer's name, then where they live or
# what they do ("Margaret Ellery, Shildon", "Виктор Семёнович Рябов, пенсионер, Екатеринбург").
_SIGNATURE = re.compile(r"[—–-]?\s*((?:[^\W\d_][\w’'.-]* ){1,3}[^\W\d_][\w’'-]*), "
                        r"[^.!?:;]{2,60}\.?")


# How a letter or a note is signed off at its end: a closing, then the name ("Deine
# Gisela", "Love, Nan", "Je t’embrasse, Mamie", "Твоя Галя"), or the name alone after the
# last sentence ("Danke für eure Geduld! Jonas").
# (The closings that are a possessive, "Deine", "Твой", sign words in marks too: _SIGNED_LAST.)
_CLOSING_POSSESSIVES = "Dein|Deine|Euer|Eure|Love|Ton|Ta|Твоя|Твой|Ваш|Ваша"
_SIGNED_OFF = re.compile(
    r"(?:(?:^|[.!?…]\s+|,\s+)(?P<closing>" + _CLOSING_POSSESSIVES + r"|Ihr|Ihre|Yours|"
    r"All my love|Much love|Many thanks|Thanks|Best|Cheers|Gruß|Grüße|Viele Grüße|"
    r"Liebe Grüße|Herzliche Grüße|"
    r"Bisous|Bises|Amitiés|Je t’embrasse|Je vous embrasse|Целую|"
    r"Обнимаю),?\s+|[.!?…]\s+)((?:[A-ZÀ-ÝА-ЯЁ][\w’'-]*\.?\s?){1,3})$")
# A letter to a column signed in its last line with the name and where the writer lives
# ("… when they have serviced the boiler every year? PD, Swindon", "Est-ce légal ? Bernard,
# 68 ans, Beauvais (Oise)").
_SIGNED_WITH_PLACE = re.compile(r"(?:^|[.!?…]\s+)((?:[A-ZÀ-ÝА-ЯЁ][\w’'-]*\.?\s){0,2}"
                                r"[A-ZÀ-ÝА-ЯЁ][\w’'-]*), [^.!?:;]{2,50}$")


# Verbs of putting words out that a block quotation after a colon holds.
_PUBLISHED = _words("""
posted posts published publishes shared shares tweeted wrote writes
publiait publie publié publiée partagé postait
veröffentlichte veröffentlicht postete teilte
опубликовал опубликовала опубликовали выложил выложила разместил разместила
""")


def _in_full_before(given: str, texts: list[str], end: int) -> str | None:
    """The full name a given name that signs something stands for, as the dozen blocks
    before ``end`` write it ("Hilde Brenner", "Annick Le Goff"), or None."""
    full = re.search(rf"\b{re.escape(given)}((?: (?:Le|La|De|Du|de|van|von))? "
                     rf"([A-ZÀ-ÝА-ЯЁ][\w’'-]+))", " ".join(texts[max(0, end - 12):end]))
    return full.group() if full is not None and full.group(2).lower() not in _NOT_NAMES \
        else None


def _block_speaker(texts: list[str], spans_in: list[list[tuple[int, int]]], first: int,
                   last: int) -> str | None:
    """Who a block quotation is by: a closing "— Name" line, or the sentence before it
    ending in a colon with a verb of speech ("She describes it this way:": the person the
    pronoun means); None when these rules find no one, "" when they find that the sentence
    names no one (a pronoun in an aside)."""
    match = _DASH_LINE.match(texts[last])
    if match:
        words = _tokens(match.group(1))
        speaker = _object(words)
        if speaker is not None:
            return speaker.text
    if (signed := _SIGNED_OFF.search(texts[last][-60:])) is not None and (
            (words := signed.group(2).rstrip(". ").split()) and (
                signed.group("closing") or _first_name_sex(words[0]) or words[0] in _EITHER_NAMES
                or words[0].capitalize() in _KIN_NAMES)):
        # A letter or a note signed at its end: "Deine Gisela", "Love, Nan", "Many thanks,
        # Mrs Okafor", "… Danke für eure Geduld! Jonas", "Guter Brokkoli. Papa"
        found = _name_run(words)
        if found is not None:
            name = found[0][-1:] if found[0][0] in _KIN_CAPITALIZED else found[0]
            if len(name) == 1 and (full := _in_full_before(name[0], texts, first)):
                return full  # ("Deine Hilde" after "Hilde Brenner")
            return _join(name)
    if (signed := _SIGNED_WITH_PLACE.search(texts[last][-80:])) is not None:
        words = signed.group(1).split()
        if len(words) == 1 and words[0].isupper() and len(words[0]) <= 3:
            return words[0]  # initials: "PD, Swindon"
        found = _name_run(words)
        if found is not None and (len(found[0]) >= 2 or _first_name_sex(found[0][0])):
            return _join(found[0])
    if last + 1 < len(texts) and len(texts[last + 1]) <= 100 and (
            signed := _SIGNATURE.fullmatch(texts[last + 1].strip())) is not None and (
            found := _name_run(signed.group(1).split())) is not None and \
            len(found[0]) >= 2 and _given_name_gender(found[0]):
        return _join(found[0])  # a letter signed below it: "Margaret Ellery, Shildon"
    if first > 0 and _JA_AS_FOLLOWS.search(texts[first - 1]) and (
            topic := _ja_topic_before(texts[first - 1])) is not None and not topic.pronoun:
        return topic.text  # 実行委員会は…次のように発表した。: its topic says what follows
    if first > 0 and texts[first - 1].rstrip().endswith(":"):
        lead = texts[first - 1].rstrip()
        stops = _stops(lead, 1)
        sentence = lead[stops[-1] if stops else 0:]
        found = _attribution_before(lead[_word_start_after(
            lead, min(len(lead) - _WINDOW, len(lead) - len(sentence)), len(lead))
            if len(sentence) <= _LONG_WINDOW and len(lead) > _WINDOW else -_WINDOW:])
        # (the whole sentence, if it is no longer than a long window: "Dans un communiqué,
        # la Fédération des plateformes de livraison (FPL), qui regroupe …, dit soutenir …
        # tout en pointant le calendrier :")
        if found.speaker is not None and found.speaker.pronoun in ("m", "f") and (
                sentence.split(None, 1)[:1] == [found.speaker.text]
                or f", {found.speaker.text} " in sentence and "," not in sentence.split(
                    f", {found.speaker.text} ", 1)[1]):
            # (the pronoun opens the sentence, or its clause after an opening phrase: "In
            # his written ruling, he wrote:"; it is its subject, not an aside's)
            before = len(texts[first - 1].rstrip(" :"))  # (where the sentence ends)
            person = _recent_person(_People(), texts, spans_in, first - 1, before,
                                    found.speaker.pronoun)
            return person.name if person is not None else None
        if found.speaker is _UNRESOLVED:
            # "Marco comes back, and now accuses her of lying:": the sentence's subject.
            window = _sentence_window(lead, len(lead))
            subject = _role_or_sentence_subject(window)
            return subject.text if subject is not None and subject.name else None
        tokens = _tokens(lead[stops[-1] if stops else 0:]) if not found.verb else []
        k = next((k for k, t in enumerate(tokens) if t in _PUBLISHED), 0)
        if k:
            # What someone posted or published: "Castellanos posted a photo with a caption:",
            # "Ворошилов опубликовал обращение к зрителям:".
            subject = _subject(tokens[:k])
            if subject is not None and subject.pronoun in ("m", "f"):
                # "Le soir du vote, elle avait publié sur sa page Facebook un message …:"
                person = _recent_person(_People(), texts, spans_in, first - 1,
                                        len(lead) - len(sentence), subject.pronoun)
                return person.name if person is not None else None
            return subject.text if subject is not None and (
                subject.name or subject.text.split()[0].lower() in _INDEFINITE) else None
        if found.speaker is not None and not found.speaker.pronoun:
            return found.speaker.text
        if found.speaker is not None and f", {found.speaker.text} " in sentence:
            return ""  # "where, she says, it is most likely to be splashed:": an aside's
    return None


_SHORT = 24
_SAME_SENTENCE = 60  # characters between two quotations of one sentence, at most


def _only_role(sentence: str, role: str) -> bool:
    """Whether a sentence starts with the role as its subject, then a verb, and names nobody
    ("Le Premier ministre a promis des mesures" but not "The Education Secretary, Gillian
    Frost, said …")."""
    words = _words_of(sentence)
    n = len(role.split())
    if len(words) <= n or not words[n][0].islower():
        return False
    rest = " ".join(words[n:])
    return not any(" " in m.group() for m in _compiled(_CAPRUN_PATTERN).finditer(rest))


# Nouns for anyone, which an indefinite article brings into a story ("a woman", "ein
# Anwohner", "une habitante"), with the sex some of them tell.
_PERSON_NOUNS = _words("""
woman man girl boy mother father daughter son wife husband resident neighbour neighbor
passer-by customer shopper passenger commuter employee worker volunteer retiree pensioner
student parent teacher nurse doctor driver witness fan visitor tourist farmer owner
Mann Frau Anwohner Anwohnerin Nachbar Nachbarin Passant Passantin Kunde Kundin Fahrgast
Mitarbeiter Mitarbeiterin Fahrer Fahrerin Pflegekraft Ingenieur Ingenieurin Mutter Vater
Rentner Rentnerin Besucher Besucherin Schüler Schülerin Zeuge Zeugin Helfer Helferin Lehrer
Lehrerin Ärztin Arzt Landwirt Landwirtin Bewohner Bewohnerin Beamter Beamtin Polizist Polizistin
femme homme habitant habitante voisin voisine passant passante client cliente salarié
salariée employé employée usager usagère mère père retraité retraitée agriculteur
agricultrice élève enseignant enseignante témoin infirmier infirmière médecin chauffeur
délégué déléguée député députée associé associée invité invitée blessé blessée accusé accusée
cadre responsable syndicaliste militant militante manifestant manifestante fonctionnaire
policier policière gendarme commerçant commerçante riverain riveraine
мужчина женщина житель жительница сосед соседка пенсионер пенсионерка сотрудник сотрудница
""")
# The sex of the nouns for a man or a woman ("the man", "l’homme", "die Frau", "a mother").
_NOUN_SEX = {**dict.fromkeys(_words("man boy father son husband brother homme mann мужчина "
                                    "père fils mari frère vater sohn bruder grandfather uncle "
                                    "grand-père oncle großvater opa onkel dad papa "
                                    "отец папа дед дедушка сын муж брат дядя "
                                    "widower grandson nephew veuf petit-fils neveu witwer "
                                    "enkel neffe вдовец внук племянник"), "m"),
             **dict.fromkeys(_words("woman girl mother daughter wife sister femme frau "
                                    "женщина mère fille épouse sœur mutter tochter "
                                    "schwester grandmother aunt grand-mère tante großmutter "
                                    "oma mom mum maman mama "
                                    "мать мама бабушка дочь жена сестра тётя тетя "
                                    "widow granddaughter niece veuve petite-fille nièce witwe "
                                    "enkelin nichte вдова внучка племянница"), "f")}


def _fr_someone(noun: str) -> bool:
    """Whether a French noun after its article is a person ("homme", "élu", "intéressée",
    "agricultrice", "infirmier"), by the lists or by an ending that names who does a thing."""
    return noun in _PERSON_NOUNS or noun in _NOUN_SEX or noun in _ROLES or noun.endswith(
        ("eur", "euse", "rice", "ien", "ienne", "iste", "ier", "ière", "é", "ée", "ant", "ante"))


def _kin_of_someone(text: str) -> bool:
    """Whether a subject is someone's kin ("Мой дед", "Ma grand-mère", "his mother")."""
    words = text.lower().split()
    return 2 <= len(words) <= 3 and words[-1] in _NOUN_SEX and words[-1] not in _NOT_KIN \
        and (words[0] in _POSSESSIVES or words[0] in _MY)


_MY = _words("my mon ma mes mein meine meiner meinem unser nos мой моя мои наш наша")
# The nouns of _NOUN_SEX that name no kin ("his wife Mary", but not "the woman Mary").
_NOT_KIN = _words("man boy woman girl homme mann мужчина женщина")
# Kin words a family uses as a title before a given name, which stay with it ("Opa Alois",
# "Uncle Harish"); the Russian ones in lower case ("дед Витя").
_ADDRESS_KIN = _words("Opa Oma Onkel Tante Uncle Aunt Oncle Дед Дедушка Бабушка Дядя Тётя Тетя")
_RU_ADDRESS_KIN = _words("дед дедушка баба бабушка дядя тётя тетя")
# The other nouns capitalized, as they open a run of capitals before a given name ("Ihr
# Mann Jürgen"); not "Frau", an honorific before a surname.
_KIN_CAPITALIZED = frozenset(w.capitalize() for w in _NOUN_SEX) - {"Frau"} - _ADDRESS_KIN
# "Her husband was less sure", "Mon grand-père, mineur à Commentry, jouait …" (not "Her
# husband, Tom Brightwell,", "Ihre Tochter, die Bühnenbildnerin Katrin Wehle,": a name
# follows).
_KIN_POSSESSIVES = r"[Hh]er|[Hh]is|[Mm]y|[Ss]on|[Ss]a|[Mm]on|[Mm]a|[Ii]hre?|[Ss]eine?|[Mm]eine?"
_KIN_SUBJECT = re.compile(r"\s*((?:" + _KIN_POSSESSIVES + r"|[Tt]heir|[Oo]ur) ([\w-]+))\b"
                          r"(?!,? [A-ZÀ-Ý]|, (?:the|der|die|le|la|l’|l') )")


# Where a clause of a sentence begins: after a stop, or after a comma and "and".
_BUT_AND = _words("and but et mais und aber")
_CLAUSE_JOIN = re.compile(r"[.;!?]\s+|,\s+(?:" + "|".join(sorted(_BUT_AND)) + r")\s+")


def _possessed_subject(window: str) -> _Speaker | None:
    """Someone's kin or colleague opening the clause whose verb goes on to speak ("…, and my
    lead came over on a Friday and said", "Mon voisin est sorti et m’a dit"): the noun
    with its possessive, as the article writes them."""
    kin = _KIN_SUBJECT.match(_CLAUSE_JOIN.split(window)[-1])
    return _Speaker(kin.group(1)) if kin is not None and kin.group(2).islower() else None
# "En quittant la salle, la mère de Yanis B. n’a voulu …": someone's kin, the subject.
_KIN_OF = re.compile(r"(?:^|, )((?:[Ll]a|[Ll]e|[Tt]he|[Dd]ie|[Dd]er) (\w+) (?:de |d’|of |von )"
                     r"[A-ZÀ-Ý][\w’'-]*\.?(?: [A-ZÀ-Ý][\w’'-]*\.?){0,2})(?= [a-zà-ÿ])")
# A French adjective after a body's noun ("la direction académique", "le conseil régional"),
# and what it is of ("la direction de la coopérative Armor Lait", "la préfecture de l’Oise").
_FR_BODY_AFTER = (r"(?: [a-zé]+(?:ique|ale|al|aire|ienne|elle|ée))?"
                  r"(?: (?:de la |de l[’']|du |des |de (?!l[’']))[\w’'-]*\w"
                  r"(?: [A-ZÀ-Ý][\w’'-]+)*){0,2}")
# "Die Stiftung verweist …": a feminine noun opening the sentence, its subject.
_BODY_SUBJECT = re.compile(
    r"\s*(?:(?:Am|Im|Nach|Bei|Zuvor|Später|Danach|Inzwischen|Gestern|Heute|Zudem|Außerdem)\b"
    r"[^,.;:]{0,40}? [a-zäöüß]+ (?:sich )?(?=die )"  # ("Am Abend meldete sich die Bergwacht")
    r"|[A-ZÀ-Ý][^,.;:]{0,30}, (?=la |l’|l'))?"  # ("De son côté, la laiterie")
    r"((?:Die|die|La|la|L’|L'|l’|l') ?([\w-]+)" + _FR_BODY_AFTER + r")\b"
    r"(?!,(?! qui)| [A-ZÀ-Ý])")
# The same with a masculine noun, for "il" and "er" ("Le conseil lui a donné raison").
_BODY_SUBJECT_M = re.compile(r"\s*(?:[A-ZÀ-Ý][^,.;:]{0,30}, (?=le |l’|l'))?"
                             r"((?:Le|le|Der|der|L’|L'|l’|l') ?([\w-]+)" + _FR_BODY_AFTER
                             + r")\b(?!,(?! qui)| [A-ZÀ-Ý])")
# Endings of German feminine nouns for a body ("die Bergwacht", "die Stadtverwaltung").
_DE_BODY_ENDS = ("wacht", "wehr", "polizei", "verwaltung", "behörde", "stiftung", "gesellschaft",
                 "partei", "kommission", "regierung", "gemeinde", "direktion", "kammer",
                 "gewerkschaft", "genossenschaft", "bahn", "staatsanwaltschaft", "agentur",
                 "kasse", "fraktion", "firma", "leitung", "klinik", "hochschule")


def _one_unnamed(sentence: str) -> str | None:
    """The one person a sentence brings in without a name, before the clause that says why
    ("One senior Labour backbencher, who asked not to be named, was blunter."), whom a
    singular "they" after the next quotation means."""
    tokens = _tokens(sentence[:200])
    if len(tokens) < 4 or tokens[0] not in ("One", "one") or tokens[1].lower() in _OF:
        return None
    end = next((k for k, t in enumerate(tokens[:8]) if t == "," or t in ("who", "whose")), 0)
    if end < 2 or "named" not in tokens and "anonymity" not in tokens and \
            "identified" not in tokens:
        return None
    return " ".join(tokens[:end])


# A name the article gives someone it does not name ("– nennen wir sie Sabine –").
_CALLED_HERE = re.compile(r"(?:nennen wir (?:sie|ihn)|let[’']s call (?:her|him)|appelons-(?:la|le)|"
                          r"назов[её]м (?:её|ее|его)) ([A-ZÀ-ÝА-ЯЁ][\w-]+)")
# What says that someone is left unnamed at their wish, in a clause after them ("…, who
# asked not to be named,", "…, qui a requis l’anonymat,", "…, der nicht genannt werden
# will,", "…, пожелавший остаться неизвестным,").
_UNNAMED_WISH = re.compile(
    r",\s+(?:who|qui|der|die|пожелавш\w+|попросивш\w+)\b[^.;:!?]{0,90}?(?:to be named|"
    r"not be named|anonymity|to be identified|"
    r"(?:his|her|their) (?:full |last )?name(?!\s+(?:only\s+)?as\b)|"
    r"l[’']anonymat|(?:son|leur) nom|genannt|anonym|(?:seinen|ihren) Namen|"
    r"неизвестн|анонимн|(?:его|её|ее|своё|свое) имя|имени)")


def _unnamed_at_wish(texts: list[str], block: int, pos: int, description: str) -> bool:
    """Whether the description stands, in this paragraph before ``pos`` or in the one
    before, with a clause after it that says the person is left unnamed at their wish."""
    for text in (texts[block][:pos], texts[block - 1] if block else ""):
        at = max(text.rfind(description), text.rfind(description[:1].upper() + description[1:]))
        if at >= 0 and _UNNAMED_WISH.match(text, at + len(description)) is not None:
            return True
    return False


def _article_sex(word: str) -> str:
    """The sex an article shows ("une habitante" is no "il"), or "?"."""
    low = word.lower()
    return "m" if low in _MASCULINE_BEFORE or low == "один" else \
        "f" if low in _FEMININE_BEFORE or low == "одна" else "?"


def _someone_before(sentence: str) -> _Speaker | None:
    """The one a sentence before a quotation brings in without a name (see
    _someone_introduced), as a speaker."""
    someone = _someone_introduced(sentence, "?")
    return _Speaker(_indefinite(someone)) if someone else None


def _indefinite(description: str) -> str:
    """A description as a speaker is shown, its indefinite article in lower case as inside
    a sentence ("Un riverain" opening one: "un riverain")."""
    first = description.split(None, 1)[0].lower()
    return first + description[len(first):] if first in _INDEFINITE else description


def _someone_introduced(sentence: str, pronoun: str, tokens: list[str] | None = None
                        ) -> str | None:
    """The person an indefinite subject brings in at the start of a sentence that names
    nobody ("Ein Fahrer der Linie 7, der …, hält die Entscheidung für richtig.", "A woman
    who lives nearby was sweeping glass from her porch."), whom a pronoun after the next
    quotation means; so does any description that a clause after it says is left unnamed
    at their wish ("The mechanic, who spoke on condition of anonymity, …"). None when the
    sentence does not start so, or the pronoun cannot mean them (« une habitante » is no
    "il"). (``tokens``: _tokens(sentence[:160]), when they have been read.)"""
    opening = sentence.lstrip()
    near = opening[:160]
    if any(cue in near for cue in ("call", "enn", "ppel", "азов")) and \
            (called := _CALLED_HERE.search(near)) is not None:
        return called.group(1)  # "Eine Mutter – nennen wir sie Sabine –": the name the
        # article gives her
    head = opening.split(",", 1)[0]
    if head != opening and 2 <= len(words := head.split()) <= 6 and (
            words[0].lower() in _DETERMINERS or words[0].lower() == "one"
            or words[0].endswith(("’s", "'s"))) and \
            _UNNAMED_WISH.match(opening, len(head)) is not None and (
                pronoun == "?" or _NOUN_SEX.get(words[-1].lower(), pronoun) in (pronoun, "?")
                and _article_sex(words[0]) in (pronoun, "?")):
        return head  # "The mechanic, who spoke on condition of anonymity, confirmed it.
        # “…,” he said": someone the article will not name
    if tokens is None:
        tokens = _tokens(sentence[:160])
    article = tokens[0].lower() if tokens else ""
    if len(tokens) < 3 or article not in _INDEFINITE or article == "another" or \
            pronoun == "f" and article in ("ein", "un", "один") or \
            pronoun == "m" and article in ("eine", "une", "одна"):
        return None
    k = 1
    while k < min(len(tokens), 4) and (tokens[k][:1].islower() or tokens[k][:1].isdigit()
                                       and "-" in tokens[k]) and \
            tokens[k] not in _PERSON_NOUNS and tokens[k] not in _ROLES:
        k += 1  # adjectives: "Eine frühere Ingenieurin", "A retired teacher", "Eine
        # 86-jährige Frau"
    noun = tokens[k] if k < len(tokens) else ""
    if not (noun in _PERSON_NOUNS or noun.lower() in _ROLES or _is_title(noun)
            or article == "eine" and noun[:1].isupper() and noun.endswith(_DE_WOMAN_WHO)) or \
            _NOUN_SEX.get(noun.lower(), pronoun) not in (pronoun, "?"):
        return None
    end = k + 1
    if article in ("un", "une") and tokens[end:end + 1] and tokens[end] in ("de", "du", "des") \
            and "," in tokens[end + 2:end + 7]:
        # "Un cadre de la chambre d’agriculture, qui …,": where they work, up to the comma
        end = tokens.index(",", end + 2)
    elif end + 1 < len(tokens) and tokens[end] in ("des", "der", "eines", "einer"):
        # "des Unternehmens", "der Linie 7", "eines großen Messstellenbetreibers": whose, in
        # the genitive
        j = end + 1
        while j < len(tokens) and tokens[j][:1].islower():
            j += 1
        if j < len(tokens) and tokens[j][:1].isupper():
            end = j + 2 if j + 1 < len(tokens) and tokens[j + 1].isdigit() else j + 1
    elif end + 1 < len(tokens) and tokens[end] in ("aus", "from") and tokens[end + 1][:1].isupper():
        end += 2  # "Eine 86-jährige Frau aus Hamburg-Volksdorf": where she is from
    elif article in ("un", "une") and end + 1 < len(tokens) and tokens[end] == "de" and (
            tokens[end + 1].isalpha() and tokens[end + 1].islower()
            and tokens[end + 1] not in _DETERMINERS or _fr_age(tokens, end + 1)):
        # "Une mère de famille", "un chauffeur de taxi", "une dame de 80 ans": what kind
        end += 3 if _fr_age(tokens, end + 1) else 2
    elif article in ("un", "une") and tokens[end:end + 1] in (["d’environ"], ["d'environ"]) \
            and _fr_age(tokens, end + 1):
        end += 3  # "un homme d’environ 80 ans": about how old
    if any(_first_name_sex(run.split()[0]) and " " in run
           for run in _compiled(_CAPRUN_PATTERN).findall(sentence)):
        return None  # ("A spokeswoman for Mayor Joan Whitaker": someone named is near)
    return " ".join(tokens[:end])


# An indefinite article that may bring someone in ("a woman", "eine Frau", "une habitante"),
# or a possessive and its noun ("my mother", "mon père"): group 1 (empty) is there after a
# possessive (_KIN_POSSESSIVES), group 2 is its noun. (The first letter is read first, and
# what may stand before it then: a pattern that opens with a class of characters has the
# engine skip to the next of them, where one that opens with a look-behind is tried at every
# character, at several times the cost.)
_KIN_AFTER_FIRST: dict[str, list[str]] = {}  # each first letter's class ("[Hh]"): the rests
for _kin in _KIN_POSSESSIVES.split("|"):
    _KIN_AFTER_FIRST.setdefault(_kin[:4], []).append(_kin[4:])
_INDEFINITE_OPENING = re.compile(
    r"[AaOoEeUu" + "".join(c[1:3] for c in _KIN_AFTER_FIRST) + r"](?<![\w’'-].)"
    r"(?:(?<=[Aa])n?|(?<=[Oo])ne|(?<=[Ee])ine?|(?<=[Uu])ne?|(?:"
    + "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in _KIN_AFTER_FIRST.items())
    + r")() ([\w-]+)) ")


def _introduced_before(text: str, quoted: list[tuple[int, int]], pos: int, pronoun: str
                       ) -> str | None:
    """Someone an indefinite noun brought in earlier in the paragraph, outside quotations
    and not after a preposition ("Outside the court, a woman in a red coat waited", "Im Haus
    gegenüber wohnt eine Frau"; not "the daughter of a bus driver"), or someone's kin of
    the pronoun's sex ("my mother", "à côté de mon père"), the nearest first: whom "she"
    means when nobody is named in this paragraph or the one before."""
    lo = max(0, pos - 400)
    for opening in reversed(list(_INDEFINITE_OPENING.finditer(text, lo, pos))):
        at = opening.start()
        if any(s <= at < e for s, e in quoted):
            continue
        if opening.group(1) is not None:  # "my mother", "à côté de mon père": kin
            if _NOUN_SEX.get(opening.group(2).lower()) == pronoun:
                return opening.group().strip()
            continue
        before = text[max(lo, at - 12):at].split()
        if before and before[-1].lower() in _BEFORE_NO_SUBJECT:
            continue
        if (found := _someone_introduced(text[at:pos], pronoun)) is not None:
            return found
    return None


# Words after which an indefinite noun is no subject: prepositions, "of" and their kind.
_BEFORE_NO_SUBJECT = _words("of de du des von vom mit with avec für for pour to à by par in "
                            "im dans on sur at from aus about über after before behind beside "
                            "between near like than into onto toward towards under over "
                            "against around among nach bei neben hinter zwischen gegen chez "
                            "vers contre sous derrière après avant")


def _subjunctive(words: list[str]) -> bool:
    """Whether German words report speech: a verb among them is in the subjunctive."""
    return any(w in _SUBJUNCTIVE or w in _SUBJUNCTIVE_MORE for w in words)


def _previous_sentence(text: str, start: int) -> str:
    """The sentence before a quotation that opens a sentence ("" when it does not, or when
    that sentence starts further back than the window reaches)."""
    window = text[max(0, start - _WINDOW):start]
    stops = _stops(window, 2)
    if not stops or window[stops[-1]:].strip():
        return ""
    if len(stops) >= 2:
        sentence = window[stops[-2]:stops[-1]]
    else:
        sentence = window[:stops[-1]] if start <= _WINDOW else ""
    return _after_quotation(sentence).rstrip(" .!?…。！？\"'”’»)")


_ONLY_OPENING = "«„「『‹"
_ONLY_CLOSING = "»”」』›"
_CURLY_MARKS = re.compile("[«„「『‹»”」』›“]")


def _after_quotation(sentence: str) -> str:
    """A sentence found between two stops from the end of the quotation it began in on,
    that quotation's closing mark kept ("Oui, j’ai négocié », a affirmé M. Rouvière": a
    stop inside « … » is no sentence's start, and "Oui" names nobody)."""
    depth = 0
    cut = 0
    for mark in _CURLY_MARKS.finditer(sentence):  # (the marks only: most sentences have none)
        i = mark.start()
        ch = sentence[i]
        if ch in _ONLY_OPENING:
            depth += 1
        elif ch in _ONLY_CLOSING or ch == "“" and (depth or i and sentence[i - 1] != " " and (
                i + 1 == len(sentence) or sentence[i + 1] in " ,.;:!?")):
            # (“ closes „…“ in German, and a quotation it ends whose opening is not here)
            if depth:
                depth -= 1
            else:
                cut = i
    if not cut and sentence.count('"') % 2:
        cut = sentence.find('"')
    return sentence[cut:] if cut else sentence


def _last_sentence(text: str) -> str:
    """The last sentence of a paragraph (within the window's reach)."""
    window = text[-_WINDOW:]
    stops = _stops(window, 2)
    if len(stops) >= 2:
        return _after_quotation(window[stops[-2]:stops[-1]]).strip()
    if stops and len(text) <= _WINDOW:
        return window[:stops[-1]].strip()
    return ""


def _group_subject(sentence: str) -> str | None:
    """The subject of a sentence when it is a group or a body, not a person ("Union
    officials said …", "Researchers at the institute said …", "The ministry has …"), as
    the article words it; else None."""
    words: list[str] = []
    for t in _fronted(_tokens(sentence.lstrip())):  # ("Réunis lundi sur le port, …")
        low = t.lower()
        if not t[0].isalnum() or low in _SPEECH_VERBS or low in _AUX and words \
                or low in _CONTINUING or words and _fr_verb_clitic(t) \
                or words and t.islower() and t.endswith("ed") and len(t) > 4 \
                or words and low in _RELATIVE:
            break  # (a first "A" is the article, not the French "a"; "Les élus se sont
            # levés": the pronoun before the verb; "Residents packed the meeting": an
            # English verb in the past; "the men who have met there …": the men)
        words.append(t)
    if not words or len(words) > 8 or not (words[0][0].isupper()
                                           or words[0].lower() in _DETERMINERS
                                           or _looks_plural_noun(words[0])):
        return None  # (a plural after an opening phrase: "On social media, shoppers …")
    if len(words) >= 2 and words[0].lower() in _DETERMINERS and \
            words[1].lower() in _DOCUMENTS:
        # "An email he sent in March was shown to the court. “…,” it read": the document.
        return " ".join(words[:2])
    if len(words) == 3 and words[0].lower() in _DETERMINERS and \
            words[1].endswith(("’s", "'s")) and words[2].lower() in _DOCUMENTS:
        # "The department’s statement noted that …. ‘…,’ it said": the statement
        return words[0].lower() + " " + " ".join(words[1:])
    head = words
    for k, w in enumerate(words):
        if k and w.lower() in _PLACE_PREP_OR_OF:
            if k == 2 and words[1].lower() in _HOW_MANY_NOUNS:
                continue  # "Une trentaine de soignants", "a handful of parents": how many
            head = words[:k]
            break
        if k and w[:2].lower() in ("d’", "d'") and _looks_plural_noun(words[k - 1]):
            head = words[:k]  # "les élus d’opposition": the élus (but "Une centaine
            break  # d’agriculteurs": the farmers)
    last = head[-1].lower()
    if words[0] == "One" and 2 <= len(head) <= 4 and (
            last in _ROLES or last in _SOURCES or _is_title(last)):
        # "One senior manager …. ‘…,’ they said": one, unnamed ("One member of staff", but
        # not where they are: "One senior officer at the council")
        return " ".join(next((words[:k] for k in range(1, len(words))
                              if words[k].lower() in _PLACE_PREPS and words[k] != "of"), words))
    if not (last in _ORG_WORDS or last in _ROLES and last.endswith("s")
            or _looks_plural_noun(last) or last in _PLURAL_PEOPLE) or len(head) > 3 and not (
                len(head) <= 6 and all(w[0].isupper() for w in head)
                or len(head) == 4 and head[1].lower() in _HOW_MANY_NOUNS):
        return None  # (but a body's name is as long as it is: "The World Health Organization")
    text = " ".join(words)
    if words[0] in ("The", "Les", "Die", "Le", "La"):
        text = words[0].lower() + text[len(words[0]):]
    return text


# Plural nouns for people that do not end in -s ("the men", "die Frauen").
_PLURAL_PEOPLE = _words("men women people children folk männer frauen leute kinder")
# Nouns that count a group, before "de" or "of" and what it is made of.
_HOW_MANY_NOUNS = _words("dizaine douzaine quinzaine vingtaine trentaine quarantaine "
                         "cinquantaine soixantaine centaine millier handful dozen couple")


def _thing_subject(sentence: str) -> str | None:
    """The name a sentence opens with when "it" can mean it: a company or a body named by
    itself ("Boeing said on Monday …", "Acme Corp announced …"), not a person (no given
    name); else None."""
    tokens = _fronted(_tokens(sentence.lstrip()))
    k = 0
    while k < len(tokens) and tokens[k][:1].isupper() and tokens[k].isalpha():
        k += 1
    if not 0 < k <= 5 or k == len(tokens) or not tokens[k].isalpha() or \
            not tokens[k].islower() or tokens[0].lower() in _NOT_NAMES or \
            _first_name_sex(tokens[0]) or tokens[0] in _FIRST_PERSON:
        return None
    return " ".join(tokens[:k])


def _sentence_window(text: str, start: int, reach: int = _WINDOW) -> str:
    """The text before ``start`` back to the start of its sentence, or "" when that start is
    further back than the window reaches (a cut sentence has no subject to read)."""
    if start <= reach:
        return text[:start]
    window = text[start - reach:start]
    return window if _first_stop(window) >= 0 else ""


def _ru_body_aside(tokens: list[str]) -> list[str] | None:
    """A Russian body after "в" as far as the verb, without an aside between commas or
    brackets ("В ОАО РЖД, которому принадлежит 25% акций ППК, сообщили", "В Западно-
    Сибирской железной дороге (филиал ОАО «РЖД») заявили"); None when more than a name is
    left."""
    kept: list[str] = []
    depth = 0
    aside = False
    for t in tokens:
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        elif t == ",":
            aside = not aside
        elif not aside and not depth:
            kept.append(t)
    return kept if 2 <= len(kept) <= 9 and all(
        t[:1].isupper() or t in "«»" or "а" <= t[:1] <= "я" and not t.endswith(("л", "ли", "ла"))
        for t in kept[1:]) else None


def _role_then_name(tokens: list[str]) -> _Speaker | None:
    """The name in "Mr Fraser’s mother, Anne, said", "Its chairwoman, Janet Ellery, 67,
    said": a role, then the name of who holds it between commas (or before the verb)."""
    comma = tokens.index(",") if "," in tokens[:8] else -1
    first = comma + 1
    if comma <= 0 or not any(t[:1].islower() for t in tokens[:comma]) and \
            tokens[0].lower() not in _DETERMINERS and not (
                comma == 2 and tokens[0].endswith("s") and not _first_name_sex(tokens[0])
                and tokens[first:first + 1] in (["der"], ["die"])):
        # ("Der Verteidiger, …": German nouns; but "Holtmeyers Verteidiger, der Hamburger
        # Strafrechtler Matthias Reuter,": whose lawyer, then who he is)
        return None
    if first < len(tokens) and tokens[first] in _DE_ARTICLES and tokens[first][:1].islower():
        # "Ihr Gründer, der frühere Lokführer Dieter Kaminski, 68,": a description of the
        # one who holds it, then the name
        first += 1
        while first < len(tokens) and tokens[first][:1].islower() and first - comma <= 3:
            first += 1
    k = first
    while k < len(tokens) and tokens[k][:1].isupper() and k - first <= 3:
        k += 1
    if first < k < len(tokens) and (tokens[k] == "," or _verb(tokens[k]) in
                                    _SPEECH_VERBS) and \
            tokens[first].lower() not in _NOT_NAMES and (first == comma + 1 or k - first >= 3):
        if first > comma + 1:
            while k - first > 2 and (_is_demonym(tokens[first]) or _is_title(tokens[first])
                                     or tokens[first].lower() in _ROLES):
                first += 1  # ("der Norweger Per Olav Strand": who he is, then the name)
        found = _name_run(tokens[first:k])
        if found:
            return _Speaker(_join(found[0]), name=True, gender=found[1])
    return None


# The words in lower case a German subject holds.
_DE_IN_SUBJECT = _DE_ALL_ARTICLES | _words("und selbst")
_RU_ADJECTIVE_ENDS = ("ской", "ского", "ский", "цкой", "цкого", "ной", "ного", "ный", "ая")
_DE_FOCUS = _words("Auch Selbst Sogar Gerade")
_DE_COPULA = _words("ist war sind waren bleibt blieb zeigt zeigte gibt gab")


# English verbs in the past that do not end in -ed ("one man stood up and said").
_PAST_IRREGULAR = _words("stood got came took rose sat ran fell gave held brought shook threw "
                         "knelt spoke drew grew began sent")


# Nouns in -ait that are no imperfect verb.
_FR_NOT_IMPERFECT = _words("portrait extrait souhait attrait bienfait forfait trait")


def _sentence_subject(window: str, tokens: list[str] | None = None,
                      tail: list[str] | None = None) -> _Speaker | None:
    """The subject at the start of the sentence that ends the window: its first clause, up
    to a comma or the first verb that continues an earlier one ("A local radio host kept
    repeating")."""
    # "Asked whether …, Arteta smiled:", "By the third, the crowd was chanting “…”"
    # (``tokens``: the window's last sentence already read, opening phrase skipped;
    # ``tail``: that sentence's tokens as they are, read from the window as given.)
    if tokens is None:
        stamped = _after_entry_time(window)  # ("15:10 - Met Office: “…”")
        if tail is None or stamped is not window:
            tail = _sentence_tail(_tokens(stamped))
        window = stamped
        if tail[:1] in (["В"], ["Во"]) and (verb := next(
                (k for k in range(2, min(len(tail), 24)) if tail[k] in _SPEECH_VERBS), 0)) and (
                verb < 7 or (body := _ru_body_aside(tail[:verb])) is not None):
            # "В министерстве подтвердили": the body (also with its name in marks, or an
            # aside between commas: "В сети «Дом продуктов», которая …, заявили")
            return _describe(tail[:verb] if verb < 7 else body)
        tokens = _fronted(tail)
    chunk: list[str] = []
    if tokens[:1] and tokens[0][:1].isupper() and (
            inverted := _de_inverted_subject(tokens)) is not None:
        return inverted
    if len(tokens) > 2 and tokens[0] in _DE_FOCUS and tokens[1][:1].isupper():
        tokens = tokens[1:]  # "Auch Thomas Weber ist genervt:": "also", then the subject
    described = bool(tokens) and (tokens[0].lower() in _DETERMINERS or _l_article(tokens[0])
                                  or tokens[0].lower() in _ROLES and tokens[0].endswith("s"))
    # ("Organisers of the Dalesfield Festival cancelled …": a group with no article)
    named = _role_then_name(tokens)
    if named is not None:
        return named
    if len(tokens) > 3 and tokens[0][:1].islower() and (
            _is_title(tokens[0]) or tokens[0] in _ROLES):
        # "адвокат Ольга Мельникова задала суду вопрос:": a title in lower case (no article
        # before it in Russian), then the name
        k = 1
        while k < len(tokens) and k <= 3 and tokens[k][:1].isupper():
            k += 1
        if k >= 3 and (found := _name_run(tokens[1:k])) is not None and len(found[0]) >= 2:
            return _Speaker(_join(found[0]), name=True, gender=found[1])
    for t in tokens:
        if t in _BOUNDARY or _verb(t) in _CONTINUING or _verb(t) in _SPEECH_VERBS or \
                _verb(t) in _NAMING_VERBS or _verb(t) in _EVALUATIVE:
            break  # (and "Ihr Fraktionschef Klaus Imhof nennt den Vorgang „…“, warnt:")
        if described and len(chunk) >= 2 and (
                chunk[-1][0].islower() and chunk[-1].lower() not in _DETERMINERS and (
                    t in _AUX or t[0].islower() and t.endswith("ed"))
                or chunk[-1][0].isupper() and t[0].islower() and t.endswith("ed")
                and len(t) > 4):
            break  # "In 2016, the site surveyed …", "the Riverdogs thanked the council and
            # said …": the subject ends at its verb
        if described and len(chunk) >= 2 and chunk[-1].isalpha() and chunk[-1].islower() and (
                t in _FR_FINITE_AUX or len(t) > 5 and t.endswith(("aient", "ait"))
                and t.islower() and t not in _FR_NOT_IMPERFECT):
            break  # "Les gendarmes passaient dans les rues en répétant", "Les gendarmes sont
            # passés": a French subject ends at its verb
        if described and len(chunk) >= 3 and chunk[-1][:1].isupper() and \
                chunk[0].lower() in _FR_ARTICLES and (t in _FR_FINITE_AUX or t == "a") and (
                    chunk[0].lower() == "les" or chunk[1] in _ORG_WORDS):
            break  # "Le groupe Kalon Du a adressé", "les Ultras Castel avaient": after the name
            # of a body or a group too (not "La liste Ombreval Demain a gagné": no speaker)
        if len(chunk) >= 2 and chunk[-1].isalpha() and chunk[-1].islower() and \
                chunk[-1] not in _DETERMINERS and chunk[-1] not in _PREPOSITIONS and (
                    t in _PAST_IRREGULAR or t.endswith("ed") and len(t) > 4 and t.islower()):
            break  # "one woman stood up and said:", "Labour backbenchers responded with":
            # the subject ends at its verb
        if chunk and chunk[-1][0].isupper() and t.endswith(("n't", "n’t")):
            break  # "Mr Pearce didn't hesitate": the subject ends at its verb
        if len(chunk) >= 2 and chunk[0][:1].isupper() and chunk[0].lower() in _DE_ARTICLES and \
                chunk[-1][:1].isupper() and \
                t[:1].isalpha() and t[:1].islower() and t not in _DE_IN_SUBJECT and \
                t not in _PREPOSITIONS and (_is_title(chunk[-1]) or chunk[-1].lower() in _ROLES
                                            or chunk[-1].lower() in _DE_PERSON_NOUNS
                                            or chunk[-1].lower() in _ORG_WORDS):
            break  # "Der Bürgermeister trat ans Mikrofon und sagte:": the verb in second place
        if len(chunk) >= 2 and chunk[-1][:1].isupper() and chunk[-2][:1].isupper() and \
                (t in _DE_COPULA or t in ("zu", "gegenüber")):
            break  # "Thomas Weber ist genervt:", "KVB-Sprecherin Nadine Roth zu BILD:": a
            # German name, then its verb or whom it was told
        if len(chunk) >= 2 and "а" <= t[:1] <= "я" and t.endswith(_RU_PAST) and \
                _morphology().parse(t)[0].tag.POS == "VERB":
            break  # "президент клуба позвонил и сказал:": the subject ends at its verb
        if not chunk and "А" <= t[:1] <= "Я" and t.endswith(_RU_PAST) and any(
                p.tag.POS == "VERB" for p in _morphology().parse(t.lower())):
            return None  # "Постоял у двери и сказал:": a verb opens it, the subject unsaid
        if len(chunk) >= 3 and t in _THAT and chunk[-1].isalpha() and chunk[-1].islower() and \
                chunk[-1] not in _ROLES and not _is_title(chunk[-1]):
            chunk.pop()  # "Its authors report that “…”", "Ses auteurs reconnaissent que": the
            break  # subject, its verb, then what it says
        chunk.append(t)
    words = [t for t in chunk if t[0].isalnum()]
    if not words or len(words) > 8 or not (
            words[0][0].isupper() or words[0] in _DETERMINERS or words[0] in _PRONOUNS
            or _l_article(words[0])
            or len(words) <= 3 and words[-1] in _ROLES and words[-1].endswith("s")):
        # (a pronoun after an opening phrase: "Asked what …, she laughed:"; a group in lower
        # case: "In a written statement, hospital officials called …")
        return None
    if words[0].lower() in _NOT_NAMES and words[0].lower() not in _DETERMINERS and \
            words[0].lower() not in _PRONOUNS and words[0].lower() not in _HONORIFICS:
        return None  # (but "Mr Pearce didn't hesitate:")
    return _describe(chunk)


# An indefinite article brings in someone new ("One senior aide …", "A nurse …"); a definite
# one ("the president") points back at someone already named.
# "the 21-year-old", "der 61-Jährige", "la quadragénaire" (someone in their forties)
_AGED = re.compile(r"\d+-(?:year-old|Jährige[rn]?|летн\w+)|(?:trente|quadra|quinqua|sexa|"
                   r"septua|octo|nona)(?:génaire|genaire)s?|trentenaire|centenaire")
_DEMONSTRATIVE = _words("this that ce cet cette dieser diese dieses этот эта")


def _aged_named(texts: list[str], block: int, pos: int, years: str) -> str | None:
    """The full name the article gives with this age, last before ``(block, pos)``:
    "Martina Kowalski (44)", "Mario Pichler, 44,", "der 44-jährige Mario Pichler", "the
    27-year-old Daria Kovalenko", "Anne Leroy, 44 ans", or None."""
    pattern = _compiled(
        r"(" + _FULL_NAME_RUN + r"),? \(?(?:(?:an?|eine?|une?) (?=\d+-))?" + years +
        r"(?:\)|,| ans\b|-year-old\b|-[jJ]ährige)|\b" + years +
        r"-(?:jährige[rn]?|Jährige[rn]?|year-old)(?: [a-zäöüß-]+)* (" + _FULL_NAME_RUN + r")")
    for b in range(block, max(-1, block - _LOOKBACK_BLOCKS), -1):
        found = list(pattern.finditer(texts[b], 0, pos if b == block else len(texts[b])))
        if found:
            return found[-1].group(1) or found[-1].group(2)
    return None


_INDEFINITE = _words("a an one another un une ein eine einer один одна")
_LIST_WORDS = _words(", and und et и or oder ou или")
_PREVIOUS_REACH = 400  # characters back to the start of the sentence before, at most


def _known_surname(people: _People, texts: list[str], block: int, word: str) -> bool:
    """Whether a word is the surname of someone known or named with a first name in the
    paragraphs before this one."""
    if len(word) <= 2 or word.lower() in _NOT_NAMES:
        return False
    return word in people.by_word or block > 0 and _surname(texts, block - 1, word)


_DE_NOUN_FOLLOWERS = _words("für von aus mit an bei des der im am und")

_FIRST_POSSESSIVES = _words("my mein meine mon ma mes мой моя")


_ASIDE_PRONOUNS = _words("he she they il elle ils elles er sie он она они")


def _previous_subject(text: str, start: int, sentence: str = "",
                      known: Callable[[str], bool] | None = None) -> _Speaker | None:
    """The subject of the sentence before a quotation that opens a sentence, when it is a
    person: a name or a role ("One senior nurse at the hospital, who …, said …").
    ``sentence``, when given, is that sentence already found; ``known`` says whether a word
    is the surname of someone named before ("Brehmer selbst verabschiedete sich": a
    person, not a noun)."""
    if not sentence:
        near = text[max(0, start - 32):start]
        if start > 32 and not any(c in near for c in ".!?…。！？"):
            return None  # inside a long sentence: no sentence before it is near
        window = text[max(0, start - _PREVIOUS_REACH):start]
        whole = start <= _PREVIOUS_REACH  # the window starts where the text does
        stops = _stops(window, 2)
        if stops and window[stops[-1]:].strip():
            # "… war vor Ort. Er sagte: „…“": a short clause of attribution opens the
            # quotation's sentence; the sentence before it is the one to read.
            if len(window[stops[-1]:].split()) > 3:
                return None
            window = window[:stops[-1]]
            stops = stops[:-1] + [len(window)]
        if not stops:
            return None
        if len(stops) >= 2:
            sentence = window[stops[-2]:stops[-1]]
        elif whole:
            sentence = window[:stops[-1]]
        else:
            return None
    sentence = sentence.strip().rstrip(".!?…。！？")
    if not sentence or sentence[0] in _FAMILY:
        return None  # it starts with a quotation: its first word is not its subject
    head = sentence.split(None, 2)
    if len(head) >= 2 and head[1][:1].islower() and head[0][-1:].isalnum() and \
            head[0].lower() not in _DETERMINERS and not _opens_phrase(head[0]) and \
            head[0] != "As" and head[0].lower() not in _FIRST_POSSESSIVES:
        if "А" <= head[0][:1] <= "Я" and 0 < (comma := sentence.find(",")) <= 80 and (
                named := _describe(_tokens(sentence[:comma]))) is not None and \
                named.name and " " in named.text:
            return named  # "Студентка педагогического колледжа Вероника Гусева, 19 лет,
            # играет Нину": a role and what it is of, then her name
        # (but "My father, Jack Reardon, umpired …": a column's family)
        if known is not None and known(head[0]):
            return _Speaker(head[0], name=True, pure=True)  # a surname already known
        if head[0].endswith(("’s", "'s")) and head[1] in _WORDS_SAID:
            # "Nell’s reply is one of the best lines in the book. ‘…,’ she says": whose
            # words they are
            return _Speaker(head[0][:-2], name=True, pure=True)
        return None  # "Strong opposition from …": one word, then lower case: nobody named
    # (One sentence already: its subject is in its first words, so only those are read.)
    tokens = _tokens(sentence[:120])
    if "(" in tokens:
        tokens = _plain(tokens)  # "Bürgermeisterin Claudia Brandl (Freie Wähler) kann …"
        if not tokens:
            return None  # "(Alden: …)": all of it in brackets, no subject outside them
    if tokens[0].lower() in _DE_ARTICLES and _subjunctive(tokens[2:5]):
        return None  # "Eine Entscheidung müsse …": what is reported on, in his words
    rest = _fronted(tokens)
    opened = len(rest) < len(tokens)  # an opening phrase before the subject
    rest = rest[:24]
    named = _role_then_name(rest)
    if named is not None:
        return named
    comma = rest.index(",") if "," in rest[:7] else -1
    if comma > 1 and not opened and any(t[0].islower() for t in rest[:comma]):
        # "Lib Dem councillor Rachel Hume, whose ward …": a role, then the name.
        described = _describe(rest[:comma])
        if described is not None and described.name and " " in described.text:
            return described
    words = [t for t in rest if t[0].isalnum() or t in ",."]
    run = 0
    while run < len(words) and words[run][0].isupper() and words[run][0].isalnum() or \
            run and run < len(words) and words[run] == "." and words[run - 1].lower() in _ABBREV:
        run += 1
    if run and run < len(words) and (words[0].lower() not in _NOT_NAMES
                                     or words[0].lower() in _HONORIFICS) and (
        words[run] == "," or words[run][0].islower() and words[run] not in _ROLES
        and not _is_title(words[run])  # "Arsenal manager Mikel Arteta": not Arsenal
        and not (run == 1 and words[1] in _OF and _is_title(words[0]))
        # ("Minister for Agriculture Pádraig Kinsella": a title, whose holder is named after)
    ):
        # The name the sentence opens with is its subject ("Paul Smith met Tom Jones"), not
        # the last one in its first clause.
        # One capitalized word is a person only with an appositive or a clause after it
        # ("Ossei-Brown, speaking at his locker, …"; not "Trade fell …"), or after an
        # opening phrase, where a common noun would not be capitalized ("By Friday, Lopez
        # had changed her mind").
        names = [w for w in words[:run] if w != "."]
        if words[run] == "," and len(words) > run + 2 and words[run + 1] in _ASIDE_PRONOUNS \
                and _verb(words[run + 2]) in _SPEECH_VERBS:
            return None  # "Footfall, he said, was up on last year": what he spoke of, and
            # someone else speaking of it
        if len(names) == 1 and names[0][:2] in ("L’", "L'") and names[0][2:3].islower():
            # "L’homme, la cinquantaine, …": the man, no name (but "L’étoile, quand elle est
            # tombée, il a failli la refuser": a thing)
            return _Speaker(names[0]) if _fr_someone(names[0][2:]) else None
        listed = words[1] == "," and len(words) > 3 and words[2][:1].isupper() and \
            words[3].lower() in _LIST_WORDS  # "Intensivstationen, Kreißsäle und …": nouns
        found = _name_run(names) if len(names) >= 2 or words[1] == "," and not listed or \
            opened and not (len(names) == 1 and words[1] in _DE_NOUN_FOLLOWERS) else None
        # ("Für Andrea Kuster, Professorin für Bankrecht …, ist": after a German opening
        # phrase, a capitalized word followed by a preposition or an article is a noun)
        if found and (len(found[0]) >= 2 or len(names) == 1 and (words[1] == "," or opened)
                      or len(names) == 2 and names[0].lower() in _HONORIFICS) \
                and words[0].lower() not in _DETERMINERS and not any(
                    w.lower() in _ROLES or w.lower() in _ORG_WORDS or w.endswith(("’s", "'s"))
                    or w.isupper() for w in found[0]):
            return _Speaker(_join(found[0]), name=True, gender=found[1], pure=True)
    if not words or words[0].lower() not in _DETERMINERS:
        return None  # no name opens it, and no role: nobody this sentence is about
    subject = _sentence_subject(sentence, rest)
    if subject is None or subject.pronoun:
        return None
    if subject.name:
        return subject if " " in subject.text else None
    words = subject.text.split()
    head = words
    for k, w in enumerate(words):
        if k and w.lower() in _PLACE_PREPS | _OF:
            head = words[:k]  # "one senior nurse at the hospital": the nurse
            break
    if len(head) >= 2 and head[0].lower() in _INDEFINITE and (
        head[-1].lower() in _ROLES and not head[-1].endswith("s") or _is_title(head[-1])
    ) and not any(" " in m.group() for m in _compiled(_CAPRUN_PATTERN).finditer(sentence)):
        return subject  # (a role with a name in its sentence is that person: not here)
    return None


_QUOTE_MARKS = re.compile("[“”„«»‹›「」『』\"]")  # (’ and ' are apostrophes as well)
_OPENING_MARKS = re.compile("[“„«‹「『‘\"]")


def _name_in_marks(sentence: str, at: int) -> bool:
    """Whether the marks opening at ``at`` hold a short name inside the sentence's words
    ("Источник «Ъ», знакомый с …, уточняет"), not a quotation."""
    close = _QUOTE_MARKS.search(sentence, at + 1)
    return close is not None and close.start() - at < _SHORT and \
        sentence[:at].strip()[-1:].isalpha()


_SHARED = _words("teilte teilt teilten")


_RU_IN_BODY = re.compile(r" во? ([^,.;:!?]{2,80})")


# German auxiliaries in the Konjunktiv I, which only reported words use.
_DE_REPORTED_AUX = _words("habe sei seien werde")


_DE_AFTER_IN = _DE_ALL_ARTICLES | _words("sein seine seinem seiner seinen ihr ihre ihrem "
                                         "ihrer ihren unser unsere unserem unserer")


def _de_phrase_first(sentence: str) -> bool:
    """Whether a German phrase of place or time opens the sentence ("Am Ende", "Nach dem
    Spiel"; "In" only with a German article or possessive after it, as English has it too)."""
    words = sentence.split(None, 2)
    return words[0] in _DE_FRONTED and (
        words[0] != "In" or len(words) > 1 and words[1].lower() in _DE_AFTER_IN)


def _up_to_comma(words: list[str]) -> list[str]:
    """The words up to the first that ends in a comma, that one included."""
    end = next((k for k, w in enumerate(words) if w.endswith(",")), len(words) - 1)
    return words[:end + 1]


def _reported_by(sentence: str) -> _Speaker | None:
    """Who a sentence of reported speech reports: the subject of its first verb of speech
    ("Retired teacher Dev Patel, who chairs the group, said the council had …": Dev Patel),
    or None when it has none or none is found."""
    words = _plain_words(sentence)
    # ("…, teilte ein Sprecher mit.": German "mitteilen", its particle at the end)
    split = words[-1:] == ["mit"] and not _SHARED.isdisjoint(words)
    if _SPEECH_VERBS.isdisjoint(words) and not split:
        if words[:1] == ["По"] and words[2:3] in (["словам"], ["мнению"]) and \
                words[1] in _RU_POSSESSIVE_SEX:
            # "По его словам, в регионе рассматривают …": his words, whoever "he" is
            sex = _RU_POSSESSIVE_SEX[words[1]]
            return _Speaker("он" if sex == "m" else "она", pronoun=sex)
        if ("according" in words or words[:1] in (["Selon"], ["Laut"], ["According"])
                or words[:2] in (["По", "словам"], ["По", "мнению"])) and (
                source := _ACCORDING_TO.search(sentence)) is not None:
            # "Workers were paid per clip, according to one former contractor, who …",
            # "Selon un négociateur du PS, la note …": the source the sentence reports.
            source_is = _object(_tokens(sentence[source.end():]))
            return source_is if source_is is None or source_is.name or \
                not source.group().lstrip().startswith("По") else None  # (a Russian
            # description is in the genitive there: "по словам источника")
        if "so" in words and (so := _DE_SO_NAME.search(sentence)) is not None:
            return _Speaker(so.group(1), name=True)  # "Entscheidend sei der Anruf gewesen, so
            # Köhler:": German "so" and a name after what they said
        if not _HEISST.isdisjoint(words) and (found := _attribution_before(
                sentence.rsplit(": ", 1)[-1].strip().rstrip(".!?…"))).verb and \
                found.speaker is not None and found.speaker is not _UNRESOLVED:
            return found.speaker  # "In einer Mitteilung der Staatsanwaltschaft hieß es, man
            # habe …": the document
        return None  # (most sentences: no verb of speech at all, found in one step)
    for m in _PLAIN_WORD.finditer(sentence):
        if _verb(m.group()) in _SPEECH_VERBS or split and m.group() in _SHARED:
            if sentence[m.start() - 1:m.start()] in ("’", "'") and \
                    sentence[max(0, m.start() - 3):m.start() - 1].lower().endswith(("l", "d")):
                continue  # "a découvert l’alerte": a noun after its article
            if _ADJECTIVE_BEFORE.search(sentence, max(0, m.start() - 6), m.start()):
                continue  # "What added thing is there": an adjective, not a verb
            if (opening := _OPENING_MARKS.search(sentence, 0, m.start())) and \
                    not _name_in_marks(sentence, opening.start()):
                # A quotation before the verb: who speaks is between its end and the verb
                # ("… “transparency,” Caudevilla said."), or after the verb ("…,” said X").
                # (But a name in marks is part of the subject: "Источник «Ъ», … уточняет".)
                close = max(sentence.rfind(c, 0, m.start()) for c in "”»“\"")
                between = [t for t in _tokens(sentence[close + 1:m.start()]) if t[0].isalnum()]
                if close < 0 or len(between) > 4:
                    return None
                return _subject(between) if between else _object(_tokens(sentence[m.end():]))
            if sentence[:m.start()].rstrip().endswith(",") and len(
                rest := sentence[m.end():].split(",", 1)[0].split()  # (up to a clause
                # after the subject: "…, sagt die 71-Jährige, während hinter ihr …")
            ) <= 6 and (after := _object(_tokens(" ".join(rest)))) is not None and (
                after.name or after.pronoun in ("m", "f") and (
                    len(rest) <= 2
                    or len(rest) <= 4 and rest[1] in ("dem", "der", "gegenüber"))  # ("…, sagt er
                # dem SPIEGEL.")
                or after.text.split()[0].lower() in _DETERMINERS
                and any(_is_title(w) for w in after.text.split()[1:3])
                or "а" <= m.group()[:1] <= "я" and after.text.split()[0] in _SOURCES
            ):
                # "Viele Älpler hätten ans Aufhören gedacht, sagt Casutt.", "…, sagte ein
                # Sprecher.", "…, sagte eine Sprecherin der Behörde dem SPIEGEL.", "…, sagt
                # er.": the reported words, then the verb and its subject ("…, сообщил
                # «Интерфаксу» источник в экстренных службах").
                return after
            if m.group().endswith("ли") and (body := _RU_IN_BODY.match(sentence, m.end())):
                # "Об этом ТАСС сообщили в пресс-службе суда": the body, after the verb
                return _Speaker(_ru_body_in(_tokens(body.group(1))))
            if not _DE_REPORTED_AUX.isdisjoint(clause := _plain_words(
                    sentence[sentence.rfind(",", 0, m.start()) + 1:m.start()])) and \
                    "ich" not in clause and "wir" not in clause:
                continue  # "Ihr Ausbilder habe ihr versichert, …, erzählt sie": a verb in
                # the words reported (German Konjunktiv I), not the one who reports them
            found = _attribution_before(sentence[:m.end()] + (
                " " + " ".join(sentence[m.end():].split()[:2])
                if sentence.split(None, 1)[0].lower() in _DE_ADVERBS_FIRST else
                " " + " ".join(_up_to_comma(sentence[m.end():].split()[:4]))
                if "," not in sentence[:m.start()] and _de_phrase_first(sentence) else ""))
            # ("Zugleich räumte er ein, …", "Am Ende schildert die Wirtin, was …": German
            # puts the subject after the verb when an adverb or a phrase opens the sentence,
            # so the words after it are read too.)
            if found.speaker is _UNRESOLVED:
                # "… called the scheme ‘…’ and said she would …": the sentence's subject.
                window = sentence[:m.start()]
                return _role_or_sentence_subject(window)
            if found.speaker is not None and found.speaker.text.split()[0] in _DE_DATIVE:
                return None  # "Sie habe dem Vorstand einen Brief geschrieben": whom to
            return found.speaker if found.verb else None
    return None


# Gestures that go with words: "She laughed. “…”", "Er zögert. „…“".
_BEATS = _words("""
laughed laughs smiled smiles grinned grins shrugged shrugs sighed sighs nodded nods paused
pauses hesitated hesitate hesitates winced chuckled chuckles frowned beamed
sourit rit soupire hésite hausse
lacht lachte lächelt lächelte seufzt seufzte zögert zögerte nickt nickte grinst grinste
schmunzelt schmunzelte schüttelt schüttelte zuckt zuckte überlegt überlegte
shakes shook grimaced grimaces winked winks
hoche secoue rigole grimace acquiesce réfléchit
улыбается улыбнулся улыбнулась смеётся смеется засмеялся засмеялась вздыхает вздохнул
вздохнула кивает кивнул кивнула качает покачал покачала пожимает пожал пожала усмехается
усмехнулся усмехнулась
""")
# Where one of them may be (a quick look before the sentence is read).
_BEAT_HINT = re.compile(r"laugh|smil|grin|shrug|sigh|nod|paus|hesitat|winc|chuckl|frown|beam|"
                        r"sourit|rit |soupir|hésit|hauss|lach|lächel|seufz|zöger|nick|schmunzel|"
                        r"schüttel|zuckt|überleg|shak|shook|grimac|wink|hoche|secoue|rigole|"
                        r"acquiesce|réfléch|улыба|смеё|смее|засмея|вздых|вздох|кива|кивн|кача|покача|"
                        r"пожима|пожал|усмех")
_BEAT_MARKS = frozenset("“\"«„‘»")  # (» opens German words: »Gucken ist gut.«)


def _beat(sentence: str) -> _Speaker | None:
    """Who makes the gesture of a sentence like "Asked about it, the 21-year-old laughed"
    or "Er zögert": the subject of its verb of gesture, a person or a pronoun."""
    if _BEATS.isdisjoint(_plain_words(sentence)) or _OPENING_MARKS.search(sentence):
        return None  # (“…,” Izuku grinned: a gesture with words of its own)
    tokens = _tokens(sentence)
    for k, t in enumerate(tokens):
        if t in _BEATS:
            if k + 1 < len(tokens) and tokens[k + 1].lower() in _SUBJECT_PRONOUNS:
                t1 = tokens[k + 1]  # "Dann lacht er."
                return _Speaker(t1, pronoun=_PRONOUNS[t1.lower()])
            j = k
            while j > 1 and (tokens[j - 1].lower() in _AUX or tokens[j - 1] == "not"
                             or tokens[j - 1].endswith(("n't", "n’t"))):
                j -= 1  # "Mr Pearce didn't hesitate": the verb's auxiliary is no subject
            subject = _beat_of(sentence) if tokens[j - 1].lower() in _BUT_AND else \
                _subject(tokens[:j])  # ("Pelletier reads it aloud and laughs": the first
            # verb's subject, a name or a pronoun, makes the second gesture too)
            if subject is not None and (subject.pronoun in ("m", "f") or subject.name
                                        or len(subject.text.split()) <= 5):
                return subject
            return None
    return None


_QUOTE_CHARS = re.compile("[“”„«»‹›「」『』\"]")


_SIGN_WORDS = (r"signs?|placards?|banners?|posters?|notices?|notes?|Schild(?:ern?)?|"
               r"sheets? of (?:cardboard|paper)|boards?|plaques?|inscriptions?|"
               r"Plakat(?:en?)?|Transparent(?:en?)?|Spruchb(?:a|ä)nd(?:ern?)?|Banner|Aushang|"
               r"Zettel|Schriftzug|pancartes?|posts?|"
               r"banderoles?|affiches?|affichettes?|écriteaux?|panneaux|panneau|"
               r"плакат\w{0,2}|баннер\w{0,2}|растяжк\w{0,2}|транспарант\w{0,2}|надпис\w{0,2}|"
               r"табличк\w{0,2}|вывеск\w{0,2}|\w+schild(?:ern?)?")
# The words one of which stands in the last three before a sign's words (read first: most
# quotations have none of them, and the sign is not looked for).
_SIGN_NEAR = _words("""
read reads reading said saying stand steht proclamant portant надписью sign signs placard lit
schriftzug
spruchband spruchbänder zettel
placards banner banners poster posters notice notices schild schilder plakat plakate
transparent transparente aushang pancarte pancartes banderole banderoles affiche affiches
panneau panneaux плакат плакаты баннер баннеры растяжка растяжку транспарант транспаранты
gemalt geschrieben painted written blechschild holzschild pappschild табличка табличку
вывеска вывеску надпись объявление
""")
_SIGN_BEFORE = re.compile(
    r"((?:\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Uu]ne?|[Ll][ae]s?|[Ee]ine[mnrs]?|[Ee]in|[Dd]e[rmns]|[Dd]ie|"
    r"[Dd]as)\s+(?:[\w’'-]+\s+){0,2}?)?(?:" + _SIGN_WORDS + r"))"
    r"(\s+(?:that|which)\s+(?:read|reads|said|says)|\s+(?:reading|saying|proclamant|"
    r"portant|stand|steht)|\s+с\s+надписью)?\s*:?\s*$")


# “…,” read one sign near the front: the sign, after the verb that reads it out.
_SIGN_AFTER = re.compile(r"[,\s]*(?:reads? ((?:an?|one|the|another|his|her|their) "
                         r"(?:[\w’'-]+ ){0,2}?(?:" + _SIGN_WORDS + r"))|(?:steht|stand|stehen|"
                         r"standen) (?:auf|an) ((?:den|dem|der|einem|einer) "
                         r"(?:[\w-]+ ){0,2}?(?:" + _SIGN_WORDS + r")))\b")


# A sign, then a clause about it that ends with the verb reading it out ("ein Transparent
# in der Ostkurve, auf dem stand:", "a banner, painted on a bedsheet:").
_SIGN_CLAUSE = re.compile(
    r"((?:\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Uu]ne?|[Ll][ae]s?|[Ee]ine[mnrs]?|[Ee]in|[Dd]e[rmns]|[Dd]ie|"
    r"[Dd]as)\s+(?:[\w’'-]+\s+){0,2}?)?(?:" + _SIGN_WORDS + r"))\b[^.!?:«»„“”\"]{0,120}?"
    r"\b(?:stand|steht|stehen|standen|gemalt|geschrieben|read|reads|painted|written)"
    r"(?:\s+(?:nur|noch|nun|groß|simply|only|just)){0,2}(?:,\s+[^.!?:«»„“”\"]{1,40})?"
    r"\s*[:,]\s*$")  # ("stand nur noch:", "a post in the village group read simply:", "The
# hand-lettered sign above the register still reads, in English and Portuguese,")


# "Sur un panneau peint à la main …, on lit, en arabe et en français :": on the sign, one
# reads.
_SIGN_ON_IT = re.compile(
    r"\b(?:[Ss]ur|[Dd]ans) ((?:une?|l[ae]|l’|l')\s*(?:[\w’'-]+\s+){0,2}?(?:" + _SIGN_WORDS +
    r"))\b[^.!?:«»„“”\"]{0,90}?,\s*on (?:peut )?(?:y )?lit\b[^.!?:«»„“”\"]{0,40}:\s*$")


# A sign with its article, then a clause about it and a colon ("une grande banderole,
# accrochée au portail :").
_SIGN_THEN_COLON = re.compile(
    r"(\b(?:[Aa]n?|[Tt]he|[Uu]ne?|[Ll][ae]s?|[Ee]ine[mnrs]?|[Ee]in|[Dd]e[rmns]|[Dd]ie|[Dd]as)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:" + _SIGN_WORDS + r")),[^.!?:«»„“”\"]{1,50}:\s*$")


# A sign with its article (none in Russian), then words about it and a colon ("a
# hand-lettered sign nailed to a piling:", "une banderole plus récente a été peinte à la
# main :", "табличка, явно самодельная:"); a note is left out ("a note to investors, …").
_SIGN_AT_COLON = re.compile(
    r"(\b(?:[Aa]n?|[Tt]he|[Uu]ne?|[Ll][ae]s?|[Ee]ine[mnrs]?|[Ee]in|[Dd]e[rmns]|[Dd]ie|[Dd]as)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?!notes?\b)(?:" + _SIGN_WORDS + r")|(?<!\w)(?:табличк\w{0,2}|"
    r"вывеск\w{0,2}|плакат\w{0,2}|надпис\w{0,2}|объявлени[ея](?=,)))\b"
    r"((?:[^.!?:«»„“”\"]|(?<=\d)\.){1,90}):\s*$")  # (a German ordinal: "zum 70. Geburtstag")


# "A hand-painted sign … has become an attraction. It reads:": the sign the sentence
# before was about (with its article, the last one named there).
_IT_READS = re.compile(r"(?:^|[.!?]\s+)(?:It|[A-Z][^.!?:]{0,60}, it) (?:reads?|says|said)"
                       r"(?: simply| only| in full)?:\s*$")  # ("In marker pen, it reads:")
_SIGN_NAMED = re.compile(r"\b((?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w’'-]+\s+){0,2}?(?!notes?\b)(?:"
                         + _SIGN_WORDS + r"))\b")
# German "Darauf steht:", "in krakeliger Schrift steht darauf:": the sign named before, with
# its article ("eine Bronzetafel", "ein Zettel").
_DE_ON_IT_STANDS = re.compile(r"(?:^|[.!?]\s+)(?:Darauf (?:steht|stand|ist zu lesen|war zu lesen)"
                              r"|[^.!?:]{0,60} (?:steht|stand) darauf)(?: nur| bloß)?:\s*$")
_DE_SIGN_NAMED = re.compile(r"\b((?:[Ee]ine?|[Dd]as|[Dd]er|[Dd]ie)\s+(?:[\w’'-]+\s+){0,2}?(?:"
                            + _SIGN_WORDS + r"|\w*[Tt]afel))\b")


def _sign_before(before: str, quoted: str) -> str | None:
    """The sign, banner or placard right before a quotation, which says it: with a verb
    that reads it out ("a sign that read", "Transparente stand:", "ein Transparent, auf
    dem stand:") or before a whole sentence in marks."""
    if before.endswith(": ") and (it := _IT_READS.search(before)) is not None:
        signs = _SIGN_NAMED.findall(before, 0, it.start())
        return signs[-1] if signs else None
    if before.endswith(": ") and "darauf" in before.lower() and (
            on_it := _DE_ON_IT_STANDS.search(before)) is not None:
        signs = _DE_SIGN_NAMED.findall(before, 0, on_it.start())
        return signs[-1] if signs else None
    match = _SIGN_BEFORE.search(before)
    if match is None or not (match.group(2) or before.rstrip().endswith(":") or
                             quoted.rstrip(" ”’»“\"'\u00a0")[-1:] in ".!?"):
        match = _SIGN_CLAUSE.search(before) or _SIGN_THEN_COLON.search(before) or \
            _SIGN_ON_IT.search(before)
        if match is None:
            match = _SIGN_AT_COLON.search(before)
            if match is None or any(_verb(w) in _SPEECH_VERBS
                                    for w in _plain_words(match.group(2))):
                return None  # ("a sign of it came when the minister said:": he says it)
    words = match.group(1).split()
    if "whose" in words:
        return None  # ("a plinth whose plaque reads:": the plinth says nothing)
    k = max((k for k, w in enumerate(words) if w.lower() in _ARTICLES_ONLY
             and words[k - 1].lower() not in _ARTICLES_ONLY), default=0)
    # (from its own article: not "dem Frühjahr ein Transparent"; but "einem der Transparente")
    return " ".join(words[k:])


_FR_NOT_VERBS = _words("""
une elle cette notre votre comme entre contre même toute toutes grande grave juste simple
probable possible nécessaire inacceptable insupportable indispensable inadmissible
""")


def _fr_subject_before(before: str, quoted: str) -> _Speaker | None:
    """The subject a French clause ends with when the words in marks go on with its verb
    ("l’intersyndicale « appelle à … »", "le club a « félicité l’adversaire »", "La Peep,
    plus modérée, « comprend les inquiétudes »"): a noun phrase of a few words after a comma
    or at the start of the sentence, with no verb of its own (an apposition after it, between
    commas, and a parenthesis inside it are passed over)."""
    words_in = quoted.lstrip("« \u00a0\u202f").split(None, 2)
    if not words_in or not words_in[0].islower():
        return None
    first = words_in[0]
    head = before.rstrip()
    auxiliary = head.endswith((" a", " ont"))
    if auxiliary:
        # "a « fermement condamné »": the auxiliary before the marks, the participle in them
        participle = words_in[1] if first.endswith("ment") and len(words_in) > 1 else first
        if not participle.endswith(_FR_PARTICIPLE_ENDS) or len(participle) < 4:
            return None
        head = head.rsplit(None, 1)[0]
    elif first not in _FR_IRREGULAR_VERBS and not (
            len(first) >= 4 and first.endswith(("e", "ent", "ra", "ront"))
            and first not in _FR_NOT_VERBS):
        return None
    sentence = _compiled(r"(?:^|[.;:!?]\s)([^.;:!?«»]{3,160})$").search(head)
    if sentence is None:
        return None
    parts = [part.strip() for part in sentence.group(1).split(",")]
    appositive = head.endswith(",") and len(parts) >= 3 and parts[-2][:1].islower() and \
        parts[-2].split(None, 1)[0].lower() not in _DETERMINERS
    if appositive:
        parts = parts[:-2]  # "la FCPE, première fédération de parents d’élèves,"
    words = parts[-1].split("(", 1)[0].split()  # ("l’agence régionale de santé (ARS)")
    if len(_FR_PARENTHESIS.sub(" ", parts[-1]).split()) > 7:
        return None  # (the clause runs on past its parenthesis: "La députée (LFI) de … a jugé")
    while len(words) > 1 and words[-1] in _FR_CLITICS:
        words.pop()  # "Le club y « remercie … »": the pronoun before the verb
    if not 1 <= len(words) <= 7 or words[-1].lower() in _DETERMINERS or not (
        words[0].lower() in _DETERMINERS or words[0].lower().startswith(("l’", "l'"))
        or words[0][:1].isupper() and words[0].lower() not in _NOT_NAMES
    ) or words[0].lower() in _PREPOSITIONS or any(
        w in _SPEECH_VERBS or w in _RUN_ON or w in _FR_IRREGULAR_VERBS
        or w.lower() in _FR_CLAUSE_WORDS for w in words
    ) or (auxiliary or appositive or len(words) > 4) and not any(
        w[:1].isupper() and w.lower() not in _DETERMINERS
        or (noun := w.lower().rsplit("’", 1)[-1]) in _ORG_WORDS or _is_title(noun)
        for w in words
    ):
        return None  # (further from the marks, "Les pluies d’octobre ont « redonné … »": a
        # subject that is nobody who speaks)
    return _describe(_tokens(" ".join(words)))


# Present and future forms that do not end as the regular ones do ("prend", "fait"), the
# endings of a past participle, and the words that start a clause of its own.
_FR_IRREGULAR_VERBS = _words("""
prend comprend entend attend défend répond reconnaît promet permet admet fait dit doit peut
veut sait va est sont ont vont font doivent peuvent veulent prennent
""")
_FR_PARTICIPLE_ENDS = ("é", "és", "ée", "ées", "i", "is", "it", "u", "us", "ert")
_FR_CLAUSE_WORDS = _words("que qu’ qu' qui dont où si quand lorsque")
_FR_PARENTHESIS = re.compile(r"\([^()]*\)")


_FR_CLITICS = _words("y en lui leur nous vous se s’ s' ne n’ n'")
# A verb in the present or the past participle right after « … », then its subject.
_FR_INVERTED_AFTER = re.compile(r"\s*,\s*([a-zàâçéèêëîïôûùüœ]{3,}(?:e|é|ait))\s+"
                                r"((?:le|la|les|un|une|son|sa|ses|cet|cette|l’|l')\s?"
                                r"[^,.;:!?«»]{2,60}"
                                # (or a full name: "« … », analyse Thomas Lévêque, sociologue")
                                r"|[A-ZÀ-Ý][\w’'-]+\s+[A-ZÀ-Ý][\w’'-]+(?=\s*[,.;]))")
_FR_NOT_VERBS_AFTER = _words("comme entre contre lorsque puisque quoique presque même jusque "
                             "quelque outre")


def _fr_verb_clitic(word: str) -> bool:
    """A French pronoun or negation that stands before a verb ("se", "ne", "s’inquiète")."""
    return word in ("se", "ne") or word[:2] in ("s’", "s'", "n’", "n'") and len(word) > 3


_CLAUSE_PRONOUN = re.compile(
    r"(?:^|, )([Ss]he|[Hh]e|[Ee]lle|[Ii]l|[Ee]r|[Оо]н|[Оо]на) [a-zа-яäöüéè]"
    r"|(?:^\s*[A-ZÄÖÜ][a-zäöüß]+|, ) ?[a-zäöüß]+(?:te|ete|ng|nd|ief|and|ab) (er|sie) [a-zäöü]")
# (and a German verb in second place, then its pronoun: "Zugleich fand sie deutliche Worte
# …:", ", schüttelte sie den Kopf:")


def _whole_sentence(quoted: str) -> bool:
    """Whether the words in marks are a whole sentence of four words or more, not in Title
    Case (a title in marks is not said by anyone)."""
    if quoted.rstrip(" ”’»“\"'\u00a0\u202f")[-1:] not in ".!?…":
        return False
    words = quoted.split()
    return len(words) >= 4 and len([w for w in words if w[:1].isupper()]) <= len(words) / 2


def _prefer_known(subject: _Speaker | None, sentence: str, known: Callable[[str], bool]
                  ) -> _Speaker | None:
    """A name that opens a sentence checked against the people named before: capitals that
    open a German sentence are no name when someone known is named later in it ("Weitere
    Arbeitsniederlegungen schloss Brinkmann nicht aus")."""
    if subject is None or not subject.name or known(subject.text.split()[-1]) or \
            _given_name_gender(subject.text.split()[:2]):
        return subject  # (and a first name and surname: "Daniel Kruse (Trainer SC Verl):")
    named = [run.split()[-1] for run in _compiled(_CAPRUN_PATTERN).findall(sentence)
             if known(run.split()[-1])]
    return _Speaker(named[-1], name=True) if named else subject


# English nouns for words someone said, after the possessive of who said them ("Nell’s
# reply is …", "His verdict:").
_SAID_NOUNS = "advice verdict message response reply answer explanation reaction"
_WORDS_SAID = _words(_SAID_NOUNS + " retort comment remark words")
_WHOSE_ADVICE = re.compile(
    r"(?:^|\s)(Sein|Ihr|His|Her|Son|Sa|(?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+[’']s) (?:\w+ )?"
    r"(?:Rat|Fazit|Appell|Credo|Tipp|Motto|Antwort|Botschaft|Prognose|Einschätzung|"
    + "|".join(_SAID_NOUNS.split()) + r"|assessment|warning|conclusion|prediction|plea|"
    r"conseil|réponse|explication|réaction|constat|avertissement|text|letter|note|email|"
    r"Brief|Nachricht)"
    r"(?: (?:was|is) \w+(?: \w+)?|,? [^.!?:,]{0,40}? (?:reads|read|ran|runs)(?:,? in full)?"
    r"|, [^.!?:,]{1,30}| tient en \w+ \w+)?:\s*$")
# (and what it says as the sentence goes on: "Mills’s text to her that evening reads, in
# full:", "Sa réponse, le lendemain matin :", "Son avertissement tient en deux phrases :")
_WHOSE_SEX = {"sein": "m", "his": "m", "ihr": "f", "her": "f", "son": "?", "sa": "?"}
# "Hansa trennt sich von Rademacher – Kellner:": a headline's speaker, after its dash.
_DASH_LABEL = re.compile(r"\s[–—]\s+((?:[A-ZÀ-ÖØ-Þ][\w’'-]+\s){0,2}[A-ZÀ-ÖØ-Þ][\w’'-]+):\s*$")

_SHORT_IN_MARKS = re.compile(r"[“«„‘\"]\s?(?:[^“”«»„\"\s]+\s?){1,3}[”»“’\"]")


def _about(lead: str, known: Callable[[str], bool]) -> _Speaker | None:
    """The person a sentence just before a whole sentence in marks is about, who says it
    ("Le ministre, Romuald Adjovi, ne cache pas son agacement. « … »"): a name or a pronoun,
    the subject of that sentence."""
    if len([w for w in lead.split() if w.islower()]) < 3 or _QUOTE_CHARS.search(
            _SHORT_IN_MARKS.sub("", lead)):
        return None  # (nor a reference: "Walrond, Carl (2012)."; a short term in marks is
        # part of the sentence: "parle carrément d’une « saignée ».")
    if len((said := lead.rstrip(" .").rsplit(", ", 1))[-1].split()) <= 4 and len(said) == 2 \
            and not _SPEECH_VERBS.isdisjoint(said[1].split()) and \
            not _QUOTE_CHARS.search(said[0]) and (reported := _reported_by(lead)) is not None \
            and (reported.name or reported.pronoun in ("m", "f")):
        return reported  # "Fair Skies is not asking for the moon, Natarajan told me. ‘…’":
        # whose words the sentence reports goes on, not what they are about
    subject = _prefer_known(_previous_subject("", 0, lead), lead, known)
    if subject is None and 0 < lead.find(", ") < 60:
        # "Joint par téléphone, le ministre …": a short opening phrase, then the subject
        subject = _previous_subject("", 0, lead[lead.find(", ") + 2:])
    if subject is None and (pronoun := _CLAUSE_PRONOUN.search(lead)) is not None:
        # "Later, walking me back to the car, she returned to the question": a pronoun
        # after the opening phrases is the subject.
        word = pronoun.group(1) or pronoun.group(2)
        subject = _Speaker(word, pronoun=_PRONOUNS[word.lower()])
    if subject is None and not _QUOTE_CHARS.search(lead):
        subject = _one_person(lead, known)  # (not past a term in marks: whose words are they?)
    if subject is None and lead.rstrip().endswith(":") and \
            (role := _role_subject(lead.rstrip(" :"))) is not None:
        return role  # "Le directeur d’Enedis refuse de s’avancer : « … »": who holds it
    if subject is None and lead.rstrip().endswith(":") and \
            (written := _sentence_subject(lead.rstrip(" :"))) is not None and \
            not written.name and not written.pronoun and \
            written.text.split()[0].lower() in _DETERMINERS and \
            written.text.split()[-1].lower() in _WRITTEN_THINGS:
        return written  # "A comment left in the park’s visitor book sums up the mood: ‘…’":
        # what the words are written in
    return subject if subject is not None and (
        subject.name or subject.pronoun in ("m", "f")) else None


def _noun_then_name(text: str) -> bool:
    """Whether a description is an article, a noun in lower case and then a capitalized
    name ("le laboratoire Valmont Pharma")."""
    words = text.split()
    return len(words) >= 3 and words[1].islower() and words[2][:1].isupper()


# Things with words on them that a sentence may be about.
_WRITTEN_THINGS = _DOCUMENTS | _words("comment entry card postcard review")
_SURNAME_PARTICLES = _words("Le La De Du Van Von Da Di Del")


def _one_person(sentence: str, known: Callable[[str], bool]) -> _Speaker | None:
    """The only person a sentence names, by a given name and a surname or by a surname
    known from before, wherever it stands in the sentence ("Der Sicherheitsforscher Jonas
    Ebbinghaus vom … hält den Fall für typisch.", "Gegen 21 Uhr trat Lembke noch einmal
    vor ihre Anhänger."); None when it names nobody or more than one."""
    found: dict[str, str] = {}  # surname: the name as written
    for m in _compiled(_CAPRUN_PATTERN).finditer(sentence):
        words = sentence[max(0, m.start() - 12):m.start()].split()[-1:] + m.group().split()
        named = len(words) - len(m.group().split())  # (the word before the run, if any)
        first = next((k for k in range(named, len(words) - 1) if _first_name_sex(words[k])),
                     None)
        if first is None and not (words[-1] not in found and known(words[-1])) or \
                words[-1].endswith(("’s", "'s")):
            continue  # (nor whose analysis it is: "Stack Overflow’s analysis")
        at = first if first is not None else len(words) - 1
        if at > named and first is None and words[at - 1] in _SURNAME_PARTICLES:
            at -= 1  # "Le Bihan, qui …": a known surname that opens with its particle
        elif at and words[at - 1].lower() in _OF_OR_DETERMINER:
            continue  # "une photo de Noé", "die Täter": a person of something, or a noun
        found[words[-1]] = " ".join(words[at:])
    if len(found) != 1:
        return None
    return _Speaker(next(iter(found.values())), name=True)


def _lead(texts: list[str], block: int, start: int,
          sentence_before: Callable[[int, int], str] | None = None) -> str:
    """The words that lead to a quotation opening its sentence: the sentence before it, or
    the sentence a colon ends right before it, in the same paragraph ("" when neither: in
    dialogue a new paragraph is often a new speaker). (``sentence_before``: _sentence_before
    of these texts, read once for each place.)"""
    lead = texts[block][max(0, start - _WINDOW):start].rstrip()
    if lead.endswith(":"):
        stops = _stops(lead, 1)
        return lead[stops[-1] if stops else 0:]
    if lead[-1:] in (".", "!", "?"):
        return _sentence_before(texts, block, start) if sentence_before is None else \
            sentence_before(block, start)
    return ""


_AND_THAT = re.compile(r"\b(?:" + "|".join(sorted(_BUT_AND)) + r") (?:that|que|qu’|qu'|dass) ?$")


def _sentence_before(texts: list[str], block: int, start: int) -> str:
    """The sentence before the one a quotation at ``(block, start)`` is in: the last of
    the paragraph before when the quotation's sentence opens its paragraph ("" when it is
    further back than the window reaches)."""
    lo = max(0, start - _PREVIOUS_REACH)
    window = texts[block][lo:start]
    stops = _stops(window, 2)  # (the last one ends the sentence before, wherever it is)
    if not stops:
        return "" if lo else _last_sentence(texts[block - 1]) if block else ""
    if len(stops) >= 2:
        return _after_quotation(window[stops[-2]:stops[-1]]).strip()
    return "" if lo else window[:stops[-1]].strip()


_SURNAME_REACH = 30  # paragraphs looked back at for the full name a surname stands for


def _word_before_surname(texts: list[str], block: int, word: str, reach: int) -> str | None:
    """The capitalized word a capitalized word was written after, in this paragraph or the
    ``reach`` - 1 before it ("Rosa" of "board president Rosa Delgado"), or None."""
    needle = " " + word
    lo = max(-1, block - reach)
    # (Most words are after no space in any of those paragraphs: one search of them all
    # joined says so, where a search of each costs a step of the loop.)
    if block - lo > 2 and needle not in "\n".join(texts[lo + 1:block + 1]):
        return None
    for b in range(block, lo, -1):
        text = texts[b]
        at = text.find(needle)
        while at > 0:  # (the first place, as a search from the start finds it)
            end = at + 1 + len(word)
            if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
                start = at
                while start and (text[start - 1].isalnum() or text[start - 1] in "_’'-"):
                    start -= 1
                # (from the first capital that has a letter after it: "l’Anna" is "Anna")
                first = next((k for k in range(start, at - 1) if _is_capital(text[k])), -1)
                if first >= 0:
                    return text[first:at]
            at = text.find(needle, at + 1)
    return None


def _is_capital(char: str) -> bool:
    """Whether a character is a Latin or Cyrillic capital (A-Z, À-Þ without ×, А-Я, Ё)."""
    return "A" <= char <= "Z" or "À" <= char <= "Þ" and char != "×" or "А" <= char <= "Я" \
        or char == "Ё"


def _surname(texts: list[str], block: int, word: str) -> bool:
    """Whether a capitalized word was written after a first name in this paragraph or one
    of the paragraphs before it ("board president Rosa Delgado" before "Delgado said"): a
    surname, not a noun that opens a sentence."""
    return _word_before_surname(texts, block, word, _SURNAME_REACH) is not None


def _sex_of_surname(texts: list[str], block: int, word: str) -> str:
    """The sex the given name tells that a surname alone was written after in this
    paragraph or the one before ("the Paris couturier Henri Valbonne" before "Valbonne
    wrote"), or ""."""
    if " " in word or not word[:1].isupper():
        return ""
    first = _word_before_surname(texts, block, word, 2)
    return _first_name_sex(first) if first else ""


_CHAIN_REACH = 400  # characters read back along a chain of sentences about "she"


def _sentences_before(texts: list[str], block: int, start: int) -> list[str]:
    """The whole sentences before the one a quotation at ``(block, start)`` is in, the
    nearest first, from this paragraph and the one before it (as far as the reach goes)."""
    window = texts[block][max(0, start - _CHAIN_REACH):start]
    whole = start <= _CHAIN_REACH  # the window starts where the paragraph does
    if whole and block and texts[block - 1].rstrip()[-1:] in _SENTENCE_END:
        # (a paragraph that ends without a stop is a heading or a caption: no sentence)
        window = texts[block - 1][-_CHAIN_REACH:].rstrip() + " " + window
        whole = len(texts[block - 1]) <= _CHAIN_REACH
    stops = _stops(window, 5)  # (four sentences are read at most)
    ends = [0] + stops if whole and len(stops) < 5 else stops
    return [window[a:e].strip() for a, e in zip(ends, ends[1:], strict=False)][::-1]


def _pronoun_chain(texts: list[str], block: int, start: int, pronoun: _Speaker,
                   people: _People, before: str | None = None) -> _Speaker | None:
    """Whom a pronoun means when the sentences before it are about "she" as well: the
    subject of the nearest sentence that names one ("Whitcomb said Luis Carrillo will …
    Asked whether …, she didn't hesitate. “…,” she said": Whitcomb, not Carrillo).
    (``before``: _sentence_before(texts, block, start), when it has been read.)"""
    if not _compiled(r"(?i)\b" + re.escape(pronoun.text) + r"\b").search(
            _sentence_before(texts, block, start) if before is None else before):
        return None  # the sentence before is not about "she": the chain has no first link
    for sentence in _sentences_before(texts, block, start)[:4]:
        if sentence not in texts[block]:
            return None  # (a chain ends with its paragraph: "…; Ulrike Haslinger nannte
            # Wiegand …" ¶ "In ihrem letzten Interview wurde sie gefragt": a new paragraph
            # about "her" is about the one the article follows, found by recency)
        if sentence.split(None, 1)[:1] == [pronoun.text.capitalize()]:
            continue  # "Sie hatte … übergeben.": a link about her, who is named further back
        if pronoun.pronoun in "mf" and (
                introduced := _someone_introduced(sentence, pronoun.pronoun)) is not None:
            # "Eine 86-jährige Frau … hatte als Zeugin ausgesagt. Sie hatte … „…“, sagte
            # sie": the one the chain's first sentence brings in.
            return _Speaker(introduced)
        said = _reported_by(sentence) or _previous_subject("", 0, sentence) or \
            _beat_subject(sentence + " ")
        if said is None and (closed := max(map(sentence.rfind, "”»«“"))) > 0 and (
                after := _attribution_after(sentence[closed + 1:], True).speaker) is not None \
                and not after.pronoun and not after.name and \
                after.text.split(None, 1)[0].lower() in _INDEFINITE and \
                _compatible(after, pronoun, people):
            return after  # "»…«, sagt ein Rentner, der am Fischwagen ansteht. Dann zögert
            # er. »…«": someone the words before were said by, not a name further back (but
            # "sagt der 54-Jährige": one named before, whom the name stands for)
        if said is None and pronoun.text in _words_of(sentence) and \
                not _CAPRUN_AFTER_FIRST.search(sentence):
            continue  # "Dann zögert er.": a link about him that names no one
        if said is None or said.pronoun and said.pronoun not in (pronoun.pronoun, "?"):
            return None
        if not said.pronoun:
            # (a name the article has written in full, not a word that opens a sentence)
            known = said.name and (" " in said.text or said.text in people.by_word)
            return said if known else None
    return None


def _role_named(people: _People, texts: list[str], spans_in: list[list[tuple[int, int]]],
                block: int, pos: int, role: _Speaker, gender: str) -> bool:
    """Whether a definite role ("the president said …") points back at a person named
    earlier in its own paragraph ("Mr Obama has faced criticism. … the president said"),
    rather than standing for someone the article does not name."""
    if block < 0 or role.text.split()[0].lower() not in _DEFINITE:
        return False
    person = _recent_person(people, texts, spans_in, block, pos, gender)
    return person is not None and _named_before(texts[block], spans_in[block], pos,
                                                person.name.split()[-1])


def _compatible(candidate: _Speaker, pronoun: _Speaker, people: _People) -> bool:
    """Whether a pronoun can mean the candidate: no known gender says otherwise."""
    if pronoun.pronoun not in "mf":
        return True
    words = candidate.text.split()
    if not candidate.name and (words[0].lower() in _PLURAL_ONLY
                               or candidate.text.endswith(("-ils", "-elles"))):
        return False  # "Les locataires pourront-ils revenir ? « … », a-t-il assuré": many
    gender = candidate.gender
    if not gender and candidate.name and words[0].lower() not in _DETERMINERS:
        known = people.by_word.get(words[-1])
        # (the given name, when nothing said of the person tells: "her husband, Tom", "John
        # Smith was there. “…,” she said")
        gender = known.gender if known is not None and known.gender else \
            _first_name_sex((known.name if known is not None else candidate.text).split()[0])
    elif not gender and not candidate.pronoun and len(words) >= 2:
        # "Eine Anwohnerin kehrte Scherben zusammen. „…“, sagte er": no woman is "er".
        # ("Seine Frau arbeitet …. „…“, sagt er": a noun that has a sex tells it.)
        gender = _NOUN_SEX.get(words[-1].lower()) or (
            "f" if words[0].lower() in ("eine", "une", "la") or words[-1][:1].isupper()
            and words[-1].endswith(_DE_WOMAN_WHO) else
            "m" if words[0].lower() in ("ein", "un", "le") else "")
    return not gender or gender == pronoun.pronoun


# Determiners that only stand before a plural ("les locataires", "these residents").
_PLURAL_ONLY = _words("les des ces mes tes ses nos vos leurs plusieurs certains certaines "
                      "these those several many both mehrere beide")


# Participles that open a sentence before its subject ("Asked about it, she …").
_PARTICIPLE_OPENERS = _words("asked pressed told questioned interviewed reached contacted "
                             "challenged invited interrogé interrogée interrogés gefragt "
                             "angesprochen réunis réunies réuni réunie rassemblés "
                             "rassemblées jointe")  # ("Jointe par téléphone, la …")


def _beat_subject(window: str) -> _Speaker | None:
    """When a quotation starts a new sentence, the subject of the sentence before it if that
    is a pronoun or a name ("She laughs at the memory."), else None."""
    stops = _stops(window, 3)
    if not stops or window[stops[-1]:].strip():
        return None
    sentence = window[stops[-2] if len(stops) >= 2 else 0:stops[-1]].strip()
    found = _beat_of(sentence)
    if found is None and len(stops) >= 2 and not _CAPRUN_AFTER_FIRST.search(sentence) and \
            not any(w.lower() in _PRONOUNS for w in _words_of(sentence)):
        # "Sarrail a la voix rauque. Le club compte trois cents licenciés. « … »": a
        # sentence about something else, that names nobody, may come between the person
        # and the words.
        found = _beat_of(window[stops[-3] if len(stops) >= 3 else 0:stops[-2]].strip())
    if found is None and len(stops) >= 2 and _subjunctive(_plain_words(sentence)):
        # "…, sagt Hüseyin Kaya, der einen Kiosk betreibt. Es habe ständig Streit gegeben.
        # „…“": a sentence of reported speech goes on with the one the sentence before it
        # reports, and so do the words after it.
        before = window[stops[-3] if len(stops) >= 3 else 0:stops[-2]]
        found = _de_said_inverted(before) or _reported_by(before)
    return found


def _de_said_inverted(sentence: str) -> _Speaker | None:
    """Who a German sentence of reported speech says spoke after its verb ("Das Gebäude
    gelte als „Problemhaus“, sagt Hüseyin Kaya, der …"), or None."""
    for m in _compiled(r", (\w+) ").finditer(sentence):
        if _verb(m.group(1)) in _SPEECH_VERBS and (
                found := _attribution_after(sentence[m.start():], True)).verb and \
                found.speaker is not None and found.speaker is not _UNRESOLVED:
            return found.speaker
    return None


_CAPRUN_AFTER_FIRST = re.compile(r"(?<=[\w,;:] )[A-ZÀ-ÝА-Я]")


def _beat_of(sentence: str) -> _Speaker | None:
    """The subject of a sentence when it is a pronoun or a name, else None."""
    if sentence[:1] in _FAMILY:
        return None  # it starts with a quotation: its first word is not its subject
    head, comma, rest = sentence.partition(",")
    first = head.split(None, 1)[:1]
    if comma and first and (first[0].lower() in _PARTICIPLE_OPENERS
                            or first[0].lower().endswith("ing") or _opens_phrase(first[0])):
        # "Asked whether the data frightened her, she laughed.": the subject follows the
        # opening clause.
        sentence = rest
    words = _words_of(sentence)[:4]
    if len(words) < 2 or words[0].lower() in _FIRST_SECOND:
        return None
    if words[0].lower() in _PRONOUNS:
        return _Speaker(words[0], pronoun=_PRONOUNS[words[0].lower()])
    run = 0
    while run < len(words) and words[run][0].isupper():
        run += 1
    if 0 < run < len(words) and words[0].lower() not in _NOT_NAMES:
        found = _name_run(words[:run])
        if found:
            return _Speaker(_join(found[0]), name=True, gender=found[1])
    return None


_RU_WHERE = _words("в во на из при у")
_RU_PAST = ("ал", "ала", "али", "ил", "ила", "или", "ел", "ела", "ели", "ял", "яла", "яли",
            "лся", "лась", "лись")


_STRESSED = _words("lui elle eux elles")


def _writer_of(before: str, document: str) -> str | None:
    """Who wrote the document the sentence before "Darin heißt es:" names: that sentence's
    subject, when it is a name ("Im Juni schreibt Reimers einen Brief.", "Das Fanbündnis
    hatte einen offenen Brief veröffentlicht.")."""
    if (owner := re.search(rf"\b{re.escape(document)} ([A-ZÄÖÜ][a-zäöüß]+)s\b", before)) \
            is not None:
        return owner.group(1)  # "verlas ein Schreiben Kesslers": whose it is
    ends = [0] + _stops(before)
    for k in range(len(ends) - 1, 0, -1):
        sentence = before[ends[k - 1]:ends[k]]
        if document in sentence:
            subject = _role_or_sentence_subject(sentence.strip(" .!?…"))
            return subject.text if subject is not None and subject.name else None
    return None


def _no_one_known(words: list[str], is_surname: Callable[[str], bool],
                  texts: list[str]) -> bool:
    """Whether a headline's capitalized words name no one: no given name opens them, none
    is a surname the article gives (after a given name anywhere in it), a role, a title, a
    word for people ("Passagiere", "Anrainer", "Apothekerin") or a body."""
    if _first_name_sex(words[0]) or any(
            is_surname(w) or _is_title(w) or w.lower() in _ROLES
            or w.lower().endswith(_PEOPLE_OR_BODY_ENDS)
            for w in words):
        return False
    body = " ".join(texts)
    if len(words) >= 2 and body.count(" ".join(words)) >= 2:
        return False  # (a name in full the article writes again: "Hollis Brandt")
    return not any(_first_name_sex(before.group(1)) for w in words if len(w) > 2
                   for before in re.finditer(rf"([A-ZÀ-ÝА-ЯЁ][\w’'-]+) {re.escape(w)}\b", body))


# Endings of German words for people ("Autofahrer", "Apothekerin", "Passagiere") or bodies.
_PEOPLE_OR_BODY_ENDS = ("er", "erin", "innen", "iere", "ierin", "ler", "leute", "verband",
                        "verein") + _DE_BODY_ENDS


def _role_or_sentence_subject(window: str) -> _Speaker | None:
    """``_role_subject(window) or _sentence_subject(window)``, the window's tokens read
    once for both (neither changes the list it is given)."""
    tail = _sentence_tail(_tokens(window))
    return _role_subject(window, tail) or _sentence_subject(window, tail=tail)


def _role_subject(window: str, tail: list[str] | None = None) -> _Speaker | None:
    """A sentence that starts with a determiner and a role: "The minister …", "Der
    Verkehrsminister …", up to the role word. (``tail``: the tokens of the window's last
    sentence, already read.)"""
    # Commas are kept: a role never runs across one ("Ein Sprecher des Verbands, Jens
    # Schreinicke, sprach": the role ends before the name).
    words = [t for t in _fronted(_sentence_tail(_tokens(window)) if tail is None else tail)
             if t[0].isalnum() or t == ","][:14]
    if "," in words[:5] and (k := words.index(",")) + 2 < len(words) and \
            words[k + 1] in _STRESSED and words[k + 2] == ",":
        del words[k:k + 3]  # "Le syndicaliste, lui, prévient :": "he, for his part"
    if words and "а" <= words[0][-1:].lower() <= "я" and (
            words[0].lower() in _ROLES or _is_title(words[0])):
        # Russian has no articles: "Представитель агрохолдинга переговоры не опроверг" opens
        # with the role, and a noun in the genitive after it says whose.
        end = 2 if len(words) > 1 and (words[1].endswith(_RU_GENITIVE) and
                                       words[1][:1].islower() or words[1].isupper()) else 1
        if end < len(words) and words[end][:1].isupper():
            return None  # "Министр финансов Антон Силуанов": the name, found elsewhere
        if end < len(words) and words[end] in _RU_WHERE and not _is_title(words[0]):
            # "Источник в аппарате правительства, впрочем, …", "Собеседник РБК в одном из
            # агрегаторов рассказал": where they are, up to a comma or the verb.
            stop = end + 1
            while stop < min(len(words), end + 6) and words[stop] != "," and \
                    not words[stop].endswith(_RU_PAST) and words[stop] != "не" and \
                    words[stop] not in _SPEECH_VERBS:  # ("… утверждает, что")
                stop += 1
            if stop > end + 1 and (stop == len(words) or words[stop] == "," or
                                   words[stop].endswith(_RU_PAST) or words[stop] == "не"
                                   or words[stop] in _SPEECH_VERBS):
                end = stop
        if end > 2 or words[1:2] and words[1].isupper():
            # (as written: "Собеседник НГС в мэрии" is a description, not a name)
            return _Speaker(" ".join(words[:end]))
        return _describe(words[:end])
    if not words or words[0].lower() not in _DETERMINERS:
        return None
    for k, w in enumerate(words[1:5], 1):
        if w == ",":
            return None
        if _is_title(w) or w.lower() in _ROLES:
            end = k + 1
            while end < len(words) and _is_title(words[end]):
                end += 1  # "Le Premier ministre"
            while end < len(words) and words[end][:1].isupper() and \
                    words[end].lower() in _ORG_WORDS:
                end += 1  # "The Nevada Republican Party": a body's name, not a role
            if end < len(words) and words[0].lower() in _FR_ARTICLES and \
                    words[end].islower() and words[end].endswith(_FR_POSTPOSED):
                end += 1  # "Le capitaine marseillais", "un échevin sortant": French puts
                # the adjective after the noun
            elif end + 1 < len(words) and words[end] == "de" and words[end + 1].isalpha() and \
                    words[end + 1].islower() and words[end + 1] not in _DETERMINERS:
                end += 2  # "Un chauffeur de taxi": what kind, a bare noun after "de"
            name_end = end
            while name_end < len(words) and words[name_end][0].isupper() and \
                    words[name_end].lower() not in _NOT_NAMES:
                name_end += 1
            if name_end > end:
                # "Son collègue Julien", "Der Minister Peter Nolden": the name the role
                # leads to, when the description gives it.
                named = _describe(words[:name_end])
                if named is not None and named.name:
                    return named
            # "A spokesperson for the Federal Trade Commission": the body it speaks for.
            if end + 2 < len(words) and words[end][:1].islower() and \
                    words[end].lower() not in _OF and words[end + 1].lower() in _OF:
                end += 1  # "La ministre bruxelloise de la Mobilité": an adjective first
            if end < len(words) and words[end][:2].lower() in ("d’", "d'") and \
                    words[end][2:3].isupper():
                end += 1  # "Un guide d’Evolène": where they are from, elided
            elif end + 1 < len(words) and words[end].lower() in _OF:
                j = end + 1
                while j < len(words) and (words[j].lower() in _DETERMINERS
                                          or words[j][0].isupper()
                                          or j + 1 < len(words) and words[j + 1][0].isupper()
                                          and words[j].endswith(("en", "er", "es"))):
                    j += 1  # (and an adjective: "Ein Sprecher des bayerischen Ministeriums")
                while j > end + 2 and words[j - 1].lower() in _DETERMINERS:
                    j -= 1  # ("Le maire de Roubaix a annoncé": French "a" is "has")
                if _fr_age(words, j):
                    end = j + 2  # "une dame de 80 ans": her age
                elif j > end + 1 and words[j - 1][0].isupper():
                    end = j
                elif j < len(words) and (noun := _l_elided(words[j])).isalpha() and \
                        noun.islower() and (j + 1 == len(words) or words[j + 1] == ","
                                            or words[j + 1] in _FR_AUXILIARIES
                                            or _verb(words[j + 1]) in _SPEECH_VERBS):
                    end = j + 1  # "Un dirigeant du club, …", "La présidente de la région a
                    # salué": of what, in lower case
            if "," in words[end:end + 4]:
                # "the striker’s father, Marcus, said", "La présidente du club, Nadine Roux,"
                named = _role_then_name(words)
                if named is not None:
                    return named
            return _describe(words[:end])
    return None


_FR_WHEN = _words("lors devant pendant après avant dans face")
# French articles and possessives before a noun, and the endings of adjectives that follow
# it (marseillais, régionale, sortant).
_FR_ARTICLES = _FR_DEFINITE | _FR_POSSESSIVE | _words("un une ses")
_FR_POSTPOSED = _FR_ADJECTIVE_ENDS + ("ant", "ante", "ants", "antes", "aux")
# French auxiliaries, which end the subject before them.
_FR_AUXILIARIES = _words("a avait est était ont sont avaient étaient aura sera va s’est s'est")
# Those that end a subject opening with an article, in _sentence_subject ("a" left out: the
# English article; and the future and reflexive forms, measured without).
_FR_FINITE_AUX = _FR_AUXILIARIES - _words("a aura sera va s’est s'est")

# An attribution inside the marks, as French and Russian write it: « …, a-t-il affirmé. … »,
# « …, explique-t-elle, … », « …, affirme Jean Dupont. … », «…, — пояснил источник. — …».
_INCISE_DASH = re.compile(r"[,.!?…]\s*[—–]\s*([^\W\d_]+)\s+([^—–«»]{1,80}?)\s*[.,]?\s*[—–]")
_INCISE_INVERTED = re.compile(
    r",\s*(?:(?:a|avait)-t-(il|elle)\s+\w+|[\w’']+-t-(il|elle)|[\w’']+-(il|elle))"
    r"(?:\s[^,.«»]{1,40})?[,.]")  # (and « …, lance-t-elle en désignant …. »)
# (The comma or stop ending one is not taken, so that the next may start with it: « …, on l’a
# compris, glisse un conseiller. … ». "fait valoir" is a verb of speech; an aside of when or
# where may stand between the verb and whom it names: « …, a tonné, lors d’une conférence de
# presse, le député Karim Benhamou. … »; whom it was told may come first: « …, nous a confié
# Nathalie Decroix après les résultats. … ».)
_INCISE_VERB = (r",\s*(?:(?:nous|lui|leur|m’|m') ?)?(?:a |ont |avait |se |s’est |s'est |s’|s')?"
                r"((?:fait|faisait) "
                + _FR_MADE_KNOWN + r"|[^\W\d_A-ZÀ-Ý]+)\s*"
                r"(?:,\s*(?:" + "|".join(sorted(_FR_WHEN)) + r")\b[^,.;:!?«»]{1,50},)?\s+")
_INCISE_DESCRIBED = re.compile(
    _INCISE_VERB + r"((?:l’|l'|le |la |les |un |une |son |sa |leur )[^,.;:!?«»]{2,60}?)"
    r"(?:,\s*((?:[A-ZÀ-Ý][\w’'-]+\s?){1,3}))?\s*(?=[,.])")
_INCISE_NAMED = re.compile(_INCISE_VERB + r"((?:(?:M\.|Mme|Mlle|Me|Dr|Pr)\s)?"
                           r"(?:[A-ZÀ-Ý][\w’'-]+\s?){1,3})\s*(?=[,.]|(?:après|avant|lors|"
                           r"sans|en|depuis|devant|dans|au|à)\s)")  # (« …, dit Levan sans …. »)


def _incise_verb(word: str) -> bool:
    return word.startswith(("fait ", "faisait ")) or _verb(word) in _SPEECH_VERBS


def _incise(quoted: str, french: bool = False) -> _Speaker | None:
    """Who an attribution inside a quotation's marks names, or None when it has none
    (``french``: in « », where a role may stand in it)."""
    if "—" in quoted or "–" in quoted:
        for m in _INCISE_DASH.finditer(quoted):
            words = [m.group(1), *_tokens(m.group(2))]
            verb = next((k for k in range(min(3, len(words))) if _verb(words[k]) in
                         _SPEECH_VERBS), -1)  # ("— честно говорит она. —": how, then the verb)
            if verb >= 0 and (verb == 0 or words[:verb] == [w.lower() for w in words[:verb]]):
                rest = words[verb + 1:]
                if len(rest) > 2 and rest[0] in _RU_PREPOSITIONS:
                    rest = rest[2:]  # "— говорит на прощание Петрович. —": when, then who
                return _object(rest)
            named = [w for w in words if w[:1].isalnum()]
            if 2 <= len(named) <= 5 and "а" <= named[0][:1] <= "я" and \
                    "А" <= named[-1][:1] <= "Я" and named[-2][:1].islower() and \
                    (found := _name_run(named[-1:])) is not None:
                return _Speaker(found[0][0], name=True)  # "— машет рукой Саватеев. —": a
                # gesture set in the words as a verb of speech would be, then who
    if "," not in quoted:
        return None  # (each pattern below opens with a comma)
    if "-il" in quoted or "-elle" in quoted:
        m = _INCISE_INVERTED.search(quoted)
        if m:
            pronoun = m.group(1) or m.group(2) or m.group(3)
            return _Speaker(pronoun, pronoun="m" if pronoun == "il" else "f")
    for m in _INCISE_NAMED.finditer(quoted):
        if _incise_verb(m.group(1)):
            found = _name_run(m.group(2).split())
            if found is not None and (len(found[0]) >= 2 or french and len(found[0][0]) > 2
                                      and found[0][0].lower() not in _NOT_NAMES):
                # (« …, a raconté Ferrand, encore essoufflé. … », « …, explique Mme
                # Vasseur, … »: a surname alone in French)
                return _Speaker(_join(found[0]), name=True, gender=found[1])
    for m in _INCISE_DESCRIBED.finditer(quoted) if french else ():
        # « …, assure le directeur du musée, Étienne Marchal. … »: a role, and the name
        # after it when there is one.
        if _incise_verb(m.group(1)):
            role = m.group(2).split()
            cut = len(role)
            while cut and role[cut - 1][0].isupper():
                cut -= 1  # (or the name ending the role: « …, explique la docteure Claire
                # Mercier, cheffe du service. »)
            found = _name_run(m.group(3).split() if m.group(3) else role[cut:])
            if found is not None and len(found[0]) >= 2:
                return _Speaker(_join(found[0]), name=True, gender=found[1])
            when = next((k for k, w in enumerate(role) if k > 1 and (
                w in _FR_WHEN or w == "au" and role[k + 1:k + 2] == ["micro"])), len(role))
            return _Speaker(" ".join(role[:when]))  # (not "… lors de la réunion", "… au
            # micro de France 2")
    return None


def _adjacent_attribution(tail: str) -> bool:
    """Whether the words right after a quotation's closing mark begin its attribution (a
    mark, a pronoun, a verb of speech or "according to"), not more of the sentence."""
    first = tail.split(None, 1)[:1]
    return not first or not first[0][0].isalpha() or first[0].lower() in _PRONOUNS or \
        _verb(first[0]) in _SPEECH_VERBS or first[0].lower() in _AFTER_LOWER or first[0] == "по"


# Endings of nouns for an event, a state or a thing done, in the languages of these
# articles: such a noun names no one who speaks.
_ABSTRACT_ENDS = ("ion", "ung", "heit", "keit", "schaft", "tät", "ismus", "ment", "ité")
_RU_POSSESSIVE_SEX = {"его": "m", "ее": "f", "её": "f"}
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to |^\s*(?:Selon|Laut|По словам|По мнению) ")
_LAST_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def _before_colon(text: str, start: int) -> str:
    """The clause before the colon of the sentence a quotation stands in ("Rösch wies die
    Kritik zurück" of "Rösch wies die Kritik zurück: Man habe „…“"), or ""."""
    sentence = _LAST_SENTENCE.split(text[max(0, start - _PREVIOUS_REACH):start])[-1]
    colon = sentence.rfind(": ")
    return sentence[:colon] if colon > 0 and not _QUOTE_MARKS.search(sentence, 0, colon) \
        else ""


def _before_comma(window: str, phrase: str) -> bool:
    """Whether the phrase (as a speaker is written: its first letter may be lowered) is
    followed by a comma in the window."""
    at = window.lower().rfind(phrase.lower())
    return at >= 0 and window[at + len(phrase):].lstrip()[:1] == ","


# The head of a state, a government, a region or a city, named by the office alone.
_HEAD_OF = frozenset({"chef de l’État", "président de la République", "chef du gouvernement",
                      "représentant de l’État",  # (a French prefect)
                      "глава государства", "глава правительства", "глава кабмина",
                      "глава региона", "глава области", "глава города"})


# German nouns for a woman by what she does ("die Rentnerin", "die Anwohnerin", "die
# Juristin"): a person, as no thing ends so.
_DE_WOMAN_WHO = ("erin", "istin", "entin", "antin", "orin", "ärztin")


def _modifier(word: str) -> bool:
    """Whether a word inside a description can qualify its noun ("former", "Arsenal",
    "two-time", "club’s"): no preposition, article or conjunction, which join a phrase."""
    low = word.lower()
    return word[0].isalnum() and low not in _PREPOSITIONS and low not in _OF and \
        low not in _DETERMINERS and low not in _LEADING


_FROM_PLACE = _words("from aus de d’ d' of in")


def _someone_from(words: list[str]) -> bool:
    """Whether an indefinite noun phrase is one person from a place ("a winemaker from
    Homburg", "ein Winzer aus Homburg", "une habitante de Lourdes")."""
    return 4 <= len(words) <= 5 and words[2] in _FROM_PLACE and words[3][:1].isupper() and \
        words[1][:1].isalpha() and not words[1].lower().endswith("s") and \
        words[1].lower() not in _ORG_WORDS and words[1].lower() not in _DOCUMENTS


def _person_description(words: list[str]) -> bool:
    """Whether a definite noun phrase in lower case can stand for one person just named
    ("l’ancien milieu de terrain", "la dirigeante", "der frühere Bergmann"), not for a body,
    a document or several people."""
    if not 2 <= len(words) <= 5 or words[0].lower() not in _DEFINITE and not (
            words[0][:2].lower() in ("l’", "l'") and len(words[0]) > 3):
        return False
    german = words[0].lower() in ("der", "die")  # (whose nouns are capitalized)
    head = words[-1].lower()
    return all(w.islower() for w in words[1:-1]) and (words[-1].islower() or german) and \
        head not in _ORG_WORDS and head not in _DOCUMENTS and head not in _SOURCES and \
        not head.endswith(("s", "x")) and not _is_title(head)  # (titles: see below)


# The parties to a trial, as a French court report calls them.
# (témoin is among _ROLES, and short roles look back a paragraph anyway)
_FR_PARTIES = _words("prévenu prévenue accusé accusée plaignant plaignante victime suspect "
                     "suspecte")


# A German verb of asking in the attribution of a question (in English copy the one who
# asks a question often answers it: "“Build back better for who?” asked Baxter. “…”").
_ASKED = re.compile(r"\b(?:fragt|fragte|will wissen|wollte wissen|demande|demandé|demandait)\b")
_CLOSING_CHARS = " ”’»“\"'\u00a0\u202f«‹›」』"


def _attribute(raws: list[_Raw], texts: list[str], spans_in: list[list[tuple[int, int]]],
               headings: set[int], writer: str | None = None,
               labels: dict[int, str] | None = None) -> None:
    people = _People(headings)
    citations: dict[int, bool] = {}  # whether a block is a reference in a list of sources
    previous: _Raw | None = None
    recent: list[_Raw] = []  # the last quotations, the nearest last
    openings: dict[tuple[int, str], int] = {}
    terms: set[tuple[int, int]] = set()  # where the quotations found to be terms start
    unsure: list[tuple[_Raw, str]] = []  # speech given its sentence's subject, to be checked
    spoken: set[tuple[int, int]] = set()  # and short speech that ends with a comma
    unnamed: list[_Raw] = []  # words no rule found a speaker for
    by_writer: list[tuple[_Raw, str]] = []  # said by "I", whom no byline names

    # The sentence before each quotation, read once: several rules for one quotation look
    # at it (a pronoun's antecedent, reported speech, a document named before).
    sentences_before: dict[tuple[int, int], str] = {}

    def sentence_before(block: int, pos: int) -> str:
        found = sentences_before.get((block, pos))
        if found is None:
            found = sentences_before[(block, pos)] = _sentence_before(texts, block, pos)
        return found

    def pronoun_opening(block: int, pronoun: str) -> int:
        key = (block, pronoun.lower())
        found = openings.get(key)
        if found is None:
            found = openings[key] = _pronoun_opening(texts[block], spans_in[block], pronoun)
        return found

    def _just_named(block: int, pos: int, person: _Person) -> bool:
        """Whether the person is named in this paragraph before ``pos`` or in the one
        before it, outside quotations."""
        surname = person.name.split()[-1]
        return _named_before(texts[block], spans_in[block], pos, surname) or block > 0 and \
            not _given_alone(person.name) and _named_before(  # (someone called by a given
                texts[block - 1], spans_in[block - 1], len(texts[block - 1]), surname)
        # name alone, a child, a character, stands for a description only in its paragraph)

    def resolve(speaker: _Speaker, block: int, pos: int, after: bool = False) -> str | None:
        if speaker.pronoun in ("1", "2"):
            # "“…,” I wrote": the writer, as the byline names them ("you": the reader); in
            # a transcript, the one whose turn it is ("Falkenberg: … “…”, sagte ich")
            if speaker.pronoun == "2":
                # (in an interview's question, "you" is the one who answers it next)
                # (a question labelled with the paper, "NS: You once told …", asks the one
                # labelled next)
                return next((labels[b] for b in range(block + 1, min(block + 3, len(texts)))
                             if b in labels and labels[b] != labels.get(block)), None) \
                    if labels else None
            return labels.get(block, writer) if labels else writer
        if not speaker.pronoun:
            if speaker.name and " " not in speaker.text and "А" <= speaker.text[:1] <= "Я" \
                    and _is_title(speaker.text.lower()) and (named := _introduced_as(
                        texts, block, pos, [speaker.text], people)) is not None:
                return named  # "Адвокат заявил": a Russian title opening its sentence
            if speaker.text in ("Тот", "Та") and (runs := [
                    m.group() for m in _compiled(_CAPRUN_PATTERN).finditer(
                        _sentence_before(texts, block, pos)) if m.start()]) and (
                    person := people.mention(runs[-1])) is not None:
                return person.name  # "Марат пытается дать Рустаму тысячу. Тот качает
                # головой:": "that one", the one the sentence before named after its subject
            if speaker.name:
                if speaker.text in _JA_BARE_TITLES and (
                        holder := _ja_title_holder(texts, block, pos, speaker.text)):
                    return holder  # 首相は「…」と述べた after 岸田文雄首相: who holds it
                if speaker.text in _JA_STANDS_FOR and (holder := next(
                        (h for title in _JA_STANDS_FOR[speaker.text]
                         if (h := _ja_title_holder(texts, block, pos, title))), "")):
                    return holder  # 指揮官 (the one in command) after 森田隆之監督, 右腕 (the
                    # right-hander) after エース山内颯太
                if speaker.text[:1] == "同" and speaker.text[1:] in _JA_TITLES and (
                        holder := _ja_title_holder(texts, block, pos, speaker.text[1:])):
                    return holder  # 同教授は「…」 after 森下綾子教授: "the said professor"
                if _compiled(_CJK_PATTERN).search(speaker.text):
                    person = people.learn(speaker.text, speaker.gender)
                else:
                    plain = _without_trade(speaker.text, people)
                    person = people.mention(plain) or people.learn(
                        plain, speaker.gender or _sex_of_surname(texts, block, plain))
                # The name as the article writes it ("Putin" after "Vladimir Putin"), but
                # the person's name when the words around it are not part of it ("Сам
                # Варфоломеев", "Landrat Josef Brandl", "Лосева" for Лосев).
                said, name = speaker.text, person.name
                if len(said) > 3 and said.rstrip(".")[-2] == " " and \
                        said.rstrip(".")[-1].isupper():
                    return said  # "Kévin L.": a surname cut to its initial, as written
                if len(name) <= len(said):
                    return name
                if name.startswith(said + " "):
                    return name  # "Sarah" after "Sarah Gille": the person, named in full (a
                    # given name alone says less than the surname the article uses)
                if name.endswith(" " + said):
                    return said  # (the common case, without building sets)
                return said if set(said.split()) <= set(name.split()) else name
            if _unnamed_at_wish(texts, block, pos, speaker.text):
                return speaker.text  # "The neighbour, who did not want to be named, said
                # …": someone the article will not name, not the one it named last
            words = speaker.text.split()
            aged = len(words) >= 4 and words[-3] == "de" and words[-2].isdigit() and \
                words[-1] == "ans"
            if aged:
                words = words[:-3]  # "le vigneron de 58 ans": the winegrower, aged 58
            if len(words) == 1 and words[0][:2].lower() in ("l’", "l'") and len(words[0]) > 3:
                words = [words[0][:1], words[0][2:]]  # "l’élue": the article, the noun
            if 2 <= len(words) <= 3 and (words[0].lower() in _DEFINITE
                                         or words[0].lower() in _DEMONSTRATIVE) and (
                words[-1].lower() in _ROLES or _is_title(words[-1])
                or words[-1].lower() in _SOURCES  # ("the source added")
            ) and (one := _indefinite_antecedent(
                texts[block][max(0, pos - _CHAIN_REACH):pos], words[-1])) is not None:
                # "One RCMP officer at a checkpoint said …. “…,” the officer said": the one
                # the paragraph introduced, not the last officer named.
                return one
            if _indefinite_antecedent(texts[block][max(0, pos - _CHAIN_REACH):pos],
                                      words[-1]) is None and (
                    named := _introduced_as(texts, block, pos, words, people)) is not None:
                return named  # "— уверен глава Сбербанка" after "Глава Сбербанка Герман Греф"
            if len(words) <= 3 and "а" <= words[0][:1] <= "я" and words[0] not in _SOURCES and \
                    words[0] not in _RU_FOR_OTHERS and _person_noun(words[0]) and (
                        person := _recent_person(
                            people, texts, spans_in, block, pos,
                            "f" if _morphology().parse(words[0])[0].tag.gender == "femn"
                            else "?")  # ("соседка" is a woman, not the man named last)
                    ) is not None and _named_before(texts[block], spans_in[block], pos,
                                                    person.name.split()[-1]):
                # "Трофимов уверен, что … «…», — сказал наставник хозяев": Russian has no
                # article to tell it, but the role is the one this paragraph named.
                return person.name
            described = after and _person_description(words) and _indefinite_antecedent(
                texts[block][max(0, pos - _CHAIN_REACH):pos], words[-1]) is None
            short = len(words) == 2 and words[0].lower() in _DEFINITE and (
                _is_demonym(words[1]) or words[1].lower() in _ROLES
                and not words[1].endswith("s") or _AGED.fullmatch(words[1])
                or words[0].lower() == "die" and words[1].endswith(_DE_WOMAN_WHO)
            ) or len(words) == 3 and words[0].lower() in _DEFINITE and (
                _AGED.fullmatch(words[1].replace("jährig", "Jährig"))  # ("der 63-jährige
                # Landwirt", "the 21-year-old midfielder")
            ) or 2 <= len(words) <= 8 and words[0].lower() in _DEMONSTRATIVE \
                and words[1].islower() and words[1] not in _SOURCES \
                or aged and len(words) == 2 and words[0].lower() in _DEFINITE \
                and words[1].islower()  # (whatever the noun: "l’ouvreur de 23 ans")
            russian_aged = len(words) == 2 and "а" <= words[1][:1] <= "я" and \
                bool(_AGED.fullmatch(words[0]))  # ("объясняет 39-летний фельдшер": no article)
            short = short or russian_aged
            if short and (years := words[0 if russian_aged else 1].split("-", 1)[0]).isdigit():
                if (aged_named := _aged_named(texts, block, pos, years)) is not None:
                    return aged_named  # "sagt die 44-Jährige" after "Martina Kowalski
                    # (44)", "The 38-year-old said" after "Shazia Akhtar, a 38-year-old …"
                if (someone := _someone_introduced(texts[block][:pos], "?")) is not None:
                    return _indefinite(someone)  # "Eine Wanderin aus München will den Bären
                    # gesehen haben. „…“, erzählte die 29-Jährige": the one the paragraph
                    # brought in, not the last one named
            if after and (short or described) and not _FR_TOLD_FIRST.match(texts[block], pos):
                # (but "« … ? », lui a demandé l’animateur": whom he asked is the one just
                # named, so he is someone else)
                # “…,” the Spaniard told the BBC / the veteran said / « … », explique cette
                # retraitée / „…“, sagt der 61-Jährige / a prévenu l’ancien milieu de
                # terrain / sagt der frühere Bergmann: the person just named (for a longer
                # description, in this paragraph).
                # (a woman when the article or the noun shows it: "die Rentnerin" is no man)
                # (A French noun after le or la, "le militant", "la crêpière", shows the
                # sex: the person found, when their given name is of that sex, may be named
                # in the paragraph before, as for a short one; but not for a party to a
                # trial, whom the court report names otherwise, "Kévin D.")
                gendered = {"le": "m", "la": "f"}.get(words[0].lower(), "") \
                    if not short and len(words) == 2 else ""
                sex = "f" if short and (words[0].lower() in _FEMININE_BEFORE or len(words) == 2
                                        and words[1].endswith(_DE_WOMAN_WHO)) else \
                    _NOUN_SEX.get(words[-1].lower(), "?") if described else "?"
                # (and "raconte la jeune femme", "says the young man": the noun's sex)
                person = _recent_person(people, texts, spans_in, block, pos, sex)
                if person is not None and (
                    _just_named(block, pos, person) if short or gendered
                    and _first_name_sex(person.name.split(None, 1)[0]) == gendered
                    and words[-1].lower() not in _FR_PARTIES
                    and (not person.titles or words[-1].lower() in person.titles)
                    else _named_before(texts[block], spans_in[block], pos,
                                       person.name.split()[-1])
                ) and not (
                    person.titles and words[-1].lower() not in person.titles
                    and (words[-1].lower() in _ROLES or _is_title(words[-1]))
                ):  # (not "die Vorsitzende Richterin Sabine Hollerbach" for "der Zeuge")
                    return person.name
            if len(words) == 2 and words[0].lower() in _DEFINITE and (
                    sex := _NOUN_SEX.get(words[1].lower(), "")):
                # "L’homme, la cinquantaine, parle vite", "Die Frau wirkt müde": the man or
                # the woman just named.
                person = _recent_person(people, texts, spans_in, block, pos, sex)
                if person is not None and _just_named(block, pos, person) and \
                        _first_name_sex(person.name.split(None, 1)[0]) in ("", sex) and \
                        _indefinite_antecedent(texts[block][max(0, pos - _CHAIN_REACH):pos],
                                               words[1]) is None:
                    return person.name  # (but "At bed 6 a man in his 60s asks … The man
                    # nods slowly:": the man the paragraph brought in)
            if 4 <= len(words) <= 7 and words[0].lower() in _DEFINITE and \
                    _is_title(words[1]) and words[2].lower() in _OF and (
                        person := _recent_person(people, texts, spans_in, block, pos, "?",
                                                 words[1].lower())) is not None:
                return person.name  # "conclut la présidente de la commune": who holds it
            if after and " ".join(words[1:] if words[0].lower() in _DEFINITE else words) \
                    .replace("'", "’") in _HEAD_OF and (person := _recent_person(
                        people, texts, spans_in, block, pos, "?")) is not None and \
                    _just_named(block, pos, person):
                # "a déclaré le chef de l’État", "— заявил глава государства": the office
                # of the one just named, by what it heads.
                return person.name
            if len(words) == 3 and words[0].lower() in ("le", "la", "l") and \
                    _is_title(words[1]) and words[2].islower() and _modifier(words[2]) and \
                    not _is_title(words[2]):
                words = words[:2]  # "la maire socialiste": a French adjective after the title
            if after and len(words) == 2 and words[0][:1].islower() and _is_title(words[0]) \
                    and len(words[1]) > 1 and words[1].isupper() and (person := _recent_person(
                        people, texts, spans_in, block, pos, "?")) is not None and any(
                        _compiled(re.escape(words[1]) + r"\b.{0,40}\b"
                                  + re.escape(person.name.split()[-1])).search(text)
                        for text in _texts_back(texts, block, pos)):
                # "— добавил генсек ВФВ" after "генеральный секретарь ВФВ Олег Сурков": the
                # office of the one named last, named with it (not "глава ВТБ" after a
                # minister)
                return person.name
            if after and 4 <= len(words) <= 7 and words[0].lower() in _DEFINITE and \
                    _is_title(words[1]) and words[2].lower() in _OF:
                words = words[:2]  # "sagt die Betriebsratsvorsitzende von Reiter Systems":
                # of what does not change whom the office stands in for
            if _is_title(words[-1]) and (len(words) == 1 or words[0].lower() in _DEFINITE) and (
                len(words) <= 3 or len(words) <= 6 and all(_modifier(w) for w in words[1:-1])
            ):
                # "the Russian president said", "sagte der Grünen-Politiker", "— подчеркнул
                # министр", "said the former Arsenal midfielder": the person last named,
                # when there is one.
                role = words[-1].lower()
                role = {"édile": "maire"}.get(role, role)  # (the French papers' other word)
                # (a feminine article or ending: "die Direktorin" is no man)
                sex = "f" if words[0].lower() in _FEMININE_BEFORE or len(role) > 5 and (
                    _feminine_role(role) or role.endswith("woman")) else \
                    "m" if words[0].lower() in ("der", "le") else "?"
                person = _recent_person(people, texts, spans_in, block, pos, sex, role)
                if person is not None:
                    return person.name
                # Nobody known to hold it: after the quotation, the person just named in
                # this paragraph, whom the description stands in for („Lindner …“, sagte
                # der FDP-Politiker). (A sentence that opens with a role introduces one:
                # "Der Verkehrsminister wies die Kritik zurück: „…“". Not a man for "die
                # Bürgermeisterin", "the councilwoman".)
                person = _recent_person(people, texts, spans_in, block, pos, "?") \
                    if after else None
                if person is not None and sex in "mf" and person.gender and \
                        person.gender != sex:
                    # (the one of that sex, when this paragraph names one: "conduite par
                    # Nadia Belkacem … face à Laurent Vasseur. « … », selon la nouvelle maire")
                    person = _recent_person(people, texts, spans_in, block, pos, sex)
                    if person is not None and not _named_before(
                            texts[block], spans_in[block], pos, person.name.split()[-1]):
                        person = None
                if person is not None and _just_named(block, pos, person):
                    return person.name
            return speaker.text
        person = _recent_person(people, texts, spans_in, block, pos, speaker.pronoun)
        if person is not None and speaker.text.lower() in _THEY and not (
                (plural := person.name.split()[-1]).endswith("s")
                and (plural.islower() or plural[:-1].isupper())):
            return None  # "They said …": a group ("Labour MPs"), not the one person named last
        if speaker.pronoun in "mf" and 0 <= pronoun_opening(block, speaker.text) <= pos and (
            person is None
            or not _named_before(texts[block], spans_in[block], pos, person.name.split()[-1])
        ):
            # "She grew up in Aliquippa, …. “…,” she recalled": a paragraph about "she"
            # that names nobody is about the person the article is about.
            topic = people.topic(speaker.pronoun, texts, spans_in, block)
            last = _previous_subject(texts[block - 1].rstrip(), len(texts[block - 1].rstrip())) \
                if topic is not None and person is not None and block else None
            if topic is not None and not (
                last is not None and last.name and person is not None
                and last.text.split()[-1] == person.name.split()[-1]
            ):
                # (But "Jim Dale, the goalkeeper, made nine saves." ending the paragraph
                # before makes him the one "He was modest afterwards" speaks of.)
                person = topic
        if speaker.pronoun in "mf" and (person is None or not _just_named(block, pos, person)) \
                and (introduced := _introduced_before(texts[block], spans_in[block], pos,
                                                      speaker.pronoun)):
            return introduced  # "Outside the court, a woman waited. … “…,” she said"
        if person is None:
            # (no one named yet: "l’intéressé" is still what the article calls them)
            return speaker.text if speaker.text[2:].startswith("intéress") else None
        if speaker.pronoun in "mf" and not person.gender:
            person.gender = speaker.pronoun
        return person.name

    for raw in raws:
        b, start = raw.start
        people.block = b
        eb, end = raw.end
        text = texts[b]
        is_surname = partial(_known_surname, people, texts, b)  # named before this block
        # The context windows stop at the neighbouring quotations, except short ones (a
        # name or a term in marks inside an attribution: «Финам», „inakzeptabel“).
        lo = cut = _word_start_after(text, start - _WINDOW, start) if start > _WINDOW else 0
        here = spans_in[b]
        k = bisect_left(here, (start, -1)) - 1
        while k >= 0 and here[k][1] > lo:  # the quotations inside the window, nearest first
            if here[k][1] <= start and (here[k][1] - here[k][0] > _SHORT and (
                    b, here[k][0]) not in terms or (b, here[k][0]) in spoken):
                # (A title or a name in marks is part of the sentence around it: the
                # “Save Our Park” Facebook group. Short words found to be speech are not:
                # "“With submission, sir,” said Turkey, “…”".)
                lo = here[k][1]
                break
            k -= 1
        after: _Found | None = None  # (made below only when no words after it are read)
        # (where the quotation before it in this paragraph, with a known speaker, ends)
        said_here = previous.end[1] if previous is not None and previous.speaker and \
            previous.end[0] == b else 0
        closed = end <= len(texts[eb]) and end > 0 and raw.marks[-1] == (eb, end - 1)
        if closed and raw.char:
            hi = min(len(texts[eb]), end + _WINDOW_AFTER)
            there = spans_in[eb]
            k = bisect_left(there, (end, -1))
            while k < len(there) and there[k][0] < hi:
                if there[k][1] - there[k][0] > _SHORT:
                    hi = there[k][0]
                    break
                k += 1
            inner = texts[eb][max(raw.start[1] if eb == b else 0, end - 3):end - 1]
            final = inner.rstrip(" \u00a0\u202f")[-1:] in (".", "!", "?", "…")
            tail = texts[eb][end:hi].rstrip(" \u00a0\u202f")
            # (up to the next quotation, however short: "„…“ Scholz ergänzte: „…“"; in
            # ASCII text the one opening mark of _OPENING_MARKS is ", found by a plain search)
            opened = tail.find('"') if tail.isascii() else \
                -1 if (mark := _OPENING_MARKS.search(tail)) is None else mark.start()
            lead = tail[:opened].rstrip(" \u00a0\u202f") if opened >= 0 else tail
            if not (final and lead.endswith(":") and _first_stop(lead) < 0) and not (
                final and raw.char in "„»«" and tail[:1] == " "
                and ((first := tail[1:].split(None, 1)[:1]) and raw.char != "«" and (
                    first in (["Die"], ["Der"], ["Das"], ["Ein"], ["Eine"])
                    or first[0][0].isupper() and first[0].lower() in _DE_ADVERBS_FIRST)
                     or first and first[0][0].isupper() and first[0].lower() in _PREPOSITIONS)
            ):  # („…?“ Die Verwaltung verwies …: German sets its attribution after a comma;
                # an article or an adverb after the marks opens a new sentence: „…“ Zugleich
                # kündigte Greindl an; so does a capitalized preposition, after « … » too:
                # „…“ Gegen 6 Uhr meldete …, « … » Dans la soirée, …)
                # (“… collections. » Il ajoute : « …": the words after it lead to the next;
                # but in "„…?“, fragte sie. W. antwortete:" they say who asked first.)
                after = _attribution_after(texts[eb][end:hi], final)
        if after is None:
            after = _Found()
        if not after.verb and raw.char == "«" and closed and (
                inverted := _FR_INVERTED_AFTER.match(texts[eb], end)) is not None and \
                inverted.group(1) not in _FR_NOT_VERBS_AFTER:
            # "« … », calcule un conseiller de Matignon": after French words in marks, a
            # verb and its subject inverted are an attribution, whatever the verb.
            after = _Found(_object(_tokens(inverted.group(2))), verb=True)
        verb_at = end  # where the words after it are read (past a run of 「…」「…」)
        if raw.char == "「" and closed and not after.verb and texts[eb][end:end + 1] == "「":
            # 「認めれば帰れる」「家族にも迷惑がかかるぞ」などと繰り返した: a run of
            # quotations shares the verb after the last.
            while texts[eb][verb_at:verb_at + 1] == "「" and (
                    close := texts[eb].find("」", verb_at)) > 0:
                verb_at = close + 1
            after = _attribution_after(texts[eb][verb_at:verb_at + _WINDOW_AFTER], True)
        cheers = _JA_CHEERS_FROM.match(texts[eb], verb_at) \
            if raw.char == "「" and closed and not after.verb else None
        if cheers is not None:
            # 「…」など、ファンからの励ましが相次いだ: the ones the words came from.
            after = _Found(_Speaker(cheers.group(1), name=True), verb=True)
        # Attributed after it (“…,” he said): the sentence before is not searched for a verb.
        before = _attribution_before(text[lo:start], full=not after.verb
                                     or after.speaker is _UNRESOLVED)
        if before.verb and lo == cut > 0 and _first_stop(text[lo:start]) < 0:
            # "A Republican strategist who has advised …, and who spoke on the condition of
            # anonymity …, said …": the subject is further back than the window reaches, in
            # the same sentence.
            before = _attribution_before(
                text[_word_start_after(text, max(0, start - _LONG_WINDOW), start):start])
        # ("but that" needs its "that": most sentences are ruled out without the pattern)
        if not after.verb and ("that" in (last16 := text[max(lo, start - 16):start])
                               or "qu" in last16 or "dass" in last16) and \
                _AND_THAT.search(text, max(lo, start - 16), start) and (
                reporter := _reported_by(_LAST_SENTENCE.split(text[lo:start])[-1])
        ) is not None and reporter is not _UNRESOLVED:
            # "Wibisono said the government had promised …, but that “…”": a second clause
            # of what the sentence's subject said, not the words of the clause before it.
            before = _Found(reporter, verb=True)
        if after.verb and after.speaker is not None and after.speaker.pronoun and \
                not before.verb and not _adjacent_attribution(texts[eb][end:end + 24]):
            # "la CCI a regretté « … » avec les entreprises, appelées selon elle à « … »":
            # a pronoun's attribution further on, past words of the sentence, is the next
            # quotation's; the subject and verb before this one say whose it is.
            spelled = _attribution_before(text[lo:start])
            if spelled.verb and spelled.speaker is not None and not spelled.speaker.pronoun \
                    and spelled.speaker is not _UNRESOLVED:
                after, before = _Found(), spelled
        if not after.verb and before.verb and before.speaker is not None and \
                before.speaker is not _UNRESOLVED and not before.speaker.name and \
                not before.speaker.pronoun and not _is_title(before.speaker.text.split()[-1]) \
                and (view := _VIEW_OF.match(_LAST_SENTENCE.split(text[lo:start])[-1])):
            # "Pour Elise Marchetti, économiste à l’OFCE, le cas Valtéon illustre « … »":
            # the sentence gives her view; its subject is what she speaks about.
            before.speaker = _Speaker(view.group(1), name=True)
        elif not after.verb and before.verb and before.speaker is not None and \
                before.speaker is not _UNRESOLVED and not before.speaker.name and \
                not before.speaker.pronoun and (view := _VIEW_OF_ROLE.match(
                    _LAST_SENTENCE.split(text[lo:start])[-1])) is not None and (
                    person := _recent_person(people, texts, spans_in, b, start, "?")
                ) is not None and _just_named(b, start, person):
            # "… observe Rémi Caron, politologue. Pour le chercheur, le résultat illustre « … »":
            # the view of the one just named, by what he is.
            before.speaker = _Speaker(person.name, name=True)
        if raw.char in "「『" and after.verb and cheers is None:
            inside = _JA_AFTER_SUBJECT.match(texts[eb], verb_at)
            if _JA_TOLD.match(texts[eb], verb_at) and (by := _JA_BY_WHOM.search(
                    text, max(0, start - 16), start)) is not None:
                # 助手席の母に「…」ってよく言われます: the one who told them (a passive)
                after.speaker = _Speaker(_ja_name(by.group(1)), name=True)
            elif (written := _JA_WRITTEN.match(texts[eb], verb_at)) is not None:
                # 「欠陥住宅を許さない」と書かれた横断幕 (と書いたプラカード, との張り紙): the
                # banner it is written on.
                after.speaker = _Speaker(written.group(1))
            elif ((document := _JA_DOCUMENT_IN.search(text, max(0, start - 24), start))
                  or (document := _JA_THERE_IN.search(text, max(0, start - 80), start))) \
                    is not None and _JA_WRITTEN_IN.match(texts[eb], verb_at):
                # 公表した文書には「…」と記されている: the document it is written in.
                after.speaker = _Speaker(document.group(1))
            elif _JA_SHOWN.match(texts[eb], verb_at) and (screen := _JA_SCREEN_ON.search(
                    text, max(0, start - 12), start)) is not None:
                after.speaker = _Speaker(screen.group(1))  # 画面に「…」と表示され: the screen
            elif (voice := _JA_VOICE_FROM.match(texts[eb], end)) is not None:
                # 「…」と近隣住民から119番通報があった: the ones it came from.
                after.speaker = _Speaker(_ja_name(voice.group(1)), name=True)
            elif (one := _JA_SAYING_ONE.match(texts[eb], verb_at)) is not None and \
                    len(one.group(1)) > 1 and one.group(1).endswith(_JA_PEOPLE):
                # 「…」と話す住民も多い, 「…」と答えた生徒は7割: the people who say it.
                after.speaker = _Speaker(one.group(1))
            elif _JA_POSTED.match(texts[eb], verb_at) and (account := _JA_ACCOUNT.search(
                    text, max(0, start - 40), start)) is not None:
                # 神社の公式X（旧ツイッター）には14日昼、「…」との投稿があった: the account.
                after.speaker = _Speaker(account.group(1))
            elif (posts := _JA_POSTS.match(texts[eb], verb_at)) is not None:
                # SNS上には「…」といった投稿が相次いだ: many people's posts, no account's.
                after.speaker = _Speaker(posts.group(1))
            elif inside and inside.group(1)[-1] not in "でに" and \
                    not inside.group(1).endswith(_JA_SOUNDS):  # (「…」とつぶやく声が: a voice)
                after.speaker = _Speaker(_ja_name(inside.group(1)), name=True)
            elif (bare := _JA_BARE_NAME.match(texts[eb], verb_at)) is not None and any(
                    re.search(bare.group(1) + _JA_GIVEN_THEN, texts[k])
                    for k in range(eb, max(-1, eb - 30), -1)):
                # 「…」と佐藤。: the surname of someone named in full before.
                after.speaker = _Speaker(bare.group(1), name=True)
            elif (named := _JA_CLEFT.match(texts[eb], verb_at) or _JA_NAMED_LAST.match(
                    texts[eb], verb_at)) is not None:
                # 「…」と語るのは、会社員の田中一郎さん（45）だ。/ 「…」と近所の田中一郎さん。:
                # the one who says it.
                after.speaker = _Speaker(_ja_name(_JA_PARENS.sub("", named.group(1)).strip()
                                                  .split("、")[-1]), name=True)
            elif (agent := _ja_passive_agent(text, start, texts[eb], end)) is not None:
                after.speaker = agent  # 北村さんにはよく「…」と言われました: who said it
            elif (asked := _ja_asked(text, start)) is not None:
                # 記者から「…」と問われると、「…」と答えた: the one asked answers.
                after.speaker = asked
            else:
                after.speaker = _ja_subject(_ja_unquoted(text[lo:start])) \
                    or (_Speaker(previous.speaker, name=True) if previous is not None
                        and previous.speaker and previous.end[0] == b and previous.char == "「"
                        and _JA_SAID_AND.match(text, previous.end[1])
                        and "。" not in text[previous.end[1]:start] else None) \
                    or _ja_topic_before(text[:start]) \
                    or (_ja_person_topic(text, start, said_here)
                        if text[start - 1:start] == "。" else None) \
                    or (_ja_topic_before(texts[b - 1]) if b and b - 1 not in headings
                        and _JA_CONNECTIVE.fullmatch(text[:start].strip(" \u3000")) else None) \
                    or (_Speaker(previous.speaker, name=True) if not start and previous is not None
                        and previous.speaker and previous.end[0] == b - 1
                        and texts[eb][verb_at:verb_at + 2] == "とも" else None) \
                    or _ja_paper(texts[eb], verb_at)
                # (「そのうえで、「…」と話した」 opening a paragraph: the one the paragraph
                # before was about; 「…」とも語った: "also said", who was quoted just before)
        elif raw.char == "「":  # (the rules of a Japanese quotation's words alone, looked at
            # only for 「: each used to test the mark itself)
            if _JA_THUS_BEFORE.search(text, max(0, start - 60), start) and (
                    thus := _ja_topic_before(text[:start])) is not None:
                # 長谷川社長は会見の最後にこう述べた。「…」: the words the sentence before
                # announced.
                after = _Found(thus, verb=True)
            elif not start and b and b - 1 not in headings and _JA_THUS_PARAGRAPH.search(
                    texts[b - 1], max(0, len(texts[b - 1]) - 40)) and (
                    thus := _ja_topic_before(texts[b - 1])) is not None:
                # 佐久間隆村長は取材に対し、こう語った。¶「…」: the paragraph before announced
                # them.
                after = _Found(thus, verb=True)
            elif texts[eb][end:end + 1] in ("。", "だ") and (
                    habit := _JA_HABIT.search(text, max(0, start - 40), start)) is not None:
                # 清さんの口癖は「…」だった / 田村健太さん（38）は「…」。: whose words they are
                after = _Found(_Speaker(_ja_name(_JA_PARENS.sub("", habit.group(1))), name=True),
                               verb=True)
            elif texts[eb][end:end + 1] == "。" and \
                    _JA_AGED_TOPIC.search(text, max(0, start - 8), start) is not None and (
                        aged := _ja_subject(text[lo:start])) is not None:
                # 避難した会社員の女性（34）は「…」。: a person, by their age, and their words
                after = _Found(aged, verb=True)
            elif texts[eb][end:end + 1] == "。" and text[start - 1:start] == \
                    "は" and (named := _JA_SURNAME_TOPIC.search(text, max(0, start - 12), start)) \
                    is not None and named.end() == start:
                # 北村は「…」。: sports copy names a player by surname alone, then the words
                after = _Found(_Speaker(_ja_name(_JA_PARENS.sub("", named.group()[:-1])),
                                        name=True), verb=True)
            elif (voice := _JA_VOICE_FROM.match(texts[eb], end)) is not None:
                # 「…」という声が住民から寄せられた: the ones it came from.
                after = _Found(_Speaker(_ja_name(voice.group(1)), name=True), verb=True)
            elif (according := _ja_according(
                    text[max(lo, _ja_sentence_start(text, start)):start])) is not None:
                after = _Found(according, verb=True)  # (「…」という: hearsay, no verb after it)
            elif (cleft := _JA_CLEFT_AFTER.match(texts[eb], end)) is not None:
                # 「…」。そう話すのは、商店街で花屋を営む山田花子さん（45）だ。: who says it,
                # named in the sentence after.
                after = _Found(_Speaker(_ja_name(_JA_PARENS.sub("", cleft.group(1)).strip()
                                                 .split("、")[-1]), name=True), verb=True)
            elif (stop := _JA_STOP_AFTER.match(texts[eb], end)) and (
                said := _JA_THUS.match(texts[eb], stop.end())
            ):
                # 「…」。15日、記者会見した中村健一社長はこう強調した。: the sentence after says
                # who said it "thus" (or how they said it: 「…」。佐藤監督は目を潤ませた。).
                after = _Found(_ja_subject(said.group(1)), verb=True)
                if (after.speaker is None or after.speaker.pronoun in ("m", "f")) and \
                        start and text[start - 1] == "。" and \
                        (topic := _ja_topic_before(text[:start])) is not None and \
                        not topic.pronoun:
                    after.speaker = topic  # 30代の女性看護師は、…。「…」。取材に応じた彼女は
                    # そう話した: the one the sentence before the words is about (and with no
                    # subject at all: 清水社長は…蔵に残る。「…」。静かにそう語り、)
            elif texts[eb][end:end + 1] == "。" and (
                aged_next := _JA_AGED_NEXT.match(texts[eb], end + 1)
            ):
                # 「…」。温泉旅館「川島屋」の3代目おかみ、川島由美子さん（58）は、…声を落とした。:
                # the sentence after brings in someone by name and age, whose words they were.
                after = _Found(_Speaker(_ja_name(aged_next.group(1)), name=True), verb=True)
            elif (credit := _JA_CREDIT.match(texts[eb], end)) is not None:
                # 「…」（国内証券のアナリスト）: the speaker in parentheses after the words (and
                # whatever else was found: _ja_credited).
                after = _Found(_Speaker(_ja_name(credit.group(1)), name=True), verb=True)
            elif texts[eb][end:end + 1] in ("", "。") and start and \
                    text[start - 1] == "。" and \
                    (topic := _ja_person_topic(text, start, said_here)) is not None:
                # 森本隆さん（76）は、廃止の知らせを回覧板で知った。「…」: words alone after a
                # sentence about a person are theirs.
                after = _Found(topic, verb=True)
            elif texts[eb][end:end + 1] in ("", "。") and start and \
                    text[start - 1] == "。" and (according := _ja_according(
                        text[_ja_sentence_start(text, start - 1):start])) is not None:
                # 西村孝雄さん（74）によると、…こともあるという。「…」: words alone after a sentence
                # told according to someone are theirs.
                after = _Found(according, verb=True)
            elif texts[eb][end:end + 1] in ("", "。") and start and \
                    text[start - 1] == "、" and (
                        topic_at := _ja_person_at(text, opened := _ja_sentence_start(text, start),
                                                  start)) is not None and (
                        who := _ja_topic_name(text, opened, topic_at)) is not None:
                # 1区の佐藤陽向（2年）は…たすきをつなぎ、「…」。: words that end a sentence about a
                # person, with no verb after them, are theirs.
                after = _Found(_Speaker(who, name=True), verb=True)
        found = after if after.verb and not (
            # ("In einer Mitteilung hieß es, man bedaure „…“ und werde …": the words after
            # it go on the sentence, whose speaker is named before it.)
            after.speaker is _UNRESOLVED and before.verb and before.speaker is not None
            and before.speaker is not _UNRESOLVED
        ) else before
        found.naming = before.naming
        found.colon = before.colon
        # The quotation before it in the same paragraph, or at the end of the paragraph
        # before when this one opens its paragraph: whose words an unattributed one goes on.
        neighbour = previous if previous is not None and previous.speaker and (
            previous.end[0] == b or start == 0 and previous.end[0] == b - 1) else None
        if neighbour is not None and neighbour.end[0] == b and neighbour.kind == "speech" \
                and not found.verb and not found.naming and not found.colon \
                and start - neighbour.end[1] <= _SAME_SENTENCE \
                and _first_stop(text[neighbour.end[1]:start]) < 0:
            # "said it was “in constructive talks” about “necessary adjustments.”": the
            # sentence that quoted someone goes on quoting them.
            found = _Found(_UNRESOLVED, verb=True)
        incised = None
        if not found.verb and raw.char in "«„“\"" and (
                incise := _incise(raw.text, raw.char == "«")):
            # « …, a-t-il affirmé. … », «…, — пояснил источник. — …»: the words that say who
            # speaks are inside the marks.
            found = incised = _Found(incise, verb=True)
        if (not found.verb or before.last_words[-1:] in (["reading"], ["saying"])) and (
                not _SIGN_NEAR.isdisjoint(before.last_words) or (
                    before.colon or text.endswith(", ", 0, start)) and (
                    "schild" in (near := text[max(0, start - 100):start].lower())
                    or not _SIGN_NEAR.isdisjoint(_plain_words(near)))) and (
                # ("ein laminiertes Schild, auf Deutsch und Englisch:", "ein Emailleschild")
                sign := _sign_before(text[max(0, start - 200):start], raw.text)) is not None:
            # "held up a hand-lettered sign that read “…”", "Auf einem der Transparente
            # stand: „…“", "вывесила баннер «…!»": the sign says it (whatever verb comes
            # before it: "sang and held up placards reading “…”").
            found = before = _Found(_Speaker(sign), verb=True, colon=before.colon)
        if not found.verb and text.endswith(",", max(0, start - 3), start - 1) and (
                as_put := _AS_PUT_BEFORE.search(text, max(0, start - 60), start)) is not None \
                and (who := _describe(_tokens(as_put.group(1)))) is not None:
            # "and, as she puts it, “finally read the papers”", "как она выражается,
            # «…»": the clause of comparison before the words says whose they are.
            found = before = _Found(who, verb=True, colon=before.colon)
        if not found.verb and raw.char == "«" and (subject := _fr_subject_before(
                text[max(0, start - _WINDOW):start], raw.text)) is not None:
            # "Dans un communiqué, l’intersyndicale « appelle à une nouvelle journée … »": the
            # subject right before words that begin with its verb.
            found = before = _Found(subject, verb=True, colon=before.colon)
        if not found.verb and not found.naming and raw.char in _BEAT_MARKS and start and \
                (stop := text[max(0, start - 6):start].rstrip()[-1:]) in (".", "!", "?", ":") and (
            (whole := _whole_sentence(raw.text) or stop == ":" or raw.char == "«"
             and texts[eb][end:end + 1] in (".", "!", "?", "…")
             and _whole_sentence(raw.text + "."))  # (Russian puts the stop after «…».)
            or _BEAT_HINT.search(text[max(0, start - _WINDOW):start].lower()) is not None
        ) and (beat := _beat(lead := _lead(texts, b, start, sentence_before)) or (
            _de_inverted_pronoun(lead) or (
                # (not a sentence that holds the quotation before: "‘… Mr Falk …,’ Pryce
                # said. ‘…’" is about no one the marks name)
                _about(lead, is_surname) if neighbour is None or neighbour.end[0] != b
                or neighbour.end[1] < start - len(lead) else None)
            or (_someone_before(lead) if stop != ":" else None)
            if whole else None
        )) is not None:
            # (a colon announces words, however short: "meldete Tiedemann per Funk: „Feuer
            # aus.“")
            # "The 21-year-old laughed. “Not for a second.”", "Asked what she would do first,
            # she laughed: “…”": a gesture just before the words is the speaker's.
            found = before = _Found(beat, verb=True, colon=before.colon)
        if raw.char == "「" and _JA_QUESTIONED.search(text, max(0, start - 12), start) and (
                suspect := _ja_suspect(texts, b, start)) is not None:
            # 「調べに対し「…」と供述」: in answer to the police's questions, the suspect the
            # story named speaks (not the police who arrested them, the sentence's subject).
            found = before = _Found(_Speaker(suspect, name=True), verb=True, colon=before.colon)
        if raw.char == "「" and b in headings and start and (
                not found.verb or found.speaker is None) and (
                bare := _JA_BARE_SPEAKER.search(text, max(0, start - 12), start)):
            # A headline's 「…　知事「生活再建に全力」」: who says it, then the words (a
            # headline names a speaker so, with no verb).
            found = _Found(_Speaker(_ja_name(bare.group(1)), name=True), verb=True)
        # The word right before the opening mark, in the same sentence.
        before_word = _plain_words(text[max(0, start - 24):start])[-1:] \
            if raw.char in "«„" and text[:start].rstrip()[-1:].isalpha() else []
        if not found.verb and before_word == ["à"] and raw.char == "«" and \
                _FR_INFINITIVE.match(raw.text) and " " in raw.text.strip() and (
                    subject := _role_or_sentence_subject(
                        window := _sentence_window(text, start))) is not None:
            # "a invité ses clients à « reporter leur voyage »", "a tenu à « saluer … »": what
            # the sentence's subject called on others, or itself, to do, in its words.
            found = _Found(subject, verb=True, colon=before.colon)
        raw.kind = _kind(raw.text, found, raw.char,
                         neighbour is not None and neighbour.end[0] == b,
                         bool(before_word) and (before_word[0][0].islower() or before_word[0]
                                                in _LEGAL_FORMS)
                         and before_word[0] not in _CUES and before_word[0] not in _STOP_PREPS,
                         raw.char in "„«»‹›" and texts[eb][end:end + 1] == ","
                         and (text[:start].rstrip()[-1:] in ("", ".", "!", "?", "“", "»", "«")
                              or raw.char == "„" and _subjunctive(
                                  _plain_words(text[max(0, start - 16):start])[-2:])),
                         text[max(0, start - 4):start].rstrip()[-1:] in ("", ".", "!", "?") and (
                             raw.char in "«„»" and texts[eb][end:end + 1] in (".", "!", "?", "…")
                             or texts[eb][end:end + 1] in ("", " ")
                             and texts[eb][end - 2:end - 1] in (".", "!", "?")))
        # ("Das sei „Aufgabe der Politik“, sagte Dietrich": words reported in the
        # subjunctive, then who said them, as a sentence of its own would be)
        if raw.kind == "term" and found.reported and len(raw.text.split()) >= 3:
            raw.kind = "speech"  # "…, sagte ein Sprecher. Die Gewerkschaft nehme „Zehntausende
            # Reisende in Geiselhaft“": words of a sentence of reported speech, not a name
        if raw.kind == "speech":
            cited = citations.get(b)
            if cited is None:
                # (the words of _CITATION_WORDS, each looked for in turn without a generator)
                cited = citations[b] = text[:1] == "^" or (
                    "Retrieved" in text or "Accessed" in text or "Abgerufen" in text
                    or "Consulté" in text or "Проверено" in text or "閲覧" in text
                ) and _CITATION.search(text) is not None
            if cited or ")." in text[max(0, start - 4):start] and \
                    _CITED_BEFORE.search(text, max(0, start - 24), start) is not None:
                raw.kind = "term"  # the title of a work in a list of sources
        if neighbour is not None and neighbour.end[0] == b and neighbour.kind == "speech":
            gap = text[neighbour.end[1]:start]
            first = _lower_words(gap[:24])[:2] if len(gap) < _WINDOW else []
            if first and first[0] in _LEADING and _first_stop(gap) < 0 and (
                not found.verb or first[1:] and first[1] in _THAT
                or first[0] in _AND and len(gap) < 40 and _no_new_subject(gap)
            ):
                # “…,” and that “…”: the same sentence goes on quoting the same person (but
                # “…,” while Roeska warned that “…” quotes another); so does a verb joined
                # to it with no subject of its own ("affirme que « … » et se dit « … »").
                if raw.kind == "term" and not found.naming:
                    raw.kind = "speech"  # ("… had ‘…’ and that relocating was ‘simply not
                    # realistic’": a part of the same words reported, however short; not
                    # "… and the director called the response “textbook”")
                found = _Found(_UNRESOLVED, verb=True)
        if raw.kind == "speech":
            if raw.text.rstrip()[-1:] == ",":
                spoken.add(raw.start)  # (“With submission, sir,” said …)
        else:
            raw.speaker = None
            if raw.kind == "term":
                terms.add(raw.start)
                # (Only words in lower case or after an article: not a name or a title.)
                worded = raw.text.lstrip(" \"“”‘’«»„‚‹›")[:1].islower() or \
                    before.last_words[-1:] and before.last_words[-1] in _A_TERM
                who = None if not worded else found.speaker if found.verb else \
                    found.namer() if found.naming else None
                if worded and who is None and not found.colon and b not in headings and \
                        len(raw.text.split()) >= _FALLBACK_WORDS and \
                        text[:start].rstrip()[-1:] != "," and not (
                            before.last_words[-1:] and before.last_words[-1] in _POSSESSIVES):
                    # The subject of its sentence ("Feldhaus hält die Schließungen für „…“"),
                    # but not a name the term stands beside ("Lorenz, “the father of chaos,”")
                    # nor with a possessive before it.
                    window = _sentence_window(text, start)
                    who = _role_or_sentence_subject(window)
                if who is not None and who is not _UNRESOLVED:
                    named = resolve(who, b, start) if found is before else resolve(who, eb, end)
                    raw.speaker = _last_look(named, people, texts, b) if named else None
            continue
        speaker = None
        # "Ein Mitglied des Vorstands … sieht die Verantwortung beim Intendanten. Greiderer
        # habe „…“", "„…“, sagte sie. / Die Netzentgelte seien „…“": a sentence of reported
        # speech goes on with the one the sentence before is about, or with whom the article
        # quoted last, not with its own subject.
        about = _previous_subject(text, start) if found.reported and not _QUOTE_MARKS.search(
            text, max(0, start - _PREVIOUS_REACH), start) else None
        # (not "„… Jeder Stapel war versiegelt“, sagte sie. Der Vorwurf sei „…“": her)
        if found.there:
            before = text[max(0, start - 300):start] if start else texts[b - 1][-300:] if b \
                else ""
            named = next(((word, label) for word in reversed(_HYPHENED_WORDS.findall(before))
                          if (label := _de_document(word) or _ru_document_named(word))
                          is not None), None)
            speaker = named and (_writer_of(before, named[0]) or named[1])
        elif about is not None:
            speaker = resolve(about, b, start)
        elif found.reported and (clause := _before_colon(text, start)) and (
                reporter := _reported_by(clause) or _role_subject(clause)
                or _previous_subject("", 0, clause, is_surname)) is not None and \
                not reporter.pronoun and (
                reporter.name or _is_title(reporter.text.split()[-1])
                or reporter.text.split()[0].lower() in _INDEFINITE):
            # "Rösch wies die Kritik zurück: Man habe „…“": the one the clause before the
            # colon is about.
            speaker = resolve(reporter, b, start)
        elif found.reported and start and not _QUOTE_MARKS.search(
                sentence := sentence_before(b, start).rstrip(" .!?…")) and (
                reporter := _reported_by(sentence) or _role_subject(sentence)
                or _previous_subject("", 0, sentence, is_surname)) is not None and \
                not reporter.pronoun and (
                reporter.name or _is_title(reporter.text.split()[-1])
                or reporter.text.split()[0].lower() in _INDEFINITE):  # ("Ein Mitarbeiter …")
            # "Der Landrat wies das zurück. Die Rettungswache werde aufgestockt, ein
            # Notarztstandort sei „…“": the one the sentence before is about goes on.
            speaker = resolve(reporter, b, start)
        elif found.reported and previous is not None and previous.speaker and \
                previous.end[0] >= b - 1:
            speaker = previous.speaker
        elif found.speaker is _UNRESOLVED and not found.reported:
            # "…, adding that “…”": who spoke just before, or the subject of the sentence.
            subject = None
            if neighbour is None or neighbour.end[0] != b:
                window = _sentence_window(text, start)
                subject = _role_or_sentence_subject(window) or \
                    _possessed_subject(window)
                if not window and (far := _role_or_sentence_subject(_sentence_window(
                        text, start, _PREVIOUS_REACH))) is not None and (far.name or any(
                            w.lower() in _ROLES or _is_title(w) or w.lower() in _ORG_WORDS
                            for w in far.text.split())):
                    subject = far  # "Organisers of … cancelled … on Friday, saying … ‘…’":
                    # a subject further back, when it is someone or a body (not "The Obama
                    # administration’s first comments came with a warning … by saying")
            if neighbour is not None and neighbour.end[0] == b:
                speaker = neighbour.speaker
            elif subject is not None:
                speaker = resolve(subject, b, start)
            else:
                person = _recent_person(people, texts, spans_in, b, start, "?")
                speaker = person.name if person else None
        elif found.speaker is not None:
            at_block, at = (b, start) if found is before else (eb, end)
            subject = found.speaker
            if found is before and subject.pronoun and subject.text:
                # "Er wirft Albrecht vor, die Stadt „…“": a pronoun means someone named
                # before it, not a name between it and the quotation.
                for named_at in _compiled(r"\b" + re.escape(subject.text) + r"\b").finditer(
                        text, lo, start):
                    at = named_at.start()  # (the last one before the quotation)
            group = None
            if subject.pronoun == "p" or not subject.name and _ONE_OF_THEM.fullmatch(
                    subject.text.lower().replace("'", "’")) is not None:
                # "Union officials said they would …. “…,” they said": the group that is
                # the subject of the sentence before.
                # (Before the quotation, "Ils dénoncent « … »": the sentence before theirs.)
                prior = (sentence_before(b, start) if found is before else
                         _previous_sentence(text, start) if start else
                         _last_sentence(texts[b - 1]) if b else "")
                group = _group_subject(prior) or (
                    _thing_subject(prior) if subject.text in ("it", "It") else None)
            if subject.pronoun:
                # "Le Premier ministre a promis des mesures. «…», a-t-il assuré": a role
                # that is the subject of the sentence before is what the pronoun means.
                # (A quotation opening its paragraph looks at the paragraph before.)
                sentence = (_previous_sentence(text, start) if start else
                            _last_sentence(texts[b - 1]).rstrip(" .!?…") if b else "")
                # (Its tokens are read once, for the role and for someone brought in below:
                # both windows are no longer than 160 characters, so sentence[:160] is all
                # of it.)
                tokens = _tokens(sentence)
                role = _role_subject(sentence, _sentence_tail(tokens)) \
                    if sentence.lstrip()[:1] not in _FAMILY else None  # (not the first words
                # of a quotation: "« Notre chauffeur a … », assure le dirigeant")
                if role is not None and not role.name and _only_role(sentence, role.text) \
                        and _compatible(role, subject, people) and not _role_named(
                            people, texts, spans_in, b if start else b - 1,
                            start if start else len(texts[b - 1]), role, subject.pronoun):
                    subject = role
                elif role is None and subject.pronoun in "mf" and (
                        kin := _KIN_SUBJECT.match(sentence or (
                            sentence_before(b, start) if found is before else ""))
                        or _KIN_OF.search(sentence)
                ) is not None and _NOUN_SEX.get(kin.group(2).lower()) == subject.pronoun:
                    # "Her husband was less sure. “…,” he said", "Mon grand-père … jouait du
                    # bugle. Il disait : « … »" (the sentence before the pronoun's)
                    subject = _Speaker(kin.group(1))
                elif role is None and subject.text in ("sie", "elle", "il", "er") and (
                        body := (_BODY_SUBJECT if subject.text in ("sie", "elle") else
                                 _BODY_SUBJECT_M).match(
                            sentence or sentence_before(b, start))
                ) is not None and (
                        body.group(2).lower() in _ORG_WORDS or body.group(2) in _FR_BODIES
                        or body.group(2)[:1].isupper() and subject.text == "sie"
                        and body.group(2).lower().endswith(_DE_BODY_ENDS)):
                    # "Die Stiftung verweist auf …. Eine Sanierung sei „…“, teilte sie mit",
                    # "De son côté, la laiterie, qui …, invoque …. Dans un communiqué, elle
                    # estime que « … »": the body the sentence before is about (its noun
                    # is feminine, as the pronoun is).
                    subject = _Speaker(body.group(1)[:1].lower() + body.group(1)[1:])
                elif (start or b) and subject.pronoun in "mf?" and (
                    reported := _reported_by(sentence_before(b, start))
                ) is not None and not reported.pronoun and _compatible(reported, subject,
                                                                        people) and (
                    " " in reported.text and reported.name
                    or reported.text in people.by_word
                    or reported.text.split()[0].lower() in _INDEFINITE
                    and f"{reported.text} that " not in sentence_before(b, start)
                    # (not "a mug that says ‘…’": a thing, which "she" is not)
                    or reported.text.split()[0].lower() in _SOURCES  # ("Источник «Ъ» …")
                    or reported.name and _surname(texts, b, reported.text)
                ):
                    # "Dev Patel, who chairs the group, said the council had …. ‘…,’ he
                    # said": whom the sentence before reports, not the last name in it.
                    subject = reported
                elif start and subject.pronoun in "mf" and (
                        introduced := _someone_introduced(sentence, subject.pronoun, tokens)):
                    speaker = introduced
                elif start and subject.text in ("they", "They") and (
                        anonymous := _one_unnamed(sentence or sentence_before(b, start))):
                    speaker = anonymous  # (the "they" of a source who is not named)
                elif (start or b) and subject.pronoun in "mf?":
                    # "Ossei-Brown, speaking at his locker, took the blame. “…,” he said":
                    # the person the sentence before is about, not the last name written
                    # (for a quotation opening its paragraph, the paragraph before's last).
                    before_subject = _previous_subject(text, start, sentence) if start else \
                        _previous_subject(texts[b - 1].rstrip(), len(texts[b - 1].rstrip()),
                                          sentence)
                    if before_subject is None and not sentence and (
                        prior := sentence_before(b, start)
                    ):
                        # "Heuser sieht das anders. Voltaris sei „…“ gewesen, sagte er": the
                        # words before the quotation are what he said; the sentence before
                        # says who he is. (So does "Brehmer selbst verabschiedete sich. Darin
                        # sagt er, …", when it opens with someone named before.)
                        before_subject = _previous_subject("", 0, prior, is_surname)
                        if found is before and before_subject is not None and not (
                                before_subject.name and (
                                    is_surname(before_subject.text.split()[-1])
                                    or " " in before_subject.text
                                    and _first_name_sex(before_subject.text.split()[0]))):
                            before_subject = None  # (someone named before, or in full
                            # there: "Студентка … Вероника Гусева, 19 лет, играет Нину. Она
                            # признаётся, что …")
                    if before_subject is None:
                        before_subject = _pronoun_chain(texts, b, start, subject, people,
                                                        sentence_before(b, start))
                    if before_subject is None and previous is not None and previous.speaker \
                            and not _names_someone(_sentence_window(text, start), people) \
                            and previous.end[0] >= b - 1 and _OPENING_MARKS.match(
                                sentence_before(b, start).lstrip()) is not None:
                        # "… verwies er auf hohe Kosten. „Wir haben gekämpft.“ Auf die Frage,
                        # …, antwortete er:": the sentence before is words quoted; who said
                        # them goes on (when this sentence names nobody known before it).
                        before_subject = _Speaker(previous.speaker, name=True)
                    if before_subject is not None and _compatible(before_subject, subject,
                                                                  people):
                        subject = before_subject
                        surname = subject.text.split()[-1]
                        # (A full name is used as written: two people may share a surname.)
                        known = people.by_word.get(surname) if subject.name and \
                            " " not in subject.text else None
                        if known is None and subject.name and " " not in subject.text:
                            # A surname alone: its full name may be further back, not learned
                            # yet ("Finanzminister Christian Lindner … Lindner zeigte sich").
                            known = _recent_person(people, texts, spans_in, b, start,
                                                   found.speaker.pronoun)
                        if known is not None and known.name.split()[-1] == surname and \
                                not (known.gender and subject.gender
                                     and known.gender != subject.gender):
                            # (but "Mr Doyle" is not Karen Doyle, named before him)
                            speaker = known.name  # the full name, as a pronoun resolves
            elif start and not subject.name and found is after:
                # "One senior aide … disputed that. “…,” the aide said": the role the
                # sentence before introduced, not a person named earlier.
                words = subject.text.split()
                before_subject = _previous_subject(text, start) if len(words) == 2 and \
                    words[0].lower() in _DEFINITE else None
                if before_subject is not None and not before_subject.name and \
                        not before_subject.pronoun and \
                        words[1].lower() in before_subject.text.lower().split():
                    speaker = subject.text
            # (A role inside the marks comes after words, as one after them does: « …,
            # raconte la cinéaste, … ».)
            speaker = speaker or group or resolve(subject, at_block, at, (
                found is after or found is incised) and subject is found.speaker)
            if speaker is None and found is after and subject.text == "it" and (
                    document := _IT_SAID_IN.match(texts[eb], end)) is not None:
                speaker = document.group(1)  # "“…,” it said in a statement": the statement
            if subject is not found.speaker and subject.name and speaker and \
                    found.speaker.pronoun in ("m", "f") and \
                    (person := people.by_word.get(speaker.split()[-1])) is not None and \
                    not person.gender:
                # The sentence before said whom "she" means: now she is known to be a woman.
                person.gender = found.speaker.pronoun
            if found is after and speaker == subject.text and _person_noun(speaker) and (
                person := _recent_person(people, texts, spans_in, b, start, _NOUN_SEX.get(
                    speaker) or ("f" if _morphology().parse(speaker)[0].tag.gender == "femn"
                                 else "?"))
            ) is not None and _just_named(b, start, person) and (
                (reported := _reported_by(sentence_before(b, start))) is None
                or reported.name or reported.pronoun  # ("«…», — вспоминает она. «…», —
                # добавила девушка": she goes on)
            ):
                # "«…», — добавила женщина": the woman just named, "— признается мужчина"
                # the man (but "— утверждает собеседник" after "Источник в мэрии …
                # рассказал" is that source).
                speaker = person.name
            if (speaker is None and subject.pronoun and neighbour is not None
                    and neighbour.end[0] == b and start - neighbour.end[1] < _SAME_SENTENCE):
                # "«…», a-t-il insisté, avant de promettre des «…»": the pronoun of the
                # quotation just before in the sentence, already resolved.
                speaker = neighbour.speaker
        if speaker is None and not found.verb and found.colon:
            # "Watanabe put it bluntly: “…”", "Der Verkehrsminister wies die Kritik
            # zurück: „…“": the subject of the sentence, a name or a role.
            window = _sentence_window(text, start)
            if (label := _DASH_LABEL.search(window)) is not None:
                # "Hansa trennt sich von Rademacher – Kellner: „…“": a headline's speaker
                # after its dash.
                subject = _Speaker(label.group(1), name=True)
            elif (whose := _WHOSE_ADVICE.search(window, max(0, len(window) - 60))) is not None:
                # "Ihr Rat: „…“", "His verdict: “…”", "Dalton’s message was simple: “…”": the
                # one whose advice it is.
                owner = whose.group(1)
                subject = _Speaker(_strip_possessive(owner), name=True) if owner[-2:] in (
                    "’s", "'s") else _Speaker(owner, pronoun=_WHOSE_SEX[owner.lower()])
            else:
                subject = _role_or_sentence_subject(window)
                if subject is not None and not subject.name and not subject.pronoun:
                    subject = _de_subject_before_verb(subject)
                if (subject is None or not subject.pronoun and (
                        not subject.name or not _first_name_sex(subject.text.split()[0])
                        and not is_surname(subject.text.split()[-1]))):
                    subject = _de_inverted_pronoun(window) or subject
                stops = _stops(window)
                subject = _prefer_known(subject, window[stops[-1] if stops else 0:],
                                        is_surname)
                if subject is not None and subject.text.split(None, 1)[0].lower() in \
                        _RU_PREPOSITIONS and "а" <= window.rstrip(": ")[-1:].lower() <= "я":
                    subject = None  # ("В среду в Telegram-канале … появилось сообщение:":
                    # a time and a place, then the verb and the document; see below)
                elif b in headings and subject is not None and subject.name and (
                        " " not in subject.text and not is_surname(subject.text) and
                        subject.text.endswith(_ABSTRACT_ENDS) or _no_one_known(
                            subject.text.split(), is_surname, texts)):
                    subject = None  # "Explosion in Chemiewerk an der Saale: „…“": a
                    # headline's topic, an event or a thing (but "Passagiere nach
                    # Notlandung: „…“" speak); "Teure Lebensmittel: »…«", "Warnstreik in
                    # Oberhagener Kitas: »…«": words that name no one the article knows
            if subject is not None and (subject.name or subject.pronoun
                                        or _is_title(subject.text.split()[-1])
                                        or subject.text.split()[-1].lower() in _ROLES
                                        or subject.text.split()[-1].lower() in _DOCUMENTS
                                        or _a_body(subject.text)
                                        or _kin_of_someone(subject.text)
                                        or "а" <= subject.text[-1:].lower() <= "я" and
                                        (first := subject.text.split()[0]).lower() in _ROLES
                                        and not _is_title(first)  # "Источник в …"
                                        or subject.text.split()[0].lower() in _INDEFINITE
                                        and (_before_comma(window, subject.text)
                                             or _someone_from(subject.text.split()))):
                # (and someone the sentence brings in, with a clause about them: "Une
                # salariée de la ligne, qui préfère rester anonyme, est plus directe :")
                speaker = resolve(subject, b, start)
            elif "а" <= window.rstrip(": ")[-1:].lower() <= "я":
                # "На двери появилось объявление управляющей компании: «…»": the document
                # right before the colon speaks (Russian puts the subject after its verb, so
                # the words between it and the colon say whose it is).
                words = window.rstrip(": ").split()[-4:]
                k = next((k for k, w in enumerate(words) if w.lower() in _DOCUMENTS), -1)
                speaker = " ".join(words[k:]) if k >= 0 else None
        namer = before.namer() if speaker is None and not found.verb else None
        if namer is not None:
            # "She called the strikes “a war crime, plain and simple.”": hers.
            speaker = resolve(namer, b, start)
        if speaker is None and not found.verb and neighbour is not None and \
                neighbour.end[0] == b and (
                    stop := _first_stop(gap := text[neighbour.end[1]:start])) >= 0 and \
                not gap[stop:].strip() and _has_cue(gap):
            # "‘…,’ he said. ‘…’": the sentence before is the attribution of the quotation
            # before, which goes on; but after a question, the one asked answers ("„…?“,
            # fragt Lechner. „…“": whom she was asking, who spoke before her).
            speaker = neighbour.speaker
            if (neighbour.text.rstrip(_CLOSING_CHARS)[-1:] == "?" and
                _ASKED.search(gap) is not None
                or (asking := raw.text.rstrip(_CLOSING_CHARS))[-1:] == "?" and
                not any(c in asking[:-1] for c in ".?!") and
                not _REPLY.isdisjoint(gap.split())) and (asked := next(
                    (r for r in reversed(recent) if r.speaker and r.speaker != speaker
                     and r.end[0] >= b - 1), None)) is not None:
                # (and a one-sentence question after an answer, "« … », répond M.
                # Castaing. « … ? »": the one who asked before asks again)
                speaker = asked.speaker
        prior = "" if speaker is not None or found.verb or found.colon else \
            _previous_sentence(text, start) if start else _last_sentence(texts[b - 1]) if b \
            else ""
        if prior and not _QUOTE_MARKS.search(_PAPER.sub("", prior)) and (
            reported := _reported_by(prior)
        ) is not None and not (
            reported.pronoun and any(  # (a medium: "dem SPIEGEL")
                not m.group().isupper() and (" " in m.group() or m.group() in people.by_word)
                # (someone named, not a noun: "Sie erzählt von ihrer Tochter, die im Garten")
                for m in _compiled(_CAPRUN_PATTERN).finditer(prior.lstrip(), 1))
        ):
            # "People here do not vote a straight ticket, he said. “They want to know …”":
            # an unattributed quotation after a sentence reporting someone's words is theirs
            # (a pronoun, when the sentence names nobody else it could mean).
            speaker = resolve(reported, b, start)
        elif not prior and speaker is None and not found.verb and not found.colon and \
                _stops(text[:start], 2) and not _QUOTE_MARKS.search(
                    before_quote := sentence_before(b, start)) and \
                (reported := _reported_by(before_quote)) is not None \
                and reported.pronoun in ("m", "f"):
            # "По его словам, в регионе рассматривают …. Ограничения могут ввести «…»": words
            # in a sentence that goes on with what the one before reports are the same
            # person's.
            speaker = resolve(reported, b, start)
        elif prior and not _QUOTE_MARKS.search(prior) and _subjunctive(prior.split()):
            # "…, sagte Möller. Hinzu komme der Ansturm vor den Sommerferien. „…“": German
            # reported speech goes on in the subjunctive; the words in marks after it are
            # those of whom the sentence that began it reports.
            for sentence in _sentences_before(texts, b, start)[1:3]:
                if _QUOTE_MARKS.search(sentence):
                    break
                if (reported := _reported_by(sentence)) is not None:
                    if reported.name or _is_title(reported.text.split()[-1]):
                        speaker = resolve(reported, b, start)
                    break
                if not _subjunctive(sentence.split()):
                    break
        if speaker is None and (prior or found.colon) and (view := _VIEW_OF.match(
                prior or _sentence_window(text, start))) is not None and (
                " " in view.group(1) or view.group(1) in people.by_word):
            # "Pour Camille Le Goff, ces explications ne passent pas. « … »": whose view the
            # sentence before gives ("Für Anna Becker ist klar: „…“": or the one the words
            # end).
            speaker = resolve(_Speaker(view.group(1), name=True), b, start)
        if speaker is None and not found.verb and not start and \
                raw.text.rstrip(_CLOSING_CHARS)[-1:] in (".", "!", "?", "…") and (
                    lede := _NAMED_AFTER.match(texts[eb], end)) is not None and (
                    lede.group(2) and (" " in lede.group(1) or _first_name_sex(lede.group(1)))
                    or _given_name_gender(lede.group(1).split()[:2])):
            # "« On nous demande de rester à quai. » Jean-Yves Bréhéret, 54 ans, patron du
            # fileyeur, ne décolère pas.": a paragraph that opens with the words, then
            # introduces who said them.
            speaker = resolve(_Speaker(lede.group(1), name=True), eb, end)
        if speaker is None and not found.verb and \
                raw.text.rstrip(_CLOSING_CHARS)[-1:] in (".", "!", "?", "…") and (
                    message := _MESSAGE_FROM.match(texts[eb], end)) is not None:
            # "“We will not back down.” That was the message from Jane Doe on Monday.": the
            # sentence after says whose words they were.
            speaker = resolve(_Speaker(message.group(1), name=True), eb, end)
        if speaker is None and not start and b in headings and (
                headline := _HEADLINE_WHO.match(texts[eb], end)) is not None and (
                who := _object(_tokens(headline.group(1)))) is not None and who.name:
            # "‘We treated the river like a drain’: hydrologist Tomasz Wierzbicki on Europe’s
            # floods": a headline that opens with the words, then names who said them.
            speaker = resolve(who, eb, end)
        if speaker is None and not found.verb:
            # "She laughs at the memory. “He said …”": the one the sentence before is about.
            beat = _beat_subject(text[lo:start])
            if beat is not None and (beat.pronoun or beat.text.split()[-1] in people.by_word):
                speaker = resolve(beat, b, start)
        if speaker is None and neighbour is not None and (
                not found.verb or raw.char in "「『" and found.speaker is None
                and neighbour.end[0] == b):
            # (「…」と述べました。そのうえで「…」と述べ: a Japanese sentence without a subject
            # goes on with the topic of the one before.)
            speaker = neighbour.speaker
        if speaker is None and not found.verb and text.find("statement", lo, start) >= 0:
            # "…, which the company blamed in a statement on “…”": whoever did something
            # in a statement speaks in it, whatever the verb.
            stated = _IN_A_STATEMENT.search(text, lo, start)
            if stated is not None and _first_stop(text[stated.end():start]) < 0:
                who = stated.group(1) or stated.group(2)
                speaker = resolve(_Speaker(who, name=stated.group(2) is not None), b, start)
            elif (stated := _STATEMENT_FIRST.search(text, lo, start)) is not None and \
                    _first_stop(text[stated.end():start]) < 0:
                # "In a statement on Sunday evening, Clare GAA congratulated both clubs on
                # “…”": the statement named first, then who made it.
                who = stated.group(1)
                speaker = resolve(_Speaker(who, name=who[:1].isupper()), b, start)
        if speaker is None and "Dans " in text[max(0, start - _WINDOW):start]:
            # "Dans un communiqué publié lundi, le groupe invoque « … »": no verb of speech
            # attaches it, and nobody else was found; the document the sentence opens with.
            sentence = _sentence_window(text, start).lstrip()
            if (document := _FR_IN_DOCUMENT.match(sentence)) is not None:
                speaker = document.group(1)
        if speaker is None and start == 0 and b and not found.verb and \
                texts[b - 1].rstrip().endswith(":") and raw.char and raw.char not in "「『":
            # "Council leader Priya Nair told the meeting:" ending the paragraph before: the
            # quotation it introduces is hers.
            tail = texts[b - 1].rstrip()
            # (The verb of speech must be right before the colon: "said:", "told the
            # meeting:"; "posted a photo … with a short message:" introduces something else.)
            last = _lower_words(tail[-60:])
            intro = _attribution_before(tail[-_WINDOW:]) if not _SPEECH_VERBS.isdisjoint(
                last[-8:] if last and last[-1] in _SO_LAST else last[-4:]) else _Found()
            # (or a few words before "so", "like this": "beschreibt ihre letzte Nachtschicht
            # so:", "described her night like this:")
            if intro.verb and (intro.speaker is None or intro.speaker is _UNRESOLVED):
                window = _sentence_window(tail, len(tail))
                intro.speaker = _role_or_sentence_subject(window)
            if intro.speaker is not None and intro.speaker is not _UNRESOLVED:
                speaker = resolve(intro.speaker, b - 1, len(tail))
        if speaker is None and raw.char == "«" and (text.find("говор", lo, start) >= 0
                                                     or text.find("сказано", lo, start) >= 0):
            # "В заявлении компании говорилось, что «…»": the document speaks.
            document = _RU_DOCUMENT.search(text, lo, start)
            if document is not None and _first_stop(text[document.end():start]) < 0:
                speaker = _ru_document(document.group(1))  # the nominative: заявление
            elif (said_in := _RU_SAID_IN.search(text, lo, start)) is not None and \
                    _first_stop(text[said_in.end():start]) < 0:
                # "Как говорится в приказе, режиссёр уволен «…»": the order, as a label.
                speaker = _ru_nominative([said_in.group(1)])[0]
        if speaker is None and raw.char == "「" and start and not found.verb:
            # A headline's 「沿線住民「…」」, 「首相「…」」: the noun right before the quotation,
            # with no particle between, is who says it.
            bare = _JA_BARE_SPEAKER.search(text, max(0, start - 12), start)
            if bare:
                speaker = _ja_name(bare.group(1))
        if speaker is None and (start == 0 and b and _QUESTION_LINE.match(texts[b - 1]) or (
                raw.char == "「" and _QUESTION_LINE.match(text) and "「" not in text[:start])):
            # An interview printed as questions (――…) and answers that are only a quotation:
            # the person the lead-in says is interviewed.
            speaker = _interviewee(texts, b)
        if speaker is not None and found.speaker is not None and (
                found.speaker.pronoun and found.speaker.pronoun in "mf"
                or not found.speaker.pronoun and not found.speaker.name
                and speaker != found.speaker.text) and neighbour is not None \
                and neighbour.end[0] == b and neighbour.speaker == speaker \
                and neighbour.text.rstrip(" ”’»\"'").endswith("?") \
                and not _REPLY.isdisjoint(_plain_words(
                    (text[max(lo, start - 40):start] if found is before else
                     texts[eb][end:end + 40]).lower())):
            # "X asked him: “…?” After a pause, he replied: “No.”": who answers a question
            # is not who asked it (and "le bourgmestre" who answers the judge is as named).
            other = _recent_person(people, texts, spans_in, b, start, found.speaker.pronoun,
                                   skip=speaker) if found.speaker.pronoun else None
            speaker = other.name if other is not None else speaker \
                if found.speaker.pronoun else found.speaker.text
        if speaker is not None and (not speaker.istitle() or speaker[:4] in ("Сам ", "Сама")
                                    or speaker in ("В", "Во")):
            # (A name, every word capitalized, is the common case: nothing to check.)
            speaker = _tidy(speaker, text, start, texts[b - 1] if b else "")
            if speaker is not None and "а" <= speaker[:1] <= "я":
                speaker = _ru_description_nominative(speaker)
        elif speaker is not None and "А" <= speaker[:1] <= "Я" and \
                (named := _ru_name_nominative(speaker)) != speaker and not (
                    " " not in speaker and (
                        (known := people.by_word.get(speaker)) is not None
                        and known.name.endswith(" " + speaker)
                        or _ru_surname_written(texts, b, speaker))):
            # (but "Ланге" after "Фёдор Ланге": the surname as the full name writes it,
            # not read as the dative of "Ланга")
            speaker = named
        elif speaker is not None and "А" <= speaker[:1] <= "Я" and " " not in speaker and \
                not _ru_surname_written(texts, b, speaker) and \
                (written := _ru_surname_declined(texts, b, speaker)) is not None:
            # "По словам Бурцева" after "Николай Бурцев": his surname in another case (not
            # a woman's "Бурцева", whom the article has not named)
            speaker = written
        if speaker is not None and speaker.lower() in ("там", "there"):
            # "«…», — заверили там": the body the quotation before spoke for, or the one the
            # sentence before reports ("В пресс-службе мэрии сообщили, что …").
            reported = _reported_by(sentence_before(b, start)) if start else None
            speaker = reported.text if reported is not None and not reported.pronoun and \
                reported.text else previous.speaker if previous is not None and \
                previous.end[0] >= b - 1 else None
        elif speaker is not None and speaker.split()[0] in ("собеседник", "собеседница"):
            # "Источник в администрации … уточнил, что …. «…», — сказал собеседник": whom the
            # sentence before reports, else the one just quoted in the paragraph.
            reported = _reported_by(sentence_before(b, start))
            if reported is not None and not reported.pronoun and reported.text:
                speaker = reported.text
            elif neighbour is not None and neighbour.end[0] == b and neighbour.speaker:
                speaker = neighbour.speaker
        if speaker is not None and raw.char in "«„" and " " in speaker and (
            text.find(raw.char, max(0, start - 300), start) >= 0
            or texts[eb].find(raw.char, end, end + 300) >= 0
        ):
            speaker = _with_marks(speaker, text[max(0, start - 300):start] + " "
                                  + texts[eb][end:end + 300])
        if found is before and found.verb and found.speaker is not None and \
                not found.speaker.name and found.speaker.pronoun != "1" and \
                neighbour is not None and \
                neighbour.end[0] == b and neighbour.kind == "speech" and \
                (gap := text[neighbour.end[1]:start].strip()).endswith(",") and \
                (gap[:1] == "," or text[neighbour.end[1] - 2:neighbour.end[1] - 1] in ",—–-") and \
                len(gap) < 60 and _first_stop(gap) < 0 and ":" not in gap:
            # "„…“, sagte der Kanadier, „…“", "“…,” the Spaniard said, “…”": the quotation
            # split by its attribution is one speaker's, as the first part resolved the
            # description (a name in it is read again: "so Favre").
            speaker = neighbour.speaker
        raw.speaker = _last_look(speaker, people, texts, b) if speaker is not None else None
        if raw.speaker is None and raw.kind != "term" and not raw.lead:
            if found.speaker is not None and found.speaker.pronoun == "1":
                by_writer.append((raw, found.speaker.text))  # "said I", with no byline
            elif b not in headings:
                unnamed.append(raw)
        if raw.speaker is None and not found.verb and not found.colon and start and \
                b not in headings and not raw.lead and (subject := _role_or_sentence_subject(
                    window := _sentence_window(text, start))):
            # "Il pense aux familles « qui montaient de Valence … »": the subject of the
            # sentence the words are in, kept below only if the article quotes them speaking.
            named = resolve(subject, b, start)
            if named:
                unsure.append((raw, named))
        previous = raw
        recent = recent[-3:] + [raw]
    # A headline's words that the article quotes again are the speaker's the article names
    # there ("Brandserie in Töss: «Man schläft nicht mehr ruhig»", then "«Man schläft nicht
    # mehr ruhig», sagt Sandra Gujer"): not the topic before the headline's colon.
    headlined = [raw for raw in raws if raw.start[0] in headings and raw.kind == "speech"]
    if headlined:  # (the body's words are read only when a headline quotes someone)
        body = [(" ".join(_lower_words(r.text)), r.speaker) for r in raws
                if r.start[0] not in headings and r.kind == "speech" and r.speaker]
        for raw in headlined:
            if len(words := _lower_words(raw.text)) >= 2:
                said = " ".join(words)
                raw.speaker = next((who for text, who in body if said in text), raw.speaker)
        for raw in headlined:
            if raw.speaker is None and raw.char in "「『":
                raw.speaker = _ja_headline_speaker(texts[raw.start[0]], raw.start[1],
                                                   raw.end[1])
    for raw in raws:
        if raw.kind == "term" and raw.char == "「" and raw.start[0] in headings and \
                (texts[raw.start[0]][raw.end[1]:raw.end[1] + 1] in ("", " ", "\u3000")
                 or _JA_HEADLINE_AFTER.match(texts[raw.start[0]], raw.end[1] - 1)) and (
                    said := _ja_headline_speaker(texts[raw.start[0]], raw.start[1],
                                                 raw.end[1])) is not None:
            # 住民ら「この先どうすれば」: a headline's short words that end a phrase of it
            # are what someone said (not 最後の「1区」へ, a name within the phrase)
            raw.kind, raw.speaker = "speech", said
    for raw in raws:
        if raw.kind == "speech" and (raw.text[-1:] in ".»“”\"" or raw.text[-1:].isalpha()) and (
                signed := _SIGNED_LAST.search(raw.text, len(raw.text) - 40)) is not None and \
                (_first_name_sex(signed.group(3)) or signed.group("closing")) and (
                    signed.group("closing")
                    or _THANKS.search(raw.text, max(0, signed.start() - 80), signed.start())):
            # "« … Merci à tous pour votre fidélité. Annick. »": a note signed at its end is
            # by whom it is signed, as the article names her
            # (or closed as a letter is: "„Liebe Eltern, … Haltet den Ofen warm. Euer Willi“")
            raw.speaker = f"{signed.group('kin')} {signed.group(3)}" if signed.group("kin") \
                else _in_full_before(signed.group(3), texts, raw.start[0] + 1) or \
                signed.group(3)  # (in full if the article names her so)
    speaking_now = {raw.speaker.split()[-1] for raw in raws if raw.speaker}
    for raw, named in unsure:
        if named.split()[-1] in speaking_now:
            raw.speaker = _last_look(named, people, texts, raw.start[0])
    # Words nothing attributes, after a sentence of their paragraph that names someone
    # ("Feldmann, 41, sitzt nach dem Training auf der Bank. „Wir haben …“", "Mathieu Roux
    # dirige une entreprise de transport. « Mes chauffeurs … »"), or opening a paragraph
    # after one with no quotation that does ("I asked Voss whether …. He thought about it
    # for a long time." ¶ "“Honestly? …”"): the person named last before them, when the
    # article gives their full name or quotes them elsewhere. (Read after every quotation
    # has its speaker, so that the names learned here change no other attribution.)
    # (A paragraph before with terms only in marks is one with no quotation: "Er zitierte
    # aus einer Stellungnahme, die den Wasserbedarf als »erheblich« einstuft".)
    # (Or by "he" or "she" opening the paragraph before, whom the person named last is:
    # "Le Goff …" ¶ "Il chiffre les pertes à …" ¶ "« … »".)
    spoken = {block for raw in raws if raw.kind != "term"
              for block in range(raw.start[0], raw.end[0] + 1)} if unnamed else set()
    for raw in unnamed:
        b, start = raw.start
        opening = not texts[b][:start].strip()
        if raw.kind == "term" or raw.speaker is not None or _title_cased(raw.text) or \
                opening and not (b and b - 1 not in headings and b - 1 not in spoken):
            continue  # (nobody can be named before it: the cheap tests first)
        person = _recent_person(people, texts, spans_in, b, start, "?")
        if person is None:
            continue
        surname = person.name.split()[-1]
        if (_named_before(texts[b], spans_in[b], start, surname) or opening and (
                _named_before(texts[b - 1], [], len(texts[b - 1]), surname)
                or texts[b - 1].partition(" ")[0] in _HE_OR_SHE.get(person.gender, ()))) \
                and (
                " " in person.name and _first_name_sex(person.name.split()[0])
                or surname in speaking_now):
            raw.speaker = _last_look(person.name, people, texts, b)
    # A term keeps who named it only when the article quotes them speaking too: the naming
    # clauses' subjects are found less surely than speakers ("the dispute turns on what the
    # guild calls"), and one quoted already is whom a reader follows.
    # (Its name as written: "Соколова" after "Ирина Соколова".)
    # (A description as the speech gave it: "Un cadre de …", capital and all.)
    # (The speakers are gathered only when some term has one: most articles have none.)
    named_terms = [raw for raw in raws if raw.kind == "term" and raw.speaker is not None]
    if named_terms:
        speaking = {raw.speaker.split()[-1] for raw in raws
                    if raw.kind != "term" and raw.speaker}
        as_said = {raw.speaker.casefold(): raw.speaker for raw in raws
                   if raw.kind != "term" and raw.speaker}
        for raw in named_terms:
            raw.speaker = as_said.get(raw.speaker.casefold(), raw.speaker) \
                if raw.speaker.split()[-1] in speaking or _full_name(raw.speaker) else None
    # Words the unnamed writer says ("“…,” I said", "« … », lui ai-je répondu", "— ответила
    # я"): theirs, as the article calls them.
    for raw, pronoun in by_writer:
        if raw.speaker is None:
            raw.speaker = _first_person(pronoun)


def _full_name(speaker: str) -> bool:
    """Whether the speaker is a person named in full, a known first name then more."""
    words = speaker.split()
    return len(words) >= 2 and len(words[0]) > 1 and bool(_first_name_sex(words[0]))


# German nouns for a person that stand before a name as a title does ("Stammgast Werner
# P.", "Passagier Kevin T."), but that are nouns too ("die Besucher Geld zurückbekommen").
_DE_PERSON_NOUNS = _words("""
stammgast stammgästin passagier passagierin fahrgast anwohner anwohnerin nachbar nachbarin
kunde kundin besucher besucherin zeuge zeugin augenzeuge augenzeugin rentner rentnerin
schülerin studentin mitarbeiter mitarbeiterin kollege kollegin landwirt landwirtin bäuerin
wirt wirtin witwe witwer mutter vater sohn tochter ehemann ehefrau bruder schwester opa oma
hausmeister hausmeisterin pfleger pflegerin
pfarrer pfarrerin pianist pianistin kabarettist kabarettistin sänger sängerin schauspieler
schauspielerin musiker musikerin künstler künstlerin autor autorin regisseur regisseurin
komponist komponistin dirigent dirigentin cellist cellistin geiger geigerin maler malerin
fotograf fotografin architekt architektin winzer winzerin apotheker apothekerin
schriftsteller schriftstellerin journalist journalistin historiker historikerin
""")
def _a_body(text: str) -> bool:
    """Whether a subject with its article names a body that can speak: "die KVB", "der
    Grünen-Kreisverband Regensburg", "the council" (its noun, or an acronym after the
    article)."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in _DEFINITE:
        return False
    noun = next((w for w in words[1:] if w[:1].isupper()), words[-1])
    return noun.lower() in _ORG_WORDS or noun.isupper() and len(noun) >= 2 or \
        noun.lower().endswith(_DE_BODY_ENDS + ("verband", "verein", "band", "club", "klub"))


# A German verb with "sie" or "er" after it, its subject, in a sentence that ends in a colon.
_DE_PRONOUN_AFTER_VERB = re.compile(r"\s([a-zäöüß]+) (sie|er) ([^.!?:]{0,40}):\s*$")
# Adverbs alone after "hat sie" (no participle: "Verständnis für die Stadt hat sie trotzdem:").
_DE_ONLY_ADVERBS = _words("trotzdem dennoch noch auch schon aber jedoch allerdings nur immer "
                          "gleich sofort ebenfalls dazu zudem selbst")
_DE_WERDEN = _words("wird wurde werden wurden")


def _de_inverted_pronoun(window: str) -> _Speaker | None:
    """"sie" or "er" after the verb of a German sentence ending in a colon, its subject:
    "Verpflichtende Gesundheitstests lehnt sie dagegen ab:" puts the object first, the verb
    second, the subject after it (not after an auxiliary, where it may be the object)."""
    inverted = _DE_PRONOUN_AFTER_VERB.search(window)
    if inverted is None or inverted.group(1) in _DE_AUX and inverted.group(1) not in _DE_MODALS \
            and inverted.group(2) != "er" and inverted.group(1) not in _DE_WERDEN and not (
                inverted.group(3).split() and _DE_ONLY_ADVERBS.issuperset(
                    inverted.group(3).split())):
        return None  # (but a modal's: "Zu Details wollte er sich nicht äußern:"; and "er",
        # or "sie" after werden, is never the object: "Später wurde er deutlicher:")
    return _Speaker(inverted.group(2), pronoun=_PRONOUNS[inverted.group(2)])


# Lower-case words a German subject holds before its verb ("Ein Sprecher der Stadt", "Die
# Kreisverwaltung von Tübingen", "Ein Helfer an der Strecke").
_DE_IN_NOUN_PHRASE = _DE_ALL_ARTICLES | _words(
    "von vom und für aus zur zum im am an in bei auf mit über unter vor")


def _de_subject_before_verb(subject: _Speaker) -> _Speaker:
    """A German subject read up to the sentence's colon, cut before its verb: "Die Band
    selbst meldete sich am Sonntag auf Instagram" is die Band, "Die KVB reagierte prompt"
    die KVB (a lower-case word that is no article, preposition or adjective before its noun
    ends the noun phrase)."""
    words = subject.text.split()
    if len(words) < 3 or words[0].lower() not in _DE_ARTICLES or not words[1][:1].isupper():
        return subject
    for k in range(2, len(words)):
        word = words[k]
        if word[:1].isupper() or word.lower() in _DE_IN_NOUN_PHRASE or (
                word.endswith(("e", "en", "er", "es", "em")) and k + 1 < len(words)
                and words[k + 1][:1].isupper()):
            continue
        return replace(subject, text=" ".join(words[:k]))
    return subject


_AND = _words("and et und и")


def _no_new_subject(gap: str) -> bool:
    """Whether the words between two quotations of a sentence, after their "and", bring in
    nobody new: no name, no pronoun, no determiner ("» et se dit «", not "» et sa mère
    répond «")."""
    words = _plain_words(gap)[1:]
    return bool(words) and not any(
        w[:1].isupper() or w.lower() in _DETERMINERS or w.lower() in _PRONOUNS
        or w.lower() in _GROUP_PRONOUNS or w.lower() in _FIRST_SECOND for w in words)


# How the words for a trade or an office end (German "Meteorologe", "Obstbauer", "Landrat",
# "Sprecherin"), where a given name the lists do not know rarely does.
_TRADE_ENDS = ("er", "e", "in", "rat", "or", "ist", "ent", "eur", "mann", "frau", "ant", "wart",
               "wirt", "chef", "ief")


def _without_trade(name: str, people: _People) -> str:
    """A name found before a quotation without the trade or title written before it, as the
    person is learned: "Obstbauer Johann Derler" is Johann Derler (a given name follows the
    word), "Meteorologe Reinhardt" the Reinhardt named before."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not words[0].isalpha() or not words[0][:1].isupper() or \
            _first_name_sex(words[0]) or words[0] in people.by_word:
        return name
    if len(words) == 3 and _first_name_sex(words[1]):
        return " ".join(words[1:])
    known = people.by_word.get(words[-1])
    if known is not None and known.name.endswith(" ".join(words[1:])) and \
            words[0] not in known.name.split() and \
            (words[0].lower().endswith(_TRADE_ENDS) or "А" <= words[0][:1] <= "Я"):
        # (not "Caleb Pruitt" after Ronnie Pruitt; but "Сам Семенов": Игорь Семенов himself,
        # Russian given names being known to its morphology)
        return known.name
    return name



# Parts of speech a capitalized Russian word that names nobody is (a number, an adverb).
_RU_NO_NAME_POS = frozenset({"NUMR", "ADVB", "PREP", "CONJ", "PRCL", "INTJ", "NPRO", "PRED"})
# The time a live page's entry opens with ("10:40", "9.25am GMT", "08h15").
_ENTRY_TIME = re.compile(r"\d{1,2}[.:h]\d{2}(?:\s?(?:am|pm))?(?: (?:GMT|BST|CET|CEST|MEZ|MESZ|"
                         r"UTC|ET|EST|EDT|PT|PST|PDT|МСК|мск))?(?= )")


# A live page's time opening an entry, with what sets it off ("15:10 - ", "20:58 Uhr: ") or
# its zone ("23.58 BST ").
_ENTRY_STAMP = re.compile(_ENTRY_TIME.pattern + r"(?:\s?(?:Uhr|h|[ap]\.m\.(?: [A-Z]{2,4})?))?"
                          r"\s?[-–—:]\s|\d{1,2}[.:h]\d{2} [A-Z]{2,4} ")


def _after_entry_time(window: str) -> str:
    """The window without the live page's time that opens it ("15:10 - ", "16.41 Uhr – "),
    or the wire's dateline ("COLUMBUS, Ohio (AP) — "), which is no part of the sentence."""
    if window[:1].isdigit() and (entry := _ENTRY_STAMP.match(window)) is not None:
        return window[entry.end():]
    if (head := window[:3]).isupper() and head.isalpha() and \
            (dateline := _DATELINE.match(window)) is not None:
        return window[dateline.end():]
    return window


# A wire story's dateline: the place in capitals, perhaps its state or country, perhaps the
# agency, then a dash ("COLUMBUS, Ohio (AP) — ", "LONDRES (AFP) - ").
_DATELINE = re.compile(r"[A-ZÀ-ÖØ-Þ]{3}[A-ZÀ-ÖØ-Þ .'’-]*(?:,(?: [A-Z][\w.]*)+)?(?: \([A-Za-z]+\))?"
                       r" [—–-] ")


def _time_parts(time: str) -> list[str]:
    """How a speaker found after a live page's time may start with that time: whole, with
    a space before "am", or as what follows its colon ("05" of "10:05")."""
    spaced = re.sub(r"(\d)(am|pm)", r"\1 \2", time)
    return sorted({time, spaced, re.split(r"[.:h]", time, maxsplit=1)[1]}, key=len, reverse=True)


# A document and who sent it, with no "that" between ("an email Summers sent to board
# members", "a memo Mercer sent the council").
_SENT_BY = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]he) (?:e-?mail|memo|letter|note|message|text|"
                      r"text message|post) ((?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+) (?:had )?"
                      r"(?:sent|wrote|written|posted|signed|circulated)\b")


# The pronoun for a man or a woman that opens a paragraph about them, by language.
_HE_OR_SHE = {"m": _words("He Il Er Он"), "f": _words("She Elle Sie Она")}


# The last word of "so:", "like this:", "as follows:", "ainsi :", "wie folgt:" ending a
# sentence that announces words, after its verb and what it says them of.
_SO_LAST = _words("so this follows ainsi suit folgt folgendermaßen так")


# A given name alone closing words in marks, after their last sentence, thanks or love
# before it: a signature.
_THANKS = re.compile(r"(?i)\b(?:merci|danke|thank|thanks|love|grüße|gruß|bises|bisous|"
                     r"cordialement|спасибо)")
_SIGNED_LAST = re.compile(r"[.!?]\s+(?P<closing>(?:" + _CLOSING_POSSESSIVES + r"|Your|Votre)"
                          r"(?:\s+(?P<kin>брат|сестра|сын|дочь|внук|внучка))?"
                          r",?\s+)?([A-ZÀ-ÝА-ЯЁ][a-zà-ÿа-яё]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\.?\s*$")
# ("Твой брат Вася": the kin word stays with the name, as the article names him)


def _last_look(speaker: str, people: _People, texts: list[str], block: int) -> str | None:
    """The speaker found for a quotation in ``block``, as the reader is shown it: None for
    words that name nobody, an initial with its period, a German noun before a full name
    dropped as a title is. Read once for each speaker and block of a document (several
    quotations in a paragraph have one speaker): the answer depends on the block's
    paragraphs and the speaker, and on the names learned so far only where _names_nobody
    looks one up, an answer not kept."""
    key = (speaker, block)
    found = people.looks.get(key, _UNSEEN)
    if found is _UNSEEN:
        people.by_word_read = False
        found = _last_look_read(speaker, people, texts, block)
        if not people.by_word_read:
            people.looks[key] = found
    return found


_UNSEEN = object()  # (no answer kept yet: None is one)


def _last_look_read(speaker: str, people: _People, texts: list[str], block: int) -> str | None:
    """_last_look, read."""
    if "’" in speaker or "'" in speaker:  # (what _CLITIC_AUX_END needs, looked for first)
        speaker = _CLITIC_AUX_END.sub("", speaker)
    if _names_nobody(speaker, people, texts, block):
        return None
    head, _, last = speaker.rpartition(" ")
    if head and last in _FR_CLITICS:
        speaker = head  # "L’ARS lui a répondu", "les auteurs y écrivent": the pronoun before
        # the verb is no part of who speaks
    if speaker[:1] in "aotAOT" and (sender := _SENT_BY.match(speaker)) is not None:
        speaker = sender.group(1)  # "according to an email Summers sent": who wrote it
    if ": " in texts[block][:48] and (label := _LABEL.match(texts[block])) is not None and \
            speaker.startswith(label.group(1) + " ") and speaker[len(label.group(1)) + 1:][:1] \
            .isupper():
        speaker = speaker[len(label.group(1)) + 1:]  # "Brandner: Der Schiedsrichter …": the
        # turn's label is no part of who the paragraph goes on about
    if " " not in speaker and "а" <= speaker[:1].lower() <= "я" and \
            _morphology().parse(speaker)[0].tag.POS in _RU_NO_NAME_POS and not (
                speaker[:1].isupper()
                and _compiled(r"[а-яё] " + re.escape(speaker) + r"\b").search(texts[block])):
        return None  # "Четыре года назад …", "Потом, как сообщала мэрия": no name (but
        # "— рассказал Бойко": capitalized inside a sentence, a surname)
    if "А" <= speaker[:1] <= "Я" and len(pair := speaker.split()) == 2 and \
            pair[0].endswith(("ых", "их")) and _ru_first_name_sex(pair[1]):
        speaker = pair[1]  # "Дочь Лагутиных Ольга": the family's, then her given name
    if (first := speaker.split(None, 1))[0] in ("Мне", "Нам", "Ему", "Ей", "Им"):
        return None  # "Мне на днях (написала женщина)": to whom, and when; who comes after
    if first[0] in ("мне", "нам", "ему", "ей", "им") and len(first) == 2:
        speaker = first[1]  # "— сказала мне мать двоих детей": to whom, then who
    if texts[block][:1].isdigit() and (entry := _ENTRY_TIME.match(texts[block])) and (
            cut := _compiled(r"(?:" + "|".join(map(re.escape, _time_parts(entry.group())))
                             + r")\s+").match(speaker)):
        speaker = speaker[cut.end():]  # "10:40 Ломов признал": a live page's time, no name
        if not speaker:
            return None
    if len(speaker) > 3 and speaker[-2] == " " and speaker[-1].isupper() and any(
            (speaker + ".") in texts[k] for k in range(block, max(-1, block - 20), -1)):
        speaker += "."  # "Sandra M.", "Kévin L.": the initial keeps its period
    elif suffix := people.generation(speaker, texts):
        speaker += " " + suffix  # "Robert F. Kennedy Jr.", as the article names him
    if " Ъ" in speaker and (marked := _compiled(re.escape(speaker).replace("Ъ", "[«“]Ъ[»”]") + (
            _RU_SOURCE_WHERE if speaker.endswith(" Ъ") else "")).search(texts[block])) is not None:
        speaker = marked.group()  # "Собеседник «Ъ»": the paper's name in its marks
    elif (source := speaker.split(None, 1))[0].lower() in _RU_SOURCES and (
            "«" in texts[block] or "“" in texts[block]) and (with_paper := _compiled(
                re.escape(speaker) + _RU_SOURCE_WHERE if source[1:] and source[1][0] in "«“"
                else re.escape(source[0]) + r" [«“][^«»“”]{1,40}[»”]" + (
                    " " + re.escape(source[1]) if source[1:] else _RU_SOURCE_WHERE))
            .search(texts[block])) is not None:
        # "Источник «Ъ» в отрасли", "собеседник «Фонтанки» в Смольном", "представитель
        # «Яндекс Go»": the paper's source, or the firm's, as written (with where they work)
        speaker = with_paper.group()
    words = speaker.split()
    if len(words) >= 2 and (words[0].lower() in _KIN_OWNERS
                            or words[0].lower() in _KIN_NOUNS and words[0][:1].isupper()) and \
            (named := next((found for b in range(block, max(-1, block - _KIN_REACH), -1)
                            if (found := _kin_named(speaker, words, texts[b])) is not None),
                           None)) is not None:
        return named  # (named in this paragraph or one of the few before it: "Jim Robson
        # and his wife Margaret …" ¶ "His wife’s advice is more practical. ‘…,’ she said")
    if len(words) >= 4 and (noun := next((k for k, w in enumerate(words[:4])
                                          if w.lower() in _DOCUMENTS), 0)) and \
            noun + 1 < len(words) and words[noun + 1] in _DOCUMENT_TAILS:
        return " ".join(words[:noun + 1])  # "a memo prepared for the committee": the memo
    if words[-1].lower() in _NO_VOICE:
        return None  # "Die Frage lautet: „…“", "Sein Motto:": words no one is saying
    if len(words) >= 2 and words[0].lower() in _DE_ALL_ARTICLES - {"ein", "eine"} and any(
            w[:1].isupper() and (w.lower() in _DOCUMENTS or _de_document(w))
            for w in words[1:4]):
        return _de_label(words)  # "einer schriftlichen Stellungnahme des Verbands", "die
        # Mitteilung": the document by its noun, as every other path names it
    if len(words) >= 4 and words[0].lower() in _DE_ALL_ARTICLES and words[1][:1].isupper() \
            and words[1].lower() in _DE_PERSON_NOUNS:
        words = words[1:]  # "Die Kabarettistin Selin Aydoğan"
    if len(words) == 2 and "А" <= words[0][:1] <= "Я" and words[1][:1].isupper() and \
            _ru_person_noun(words[0].lower()) and _ru_may_be_name(words[1]) and \
            "Name" not in _morphology().parse(words[0])[0].tag and \
            words[0].lower() not in _RU_ADDRESS_KIN:
        return words[1]  # "Инженер Сомов говорит": the name, as a title is dropped (but
        # "Дед Витя" is what the family calls him)
    if len(words) >= 3 and words[0][:1].isupper() and words[0].lower() in _DE_PERSON_NOUNS \
            and words[1][:1].isupper() and words[2][:1].isupper():
        return " ".join(words[1:])  # "Stammgast Werner P.": the name, as a title is dropped
    return speaker


# Possessives before a relative, a friend or a colleague whose name may follow ("Meine
# Tochter Lea", "Mein Vorgänger, Gerd Hollmann,").
_KIN_NOUNS = _words("сын дочь жена муж мать отец брат сестра sohn tochter bruder schwester "
                    "son daughter brother sister wife husband fils fille frère sœur")
_KIN_OWNERS = _words("my our his her their mein meine unser unsere sein seine ihr ihre "
                     "mon ma mes notre son sa мой моя мои наш наша его её ее их")


def _ru_given_nominative(name: str) -> bool:
    """Whether a Russian word after a kin word is a given name in the nominative singular,
    the kin's name (not "Муж Натальи": whose husband, in the genitive)."""
    parses = _morphology().parse(name)
    return bool(_first_name_sex(name) or "Name" in parses[0].tag) and any(
        p.tag.case == "nomn" and p.tag.number != "plur" for p in parses)


_KIN_REACH = 10  # paragraphs looked back at for the name a kin noun leads to


def _kin_named(speaker: str, words: list[str], text: str) -> str | None:
    """The name a possessive and a noun (or a kin word alone: "Сын Павел") lead to: a first
    name right after them, which the reader knows the person by ("Meine Tochter Lea, sie
    studiert in Jena", "Моя жена Лида потом дома": then an aside, or when and where), or a
    name set off by commas after them ("Mein Vorgänger, Gerd Hollmann, hat … gesagt", "Son
    frère cadet, Karim,")."""
    at = 1 if words[0].lower() in _KIN_NOUNS and words[1][:1].isupper() else 2
    # ("Сын Павел, 27-летний программист"; but "Son fils Karim": a possessive first)
    name = words[at].rstrip(",") if len(words) > at else ""
    if name[:1].isupper() and (len(words) == at + 1 or words[at].endswith(",")
                               or all(w.islower() for w in words[at + 1:])) and (
            _ru_given_nominative(name) if "А" <= name[:1] <= "Я" else _first_name_sex(name)):
        return name
    owned = "[" + speaker[0].upper() + speaker[0].lower() + "]" + re.escape(speaker[1:])
    if len(words) == 2 and (m := _compiled(
            owned + r"(?: [a-zà-ÿ]+)?, ((?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]+ ){0,2}"
            r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]+),").search(text)) and \
            _first_name_sex(m.group(1).split(None, 1)[0]):
        return m.group(1)  # ("Son frère cadet, Karim, a quitté …")
    if len(words) == 2 and (m := _compiled(
            owned + r" ([A-ZÀ-ÖØ-Þ][a-zà-ÿ’'-]+)(?=,? [a-zà-ÿ\d])").search(text)) and \
            m.group(1).lower() not in _NOT_NAMES:
        return m.group(1)  # ("Her brother Sami put it more bluntly": a name the lists may
        # not know, right after them)
    return None


# What a quotation may be the wording of, which is nobody speaking.
_NO_VOICE = _words("frage motto devise überschrift titel slogan losung parole question motto "
                   "devise")
# Words after a document's noun that tell when, by whom or where it was sent, no part of
# its name ("an internal email sent to control staff last October").
_DOCUMENT_TAILS = _words("sent prepared published posted written issued dated signed "
                         "obtained released circulated filed seen addressed "
                         "écrit écrite publié publiée envoyé envoyée signé signée diffusé "
                         "diffusée rédigé rédigée adressé adressée daté datée")


# A negated verb ("don’t", "can't") or the words of an attribution: no speaker's name.
_NO_NAME = re.compile(r"n[’']t\b|\baccording to\b|^s[’']|^(?:avoir|être) ",
                      re.IGNORECASE)  # (and French verb phrases: "s’en", "avoir été prise")
# A French pronoun and auxiliary the subject ran into ("un ministre m’avait (répondu)").
_CLITIC_AUX_END = re.compile(r" [mlt][’'](?:a|avait|ont|avaient)$")


def _may_name_nobody(speaker: str) -> bool:
    """What _NO_NAME needs, looked for before its search (which tries every position): an
    apostrophe, " to" (of "according to"; under IGNORECASE " " matches only itself, t only
    t and T, o only o and O), or "avoir " or "être " opening the speaker (a or A, ê or Ê,
    then a space after four or five characters)."""
    return "’" in speaker or "'" in speaker or " to" in speaker.lower() or \
        speaker[:1] in ("a", "A", "ê", "Ê") and (speaker[4:5] == " " or speaker[5:6] == " ")


def _names_nobody(speaker: str, people: _People, texts: list[str], block: int) -> bool:
    """Whether what was found as the speaker cannot name anyone: a verb phrase ("You don’t
    need to say “…”", "Don’t say “…”"), a participle opening an aside ("jerking his thumb
    over his shoulder said"), the words of an attribution ("according to the explanatory
    notes"), or a common word that is capitalized only because it opens a sentence
    ("Example: “…”", "Why, simply by recalling …"), which the paragraphs around it write in
    lower case."""
    words = speaker.split()
    first = words[0]
    if not (speaker[:1].isalpha() or any(c.isalpha() for c in speaker)):
        return True  # "00" of "until 06:00": a number, a time
    if first in ("You", "you") or _may_name_nobody(speaker) and _NO_NAME.search(speaker) or (
            len(words) > 1 and first.islower() and first.endswith("ing")):
        return True
    if len(words) > 1 or not first.isascii() or not first.isalpha() or first.endswith("s") \
            or not first[1:].islower() or not first[:1].isupper():
        return False
    lower = first.lower()
    if lower in _ROLES or lower in _ORG_WORDS or lower in _SOURCES:
        return False  # ("Police said", "Staff told the BBC")
    near = range(max(0, block - 3), min(len(texts), block + 4))
    for k in near:  # (a loop, not a generator under any())
        if lower in texts[k]:
            break
    else:
        return False  # (the common case, a name, found without a pattern)
    common = re.compile(r"\b" + lower + r"\b")
    if not any(common.search(texts[k]) is not None for k in near):
        return False
    # (A surname that is also a word is named in full: "Marcus Tell", then "Tell said".)
    people.by_word_read = True  # (an answer of _last_look that is not kept)
    person = people.by_word.get(first)
    full = re.compile(r"\b[A-Z][\w.’'-]* " + first + r"\b")
    return not (person is not None and " " in person.name
                or any(full.search(texts[k]) is not None for k in near))


def _with_marks(speaker: str, near: str) -> str:
    """The speaker with the marks the text writes around a name inside it ("корреспондент
    «Белоярского вестника»", "ООО «Камдорстрой»"), where the words were read without them."""
    words = speaker.split()
    # (The first word may have been put in the nominative: "в пресс-службе «…»".)
    for head, rest in (([], words), (words[:1], words[1:])):
        if not rest:
            break
        pattern = r"[«„]?" + r"[\s«»„“]*".join(map(re.escape, rest)) + r"[»“]?"
        for match in re.finditer(pattern, near):  # (re's own cache is bounded)
            written = " ".join(head + match.group().split())
            if not written.endswith(("»", "“")) and (cut := written.rfind("» ")) > 0 \
                    and written[cut + 2:].isupper():
                written = written[:cut + 1]  # "в пресс-службе «Камских моторов» РБК": told РБК
            if written != speaker and written.count("«") == written.count("»") and \
                    written.count("„") == written.count("“"):
                return written
    return speaker


# What a speaker string cannot start with: a relative pronoun (the clause after the subject
# was taken for it), a finite verb or auxiliary (the words after it), or a preposition (a
# place or a medium: "sur France Inter", "в пресс-службе").
_CLAUSE_OPENERS = _words("""
who which whom whose that qui dont lequel laquelle der die das welcher welche который
которая которое которые
has had have is was were will would avait est sera hat hatte ist war wird
""")
# Adjectives whose complement is part of who speaks ("a person familiar with the matter").
# The complement after such an adjective: the words up to the next punctuation.
_COMPLEMENT = re.compile(r"[^,.;:!?“”\"«»„]{1,60}")
# Prepositions that tell where an unnamed person comes from or works.
_WHERE_FROM = _words("from in for of aus von bei")
_NEEDS_COMPLEMENT = _words("familiar close proche proches nahe nahestehend близкий близкая "
                           "близкие with")  # ("A person with knowledge of the club’s …")
# A speaker right after a medium ("a indiqué à Reuters une source proche de la direction").
_AFTER_MEDIUM = re.compile(r" ((?:un|une|le|la|l’|l'|les|a|an|the|ein|eine|der|die|das) "
                           r"[^.,;:!?«»“”\"„]{1,60})")
# Finite verbs and auxiliaries a subject runs on into ("le député … a toutefois").
_RUN_ON = _words("has had have is was were will would hat hatte ist war wird avait est a")
_MEDIUM_PREPS = _words("""
on in at sur dans à au aux auf im bei über в на во по told
""")
_NP_START = re.compile(r"(?:^|[.!?…:;]\s+|,\s+)((?:[\w’'-]+ ){1,5}?)(?:at|of|in|from|de|du|des|"
                       r"von|aus|bei|из|в) $")


# "в заявлении … говорилось, что": a document named in the prepositional case, then its verb.
_RU_SAID_IN = re.compile(r"(?:говорится|говорилось|сказано)\s+во?\s+([а-яё-]+)")
_RU_IN_DOCUMENT = (r"(?<!\w)[Вв]о? ((?:[а-яё]+(?:ом|ем|ой|ей) )?(?:заявлении|сообщении|письме|"
                   r"обращении|релизе|пресс-релизе|документе|докладе|отчете|отчёте|"
                   r"постановлении|приговоре|решении|комментарии|соболезновании|ответе|"
                   r"записке|приказе|иске|справке|уведомлении|объявлении|извещении|"
                   r"предписании|заключении|протоколе|рапорте|телеграмме|жалобе|петиции|указе|"
                   r"распоряжении|акте))")
# (with an adjective before it: "В официальном комментарии …", "В письменном ответе …")
_RU_DOCUMENT = re.compile(_RU_IN_DOCUMENT + r"(?!\w)[^.!?«]{0,60}(?:«[^»]{1,40}»[^.!?«]{0,30})?"
                          r"(?:говорится|говорилось|сказано)")
# "В сообщении Генпрокуратуры говорится, что «…»": the document and whose it is, right before
# (or before the clause the quotation is in: "говорится, что режим продлится «…»").
_RU_DOCUMENT_SAYS = re.compile(_RU_IN_DOCUMENT + r"((?:\s+[^\s,.;:!?«»]+){0,8}?)"
                               r"(?:,[^,.!?«»]{0,60},)?\s+(?:говорится|говорилось|сказано|"
                               r"отмечается|подчеркивается|подчёркивается|указывается)[,:]?\s+"
                               r"(?:что\s+(?:[^.!?«»]{0,120}\s)?)?$")  # (and the clause after)


def _ru_document_named(word: str) -> str | None:
    """A Russian document noun in any case, in the nominative ("заявлением" → "заявление"),
    or None for any other word."""
    if not "а" <= word[:1].lower() <= "я":
        return None
    form = _morphology().parse(word.lower())[0].normal_form
    return form if form in _DOCUMENTS else None


def _ru_document(word: str) -> str:
    """A document _RU_IN_DOCUMENT names, in the nominative ("сообщении" → "сообщение",
    "пресс-релизе" → "пресс-релиз", "письме" → "письмо", "официальном комментарии" →
    "официальный комментарий")."""
    if " " in word or word in ("комментарии", "ответе") or word.endswith("ке"):
        return " ".join(_ru_nominative(word.split(), "loct"))
    if word.endswith("ии"):
        return word[:-1] + "е"
    return "письмо" if word == "письме" else word[:-1]


# "the company blamed in a statement", "Ellison wrote in a statement": the subject before a
# verb and "in a statement".
# A statement, as the stories that quote one name it ("in a brief statement").
_A_STATEMENT = r"(?:a|an|its|their|his|her) (?:joint |emailed |written |brief |short )?statement\b"
_IN_A_STATEMENT = re.compile(
    r"(?:(?<![\w’'-])((?:the|The|a|A|an|An)(?: (?!(?:the|a|an)\b)[\w’'-]+){1,3}?)|"
    r"(?:\b(?:which|that)\s+|, |^)([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})) \w+(?:ed|s) "
    r"(?:\w+ )?in " + _A_STATEMENT
)
_STATEMENT_FIRST = re.compile(
    r"\bIn " + _A_STATEMENT + r"[^,.;:!?“”\"]{0,40}, "
    r"((?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,4}|the [a-z]+(?: [a-z]+)?) \w+(?:ed|s) ")
_REPLY = _words("replied replies answered answers responded responds répondu répond "
                "antwortete antwortet erwiderte erwidert ответил ответила")


_RU_PREPOSITIONS = _words("в во на по с со к ко для из от о об при у за после")
# The prepositions a Russian sentence may open with, before its subject (see _ru_after_phrase).
_RU_OPENING_PREPS = _RU_PREPOSITIONS | _words("до перед через под над между около возле без")
_RU_WHERE_BODY = _words("в во с со")


@cache
def _morphology():  # (loaded the first time a Russian phrase needs it: about 0.1 s)
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


_RU_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
_RU_NOT_NAME_POS = frozenset({"ADVB", "ADJF", "PRCL", "CONJ", "PREP", "NPRO", "PRED",
                              "VERB", "INFN", "GRND", "PRTF", "PRTS"})
_RU_MAY_BE_NAME: dict[str, bool] = {}


def _ru_may_be_name(word: str) -> bool:
    """Whether one capitalized Russian word can be a person's name: Russian morphology
    knows it as a first name, surname or patronymic, or at least not as an adverb, an
    adjective or a thing ("Вечером", "Одна", "Компания" are not names)."""
    known = _RU_MAY_BE_NAME.get(word)
    if known is None:
        parses = _morphology().parse(word)
        top = parses[0].tag
        known = any(_RU_NAME_GRAMMEMES & p.tag.grammemes for p in parses) or not (
            top.POS in _RU_NOT_NAME_POS or top.POS == "NOUN" and top.animacy == "inan")
        if len(_RU_MAY_BE_NAME) < 50_000:  # bounded, as the title cache is
            _RU_MAY_BE_NAME[word] = known
    return known


def _ru_never_nominative(word: str) -> bool:
    """Whether a Russian word can only be in a case other than the nominative
    ("Островского"; not "Голубева", which is also a woman's nominative)."""
    return all(p.tag.case not in (None, "nomn") for p in _morphology().parse(word))


def _ru_surname_written(texts: list[str], block: int, surname: str) -> bool:
    """Whether the article has written this word after a given name or a patronymic in
    the nominative ("Фёдор Ланге", "Фёдор Карлович Ланге"), as a surname that is not
    declined."""
    pattern = _compiled(r"([А-ЯЁ][а-яё]+) " + re.escape(surname) + r"\b")
    return any(any(("Name" in p.tag.grammemes or "Patr" in p.tag.grammemes)
                   and p.tag.case == "nomn"
                   for p in _morphology().parse(m.group(1)))
               for b in range(max(0, block - _LOOKBACK_BLOCKS), block + 1)
               for m in pattern.finditer(texts[b]))


def _ru_surname_declined(texts: list[str], block: int, word: str) -> str | None:
    """The surname in the nominative that this word declines, when the article has written
    it after a given name ("Бурцева" after "Николай Бурцев"), or None."""
    for stem in _ru_case_stems(word):
        for surname in (stem, stem + "а"):  # (Лапина: Лапин; Лядовой: Лядова)
            if surname != word and _ru_surname_written(texts, block, surname):
                return surname
    return None


def _ru_name_nominative(name: str) -> str:
    """A Russian name as a speaker is named, in the nominative: "Нине Петровне" (to whom
    the reporter read it) is Нина Петровна."""
    words = name.split()
    every = [sorted(ps, key=lambda p: not _RU_NAME_GRAMMEMES & p.tag.grammemes)
             if w.endswith(("ого", "его")) else ps
             for w in words for ps in [_morphology().parse(w)]]
    # (a surname in "-ого" is no nominative, so it is read as a surname before the
    # adjective it also spells: "По словам Загорского" is Загорский's; not "-ой", which
    # may be a man's nominative, "Ланской")
    first = [p for p in every[0] if "Name" in p.tag.grammemes and p.tag.number == "sing"]
    if len(words) >= 2 and first and (all(p.tag.case != "nomn" for p in first) or
                                      first[0].tag.case != "nomn" and first[0].score > 0.8):
        # (or hardly ever one: "Петра" is Пётр's, only rarely a woman's name)
        # "Андрея Голованова": the first name cannot be a nominative, so the surname is in
        # its case and gender too (not the woman's nominative "Голованова").
        case, gender = first[0].tag.case, first[0].tag.gender
        agreeing = [next((p for p in ps if p.tag.case == case and (
            p.tag.gender == gender or "Fixd" in p.tag.grammemes)  # (Ткаченко, for both sexes)
                          and _RU_NAME_GRAMMEMES & p.tag.grammemes), None) for ps in every]
        if all(p is not None for p in agreeing):
            every = [[p] for p in agreeing]  # type: ignore[list-item]
    if any(not (_RU_NAME_GRAMMEMES & ps[0].tag.grammemes)
           or any(p.tag.case in (None, "nomn") or p.tag.number == "plur" for p in ps)
           for ps in every):
        # (a name that may be in the nominative already, "Набиуллина", or one morphology
        # does not know; and "Садыков", no plural of a given name Садык)
        return name
    parses = [ps[0] for ps in every]
    forms = [p.inflect({"nomn"}) for p in parses]
    if any(f is None for f in forms):
        return name
    named = " ".join(f.word[:1].upper() + f.word[1:] for f in forms)  # type: ignore[union-attr]
    # (The dictionary writes ё; an article that writes е keeps it: "Дениса Ковалева" is
    # Денис Ковалев.)
    return named if "ё" in name.lower() else named.replace("ё", "е").replace("Ё", "Е")


def _ru_description_nominative(speaker: str) -> str:
    """A Russian description found in another case ("по словам гособвинителя") as a speaker
    is named: in the nominative (гособвинитель), when it cannot be read as one already."""
    words = speaker.split()
    parses = _morphology().parse(words[0])
    if parses[0].tag.POS != "NOUN" or any(p.tag.case == "nomn" for p in parses):
        return speaker
    return " ".join(_ru_nominative(words))


def _ru_nominative(words: list[str], case: str = "") -> list[str]:
    """A Russian noun phrase in the nominative: its words up to its first noun, in the case
    a preposition gave them ("пресс-службе предприятия": "пресс-служба предприятия"); the
    words after the noun (whose it is, in the genitive) stay as written. With ``case``, the
    words are read in that case when they can be ("по данным ведомства": ведомство, not the
    plural ведомства)."""
    out = list(words)
    parses = []
    for word in words:
        options = _morphology().parse(word)
        parses.append(parse := next((p for p in options if case and p.tag.case == case),
                                    options[0]))
        if parse.tag.POS not in ("ADJF", "PRTF"):
            break
    noun = parses[-1].tag
    # Adjectives agree with their noun ("в региональном министерстве": региональное
    # министерство, not региональный).
    agree = {"nomn", "plur"} if noun.number == "plur" else \
        {"nomn", noun.gender} if noun.POS == "NOUN" and noun.gender else {"nomn"}
    for k, (word, parse) in enumerate(zip(words, parses, strict=False)):  # (to the noun)
        form = parse.inflect({"nomn"}) if parse.tag.POS == "NOUN" else \
            (parse.inflect(agree) or parse.inflect({"nomn"})) \
            if parse.tag.POS in ("ADJF", "PRTF") else None
        if form is None:
            break
        out[k] = form.word.upper() if word.isupper() else \
            form.word[:1].upper() + form.word[1:] if word[:1].isupper() else form.word
        if parse.tag.POS == "NOUN":
            break
    return out


def _ru_subject_words(words: list[str]) -> list[str]:
    """The words of a Russian subject without the phrase of time or place before it
    ("Вечером в своём Telegram-канале глава региона": глава региона; "На допросе он") or
    the medium told (ТАСС in "сказал ТАСС источник"); unchanged when no person follows."""
    if len(words[0]) > 1 and words[0].isupper() and words[1][:1].islower():
        parse = _morphology().parse(words[1])[0]
        return words[1:] if parse.tag.POS == "NOUN" and parse.tag.case == "nomn" else words
    own = next((k for k in range(2, len(words) - 1) if words[k] in ("в", "во") and
                words[k + 1] in ("своем", "своём", "своей", "официальном", "официальной")), 0)
    if own:
        return words[:own]  # "Союз производителей зерна в своем заявлении": the union
    k = 0
    while k < len(words):
        parse = _morphology().parse(words[k])[0]
        last = k == len(words) - 1
        if not last and (parse.tag.POS in ("ADVB", "COMP", "PRCL", "PREP")
                         or k and parse.tag.case != "nomn"
                         or parse.tag.POS == "NOUN" and parse.tag.case == "datv"):
            # (and "заявил журналистам председатель …": to whom, then who)
            k += 1
            continue
        tag = parse.tag
        if k and not last and (tag.POS == "NPRO" or tag.POS == "NOUN" and tag.animacy == "anim"
                               or words[k + 1] == "из" and words[k] in _RU_ONE):
            return words[k:]  # a person, or a pronoun for one ("одна из женщин")
        if k and last and (words[k][:1].isupper() and not words[k].isupper() and
                           _ru_may_be_name(words[k]) or tag.POS == "NOUN"
                           and tag.case == "nomn" and tag.animacy == "anim"):
            return words[k:]  # "Вечером Саблин", "Недавно внучка"
        break
    return words


@lru_cache(maxsize=4096)
def _ru_cases(word: str) -> frozenset[str]:
    """The cases a Russian word may be in."""
    return frozenset(p.tag.case for p in _morphology().parse(word))


def _ru_dative_only(word: str) -> bool:
    """Whether a Russian word may be in the dative and not in the nominative."""
    cases = _ru_cases(word)
    return "datv" in cases and "nomn" not in cases


_RU_ONE = _words("один одна одно одни каждый каждая многие некоторые")


def _person_noun(word: str) -> bool:
    """Whether a word is one Russian lower-case noun for a person ("женщина", "пенсионер"):
    Russian has no article to say that it points back at someone just named."""
    if not ("а" <= word[:1] <= "я") or " " in word:
        return False
    parse = _morphology().parse(word)[0]
    return parse.tag.POS == "NOUN" and parse.tag.animacy == "anim" and parse.tag.case == "nomn" \
        and parse.tag.number == "sing"  # (not "— признаются школьники": a group)


# Russian nouns for someone who speaks for others, not the one just named.
_RU_FOR_OTHERS = _words("представитель представительница сотрудник сотрудница")


def _ru_body_in(body: list[str]) -> str:
    """The body in whose name it is said ("— заявили в пресс-службе предприятия", "В
    прокуратуре города сообщили"), in the nominative as a speaker is named (up to a
    preposition: "В ООО «Камдорстрой» на запрос редакции ответили")."""
    cut = next((k for k, w in enumerate(body) if k and w in _RU_PREPOSITIONS
                and not (w == "по" and (k == 1 or body[k + 1:k + 2] and body[k + 1][:1].isupper()))
                or w == "не"
                or k == 1 and body[0][:1].isupper() and w[:1].islower() and not any(
                    p.tag.POS == "ADJF" for p in _morphology().parse(body[0]))
                or w in _RU_MEDIA
                or k and w[:1].islower() and all(
                    p.tag.POS == "NOUN" and p.tag.case == "accs"
                    for p in _morphology().parse(w))  # ("В мэрии ситуацию объяснили")
                or k and w.strip("«»“”") == "Ъ"  # (the paper told: "… «Ъ» заявили")
                or k > 1 and w in _RU_TOLD  # ("В прокуратуре области редакции сообщили")
                or k > 1 and w.strip("«»")[:1].isupper() and not w.isupper()
                and _morphology().parse(w.strip("«»"))[0].tag.case == "datv"
                or k and body[k - 1] != "по" and "а" <= w[:1] <= "я" and _ru_dative_only(w)
                and "loct" not in _ru_cases(w)), len(body))
    if cut < len(body) and body[cut] in _RU_TOLD and cut > 1 and body[cut - 1][:1].isupper() \
            and "datv" in _ru_cases(body[cut - 1]):
        cut -= 1  # (the paper's name, whole: "… «Новой газете» сообщили")
    # (and whom they told, in the dative: "в управляющей компании жителям посоветовали",
    # "В управляющей компании «Фонтанке» сообщили", another paper)
    # (but "В комитете по транспорту", "в ГУ МЧС по Кемеровской области": its name; "В
    # Минздраве дефицит не признают": the body, not what it does not admit)
    return " ".join(_ru_nominative(body[:cut]))


_RU_DATIVE_PRONOUNS = _words("мне нам тебе вам ему ей им")
# To whom it was said, opening the sentence before the verb ("Нам пишет читательница", "Uns
# schreibt eine Leserin").
_TOLD_FIRST = _DE_TOLD_FIRST | _RU_DATIVE_PRONOUNS
# How or how often it was said, after the subject ("ruft ein Mitarbeiter immer wieder").
_HOW_AFTER_SUBJECT = re.compile(r" (?:immer wieder|noch einmal|erneut|leise|lachend|halblaut|"
                                r"again|once more|quietly|encore|à nouveau|doucement|"
                                r"lui-même|elle-même|eux-mêmes|elles-mêmes|himself|herself|"
                                r"selbst|"
                                r"(?:a |ont |avait |avaient )?fait|faisait|font|"
                                r"(?:toutes les|tous les|every) [\w-]+(?: [\w-]+)?)$")
# (and "a fait" of "a fait savoir", "fait valoir"; how often: "demande Bastien toutes les
# demi-heures", "asks Ben every ten minutes")
# When it was said, written between the verb and its subject ("a confié mardi soir un élu").
_WHEN_BEFORE_SUBJECT = re.compile(
    r"(?:la semaine dernière|le mois dernier|l[’']an dernier|hier(?: soir| matin)?|ce matin|"
    r"ce soir|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: soir| matin| dernier)?|"
    r"last week|last month|yesterday|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) "
    r"(?=(?:un|une|le|la|l[’']|les|a|an|the|one)\b)"
    r"|\d{1,2}\.? (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember) (?=[A-ZА-ЯЁ])")
# ("14 июля Грибова написала:": the date, then who)
# "В «Балттеплосети» заверили …": a body named in marks after "в".
_RU_IN_NAMED = re.compile(r"\b[Вв]о? [«„“]([^«»„“”]{2,40})[»“”]")


_JA_ENTRY_TIME = re.compile(r"[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?")


_DE_TAIL_PARTICLES = _DE_PARTICLES | _words(
    "hinein herein hinterher dazwischen heraus hinaus entgegen los dazu")
_DE_WHERE_AFTER = re.compile(r" (?:vor|hinter|neben|in|auf|an|unter) (?:dem|der|den) | (?:im|am) ")


def _tidy(speaker: str, text: str, start: int, before_text: str) -> str | None:
    """The speaker string checked as a speaker: what cannot be one (a relative clause, a
    verb phrase, a phrase led by a preposition, a place or medium a preposition leads to) is
    mended from the paragraph when it can be, else dropped."""
    if speaker.lower() in ("в", "во"):
        # "В «Балттеплосети» заверили": the body, named in marks after "в" (the last one)
        named = [m.group(1) for m in _RU_IN_NAMED.finditer(text, max(0, start - 300), start)]
        return named[-1] if named else None
    if (when := _WHEN_BEFORE_SUBJECT.match(speaker)) is not None:
        speaker = speaker[when.end():]  # "m’a glissé la semaine dernière un conseiller": when
    if " " in speaker and (tail := speaker.rsplit(None, 1))[1] in _DE_TAIL_PARTICLES:
        speaker = tail[0]  # "schreibt ein Kollege hinein:": the verb's particle, after its
        # subject
    if " namens " in speaker:
        speaker = speaker.split(" namens ")[-1]  # "ein Kollege namens Ralf": his name
    if speaker[:4] in ("ein ", "eine", "Ein ", "Eine") and (
            place := _DE_WHERE_AFTER.search(speaker)) is not None:
        speaker = speaker[:place.start()]  # "ein älterer Herr vor dem Rathaus": where he is
    if " qu’" in speaker and (cut := speaker.index(" qu’")):
        speaker = speaker[:cut]  # "L’avis qu’elle a reçu indique :": a relative clause
    if " " in speaker and (how := _HOW_AFTER_SUBJECT.search(speaker)) is not None:
        speaker = speaker[:how.start()]  # "ruft ein Mitarbeiter immer wieder": how often;
        # "le cabinet du ministre fait savoir": the verb's first half
    if speaker.lower() in _RU_DATIVE_PRONOUNS:
        # "Когда я спросила в министерстве, …, мне ответили:": whom they told is no
        # speaker; the body the sentence went to is (the first one it names).
        sentence = _compiled(r"[.!?…]\s").split(text[max(0, start - 200):start])[-1]
        body = _compiled(r"(?:^|\s)[Вв]о? ([^,.;:!?—–]{2,60})").search(sentence)
        return _ru_body_in(_tokens(body.group(1))) if body is not None else None
    if speaker.istitle():
        if speaker.startswith(("Сам ", "Сама ")):
            return speaker.split(None, 1)[1]  # "Сам Варфоломеев": "himself", not a name
        return speaker  # a name, every word capitalized: the common case, nothing to mend
    words = speaker.split()
    if not words or _compiled(_CJK_PATTERN).search(speaker):
        if len(words) == 2 and _JA_ENTRY_TIME.fullmatch(words[0]):
            return words[1]  # "15時30分 鹿児島県志布志市は": a live page's entry time, then who
        return speaker
    if len(words) == 3 and _verb(words[0]) in _SPEECH_VERBS and words[1][:1].isupper() and \
            words[2] in _CONJUNCTIONS:
        return words[1]  # "«…», — говорит Ремезов и, выдержав паузу, добавляет:": the
        # subject of the verb before, whose second verb this one is
    first = words[0].lower()
    if words[0] in ("par", "by") and len(words) > 2 and words[1].lower() in _DETERMINERS:
        # "une aide jugée « insuffisante » par la Confédération paysanne, qui réclame": the
        # agent of the passive.
        return " ".join(words[1:])
    if first in ("в", "во") and len(words) > 1 and "а" <= words[1][:1].lower() <= "я":
        if who := next((k for k in range(2, len(words)) if _person_noun(words[k])), 0):
            # "В антракте пожилая дама сказала": when or where, then who (with the
            # adjectives before the noun)
            while who > 2 and any(p.tag.POS == "ADJF" and p.tag.case == "nomn"
                                  for p in _morphology().parse(words[who - 1])):
                who -= 1
            return " ".join(words[who:])
        return _ru_body_in(words[1:])
    if words[0][:1].islower() and first not in _DETERMINERS and first not in _CLAUSE_OPENERS:
        # "Residents who live near the plant said", "an official who requested anonymity
        # said": what follows a relative pronoun is its clause, whatever its first word.
        at = text.rfind(speaker, max(0, start - 400), start)
        if at < 0:
            at = text.find(speaker, start, start + 400)  # “…,” said a farmer whose barn …
        if at > 0 and text[max(0, at - 8):at].rstrip(" ,").rsplit(None, 1)[-1:] and \
                text[max(0, at - 8):at].rstrip().rsplit(None, 1)[-1].lower() in _RELATIVE:
            words = [text[max(0, at - 8):at].rstrip().rsplit(None, 1)[-1]] + words
            speaker = words[0] + " " + speaker
            first = words[0].lower()
    if len(words) > 1 and first in _PARTICLES and words[1][:1].isupper():
        return speaker  # "de Miranda", "von der Leyen": a name
    if (first in _CLAUSE_OPENERS and (first not in _DEFINITE or words[-1].islower())
            or first in _STOP_PREPS and first not in _DETERMINERS) and words[0][0].islower() \
            or first in _MEDIUM_PREPS and first not in _DETERMINERS:
        # "One pharmacist who has arranged …, said:", "Ein Kreisrat …, der nicht genannt
        # werden wollte, sagte": the subject is the noun phrase before the clause.
        lo = max(0, start - 400)
        at = text.rfind(speaker, lo, start)
        if at < 0 and first in _RELATIVE:
            at = text.find(speaker, start, start + 400)
            lo = max(0, at - 120)
        if first in _MEDIUM_PREPS and first not in _RELATIVE:
            # "a affirmé à l’AFP une source proche du dossier": the medium, then the speaker.
            k = next((k for k, w in enumerate(words[2:5], 2)
                      if w.lower() in _INDEFINITE or w.lower() in _DEFINITE), 0)
            if k:
                return _tidy(" ".join(words[k:]), text, start, before_text)
            after = text.find(speaker, start, start + 400)
            rest = _AFTER_MEDIUM.match(text, after + len(speaker)) if after >= 0 else None
            if rest is not None:
                return rest.group(1).rstrip()  # "a indiqué à Reuters une source proche …"
        if first in _STOP_PREPS and first in _MEDIUM_PREPS and at >= 0 and \
                _first_stop(text[at:start]) < 0:
            return speaker  # "В пресс-службе ФАС сообщили, что «…»": its own sentence
        if at > 0 and (first not in _STOP_PREPS or first in _RELATIVE):
            head = text[max(lo, at - 120):at].rstrip(" ,")
            head = _compiled("[”»“\"„]").split(head)[-1]  # after the quotation: “…,” said X
            if head.split()[:1] and _verb(head.split()[0]) in _SPEECH_VERBS:
                head = head.split(None, 1)[1] if " " in head.strip() else ""
            head = head.rsplit(" who", 1)[0] if first not in ("who", "which") else head
            head = _compiled(r"^.*(?:[.!?…:;]\s+|\band\s*$)").sub("", head).strip(" ,")
            head = _compiled(r"(?:,|\s+and)$").sub("", head).strip()
            if ", " in head and first in ("who", "whose", "which", "qui", "que", "dont", "который",
                                          "которая", "которые"):
                head = head.rsplit(", ", 1)[1]  # "Asked about it, an official who …"
            hw = head.split()
            if 1 <= len(hw) <= 8 and hw[-1].lower() not in _CLAUSE_OPENERS and \
                    _first_stop(head) < 0:
                return head
        return None
    if words[0][:1].islower() and first not in _DEFINITE:
        lo = max(0, start - 400)
        at = text.rfind(speaker, lo, start)
        if words[-1].lower() in _NEEDS_COMPLEMENT:
            at = at if at >= 0 else text.find(speaker, start, start + 400)
            # "a person familiar with the matter", "a source close to the talks": the
            # adjective's complement belongs to the speaker.
            tail = _COMPLEMENT.match(text, at + len(speaker))
            if at >= 0 and tail is not None:
                return speaker + tail.group().rstrip()
        if at > 2 and text.startswith(", ", at - 2):
            # "Board member Thomas Reyes, one of the three no votes, said": the description
            # stands after the name of whom it describes.
            named = _compiled(_CAPRUN_PATTERN + r"$").search(text, max(0, at - 60), at - 2)
            if named is not None and len(opening := _compiled(r"(?:^|[.!?]\s+)(\w+ \w+) $")
                                         .findall(text, max(0, named.start() - 30),
                                                  named.start())) == 1 and \
                    opening[0].split()[1] in ("par", "by") and _opens_phrase(opening[0].split()[0]):
                named = None  # ("Contacté par Le Monde, l’opérateur historique assure": the
                # paper an opening phrase names)
            found = _name_run(named.group().split()) if named else None
            if found and len(found[0]) >= 2:
                return _join(found[0])
    for k, w in enumerate(words[1:], 1):
        if w.lower() in _RUN_ON and (w != "a" or first in ("le", "la", "l’", "l'", "un", "une")):
            # "le député des Bouches-du-Rhône a toutefois": the subject ends at its verb.
            return " ".join(words[:k])
    # Where the paragraph (or the one before, when this one does not name it) writes it:
    # a name only ever written after "sur", "on", "told" is a medium or a place ("sur France
    # Inter", "told BBC Radio Scotland"); a phrase after "at" may end a longer one ("One
    # teacher at the school").
    seen = 0
    for source, end in ((text, start), (before_text, len(before_text))):
        lo = max(0, end - 400)
        at = source.rfind(speaker, lo, end)
        while at >= 0 and seen < 4:
            before = source[max(lo, at - 40):at]
            prep = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
            if not (prep in _MEDIUM_PREPS and before.endswith(" ")) or \
                    source.startswith(("’s", "'s"), at + len(speaker)) or \
                    prep in ("в", "во") and _ru_said_in(source, at + len(speaker)):
                return speaker  # written once as a subject (or an owner): it can speak (or
                # the body it is said in: "В ФАС заявили", a name that does not decline)
            np = _NP_START.search(source, max(lo, at - 80), at)
            if np is not None and np.group(1).split()[0].lower() in _INDEFINITE | _DETERMINERS:
                return source[np.start(1):at + len(speaker)]
            if first in _DETERMINERS:
                return speaker
            seen += 1
            at = source.rfind(speaker, lo, at)
    if 0 < seen < 4 and not (words[0].lower() in _DOCUMENTS or _de_document(words[0])):
        return None  # only ever after a medium's preposition (but "Im Protokoll der
        # Gemeindevertretung heißt es": a document, which speaks where it is read)
    return speaker


def _ru_said_in(text: str, end: int) -> bool:
    """Whether a Russian plural verb of speech follows a body's name ending at ``end``
    ("В ФАС заявили"), also after an aside ("В ОАО РЖД, которому …, сообщили")."""
    if text.startswith((",", " ("), end) and (aside := _RU_ASIDE_END.match(text, end)):
        end = aside.end()
    return any(w.endswith("ли") and _verb(w) in _SPEECH_VERBS
               for w in _PLAIN_WORD.findall(text, end, end + 40)[:3])


_RU_ASIDE_END = re.compile(r",[^,.!?«»]{3,120},|\s\([^()]{2,80}\)")


# A noun of kanji or katakana right before 「, after a space or the start of the text.
# (A space may stand before the marks, as in a live blog's entry: 「14:35 容疑者 「…」」.)
_JA_BARE_SPEAKER = re.compile(r"(?:^|[\s\u3000、の])([\u4e00-\u9fff々\u30a0-\u30ffー]{2,10})"
                              r"[ \u3000]?$")
# A question of a printed interview: 「――…か。」, "Q: …".
_QUESTION_LINE = re.compile(r"\s*(?:――|──|—|―|Q[:.])")
# The lead-in of a Japanese interview: 「大西社長との主なやりとりは次の通り」, 「佐伯氏 一問一答」
# (and 「佐伯に聞く」, 「若嵐の一問一答」).
_JA_INTERVIEW = re.compile(r"([^、。「」\s]{2,30}?)"
                           r"(?:との(?:主な)?(?:やりとり|やり取り|一問一答|質疑)|[\s\u3000]+一問一答"
                           r"|の一問一答|に聞く|インタビュー)")


def _interviewee(texts: list[str], block: int) -> str | None:
    """Who answers in a printed interview: the person its lead-in names, a few paragraphs
    back at most."""
    for b in range(block - 1, max(-1, block - 12), -1):
        match = _JA_INTERVIEW.search(texts[b])
        if match:
            name = match.group(1)
            name = name.rsplit("の", 1)[-1] if not name.endswith(_JA_TITLES) else name
            return _ja_name(name)
    return None


# An age after a name ("Martinelli, 23, was mobbed …"): a surname alone is then a person.
_AGE = re.compile(r", \d{1,3}(?: (?:ans|Jahre|years old|года|лет|год))?,")  # ("Josiane, 81 ans,")


_OPENING_PREPS = _PREPOSITIONS - _PLACE_PREPS
_PLACE_PREP_OR_STOP = _PLACE_PREPS | _STOP_PREPS


# Articles and endings that show whether a name is a man's or a woman's.
_MASCULINE_BEFORE = _words("der den dem le du au un ein einen einem")
_FEMININE_BEFORE = _words("die la une eine einer")
_FEMININE_ROLE = ("in", "rice", "euse", "ère", "ée", "esse", "ница", "ка", "ая")


def _feminine_role(role: str) -> bool:
    """Whether a German or French noun for a role is a woman's ("Direktorin", "directrice",
    "députée"); not an English "captain" or "chaplain", whose -in is no ending."""
    return role.endswith(_FEMININE_ROLE[:5]) and not role.endswith("ain")


def _names_someone(text: str, people: _People) -> bool:
    """Whether the text names a person: one already known, or a first name and a surname
    ("the sitting MP, Gareth Pryce, …")."""
    words = _plain_words(text)
    if not people.by_word.keys().isdisjoint(words):  # (a known person: one step in C)
        return True
    # (The capital of the second word first: most pairs fail there, before the name lists
    # are asked. A word with one after it is a full name's first word.)
    for first, second in zip(words, words[1:], strict=False):  # (a loop: no generator)
        if second[:1].isupper() and _first_name_sex(first):
            return True
    return False


def _gender_cue(text: str, at: int, run: str) -> str:
    """The gender the words around a name show: the article or a role with a feminine
    ending before it ("den AfD-Kandidaten Ronny Kessler", "la députée Nadia Benali",
    "Bürgermeisterin Kerstin Albrecht"), or a Russian first name and surname ("Ольга
    Смирнова"); "" when they show none."""
    words = run.split()
    if "А" <= run[:1] <= "Я" and len(words) >= 2 and "А" <= words[-1][:1] <= "Я":
        first, last = words[-2], words[-1]
        given = _morphology().parse(first)[0].tag
        if "Name" in given and given.gender == "masc" and given.case != "nomn":
            return "m"  # "эксперта Михаила Блинова": a man's name, not in the nominative
        if "Name" in given and given.gender == "femn" and given.case not in ("nomn", None):
            return "f"  # "в пользу Анны Голубевой": a woman's name, in another case
        if last.endswith(("ова", "ева", "ина", "ская", "цкая")):
            return "f"
        if last.endswith(("ов", "ев", "ин", "ский", "цкий")) and "Name" in given:
            return "m"  # (before the given name's ending: "Саша Кривошеев", "Никита Орлов")
        return "f" if first.endswith(("а", "я")) and not first.endswith(("ья", "ла")) else ""
    if len(words) >= 3 and _is_title(words[0]):
        role = words[0].lower()
        if _feminine_role(role):
            return "f"
    before = text[max(0, at - 24):at].split()[-2:]
    for word in reversed(before):
        low = word.lower()
        if low in _MASCULINE_BEFORE:
            return "m"
        if low in _FEMININE_BEFORE:
            return "f"
        if not low.isalpha() or low[:1] != word[:1]:
            break  # (only the article of this name: no punctuation, no capital between)
        if _feminine_role(low) and len(low) > 5:
            return "f"  # "la députée Nadia Benali", "die Bürgermeisterin Anna Roth"
    return ""


# German words of quantity before a noun ("aus wenigen hundert Metern Entfernung").
_DE_QUANTITIES = _words("hundert tausend wenigen wenige mehreren mehrere einigen einige vielen "
                        "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig "
                        "dreißig vierzig fünfzig sechzig siebzig achtzig neunzig")


def _after_article_and_adjective(text: str, at: int) -> bool:
    """Whether an article and a lower-case German adjective stand right before ``at`` ("dem
    angespannten"): what follows is a noun phrase."""
    words = text[max(0, at - 40):at].split()[-2:]
    return len(words) == 2 and words[0] in _DE_ALL_ARTICLES and words[1].isalpha() and \
        words[1].islower() and words[1].endswith(("e", "en", "er", "es", "em"))


# What brings in someone by one name only: "who gave his name only as Phil", "qui n’a donné
# que son prénom, Thomas", "der nur seinen Vornamen nennen will, Thomas".
_GIVEN_ONLY = re.compile(r"(?:\b(?:his|her|their|first) name(?: only)?(?: as|,)|\b(?:identified|"
                         r"known|introduced (?:himself|herself)) (?:only )?as|\bson prénom,|"
                         r"\bse prénomme|\bVornamen(?: nennen will)?,|\b(?:whose|his|her) name is|"
                         r"\b(?:[Ii]l|[Ee]lle) s[’']appelle|\b(?:[Ee]r|[Ss]ie) heißt) $")
# An age before a given name: "die 19-jährige Lea", "the 16-year-old Aidan" (the words it
# ends with, looked for first).
_AGED_BEFORE = re.compile(r"\d-(?:[jJ]ährigen?|year-old) $")
_AGED_ENDINGS = ("jährige ", "jährigen ", "Jährige ", "Jährigen ", "year-old ")


# What comes before a sentence's first word inside a paragraph.
_SENTENCE_BREAKS = (". ", "! ", "? ", "» ", "” ")
# A byline: who wrote the article, not anyone in it.
_BYLINE = re.compile(r"\s*(?:By|Par|Von|Text:|Texte\s?:|Текст:|Автор:)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ]")


def _candidates(text: str, quoted: list[tuple[int, int]], people: _People
                ) -> list[tuple[int, str]]:
    """The runs of capitalized words of one block that may name a person, as ``(offset,
    run)``; a run that cannot (inside a quotation, or a place) is kept with "" so that the
    count of runs looked at stays the same. Each block is searched once, however many
    pronouns look back at it. Surnames followed by an age go into ``people.aged``; the
    gender and the title the words around a full name show, into ``people.genders`` and
    ``people.roles``."""
    aged, genders, roles = people.aged, people.genders, people.roles
    parens = "(" in text
    # (What some tests below look for right before or after a run, looked for once in the
    # whole block: most blocks have none of it, and each run is spared the tests.)
    slash = "/" in text
    heisst = "heißt " in text
    aged_words = "ährige" in text or "year-old " in text  # (each of _AGED_ENDINGS holds one)
    ages = _AGE.search(text) is not None  # (one search of the block, no test at each run)
    out: list[tuple[int, str]] = []
    # (The runs come in the order of the text, and the quotations too: the last quotation
    # opening at or before a run is found by going on from where the run before left off,
    # not by a search from the start for each run.)
    passed, count = 0, len(quoted)
    if len(text) < 80 and _BYLINE.match(text) is not None:
        return [(m.start(), "") for m in _compiled(_CAPRUN_PATTERN).finditer(text)]  # "By
        # Alex Hartley", "Par Emmanuelle Roche": the writer, whom no "she" in the story means
    for m in _compiled(_CAPRUN_PATTERN).finditer(text):
        at, end = m.span()
        run = m.group()
        if ages and text.startswith(", ", end) and _AGE.match(text, end):
            aged.add(run.rsplit(None, 1)[-1])
        # (What _GIVEN_ONLY ends with comes right before the name: "as", "is", a comma,
        # "prénomme" or "heißt", then a space; most names have none of them, and need no
        # search.)
        elif " " not in run and (
                (text[at - 2:at] in (", ", "s ", "e ") or text[at - 1:at] == "\n"
                 or heisst and text.endswith("heißt ", 0, at))
                and _GIVEN_ONLY.search(text, max(0, at - 40), at)
                or aged_words and text.endswith(_AGED_ENDINGS, 0, at)
                and _AGED_BEFORE.search(text, max(0, at - 16), at) and _first_name_sex(run)):
            aged.add(run)  # "who gave his name only as Phil", "die 19-jährige Lea": one
            # name, a person's
        elif " " not in run and text.startswith(", who ", end) and at and \
                run.lower() not in _NOT_NAMES:
            aged.add(run)  # "which Klajdi, who had driven me down, considers": a person's
        elif " " not in run and at > 4 and text[at - 2].islower() and \
                len(owned := text[max(0, at - 24):at].split()[-2:]) == 2 and \
                (sex := _OWNED_SEX.get(owned[1].lower())) is not None and \
                (owned[0].lower() in _MY or owned[0].lower() in _POSSESSIVES) and \
                run.lower() not in _NOT_NAMES and text[max(0, (i := text.rfind(
                    owned[0], 0, at)) - 3):i].rstrip()[-1:] in ("", ".", ",", ";", ":", "!", "?"):
            aged.add(run)  # "Mon voisin Dédé", "my wife Arvida": a given name, a person's
            # (opening its clause, as its subject: not "une lettre à sa sœur Marie-Anne")
            if sex and run not in genders:
                genders[run] = sex
        elif " " not in run and text.startswith(" ", end) and \
                (his := _HIS_AFTER.match(text, end)) is not None and \
                run.lower() not in _NOT_NAMES:
            aged.add(run)  # "Bikash explained his method": a person's name, a man's
            genders.setdefault(run, "f" if his.group(1) == "herself" else "m")
        while passed < count and quoted[passed][0] <= at:
            passed += 1
        if passed and at < quoted[passed - 1][1]:
            run = ""  # inside a quotation: the speaker's words, not the reporter's
        elif " " not in run and (not at or text[at - 2:at] in _SENTENCE_BREAKS) and (
                run.endswith(("é", "ée", "és", "ées")) and not _first_name_sex(run)
                or run.lower() in _PARTICIPLE_OPENERS):
            run = ""  # "Arrivé en 1983 …, il", "Interrogé sur …, il": a participle that
            # opens the sentence, no one a pronoun means
        elif at <= 2 and text[end:end + 1] == ":":
            run = ""  # "Rolling Stone: …": the label of a turn, whom no "he" in it means
        elif " " not in run and text[end:end + 1] == " " and text[end + 1:end + 2].isdigit() \
                and not _RU_YEARS.match(text, end):
            run = ""  # "Bed 3 is …", "Gleis 4": a thing and its number (but "Николаю 61 год":
            # his age)
        elif slash and (text.startswith(" /", end) or text.startswith("/ ", at - 2)):
            run = ""  # a photo credit: "Anthony Wallace / AFP - Getty Images"
        elif parens and (text[at - 1:at] == "(" or (paren := text.rfind("(", at - 30 if at > 30
                                                                     else 0, at)) >= 0
                         and text.find(")", paren, at) < 0):
            run = ""  # "Gemeinderat Jürgen Fehrenbach (Freie Wähler)": a party, a place ("Yann
            # (formidable Gildas Le Bihan)": in a review, the actor)
        elif ". " in run and " " in (head := run.split(". ", 1)[0]) and (
                len(last := head.rsplit(None, 1)[-1]) == 1
                or last.lower() not in _ABBREV and _first_name_sex(head.split(None, 1)[0])) and \
                run.split(". ", 1)[1].split(None, 1)[0].lower() in _NOT_NAMES:
            # "Hildegard M. Die 86-Jährige": the initial ends the name ("Heinz-Werner Kox.
            # Der 78-Jährige": a short surname ends the sentence)
            run = head + "." if len(last) == 1 else head
        elif ". " in run and (word := run.split(". ", 1)[0].rsplit(None, 1)[-1]).lower() \
                not in _ABBREV and (len(word) > 1 or word == "I" or text[at - 1:at] == "."):
            # "vor Ort. Er sagte": a short word ending a sentence, not an abbreviation or
            # an initial ("Stuart R. Kaplan"; but "said I. What", "D.A. Davidson").
            run = run.split(". ", 1)[1]
        elif text[end + 1:end + 2].islower() and (
                (after := text[end:end + 14].split(None, 1)[0]) in _ORG_WORDS and (
                    after not in _ORG_WORDS_ELSEWHERE or text[max(0, at - 4):at] == "the ")
                or after in _SPOKES) or \
                (low := at > 1 and text[at - 2].islower()) and \
                not _ORG_WORDS.isdisjoint(text[max(0, at - 12):at].rsplit(None, 1)[-1:]):
            # "the Save Abbey Road Limes group", "the Carrillo campaign", "the homelessness
            # charity Safe Harbour Ireland": a body ("the Ukraine war" an event, but German
            # "Johanna Stöhr war": a name, then "was"; French "Claire Vasseur se souvient")
            run = ""
        elif low and (  # (a lower-case word before it, as found just above)
                (word := text[max(0, at - 14):at - 1].rsplit(None, 1)[-1:]) and (
                    word[0] in _THING_NOUNS or word[0] == "to" and _MOTION_WORDS.intersection(
                        text[max(0, at - 24):at - 4].rsplit(None, 1)[-1:]))) and \
                not _first_name_sex(run.split(None, 1)[0]):
            run = ""  # "the Radio 4 programme Talking Proper", "the way back to Portland": a
            # work, a thing or a place, not a person
        elif (before := text[max(0, at - 9):at].rsplit(None, 1)) and " " in run and \
                run.count(" ") == 1 and (
                before[-1] in _DETERMINERS and (
                    before[-1] != "that" or run.rsplit(None, 1)[-1] in _NATIONALITIES)
                or before[-1] in _CONTRACTED
                or before[-1] in _DE_DEMONSTRATIVES or _NUMBER.fullmatch(before[-1]) is not None
                or _after_article_and_adjective(text, at) or before[-1] in _DE_QUANTITIES
        ) and not _is_title(first := run.split(None, 1)[0]) and (
                not _first_name_sex(first) or before[-1] == "an" or before[-1] == "a" and
                _FR_BEFORE_A.isdisjoint(text[max(0, at - 12):at - 2].rsplit(None, 1)[-1:])):
            # (and "tell a Jack Russell from a Border terrier": a breed, a brand, a thing;
            # not French "il y a Martine Rével")
            # "mit 212 Stimmen Vorsprung", "einer Handvoll Leuten", "auf dem angespannten
            # Grazer Mietmarkt": nouns, not a name (but "the envelope that Arvid Nyberg
            # hands over": "that" a relative pronoun, unless the run is a nationality, "that
            # Arab Israeli voters")
            run = ""
        elif before and (
                before[-1] in _PLACE_PREPS or before[-1] in _MEDIA_PREPS
                or before[-1] in _OF_OR_DETERMINER and run.count(" ") >= 2) and \
                _NICKNAME_MARKS.isdisjoint(run) and not (
                    before[-1] == "of" and " " in run and text.startswith(", who", end)) and \
                not text.endswith("uant à ", 0, at) and not (  # ("Quant à Lina, elle …":
                    before[-1] == "told" and (_first_name_sex(given := run.split(None, 1)[0])
                                              or given in _EITHER_NAMES)):
            # whom it is about, a person; "When I told Dana about it, she laughed": whom it
            # was told, a person, not a medium)
            # ("of Marguerite “Peg” Lindqvist": hers; "the first restaurant of Carys
            # Penhaligon, who spent …": a person, whom "who" follows)
            # (and "de Seine-Saint-Denis Nadia Benali", "der Sozialdemokrat Matthias Göhler")
            # "из Костромы Игорь Лебедев": the place, then perhaps a name.
            first, *rest = run.split(None, 1)
            if rest and rest[0][:1].islower() and (of := rest[0].split(None, 2))[0] in _OF \
                    and len(of) == 3 and _first_name_sex(of[1]):
                rest = [rest[0].split(None, 1)[1]]  # "dem Hof von Claudia Schwörer": whose
            if not (rest and " " not in rest[0] and _first_name_sex(first)):
                # (but "at the back of Ruth Kilner's workshop": a given name, then a surname)
                run = rest[0] if rest and " " in rest[0] and first.lower() not in _ORG_WORDS \
                    and not rest[0].split(None, 1)[0].lower().endswith(_DE_BODY_ENDS) else ""
            # ("von der Universität St. Gallen", "an der Technischen Hochschule Deggendorf":
            # a body's name, not a role's)
        elif before and before[-1] in ("it", "them") and \
                _NAMED_IT.search(text, max(0, at - 24), at):
            run = ""  # "named it Staten Land": the name given to a thing
        elif " " in run and (space := run.find(" ")) > 0 and \
                run[:space].lower() in _OPENING_PREPS and \
                run.find(" ", space + 1) > 0:
            # "For Keisha Barnes, a 29-year-old, …": a preposition opening the sentence, then
            # a name (a place preposition leads to a place: "In New York").
            run = run[space + 1:]
        if " " in run and run.count(" ") >= 3 and (run.split(" ", 1)[0] in _DE_POSSESSIVES_CAPITAL
                                    or run.split(" ", 1)[0] in ("Der", "Die")
                                    and not _is_title(run.split(" ", 2)[1])):
            run = run.split(" ", 2)[2]  # "Sein Gegenüber Brad Tenney": his opponent, a noun
            # ("Der Lkw-Fahrer Marko Zupan": the article, a noun, then the name; a title
            # stays for the name to learn: "Die Managerin Henrike Vollmer")
        while " " in run and (lead := run.split(" ", 1))[0].lower() in _NOT_NAMES and \
                lead[0].lower() not in _DETERMINERS and not _is_title(lead[0]) and not (
                    lead[0] in _GIVEN_MONTHS and run == m.group() and " " not in lead[1]
                    and not _WHEN_BEFORE.search(text, max(0, at - 12), at)):
            run = lead[1]  # "an diesem Vormittag Anneliese Brandl", "Und Feldhuber?" (but
            # "June Calloway has one rule": a month that is a given name, not a date)
        if " " in run and (kin := run.rsplit(" ", 2))[-2] in _KIN_CAPITALIZED and \
                _first_name_sex(kin[-1]):
            run = kin[-1]  # "Ihr Mann Jürgen": his given name, as _name_run reads it, is
            # the one a pronoun looks back to
        if " " in run:  # (a full name: a surname alone is not learned)
            named_at = at if run == m.group() else at + m.group().find(run)  # ("au Monde
            # Hélène Marchetti": "au" is not hers)
            if run not in genders and (cue := _gender_cue(text, named_at, run)):
                genders[run] = cue
            if run not in roles and (role := _apposed_title(text, named_at, named_at + len(run))):
                roles[run] = role
        out.append((at, run))
    return out


# A Russian age after a name ("Николаю 61 год").
_RU_YEARS = re.compile(r" \d+ (?:год|лет)")


# "his" or "himself" after a name and one word, a verb (or "and"): the name's own ("Bikash
# explained his method", "Ortiz and his wife"; not "Carla looked at his shoes").
_HIS_AFTER = re.compile(r" (?:[a-z]+ |and (?:[a-z]+ )?)(his|himself|herself)\b")


# Kin and companions, whose given name may follow them after a possessive ("mon voisin
# Dédé", "ihre Freundin Merle"), with the sex the noun tells ("" for either).
_OWNED_SEX = {**{noun: sex for noun, sex in _NOUN_SEX.items() if noun not in _NOT_KIN},
              **dict.fromkeys(_words("neighbour neighbor friend colleague partner collègue "
                                     "коллега"), ""),
              **dict.fromkeys(_words("voisin ami copain nachbar freund kollege сосед друг"),
                              "m"),
              **dict.fromkeys(_words("voisine amie copine nachbarin freundin kollegin соседка "
                                     "подруга"), "f")}


# Words of the body list that are also common words of another language after a name:
# German "war" (was), French "se" and "sa" ("Claire Vasseur se souvient").
_ORG_WORDS_ELSEWHERE = frozenset({"war", "se", "sa"})


# German possessives opening a sentence, before a noun ("Sein Gegenüber", "Ihre Kollegin").
_DE_POSSESSIVES_CAPITAL = frozenset({"Sein", "Seine", "Ihr", "Ihre", "Dessen", "Deren"})


# A naming verb and its object, before the name it gives ("named it Staten Land").
_NAMED_IT = re.compile(r"\b(?:named|renamed|called|dubbed|christened|nicknamed|baptized|"
                       r"baptised) (?:it|them) $")

# A title in lower case next to a name: "le maire, Gérard Lemoine", "тренер Андрей
# Гусятников", "la ministre des comptes publics, Claire Vasseur" before it, "Hélène
# Lartigue, la dirigeante" after it.
_TITLE_BEFORE = re.compile(r"(?<![\w’'-])([a-zà-ÿа-яё][\w-]{2,})"
                           r"(?: (?:de|des|du|d’|of|for|der)\b[^,.;:!?]{0,32})?,? $")
_TITLE_AFTER = re.compile(r", (?:(?:the|le|la|der|die|its|his|her) |l’|l')?"
                          r"([a-zà-ÿа-яё][\w-]{2,})\b")


def _apposed_title(text: str, at: int, end: int) -> str:
    """The title written next to the name at ``text[at:end]``, or ""."""
    for match in (_TITLE_BEFORE.search(text, max(0, at - 48), at),
                  _TITLE_AFTER.match(text, end)):
        if match is not None and _is_title(match.group(1)):
            return match.group(1).lower()
    return ""


_LOOK_BACK_CHARS = 4_000


def _texts_back(texts: list[str], block: int, pos: int) -> Iterator[str]:
    """The text before ``(block, pos)``: this paragraph's, then each one before it, nearest
    first, up to 30 paragraphs and 4,000 characters in all (a search made for each
    quotation so stays linear in the article's length)."""
    budget = _LOOK_BACK_CHARS
    for b in range(block, max(-1, block - 30), -1):
        end = pos if b == block else len(texts[b])
        text = texts[b][max(0, end - budget):end]
        yield text
        budget -= len(text)
        if budget <= 0:
            return


_ARTICLE_ALONE = _words("le la the der die")


def _introduced_as(texts: list[str], block: int, pos: int, words: list[str], people: _People
                   ) -> str | None:
    """The person the article named right after or right before these very words, in this
    paragraph (before ``pos``) or the 30 before it: "Глава Сбербанка Герман Греф", "Mikel
    Arteta, the Arsenal manager," for "глава Сбербанка", "the Arsenal manager". Only a
    description of two words or more without its article, and none that holds a name; or
    a title alone, as the article introduced someone with it ("Le maire, Patrick Durand,"
    for "le maire")."""
    german = len(words) == 2 and words[0].lower() in _DE_ARTICLES_THE
    if words and words[0].lower() in _DEFINITE:
        words = words[1:]
    # A title the article may write before a name with no article: Russian ("Адвокат
    # заявил", opening the sentence too) and German ("die Oberbürgermeisterin" after
    # "Oberbürgermeisterin Katrin Vollmer").
    bare_title = len(words) == 1 and ("а" <= words[0][:1].lower() <= "я" or german) and \
        _is_title(words[0].lower())
    if len(words) < 2 and not (words and (words[0].islower() or bare_title)
                               and words[0].isalpha() and len(words[0]) > 3) \
            or len(words) > 6 or words[0][:1].isupper() and words[-1][:1].isupper() \
            and not bare_title \
            or words[0].lower() in _INDEFINITE or words[0].lower() in _DEMONSTRATIVE:
        return None  # (an indefinite description brings in someone new: "one board member")
    core = " ".join(words)
    tail = core[1:]  # (the first letter may change case: "Глава Сбербанка …", "глава …")
    first = re.escape(core[0].upper()) + "|" + re.escape(core[0].lower())
    name = r"((?:[A-ZÀ-ÖØ-ÞА-ЯЁ](?:[a-zа-я]{0,2}\.|[\w’'-]+) ){0,2}[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]+)"
    # (an initial or "St." inside it, not a sentence's end: "адвокат Михаил Зайцев. По …")
    then_name = name_then = None  # (compiled at the first place the words are found)
    # (a noun alone that is no title counts only right after a name and its comma: only
    # those places are looked at)
    needle, skip = (", " + core, 3) if len(words) == 1 and not _is_title(words[0]) else (tail, 0)
    for text in _texts_back(texts, block, pos):
        at, looked = len(text), 0  # (the nearest mentions only: the search stays linear)
        while looked < 6 and (at := text.rfind(needle, 0, at - skip) + skip) > skip:
            looked += 1
            stop = at + len(tail)
            if then_name is None or name_then is None:
                then_name = _compiled(rf"(?:{first}){re.escape(tail)}"  # "Глава Сбербанка Герман"
                                      + (r"(?:(?: [a-zà-ÿ’' ]{2,40}[A-ZÀ-Ý][\w’'-]+)?,"  # ("le
                                         # ministre délégué chargé de l’Industrie, Arnaud
                                         # Ferrière")
                                         r"|(?: [а-яё-]{2,30}){1,3})?"  # ("министр транспорта
                                         # Сергей Ладыгин": the office's genitive)
                                         if len(words) == 1 else ",?") + rf" {name}")
                name_then = _compiled(rf"{name}, (?:\w+ )?(?:{first}){re.escape(tail)}$")
                # ("Arteta, the …")
            m = then_name.match(text, at - 1) or (
                name_then.search(text[max(0, at - 80):stop])
                if not text[stop:stop + 1].isalnum() else None)
            if m is None:
                continue
            # (someone already known: a lookup, not a mention, which would learn the words
            # as a name whatever they are)
            named = m.group(1).split()
            apposed = m.re is name_then and text.startswith(", ", at - 3)
            if len(words) == 1 and (not _first_name_sex(named[0]) or not apposed and (
                    not _is_title(words[0]) or (text[max(0, at - 5):at - 1].lower().split()
                                                or [""])[-1] not in _ARTICLE_ALONE
                    and not bare_title)):
                continue  # (a title alone: after its article, and only a first name and
                # surname after it; not "la ministre, sur France Inter", "le beau-frère du
                # maire, Thierry Castan", "la première ministre, Hélène Garnier". Any noun
                # alone right after a full name and its comma: "Marc-Antoine Leroy,
                # chercheur en neurosciences," is "le chercheur".)
            person = people.by_word.get(" ".join(named)) or people.by_word.get(named[-1])
            if person is None and (_is_title(words[0]) or _is_title(words[-1])) and (
                    found := _name_run(named)) is not None and len(found[0]) >= 2:
                person = people.learn(_join(found[0]), found[1])  # (a full name, for a role)
            if person is not None:
                return person.name
    return None


# A German genitive after a noun, up to the end of the phrase ("der Behörde", "des Vereins").
_DE_GENITIVE_AFTER = re.compile(r" (?:der|des) (?:[a-zäöüß][\w-]+ )?[A-ZÄÖÜ][\w-]+(?=[\s,.;:])")


_DE_ARTICLES_THE = _words("der die das den dem")
_INDEFINITE_AT = re.compile(r"\b(?:[Oo]ne|[Aa]n?|[Ee]ine?|[Uu]ne?) ")


def _indefinite_antecedent(before: str, noun: str) -> str | None:
    """The last indefinite phrase of ``before`` that ends with ``noun`` ("One RCMP officer",
    "a senior official"), in the text of this paragraph before the quotation."""
    if noun not in before:
        return None  # (most often: no pattern to build)
    found = None
    for match in re.finditer(_INDEFINITE_AT.pattern +
                             r"(?:(?!(?:the|le|la|les|der|die|das|den|dem)\b)[\w’'-]+ ){0,3}?"
                             r"(?:[A-Z][\w’'-]* (?:and |& )?){0,4}"  # ("A Fire and Emergency
                             + re.escape(noun) + r"\b", before):  # NZ spokesperson")
        # (no article inside: not French "a" in "a assuré le Premier ministre")
        found = match  # (the last one)
    if found is None:
        return None
    phrase = found.group()
    if (nearest := list(_INDEFINITE_AT.finditer(phrase))[-1].start()) > 0:
        phrase = phrase[nearest:]  # "one came from an International League executive"
    if phrase[:3].lower() == "ein" and (
            genitive := _DE_GENITIVE_AFTER.match(before, found.end())) is not None:
        return phrase + genitive.group()  # "Ein Sprecher der Behörde", "… der Stadt"
    tail = before[found.end():found.end() + 16].split(None, 1)[:1]
    if phrase[:2].lower() == "un" and tail and (adjective := tail[0].rstrip(",")) \
            .isalpha() and adjective.islower() and adjective.endswith(_FR_ADJECTIVE_ENDS):
        return phrase + " " + adjective  # "une source policière"
    if tail and (tail[0] in _NEEDS_COMPLEMENT or tail[0] in _WHERE_FROM):
        # "A source familiar with the response", "an engineer from the consulting firm"
        words = _COMPLEMENT.match(before, found.end()).group().split()
        cut = next((k for k, w in enumerate(words) if w in _SPEECH_VERBS or w in _RUN_ON and (
            w != "a" or tail[0] in _NEEDS_COMPLEMENT) or w in _LEADING), len(words))
        # (after "at", "from": "a" is an article, not French "a dit")
        return " ".join([phrase] + words[:cut])
    return phrase


# Adjectives of nationality that stand before a surname in sports and foreign news.
_NATIONALITIES = _words("""
American British English Scottish Welsh Irish French German Spanish Italian Portuguese Dutch
Belgian Swiss Austrian Danish Swedish Norwegian Finnish Polish Czech Slovak Hungarian Romanian
Bulgarian Serbian Croatian Slovenian Greek Turkish Russian Ukrainian Belarusian Latvian
Lithuanian Estonian Israeli Iranian Egyptian Moroccan Nigerian Kenyan Ethiopian Ghanaian
Indian Pakistani Chinese Japanese Korean Australian Canadian Mexican Brazilian Argentine
Argentinian Colombian Chilean Peruvian Uruguayan Venezuelan Kazakh Uzbek
""")


# English words before "son" the noun (French "son" is a determiner, "son père").
_EN_BEFORE_SON = _words("his her their my our your the a one whose")
# For _describe's quick answers: a capitalized word of Latin letters, then lower case (no
# apostrophe, hyphen or period; no Cyrillic, which the Russian rules read); and every word,
# in lower case, of the lists _describe and _name_run consult for a clause of one or two
# such words (a word in any of them takes the long way).
_PLAIN_CAPITALIZED = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
_PLAIN_NOT = frozenset(w.lower() for words in (
    _SAY, _RELATIVE_THAT, _CLAUSE_AFTER, ("said", "says", "added", "adds"), _LEADING, _AUX,
    _FR_CLITIC_AUX, _WHERE_RELATIVE, ("ihr", "его", "её", "ее", "сам", "сама", "сами"),
    ("man", "no"),
    _NOBODY, _PRONOUNS, _LAST_PRONOUNS, _FIRST_PERSON, ("you", "vous", "вы", "ты"),
    _PLURAL_PRONOUNS, ("one", "another"), _DETERMINERS, _HONORIFICS, _NOT_NAMES, _ROLES,
    _SPOKES, _ORG_WORDS, _GENERATIONAL, _NATIONALITIES, _PARTICLES, _ARTICLES, _PREPOSITIONS,
    _PLACE_LEADS, _PLACE_HEADS, _DOCUMENTS, _PARTY_MEMBERS, _FIRST_SECOND) for w in words)
# The pronouns that alone are a clause's speaker, as _describe reads them (none of them is
# in a list it consults before it asks _PRONOUNS).
_PLAIN_PRONOUNS = {p: sex for p, sex in _PRONOUNS.items() if p.isalpha() and p not in {
    w.lower() for words in (_SAY, _LEADING, _AUX, _FR_CLITIC_AUX, _NOBODY, ("man",))
    for w in words} and not _adverb(p)}
_DEMONYMS = _words("""
German Dane Swede Pole Finn Scot Swiss Czech Greek Turk Serb Croat Slovak Thai Brit Kiwi
Aussie Basque Catalan Breton Afghan Briton Frenchman Frenchwoman Dutchman Dutchwoman
Allemand Allemande Français Française Espagnol Espagnole Russe Italien Italienne Brésilien
Brésilienne Belge Suisse Québécois Québécoise Anglais Anglaise Américain Américaine Canadien
Canadienne Suédois Suédoise Danois Danoise Polonais Polonaise Néerlandais Néerlandaise
Portugais Portugaise Norvégien Norvégienne Autrichien Autrichienne Britannique
Däne Dänin Schwede Schwedin Polin Franzose Französin Brite Britin Österreicher Österreicherin
Schweizer Schweizerin Spanier Spanierin Italiener Italienerin Niederländer Niederländerin
Belgier Belgierin Amerikaner Amerikanerin Kanadier Kanadierin Norweger Norwegerin Russin
Ungar Ungarin Tscheche Tschechin Kroate Kroatin Serbe Serbin Slowene Slowenin Finne Finnin
American Argentine Mexican Kenyan Moroccan Argentin Argentine Finlandais Finlandaise Tchèque
Grec Grecque Turc Turque Ukrainien Ukrainienne Japonais Japonaise Chinois Chinoise Marocain
Marocaine Algérien Algérienne Tunisien Tunisienne Sénégalais Sénégalaise Ivoirien Ivoirienne
Camerounais Camerounaise Ukrainer Ukrainerin Türke Türkin Grieche Griechin Japaner Japanerin
Australier Australierin Brasilianer Brasilianerin Argentinier Argentinierin Chinese Chinesin
Rumäne Rumänin Bulgare Bulgarin Slowake Slowakin Este Estin Lette Lettin Litauer Litauerin
Isländer Isländerin Ire Irin Schotte Schottin Engländer Engländerin Waliser Waliserin
Roumain Roumaine Bulgare Hongrois Hongroise Croate Serbe Slovaque Slovène Irlandais Irlandaise
Écossais Écossaise Gallois Galloise Islandais Islandaise Mexicain Mexicaine Colombien
Colombienne Chilien Chilienne Péruvien Péruvienne Vénézuélien Vénézuélienne
""")


def _is_demonym(word: str) -> bool:
    """A capitalized word for someone from somewhere ("the Spaniard", "the Brazilian")."""
    if word in _DEMONYMS:
        return True
    if not (len(word) > 4 and word[0].isupper() and word[1:].islower()):
        return False
    return word.endswith(("ian", "ean", "ese", "ard", "ite", "man", "woman")) or (
        word.endswith("i") and word[-2] not in "aeiou")  # Israeli, Pakistani, Saudi


def _pronoun_opening(text: str, quoted: list[tuple[int, int]], pronoun: str) -> int:
    """Where the first sentence of the paragraph that starts with the pronoun, outside
    quotations, ends its first word ("She grew up …": the paragraph is about someone it does
    not name); -1 when none does. Read once per paragraph and pronoun: asked before each
    quotation, a scan from the paragraph's start would grow with the square of its length."""
    word = pronoun[:1].upper() + pronoun[1:].lower()
    if word == "Sie" or text.find(word + " ") < 0:
        return -1  # (German "Sie" is as often "they" or "you")
    for m in _compiled(r"(?:^|[.!?…]\s+)" + re.escape(word) + r"\s").finditer(text):
        at = m.end() - len(word) - 1
        q = bisect_right(quoted, (at, len(text) + 1)) - 1
        after = text[m.end():m.end() + 12].split(None, 1)
        if not (q >= 0 and at < quoted[q][1]) and after and \
                after[0].lower() not in _IMPERSONAL_AFTER:
            return m.end()
    return -1


# A pronoun opening a sentence: "… in Pittsburgh. She is seventy-one".
_PRONOUN_START = re.compile(r"(?:^|[.!?]\s+)(He|She|Il|Elle|Er)\s(?!y |faut |est )")
# Words after "Il" or "Es" that make it impersonal ("Il y a", "Il faut", "Il est vrai").
_IMPERSONAL_AFTER = _words("y faut fallait est était s’agit s'agit semble reste suffit paraît "
                           "gibt geht ist war")


def _title_cased(text: str) -> bool:
    """Whether every longer word of these words is capitalized, as in a title ("Where Did
    Firefox Come From?")."""
    # (Read up to the first longer word in lower case: most text has one early.)
    count = 0
    for w in text.split():
        if len(w) > 3 and w[0].isalpha():
            if not w[0].isupper():
                return False
            count += 1
    return count >= 2


def _named_before(text: str, quoted: list[tuple[int, int]], pos: int, surname: str) -> bool:
    """Whether ``surname`` is written in the text before ``pos`` outside quotations."""
    at = text.rfind(surname, 0, pos)
    while at >= 0:
        q = bisect_right(quoted, (at, len(text) + 1)) - 1
        if not (q >= 0 and at < quoted[q][1]):
            return True
        at = text.rfind(surname, 0, at)
    return False


def _recent_person(people: _People, texts: list[str], spans_in: list[list[tuple[int, int]]],
                   block: int, pos: int, gender: str, role: str = "", skip: str = ""
                   ) -> _Person | None:
    """The person named most recently before ``(block, pos)`` outside quotations (with
    ``role``, the most recent one known to hold it: "the president" is not the critic who
    spoke last)."""
    budget = _LOOKBACK_CHARS
    fallback: _Person | None = None
    fallback_block = block
    looked = 0
    pending: list[str] = []
    pending_block = block + 1  # (where the first of them is named)
    unsexed: _Person | None = None
    unsexed_block = block
    fallback_sexed = False
    for b in range(block, max(-1, block - _LOOKBACK_BLOCKS), -1):
        if unsexed is not None and unsexed_block - b > 1:
            return fallback if fallback_sexed else unsexed  # (a woman named before it in
            # its paragraph, passed over while a surname was pending: "Halcrow, 54, … Her
            # fiddles … from Glasgow to Nashville … Aly Moar’s Winter Voar")
        candidates = people.runs_of(b, texts, spans_in)
        text = texts[b]
        end = pos if b == block else len(text)
        lo = max(0, end - budget)
        budget -= end - lo
        last_before = bisect_left(candidates, (end, "")) - 1
        for k in range(last_before, -1, -1):
            at, run = candidates[k]
            looked += 1
            if at < lo or looked > _LOOKBACK_RUNS:
                break
            if not run:
                continue
            person = people.mention(run)
            if person is None:
                # "Doyle fired back.": a surname not learned yet; a full name further back
                # ("Police Commissioner Frank Doyle") may explain it.
                if fallback is None and " " not in run and run.lower() not in _NOT_NAMES \
                        and run not in _NATIONALITIES and not (  # (not "Scottish folk album")
                            run.endswith("ing") and text[at + len(run):at + len(run) + 6]
                            .split(None, 1)[:1] in (["on"], ["in"], ["to"], ["at"], ["the"])
                ) and not run.rpartition("-")[2].islower() and not (
                    gender in "mf" and _after_place_preposition(text, at)
                ) and not people.in_lower_case(run, texts):
                    # (nor "Writing on X", "Speaking to reporters": a participle opening;
                    # nor "Water is what she worries about", a word written in lower case too)
                    pending.append(_strip_possessive(run.rstrip(".")))
                    pending_block = min(pending_block, b)
                continue
            sex = person.gender or _first_name_sex(person.name.split(None, 1)[0]) \
                if gender in "mf" else ""
            if sex and sex != gender or skip and person.name == skip or \
                    not sex and gender in "mf" and _after_place_preposition(text, at):
                # (nor, for "he" or "she", someone of no known sex where places and bands
                # stand: "on Saturday nights with the Calder Valley Stompers", "to Portland")
                continue  # (a man for "she", by what the text or his given name says)
            sexed = sex == gender
            if role and not any(t.endswith(role) or role.endswith(t) for t in person.titles):
                continue
            if gender in "mf" and not sex and " " in person.name and not pending and \
                    person.name.split(None, 1)[0] not in _EITHER_NAMES:
                # "Denise Ashworth managed Fellside Lodge …. “…,” she said": a name with no
                # given name the lists know (a home, a band, a firm, or someone) gives way
                # to a woman named in this paragraph or the one before; failing her, it is
                # the one meant. (A given name of either sex, "Dana Ruiz", is someone's.)
                if unsexed is None:
                    unsexed, unsexed_block = person, b
                continue
            if person.name.split()[-1] in pending:
                return person
            if fallback is None and pending and pending_block == block > b and (
                    first := _word_before_surname(texts, b, pending[0], _SURNAME_REACH)
            ) is not None and (sex := _first_name_sex(first)) and gender in (sex, "?"):
                # "Reid himself was more modest. “…,” the striker told …": the surname this
                # paragraph names, whose full name ("Callum Reid’s strike") is further back
                # than the lookback, not someone named in between.
                return people.learn(f"{first} {pending[0]}")
            if fallback is None:
                if unsexed is not None and unsexed_block == block > b and not pending:
                    return unsexed  # (named in the pronoun's own paragraph: "Maïté Larrouy
                    # est née ici. … », dit-elle", not a woman named before it)
                fallback, fallback_block, fallback_sexed = person, b, sexed
                if not pending:
                    return person
            elif fallback_block - b > 1:
                return fallback  # the surname's full name is not that far back
        if budget <= 0 or looked > _LOOKBACK_RUNS:
            break
    if fallback is not None:
        return fallback
    if unsexed is not None:
        return unsexed
    if role:
        return None
    last = people.last
    if last is not None and (gender not in "mf" or not last.gender or last.gender == gender) \
            and not (skip and last.name == skip):
        return last
    last, learned = people.last_of.get(gender, (None, 0))
    if last is not None and last.gender == gender and not (skip and last.name == skip) and \
            block - learned <= 3 * _LOOKBACK_BLOCKS:
        return last  # (further back than the pronoun looks, the last one it can mean)
    return None


def _after_place_preposition(text: str, at: int) -> bool:
    """Whether the word before ``at`` is a preposition of place or company, with an article
    or not ("with the Calder Valley Stompers", "back to Portland", "in den Westen")."""
    before = text[max(0, at - 16):at].split()
    if before[-1:] and before[-1] in _ARTICLES_ONLY:
        before = before[:-1]
    return bool(before) and before[-1] in _PLACE_OR_COMPANY_PREPS


_PLACE_OR_COMPANY_PREPS = _PLACE_PREPS | _words("to with for")


def _word_start_after(text: str, lo: int, hi: int) -> int:
    """``lo``, or past the rest of the word it cuts in two ("…tancy called Meridian": a
    window of fixed width must not make a word of half of one)."""
    while lo < hi and lo and text[lo - 1].isalnum() and text[lo].isalnum():
        lo += 1
    return lo


def find_quotes(document: Document) -> tuple[Quote, ...]:
    """Every quotation in the Document, in reading order."""
    return tuple(_to_quote(k, raw) for k, raw in enumerate(_find(document), 1))


def _to_quote(number: int, raw: _Raw) -> Quote:
    return Quote(number, raw.start, raw.end, raw.kind, raw.text, raw.speaker)  # type: ignore[arg-type]


def with_quotes(document: Document) -> Document:
    """The Document with its quotations found and their spans marked (``Span.quote``,
    and ``qmark`` on the marks themselves)."""
    raws = _find(document)
    quotes = tuple(_to_quote(k, raw) for k, raw in enumerate(raws, 1))
    if not quotes:
        return replace(document, quotes=())
    texts = document.block_texts()
    # Per block: painted ranges (start, end, id), block quotations first so that a quotation
    # in marks inside one paints over it; and the offsets of mark characters.
    paint: dict[int, list[tuple[int, int, int]]] = {}
    marks: dict[int, set[int]] = {}
    for quote, raw in zip(quotes, raws, strict=True):
        (b0, s0), (b1, s1) = quote.start, quote.end
        for b in range(b0, b1 + 1):
            lo = s0 if b == b0 else 0
            hi = s1 if b == b1 else len(texts[b])
            if hi > lo:
                paint.setdefault(b, []).append((lo, hi, quote.id))
        for b, offset in raw.marks:
            marks.setdefault(b, set()).add(offset)
    for ranges in paint.values():
        if len(ranges) > 1:
            ranges.sort(key=lambda r: (0 if quotes[r[2] - 1].kind == "block" else 1, r[0]))

    def change(index: int, spans: Spans) -> Spans:
        return _split(spans, paint[index], marks.get(index, set()), len(texts[index]))

    return replace(document, blocks=_map_painted(document.blocks, paint, change), quotes=quotes)


def _map_painted(blocks: tuple[Block, ...], painted: dict[int, list[tuple[int, int, int]]],
                 change: Callable[[int, Spans], Spans]) -> tuple[Block, ...]:
    """Like ``map_text_blocks`` (same numbering of text blocks), but ``change`` runs only on
    the painted blocks, and every block holding none of them is returned as the same object:
    most blocks of an article hold no quotation, and rebuilding them costs more than the
    quotations themselves."""
    counter = 0

    def walk(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        nonlocal counter
        out: list[Block] | None = None
        for k, block in enumerate(blocks):
            new: Block = block
            if isinstance(block, _TEXT_BLOCKS):
                if counter in painted:
                    new = replace(block, spans=change(counter, block.spans))
                counter += 1
            elif isinstance(block, BlockQuote):
                inner = walk(block.blocks)
                if inner is not block.blocks:
                    new = BlockQuote(inner)
            elif isinstance(block, ListBlock):
                items = [walk(item) for item in block.items]
                if any(a is not b for a, b in zip(items, block.items, strict=True)):
                    new = replace(block, items=tuple(items))
            elif isinstance(block, Figure) and block.caption:
                if counter in painted:
                    new = replace(block, caption=change(counter, block.caption))
                counter += 1
            elif isinstance(block, Table):
                first = counter
                counter += sum(len(row) for row in block.rows)
                if any(at in painted for at in range(first, counter)):
                    at = first
                    rows = []
                    for row in block.rows:
                        cells = []
                        for cell in row:
                            cells.append(change(at, cell) if at in painted else cell)
                            at += 1
                        rows.append(tuple(cells))
                    new = replace(block, rows=tuple(rows))
            if new is not block:
                if out is None:
                    out = list(blocks[:k])
                out.append(new)
            elif out is not None:
                out.append(block)
        return blocks if out is None else tuple(out)

    return walk(blocks)


_QMARK: dict[frozenset[str], frozenset[str]] = {}



def _segments(ranges: list[tuple[int, int, int]], marks: set[int]
              ) -> list[tuple[int, int, int, bool]]:
    """``(start, end, quote id, is a mark)`` for the quoted parts of one block, in order.
    Later ranges paint over earlier ones (a quotation in marks over its block quotation)."""
    # (Ranges that start together overlap, so sorting whole tuples orders the others by
    # their start alone.)
    ordered = sorted(ranges)
    overlapping = len(ordered) > 1 and any(
        a[1] > b[0] for a, b in zip(ordered, ordered[1:], strict=False))
    if overlapping:
        points = sorted({p for lo, hi, _ in ranges for p in (lo, hi)})
        labels: list[int | None] = [None] * (len(points) - 1)
        index = {p: k for k, p in enumerate(points)}
        for lo, hi, qid in ranges:
            for k in range(index[lo], index[hi]):
                labels[k] = qid
        ordered = [(points[k], points[k + 1], q) for k, q in enumerate(labels) if q is not None]
    out: list[tuple[int, int, int, bool]] = []
    inside = sorted(marks)
    m = 0
    for lo, hi, qid in ordered:
        pos = lo
        while m < len(inside) and inside[m] < lo:
            m += 1
        while m < len(inside) and inside[m] < hi:
            at = inside[m]
            if at > pos:
                out.append((pos, at, qid, False))
            out.append((at, at + 1, qid, True))
            pos = at + 1
            m += 1
        if hi > pos:
            out.append((pos, hi, qid, False))
    return out


def _split(spans: Spans, ranges: list[tuple[int, int, int]], marks: set[int], length: int
           ) -> Spans:
    """The spans cut at quotation boundaries and mark characters, labelled; a span that no
    quotation touches is kept as it is."""
    segments = _segments(ranges, marks)
    out: list[Span] = []
    offset = 0
    k = 0
    count = len(segments)
    for span in spans:
        text = span.text
        end = offset + len(text)
        while k < count and segments[k][1] <= offset:
            k += 1
        if k == count or segments[k][0] >= end:
            out.append(span)
            offset = end
            continue
        pos = offset
        j = k
        while j < count and segments[j][0] < end:
            lo, hi, qid, mark = segments[j]
            a = lo if lo > offset else offset
            b = hi if hi < end else end
            if a > pos:
                out.append(Span(text[pos - offset:a - offset], span.styles, span.link,
                                span.quote))
            styles = span.styles
            if mark:
                styles = _QMARK.get(styles) or _QMARK.setdefault(styles, styles | {"qmark"})
            out.append(Span(text[a - offset:b - offset], styles, span.link, qid))
            pos = b
            if hi > end:
                break
            j += 1
        if pos < end:
            out.append(Span(text[pos - offset:], span.styles, span.link, span.quote))
        offset = end
    return tuple(out)
