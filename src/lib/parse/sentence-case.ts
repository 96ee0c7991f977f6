// An all-capitals wire headline ("KENYAN TEA PRICES RISE AT MOMBASA
// AUCTION") as readers expect it: in sentence case, with the proper nouns
// the story itself capitalises kept ("Kenyan tea prices rise at Mombasa
// auction"). The original stays the article's title.

const WORD = /[\p{L}\p{M}][\p{L}\p{M}.'’-]*/gu;

/** The forms the body writes its capitalised words in, by lower case, when not the first word of a sentence. */
function properForms(paragraphs: readonly string[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const paragraph of paragraphs) {
    // A word after a dateline's dash starts a sentence as much as one after a full stop.
    for (const sentence of paragraph.split(/(?<=[.!?])\s+|\s[-–—]{1,2}\s/)) {
      const words = sentence.match(WORD) ?? [];
      words.forEach((word, index) => {
        // A sentence's first word counts when the next is capitalised too: "South Africa's".
        const named = index > 0 || /^\p{Lu}/u.test(words[1] ?? '');
        if (named && /^\p{Lu}/u.test(word) && !forms.has(word.toLowerCase())) forms.set(word.toLowerCase(), word);
      });
    }
  }
  return forms;
}

/** A headline word the body capitalises in another form ("African" beside "Africa's"): the same first five letters. */
function akin(lower: string, forms: ReadonlyMap<string, string>): string | undefined {
  if (lower.length < 5) return undefined;
  for (const known of forms.keys()) if (known.length >= 5 && known.slice(0, 5) === lower.slice(0, 5)) return lower.charAt(0).toUpperCase() + lower.slice(1);
  return undefined;
}

/**
 * The headline in sentence case when it is written all in capitals (three
 * words or more), else undefined: the first word capitalised, the words the
 * body capitalises as the body writes them, the rest in lower case.
 */
export function sentenceCaseHeadline(title: string, paragraphs: readonly string[]): string | undefined {
  const words = title.match(WORD) ?? [];
  if (words.length < 3 || /\p{Ll}/u.test(title) || !/\p{Lu}/u.test(title)) return undefined;
  const forms = properForms(paragraphs);
  let first = true;
  // Tickers and codes in angle brackets ("<SFX>") stay as they are.
  return title.split(/(<[^>]*>)/).map((part) => (part.startsWith('<') ? part : part.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    const form = forms.get(lower) ?? forms.get(lower.replace(/['’]s$/, ''))?.concat(lower.slice(-2)) ?? akin(lower, forms);
    const cased = form ?? (first ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower);
    first = false;
    return cased;
  }))).join('');
}
