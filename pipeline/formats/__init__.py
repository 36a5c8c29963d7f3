"""Annotation file formats, one module each with its reader and writer.

- :mod:`.conll`: ``token<TAB>tag`` (our gold format; external corpora read leniently)
- :mod:`.doccano`: Doccano JSONL, character spans
- :mod:`.label_studio`: Label Studio JSON tasks, with the labelling config
- :mod:`.tokens_csv`: an edited ``tokens.csv``
- :mod:`.common`: the record every reader returns (:class:`~.common.Correction`) and the error

CoNLL-U (Stanza's format) lives with the Stanza tagger. Checking a record against its article
and writing gold is :mod:`pipeline.corrections`.
"""
