"""The `sources` block of the built catalog: what each figure cites, with the attribution
text each licence or publisher asks for."""

from __future__ import annotations

from careerbot.careers.model import Source

ONET = "onet-29.3"
OEWS = "bls-oews-2025"
EP = "bls-ep-2024-34"
ELOUNDOU = "eloundou-2024"
DINGEL_NEIMAN = "dingel-neiman-2020"
LICENCES = "careerbot-licences"

SOURCES: dict[str, Source] = {
    ONET: Source(
        short="O*NET 29.3",
        name="O*NET 29.3 Database (May 2025), U.S. Department of Labor, Employment and "
        "Training Administration (USDOL/ETA)",
        year=2025,
        url="https://www.onetcenter.org/database.html",
        licence="CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/; "
        "https://www.onetcenter.org/license_db.html)",
        attribution="This product includes information from the O*NET 29.3 Database by the "
        "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used "
        "under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. careerbot has "
        "modified all or some of this information. USDOL/ETA has not approved, endorsed, or "
        "tested these modifications. (Modifications: descriptions shortened; job zones, "
        "education, training and experience answers, skills and technologies read by the "
        "rules in docs/catalog-build.md.)",
    ),
    OEWS: Source(
        short="BLS OEWS May 2025",
        name="Occupational Employment and Wage Statistics (OEWS), May 2025, national, all "
        "industries, U.S. Bureau of Labor Statistics",
        year=2025,
        url="https://www.bls.gov/oes/",
        licence="Public domain (U.S. federal government work)",
        attribution="Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
        "Statistics, May 2025. Annual wages, 10th/25th/50th/75th/90th percentiles; employment "
        "excludes the self-employed. O*NET occupations matched to BLS codes with the BLS "
        "O*NET-SOC to National Employment Matrix crosswalk (2023-09-06). BLS.gov cannot vouch "
        "for the data "
        "or analyses derived from these data after the data have been retrieved from BLS.gov.",
    ),
    EP: Source(
        short="BLS Projections 2024–34",
        name="Employment Projections 2024–34 (National Employment Matrix), U.S. Bureau of "
        "Labor Statistics",
        year=2025,
        url="https://www.bls.gov/emp/",
        licence="Public domain (U.S. federal government work)",
        attribution="Source: Employment Projections program, U.S. Bureau of Labor Statistics "
        "(2024–34 projections: employment change, annual openings, typical entry education, "
        "related work experience, on-the-job training, percent self-employed).",
    ),
    ELOUNDOU: Source(
        short="Eloundou et al. 2024",
        name='Eloundou, Manning, Mishkin & Rock, "GPTs are GPTs: Labor market impact '
        'potential of LLMs", Science 384 (2024); occupation-level exposure',
        year=2024,
        url="https://github.com/openai/GPTs-are-GPTs",
        licence="MIT (Copyright (c) 2024 OpenAI)",
        attribution="Eloundou, T., Manning, S., Mishkin, P., & Rock, D. (2024). GPTs are GPTs: "
        "Labor market impact potential of LLMs. Science, 384(6702), 1306–1308 (arXiv:2303.10130). "
        "Measure: human_rating_beta (human annotators; E1 + 0.5 x E2), the share of an "
        "occupation's tasks exposed to LLMs, with dv_rating_beta (GPT-4 rater) beside it. "
        "Data: Copyright (c) 2024 OpenAI, MIT License.",
    ),
    DINGEL_NEIMAN: Source(
        short="Dingel & Neiman 2020",
        name='Dingel & Neiman, "How many jobs can be done at home?", Journal of Public '
        "Economics 189 (2020)",
        year=2020,
        url="https://github.com/jdingel/DingelNeiman-workathome",
        licence="Replication repository GPL-3.0; cite the paper",
        attribution="Dingel, J. I., & Neiman, B. (2020). How many jobs can be done at home? "
        "Journal of Public Economics, 189, 104235. Teleworkable 0/1 per O*NET-SOC 2010 "
        "occupation, mapped to O*NET-SOC 2019 with the O*NET 2010->2019 crosswalk (merged "
        "codes averaged; teleworkable when the mean is >= 0.5). Feasibility, not prevalence: "
        "a job that can be done at home is not necessarily offered remotely.",
    ),
    LICENCES: Source(
        short="careerbot licence table",
        name="Licences and mandatory certificates, a careerbot table",
        year=2026,
        url="src/careerbot/catalog_build/licences.csv",
        licence="MIT",
        attribution="Each row cites the regulation, examining body or BLS page it stands on.",
    ),
}
