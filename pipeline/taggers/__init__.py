"""Entity taggers: the protocol and tagging stage (``base``), the CRF and its features
(``crf``, ``features``), Stanza (``stanza``) and CAMeLBERT through camel-tools (``camelbert``)."""
