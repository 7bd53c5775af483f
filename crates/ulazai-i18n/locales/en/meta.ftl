# The language's name in itself, as the language picker shows it.
language-name = English
