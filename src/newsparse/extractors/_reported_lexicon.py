"""The reporting-cue lexicon and the word classes the reported-speech rules read.

Cue lemmas are listed once and inflected by rule (:func:`newsparse.cues.inflections`, with its
table of irregular verbs); :data:`CUE_FORMS`
maps every form to its lemma. The other sets are closed classes of English words (auxiliaries,
determiners, subordinators, time words, stance adjectives, ...) that decide where a source,
a cue and a content begin and end.
"""

from __future__ import annotations

from newsparse.cues import inflections


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(text.split())


STRIP = " \t\r\n.,;:!?-—–"


# Verbs that introduce an asserted proposition (a that-clause, an object clause or an object).
SPEECH_LEMMAS: frozenset[str] = word_set(
    """
    say tell add write note report announce suggest tweet argue explain declare claim insist
    admit deny warn confirm acknowledge boast brag believe think know predict promise vow
    pledge assert stress emphasize emphasise concede contend maintain allege charge complain
    reveal recall reply respond agree disclose estimate conclude fear hope expect worry show
    find indicate mention observe remark joke reiterate repeat testify post caution
    speculate imply signal affirm assure inform advise remind guess suspect feel realize
    realise recognize recognise understand learn hear doubt wonder ask question proclaim
    retort lament hint quip muse recount assume presume suppose imagine forecast calculate
    demonstrate blame accuse criticize criticise praise describe dismiss urge propose
    counter reckon decry specify underline underscore highlight insinuate grumble state
    continue answer shout chant email retweet quote echo read speak talk refer point publish
    release list name identify see appear seem opine posit surmise aver avow attest profess
    theorize implore plead beg gripe rant fret gloat exhort admonish beseech entreat
    yell scream exclaim whisper mutter holler shriek bellow
    """
)
# Verbs of the manner of speaking: cues only before a quotation, a colon or *that*, or
# after the quotation they end ("he yelled “You lie!”", "“Out!” she screamed"), since
# otherwise they report no words ("yelled at reporters")
QUOTATION_ONLY = word_set("yell scream exclaim whisper mutter holler shriek bellow")
# Verbs of stance towards an object: PolNeAR-style attributions of attitude ("X criticized Y").
ATTITUDE_LEMMAS: frozenset[str] = word_set(
    """
    criticize criticise slam blast attack mock denounce condemn assail lambaste chastise
    rebuke scold decry endorse support oppose reject defend praise hail applaud welcome
    thank tout embrace favor favour back challenge question dismiss call describe portray
    characterize characterise label cite urge demand request recommend propose seek
    want wish prefer plan threaten express voice discuss mention highlight acknowledge
    accept vow refuse decline consider regard view blame accuse target reference insist
    offer seek decide order determine rule vote encourage focus deem compare liken rail bemoan
    invoke celebrate knock dub rebuff credit champion attribute comment congratulate trumpet
    downplay outline promote clarify reaffirm chide advocate dispute deride detail
    document persuade convince link grill profile investigate tie lambast berate fault push
    aim devote touch expose unveil present articulate hammer resist paint feature share lobby
    protest spar clash pitch float love hate resent ignore apologize apologise discover examine
    balk downplay pan contrast reflect eschew require prohibit figure gloss extol laud commend
    salute lionize glorify vilify demonize disparage belittle smear malign excoriate castigate
    pillory skewer deplore ridicule lampoon scorn denigrate relish mourn regret shun spurn
    """
)
# Lemmas that are also common nouns: their base and -s forms count only after a subject-like
# word or before "that" ("the report shows" is a noun; "reports that" is a verb).
NOUNISH = word_set(
    """
    report note post claim charge question show hope fear doubt answer promise signal tweet
    counter forecast find add estimate muse repeat joke hint remark blame praise feel attack
    support call plan demand request vote view target back voice favor favour challenge
    reference wish welcome embrace label thank defend want need mock talk quote echo list
    name order rule release point focus offer state shout chant email continue comment
    document credit tie link profile detail outline knock rail champion fault dispute push
    aim touch feature share protest clash pitch float paint present love hate pan contrast
    figure require smear salute regret scorn relish boast blast guess hail hammer lament
    quip rant reply retort worry mention gloss grill slam trumpet suspect lobby retweet
    """
)
# Nouns of assertion: "Kyiv's acknowledgement that ...", "the claim that ...".
NOUN_CUES: frozenset[str] = word_set(
    """
    claim claims assertion assertions admission acknowledgement acknowledgment denial
    insistence statement announcement warning suggestion argument belief contention
    allegation allegations assurance assurances promise prediction estimate conclusion
    finding findings accusation accusations charge charges fear fears hope view boast
    confirmation report reports remark remarks comment comments declaration vow pledge
    """
)
# Nouns of stance that take an object after a possessive owner: "Kyiv's criticism of ...".
STANCE_NOUNS: frozenset[str] = NOUN_CUES | word_set(
    """
    criticism criticisms decision complaint complaints opposition support call calls demand
    demands plan plans proposal proposals pledge pledges position comments remarks
    acknowledgement endorsement rejection defense defence praise attacks attack
    """
)
STANCE_LINKS = word_set("that of to on for about against")
# Participles after a comma ("..., saying ...") take the main clause's subject as source.
SUBJECT_WORDS = word_set("i you he she it we they who")
OBJECT_PRONOUNS = word_set("me him her us them")
POSSESSIVES = word_set("his her its their our my your")
# Verbs of beginning, going on and helping, skipped like auxiliaries: "kept calling", "began
# writing", "helped write"
ASPECTUAL = word_set(
    "began begun begin begins started start starts kept keep keeps continued help helps helped"
)
AUX = ASPECTUAL | word_set(
    """
    have has had 've 'd will would could should may might must can cannot did does do not n't never
    also repeatedly already still later again previously often always once now then just
    reportedly publicly privately recently long first even further flatly been be being is
    perhaps together was are were am 's 're 'll too finally quickly initially originally
    separately soon ever having only twice almost
    """
)
ADVERBS = word_set("also still now then often always never even just again already outright")
MODALS = word_set(
    "have has had will would could should may might must can did does do 'd 'll not n't never"
)
BE = word_set("is was are were be been being am 's 're")
FINITE = MODALS | BE
NP_STOP = word_set(
    """
    in on at for with by from to into about after before during over under than as like
    since through without against among between within upon across toward towards via per
    and or but nor so yet while because although though if when whether that which where
    whom whose what why how is was are were be been has have had did do does will would can
    could should may might must not n't there here then now just only even still also when
    once until unless whereas said says say told whenever wherever despite amid amidst unlike
    besides beyond throughout except
    """
)
# Words of NP_STOP that open a main clause, not an adverbial before one: "Even India has X,
# says Y", "There is no plan, said Y" (against "At his cookout, the leader said, ...")
MAIN_CLAUSE_OPENERS = word_set(
    "also still now then often always never even just only there here nor or"
)
SUBORDINATORS = word_set(
    """
    while although though as because since if when whereas after before unless once whenever
    wherever
    """
)
DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "several"]
)
# Verbs that also say where someone is ("appeared before the delegates", "spoke at a rally"):
# no cue before these prepositions
PLACE_VERBS = word_set("appear speak")
PLACE_PREPOSITIONS = word_set("at in before inside outside from alongside")
# Verbs of going somewhere to say something: "went on CNN to declare", "took to Twitter to
# applaud" (the subject of the infinitive cue is theirs)
GOING_VERBS = word_set(
    "went go goes going took take takes taking came come comes coming headed turned returned"
)
CHANNEL_PREPOSITIONS = word_set("on to before onto")  # "went on CNN", "took to Twitter"
# Endings of adjectives that open a sentence capitalised ("Subsequent estimates"): no name
ADJECTIVE_ENDINGS = ("ent", "ial", "ive", "ous", "able", "ible", "ical", "ary", "ern", "ing")
NUMBER_WORDS = word_set("one two three four five six seven eight nine ten eleven twelve half")
# Quantifiers that stand alone as a subject: "Some have suggested that", "Many say"
QUANTIFIER_PRONOUNS = word_set("some many most several both all")
# Two-word adverbials that may stand between a subject and its verb: "X in particular said"
ADVERBIAL_PAIRS = frozenset(
    [
        ("in", "particular"),
        ("for", "example"),
        ("for", "instance"),
        ("of", "course"),
        ("at", "first"),
        ("in", "turn"),
        ("in", "fact"),
        ("at", "times"),
        ("so", "far"),
        ("thus", "far"),
    ]
)
# Verbs of causing and asking whose object is the subject of an infinitive after them:
# "led Republicans to say that", "prompted aides to warn that"
OBJECT_CONTROL_FORMS: dict[str, str] = {
    form: lemma
    for lemma in (
        "lead cause prompt force push ask urge invite encourage persuade convince allow "
        "inspire drive spur pressure"
    ).split()
    for form in inflections(lemma)
}
# Prepositions of a phrase between a subject and its verb: "Trump in a statement said",
# "who through his office declined", "a spokesman for the campaign said"
SUBJECT_PREPOSITIONS = frozenset("in through from for at on with via".split())
# Nouns whose infinitive's subject is the sentence's: "missed an opportunity to remind",
# "has a rare chance to show that"
INFINITIVE_NOUNS = frozenset("opportunity chance attempt effort bid occasion".split())
# Verbs and adjectives whose subject is their infinitive's: "refused to concede that",
# "has to show that", "are more likely to say that"
SUBJECT_CONTROL_WORDS = frozenset(
    form
    for lemma in (
        "refuse try need have want seek struggle decline attempt fail continue begin start "
        "agree promise vow plan hope expect decide choose prefer intend mean tend seem appear "
        "pivot rush hasten move"
    ).split()
    for form in inflections(lemma)
) | frozenset(
    "likely unlikely able unable willing unwilling ready eager reluctant quick careful free "
    "happy afraid sure certain determined prepared anxious keen".split()
)
# Nouns in -ly, no adverbs: "the family deserved"
LY_NOUNS = frozenset("family ally rally assembly supply anomaly monopoly italy july".split())
# Nouns after "that" that make it a time, not a clause: "said that day"
THAT_TIME_NOUNS = frozenset("day time moment hour point".split())
# Words that end a noun phrase after an inverted cue: "said Dan Golvach when asked about X"
NP_AFTER_STOP = frozenset(
    "who which that in on at during after when while as because before if".split()
)
# Past participles that open a passive phrase before the subject: "Asked about X, Y said"
PASSIVE_OPENERS = frozenset("asked pressed questioned told reminded confronted challenged".split())
# Quantifiers that float after an auxiliary: "they have all said", "were both asked"; and
# degree words between "be" and a participle: "was more focused on".
FLOATING_QUANTIFIERS = word_set("all both each")
LOCATIVE_ADVERBS = word_set("here there")  # between a subject and its verb: "officials there said"
DEGREE_BEFORE_PARTICIPLE = word_set("more less most least very so too")
ABBREVIATIONS = word_set(
    """
    mr mrs ms dr sen rep gov gen col lt sgt capt st jr sr prof pres rev u.s u.n u.k d.c
    """
)
TITLE_STOP = word_set(
    """
    The A An In On At For But And Or When While After Before If As Since Although Though
    Meanwhile However Now Then This That These Those It He She They We I Last Next On By
    From
    """
)


