"""Reading a person: what they like, cannot stand and value (the words of
``careers/traits.toml``), the job they do now, and whether the message asks what fits them.

A trait's words are read with the cue before them in their clause: "I love animals" is a
like, "I hate math", "no blood", "can't stand sitting all day" are dislikes; a value
("stability", "be my own boss") needs no cue. A trait that is only ever disliked ("blood")
is not read from a liking ("I give blood"). The job they do now is a career named after
"I'm a", "I work as", "6 years as", "… here"; a relative's job is not theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from careerbot.careers.traits import Trait, traits
from careerbot.recommend.person import Person
from careerbot.understanding.lexicon import shape
from careerbot.understanding.word_gate import Gated

#: a dislike said before the trait's words, within their clause
DISLIKE = re.compile(
    # leaning away (before "not", which would match first): "not sure if i even want to go
    # back to law stuff"
    r"\b(?:not sure (?:if|whether) i (?:even |really )?want(?: to)?(?: go back to| do| be in| work "
    r"in)?|"
    # a suggestion pushed back on by what it is: "PT assistant?? thats all lifting"
    r"(?:that'?s|thats|it'?s|its) (?:all|just|nothing but)(?! about)|"
    # "i aint tryna drive trucks"
    r"ain'?t (?:tryna|trying to|gonna|going to|about to|bout to)|"
    # "I do badly with phone calls, open offices…", "i struggle with small talk"
    r"(?:do|does|did|doing) (?:really |very |so )?(?:badly|poorly|bad|terribly|terrible|awful|"
    r"horribly) (?:with|at|in)|struggle (?:with|at)|(?:am|'m|im) (?:really |very |so )?(?:bad|"
    r"terrible|awful|horrible) (?:with|at)|"
    r"hate|hated|hating|hates|detest(?:ed)?|loathed?|despised?|can'?t stand|cannot stand|"
    r"can'?t handle|"
    r"can'?t deal with|can'?t do|cant do|"
    r"don'?t (?:really |even |particularly )?(?:like|love|enjoy|want|wanna|do well with|handle|"
    r"care for|do|involve|include|require|need)|do not (?:like|love|enjoy|want|involve)|"
    r"doesn'?t (?:involve|include|require|need|mean)|dislike|"
    r"not (?:very |so |too |that |really |super |the )?(?:good|great|big|a fan|best|strong) "
    r"(?:at|with|on|of)|not into|not a \w+ person|bad (?:at|with)|"
    r"terrible (?:at|with)|awful (?:at|with)|suck at|struggle with|afraid of|scared of|"
    r"fear of|terrified of|petrified of|frightened of|phobia of|squeamish (?:about|around|with)|"
    r"allergic to|sick of|tired of|fed up with|"
    r"(?:don'?t|dont|do not|didn'?t|didnt) know (?:nothing|anything|much|a thing|squat|jack) "
    r"(?:about|of)|"
    # "i dont know any software or coding": what they cannot do yet
    r"(?:don'?t|dont|do not) know (?:any|much|a lot of)\b|"
    r"done with|avoid(?:ing)?|without|no more|nothing (?:with|involving|to do with)|"
    # "nothing where I'm on my feet all day"
    r"nothing (?:where|that (?:has|needs|keeps|puts)) (?:(?:i'?m|im|i am|i have to be|you'?re) )?|"
    r"(?:feel|feeling|felt) (?:so )?(?:empty|miserable|drained|dead inside|numb|unfulfilled) "
    r"(?:doing|in|at|with|about)|"
    # "i'll die inside at a pure desk job", "would be miserable in an office"
    r"(?:i'?ll|ill|i will|i'?d|id|i would|would|will|gonna) (?:literally |probably |honestly |"
    r"just |prob )?(?:die|rot|wither|be miserable|go crazy|lose my mind)(?: inside)? "
    r"(?:at|in|doing|behind|with)|soul[- ]crushing|"
    # ("no the supply chain manager one": a correction, the one they meant)
    r"away from|outside of|never|rather not|anything but|no(?![,.!]*\s+the\s+$)|not|less|"
    r"fewer|minimal|zero|escape|"
    # set against what is wanted: "help people rather than crunch numbers", "options that
    # aren't just another desk job"
    # ("isn't there a job fixing phones?" asks of one: no refusal)
    r"rather than|instead of|aren'?t(?! there)|arent(?! there)|isn'?t(?! there)|isnt(?! there)|"
    r"wasn'?t|wasnt|"
    r"get (?:out|away) (?:of|from)|stay away from|keep away from|"
    # ("cant decide between nursing, PA or something else": options weighed, none refused)
    r"can'?t(?! i\b| (?:decide|choose|pick)\b)|cannot(?! i\b| (?:decide|choose|pick)\b)|"
    r"won'?t(?! i\b)|refuse|"
    r"faint|pass out|anxious about|nervous about|anxiety about|hate being|done being|"
    r"worr(?:y|ied|ying) about|concerned about|dread(?:ing)?|"
    r"had enough(?: of)?|enough of|burn(?:ed|t)? ?out (?:on|from|of|with)|"
    r"(?:want|wanna|need|get|getting|looking to get) out of|leave|leaving|quit|quitting|"
    # "i need to stop the heavy lifting", "have to cut back on standing"
    r"(?<!can't )(?<!cant )(?<!never )stop(?:ping)?|give up|giving up|cut (?:out|back on|down on)|"
    r"too much|too many|(?:don'?t|do not|dont) (?:have|want) to (?:be|do)|"
    r"bored (?:to death |out of my mind |stiff |to tears )?(?:with|of|by)|"
    # "bored out of my mind sitting at a desk all day"
    r"bored (?:to death|out of my mind|stiff|to tears)|"
    # an injury kept from healing by it: "tendinitis and it aint getting better standing
    # there doing fades all day"
    r"(?:ain'?t|aint|isn'?t|isnt|not|never|won'?t|wont) (?:getting|gonna get|going to get) "
    r"(?:any )?better|"
    # pain said to come from it: "my back is killing me from standing all day"
    r"(?:killing me|hurts?|hurting|aching|aches|sore|in pain|wrecked|destroyed|ruined|worn out)"
    r"(?: \w+){0,3}? (?:from|by|after)|"
    # harm said to come from it: "eczema from all the color and chemicals"
    r"(?:eczema|dermatitis|rash(?:es)?|hives|allerg(?:y|ies)|asthma|reactions?|blisters|"
    r"headaches?|migraines?|nausea|(?:get|got|getting|gets) sick)(?: \w+){0,2}? (?:from|to|"
    r"because of|due to)|"
    r"(?:don'?t|do not|dont|no longer) want to (?:be |do |work )?(?:in|with|around))\b"
    r"[^,.;!?]{0,40}$"
)
#: a liking said before the trait's words, within their clause
LIKE = re.compile(
    r"(?:\b(?:i|we|you|they|really|also|do|does|always|kinda|sorta|truly|still|would|'d|"
    r"actually|genuinely)\s+(?:like|likes|liked)\b|"
    # a clause of its own that is nothing but it: "not very good with computers, like music"
    r"^\s*like(?=\s*$)|\b(?:love|loves|loved|enjoy|enjoys|enjoyed|"
    r"(?<!get )(?<!getting )(?<!break )(?<!breaking )(?<!go )(?<!going )(?<!move )(?<!switch )into|"
    r"passionate about|"
    r"interested in|good (?:at|with)|great (?:at|with)|fan of|fascinated by|obsessed with|"
    r"drawn to|want to|wanna|would like to|'?d like to|prefer|dream of|care about|"
    r"curious about|fond of|keen on|skilled (?:at|in)|talent for|strong (?:at|in)|best at|"
    r"passion for|my thing|crazy about|mad about|favou?rite|love doing|always been into|"
    r"enjoy doing|i'?m a|i am a|"
    # what they know, said as theirs: "i know cows, tractors, fixing equipment"
    r"(?<!don't )(?<!dont )(?<!do not )(?<!not )(?<!didn't )(?<!didnt )(?:i|we) know"
    r"(?: a lot about| my way around)?"
    r"(?! (?:nothing|little|what|how|where|why|who|that|if|it|its|it'?s)\b))\b)[^,.;!?]{0,40}$"
)
#: a liking or a dislike said after the trait's words: "cooking is what I'm best at",
#: "managing people sounds awful", "blood makes me faint"
LIKE_AFTER = re.compile(
    r"^[^,.;!?]{0,25}\b(?:(?:is|are|was|has always been|have always been|were) (?:my|what i'?m|"
    r"what i) (?:thing|passion|jam|favou?rite|best at|good at|love|life|everything)|"
    r"fascinates? me|interests? me|excites? me|nerd|geek|fan|lover|enthusiast|buff|"
    r"sounds? (?:nice|good|great|fun|interesting|cool|amazing|awesome))"
)
DISLIKE_AFTER = re.compile(
    # a suggestion echoed in disbelief: "sales?? man ive been bolting doors…"
    r"^\s*\?\s*[?!]|"
    # the work told, then hated by a pronoun: "doing spreadsheets all day at a firm and i
    # kinda hate it"
    r"^[^.;!?]{0,90}?\b(?:and|but|,) i (?:\w+ )?(?:hate|hated|can'?t stand|loathe|despise) "
    r"(?:it|that|this|them|doing (?:it|that))\b|"
    r"^[^,.;!?]{0,30}?\b(?:sounds? (?:awful|terrible|boring|horrible|bad)|(?:is|are) "
    r"(?:my |really |so |very |super |just )?(?:nightmare|not for me|the worst|hell|hard for me|"
    r"crazy|insane|nuts|ridiculous|a joke|impossible|out of the question|"
    r"a no|hard|difficult|boring|awful|trash|garbage|the worst|horrible|terrible|ass)|"
    r"(?:would|will|'?d|gonna|is gonna|would literally) (?:destroy|kill|crush|wreck|break) me|"
    # "the heat is killing me"
    r"(?:is|are) (?:literally |really |slowly )?(?:killing|destroying|wrecking|cooking) me|"
    r"(?:destroyed|killed|crushed|wrecked|broke|beat|defeated) me|"
    r"\s*=\s*(?:no|nope|nah|never|bad|hell no|a no)\b|"
    r"(?:gives?|give) me (?:anxiety|headaches?|migraines?|"
    r"the creeps)|drives? me (?:crazy|nuts|insane)|makes? me (?:sick|faint|anxious|nervous|"
    r"queasy|pass out|dizzy|nauseous|(?:get |have )?(?:a )?headaches?|throw up)|scares? me|"
    r"freaks? me out|terrif(?:y|ies) me|(?:is|are) (?:scary|terrifying|a nightmare)|"
    # "writing not so good", "my math is weak": a skill they lack is no liking
    r"(?:(?:is|are|'s) )?not (?:so|too|very|that|really) (?:good|great|strong)\b|"
    r"(?:is|are|'s) (?:pretty |really |very |kinda )?(?:weak|poor|rusty)\b|"
    r"isn'?t for me|not for me|(?:is|are) out|"
    # "truck driving and carpentry are kinda the opposite of what I need"
    r"(?:is|are|'s) (?:kinda |kind of |sort of |literally |like |just |exactly )?(?:the )?"
    r"opposite of what i|(?:is|are|'s) (?:not|n'?t) what i (?:need|want|asked|meant|said)|"
    # "managing people is not really me"
    r"(?:is|are|'s) (?:not|isn'?t|aren'?t) (?:really |exactly |quite )?me\b|"
    # "design is obviously not a long term thing": work they cannot keep doing
    r"(?:is|are|'s) (?:obviously |clearly |just |really |probably )?(?:not|no longer) (?:a |an )?"
    r"(?:long[- ]term|option|possible|realistic|sustainable|viable|going to work|gonna work)|"
    # "phone calls hard for me", "lifting is how i got hurt"
    r"(?:really |so |very |super |too )?(?:hard|difficult|tough|impossible) for me|"
    r"(?:is|was|'s) (?:literally |exactly |basically )?how i got (?:hurt|injured)|"
    r"(?:is|are)(?:n'?t| not) (?:really )?my (?:thing|strength|strong suit|jam|forte|cup of tea)|"
    # a thing said to harm them: "the travel is wrecking my relationship"
    r"(?:is|are|was|were) (?:\w+ )?(?:wrecking|killing|ruining|destroying|draining|hurting|"
    r"crushing|exhausting|too much|getting old)|"
    r"(?:wrecks|ruins|kills|drains|destroyed|ruined|wrecked)|"
    # tried and given up: "office job lasted 3 months", "didn't last a year in retail"
    r"(?:only |just )?lasted (?:only |just )?(?:\d+|a|one|two|three|four|five|six|a few|a couple "
    r"(?:of )?)(?: \w+)? (?:days?|weeks?|months?)|(?:didn'?t|did not) last)\b"
)
#: the cues as they occur anywhere before the trait's words in their clause
_DISLIKE_CUE = re.compile(DISLIKE.pattern.removesuffix(r"[^,.;!?]{0,40}$"))
_LIKE_CUE = re.compile(LIKE.pattern.removesuffix(r"[^,.;!?]{0,40}$"))
#: words said as what the work should involve: "jobs with animals", "something in science",
#: "careers for introverts", "music jobs"
FRAME = re.compile(
    r"\b(?:with|involving|involves?|around|for|doing|using|that (?:involves?|uses?|has)|"
    r"where i (?:can|get to)|something|anything|working)\s+(?:\w+\s+){0,2}$"
)
FRAME_AFTER = re.compile(r"^\s*(?:jobs?|careers?|work|fields?|related|industry|roles?|lovers?)\b")
#: what may stand between two things one cue is said of: "animals and kids", "math or stats",
#: "heights or around heavy machinery"
LISTED = re.compile(
    r"\s*(?:(?:and|or|&|plus|also|as well as|and also|and even)\s+)?"
    r"(?:(?:around|near|with|on|in|at|by|from)\s+)?(?:the\s+)?(?:heavy\s+|big\s+|loud\s+|"
    r"dangerous\s+|sharp\s+|moving\s+)?"
)
#: a noun after a trait's words that makes them a task's or a trade's ("travel booking",
#: "animal feed", "computer records"): said so, they tell of work done, not of a liking
_COMPOUND_HEAD = re.compile(
    r" (?:bookings?|arrangements?|reservations?|itinerar(?:y|ies)|agents?|agenc(?:y|ies)|"
    r"industry|compan(?:y|ies)|expenses?|insurance|budgets?|policy|policies|logistics|"
    r"records|reports?|paperwork|feed|supplies|permits?|visas?|claims?|billing|invoices?|"
    r"coordinat(?:ion|or|ing)|"
    # events and debts that befell them: "a car accident", "my truck payment"
    r"accidents?|crash(?:es)?|wrecks?|payments?|loans?|tickets?|"
    # the people of a workplace, not the place: "office politics", "office drama"
    r"politics|drama|gossip|"
    # gig work done for the money: "driving uber", "driving for doordash"
    r"(?:for )?(?:uber|lyft|doordash|door dash|grubhub|instacart|postmates|amazon flex))\b"
)
#: between two things of one list: "writing, explaining things, and organizing"
#: (after a comma, one word of the next thing's own may lead it: "phone calls, open offices")
_IN_A_LIST = re.compile(
    r"\s*,\s*(?!(?:and|or|but|not|no|never)\b)[a-z]+\s+|"
    # (an aside may come before the next: "driving obviously or heavy machinery")
    r"(?:\s+(?:obviously|either|too|especially|really|honestly|ofc|of course|tbh|lol))?"
    r"(?:\s*,)?\s*(?:(?:and|or|&|plus|and also|and even)\s+"
    # (with one word of the next thing's own: "driving or heavy machinery")
    r"(?:(?!(?:i|im|my|me|the|a|an|we|you|it|they|but|so|then|not|no|love|like|hate)\b|"
    r"[a-z]+ing\b)[a-z]+\s+)?)?"
)
#: how they are not, said of themselves: no wish either way
DENIAL = re.compile(
    r"\b(?:i'?m|i am|im)\s+(?:really |just |honestly |actually )?not\s+(?:\w+\s+)?$|"
    # what they know nothing of, said of themselves: neither liked nor turned from
    r"\b(?:don'?t|dont|do not|didn'?t|didnt) know (?:nothing|anything|much|a thing|squat|jack)"
    r" (?:about|of)\s+(?:\w+\s+)?$"
)
#: one's own things, said in passing and with no liking: "before I had my kids", "my truck";
#: a workplace named by its kind: "a manufacturing plant", "the power plant"
INCIDENTAL = re.compile(
    r"\b(?:(?:my|our|his|her|their|your)\s+(?:own\s+)?|(?:i have|i'?ve got|ive got|we have)"
    r" (?:a |an |two |three |\d+ )?(?:little |young |small |new )?|(?:manufacturing|power|"
    r"processing|chemical|nuclear|treatment|packing|assembly|auto|steel|meat|water|production|"
    r"bottling|paper|cement|recycling)\s+|\b(?:\d+|two|three|four|five|a couple of)\s+|"
    # a life event with one's children: "left to raise kids", "before kids", "after having kids"
    r"\b(?:rais(?:e|ed|ing)|hav(?:e|ing)|had|before|after|since|pregnant with|home with|while|"
    r"when|until|till|whilst|"
    r"stay(?:ed|ing)? home (?:with|for)|"
    r"home (?:\w+ )?(?:by|at|before|after) [\d:]+(?: ?[ap]m)? for|"
    # the school run: "pick up the kids", "drop the kids off", "home by 3:30 for the kids"
    r"pick(?:ing)? up|drop(?:ping)? off|get|getting|school run with)\s+"
    r"(?:the |my |our |\d+ |two |three )?(?:little |young )?|"
    # time spent there, one's experience: "30 years on the road", "15 yrs behind the chair"
    r"\b(?:\d+|a few|many|ten|fifteen|twenty|thirty|forty) (?:years?|yrs?|months?|decades?) "
    r"(?:(?:on|in|of|at|behind|around)(?: the| a| an)?\s+)?|"
    # work done there, or a lukewarm skill: "i work cleaning offices", "im ok at math not great"
    r"\b(?:clean(?:ing|s)?|mopping|vacuuming|guarding|deliver(?:ing|s)? to) (?:the |an? |at )?|"
    r"\b(?:ok|okay|alright|decent|fine|average|mid) (?:at|with) |"
    # a reason, not a liking: "i cant do nights bc of the kids"
    r"\b(?:bc|b/c|because|cause|cuz|coz|due to)(?: of)? (?:the |my |our )?|"
    # what a career asks of everyone, asked: "dont u need a lot of math for that"
    r"\b(?:do|does|don'?t|dont|doesn'?t|would|will|wouldn'?t)\s+"
    r"(?:u|you|i|it|one|they|that|this)\s+(?:need|needs|require|requires|have to (?:know|do|use)|"
    r"involve|use)\s+(?:a lot of |lots of |much |any |some |good |strong |a |an )?|"
    # what harmed them: "eczema on my hands from the chemicals", "allergic to cats"
    r"\b(?:eczema|rash\w*|allerg\w*|reactions?|sick|burns?|asthma|hurt|injur\w*|dermatitis)\b"
    r"[^,.;!?]{0,40}\b(?:from|to|by|with) (?:the |all the |all |those |these )?)$"
)
#: liked less than what was said before it: "i like fixing the equipment more than the
#: animals", "machines rather than people"
_LIKED_LESS = re.compile(
    r"\b(?:more than|rather than|instead of|better than)\s+(?:the |my |all the |working with |"
    r"being with |being |working |doing |dealing with )?$"
)
#: said of the things themselves, a fact of the person's life and no liking: "(the) kids
#: are in school now", "my dog is sick"
INCIDENTAL_AFTER = re.compile(
    r"^\s+(?:(?:are|is|was|were|got|get|have|has)\s+)?(?:now |finally |all |both )?(?:in|at|grown|"
    r"older|gone|out|back|sick|home|starting|started|going|off|heading|headed|leaving|"
    r"graduating)\b[^,.;!?]*|"
    # an illness of theirs: "had a heart attack", "my back surgery", "kidney failure"
    r"^\s+(?:attacks?|surgery|surgeries|transplant|condition|disease|failure|stroke|problems?|"
    r"issues?|injury|injuries|murmur|defect|damage|cancer|operation)\b|"
    # papers and leave: "my CDL medical card", "on medical leave", "medical bills"
    r"^\s+(?:card|clearance|leave|bills?|insurance|reasons?|records?|debt)\b"
)


#: a subject said as what one studies or studied: "an MS in", "majoring in", "a degree in"
_STUDIED = re.compile(
    r"\b(?:ms|msc|ma|ba|bs|bsc|phd|masters?|master'?s|bachelors?|bachelor'?s|associates?|"
    r"associate'?s|degrees?|diploma|majors?|majoring|minors?|minoring|studying|studies|"
    r"study|studied|courses?|classes)\s+(?:in\s+)?$"
)


#: between a body worn out and what wore it: "knees are shot from standing all day"
_WORN_BY = re.compile(r"\s+(?:from|by|after)\s+(?:being\s+|years of\s+|all the\s+)?")


def _worn(text: str, between: tuple[int, int], trait: Trait, dislikes: list[str]) -> bool:
    """Whether a liking's words, right after the body said worn out, are what wore it."""
    last, start = between
    said = last > 0 and _WORN_BY.fullmatch(text, last, start) is not None
    return said and trait.kind == "like" and "body" in dislikes


