"""The passphrase rule, in one place: the shortest passphrase that may protect a signing key.

The services refuse a shorter one (making or changing an identity); the app's form and the
command line check it early with the same number.
"""

from __future__ import annotations

PASSPHRASE_MIN_LENGTH = 8