def build_cue_forms() -> dict[str, str]:
    """Every inflected cue form, lower-cased, to its lemma."""
    lemmas: set[str] = set(SPEECH_LEMMAS | ATTITUDE_LEMMAS)
    forms: dict[str, str] = {}
    for lemma in sorted(lemmas):
        for form in inflections(lemma):
            forms.setdefault(form, lemma)
    return forms


CUE_FORMS: dict[str, str] = build_cue_forms()
# The base and -s forms of noun-like lemmas; past forms (found, showed) are verbs only.
AMBIGUOUS = frozenset(
    form
    for form, lemma in CUE_FORMS.items()
    if lemma in NOUNISH and form in (lemma, lemma + "s", lemma + "es")
)
CLAUSE_ONLY = word_set("find state")  # cues only before a clause: "found that", not "found a job"
# Nouns of evidence: their "show" and "find" are findings ("a poll shows X", "the study found
# X", "records show"), whatever follows
EVIDENCE = word_set(
    """
    poll polls polling survey surveys study studies analysis analyses report reports record
    records data research paper papers review audit investigation inquiry figures numbers
    results average count tally census estimates math search video footage documents filings
    transcript evidence test tests experiment experiments
    """
)
# Verbs whose object is a bare clause: "voters saying race relations are worse"
CLAUSE_TAKING = word_set(
    """
    say claim insist argue warn predict suggest believe think complain contend allege maintain
    assert fear hope expect worry acknowledge admit deny
    """
)
EVIDENCE_LEMMAS = word_set("show find reveal suggest indicate")
COORDINATORS = word_set("but and yet so")  # "But the plan is dead, the senator said."
CLAUSE_OPENERS = word_set("that how what why whether who where when")