_BACKGROUND = re.compile(r"\b(?:background|experience|skills|training|knowledge|degree)\b")


def _in_passing(clause: str, after: str) -> int | None:
    """Where a trait's words said in passing end, counted from the words' end: one's own
    things ("before I had my kids": 0) or a fact of one's life ("kids are in school now": to
    the clause's end); None when they are said as such."""
    if _SKILLS_AFTER.match(after) and _MINE.search(clause):
        return None  # "my writing and research skills": strengths of theirs
    if INCIDENTAL.search(clause) or _SAID_OF_IT.search(clause):
        return 0
    if _STUDIED.search(clause):
        return None  # "an MS in chemistry at Purdue": what they study, wherever
    fact = INCIDENTAL_AFTER.match(after)
    return fact.end() if fact else None


#: a skill of theirs: "my writing (and research) skills", "my people skills"
_SKILLS_AFTER = re.compile(r"^(?:\s+and\s+\w+)?\s+(?:skills?|abilities|strengths?|talents?)\b")
_MINE = re.compile(r"\b(?:my|our)\s+$")
#: what a career shown is, said of it: "architect?? that's like all math tho", "it's so
#: much writing": a fact of the work, no liking of the thing
_SAID_OF_IT = re.compile(
    r"\b(?:that'?s|thats|it'?s|its|it is|that is|they'?re|theyre|those are|these are|it'?s just)"
    r"\s+(?:like\s+|basically\s+|literally\s+|pretty much\s+)?(?:all|so much|a lot of|too much|"
    r"mostly|just|nothing but|way too much)\s+$"
)
#: a clause ends at punctuation or a turn ("I like animals but hate blood")
CLAUSE = re.compile(r"[,.;!?()]|\b(?:but|although|though|however|yet|since|because)\b")
#: the message asks what fits the person
FITS_ME = re.compile(
    r"\b(?:what (?:else )?(?:should|could|can|would|do|shall) i (?:do(?! (?:in (?:high )?school|"
    r"to (?:get|become|start|prepare)|first|next|now to|after that|before))|be|become|study|pick|"
    r"choose|go for|get into|try|do for (?:a living|work))|"
    r"what (?:[a-z]+ ){0,2}?(?:job|career|work|field|path)s? (?:should|would|"
    r"could|can|might|will|do|would be (?:good|best|right)) (?:i|suit|fit|be)|(?:fits?|suits?|"
    r"suited to|good for|right for|best for|ideal for|match(?:es)?|for) (?:me|someone like me|"
    r"a person like me|people like me)|help me (?:pick|choose|find|decide|figure)|"
    # "i want to use my brain again": work that asks more of them
    r"(?:want|need|like) to use my (?:brain|head|mind|skills|degree|education)|"
    r"(?:no|zero|any) (?:idea|clue) what|no clue|(?:don'?t|do not|dont|idk|dunno) (?:know )?what|"
    r"what(?:'?s| is| are) (?:a |some )?(?:good|decent|solid) (?:jobs?|careers?|fields?)(?! for)|"
    r"any (?:good )?(?:job|career) (?:ideas|suggestions)|"
    r"what to do with my life|(?:which|what) (?:job|career)s? (?:is|are) (?:the )?best|not sure "
    r"what|what (?:job|career|work)s? (?:would )?i(?:'?d| would) be good at|what am i good at|"
    r"pick a (?:major|career|path)|choose a (?:major|career|path)|what'?s next for me|"
    # "what careers combine math and music", "what should i major in"
    r"what (?:[a-z]+ )?(?:jobs?|careers?|majors?|fields?) (?:combine|mix|blend|use|involve)|"
    r"what (?:should|could|would) i major in|"
    r"everything sounds boring|nothing interests me|(?:tell|show) me what (?:job|career)|"
    # "idk im 23 and kinda lost": lost as to what to do, said of themselves
    r"(?:i'?m|im|i am|i feel|feeling|i feel so|so)\s+(?:\w+\s+){0,3}?(?:kinda |kind of |so |"
    r"really |totally |completely |pretty |a bit |a little )?(?:lost|directionless|stuck in life|"
    r"clueless)(?!\s+(?:my|a|the|his|her|our)\b)|"
    r"what are my options|my options|what'?s out there for me|what now|now what|"
    r"(?:going|getting|get|coming|head(?:ing)?) back to work|return(?:ing)? to work|"
    r"re-?enter(?:ing)? the (?:work ?force|job market)|"
    r"(?:i )?(?:need|looking for) (?:a new |a |some )?(?:\w+ )?(?:job|work)\b(?! as\b)|"
    r"(?:need|have|got) to (?:go back to |start |get back to |find )?work\b"
    r"(?=\s*(?:[,.;!?]|$|(?:for|again|soon|now|asap|full|part)\b))|"
    r"(?:know|no idea|clue) where to (?:start|begin)|"
    r"(?:career|job|work) (?:ideas|advice|suggestions?|recommendations?)|"
    r"(?:recommend|suggest)(?: me)?(?: a| some)? "
    r"(?:job|career|path)|what should i do with my life|i'?m lost|figure out (?:my|a) "
    r"career|(?:which|what) (?:job|career)s? (?:fit|suit)|(?:jobs?|careers?|work|options)"
    r"(?: (?:are|is) (?:there|out there|available))? for (?:people|someone|somebody|a person) "
    r"(?:who|like|that|with|without))\b"
)
#: with the job they do now: asks where they could go from it
MOVE = re.compile(
    r"\b(?:what (?:else|other)|other (?:jobs|careers|options|work|roles|fields)|switch(?:ing)? "
    r"(?:to|into|careers|jobs|fields|out)|change (?:careers?|jobs?|fields?)|career change|"
    r"move (?:in)?to|pays? more|pay(?:s|ing)? better|better pay(?:ing)?|more money|make more|"
    r"earn more|higher pay(?:ing)?|use my (?:skills|experience|background|degree)|"
    r"transferable|next step|step up|move up|get out of|leave (?:my|this)|quit|where (?:can|do|"
    r"should|could) i go|options|alternatives?|instead|what can i do|what could i do|"
    r"burn(?:ed|t)? ?out|sick of|tired of|hate my job|done with|pivot|second career|"
    r"something (?:better|else|new|different)|better (?:job|career|paying)|move on|"
    r"go back to work|realistic for me|pay cut|want out|what'?s next|what next|retir\w+|"
    r"where do i go|what now|stuck|adjacent (?:careers?|jobs?|fields?|roles?|work)|"
    r"what (?:[\w-]+ ){0,2}(?:jobs?|careers?|work|roles?) (?:wont|won'?t|will|would|could|that|"
    r"which|use|uses|fit|fits)|any way to|is there (?:a|any) way|"
    # the job gone or going: "the plant… just shut down", "someone like me"
    r"(?:someone|somebody|people|a person|a guy|a gal|a woman|a man) like me|shut down|"
    r"(?:is |are |was )?closing|closed down|laid off|lost my job|"
    # leaving the forces: "getting out of the army", "what's the civilian version of this"
    r"getting out of|civilian (?:version|equivalent|side|world|life|jobs?|work|careers?)|"
    r"(?:equivalent|version) of (?:this|that|it|what i do|my job))\b"
)
#: with the job they do now: they want out of that kind of work, not up in it
LEAVING = re.compile(
    r"\b(?:burn(?:ed|t)? ?out|burnout|sick of|tired of|fed up|wants? out|wanting out|get out|"
    r"leave|leaving|quit(?:ting)?|done with|hate my job|something (?:else|different|new)|"
    r"what else|pivot|second career|career change|change careers?|switch careers?|other than|"
    r"anything but|escape|no more|retir(?:e|ing) from|leave the force|out of the force)\b"
)
SAME_SKILLS = re.compile(
    r"\b(?:my (?:skills?|experience|background|degree|training)|transferable|similar (?:jobs?|"
    r"work|careers?)|related (?:jobs?|work|careers?)|with (?:these|those|the) skills|"
    r"skills? i (?:have|already)|(?:uses?|using) what i'?m good at)\b"
)


