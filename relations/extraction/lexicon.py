"""Trigger words by lemma: each entry is a type (see `types`) and the phrases that tell it.

A phrase is written in lemmas and every inflection of each lemma matches ("expel" finds
"expels", "expelled", "expelling"), so a trigger is one entry, not a hand-inflected pattern.
The inflections come from lemminflect's English tables. In a phrase:

- ``word``: any inflection of the word (verb and noun forms); ``a|b``: either;
- ``word:noun``, ``word:past``, ``word:inflected``, ``word:active``: only those forms (the noun
  "deal", not "dealt with"; "shelled", not a shell; "froze", not the state "have been frozen");
- ``=word``: this form only ("=went": "going to" is no journey);
- ``[a|b]``: an optional word; ``*N``: up to N words of any kind ("recall *2 ambassador");
- ``!a|b``: the next word is none of these ("call !for": "called for" is a demand, not a call).

Matching runs over a sentence's lower-cased words left to right; at a word, the first entry
with a phrase that matches there wins, its longest such phrase, and the scan goes on after it.
Phrases in `NO_INTERACTION` hold a trigger word but tell nothing between states ("the weekly
cabinet meeting"): they are passed over whole.
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import lemminflect

from .timex import WEEKDAYS


@dataclass(frozen=True)
class Trigger:
    type: str
    plover: str
    rank: int  # lower wins when a sentence has several triggers: specific before generic speech
    # "called": a call only with someone called; "spoken": with someone spoken to; "together": with
    # both sides its subject ("the two presidents last spoke in May"); "envoy": with an
    # envoy named in the sentence or the one before ("recalled him"); "present": a person or office
    # before it and a place right after it ("the minister will be in Colombo")
    partner: str = ""
    title_verbs: tuple[str, str] = ()  # (done, planned) when more precise than the type's
    mutual: bool = False  # done to each other by its subjects ("exchanged fire", "clashed")


@dataclass(frozen=True)
class Found:
    """A trigger in a sentence: its span in the (lower-cased) sentence, its words and entry."""

    start: int
    end: int
    text: str
    trigger: Trigger
    past: bool  # told by a verb in the past ("met", "held talks"): it has happened
    blame: bool = False  # the blaming of an act ("blamed the downing on X"): see events._blame


def _measure(done: str, planned: str, mutual: bool = False) -> Trigger:
    """A diplomatic measure (CAMEO 161, PLOVER SANCTION), titled by what was done."""
    return Trigger("other", "SANCTION", 1, title_verbs=(done, planned), mutual=mutual)


def _ties(done: str, planned: str) -> Trigger:
    """Ties established or restored: done by each side to the other, as ties cut are."""
    return Trigger("agreement", "AGREE", 1, title_verbs=(done, planned), mutual=True)


_DUTIES = ("raises duties on goods from", "to raise duties on goods from")
# what is checked at a border, and on what: "tightened inspections on Lithuanian lorries"
_CHECKS_ON_GOODS = (
    "check|checks|control|controls|inspection|inspections on *2 lorry|lorries|truck|trucks|vehicles|goods"
    "|imports|products|shipments"
)
_VISAS = ("imposes visa requirements on", "to impose visa requirements on")
# "recalled him": a measure only when the sentence or the one before names an envoy.
_SUMMONS = _measure("summons the envoy of", "to summon the envoy of")
_RECALLED_ENVOY = Trigger(
    "other",
    "SANCTION",
    1,
    partner="envoy",
    title_verbs=("recalls its envoy from", "to recall its envoy from"),
)
_LEGAL = Trigger(
    "other", "COERCE", 2, title_verbs=("acts against nationals of", "to act against nationals of")
)

# A case one state brings against another before a court.
_LEGAL_CASE = Trigger(
    "other", "DISAPPROVE", 2, title_verbs=("takes legal action against", "to take legal action against")
)

_DAYS = "|".join(day for day in WEEKDAYS if day.endswith("day"))  # "monday|tuesday|..."

# A state's own gatherings, and organisations' names ("the Shanghai Cooperation Organisation"): they
# hold trigger words but tell no interaction; matched first, then skipped.
NO_INTERACTION = (
    "[weekly] cabinet|parliament|parliamentary|party|board|shareholder|staff|council meeting|session",
    "regional|multilateral|gulf|arab|african|asean|nato|commonwealth|brics meeting|summit|conference",
    "three|four - way meeting|summit|talks|conference",
    "trilateral|tripartite|quadrilateral meeting|summit|talks|conference",
    "talk show",
    "press|news release",  # what kind of page, not a release of people
    # teams, not states: "the two countries met in a final", "beat Nigeria in the semi-final"
    "meet|play|face *3 final|match|game|friendly|qualifier", "meet|play|face *3 semi|quarter - final",
    "cooperation organisation|organization|council|forum", "economic cooperation", "islamic cooperation",
    "forum|organisation|organization|council for|on *4 cooperation",
    "treaty organisation|organization", "trade organisation|organization", "free trade association",
    "trade bloc|fair|minister|ministry|route",
    "=promising",  # "relations looked promising"
    "seize|take|grab power",  # "since soldiers seized power in Niamey": a coup at home
    # how much trade there is, not a deal: "expected trade between the two countries to double"
    "trade|exports|imports *6 double|rise|grow|fall|reach|stand|total|increase|decline|jump|surge|drop",
    "humanitarian reasons|grounds",  # "let the families through for humanitarian reasons": a motive
    "for consultations",  # "recalled its envoy for consultations": a recall, no talks with the other side
    # what is sent up or through, not to anyone: "sent tensions between India and Pakistan soaring"
    "send *3 tension|tensions|shockwaves|shivers|prices|markets|signal|signals",
    # things released, not people: "began releasing treated water", "released a statement"
    "release *2 water|wastewater|waste|statement|report|footage|video|images|data|figures|funds|details",
    # a promise broken is no promise made: "said the Philippines had broken its promise"
    "break|breach *3 promise|pledge|commitment",
    # people a state shelters, not its guests: "has hosted Somali refugees at Dadaab since 1991"
    "host *3 refugee|migrant|worker|student|tourist|pilgrim|exile",
)  # fmt: skip

# The title of troops sent to a state's own border: a show of force toward the neighbour there.
_TO_THE_BORDER = ("sends troops to its border with", "to send troops to the border with")

LEXICON = (
    # calls
    (Trigger("phone_call", "CONSULT", 1), (
        "phone|telephone call|conversation|talk", "phone|telephone", "=dialled|=dialed",
        "speak by phone|telephone",
        "=a|=the|video call with", "video call|conference|link",
        f"=a|=the|=their call on {_DAYS}",
        "speak on|over the phone|telephone",
        "virtual|online meeting|summit|talk",
    )),
    (Trigger("phone_call", "CONSULT", 1, partner="spoken"), ("speak to|with",)),
    (Trigger("phone_call", "CONSULT", 1, partner="together"), ("=spoke|=spoken !face",)),
    # before the call: "called El Salvador's ambassador to the ministry" summoned him
    (_SUMMONS, ("call *4 ambassador|envoy|diplomat|emissary|commissioner|affaires to *2 ministry",)),
    (Trigger("phone_call", "CONSULT", 1, partner="called"), (
        "call !on|for|upon|off|in|up", "=rang|=rung !out|true|hollow|in|up",
    )),
    # visits
    (Trigger("visit", "CONSULT", 1), (
        "[state|official|working] visit", "return *2 visit", "arrive in|at", "arrive on|late|early *2 in",
        "land:inflected in", "touch down in|at",
        "=jetted into",
        "travel|fly|head [on] to", "=jetted|=jetting [on] to",
        "leave|depart|head for", "leave|depart *2 for", "set off|out for",
        "=went to", "trip to", "tour of", "tour:past", "nation tour in|of", "stopover", "make *3 stop in|at",
        "stop in", "stop over in|at",
        "=stopped =over =in",
        "[=will] send|dispatch *3 minister|envoy|emissary|delegation *3 to",
    )),
    # "will be in Colombo on Friday", "is due in Beijing": a visit only when someone is there
    (Trigger("visit", "CONSULT", 2, partner="present"), ("=be|=is|=are|=was|=were|=due|=expected =in",)),
    (Trigger("invitation", "CONSULT", 1), ("accept *4 invitation",)),
    # diplomatic measures: relations reduced or broken (CAMEO 161; sanctions proper are 163)
    # people expelled who are no diplomats: coercion of another state's people, as a deportation is
    (Trigger("other", "COERCE", 2, title_verbs=("expels nationals of", "to expel nationals of")), (
        "expel *3 trader|national|citizen|migrant|worker|journalist|fishermen|refugee|student|resident",
    )),
    (_measure("expels diplomats of", "to expel diplomats of", mutual=True), (
        "expel", "expulsion", "persona non grata", "personae non gratae",
        "order|tell|give *4 ambassador|envoy|diplomat|diplomats|consul *4 to leave",
        "tell|ask *4 ambassador|envoy *2 not to return",
        "order|tell *4 to cut|reduce *3 staff|personnel",
    )),
    (_measure("suspends talks with", "to suspend talks with"), (
        "suspend|pause|halt|freeze *3 =talks|=negotiations|=dialogue",
    )),
    (_measure("orders out the troops of", "to order out the troops of"), (
        "order|tell|ask *4 troops|forces|soldiers|contingent *2 to leave|withdraw|go",
    )),
    (_measure("recalls its envoy from", "to recall its envoy from"), (
        "recall|withdraw *2 ambassador|envoy|diplomat", "recall|withdraw *2 high commissioner",
        "recall|withdraw *2 charge|chargé d ' affaires",
    )),
    (_RECALLED_ENVOY, ("recall|withdraw =him|=her|=them",)),
    (_SUMMONS, (
        "summon *5 ambassador|envoy|diplomat|emissary|representative", "summon *5 high commissioner",
        "summon *5 chief of mission",
        "summon *5 charge|chargé d ' affaires",
        "ambassador|envoy|diplomat|emissary|commissioner|affaires *5 =was|=were [=also] =summoned",
        "call in *4 ambassador|envoy|diplomat|emissary|commissioner|affaires",
        "ambassador|envoy|diplomat|emissary|commissioner|affaires *5 =was|=were [=also] =called in|to",
    )),
    # ties are between the two: "Morocco and Algeria cut ties" cut them with each other
    (_measure("downgrades ties with", "to downgrade ties with", mutual=True), (
        "downgrade *1 =ties|relation", "downgrade *2 embassy|mission",
    )),
    (_measure("cuts ties with", "to cut ties with", mutual=True), (
        "sever *1 =ties|relation", "break [off] *1 =ties|relation",
        "cut [off] [all] [diplomatic] =ties|relation", "suspend [all] [diplomatic] =ties|relation",
        "=ties|=relations *4 =were|=was|=had|=have [=been] =severed|=cut|=broken",
    )),
    # "ended its defence cooperation agreement with France": a bond between the two undone
    (_measure("ends its agreement with", "to end its agreement with"), (
        "end|terminate|scrap|revoke|annul|cancel *3 agreement|accord|pact|treaty|deal",
        "withdraw from *3 agreement|accord|pact|treaty", "pull out of *3 agreement|accord|pact|treaty",
    )),
    (_measure("orders out the troops of", "to order out the troops of"), (
        "ask|order|tell *6 troop|troops|soldiers|forces *5 to leave",
        "order *4 troop|troops|soldiers|forces out",
    )),
    # "closed Russia's consulate in Poznan": the other's mission, on its own soil
    (_measure("closes the mission of", "to close the mission of"), ("close *3 ' s embassy|consulate",)),
    (_measure("closes its embassy in", "to close its embassy in"), ("close *2 embassy|consulate",)),
    (_measure("closes its border to", "to close its border to"), (
        "close|shut|seal *4 border|crossing|airspace|frontier",
        "keep *4 border|crossing|airspace|frontier *3 =closed|=shut|=sealed",
        "border|crossing|frontier *4 =was|=were|=is|=are|=remained|=remains|=has|=had [=been] [=last]"
        " =shut|=closed|=sealed",
    )),
    (_measure("tightens border checks with", "to tighten border checks with"), (
        "introduce|reintroduce|tighten|impose|extend *3 check|control *4 border|crossing|frontier",
        f"introduce|tighten|impose *2 {_CHECKS_ON_GOODS}",
        f"step up *2 {_CHECKS_ON_GOODS}",
        "require|demand *1 identity|passport *2 paper|papers|document|documents|check|checks",
    )),
    # meetings
    (Trigger("meeting", "CONSULT", 2), (
        "meet", "meeting", "hold talk", "hold *3 round",
        "hold *6 council|commission|committee|session", "talk", "summit", "negotiate", "negotiation",
        "consultation", "discuss", "confer", "sit down", "receive", "host", "mediate", "mediation",
        "speak face to face", "courtesy call|visit", "joint *2 meeting|session|sitting",
        "exchange *2 =views|=opinions", "session|sitting of *5 commission|committee",
    )),
    # help offered is aid, not a deal: "offered to send rescue teams"
    (Trigger("other", "AID", 2, title_verbs=("offers aid to", "to offer aid to")), (
        "offer *3 to send|provide|deliver|dispatch *4 aid|assistance|relief|help|rescuers|teams|supplies",
    )),
    # agreements and cooperation
    (_ties("establishes ties with", "to establish ties with"), (
        "establish [diplomatic|full] =ties|relation",
    )),
    (_ties("restores ties with", "to restore ties with"), (
        "restore|resume [full] [diplomatic|full] =ties|relation",
        "=ties|=relations *4 =were|=was|=had|=have [=been] =restored|=resumed|=re-established",
        "=and [=later|=then] restore|re-establish =them",  # "cut ties in 2012 and restored them in 2023"
        "exchange *1 =ambassadors", "=ambassadors =were [=again] =exchanged",
    )),
    (Trigger("agreement", "AGREE", 1, title_verbs=("upgrades ties with", "to upgrade ties with")), (
        "upgrade|raise *3 =ties|relations *3 to *2 ambassador|ambassadorial|embassy|strategic|level",
    )),
    (Trigger("agreement", "AGREE", 1), (
        "agree", "agreement", "sign", "ratify|ratification", "deal:noun", "accord:noun", "treaty", "pact",
        "[free] trade agreement|deal|pact|accord", "extradition treaty|agreement|accord|pact",
        "memorandum", "ceasefire", "cease - fire", "truce", "reach [a|an] understanding|consensus",
        "exchange *2 instruments of ratification", "set up *3 hotline",
        "establish|launch|open *3 hotline",
        "initial:inflected *3 text|agreement|treaty|deal|accord|draft",
        "exchange *2 memorandum|memorandums|memoranda|agreement|accord",
        "strike *3 deal|agreement|accord|bargain|compromise",
        "settle|resolve *3 dispute|disputes|row|differences",
        "normalise|normalize|normalisation|normalization",
        "offer to", "=is|=are|=was|=were willing|ready|prepared to",
    )),
    # forces sent are no aid: to one's own border a show of force, elsewhere a mission
    (Trigger("other", "MOBILIZE", 2, title_verbs=_TO_THE_BORDER), (
        "send|dispatch|deploy *4 troop|troops|soldier|soldiers|police|forces *3 to|along *2 border|frontier",
    )),
    (Trigger("other", "", 2, title_verbs=("sends forces to", "to send forces to")), (
        "send|dispatch *4 troop|troops|soldier|soldiers|police|officers|forces|peacekeepers|contingent *2 to",
    )),
    # visas waived are an opening, whoever is granted it ("granted visa-free entry to Ugandans")
    (Trigger("other", "COOPERATE", 2, title_verbs=("eases visa rules for", "to ease visa rules for")), (
        "grant|offer|introduce|allow *3 visa - free", "visa - free *2 entry|travel|access|regime",
    )),
    # a message or letter handed over in person is an audience, not aid
    (Trigger("meeting", "CONSULT", 2, title_verbs=("delivers a message to", "to deliver a message to")), (
        "deliver|hand|convey|carry *5 message|letter",
    )),
    # a note handed over is a protest, not aid
    (Trigger("statement", "PROTEST", 1, title_verbs=("protests to", "to protest to")), (
        "hand|deliver *3 note|démarche|demarche", "lodge|make *3 =representations",
    )),
    # a message, a letter or a cable sent is words, not aid; what it says, when told, is more precise
    (Trigger("statement", "", 3), (
        "send|deliver *3 message|letter|cable|telegram|=messages|=letters|=cables",
    )),
    # an envoy back at the post a measure had emptied ("the ambassador returned to Addis Ababa"; "sent
    # its ambassador back"): before "send" as aid
    (Trigger("other", "COOPERATE", 1, title_verbs=("returns its envoy to", "to return its envoy to")), (
        "ambassador|ambassadors|envoy|envoys|commissioner *2 return:past|resume:past",
        "return|send *3 =ambassador|=ambassadors|=envoy|=envoys back|to",
    )),
    # a supply contract is trade, not aid
    (Trigger("trade", "COOPERATE", 2), (
        "supply *2 contract|contracts|deal|deals|agreement",
        "supply|send|pump|ship|deliver *4 power|electricity|gas|oil|energy|fuel|lng|grain|wheat",
    )),
    (Trigger("other", "AID", 2), (
        "aid", "assistance", "grant", "loan", "lend", "donate|donation", "supply:noun", "humanitarian",
        "credit line", "line of credit",
        "asylum", "refuge", "send", "provide", "deliver",
    )),
    # a sum pledged in aid is aid, though only promised: "pledged $50 million in aid"
    (Trigger("other", "AID", 2, title_verbs=("pledges aid to", "to pledge aid to")), (
        "pledge|promise *2 $|€|£ *5 aid|assistance|relief|grant|grants|loan|loans",
    )),
    (Trigger("agreement", "AGREE", 2, title_verbs=("recognises", "to recognise")), ("recognise|recognize",)),
    (Trigger("agreement", "AGREE", 2), (
        "pledge", "promise", "offer", "=will support|help|provide|give|send", "accept",
        "cooperate|cooperation", "ally with", "alliance",
    )),
    # fire exchanged is force, not an exchange between friends; those who exchange it, or clash,
    # fight each other (warning shots exchanged are shots, not words)
    (Trigger("military_incident", "FIGHT", 1, mutual=True), (
        "exchange|trade *1 fire|gunfire|=shots|artillery|salvo|blows", "clash", "skirmish",
        "fight each other", "fight *3 war|conflict", "go to war", "collide|collision", "scuffle", "brawl",
    )),
    # warnings or accusations exchanged are words against each other, not an exchange between friends
    (Trigger("statement", "THREATEN", 2, mutual=True), (
        "exchange|trade *2 warning|threat|accusation|insult|barb",
    )),
    (Trigger("military_incident", "FIGHT", 1), ("open fire",)),
    (Trigger("other", "COOPERATE", 2), (
        "share *1 intelligence|evidence|information|data with", "exchange|swap",
        "joint *2 patrol|operation|exercise|=exercises|drill|=drills", "their *2 exercise|=exercises|=drills",
        "open [its|their] border",
        "open|reopen *3 customs|border post|office", "open *3 crossing|=crossings|checkpoint",
        "launch|inaugurate *4 =project|=projects|construction|=programme|=program",
        "demarcate|demarcation",
        "lift|ease|relax|scrap|waive|abolish *3 visa",
        "launch|resume|restore|start|open *3 =flights|flight|ferry|rail|bus|shipping *2"
        " =link|=links|=service|=route",
        "launch|resume|restore|start *2 =flights", "=flights *6 =resumed|=resume|=resumes",
    )),
    # relations mended: what a measure had cut, reopened or renewed (CAMEO 064, 0874)
    (Trigger("other", "COOPERATE", 1, title_verbs=("reopens its embassy in", "to reopen its embassy in")), (
        "reopen *2 embassy|consulate|mission",
    )),
    (Trigger("other", "COOPERATE", 1, title_verbs=("opens an embassy in", "to open an embassy in")), (
        "open *2 embassy|consulate",
    )),
    (Trigger("other", "COOPERATE", 1, title_verbs=("reopens its border to", "to reopen its border to")), (
        "reopen *4 border|crossing|airspace|frontier",
        "border|crossing|frontier *4 =was|=were|=is|=are|=has|=had [=been] =reopened",
    )),
    (Trigger("other", "COOPERATE", 1, title_verbs=("names an ambassador to", "to name an ambassador to")), (
        "appoint|name *3 ambassador|envoy", "appoint|name *3 high commissioner",
    )),
    # trade barriers eased are trade ("cut import duties on", "exempted X from the quota")
    (Trigger("trade", "COOPERATE", 2), (
        "lift|ease|relax|cut|lower|scrap|waive|exempt *5 quota|duty|tariff|levy|ban|restriction",
        "exempt|exemption",
    )),
    (Trigger("trade", "COOPERATE", 2, title_verbs=("resumes deliveries to", "to resume deliveries to")), (
        "resume|restart|restore *3 =deliveries|=supplies|=shipments|=exports|=flows",
    )),
    (Trigger("other", "CONCEDE", 3, title_verbs=("eases measures on", "to ease measures on")), (
        "ease", "lift", "relax",
    )),
    (Trigger("other", "RETREAT", 2, title_verbs=("withdraws from", "to withdraw from")), (
        "withdraw", "withdrawal", "pull out", "evacuate",
    )),
    (Trigger("other", "RETREAT", 2, title_verbs=("hands over people to", "to hand over people to")), (
        "release", "=freed", "pardon", "extradite|extradition", "hand over|back", "repatriate|repatriation",
        "return:past *3 fishermen|nationals|citizens|prisoners|soldiers|migrants|detainees|sailors",
    )),
    # fighting on one side is an alliance, not a clash: "Eritrean troops fought alongside Ethiopia's army"
    (Trigger("other", "COOPERATE", 1, title_verbs=("fights alongside", "to fight alongside")), (
        "[troop|force|soldier|army] fight alongside|beside",
        "[troop|force|soldier|army] fight on the same side as",
    )),
    # force
    (Trigger("military_incident", "FIGHT", 1), (
        "attack", "air strike", "strike|airstrike", "shoot down", "=downed", "shell:inflected", "bomb",
        "bombing", "fire:inflected on|at", "fire:inflected *3 at", "kill", "invade", "invasion",
        "shooting", "shootout", "shoot - out", "gunfight", "firefight",
        "fight", "raid",
        "missile", "rocket", "intercept", "incursion", "=hostilities", "offensive", "assault",
        "ambush", "=shot", "sink:past", "water cannon", "ram:past", "incident", "tussle",
        "standoff", "stand - off", "hit:past *3 target|position|base|camp|hideout|depot",
        "violate|violation [of] *1 airspace", "fly|stray|venture|enter|intrude|intrusion *5 airspace",
        "enter|intrude|intrusion|stay|remain|sail *4 territorial waters", "enter|intrude *2 =waters",
        "=shadowed|=shadowing", "harass|harassment", "=buzzed|=buzzing", "jet|warplane *3 fly over",
        "block *3 vessel|ship|boat|mission|convoy", "troop|soldier *3 cross into",
        "cross|fly|stray|venture *4 into *3 territory|airspace",
    )),
    # forces drawn apart: "Chinese and Indian troops disengaged from two friction points"
    (Trigger("other", "RETREAT", 1, title_verbs=("disengages from", "to disengage from"), mutual=True), (
        "[troop|soldier|force] disengage|disengagement", "de - escalate", "de - escalation",
        "pull back *3 troop|troops|soldiers|forces",
        "withdraw *3 troop|troops|soldiers|forces *3 from *3 border|frontier|line|lines|point|points",
    )),
    (Trigger("military_incident", "MOBILIZE", 2), (
        "deploy", "deployment", "mobilise|mobilize|mobilisation|mobilization", "troop",
        "[military] =exercises|=drills|=manoeuvres|=maneuvers", "warship", "=massed", "buildup", "drone",
        "build - up",
    )),
    (Trigger("military_incident", "COERCE", 2), (
        "seize", "seizure", "capture", "occupy", "occupation", "blockade", "annex", "annexation",
        "detain *3 tanker|ship|vessel|boat|trawler", "board *4 tanker|ship|vessel|boat|trawler|trawlers",
        "force out", "demolish", "hack", "cyber attack", "cyberattack", "torture", "abuse", "wound",
        "murder", "massacre", "ethnic cleansing", "jamming", "=jammed", "=stormed|=storming",
        "breach *3 network|networks|system|systems|server|servers",
    )),
    # coercion by law, not by force: arrests, trials, deportations of another state's people
    (_LEGAL, (
        "arrest", "detain", "detention", "deport", "deportation", "evict", "jail:inflected", "imprison",
        "sentence:past", "convict:past", "execute", "execution",
    )),
    # sanctions and reduced relations
    # titled by what they do where the words tell it: "Kenya raises duties on goods from Uganda"
    (Trigger("sanctions", "SANCTION", 1, title_verbs=_DUTIES), (
        "raise|increase|hike|double|triple *3 duty|duties|levy|levies|tax",
        "impose|slap|levy|introduce|raise *5 duty|duties|tariff|tariffs|levy|levies",
    )),
    (Trigger("sanctions", "SANCTION", 1, title_verbs=("restricts trade with", "to restrict trade with")), (
        "block *4 import|imports|export|exports|loading|shipment|transit|cargo|goods",
        "cut|halt|stop *3 export|exports|supplies|supply|shipments|deliveries",
        "stop|halt|cease =buying|=importing|=purchasing",
        "restrict|curb|limit *3 export|exports|import|imports|sale|sales",
        "close|shut *2 port|ports|harbour|harbours|waters|market|markets to",
    )),
    (Trigger("sanctions", "SANCTION", 1, title_verbs=_VISAS), (
        "impose|introduce|reimpose|reintroduce *3 visa !-", "require|demand *1 =visas|visa !-",
    )),
    (Trigger("sanctions", "SANCTION", 1), (
        "sanction", "embargo", "boycott", "suspend", "suspension", "freeze:active", "break off",
        "cut [off] aid", "ban", "tariff", "halt", "prohibit", "deny entry|visa",
        "bar *4 from =entering|entry|=landing|=docking|=crossing",
        "blacklist", "entity list", "revoke *3 visa|licence|license|accreditation",
        "end *1 mediation|=talks|cooperation|=ties|aid",
    )),
    # ceremonies, invitations, trade
    (Trigger("ceremony", "COOPERATE", 1), (
        "ceremony", "anniversary", "commemorate|commemoration|commemorative", "celebrate|celebration",
        "parade", "wreath", "memorial", "inauguration", "swearing - in", "coronation", "funeral",
        "inaugurate|commission *6 bridge|railway|pipeline|highway|dam|port|plant|post",
        "inaugurate *6 terminal|road|crossing|station|airport|tunnel|interconnector|corridor|link|stretch",
        "=opening of *4 bridge|railway|pipeline|highway|dam|port|plant|terminal|road|crossing|station|tunnel",
        "cut *2 ribbon", "jointly open|inaugurate|commission", "reception", "national day",
        "open *1 new|rebuilt|first *3 bridge|railway|pipeline|highway|dam|plant|terminal|tunnel|airport|road",
    )),
    (Trigger("invitation", "CONSULT", 1), ("invite", "invitation")),
    (Trigger("trade", "COOPERATE", 3), (
        "trade:noun", "export", "import", "investment", "business forum", "free trade",
        "buy|purchase|procure|procurement", "sell:inflected", "sale of", "arms|weapons sale", "invest",
    )),
    # statements
    (Trigger("statement", "DEMAND", 1), ("=must",)),
    (Trigger("statement", "DEMAND", 2), (
        "demand", "urge", "call for", "appeal to", "insist", "tell *3 to",
        # not "during their call on Monday": a call made that day
        f"call on|upon !{_DAYS}",
        "want|seek|expect *2 apology|apologies",  # an apology asked for is a demand, not one made
    )),
    # an apology is words to the other side, owning a wrong, not blaming it
    (Trigger("statement", "DISAPPROVE", 2, title_verbs=("apologises to", "to apologise to")), (
        "apologise|apologize", "apology",
    )),
    (Trigger("statement", "DISAPPROVE", 2), (
        "accuse|accusation", "condemn", "condemnation", "criticise|criticize|criticism", "denounce", "blame",
        "hold *1 responsible", "complain", "deplore", "slam", "lambast", "rebuke", "censure",
        "express|voice *2 concern|regret|dismay|alarm|disappointment|outrage|dissatisfaction|displeasure",
        "row:noun", "sue", "regret",
        "hit|strike|lash back at", "lash|hit out at",
        "=disappointed|=dismayed|=outraged|=appalled by|at|over",
        "=concerned|=worried by|over|about",
        "term|brand|label|describe *6 unacceptable|illegal|regrettable|provocative|hostile|baseless|unfounded"
        "|irresponsible|absurd|outrageous|illegitimate|unjustified",
    )),
    (Trigger("statement", "REJECT", 2), (
        "reject", "rejection", "refuse", "refusal", "deny", "dismiss", "veto", "turn down", "rebuff",
        "oppose",
        "rule out",
        "reply:inflected", "retort", "hit|strike back",
    )),
    (Trigger("statement", "THREATEN", 2), ("threat", "threaten", "warn", "warning", "ultimatum", "vow")),
    (_LEGAL_CASE, (
        "take *3 to *4 court|tribunal|arbitration", "file *4 case|lawsuit|complaint|suit",
        "bring *4 case|lawsuit|complaint|suit",
    )),
    # a matter raised with a state is put to it, whatever the matter ("raised the arrests with Dodoma")
    (Trigger("statement", "PROTEST", 3, title_verbs=("raises the matter with", "to raise the matter with")), (
        "raise *4 with", "take up *4 with",
    )),
    (Trigger("statement", "PROTEST", 2), (
        "protest", "protester", "complaint", "summon", "demonstrate|demonstration|demonstrator", "riot",
        "rally",
    )),
    (Trigger("statement", "SUPPORT", 2), (
        "praise", "welcome", "support", "back:inflected", "congratulate", "thank", "hail", "endorse",
        "condolence", "condole", "defend:past",
    )),
    # words said of the other side, when the sentence tells nothing else ("Ukraine's foreign ministry
    # said on Tuesday that Bratislava was free to choose its friends")
    (Trigger("statement", "", 3, partner="said of"), (
        "say:past", "=says", "tell:past *2 reporters|journalists",
    )),
)  # fmt: skip

# Words a phrase names as they are: inflecting them would find other words ("in" is no lemma).
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "to",
        "with",
        "in",
        "at",
        "on",
        "over",
        "by",
        "of",
        "for",
        "upon",
        "off",
        "out",
        "up",
        "down",
        "its",
        "their",
        "his",
        "her",
        "all",
        "full",
        "diplomatic",
        "military",
        "planned",
        "scheduled",
        "official",
        "state",
        "working",
        "joint",
        "high",
        "free",
        "ethnic",
        "business",
        "non",
        "persona",
        "grata",
        "d",
    }
)
_TAGS = {
    "noun": ("NN", "NNS"),
    "past": ("VBD", "VBN"),
    "inflected": ("VBD", "VBN", "VBG", "VBZ"),
    "active": ("NN", "NNS", "VB", "VBP", "VBD", "VBG", "VBZ"),  # "froze", not "have been frozen"
    "": ("NN", "NNS", "VB", "VBP", "VBD", "VBN", "VBG", "VBZ"),
}
_WORD = re.compile(r"\w+|[^\w\s]")


def _inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    found = lemminflect.getAllInflections(lemma)
    if not found:  # a word lemminflect does not hold ("airstrike"): its regular forms
        found = {
            **lemminflect.getAllInflectionsOOV(lemma, "NOUN"),
            **lemminflect.getAllInflectionsOOV(lemma, "VERB"),
        }
    return found


@cache
def forms(word: str) -> frozenset[str]:
    """The forms a phrase's word stands for (see the module's notes)."""
    if word.startswith("="):
        return frozenset({word[1:]})
    lemma, _, tag = word.partition(":")
    if lemma in _FUNCTION_WORDS or not lemma.isalpha():
        return frozenset({lemma})
    inflected = _inflections(lemma)
    found = {form for t in _TAGS[tag] for form in inflected.get(t, ())}
    return frozenset(found if tag else found | {lemma})


@cache
def is_past(word: str) -> bool:
    """Whether a word is only a verb's past ("met", "held", "visited"; not "cut", nor "put")."""
    lemma = lemminflect.getLemma(word, upos="VERB")
    if not lemma:
        return False
    inflected = _inflections(lemma[0])
    present = {f for t in ("VB", "VBP", "VBZ", "NN", "NNS") for f in inflected.get(t, ())}
    return word not in present and any(word in inflected.get(t, ()) for t in ("VBD", "VBN"))


