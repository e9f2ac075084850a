"""Everyday job titles → the O*NET occupation people mean, in the full bundled catalog.

A title may be ambiguous (several occupations carry it); then the one meant must be the
first choice offered, since choices are ordered by how many people do the work.
"""

from __future__ import annotations

import pytest
from seed_pages import MULTI_AGENT

from careerbot.careers.catalog import Catalog
from careerbot.understanding.resolution import Ambiguous, Match, NameIndex, Resolution

RN = "registered-nurses"
PROGRAMMERS = "computer-programmers"
ACCOUNTANTS = "accountants-and-auditors"
SOFTWARE = "software-developers"
POLICE = "police-and-sheriffs-patrol-officers"
PLUMBERS = "plumbers-pipefitters-and-steamfitters"
SOCIAL_WORKERS = {
    "child-family-and-school-social-workers",
    "healthcare-social-workers",
    "mental-health-and-substance-abuse-social-workers",
}
SALES_REPS = {
    "sales-representatives-of-services-except-advertising-insurance-financial-services-and-travel",
    "sales-representatives-wholesale-and-manufacturing-except-technical-and-scientific-products",
}
PILOTS = {"airline-pilots-copilots-and-flight-engineers", "commercial-pilots"}

JOB_TITLES: list[tuple[str, str | set[str]]] = [
    ("RN", RN),
    ("registered nurse", RN),
    ("nurse", RN),
    ("nurses", RN),
    ("registerd nurse", RN),
    ("nurse practitioner", "nurse-practitioners"),
    ("nurse practioner", "nurse-practitioners"),
    ("LPN", "licensed-practical-and-licensed-vocational-nurses"),
    ("coder", PROGRAMMERS),
    ("programmer", PROGRAMMERS),
    ("programmers", PROGRAMMERS),
    ("accountant", ACCOUNTANTS),
    ("accountants", ACCOUNTANTS),
    ("acountant", ACCOUNTANTS),
    ("CPA", ACCOUNTANTS),
    ("bookkeeper", "bookkeeping-accounting-and-auditing-clerks"),
    ("data scientist", "data-scientists"),
    ("software engineer", SOFTWARE),
    ("software developer", SOFTWARE),
    ("sofware developer", SOFTWARE),
    ("software dev", SOFTWARE),
    ("SWE", SOFTWARE),
    ("web developer", "web-developers"),
    ("UX designer", "web-and-digital-interface-designers"),
    ("graphic designer", "graphic-designers"),
    ("QA tester", "software-quality-assurance-analysts-and-testers"),
    ("sysadmin", "network-and-computer-systems-administrators"),
    ("truck driver", "heavy-and-tractor-trailer-truck-drivers"),
    ("taxi driver", "taxi-drivers"),
    ("electrician", "electricians"),
    ("electrcian", "electricians"),
    ("plumber", PLUMBERS),
    ("plummer", PLUMBERS),
    ("carpenter", "carpenters"),
    ("welder", "welders-cutters-solderers-and-brazers"),
    ("mechanic", "automotive-service-technicians-and-mechanics"),
    ("truck mechanic", "bus-and-truck-mechanics-and-diesel-engine-specialists"),
    ("cashier", "cashiers"),
    ("barista", "baristas"),
    ("waiter", "waiters-and-waitresses"),
    ("bartender", "bartenders"),
    ("chef", "chefs-and-head-cooks"),
    ("cook", "cooks-restaurant"),
    ("receptionist", "receptionists-and-information-clerks"),
    ("lawyer", "lawyers"),
    ("attorney", "lawyers"),
    ("paralegal", "paralegals-and-legal-assistants"),
    ("pharmacist", "pharmacists"),
    ("dentist", "dentists-general"),
    ("dental hygienist", "dental-hygienists"),
    ("physical therapist", "physical-therapists"),
    ("EMT", "emergency-medical-technicians"),
    ("paramedic", "paramedics"),
    ("vet", "veterinarians"),
    ("veterinarian", "veterinarians"),
    ("police officer", POLICE),
    ("cop", POLICE),
    ("firefighter", "firefighters"),
    ("financial analyst", "financial-and-investment-analysts"),
    ("project manager", "project-management-specialists"),
    ("HR", "human-resources-specialists"),
    ("HR manager", "human-resources-managers"),
    ("marketing manager", "marketing-managers"),
    ("sales rep", SALES_REPS),
    ("CEO", "chief-executives"),
    ("architect", "architects-except-landscape-and-naval"),
    ("civil engineer", "civil-engineers"),
    ("mechanical engineer", "mechanical-engineers"),
    ("electrical engineer", "electrical-engineers"),
    ("pilot", PILOTS),
    ("social worker", SOCIAL_WORKERS),
    ("copywriter", "writers-and-authors"),
    ("translator", "interpreters-and-translators"),
    ("economist", "economists"),
    (
        "high school teacher",
        "secondary-school-teachers-except-special-and-career-technical-education",
    ),
    ("elementary school teacher", "elementary-school-teachers-except-special-education"),
    ("multi-agents", MULTI_AGENT),
]


@pytest.fixture(scope="module")
def index(bundled_index: NameIndex) -> NameIndex:
    return bundled_index


def first_choice(found: Resolution) -> str:
    match found:
        case Match():
            return found.slug
        case Ambiguous():
            return found.candidates[0].slug
    raise AssertionError(f"nothing found: {found}")


@pytest.mark.parametrize(("query", "meant"), JOB_TITLES)
def test_a_job_title_people_type_finds_the_occupation_first(
    index: NameIndex, query: str, meant: str | set[str]
) -> None:
    assert first_choice(index.resolve(query)) in ({meant} if isinstance(meant, str) else meant)


@pytest.mark.parametrize(
    ("query", "known_as", "one_of"),
    [
        ("doctor", ("physician", "doctor"), {"family-medicine-physicians"}),
        ("physician", ("physician",), {"family-medicine-physicians"}),
        ("teacher", ("teacher",), {"elementary-school-teachers-except-special-education"}),
        ("engineer", ("engineer",), {"civil-engineers", "electrical-engineers"}),
    ],
)
def test_a_broad_word_offers_a_choice_of_careers_known_by_it(
    bundled_catalog: Catalog,
    index: NameIndex,
    query: str,
    known_as: tuple[str, ...],
    one_of: set[str],
) -> None:
    found = index.resolve(query)
    assert isinstance(found, Ambiguous), found
    offered = [c.slug for c in found.candidates]
    assert one_of & set(offered), offered
    for slug in offered:
        career = bundled_catalog.by_slug[slug]
        names = " ".join((career.title, *career.aliases)).casefold()
        assert any(word in names for word in known_as), slug


def test_coder_still_offers_the_medical_coder(index: NameIndex) -> None:
    found = index.resolve("coder")
    assert isinstance(found, Ambiguous), found
    assert "medical-records-specialists" in [c.slug for c in found.candidates]


@pytest.mark.parametrize(
    ("query", "not_meant"),
    [
        (
            "special education teacher",
            "secondary-school-teachers-except-special-and-career-technical-education",
        ),
        ("special education teacher", "preschool-teachers-except-special-education"),
    ],
)
def test_what_a_title_excepts_does_not_match_it(
    index: NameIndex, query: str, not_meant: str
) -> None:
    found = index.resolve(query)
    offered = [found.slug] if isinstance(found, Match) else [c.slug for c in index.search(query)]
    assert not_meant not in offered