TELL_LIKE = frozenset(
    ["tell", "inform", "assure", "remind", "advise", "warn", "ask", "urge", "accuse", "blame"]
)
PARTICLES = word_set("out of about on")
PHRASAL: dict[str, frozenset[str]] = {
    "point": word_set("to"),
    "refer": word_set("to"),
    "vote": word_set("for against"),
    "warn": word_set("against"),
    "call": word_set("for on"),
}
# Verbs of intention and stance that take a to-infinitive: "plans to", "wants to", "vows to"
TO_INFINITIVE = word_set(
    """
    plan want vow promise pledge threaten seek decide refuse decline hope wish expect urge
    propose offer demand
    """
)
ADJUNCT_STARTS = word_set(
    """
    in on at to during after before last this earlier later recently yesterday today tonight
    on in a an the of about when while as late early by
    """
)
ADJUNCT_WORDS = ADJUNCT_STARTS | word_set(
    """
    statement interview release week month year night morning afternoon evening weekend
    reporters recently repeatedly also publicly privately again , speech letter post
    """
)
TIME_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today yesterday tonight last "
    "this earlier later ago"
)
# Days that open a sentence as its time, never its subject: "Tuesday, while discussing X,
# Ryan said"
DAY_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight"
)
# A cue's -ing form after these is a gerund whose subject is the sentence's: "Trump stopped
# short of calling X", "she began by praising Y"
GERUND_PREPOSITIONS = word_set("of by for without after before while since upon")
SENTENCE_ADVERBS = word_set(
    """
    instead moreover besides meanwhile however still indeed nevertheless nonetheless
    furthermore similarly likewise separately later earlier despite throughout absent
    """
)
# Nouns of a time phrase between a claimer and its cue: "Wells Fargo this month announced"
TIME_NOUNS = word_set(
    "day week month year weekend morning afternoon evening night spring summer fall past"
)
TIME_PREPOSITIONS = word_set("in on at during since until")
TIME_ADJUNCT_OPENERS = TIME_PREPOSITIONS | {"from", "by"}  # "a study from 2011 found"
# Words inside a time phrase: "a month later", "that evening"
TIME_FILLERS = word_set("a an one two three few several the that long")
CLAUSE_BREAKS = word_set("though although while but whereas because")
PAST_ADJ_BEFORE = DETERMINERS | frozenset(
    # "made no mention": a noun after a determiner
    "of in for with by his her its their our my no any every each".split()
)