@dataclass(frozen=True, slots=True)
class PersonReading:
    person: Person
    #: the characters the trait words took, for the readings after this one to skip
    spans: tuple[tuple[int, int], ...] = ()
    #: the message asks what fits them ("what should I do", "what fits me"; with a job said,
    #: "what else", "what pays more")
    asks: bool = False
    #: a trait was said as the person's own: with a liking or a dislike ("I love animals"),
    #: as what the work should involve ("jobs with animals", "careers for introverts"), or
    #: in words that are a wish by themselves ("low stress", "job security"); a trait's
    #: word alone ("vet tech", "graphic design") is no such saying
    said: bool = False


@cache
def _patterns() -> Gated[tuple[Trait, bool]]:
    """Each trait's words as one pattern, and apart, the words (written "?word" in the table)
    that are the trait only when said with a liking or a dislike ("love coffee and people",
    never "people say")."""
    out = []
    for trait in traits():
        plain = [w for w in trait.words if not w.startswith("?")]
        cued = [w[1:] for w in trait.words if w.startswith("?")]
        for words, needs_cue in ((plain, False), (cued, True)):
            if words:
                pattern = re.compile(r"\b(?:" + "|".join(words) + r")\b")
                out.append((pattern, (trait, needs_cue)))
    return Gated(out)


