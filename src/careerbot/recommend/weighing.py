"""What a ranking can weigh: the attributes of ``careers.criteria``, each defined there once.

Growth is the demand attribute (BLS's projected growth, or a page's own rating where BLS
publishes none, never ranked against each other) and annual openings an attribute of their
own, so the interactive tool's growth and openings priorities weigh the figures the card
shows, under the card's rules."""

from __future__ import annotations

from collections.abc import Mapping

from careerbot.careers.criteria import BY_NAME, Attribute, AttributeName

Criterion = AttributeName
WEIGHED: Mapping[Criterion, Attribute] = BY_NAME
