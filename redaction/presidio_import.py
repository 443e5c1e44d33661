"""Import Presidio without transformers' pipelines, which Lens never runs.

presidio-analyzer imports `transformers.pipeline` when it is imported, for its optional
Hugging Face NER (`TransformersNlpEngine`, `HuggingFaceNerRecognizer`), guarded by
`except ImportError`. That import pulls in every pipeline transformers has (image, audio,
generation, SciPy): ~1.5 s of CPU for each process that redacts, half of Presidio's import.
Lens runs spaCy's NER only (`redaction.nlp`), so the pipelines are kept out while Presidio is
first imported: those two Presidio classes then see transformers as absent, as on a machine
without it. Nothing else changes; transformers' pipelines can still be imported afterwards.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

PIPELINES = "transformers.pipelines"
_lock = threading.Lock()


def import_presidio() -> Any:
    """`presidio_analyzer`, imported (the first time) without transformers' pipelines."""
    with _lock:
        if "presidio_analyzer" in sys.modules or PIPELINES in sys.modules:
            import presidio_analyzer  # imported already, or the pipelines are: nothing to save

            return presidio_analyzer
        sys.modules[PIPELINES] = None  # type: ignore[assignment]  # import fails: ImportError
        try:
            import presidio_analyzer
        finally:
            if sys.modules.get(PIPELINES, ...) is None:
                del sys.modules[PIPELINES]
        return presidio_analyzer