def _clause_before(text: str, start: int) -> str:
    before = text[:start]
    cuts = [m.end() for m in CLAUSE.finditer(before)]
    return before[cuts[-1] :] if cuts else before


_WISH_CLAUSE = re.compile(r"\bwhere (?:i|you|u|we|one)\b|\bso (?:that )?(?:i|you|u) can\b")
#: work in general, whose wish clause a cue before it carries into ("jobs where i sit")
_ANY_WORK = re.compile(
    r"(?:an? |the |any |some )?(?:jobs?|work|careers?|places?|something|anything|roles?|"
    r"positions?|stuff|fields?)"
)


def _beyond(before: str, at: int) -> bool:
    """Whether a wish's own clause begins after ``at`` with a thing other than work
    between ("without a degree where i…")."""
    found = _WISH_CLAUSE.search(before, at)
    return found is not None and not _ANY_WORK.fullmatch(before[at : found.start()].strip())


def _cue(before: str, after: str, rest: str = "") -> tuple[bool, bool]:
    """(disliked, liked): the cue nearest the trait's words decides ("I hate math and love
    animals": "love" is nearer to "animals"); a cue after them counts when none is before;
    a verdict said back across a turn outweighs both ("majoring in bio but i hate it")."""
    if TURNED.match(rest) or _NOT_ME.match(rest):
        return True, False
    # a cue of a thing reaches no further than a wish's own clause: "without a degree where
    # i work with my hands" dislikes no handiwork ("hate jobs where i sit" still dislikes)
    dislikes = [m for m in _DISLIKE_CUE.finditer(before) if not _beyond(before, m.end())]
    dislike = [m.start() for m in dislikes]
    # a liking said under a negation is none: "don't want to", "not good with", "never like"
    like = [
        m.start()
        for m in _LIKE_CUE.finditer(before)
        if not any(d.start() <= m.start() <= d.end() + 1 for d in dislikes)
    ]
    if dislike or like:
        negative = max(dislike, default=-1) > max(like, default=-1)
        return negative, not negative
    return bool(DISLIKE_AFTER.match(after)), bool(LIKE_AFTER.match(after))


