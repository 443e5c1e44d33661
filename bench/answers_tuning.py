"""Tuning figures for issue 15 (extractive), on the sets the answers work was tuned on:
demo/eval/answers.jsonl (design, tuning, blind), demo/eval/answers_tuning2.jsonl and
demo/eval/answers_tuning3.jsonl (issue 15 shapes: relative clauses, apps, payment methods, organs),
demo/eval/answers_tuning4.jsonl ("did X happen in Y": a subject and a place that never meet),
demo/eval/answers_tuning5.jsonl (issue 15 shapes over two domains: the demo corpus and the real
public text of demo/eval/realcases, so it is asked of a hub holding both, as the held-out sets are),
demo/eval/answers_tuning6.jsonl (round 9: paraphrased answerable questions and close misses: a
covered topic in an uncovered place, an uncovered sector in a covered country, absent names and
periods; same two domains),
demo/eval/answers_tuning7.jsonl (round 10: answerable ILAB questions whose focus words the
profiles hold in another form: country adjectives, British spellings, synonyms, goods names;
and unanswerable ones in the same register; realcases domain),
demo/eval/answers_tuning8.jsonl (round 12: 60 answerable questions over both domains whose focus
words the sources hold only as a synonym, hypernym/hyponym or other form: "deckhands" / "crew",
"rubbish tips" / "garbage dumps"; 40 unanswerable ones in the same register: absent topics,
absent years, common words used distinctively),
demo/eval/answers_tuning9.jsonl (round 13: 63 answerable and 40 unanswerable questions over both
domains in registers the others lack: imperatives, bare keywords, "anything on", "do our files",
who/where/when/how many/how much/why/how, chatty lowercase, dash topics),
demo/eval/answers_tuning10.jsonl (round 14: 25 unanswerable questions over both domains about an
absent topic of common words, an absent year or period, an absent person or organisation name;
26 answerable ones that paraphrase their passage's key phrase),
demo/eval/answers_tuning11.jsonl (round 15: 26 answerable "how many" and "did X happen in Y"
questions over both domains, paraphrased; 16 unanswerable ones of the same shapes about an absent
thing, and questions naming a person no source names),
demo/eval/answers_tuning16.jsonl (round 16: 47 answerable questions over both domains that count
nouns in other words, compare two terms, or quote names written otherwise than the sources; 24
unanswerable near misses of common words, absent names and comparisons of absent terms),
demo/eval/answers_tuning17.jsonl (round 17: 14 answerable questions over both domains naming a
company, venue, operation or programme the sources hold, which the question's redaction may take
for a person; 8 unanswerable ones naming an organisation or person no source holds),
demo/eval/answers_tuning18.jsonl (round 18: 24 answerable questions over both domains whose
asked-for noun a passage says in other words, which quote a name a chunk holds, or ask a count,
date, role, amount or place; 15 unanswerable near misses of common words and absent names),
demo/eval/answers_tuning19.jsonl (round 19: 24 answerable demo-corpus questions in new templates
whose asked-for noun a passage says in other words ("craft" / "scallop boat") or which quote a
place the question's redaction may take for a name; 16 unanswerable ones about absent topics,
asked-for nouns and places),
demo/eval/answers_tuning20.jsonl (round 20: 52 answerable questions over both domains in frames
no earlier set had ("is there evidence that", "do any of the sources discuss", "can you find a
case in which", "I'm looking for the record of", "which source tells of"), quoted and bare
names, two-part questions and comparisons; 24 unanswerable ones in the same frames about things
no document mentions),
demo/eval/answers_tuning21.jsonl (round 21: 64 answerable demo-corpus questions in frames no
earlier set had ("according to our records", "remind me", "summarise what became of", "is it
true that", "confirm whether", "by what means", "for what reason", "point me to", "I recall a
report of"), most of them naming the asked-for thing in other words than their passage (a
hypernym, synonym or paraphrase: "vehicle" / "lorry", "place of worship" / "temple", "bedding" /
"mattress"); 27 unanswerable ones in the same frames about things no document mentions),
demo/eval/answers_tuning22.jsonl (round 22: 63 answerable questions, 57 demo and 6 realcases,
whose passage names an instance of the asked-for noun: "which relative" / "uncle", "what
vehicle" / "minibus", "which drugs" / "heroin", "which livestock" / "cattle"; 29 unanswerable
ones asking for a kind of thing their case names no instance of).

    .venv/bin/python bench/answers_tuning.py [-v] [--answerable] [--sets tuning2]
    .venv/bin/python bench/answers_tuning.py \
        --sets tuning5,tuning6,tuning7,tuning8,tuning9,tuning10,tuning11 [--hub DIR]

tuning5 to tuning22 need the realcases domain: with it (or with --hub) every set is
asked of a demo + realcases hub built by bench/heldout.py (reused from DIR, default
bench/results/demo-realcases); figures are then per set and domain.

Per set: unanswerable declined or flagged; answerable flagged (or declined); share of quotes
from a gold source (prec); first quote from a gold source (first); a gold source cited
(right); valid citations; extractive time; and the focus check's false alarms on the 64
answerable questions of demo/eval/retrieval.jsonl. A progress check, not a result: the
held-out figures come from bench/answers.py --set heldout.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.answers import citation_ok
from bench.common import (
    REPO,
    WORK,
    answer_tuning_questions,
    demo_hub,
    load_jsonl,
    median,
    pct,
    principal,
)
from bench.heldout import temporary_hub

ap = argparse.ArgumentParser()
ap.add_argument("--verbose", "-v", action="store_true")
ALL_SETS = "design,tuning,blind,tuning2,tuning3,tuning4"
ap.add_argument("--sets", default=ALL_SETS)
ap.add_argument("--only", default="")
ap.add_argument("--answerable", action="store_true")
ap.add_argument("--hub", type=Path, help="A demo + realcases hub to build or reuse (tuning5).")
args = ap.parse_args()
REALCASES_SETS = {
    "tuning5",
    "tuning6",
    "tuning7",
    "tuning8",
    "tuning9",
    "tuning10",
    "tuning11",
    "tuning16",
    "tuning17",
    "tuning18",
    "tuning19",
    "tuning20",
    "tuning21",
    "tuning22",
}
if args.hub is None and REALCASES_SETS & set(args.sets.split(",")):
    args.hub = WORK / "demo-realcases"
if args.hub is not None:
    lens = temporary_hub(realcases=True, keep=args.hub).__enter__()
else:
    lens = demo_hub("demo-torch")
user = principal(lens, "ana")
qs = answer_tuning_questions()
qs = [q for q in qs if q.get("set") in args.sets.split(",")]
if args.answerable:
    qs = [q for q in qs if q["answerable"]]
if args.only:
    qs = [q for q in qs if args.only.lower() in q["question"].lower()]
lens.answerer.ask("warm up question about nail bars", user, mode="extractive")
by = {}
times = []


def add(s, k, v):
    by.setdefault(s, {}).setdefault(k, []).append(v)


for q in qs:
    t0 = time.perf_counter()
    a = lens.answerer.ask(q["question"], user, mode="extractive")
    times.append((time.perf_counter() - t0) * 1e3)
    s = q["set"] + (f"/{q['domain']}" if "domain" in q else "")
    outright = a.mode == "no_evidence"
    flagged = bool(a.not_mentioned)
    refs = [c["source_ref"] for c in a.citations]
    if q["answerable"]:
        gold = set(q["source_refs"])
        add(s, "flagged", flagged or outright)
        add(s, "right", bool(set(refs) & gold))
        if refs:
            add(s, "first", refs[0] in gold)
            for r in refs:
                add(s, "prec", r in gold)
        add(s, "valid", citation_ok(lens, a, user) and bool(a.citations))
        bad = flagged or outright or not refs or refs[0] not in gold
    else:
        add(s, "declined", flagged or outright)
        if a.citations:
            add(s, "valid", citation_ok(lens, a, user))
        bad = not (flagged or outright)
    if args.verbose and bad or args.only:
        print(
            "✗" if bad else "✓",
            "A" if q["answerable"] else "U",
            q["question"],
            "|",
            a.mode,
            a.not_mentioned,
            f"{times[-1]:.0f}ms",
        )
        if args.only or q["answerable"]:
            print("   gold:", q["source_refs"])
            print("   " + a.answer.replace("\n", "\n   ")[:1500])
            print("   refs:", refs)


def sh(v):
    return f"{sum(v) / len(v):.3f} ({sum(v)}/{len(v)})" if v else "-"


tot = {}
for s, f in by.items():
    print(f"{s:18s} " + "  ".join(f"{k}={sh(v)}" for k, v in sorted(f.items())))
    for k, v in f.items():
        tot.setdefault(k, []).extend(v)
print(f"{'ALL':18s} " + "  ".join(f"{k}={sh(v)}" for k, v in sorted(tot.items())))
print(f"time p50 {median(times):.0f} ms p95 {pct(times, 95):.0f} ms")
if not args.only and not args.answerable and args.sets == ALL_SETS:
    rq = load_jsonl(REPO / "demo/eval/retrieval.jsonl")
    fl = 0
    for q in rq:
        f = lens.answerer.retrieve(q["question"], principal(lens, q["as"]))
        if f.not_mentioned or f.mode != "retrieved":
            fl += 1
            if args.verbose:
                print("  retrieval-set flagged:", q["question"], f.not_mentioned, f.mode)
    print(f"retrieval set flagged/declined {fl}/{len(rq)}")