# Words opening a source after an inverted cue: roles before a name ("said former Gov. X")
# and quantifiers ("said several observers")
ROLE_WORDS = word_set("former then ex acting deputy senior chief top")
SOURCE_OPENERS = word_set(
    "the a an several many some most two three four one another other both all"
)

# Stance after "be": "Graham has been critical of Trump", "who is a staunch opponent of X",
# "Republicans were incensed that ...".
STANCE_ADJECTIVES = word_set(
    """
    critical supportive skeptical sceptical wary confident eager willing concerned worried
    angry furious incensed outraged upset coy hopeful optimistic pessimistic proud opposed
    convinced adamant certain unhappy frustrated dismissive sympathetic hostile enthusiastic
    appreciative divided bent fond
    """
)
STANCE_PEOPLE = word_set(
    """
    supporter supporters opponent opponents critic critics advocate advocates proponent
    proponents champion champions fan fans defender defenders backer backers
    """
)
STANCE_LINKS_AFTER_BE = word_set("of about that to with in on over")
# Words between "be" and a stance: "is a staunch opponent of", "was deeply critical of"
DEGREE = word_set(
    "a an very so too quite deeply highly increasingly openly longtime staunch vocal strong "
    "fierce outspoken consistent early leading prominent harsh sharp frequent ardent big"
)