#: a negation or a low amount right before a trait's words turns them round, where the words
#: hold the liking themselves ("don't like people", "never liked to talk") or name a thing
#: wanted scarce ("no people", "lowest stress", "less pressure")
_TURNED_LEAD = re.compile(
    # ("why no computer repair job?" asks why it was left out: no refusal)
    r"\b(?<!why )(?<!how come )(?:don'?t|do not|doesn'?t|does not|didn'?t|isn'?t|is not|"
    r"aren'?t|wasn'?t|never|not|no|nothing|nothin|zero|"
    r"low|lower|lowest|least|"
    r"less|minimal)\s+(?:really\s+|even\s+|much\s+|too\s+much\s+|too\s+|so\s+)?"
    r"(?:(?:have|need|want|got|wanna|gotta) (?:to )?(?:\w+ )?|(?:know|understand|get) "
    r"(?:much |anything |a lot |a thing )?(?:about )?)?$"
)

#: a trait's words that say their own negation ("no people", "away from people", "less
#: stress"): a cue before them is not another turn
_SELF_TURNED = re.compile(r"(?:no|not|never|without|away from|less|fewer|minimal|zero)\b")

#: what was just said, taken back: "no blood draws preferably haha jk i dont care"
_KIDDING = re.compile(
    r"^[^,.;!?]{0,25}?\b(?:jk|j/k|just kidding|kidding|lol jk|i don'?t (?:really )?care|"
    r"doesn'?t (?:really )?matter)\b"
)

