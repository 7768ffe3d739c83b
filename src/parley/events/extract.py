"""Find events in a parsed doc: who did what to whom, typed in PLOVER.

Rules over the dependency parse (UD relations, the shipped parser's):

- a trigger verb or a light-verb noun ("met", "held talks", "gave assurances") anchors an event;
  its subject is the source (the "by" agent of a passive), its object or "with"/"on"/"against"
  phrase the target; "X and Y met" gives X -> Y, "accusing each other" one event each way;
- the complement of a demand, agreement, rejection or accusation is what is asked or alleged,
  no event of its own; conjoined complements of a demand are one demand each;
- promises ("pledged to", "gave assurances that") and proposals ("a truce proposed by X") make
  events of their complement or object with mode promised or proposed;
- a clause with a condition ("Should Ukraine meet these conditions, hostilities will stop") in
  what someone said is that speaker's conditional offer (a threat when it is a harmful act);
- a clause that points back at an earlier act ("rejected these terms", "denied the accusation")
  targets whoever made it; with no target in the text, an act of one of the article's two main
  parties is aimed at the other;
- events in relative clauses ("Abiy, who signed a deal in 2018") are background and skipped.
"""

from __future__ import annotations

from parley.events.clauses import Draft, is_future, subject
from parley.events.context import Context
from parley.events.finder import Finder
from parley.events.settle import Settler

__all__ = ["Context", "Draft", "Finder", "Settler", "is_future", "subject"]