def is_present_plural(word: str) -> bool:
    """Whether a word is only a verb's plain present ("meet", "hold"; not "set", which may be past)."""
    lemma = lemminflect.getLemma(word, upos="VERB")
    if not lemma or word != lemma[0]:
        return False
    inflected = _inflections(lemma[0])
    return not any(word in inflected.get(t, ()) for t in ("VBD", "VBN"))


def is_present_singular(word: str) -> bool:
    """Whether a word is a verb's third-person present ("arrives", "heads"), whatever a tagger says."""
    lemma = lemminflect.getLemma(word, upos="VERB")
    return bool(lemma) and word != lemma[0] and word in _inflections(lemma[0]).get("VBZ", ())


@dataclass(frozen=True)
class _Step:
    kind: str  # word | optional | gap | not
    words: frozenset[str] = frozenset()
    size: int = 0


def _step(spec: str) -> _Step:
    if spec.startswith("*"):
        return _Step("gap", size=int(spec[1:]))
    kind = "optional" if spec.startswith("[") else "not" if spec.startswith("!") else "word"
    alternatives = spec.strip("[]!").split("|")
    return _Step(kind, frozenset().union(*(forms(a) for a in alternatives)))


def _compile() -> dict[str, list[tuple[int, tuple[_Step, ...]]]]:
    """Phrases by the words they can begin with, each with its entry's index, in lexicon order."""
    by_first: dict[str, list[tuple[int, tuple[_Step, ...]]]] = {}
    for index, (_trigger, phrases) in enumerate(((None, NO_INTERACTION), *LEXICON), start=-1):
        for phrase in phrases:
            steps = tuple(_step(spec) for spec in phrase.split())
            for first in _first_words(steps):
                by_first.setdefault(first, []).append((index, steps))
    return by_first