# Nouns of a count or account closing a sentence: "..., by one estimate."
BY_ACCOUNTS = word_set("estimate estimates count counts measure measures account accounts tally")
# Nouns after "by X's own": "by her own admission", "by his own account"
OWN_ACCOUNTS = word_set("admission account accounting reckoning estimate telling")

# Cues whose passive opens a sentence with its agent: "As reported by X, ..."
PASSIVE_LEMMAS = word_set("report reveal disclose publish announce confirm write document")

# Nouns of the roles people hold: after an inverted cue they open a source ("said former
# governor X"), and a lone one ("the spokesman") resolves to the latest person named
PERSON_ROLES = word_set(
    """
    spokesman spokeswoman spokesperson senator president minister governor mayor secretary
    lawyer attorney chairman chairwoman chair official adviser advisor aide candidate nominee
    congressman congresswoman representative judge prosecutor general commander leader
    director chief executive ambassador diplomat analyst professor economist historian
    """
)
# Endings of nouns for people by what they do: strategist, pollster, historian, consultant
AGENT_ENDINGS = ("ist", "ster", "ian", "ant", "ent", "man", "woman", "person", "er", "or")


def person_noun(low: str) -> bool:
    """A role noun for a person: a known role or an agent noun by its ending ("campaign
    manager", "political scientist", "GOP strategist")."""
    return low in PERSON_ROLES or (
        len(low) > 4 and low.replace("-", "").isalpha() and low.endswith(AGENT_ENDINGS)
    )  # (hyphenated too: "co-founder")


# Derived classes, computed once: subject pronouns that open a reported clause ("claims he
# was"), clause openers other than a relative "who", and the lemmas that report a clause
CLAUSE_SUBJECTS = SUBJECT_WORDS - {"who", "it"}
OTHER_CLAUSE_OPENERS = CLAUSE_OPENERS - {"who"}
# Verbs of saying that take a clause ("critics who say the law fails"), unlike those whose
# object is a noun phrase ("Republicans who have praised his candidacy")
CLAUSE_REPORTING_LEMMAS = (
    CLAUSE_TAKING
    | EVIDENCE_LEMMAS
    | word_set(
        """
        say tell add write note report announce explain declare concede stress emphasize
        emphasise agree know learn hear realize realise recognize recognise understand
        conclude estimate recall reply respond testify tweet post state reiterate confirm
        disclose imply speculate assume presume suppose imagine doubt wonder boast brag vow
        pledge promise remind inform assure advise caution feel guess suspect reckon
        insinuate specify affirm
        """
    )
)
# Every word that may start one of the patterns of :func:`sentence_attributions`.
PATTERN_WORDS = (
    frozenset(CUE_FORMS)
    | NOUN_CUES
    | STANCE_NOUNS
    | STANCE_ADJECTIVES
    | STANCE_PEOPLE
    | {"according", "in", "by"}
)
# Words of which a sentence needs one to be analysed at all: the pattern words, with the
# nouns an "in ..."/"by ..." pattern needs in place of those two prepositions.
TRIGGERS = (PATTERN_WORDS - {"in", "by"}) | EVIDENCE | BY_ACCOUNTS | OWN_ACCOUNTS
