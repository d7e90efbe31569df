"""The language layer: one place for each word-level concept the bot uses (no spaCy, no Rasa imports).

- `text`: folding, tokens, keys, slugs, sentences;
- `lemma`: spaCy's English lookup lemmatiser tables (spacy-lookups-data), read without importing spaCy;
- `frequency`: how common an English word is (spacy-lookups-data lexeme probabilities);
- `inflect`: singular/plural of words and phrases, articles;
- `levels`: seniority levels and their order;
- `currency`: currencies (ISO codes, symbols, words);
- `words`: stopwords and ambiguous words;
- `skills`: the skill taxonomy (one category scheme);
- `claims`: whether a user states they have a skill.
Data lives in bot/data/*.yml, each table once.
"""
