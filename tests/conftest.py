"""Test settings shared by every test folder.

Property tests (Hypothesis) draw random examples on a developer's machine, to keep finding
new cases, and a fixed sequence under continuous integration (``CI`` set), so a CI run is
reproducible and a failure can be replayed.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")
