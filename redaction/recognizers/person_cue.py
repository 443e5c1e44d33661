"""Person names that a cue introduces: titles ("Mr", "Madam", "Boss"), naming verbs
("called", "known as"), roles ("the suspect", "her cousin") and form labels ("Name:").

The small spaCy model misses many names that are not English (or tags them ORG); a cue
before a capitalised word is strong evidence that it is a person. Countries, cities and
nationalities caught this way are released again by the person guard.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.gazetteer import (
    ADDRESS_WORDS,
    DEMONYMS,
    FAMILY_NOUNS,
    PERSON_ROLES,
    PERSON_TITLES,
    POLICE_RANKS,
    WORK_NOUNS,
    split,
)
from redaction.recognizers.contextual import ContextPatternRecognizer
from redaction.recognizers.virtue_names import PATTERN as VIRTUE_NAME

# A capitalised word (any script) with at least one lower-case letter: "Mai", "Al-Hassan".
# Bounded repeats: an unbounded look-ahead made a long run of capitals quadratic.
_NAME = r"\p{Lu}(?=[\p{L}\p{M}'’-]{0,40}\p{Ll})[\p{L}\p{M}'’-]{0,40}[\p{L}\p{M}]"
_PARTICLE = (
    r"(?:al|el|bin|binti|bint|ibn|abu|van|von|de|da|del|della|di|du|dos|das|la|le|der|den"
    r"|los|las)"
)
# Up to two particles between name words: "María José de la Cruz", "Pieter van der Berg".
NAMES = rf"{_NAME}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME}){{0,3}}"

NAMING = (
    r"named|called|calls himself|calls herself|calling himself|calling herself|known as"
    r"|known only as|known to [\w ]{1,20}? as|referred to as|name is|name was|names are"
    r"|names were|alias|aka|a\.k\.a\.|nicknamed|knew (?:him |her |them )?(?:only )?as"
    r"|introduced himself as|introduced herself as|goes by|went by|signed as"
    r"|(?:they|we|people|everyone|everybody) calls?"
    # The same in other languages: "s'appelait Ibrahima", "bernama Hendra", "Меня зовут".
    r"|s['’]appel(?:le|ait)|nommée?|llamad[oa]|se llama(?:ba)?|me llamo|mi nombre es"
    r"|chamad[oa]|se chama(?:va)?|meu nome é|bernama|nama saya|tên là|numele meu este"
    r"|nazywam się|nazywa się|зовут|ako si|quhem|quhet|heißt|namens|genannt"
)
PERSONAL_OF = (
    "statement of|interview with|testimony of|trafficked by|recruited by|exploited by"
    "|accompanied by|married to|belonging to|issued to|sold to|handed to|daughter of|son of"
    "|wife of|husband of"
)

TITLES = PERSON_TITLES.strip().replace("\n", "")
ADDRESS = ADDRESS_WORDS.strip().replace("\n", "")
# Form fields whose value is a person ("Directed by: ...", "Caller: ...").
FORM_LABELS = (
    "last name|family name|middle name|maiden name|nickname|alias|caller|contact person"
    "|contact name|victim|survivor|suspect|defendant|accused|offender|witness|complainant"
    "|directed by|produced by|written by|signed by|prepared by|reported by|interviewed by"
    "|case worker|caseworker|case officer|next of kin|account holder|card holder|cardholder"
    "|beneficiary name|recruiter|trafficker|landlord|employer name|attn"
)
ROLES = PERSON_ROLES.strip().replace("\n", "")
SPEECH_VERBS = (
    "told|tells|said|says|explained|recalled|alleged|disclosed|admitted|stated|claimed"
    "|described|remembers|remembered|insisted|denied|testified|confirmed"
)
_START = r"(?<![\p{L}\p{M}'’-])"
_KIN = (
    "uncle|aunt|kid|kids|baby|child|children|mum|mom|dad|daughters|sons|grandmother"
    "|grandfather|grandson|granddaughter|stepson|stepdaughter|stepmother|stepfather"
)
_PEOPLE = (
    "founders|co-founders|suspects|victims|survivors|defendants|accused|employees|workers"
    "|traffickers|recruiters|witnesses|passengers|speakers|authors|drivers|sons|daughters"
    "|children|siblings"
)
_CAPS_TITLES = "mr|mrs|ms|miss|mx|dr|madam|madame|mister|sir"
_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}'’-]{1,30}"
# "Driver: I'm outside": a speaker's words, no name.
_CONTRACTION = r"(?i:i|it|we|you|they|he|she|that|there|what|who|don|can|won|didn|isn|let)['’]"
# Roles of people (never of a business: no "employer", "owner", "client", "agent") as labels.
_FIELD_ROLES = (
    "driver|supervisor|interpreter|translator|tenant|landlady|controller|mother|father|husband"
    "|wife|brother|sister|cousin|nephew|niece|son|daughter|partner|boyfriend|girlfriend|friend"
    "|manager|foreman|guard|cook|nanny|housekeeper|smuggler|pimp|courier|lookout|passenger"
    "|applicant|claimant|neighbour|neighbor|colleague|fixer|accomplice|co-accused|carer|uncle"
    "|aunt|guardian|parent|relative|escort|handler|boss|chaperone|grandmother|grandfather"
)
# "Workers interviewed: Annette, Döner": what was done to the people a list heads.
_PEOPLE_DONE = (
    "interviewed|present|found|identified|rescued|named|arrested|involved|questioned|seen"
    "|charged|detained|listed|removed|recovered"
)
_DEMONYM = "|".join(sorted(split(DEMONYMS), key=len, reverse=True))

PATTERNS = [
    Pattern("title + name", rf"(?<!\w)(?i:{TITLES})\.?[ \t]+(?P<value>{NAMES})", 0.65),
    # Kin words and forms of address of other languages: "tía Rosa", "Bác Hùng".
    Pattern("address word + name", rf"{_START}(?i:{ADDRESS})[ \t]+(?P<value>{NAMES})", 0.65),
    # A nickname may keep its article: "they call el Chino", "known as la Güera".
    Pattern(
        "naming verb + name",
        rf"(?<!\w)(?i:{NAMING})[ \t]+['\"‘“]?(?P<value>(?:(?:el|la|le)[ \t]+)?{NAMES})",
        0.65,
    ),
    Pattern("role + name", rf"(?<!\w)(?i:{ROLES})(?:'s)?[ \t]*,?[ \t]+(?P<value>{NAMES})", 0.5),
    Pattern("of/by + name", rf"(?<!\w)(?i:{PERSONAL_OF})[ \t]+(?P<value>{NAMES})", 0.5),
    # Appositions that only people get: "Layla Mansour, Syrian," / "Sita Gurung, 19,".
    Pattern(
        "name, nationality",
        rf"{_START}(?P<value>{NAMES})[ \t]*(?:,[ \t]+|\([ \t]*)(?:an?[ \t]+)?(?:{_DEMONYM})"
        rf"(?![\p{{L}}])",
        0.5,
    ),
    Pattern(
        "name, age",
        rf"{_START}(?P<value>{NAMES})[ \t]*(?:,[ \t]*|\()(?:aged[ \t]+)?\d{{1,2}}[ \t]*[,)]",
        0.5,
    ),
    Pattern(
        "name, a N-year-old",
        rf"{_START}(?P<value>{NAMES}),?[ \t]+(?:(?:is|was)[ \t]+)?an?[ \t]+"
        r"\d{1,2}[- ]year[- ]old",
        0.5,
    ),
    # Two or more name words before a verb of speech: "Precious Igbinovia told ...".
    Pattern(
        "full name + verb of speech",
        rf"{_START}(?P<value>{_NAME}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME}){{1,3}})[ \t]+"
        rf"(?:{SPEECH_VERBS})\b",
        0.45,
    ),
    # Contact instructions: "Call Grace Obi on +44 ...", "contact Mr Lin at ...".
    Pattern(
        "contact verb + name + on/at",
        rf"(?<!\w)(?i:call|contact|text|phone|ring|message|e-?mail|whatsapp|ask for)[ \t]+"
        rf"(?P<value>{NAMES})(?=[ \t]+(?:on|at|via)\b)",
        0.6,
    ),
    Pattern(
        "form label",
        rf"(?<!\w)(?i:name|full name|surname|first name|given names?|forename|aka|"
        rf"{FORM_LABELS})"
        rf"[ \t]*[:=][ \t]*(?P<value>{NAMES})",
        0.7,
    ),
]

# Letters, e-mails and chats: "Dear Ana Souza,", "Hi Tomasz!", "Regards,\nKofi Mensah".
PATTERNS.append(
    Pattern(
        "greeting + name",
        rf"(?<![\p{{L}}])(?i:dear|hi|hello|hey|hiya|good morning|good evening|greetings)[ \t]+"
        rf"(?P<value>{NAMES})(?=[ \t]*[,!:\n]|[ \t]*$)",
        0.6,
    )
)
PATTERNS.append(
    Pattern(
        "sign-off + name",
        rf"(?<![\p{{L}}])(?i:regards|best regards|kind regards|sincerely|yours sincerely"
        rf"|yours faithfully|thanks|thank you|cheers|best wishes|best|love|signed|sent by)"
        rf"[ \t]*[,.!-]?[ \t]*\n?[ \t]*(?P<value>(?:\p{{Lu}}\.[ \t]?){{0,2}}{NAMES})"
        r"(?=[ \t]*(?:\n|$|[,.]))",
        0.55,
    )
)
# "She named him Ngeni", "they called her Precious": a naming verb and its object.
PATTERNS.append(
    Pattern(
        "naming verb + pronoun + name",
        rf"(?<!\w)(?i:named|called|calls|call|nicknamed|christened)[ \t]+"
        rf"(?i:him|her|them|me|the baby|the child|the girl|the boy)[ \t]+(?P<value>{NAMES})",
        0.65,
    )
)
# "Mercy's husband Lucky", "Choque's wife, Rosa,": a possessive kin noun before a name is a
# strong cue, even for a name that is an English word or a town ("Lucky", "Rosa"), which the
# weak role cue leaves alone. A comma after the kin noun needs a stop after the name.
_KIN_NOUNS = (
    "husband|wife|son|daughter|brother|sister|cousin|nephew|niece|aunt|auntie|uncle|mother"
    "|father|mum|mom|dad|stepson|stepdaughter|stepmother|stepfather|grandson|granddaughter"
    "|grandmother|grandfather|boyfriend|girlfriend|fiancé|fiancée"
)
_POSSESSOR = r"(?:['’]s|(?<![\p{L}])(?i:his|her|my|our|their|your))"
_KIN_AGE = r"(?:(?i:older|younger|elder|little|big|eldest|youngest|late|step)[ \t]+)?"
PATTERNS.append(
    Pattern(
        "kin + name",
        rf"{_POSSESSOR}[ \t]+{_KIN_AGE}(?i:{_KIN_NOUNS})(?:[ \t]+(?P<value>{NAMES})"
        rf"|[ \t]*,[ \t]*(?P<value>{NAMES})(?=[ \t]*[,.;]))(?![\p{{L}}])",
        0.6,
    )
)
# "Blessing, another girl, told me", "Adelaide, their aunt, paid": a name opening a sentence
# with an apposition that names a person's kind.
PATTERNS.append(
    Pattern(
        "name, apposition",
        rf"(?:^|(?<=[.!?][ \t]{{1,3}})|(?<=\n))(?P<value>{NAMES})(?=,[ \t]+"
        rf"(?i:another|a|an|his|her|my|our|their|the)[ \t]+(?:[\p{{L}}-]+[ \t]+)?"
        rf"(?i:{_KIN_NOUNS}|girl|boy|woman|man|lady|friend|worker|neighbou?r|colleague)"
        rf"(?![\p{{L}}])[^,\n]{{0,25}},)",
        0.6,
    )
)
# "a man, Honest, took", "One worker, Precious, told": a person noun, a comma and a name set
# off by a stop.
PATTERNS.append(
    Pattern(
        "person noun, name",
        rf"(?<![\p{{L}}])(?i:a|an|another|one|the)[ \t]+(?:(?i:young|little|old|older|tall|"
        rf"short|second|third|local)[ \t]+)?(?i:girl|boy|woman|man|lady|worker|friend|"
        rf"neighbou?r|colleague|guy)[ \t]*,[ \t]*(?P<value>{NAMES})(?=[ \t]*[,.;])",
        0.6,
    )
)
# "the Tesař novel", "a Léon Rousseau concert": a work named after its maker.
PATTERNS.append(
    Pattern(
        "work named after a person",
        rf"(?<![\p{{L}}])(?i:the|a|an)[ \t]+(?P<value>{NAMES})(?:['’]s)?[ \t]+"
        rf"(?i:{WORK_NOUNS})(?![\p{{L}}])",
        0.5,
    )
)
# "the Doyle brothers", "the Kaufman House": a family's name.
PATTERNS.append(
    Pattern(
        "the <name> family/brothers/house",
        rf"(?<![\p{{L}}])(?i:the)[ \t]+(?P<value>{_NAME}(?:[ \t]+{_NAME})?)(?:['’]s)?[ \t]+"
        rf"(?i:{FAMILY_NOUNS})(?![\p{{L}}])",
        0.6,
    )
)
# "Haddad's driver", "Mokoena's uncle": a possessive before a person's role.
PATTERNS.append(
    Pattern(
        "<name>'s + role",
        rf"{_START}(?P<value>{_NAME})['’]s[ \t]+(?:(?i:{ROLES}|{TITLES})|{_KIN})(?![\p{{L}}])",
        0.55,
    )
)
# Case names: "USA v. Ortega", "R v Smith", "Ortega v. State"; not an office ("R v Secretary
# of State for the Home Department", "R v Director of Public Prosecutions").
PATTERNS.append(
    Pattern(
        "case name: v. + name",
        rf"(?<=[\p{{L}}.][ \t]+)(?:v|vs|versus)\.?[ \t]+(?P<value>{NAMES})"
        r"(?![\p{L}\p{M}'’-]|[ \t]+of[ \t]+\p{Lu})",
        0.7,
    )
)
# "UNITED STATES v. DEMIR": a party in capitals after "v." (the guard keeps states, places).
PATTERNS.append(
    Pattern(
        "case name: v. + name in capitals",
        r"(?<=[\p{L}.][ \t]+)(?:v|vs)\.?[ \t]+(?P<value>\p{Lu}[\p{Lu}\p{M}'’-]{2,30})"
        r"(?![\p{L}\p{M}.])",
        0.7,
    )
)
# "her controller (Min-jun Kim)", "the driver (Ortega)": a person's role and the name in
# brackets after it.
PATTERNS.append(
    Pattern(
        "role + (name)",
        rf"(?<![\p{{L}}])(?i:the|his|her|their|my|our|your|a|an)[ \t]+(?:[\p{{L}}-]+[ \t]+)?"
        rf"(?i:{ROLES})[ \t]*\([ \t]*(?P<value>{NAMES})[ \t]*\)",
        0.6,
    )
)
# "Elena Ivanova (DOB unknown)", "Bogdan Marin (m, 29)": a name before its birth or age.
PATTERNS.append(
    Pattern(
        "name + (DOB, born, aged)",
        rf"{_START}(?P<value>{NAMES})[ \t]*\([ \t]*(?:(?i:dob|d\.o\.b\.?|born|b\.|aged)"
        rf"(?![\p{{L}}])|[mfMF][ \t]*,[ \t]*\d)",
        0.6,
    )
)
PATTERNS.append(
    Pattern(
        "subject of interest - name",
        rf"(?<![\p{{L}}])(?i:subject|person|persons|individual)[ \t]+of[ \t]+interest[ \t]*"
        rf"[-–:][ \t]*(?P<value>{NAMES})",
        0.6,
    )
)
# "Kim, 44, and Park, 39": two names, each with an age, joined by "and".
_AGED = r"[ \t]*,[ \t]*\d{1,2}(?![\d\p{L}])"
PATTERNS.append(
    Pattern(
        "two names with ages",
        rf"{_START}(?P<value>{_NAME}){_AGED}[ \t]*,?[ \t]+and[ \t]+"
        rf"(?=\p{{Lu}}[^,\n]{{0,40}}{_AGED})",
        0.6,
    )
)
PATTERNS.append(
    Pattern(
        "two names with ages",
        rf"(?<=(?<![\p{{L}}]){_NAME}{_AGED}[ \t]*,?[ \t]+and[ \t]+)(?P<value>{_NAME})(?={_AGED})",
        0.6,
    )
)
PATTERNS.append(
    Pattern(
        "case name: name + v.",
        rf"{_START}(?P<value>{NAMES})[ \t]+(?:v|vs)\.[ \t]+\p{{Lu}}",
        0.6,
    )
)

# "founders: Kamau, Krittayanukoon and Đurinić": every name of a list that people head.
PATTERNS.append(
    Pattern(
        "list of people after a colon",
        rf"(?<=(?<![\p{{L}}])(?i:{_PEOPLE})(?:[ \t]+(?i:{_PEOPLE_DONE}))?[ \t]*:[ \t]*"
        rf"(?:{_NAME}[ \t]*(?:,[ \t]*(?:and[ \t]+)?|(?:and|&)[ \t]+)){{0,6}})"
        rf"(?P<value>{_NAME})(?=[ \t]*(?:,|and\b|&|\.|;|$|\n))",
        0.55,
    )
)
# "DC Touil, DS Madan": a police rank before a surname (case-sensitive: "pc" is a word).
PATTERNS.append(
    Pattern(
        "police rank + name",
        rf"(?<![\p{{L}}])(?:{POLICE_RANKS})\.?[ \t]+(?P<value>{NAMES})",
        0.6,
    )
)
# "Driver: Okello Odongo", "Supervisor: Zenobia Nistor": a form field named by a person's
# role (the form-label pattern holds the legal roles). A weak cue: "Driver: Took us" stays.
PATTERNS.append(
    Pattern(
        "role + colon + name",
        rf"(?<![\p{{L}}])(?i:{_FIELD_ROLES})[ \t]*:[ \t]*(?!{_CONTRACTION})(?P<value>{NAMES})",
        0.6,
    )
)
# "told police that Anaïs Provost had gone": two or three name words after "that" before a
# verb. A weak cue: "that Western Union had" stays.
PATTERNS.append(
    Pattern(
        "that + names",
        rf"(?<=(?<![\p{{L}}])(?i:that)[ \t]+)"
        rf"(?P<value>{_NAME}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME}){{1,2}})"
        rf"(?=[ \t]+(?:had|has|was|is|would|will|could|did|took|kept|sold|paid|brought|moved"
        r"|drove|owned|ran|recruited|threatened|hit|told|said|forced|sent)\b)",
        0.55,
    )
)
# "her name as Nonso, surname Nwosu": a name-part word without a colon.
PATTERNS.append(
    Pattern(
        "name-part word + name",
        rf"(?<![\p{{L}}])(?i:surname|family name|last name|maiden name|first name|given name"
        rf"|forename)[ \t]+(?:(?i:is|was)[ \t]+)?(?P<value>{NAMES})",
        0.6,
    )
)
# "Statement of MARGUS TÄHT, born in ...": two or more words in capitals after a cue that
# only people follow, in a text that is not all capitals (those are truecased first).
PATTERNS.append(
    Pattern(
        "of/by + name in capitals",
        rf"(?<![\p{{L}}])(?i:{PERSONAL_OF})[ \t]+"
        rf"(?P<value>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,3}})(?![\p{{L}}\p{{M}}])",
        0.55,
    )
)
# "JOIN ACCOUNTS WITH MS. CECEP": a title before a name in capitals.
PATTERNS.append(
    Pattern(
        "title + name in capitals",
        rf"(?<![\p{{L}}])(?i:{_CAPS_TITLES})\.?[ \t]+(?P<value>\p{{Lu}}[\p{{Lu}}\p{{M}}'’-]{{1,30}}"
        rf"(?:[ \t]+\p{{Lu}}[\p{{Lu}}\p{{M}}'’-]{{1,30}})?)(?![\p{{L}}])",
        0.6,
    )
)

PATTERNS.append(VIRTUE_NAME)  # "I spoke to Blessing": see redaction.recognizers.virtue_names
CONTEXT: list[str] = []


class PersonCueRecognizer(ContextPatternRecognizer):
    """PERSON: capitalised words after a title, a naming verb, a role or a form label."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name="person_cue",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )
