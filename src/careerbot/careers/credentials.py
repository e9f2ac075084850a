"""What a worker of one occupation still lacks to enter another: the entry education, a
programme of set length, the related experience and the licences (docs/catalog-build.md,
"Switching").

- A credential is taken whole: a certificate or an associate's degree never shortens a
  degree above it, another occupation's certificate is not this one's, and no programme is
  split between jobs. The one credit is the degree a
  programme admits from: a bachelor's counts toward a master's, a doctorate or a professional
  degree, unless that programme builds on a licence the worker does not hold (a nurse
  anesthetist's doctorate builds on an RN licence, which needs a nursing degree of its own).
- A degree of the same level counts unless the new career's degree must be in its field
  (``Stage.in_field``): then about two years of the field's coursework.
- The old job is related work experience where O*NET relates the two: the same SOC minor
  group, either lists the other, or the new one lists an occupation of the old one's minor
  group (a secondary teacher's for an instructional coordinator).
"""

from __future__ import annotations

from careerbot.careers.model import Career, Stage

EDUCATION_ORDER = (
    "No formal educational credential",
    "High school diploma or equivalent",
    "Some college, no degree",
    "Postsecondary nondegree award",
    "Associate's degree",
    "Bachelor's degree",
    "Master's degree",
    "Doctoral or professional degree",
)
#: BLS's category for a high school diploma
HIGH_SCHOOL = EDUCATION_ORDER[1]
BACHELORS = EDUCATION_ORDER.index("Bachelor's degree")
CERTIFICATE = "Postsecondary nondegree award"
MASTERS = EDUCATION_ORDER.index("Master's degree")
#: programmes a worker brings only from the same occupation
PROGRAMMES = frozenset({"Apprenticeship", "Internship/residency"})
#: a degree of the same level in another field: about a second degree's major
FIELD_DEGREE_YEARS = 2.0
BACHELOR_YEARS = 4.0


def stage(career: Career, kind: str) -> Stage | None:
    curve = career.learning_curve
    return next((s for s in curve.stages if s.kind == kind), None) if curve else None


def entry_beside(career: Career, level: str) -> tuple[str, int] | None:
    """BLS's typical entry education of ``career`` and how many steps of ``EDUCATION_ORDER``
    it stands above ``level`` (below it where negative); None where either is unknown."""
    needed = stage(career, "education")
    if needed is None or needed.category not in EDUCATION_ORDER or level not in EDUCATION_ORDER:
        return None
    return needed.category, EDUCATION_ORDER.index(needed.category) - EDUCATION_ORDER.index(level)


def _rank(found: Stage | None) -> int:
    return EDUCATION_ORDER.index(found.category) if found else 0


def holding(career: Career, held: str | None) -> Career:
    """The career's worker who holds ``held`` (a BLS category) rather than the job's usual
    schooling: a barista with a psychology degree brings the degree to every move, so no
    move asks it of them again; an accountant whose degree does not count here ("my diploma
    not recognize") brings a high school diploma, so moves that ask a degree say so."""
    own, curve = stage(career, "education"), career.learning_curve
    if own is None or curve is None or held not in EDUCATION_ORDER:
        return career
    if _rank(own) == EDUCATION_ORDER.index(held):
        return career
    raised = own.model_copy(update={"category": held})
    stages = tuple(raised if s is own else s for s in curve.stages)
    return career.model_copy(update={"learning_curve": curve.model_copy(update={"stages": stages})})


def years(months: int) -> float:
    return months / 12


def middle_years(found: Stage) -> float:
    """A credential's years, the middle of its range ("a few weeks to 2 years": about a
    year; a master's after a bachelor's: five and a half)."""
    high = found.months_max if found.months_max is not None else found.months
    return years(found.months + high) / 2


def same_occupation(a: Career, b: Career) -> bool:
    """The same SOC detailed occupation (O*NET's specialties of one BLS occupation)."""
    return bool(a.soc and b.soc and a.soc[:7] == b.soc[:7])


def same_field(a: Career, b: Career) -> bool:
    """The same SOC minor group, or O*NET lists them as related occupations."""
    if a.soc and b.soc and a.soc[:4] == b.soc[:4]:
        return True
    return b.slug in a.related or a.slug in b.related


def counts_as_experience(a: Career, b: Career) -> bool:
    """Working as ``a`` is related experience for ``b``: the same field, or ``b``'s
    experience counts from ``a``'s SOC minor group (one of its related occupations is in it)."""
    if oversees_other_work(a, b):
        return False  # a retail supervisor's years are no office work's
    if same_field(a, b) or supervises(b, a):
        return True
    found = stage(b, "experience")
    return bool(a.soc and found and a.soc[:4] in found.counted_from)


def oversees_other_work(a: Career, b: Career) -> str | None:
    """The SOC major group (its title) whose workers ``b`` supervises, where ``b`` is a
    first-line supervisor (SOC files them in the first minor group of the work they oversee,
    "33-1") and ``a`` works in another: a flight attendant is no police sergeant in waiting."""
    if not (a.soc and b.soc) or not b.title.startswith("First-Line Supervisors"):
        return None
    return None if a.soc[:2] == b.soc[:2] else b.category.lower()


#: BLS EP's work experience in a related occupation that a job typically asks for entry
RELATED_EXPERIENCE = ("Less than 5 years", "5 years or more")


