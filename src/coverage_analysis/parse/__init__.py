"""Text to rows: one article's raw text to the rows of the corpus tables.

- :mod:`.segment`: lines with roles (article text or page furniture), and sentences.
- :mod:`.quotes`: spans in quotation marks, and the speech verbs around them.
- :mod:`.mentions`: names, characters, descriptions and pronouns of people.
- :mod:`.attribution`: who speaks each quotation, whom each pronoun means.
- :mod:`.article`: all of the above assembled into one article's rows.

Every function here is pure: text and the people file in, new rows out.
"""
