"""The names people use that the catalog does not: shorthand, slang, and jobs that have no
occupation of their own.

O*NET's 52,000 titles and aliases cover most of what people type. These tables hold the
rest, each entry an everyday usage rather than a rule for one sentence: "cop", "sparky",
"18 wheeler", and the new kinds of work official statistics file under an older occupation
("product manager", "YouTuber") — for those careerbot says so and offers the nearest ones,
never maps them silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from careerbot._utils.text import singular, words
from careerbot.understanding.names import tokens_of

# Shorthand read as the words it stands for (a word of the message, singular form).
_ABBREVIATIONS: dict[str, str] = {
    "ml": "machine learning",
    "dev": "developer",
    "eng": "engineer",
    "engg": "engineer",
    "enginer": "engineer",
    "mgr": "manager",
    "swe": "software engineer",
    "sw": "software",
    "dba": "database administrator",
    "sysadmin": "systems administrator",
    "qa": "quality assurance",
    "hr": "human resources",
    "pr": "public relations",
    "rn": "registered nurse",
    "lpn": "licensed practical nurse",
    "lvn": "licensed vocational nurse",
    "cna": "nursing assistant",
    "np": "nurse practitioner",
    "pa": "physician assistant",
    "crna": "nurse anesthetist",
    "slp": "speech language pathologist",
    "ot": "occupational therapist",
    "pt": "physical therapist",
    "pta": "physical therapist assistant",
    "ota": "occupational therapy assistant",
    "emt": "emergency medical technician",
    "cpa": "accountant",
    "ux": "user experience",
    "ui": "user interface",
    "admin": "administrator",
    "tech": "technician",
    "doc": "doctor",
    "mech": "mechanical",
    "elec": "electrical",
    "psych": "psychology",
    "uni": "university",
}
_SECRETARIES = "secretaries and administrative assistants, except legal, medical, and executive"
# Phrases read as other phrases: slang, brands, and shorthand for whole occupations.
_PHRASES: dict[str, str] = {
    "cop": "police and sheriff's patrol officers",
    "policeman": "police and sheriff's patrol officers",
    "call center": "customer service representatives",
    "call centre": "customer service representatives",
    "call center agent": "customer service representatives",
    "call center rep": "customer service representatives",
    "fireman": "firefighters",
    "sparky": "electricians",
    "sparkie": "electricians",
    "hvac": "heating, air conditioning, and refrigeration mechanics and installers",
    "hvac guy": "heating, air conditioning, and refrigeration mechanics and installers",
    "hvac tech": "heating, air conditioning, and refrigeration mechanics and installers",
    "hvac technician": "heating, air conditioning, and refrigeration mechanics and installers",
    "18 wheeler": "heavy and tractor-trailer truck drivers",
    # BLS's "truck drivers" are the heavy and tractor-trailer ones; delivery drivers say so
    "truck driver": "heavy and tractor-trailer truck drivers",
    "chippy": "carpenters",
    "hgv driver": "heavy and tractor-trailer truck drivers",
    "lgv driver": "heavy and tractor-trailer truck drivers",
    "postie": "postal service mail carriers",
    "bin man": "refuse and recyclable material collectors",
    "binman": "refuse and recyclable material collectors",
    "garbage man": "refuse and recyclable material collectors",
    "estate agent": "real estate sales agents",
    "solicitor": "lawyers",
    "barrister": "lawyers",
    "primary school teacher": "elementary school teachers, except special education",
    "secondary school teacher": (
        "secondary school teachers, except special and career/technical education"
    ),
    "painter and decorator": "painters, construction and maintenance",
    "tiler": "tile and stone setters",
    "pentester": "penetration testers",
    "pen tester": "penetration testers",
    # as a job ("I work retail", "from retail to nursing"); "retail jobs" stays a field
    "retail": "retail salespersons",
    "physio": "physical therapists",
    "physiotherapist": "physical therapists",
    "chippie": "carpenters",
    "18 wheeler driver": "heavy and tractor-trailer truck drivers",
    "semi truck": "heavy and tractor-trailer truck drivers",
    "semi truck driver": "heavy and tractor-trailer truck drivers",
    "semi driver": "heavy and tractor-trailer truck drivers",
    "trucker": "heavy and tractor-trailer truck drivers",
    "cdl driver": "heavy and tractor-trailer truck drivers",
    "uber driver": "taxi drivers",
    "lyft driver": "taxi drivers",
    "rideshare driver": "taxi drivers",
    "lineman": "electrical power-line installers and repairers",
    "heavy equipment operator": "operating engineers and other construction equipment operators",
    "quant": "financial quantitative analysts",
    "it support": "computer user support specialists",
    "help desk": "computer user support specialists",
    "help desk tech": "computer user support specialists",
    "help desk technician": "computer user support specialists",
    "desktop support": "computer user support specialists",
    "app developer": "software developers",
    "mobile app developer": "software developers",
    "backend developer": "software developers",
    "backend dev": "software developers",
    "full stack developer": "software developers",
    "frontend developer": "web developers",
    "programmer": "computer programmers",
    "coder": "computer programmers",
    "mailman": "postal service mail carriers",
    "postman": "postal service mail carriers",
    "vet": "veterinarians",
    "vet tech": "veterinary technologists and technicians",
    "x ray tech": "radiologic technologists and technicians",
    "xray tech": "radiologic technologists and technicians",
    "radiology tech": "radiologic technologists and technicians",
    "ultrasound tech": "diagnostic medical sonographers",
    "sonographer": "diagnostic medical sonographers",
    "surgical tech": "surgical technologists",
    "pharmacy tech": "pharmacy technicians",
    "lab tech": "clinical laboratory technologists and technicians",
    "dental tech": "dental laboratory technicians",
    "realtor": "real estate sales agents",
    "dog trainer": "animal trainers",
    "dog groomer": "animal caretakers",
    "ux designer": "web and digital interface designers",
    "ui designer": "web and digital interface designers",
    "qa tester": "software quality assurance analysts and testers",
    "speech therapist": "speech-language pathologists",
    "speech pathologist": "speech-language pathologists",
    "family doctor": "family medicine physicians",
    "gp": "family medicine physicians",
    "pediatrician": "pediatricians, general",
    "sre": "software developers",
    "site reliability engineer": "software developers",
    "admin assistant": _SECRETARIES,
    "secretary": _SECRETARIES,
}


@dataclass(frozen=True, slots=True)
class Unlisted:
    """Work with no occupation of its own in O*NET and BLS statistics."""

    name: str
    #: the occupations it is usually counted in, likeliest first (slugs)
    nearest: tuple[str, ...]
    why: str


_UNLISTED = (
    Unlisted(
        "product manager",
        ("marketing-managers", "computer-and-information-systems-managers"),
        "O*NET counts product managers among Marketing Managers; software product managers "
        "often sit under Computer and Information Systems Managers",
    ),
    Unlisted(
        "product owner",
        ("computer-and-information-systems-managers", "information-technology-project-managers"),
        "product owners are counted with IT managers and project managers",
    ),
    Unlisted(
        "data analyst",
        ("data-scientists", "business-intelligence-analysts", "statisticians"),
        "O*NET lists “data analyst” as a title of nine occupations, most often Data "
        "Scientists, Business Intelligence Analysts and Statisticians",
    ),
    Unlisted(
        "scrum master",
        ("information-technology-project-managers", "project-management-specialists"),
        "scrum masters are counted as IT project managers",
    ),
    Unlisted(
        "influencer",
        ("public-relations-specialists", "marketing-managers"),
        "social media influencers are self-employed creators; the nearest occupations are "
        "in public relations and marketing",
    ),
    Unlisted(
        "youtuber",
        ("producers-and-directors", "film-and-video-editors", "public-relations-specialists"),
        "video creators are self-employed; the nearest occupations produce and edit video",
    ),
    Unlisted(
        "tiktoker",
        ("producers-and-directors", "film-and-video-editors", "public-relations-specialists"),
        "video creators are self-employed; the nearest occupations produce and edit video",
    ),
    Unlisted(
        "streamer",
        ("producers-and-directors", "film-and-video-editors"),
        "streamers are self-employed creators; the nearest occupations produce video",
    ),
    Unlisted(
        "content creator",
        ("producers-and-directors", "writers-and-authors", "public-relations-specialists"),
        "content creators are self-employed; the nearest occupations produce and write",
    ),
    Unlisted(
        "prompt engineer",
        ("software-developers", "computer-and-information-research-scientists"),
        "prompt engineering is counted within software and AI research work",
    ),
    Unlisted(
        "growth hacker",
        ("marketing-managers", "market-research-analysts-and-marketing-specialists"),
        "growth hacking is marketing work",
    ),
    Unlisted(
        "life coach",
        ("educational-guidance-and-career-counselors-and-advisors", "mental-health-counselors"),
        "coaching has no occupation of its own; the nearest are counsellors",
    ),
    Unlisted(
        "crypto trader",
        ("securities-commodities-and-financial-services-sales-agents",),
        "traders of any asset are counted as securities and commodities sales agents",
    ),
    Unlisted(
        "tattoo artist",
        ("fine-artists-including-painters-sculptors-and-illustrators", "craft-artists"),
        "tattoo artists are counted among fine and craft artists",
    ),
    Unlisted(
        "data annotator",
        ("data-entry-keyers",),
        "data annotation is counted as data entry work",
    ),
    Unlisted(
        "data annotation",
        ("data-entry-keyers",),
        "data annotation is counted as data entry work",
    ),
    Unlisted(
        "content moderator",
        ("customer-service-representatives",),
        "content moderation is counted with customer service work",
    ),
    Unlisted(
        "ai ethicist",
        ("computer-and-information-research-scientists",),
        "AI ethics has no occupation of its own",
    ),
    Unlisted(
        "notary public",
        ("paralegals-and-legal-assistants", "legal-secretaries-and-administrative-assistants"),
        "a notary's commission is held alongside another job, often in legal offices",
    ),
    Unlisted(
        "notary",
        ("paralegals-and-legal-assistants", "legal-secretaries-and-administrative-assistants"),
        "a notary's commission is held alongside another job, often in legal offices",
    ),
    Unlisted(
        "astronaut",
        ("aerospace-engineers", "commercial-pilots", "physicists"),
        "astronauts are a handful of government employees; they come from engineering, "
        "piloting and the sciences",
    ),
    Unlisted(
        "dropshipping",
        ("online-merchants",),
        "dropshipping is selling online; BLS counts it with online merchants",
    ),
    Unlisted(
        "dropshipper",
        ("online-merchants",),
        "dropshipping is selling online; BLS counts it with online merchants",
    ),
    Unlisted(
        "magician",
        ("actors", "amusement-and-recreation-attendants"),
        "BLS counts magicians among entertainers and performers not listed separately, "
        "which O*NET does not describe; the nearest described are actors",
    ),
    Unlisted(
        "venture capitalist",
        ("financial-and-investment-analysts", "financial-managers"),
        "investors are counted with financial analysts and managers",
    ),
)
UNLISTED: dict[str, Unlisted] = {" ".join(singular(w) for w in words(u.name)): u for u in _UNLISTED}


def _key(phrase: str) -> str:
    return " ".join(singular(w) for w in words(phrase))


ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    singular(k): tuple(singular(w) for w in words(v)) for k, v in _ABBREVIATIONS.items()
}
#: each phrase read as the catalog name it stands for (its words, singular, filler dropped)
PHRASES: dict[str, tuple[str, ...]] = {_key(k): tuple(tokens_of(v)) for k, v in _PHRASES.items()}
#: the longest phrase, in words
LONGEST_PHRASE = max(len(k.split()) for k in (*PHRASES, *UNLISTED))


def unlisted(words_said: tuple[str, ...]) -> Unlisted | None:
    """Work with no occupation of its own named by these words, or by their last words
    ("twitch streamer" is a streamer)."""
    for start in range(len(words_said)):
        found = UNLISTED.get(" ".join(words_said[start:]))
        if found is not None:
            return found
    return None