#: a verdict after a comma: "a lot of managing people and meetings, not really me"
_NOT_ME = re.compile(
    r"^[^.;!?,]{0,40}?,\s*(?:but\s+)?(?:that'?s |thats |it'?s |its |which is )?(?:not|isn'?t) "
    r"(?:really |exactly |quite |for )?(?:me|my thing)\b"
)
#: a verdict said back across a turn: "majoring in bio but i hate it"
TURNED = re.compile(
    # "a 3rd year bio major and i HATE it": the study's word between
    r"^\s*(?:majors?|degree|class(?:es)?|courses?|stuff|program(?:me)?|studies|student|classes|"
    # "did kitchen work in there but i dont want that": work done, not wanted again
    r"school|(?:work|jobs?|experience)(?: in there| there| before| inside)?)?\s*,?\s*"
    r"(?:but|and|\.|tbh|honestly)\s*(?:i |honestly i |tbh i )?"
    r"(?:really |honestly |kinda |lowkey |actually )?(?:hate|can'?t stand|dislike|"
    r"don'?t (?:like|enjoy|love|want)|dont (?:like|enjoy|love|want)|do not want|"
    r"am sick of|'?m sick of|am done with|'?m done with) "
    r"(?:it|them|that|to do that|more of that)\b"
)


#: a burden said of work ("it was kinda stressful", "the job is so intense"), and the
#: traits that are one
_COMPLAINED = re.compile(
    r"\b(?:was|is|were|are|been|got|gets|getting|felt|feels|it'?s|its|was just|too|so)\s+"
    r"(?:(?:kinda|kind of|really|very|super|pretty|so|too|way too|just|a bit|extremely|insanely)"
    r"\s+)*$"
)
_BORNE = frozenset({"stress"})
#: asked why a kind of work was left out: it is wanted
WHY_LEFT_OUT = re.compile(
    r"\b(?:why|how come)(?: is there| are there| were there)? (?:no|not|nothing)(?: an?| any)?"
    r"(?: [a-z]+){0,2}\s+$"
)
#: traits whose words tell how the person is, never a thing they have in passing: "i have
#: social anxiety" is no "i have kids"
_TEMPERS = frozenset({"quiet"})
#: how far before a trait's words what turns them round is looked for (the patterns that
#: end there are a few words long; reading the whole message before each made long messages
#: slow)
_NEAR = 60
#: a thing they will not lose, so one they like: "i don't want to completely kill the
#: creative part of me", "without giving up working with people", "i dont wanna totally
#: quit music"
_KEPT_BEFORE = re.compile(
    r"\b(?:(?:don'?t|dont|do not|never|wouldn'?t|wouldnt|would not|not) (?:want|wanna|wish|like)"
    r"(?: to)?|without|w/o)(?: \w+){0,2}? (?:kill|killing|lose|losing|give up|giving up|abandon|"
    r"abandoning|sacrifice|sacrificing|waste|wasting|throw away|throwing away|leave behind|"
    r"leaving behind|let go of|letting go of|quit|quitting|stop|stopping|drop|dropping)"
    r"(?: (?:the|my|all|that|this|of|doing|playing|making))* $"
)
#: what follows words of work said to entail something, not liked: "managing a kitchen
#: still means jumping on the line"
_ENTAILS_AFTER = re.compile(
    r"(?:\s+(?!and\b|but\b|or\b)\w+){0,3}?\s+(?:still |would still |also )?(?:means?|involves?|"
    r"requires?|entails?)\b"
)
#: one's own: "my kids", "our two little ones"
_FAMILY_BEFORE = re.compile(
    r"\b(?:my|our|his|her|their) (?:own |two |three |four |\d+ |little |young |small )*$|"
    # "not happening with two kids", "single mom of 3 kids": theirs, counted
    r"\b(?:with|have|got|raising|of|and) (?:two|three|four|five|\d+|a couple of) "
    r"(?:little |young |small )?$"
)
#: what the world of work is said to be, no liking of it: "everything is computers now"
_WORLD_IS = re.compile(
    r"\b(?:everything|every job|all (?:the )?jobs|it'?s all|its all|everything'?s|the world)"
    r"(?: is| are|'s)?(?: all| just| now| going| moving| turning)*(?: to| into| about)? $"
)
#: work said as done by them, a skill they have: "i already train people at work", "i fix
#: the machines when they jam"; activities only (never "i sit all day", a burden told)
_DOES_IT = re.compile(r"\bi (?:already |currently |also |often |usually |still |even |do )*$")
_DONE = frozenset(
    {
        "teaching",
        "drawing",
        "writing",
        "building",
        "fixing",
        "helping",
        "organizing",
        "leading",
        "selling",
        "driving",
        "music",
        "photography",
        "design",
        "math",
        "cars",
        "electronics",
    }
)
#: a thing said as the reason for something else: "bc of the kids", "because of my back"
_REASON_BEFORE = re.compile(
    r"\b(?:bc|b/c|because|cause|cuz|coz|due to)(?: of)? (?:the |my |our |his |her )?$"
)


def _said_how(
    text: str, span: tuple[int, int], clause: str, after: str, trait: Trait | None = None
) -> tuple[bool, bool]:
    """(disliked, liked) of the trait's words at ``span``: a burden said of work ("it was
    kinda stressful") is one they want less of; their own "no" ("no people"), a negation
    right before them ("don't like people", "lowest stress"), else the cues."""
    start, end = span
    if trait is not None and trait.name in _BORNE and _COMPLAINED.search(text[:start]):
        return True, False
    if _REASON_BEFORE.search(text[:start]):
        return False, False  # "i cant do nights bc of the kids": a reason, neither way
    near = text[max(0, start - _NEAR) : start]  # what these are said with is close before
    if _KEPT_BEFORE.search(near):
        return False, True  # "i don't want to completely kill the creative part of me"
    if WHY_LEFT_OUT.search(near):
        return False, True  # "why no computer repair job? i fix laptops already"
    if trait is not None and trait.name in _DONE and _DOES_IT.search(near):
        return False, True  # "i already train ppl at work": what they do, and can
    if _SELF_TURNED.match(text, start):
        return False, True
    if _TURNED_LEAD.search(text[:start]) or SAID_OF_SHOWN.search(text[:start]):
        return True, False
    return _cue(_list_head(text, start, clause), after, text[end:])


#: a thing named as one item of a list ("the grading at 11pm", "and the admin")
_LIST_ITEM = re.compile(
    r"\s*(?:(?:and|or|plus)\s+)?(?:the|all the|my|our|those|these)\s+(?:\S+(?:\s+|$)){0,5}"
)
#: a doing named as one item of a list the items above began ("…, the politics, sitting in a
#: cubicle staring at solidworks all day")
_DOING_ITEM = re.compile(
    r"\s*(?:(?:and|or|plus)\s+)?(?!(?:some|any|no|every)thing\b|thing\b|being\b|during\b)"
    r"[a-z]+ing\s+(?:\S+(?:\s+|$)){0,8}"
)
#: how far back the items of one list are followed to the cue that heads it
_LIST_ITEMS = 5


