"""Text to rows: one article's raw text to the rows of the corpus tables.

- :mod:`.lines`: the page's lines, and the role a line has on its own.
- :mod:`.blocks`, :mod:`.headline`, :mod:`.qa`: roles found from the page's shape
  (furniture blocks, the headline, Q&A turns).
- :mod:`.segment`: every line's role, those rules run in order.
- :mod:`.sentences`: sentence boundaries.
- :mod:`.quotes`: spans in quotation marks, and the speech verbs around them.
- :mod:`.mentions`: names, characters, descriptions and pronouns of people.
- :mod:`.context`: an article's quotations and Q&A turns, sentences and mentions, as
  attribution reads them.
- :mod:`.speech_tags`: the words around a quotation that say who speaks it.
- :mod:`.attribution`: who speaks each quotation, whom each pronoun means.
- :mod:`.article`: all of the above assembled into one article's rows.

Every function here is pure: text and the people file in, new rows out.
"""
