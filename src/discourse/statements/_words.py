"""Closed word lists the statement rules use (German and English)."""

# fmt: off
DE_STOP = {
    "am", "im", "in", "an", "bei", "beim", "vor", "nach", "auf", "gegenüber", "mit", "zu", "zum",
    "zur", "über", "für", "gegen", "um", "aus", "seit", "während", "nun", "jetzt", "heute",
    "gestern", "bereits", "auch", "noch", "dazu", "damit", "dabei", "zudem", "außerdem", "jedoch",
    "aber", "und", "oder", "sowie", "dass", "ob", "wenn", "weil", "als", "wie", "so", "es", "sich",
    "nicht", "hingegen", "allerdings", "demnach", "weiter", "erneut", "schon", "kürzlich",
    "zuletzt", "zuvor", "später", "dann", "deshalb", "daher", "ebenfalls", "unter", "laut",
    "zufolge", "per", "via", "ihm", "ihr", "ihnen", "ihn", "uns", "mir", "dem", "sei", "seien",
    "habe", "hat", "hatte", "ist", "war", "wurde", "werde", "wird", "the", "a", "to", "on", "at",
    "of", "for", "that", "this", "and", "but", "who", "when", "after", "before", "told", "said",
    "says", "last", "yesterday", "today", "with", "from", "by", "also", "then", "had", "has",
    "was", "is", "would", "will",
}


DE_ARTICLES = {
    "der", "die", "das", "des", "den", "dem", "ein", "eine", "einer", "eines", "einen", "einem",
    "dessen", "deren", "diesem", "dieser", "dieses", "seinem", "ihrem", "sein", "seine", "seiner",
    "seines", "ihr", "ihre", "ihrer", "ihres", "unser", "unsere", "the", "a", "an", "his", "her",
    "their", "our",
}


# words that open a main clause but are not its subject ("Am Mittwoch sagte Hegseth ...")
OPENERS_NOT_SUBJECT = {
    "am", "im", "in", "an", "bei", "beim", "vor", "nach", "auf", "gegenüber", "mit", "zu", "zum",
    "zur", "über", "für", "gegen", "um", "aus", "seit", "während", "nun", "jetzt", "heute",
    "gestern", "dazu", "damit", "dabei", "zudem", "außerdem", "jedoch", "dann", "deshalb", "daher",
    "zuvor", "später", "danach", "anschließend", "weiter", "ebenfalls", "bereits", "so",
    "zugleich", "gleichzeitig", "darüber", "hierzu", "dort", "hier", "schon", "erst", "wörtlich",
    "anfang", "ende", "mitte", "zuletzt", "kürzlich", "unterdessen", "indes", "inzwischen",
    "vorher", "dies", "das", "diese", "weiterhin", "ferner", "aber", "auch", "immer", "noch",
    "bisher", "ebenso", "einst", "damals", "offiziell", "sinngemäß", "als", "des", "angesichts",
    "zuerst", "zunächst", "schließlich", "abschließend", "insbesondere", "morgen", "derzeit",
    "trotzdem", "dennoch", "überdies", "zusätzlich", "daraufhin", "zwar", "vielmehr", "hingegen",
    "wiederum", "eigentlich", "bislang", "seitdem", "seither", "unter", "hierbei", "darin",
    "davor", "dagegen", "demgegenüber", "ausdrücklich", "öffentlich", "dieses", "demnach", "dem",
    "den", "darum", "darauf", "mittlerweile",
    # participles as adverbs: "Passend zu den Gefahren warnte die Moderatorin: ..."
    "passend", "ergänzend", "zusammenfassend", "entsprechend", "einleitend", "ausgehend",
}


# the German forms of "haben" that make a perfect tense ("hat ... gefordert")
HABEN = frozenset({"hat", "hatte", "haben", "hatten"})
# German words that count a noun phrase without an article ("mehrere Experten")
QUANTIFIERS_DE = frozenset({"einige", "mehrere", "viele", "zahlreiche", "manche", "beide", "etliche"})


AUX = {
    "hat", "hatte", "haben", "hatten", "habe", "wurde", "wurden", "wird", "werden", "ist", "war",
    "sind", "waren", "has", "had", "have", "was", "were", "is", "been", "will", "would", "did",
    "does",
}


EN_NOT_SOURCE = {
    "international", "law", "branch", "plan", "schedule", "their", "its", "our", "his", "her",
    "need", "needs", "rules", "which", "whom", "this", "that", "these",
}


EN_ADVERBS = {
    "also", "then", "again", "later", "today", "yesterday", "once", "recently", "now", "too",
    "still", "never", "not", "repeatedly", "even", "just", "had", "has", "have", "will", "would",
    "did",
}