def _first_words(steps: tuple[_Step, ...]) -> set[str]:
    first = set()
    for step in steps:
        first |= step.words
        if step.kind != "optional":
            return first
    return first


_BY_FIRST = _compile()


def _match(steps: tuple[_Step, ...], words: list[tuple[int, int, str]], at: int) -> int | None:
    """The index after the longest match of `steps` from word `at`, or None."""
    if not steps:
        return at
    step, rest = steps[0], steps[1:]
    here = words[at][2] if at < len(words) else None
    if step.kind == "not":
        return None if here in step.words else _match(rest, words, at)
    if step.kind == "gap":
        ends, skipped, k = [_match(rest, words, at)], 0, at
        while k < len(words) and _gap_word(words, k):
            # "a joint search-and-rescue exercise": one word skipped; a quotation mark, none
            skipped += not _joined(words, k) and words[k][2] not in _QUOTES
            if skipped > step.size:
                break
            k += 1
            ends.append(_match(rest, words, k))
        return max((end for end in ends if end is not None), default=None)
    if step.kind == "optional":
        ends = [_match(rest, words, at + 1) if here in step.words else None, _match(rest, words, at)]
        return max((end for end in ends if end is not None), default=None)
    return _match(rest, words, at + 1) if here in step.words else None


def _gap_word(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the word may stand in a phrase's gap: a word, a part of one ("Faso's", "$1.5"), the
    hyphen inside a compound ("a two-year ban") or a quotation mark, not punctuation between clauses."""
    text = words[k][2]
    return text.isalnum() or text in "'’$€£." or text in _QUOTES or _inner_hyphen(words, k)


# "crossed "about eleven kilometres" into Malian territory": quoted words stay in the phrase
_QUOTES = frozenset('"“”‘')


def _joined(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the word is a hyphen inside a compound, or the part after one."""
    return _inner_hyphen(words, k) or _inner_hyphen(words, k - 1)


def _inner_hyphen(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the word is a hyphen joining the words either side of it ("two-year")."""
    return (
        0 < k < len(words) - 1
        and words[k][2] == "-"
        and words[k - 1][1] == words[k][0]
        and words[k][1] == words[k + 1][0]
    )


def _in_compound(lowered: str, start: int) -> bool:
    """Whether the word at `start` ends a hyphenated compound ("US-brokered")."""
    return start >= 2 and lowered[start - 1] == "-" and lowered[start - 2].isalnum()


@lru_cache(maxsize=1024)
def find(lowered: str) -> tuple[Found, ...]:
    """The triggers of a lower-cased sentence, left to right, none overlapping (cached: the engine
    asks first whether a sentence is worth parsing)."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(lowered)]
    found, at = [], 0
    while at < len(words):
        best = None
        for index, steps in _BY_FIRST.get(words[at][2], ()):
            if best is not None and index != best[0]:
                break  # an earlier entry matched here: later entries do not compete
            end = _match(steps, words, at)
            if end is not None and end > at and (best is None or end > best[1]):
                best = (index, end)
        if best is None:
            at += 1
            continue
        index, end = best
        if index < 0:
            at = end
            continue
        start, stop = words[at][0], words[end - 1][1]
        told = [w[2] for w in words[at:end]]
        if _in_compound(lowered, start) and is_past(told[0]):
            at = end  # "the long-threatened invasion", "the Israeli-occupied West Bank": a modifier
            continue
        found.append(Found(start, stop, lowered[start:stop], LEXICON[index][0], any(map(is_past, told))))
        at = end
    return tuple(found)