def leads_from_experience(career: Career) -> bool:
    """Whether the job runs others' work from years in it: BLS says entry typically takes
    5 years or more in a related job (chief executives, judges), or it manages (SOC major
    group 11) or supervises (first-line supervisors) work BLS says it takes years of. No
    first job for someone who has not done that work."""
    barrier = career.entry_barrier
    asked = (barrier.raw or "").partition(";")[2].strip() if barrier else ""
    if asked == RELATED_EXPERIENCE[1]:
        return True
    leads = (career.soc or "").startswith("11-") or "Supervisors" in career.title
    return asked in RELATED_EXPERIENCE and leads


def supervises(b: Career, a: Career) -> bool:
    """``b`` is a first-line supervisor of ``a``'s kind of work: SOC files first-line
    supervisors in the first minor group of the major group whose workers they supervise
    (47-1011 supervises the construction trades of 47), so years of that work are theirs."""
    return bool(
        a.soc
        and b.soc
        and b.title.startswith("First-Line Supervisors")
        and b.soc[:4] == f"{a.soc[:2]}-1"
        and a.soc[:4] != b.soc[:4]
    )


def licence_names(career: Career) -> set[str]:
    barrier = career.entry_barrier
    return {_name(t) for t in barrier.licences} if barrier else set()


def _name(text: str) -> str:
    """ "RN licence: an approved nursing programme… (NCSBN…)" -> "RN licence"."""
    return text.split(":", maxsplit=1)[0].split(" (", maxsplit=1)[0].strip()


#: licences whose holders may do the work of another's: an RN's scope of practice takes in a
#: practical nurse's, a dentist's a hygienist's (state nurse and dental practice acts). A
#: licence of another profession covers nothing, however high its degree: a pharmacist is
#: no nurse and no physician assistant.
COVERS: dict[str, frozenset[str]] = {
    "RN licence": frozenset({"LPN licence"}),
    "dental licence": frozenset({"dental hygiene licence"}),
}


def missing_licences(a: Career, b: Career) -> list[str]:
    """The licences ``b`` needs (those the work cannot be done without) that ``a`` lacks,
    neither held nor covered by one held (``COVERS``)."""
    barrier = b.entry_barrier
    if barrier is None:
        return []
    held = licence_names(a)
    held |= {name for h in held for name in COVERS.get(h, ())}
    return [
        _name(t)
        for t in barrier.licences
        if "for part of the work" not in t and _name(t) not in held
    ]


def _builds_on_missing(a: Career, b: Career) -> bool:
    barrier = b.entry_barrier
    return bool(barrier and any(_name(t) not in licence_names(a) for t in barrier.builds_on))


def education_gap(a: Career, b: Career) -> tuple[float, str | None]:
    return _level_gap(
        _rank(stage(a, "education")),
        b,
        field=same_field(a, b) and not missing_licences(a, b),
        builds_missing=_builds_on_missing(a, b),
        own_certificate=not same_occupation(a, b),
    )


def education_gap_held(held: str, b: Career) -> tuple[float, str | None] | None:
    """The schooling ``b`` still asks of someone who holds ``held`` (a BLS category) and no
    job of its field ("how do i become a speech pathologist, i have a psych degree"): a
    graduate programme admits from any bachelor's; None where either is unknown."""
    if held not in EDUCATION_ORDER or stage(b, "education") is None:
        return None
    barrier = b.entry_barrier
    return _level_gap(
        EDUCATION_ORDER.index(held),
        b,
        field=False,
        builds_missing=bool(barrier and barrier.builds_on),
        own_certificate=True,
    )


def _level_gap(
    mine: int, b: Career, *, field: bool, builds_missing: bool, own_certificate: bool
) -> tuple[float, str | None]:
    """The years of ``b``'s entry education still to do from the level ``mine``, and what
    they are. ``field``: held in its field (no programme of its own licence missing);
    ``builds_missing``: the licence it builds on is not held."""
    wanted = stage(b, "education")
    if wanted is None:
        return 0.0, None
    theirs = _rank(wanted)
    need = middle_years(wanted)
    if builds_missing:  # the licence it builds on takes a degree of its own
        return need, f"needs {wanted.text}"
    if wanted.category == CERTIFICATE and own_certificate and theirs >= mine:
        return need, f"needs {wanted.text}"  # a certificate is the occupation's own
    if theirs <= mine:
        # the degree of one licensed profession does not make another's: a pharmacist's
        # doctorate is no physician assistant's master's and no nursing degree
        if not wanted.in_field or field:
            return 0.0, None
        if theirs >= MASTERS:  # a graduate degree is a degree in the field
            graduate = wanted.text.split(" + ", 1)[-1]
            return need - BACHELOR_YEARS, f"needs the {graduate.removeprefix('a ')} in the field"
        if theirs >= BACHELORS:
            return FIELD_DEGREE_YEARS, "needs coursework or a degree in the field"
        return need, f"needs {wanted.text}"
    if theirs >= MASTERS and mine >= BACHELORS:  # graduate programmes admit from a bachelor's
        graduate = wanted.text.split(" + ", 1)[-1]
        return need - BACHELOR_YEARS, f"needs the {graduate.removeprefix('a ')}"
    return need, f"needs {wanted.text}"


def programme_gap(a: Career, b: Career) -> tuple[float, str | None]:
    """An apprenticeship or a residency: brought only from the same detailed occupation."""
    wanted = stage(b, "training")
    if wanted is None or wanted.category not in PROGRAMMES:
        return 0.0, None
    if same_occupation(a, b):
        return 0.0, None
    return middle_years(wanted), f"needs {wanted.text}"


def experience_needed(b: Career) -> float:
    """Years of related experience ``b`` asks for: the middle of a range, the least of an
    open-ended one."""
    found = stage(b, "experience")
    if found is None or found.months_max == 0:
        return 0.0
    high = found.months_max if found.months_max is not None else found.months
    return years(found.months + high) / 2
