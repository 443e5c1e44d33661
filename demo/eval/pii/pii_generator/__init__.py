"""The generator behind generate.py: presidio-evaluator's templates filled with Faker values of
33 countries, split by template into tuning and held-out, every value labelled.

- `places`: real cities, regions and unit/PO-box forms of each address locale.
- `labels`: what each placeholder's value is to Lens, and a sample's labels from its spans.
- `templates`: the split by template, and the text the generator reads.
- `providers`: the Faker providers and person records that replace the stock ones.
- `sentences`: both splits' labelled samples at a fixed seed.
"""

import os

os.environ.setdefault("TQDM_DISABLE", "1")
