"""nlp: the pure per-article analysis (entities, identities, roles) on top of spaCy.

``analyze(article, nlp)`` is a pure function: no database, no globals, so it runs the
same in a test, in ``nlp.pipe`` batches (``analyze_many``) and in a worker process.
An article longer than one part is analysed part by part and merged (``parts``, ``merge``).
"""

from newsdesk.nlp.analyze import PIPELINE_VERSION, analyze, analyze_many
from newsdesk.nlp.model import load_model, model_id

__all__ = ["PIPELINE_VERSION", "analyze", "analyze_many", "load_model", "model_id"]