def _list_head(text: str, start: int, clause: str) -> str:
    """The clause a cue is looked for in: the trait's own, or, for an item of a list with
    no cue of its own, the clause that heads the list ("done with the classroom - the
    behavior management, the grading at 11pm, the admin": the admin is disliked too). A
    doing is an item only after things were ("the meetings, the politics, sitting in a
    cubicle"): right after the cue it may be a clause of its own."""
    if _DISLIKE_CUE.search(clause) or _LIKE_CUE.search(clause):
        return clause
    doing = _DOING_ITEM.fullmatch(clause) is not None
    if not (_LIST_ITEM.fullmatch(clause) or doing):
        return clause
    items = text[:start].split(",")[:-1]
    for things, item in enumerate(reversed(items[-_LIST_ITEMS:])):
        # (the clause that heads the list begins at its sentence's start)
        head = re.split(r"[.;!?]", item)[-1]
        if _DISLIKE_CUE.search(head) or _LIKE_CUE.search(head):
            return head if things or not doing else clause
        if head != item or not _LIST_ITEM.fullmatch(item):
            return clause
    return clause


def _unborne(
    text: str, matches: Iterable[tuple[int, int, Trait, bool]]
) -> tuple[list[tuple[int, int, Trait, bool]], list[tuple[int, int]]]:
    """The trait words but those said to be borne ("I don't mind travel"), which are no
    liking; and the spans of those, read."""
    found: list[tuple[int, int, Trait, bool]] = []
    borne: list[tuple[int, int, Trait, bool]] = []
    for match in matches:
        before = text[max(0, match[0] - _NEAR) : match[0]]
        # and those said as the world's ("everything is computers now") or as a reason ("bc
        # of the kids"): no liking either
        aside = (
            _TOLERATED.search(before)
            or _WORLD_IS.search(before)
            or _REASON_BEFORE.search(before)
            # their own children are family, no work with children: "cant afford it w my kids"
            or (match[2].name == "children" and _FAMILY_BEFORE.search(before))
            # what a kind of work entails, said of it: "managing a kitchen still means…"
            or _ENTAILS_AFTER.match(text, match[1])
            # a thing of theirs sold once: "had to sell most of the ground last year"
            or (match[2].name == "selling" and shape("sold_once").match(text, match[1]))
            # one of those shown, picked: "ok the supervisor sounds good"
            or (_POINTED_AT.search(before) is not None and _PICKED.match(text, match[1]))
        )
        (borne if aside else found).append(match)
    return found, [(start, end) for start, end, _, _ in borne]


#: a career of those shown, pointed at by a word of its name and picked: "the supervisor
#: sounds good", "that driving one looks right"
_POINTED_AT = re.compile(r"(?:^|[,.;!?]\s*|\b(?:ok|okay|so|yeah|hmm+)\s+)(?:the|that|this)\s+$")
_PICKED = re.compile(
    r"(?:\s+(?:one|job|thing|option))?\s+(?:sounds?|seems?|looks?)\s+(?:\w+\s+)?(?:good|great|right|"
    r"interesting|cool|nice|fun|perfect|best|like me|like my thing)\b"
)
#: a credential after a field's words: refused or unrecognised, it dislikes no field
_CREDENTIAL_AFTER = re.compile(r"\s+(?:degrees?|school|diploma|license|licence)\b")


#: a thing said to be borne, not sought: "I don't mind travel", "ok with some blood"
_TOLERATED = re.compile(
    r"\b(?:(?:don'?t|dont|do not|wouldn'?t|wouldnt|would not) mind|(?:i'?m |im )?(?:ok|okay|fine)"
    r" with|can (?:handle|deal with|tolerate)|open to)(?: (?:the|some|a bit of|a little|a lot of|"
    r"lots of))? $"
)
#: words before what is said of the list on screen: careers ("those are all teachers", no
#: career asked about) or a kind of work, as its fault ("these are all still writing jobs")
SAID_OF_SHOWN = re.compile(
    r"\b(?:these|those|they|them|theyre|they'?re)(?: are| r)? (?:all|just|only|mostly|still)"
    r"(?: (?:all|just|only|mostly|still))*(?: (?:a bunch of|more|the same|like))? $"
)


def _clause_after(text: str, end: int) -> str:
    after = text[end:]
    if _ECHOED.match(after):
        return after[:3]  # "sales??": said back in disbelief, which DISLIKE_AFTER reads
    cut = re.search(r"[,.;!?()]|\b(?:but|although|though|however|yet)\b", after)
    return after[: cut.start()] if cut else after


#: a word said back with "??" or "?!"
_ECHOED = re.compile(r"\s*\?\s*[?!]")


#: a body's posture said with where it is, before a thing's words: "laying on concrete under
#: cars", "crawling around under houses", "on my back under a sink"
_POSTURE_UNDER = re.compile(
    r"\b(?:lay|laying|lying|lie|crawl\w*|kneel\w*|squat\w*|bent over|bending|stuck|on (?:my|your|"
    r"ur) (?:back|knees))\b[^,.;!?]{0,30}\b(?:under|beneath|underneath)\s+(?:the\s+|a\s+|an\s+)?$"
)


def _matches(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Trait, bool]]:
    """Every trait's words, the longest where they overlap, outside ``taken`` (or around it,
    and longer)."""
    found = [
        (m.start(), m.end(), trait, needs_cue)
        for pattern, (trait, needs_cue) in _patterns().over(text)
        for m in pattern.finditer(text)
    ]
    # ("laying on concrete under cars": the posture is said, no liking of cars or dislike)
    if "under" in text or "beneath" in text:
        found = [f for f in found if not _POSTURE_UNDER.search(text, max(0, f[0] - 60), f[0])]
    kept: list[tuple[int, int, Trait, bool]] = []
    for start, end, trait, needs_cue in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        # a career's name inside longer words of a trait is theirs: "captain of every team"
        clear = all(end <= s or start >= e or (start <= s and e < end) for s, e in taken)
        if clear and all(end <= s or start >= e for s, e, _, _ in kept):
            kept.append((start, end, trait, needs_cue))
    return sorted(kept, key=lambda f: f[0])


def _unopposed(likes: list[str]) -> list[str]:
    """The likings but those said with their opposite ("want out before I burn out… calm
    under pressure": low stress and pressure both), which tell nothing to rank by."""
    opposite = {t.name: t.opposite for t in traits() if t.opposite}
    opposed = {a for a in likes for b in likes if opposite.get(a) == b or opposite.get(b) == a}
    return [t for t in likes if t not in opposed]


def _outside_names(
    matches: Iterable[tuple[int, int, Trait, bool]], fields: tuple[tuple[int, int], ...]
) -> Iterator[tuple[int, int, Trait, bool]]:
    """The trait words that are no mere word of a longer field's name: "machine learning"
    likes no machines."""
    for found in matches:
        start, end = found[0], found[1]
        if not any(s <= start and end <= e and e - s > end - start for s, e in fields):
            yield found


