"""Moved: annotation formats are in :mod:`pipeline.formats`, checking and writing gold in
:mod:`pipeline.corrections`, atomic writes in :mod:`pipeline.io`.

Kept only for :mod:`pipeline.taggers.stanza`, whose import line is not ours to change; import
from the modules above instead. Remove this file once that import is updated.
"""

from pipeline.formats.common import LabeledSentence
from pipeline.io import write_text_atomic

__all__ = ["LabeledSentence", "write_text_atomic"]