FINITE = {
    "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "wurde",
    "wurden", "kann", "könne", "muss", "müsse", "soll", "solle", "will", "wolle", "darf", "dürfe",
    "sei", "seien", "habe", "werde", "gibt", "gebe", "geht", "gehe", "steht", "liegt", "könnte",
    "müsste", "sollte", "würde", "würden", "wäre", "wären", "hätte", "hätten",
}
# fmt: on


# adverbs between a finite verb and its subject ("erklärte gestern ein Sprecher")
# fmt: off
SKIP_AFTER = {
    "auch", "also", "dazu", "nun", "jedoch", "gestern", "heute", "morgen", "zudem", "außerdem",
    "erneut", "bereits", "noch", "weiter", "ebenfalls", "zuvor", "später", "damals", "jetzt",
    "inzwischen", "indessen", "dabei", "daher", "deshalb", "dann", "nochmals", "wiederholt",
    "zuletzt", "kürzlich", "schon", "bislang", "bisher", "unterdessen", "offenbar", "aber",
    "allerdings", "ebenso", "gleichzeitig", "zugleich", "abschließend", "anschließend",
    "hingegen", "dagegen", "wiederum", "danach", "daraufhin", "dort", "hier", "nochmal",
    "etwa", "beispielsweise",
}
# fmt: on

# endings of German adjectives (and participles used as adjectives) before a noun
ADJ_ENDINGS = ("e", "en", "er", "es", "em")
# the finite forms of German "sein" (indicative and Konjunktiv), the copula of a clause
SEIN_FORMS = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"})
# German prepositions, with their contractions with an article ("im", "zum")
DE_PREPOSITIONS = {
    "am", "an", "auf", "aus", "bei", "beim", "für", "gegen", "gegenüber", "im", "in", "mit", "nach",
    "seit", "über", "um", "unter", "vom", "von", "vor", "während", "zu", "zum", "zur", "zwischen",
    "wegen", "trotz", "ohne", "durch", "bis", "ab", "neben", "hinter", "innerhalb", "außerhalb",
    "angesichts", "aufgrund", "samt", "entlang", "inklusive", "einschließlich", "jenseits",
    "oberhalb", "unterhalb", "anlässlich", "bezüglich", "hinsichtlich", "mittels", "nahe",
    "bzw", "beziehungsweise",
}  # fmt: skip
# words that open a German relative clause after a comma ("..., die dort arbeiteten, ...")
RELATIVE_WORDS = {"der", "die", "das", "welche", "welcher", "welches", "dessen", "deren"}

# rubric and genre labels before a colon, no speakers ("Interview: ...", "Kommentar: ...")
RUBRICS = {
    "fazit", "update", "hinweis", "achtung", "anmerkung", "quelle", "quellen", "foto", "fotos",
    "video", "info", "tipp", "mehr", "hintergrund", "zitat", "ergebnis", "ergebnisse", "note",
    "source", "photo", "correction", "lesen sie auch", "siehe auch", "read more", "related",
    "tabelle", "grafik", "stand", "titel", "thema", "interview", "analyse", "analysis",
    "kommentar", "comment", "commentary", "exklusiv", "exclusive", "meinung", "opinion", "live",
    "liveblog", "live-blog", "ticker", "newsblog", "eilmeldung", "breaking", "breaking news",
    "faktencheck", "fact check", "factcheck", "gastbeitrag", "leitartikel", "editorial",
    "kolumne", "column", "reportage", "porträt", "portrait", "essay", "review", "rezension",
    "kritik", "glosse", "satire", "podcast", "umfrage", "poll", "explainer", "erklärt", "q&a",
    "watch", "listen", "exklusiv-interview",
}  # fmt: skip

# endings of the words for a newspaper, an agency or a broadcaster, whose name may follow
# them ("die Zeitung „Bild“", "Nachrichtenagentur")
MEDIA_ENDS = (
    "zeitung", "zeitschrift", "agentur", "magazin", "blatt", "sender", "portal", "newspaper",
    "agency", "magazine", "broadcaster", "seite", "website", "site", "plattform", "ausgabe",
)  # fmt: skip
# news agencies that write their name in lower case ("ein Journalist der dpa")
LOWER_CASE_AGENCIES = frozenset({"dpa", "ddp", "dapd", "epd", "kna", "apa", "sid", "afp"})

# words with "ß" that the German rules look for outside the cue lexicon; their Swiss
# spelling with "ss" ("hiess", "ausserdem") is read as these (see _text.swiss_spellings)
SHARP_S_WORDS = {
    "hieß", "hießen", "heißt", "heißen", "geheißen", "ließ", "ließen", "ließe", "verließ",
    "unterließ", "weiß", "außerdem", "gemäß", "sinngemäß", "schließlich", "einschließlich",
    "anschließend", "abschließend", "äußerte", "äußerten", "äußert", "äußern", "geäußert",
    "äußerung", "äußerungen",
}  # fmt: skip
