# The language's name in itself, as the language picker shows it.
language-name = English

# The Linux desktop entry (applications menu): what kind of app it is, and a line on it.
# Short: menus show them on one line.
desktop-generic-name = AI Video Studio
desktop-comment = Render AI video with UlazAI