def _no_compounds(
    text: str, matches: Iterable[tuple[int, int, Trait, bool]]
) -> Iterator[tuple[int, int, Trait, bool]]:
    """The trait words but a liking's that name a task or a trade ("travel booking",
    "animal feed sales") or what befell them ("a car accident"): those tell of no liking."""
    for found in matches:
        if found[2].kind == "dislike" or not _COMPOUND_HEAD.match(text, found[1]):
            yield found


#: a trait's words that begin with how much of it: "little talking", "less stress"
_OWN_AMOUNT = re.compile(r"(?:little|less|few|fewer|minimal|zero|low|lower)\b")


def _in_a_list(
    how: tuple[bool, bool], between: str, before: tuple[bool, bool]
) -> tuple[bool, bool]:
    """(disliked, liked), taken from the thing before when said with no cue of its own in
    one list with it: "i like writing, explaining things, organizing stuff"."""
    return before if not any(how) and _IN_A_LIST.fullmatch(between) else how


#: what ties one thing to the next as the same doing: "a cubicle doing spreadsheets"
_LINKED = re.compile(r"\s*(?:doing|making|crunching|typing|filling out|filling in)\s+")


def _own_clause(text: str, start: int, last: int, previous: int) -> str:
    """The words a cue before the trait's words at ``start`` is said in: "I like explaining
    things to people" likes the explaining; "I love animals and kids" both; unless the words
    before are themselves the cue ("burned out on bedside care")."""
    clause = _clause_before(text, start)
    if _LINKED.fullmatch(text[last:start]):
        return clause  # "i'd die in a cubicle doing spreadsheets": the cue is of both
    if not LISTED.fullmatch(text[last:start]) and len(clause) > start - last:
        own = text[previous:start]
        clause = own if DISLIKE.search(own) else text[last:start]
    return clause


def traits_in(text: str) -> tuple[str, ...]:
    """The traits whose words the text says, cue or none ("is being a vet stressful?":
    stress), in the order said."""
    return tuple(dict.fromkeys(trait.name for _, _, trait, _ in _matches(text, [])))


def _said_to(
    lists: tuple[list[str], list[str], list[str]], trait: Trait, *, negative: bool
) -> list[str] | None:
    """Which of the likes, dislikes and values a trait said so goes in, if any."""
    likes, dislikes, values = lists
    if trait.kind == "value":
        return None if negative else values
    if trait.kind == "dislike":  # a limit's own words say it, unless denied ("no bad back")
        return dislikes if negative else None
    if negative and trait.measure.wants_low:  # "not shy" says nothing of a wish
        return None
    return dislikes if negative else likes


def read_person(
    text: str,
    current: str | None = None,
    taken: tuple[tuple[int, int], ...] = (),
    fields: tuple[tuple[int, int], ...] = (),
) -> PersonReading:
    """``text``: the folded message; ``current``: the slug of the job they said they do;
    ``taken``: spans that are career names, whose words are no trait; ``fields``: spans
    naming a field of work ("tech jobs", "healthcare"), whose words are a trait only when
    said as a liking or a dislike ("I love tech")."""
    likes: list[str] = []
    dislikes: list[str] = []
    values: list[str] = []
    cued: set[str] = set()
    said = False
    last = 0
    times: dict[str, int] = {}
    previous = 0
    listed_how = (False, False)
    found, spans = _unborne(
        text, _no_compounds(text, _outside_names(_matches(text, list(taken)), fields))
    )
    for start, end, trait, needs_cue in found:
        clause, after = _own_clause(text, start, last, previous), _clause_after(text, end)
        how = _said_how(text, (start, end), clause, after, trait)
        # (words that say their own amount take no cue from the list: "no phone calls and
        # very little talking" wants both quiet)
        own_amount = _OWN_AMOUNT.match(text, start) is not None
        negative, liked = listed_how = (
            how if own_amount else _in_a_list(how, text[last:start], listed_how)
        )
        # ("my knees are shot from standing all day": what wore the body out, no liking)
        worn, previous, last = _worn(text, (last, start), trait, dislikes), start, end
        in_field = any(start < e and s < end for s, e in fields)  # an industry's words
        if ((in_field or needs_cue) and not (negative or liked)) or (worn and not negative):
            continue
        if likes and _LIKED_LESS.search(text, max(0, start - 30), start):
            spans.append((start, end))
            continue
        limit = not trait.flips and trait.kind == "dislike"  # "my knees are going"
        # ("my legal background": what they bring, not a thing of their life said in passing)
        plain = (
            negative
            or liked
            or limit
            or trait.name in _TEMPERS
            or _BACKGROUND.search(text, start, end) is not None
        )
        passing = None if plain else _in_passing(clause, after)
        if passing is not None:
            spans.append((start, end + passing))  # "kids are in school": no field asked either
            continue
        # "I'm not antisocial" wishes for nothing; nor "no blood draws haha jk i dont care";
        # nor "my law degree is not valid here", "cant pay for law school"
        if (
            negative and (DENIAL.search(clause) or _CREDENTIAL_AFTER.match(text, end))
        ) or _KIDDING.match(text[end:]):
            continue
        name, negative = trait.name, (not negative if limit else negative and trait.flips)
        if negative and trait.opposite:  # "can't sit at a desk all day": active work
            name, negative = trait.opposite, False
        target = _said_to((likes, dislikes, values), trait, negative=negative)
        if target is not None:
            target.append(name)
            # a verdict said after the words is theirs too: "writing is really hard for me"
            told = (DISLIKE_AFTER.match(after) or LIKE_AFTER.match(after)) if after else None
            spans.append((start, end + (told.end() if told else 0)))
            if liked and target is likes:
                cued.add(name)
            framed = FRAME.search(clause) or FRAME_AFTER.match(after)
            inherent = trait.kind == "value" or trait.measure.wants_low or not trait.flips
            # a thing said over in other words is theirs: "fashion!! clothes, styling"
            times[name] = times.get(name, 0) + 1
            said = said or bool(liked or negative or framed or inherent or times[name] >= 2)
    # a trait said both ways: the dislike, which always has a cue, over a liking said plainly
    likes = _unopposed([t for t in likes if t not in dislikes or t in cued])
    # said with a liking ("i love kids") before those told of plainly ("im organized"): the
    # first is what the list leans to among careers with as many
    likes = sorted(likes, key=lambda t: t not in cued)
    person = Person(
        current=current,
        likes=tuple(dict.fromkeys(likes)),
        dislikes=tuple(dict.fromkeys(d for d in dislikes if d not in likes)),
        values=tuple(dict.fromkeys(values)),
        same_skills=current is not None and SAME_SKILLS.search(text) is not None,
    )
    asks = FITS_ME.search(text) is not None or (
        current is not None and MOVE.search(text) is not None
    )
    return PersonReading(person, tuple(spans), asks=asks, said=said)
