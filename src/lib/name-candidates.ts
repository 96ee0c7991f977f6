// A run of capitalised words, allowing the lower-case joiners that names
// have inside them ("Bank of England", "Jama'at Nusrat al-Islam").
const CANDIDATE = /\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*(?:[ \t]+(?:(?:of|de|da|del|der|di|do|dos|du|des|al|el|la|le|bin|ibn|van|von|the|for|on|&)[ \t]+)*\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*)*/gu;

// Words that are capitalised only because they start a sentence.
const SENTENCE_STARTERS = new Set(('A An The But And Or So Yet He She It They We I You In On At By To Of Up This That These Those Its His Her Their Our There Here ' +
  'When While After Before Since Until If As For With Without From Into Over Under However Also Some Many Most Much More Few Several All Both Each Every ' +
  'One Two Three Four Five Six Seven Eight Nine Ten Last Next First Other Another Such No Not Now Then Than Even Only Just Still Already Meanwhile ' +
  'Despite Although Though Because Instead Earlier Later Today Yesterday Tomorrow What Who Why How Where Which Whether Speaking According Asked Under Overall').split(' '));

/**
 * Capitalised phrases that may be names: "Foreign Minister Abdoulaye Diop",
 * "Burkina Faso", "ECOWAS". Cheap to find; each is classified on its own
 * (and only once per process) instead of tagging the whole text.
 */
export function nameCandidates(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CANDIDATE)) {
    // "September. It" is two sentences, not one name.
    for (const part of match[0].split(/(?<=\p{Ll}{2})\.\s+/u)) {
      const phrase = part.replace(/['’]s$|[.'’-]+$/u, '');
      if (phrase.length >= 2 && !SENTENCE_STARTERS.has(phrase)) found.add(phrase);
    }
  }
  return [...found];
}
