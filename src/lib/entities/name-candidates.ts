// A run of capitalised words, allowing the lower-case joiners that names
// have inside them ("Bank of England", "Jama'at Nusrat al-Islam").
// Later words may carry an Arabic article or particle: "Nusrat al-Islam wal-Muslimin".
// Words are bounded: an unbounded run over a long token without spaces ("2025November2025November…") would be
// read again from each of its capitals.
const CANDIDATE = /\p{Lu}[\p{L}\p{M}\p{N}'’&.-]{0,60}(?:[ \t]+(?:(?:of|de|da|del|der|di|do|dos|du|des|al|el|la|le|bin|ibn|van|von|the|for|on|&)[ \t]+)*(?:(?:al|el|wal|bin|ibn|abu|ash|ad|ul)-)?\p{Lu}[\p{L}\p{M}\p{N}'’&.-]{0,60})*/gu;
// A name followed by its acronym in brackets: "African Union (AU)".
const DEFINED_ACRONYM = new RegExp(`(${CANDIDATE.source})[ \\t]+\\((\\p{Lu}{2,7})\\)`, 'gu');

// Words that are capitalised only because they start a sentence.
const SENTENCE_STARTERS = new Set(('A An The But And Or So Yet He She It They We I You In On At By To Of Up This That These Those Its His Her Their Our There Here ' +
  'When While After Before Since Until If As For With Without From Into Over Under However Also Some Many Most Much More Few Several All Both Each Every ' +
  'One Two Three Four Five Six Seven Eight Nine Ten Last Next First Other Another Such No Not Now Then Than Even Only Just Still Already Meanwhile ' +
  'Despite Although Though Because Instead Earlier Later Today Yesterday Tomorrow What Who Why How Where Which Whether Speaking According Asked Under Overall').split(' '));

const SENTENCE_BREAK = /(?<=\p{Ll}{2})\.\s+/u;
// "the" right after a capitalised word starts a new phrase: "But the Court",
// "Reuters the Ministry". The phrase keeps its "the", which tells the tagger
// a name follows. "the" after a joiner stays inside: "Bank of the North".
const BARE_THE = /(?<=\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*) (?=the )/u;
// A possessive or trailing punctuation, left off a name ("Mali’s", "Diop.");
// tested by its last character first, which most phrases fail.
const TRAILING_MARK = /['’]s$|[.'’-]+$/u;
const TRAILING_MARK_END = /[s.'’-]$/;

/**
 * Capitalised phrases that may be names: "Foreign Minister Abdoulaye Diop",
 * "Burkina Faso", "ECOWAS". Cheap to find; each is classified on its own
 * (and only once per process) instead of tagging the whole text.
 */
export function nameCandidates(text: string): string[] {
  const found = new Set<string>();
  const add = (part: string) => {
    const phrase = TRAILING_MARK_END.test(part) ? part.replace(TRAILING_MARK, '') : part;
    if (phrase.length >= 2 && !SENTENCE_STARTERS.has(phrase)) found.add(phrase);
  };
  for (const [match] of text.matchAll(CANDIDATE)) {
    // "September. It" is two sentences, not one name.
    for (const sentence of match.includes('.') ? match.split(SENTENCE_BREAK) : [match]) {
      if (sentence.includes(' the ')) sentence.split(BARE_THE).forEach(add);
      else add(sentence);
    }
  }
  return [...found];
}

/** Whether `acronym` spells the initials of `name`'s words in order, from its first word, joiners optional: "ECOWAS" of "Economic Community of West African States". */
function spells(acronym: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).map((word) => word.replace(/^[^\p{L}]+/u, '').charAt(0).toUpperCase());
  if (initials[0] !== acronym[0]) return false;
  let next = 0;
  for (const initial of initials) if (initial === acronym[next]) next++;
  return next === acronym.length;
}

/**
 * Names defined with their acronym, as news copy does on first mention:
 * "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)" gives that name and "JNIM".
 * Only where the acronym spells the name's initials, so that "Mali (AFP)"
 * is not taken for one.
 */
export function acronymDefinitions(text: string): { name: string; acronym: string }[] {
  const found: { name: string; acronym: string }[] = [];
  for (const match of text.matchAll(DEFINED_ACRONYM)) {
    const acronym = match[2] ?? '';
    // The phrase may start with words before the name: "The Economic Community …".
    const words = (match[1] ?? '').split(' ');
    const start = words.findIndex((_, index) => spells(acronym, words.slice(index).join(' ')));
    if (start >= 0) found.push({ name: words.slice(start).join(' '), acronym });
  }
  return found;
}
