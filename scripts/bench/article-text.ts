import type { Random } from './random.ts';
import { CREDITS, FUNCTION_WORDS, PLACES, ROLES, TAGS, SECTIONS, makeUpOrganisations, makeUpPeople, makeUpWords } from './vocabulary.ts';

/** The made-up words, people and organisations one corpus draws from. */
export interface Lexicon {
  words: readonly string[];
  people: readonly string[];
  organisations: readonly string[];
}

/** Which of the input format's header and footer blocks an article has (DESIGN.md §2). */
export type ArticleShape = 'caption' | 'byline' | 'tags' | 'plain';

/** One generated input file. */
export interface GeneratedArticle {
  /** Folder the file goes in; the ingest turns it into a tag. */
  section: string;
  shape: ArticleShape;
  headline: string;
  /** Publication date written in the file (YYYY-MM-DD), absent for plain articles. */
  date?: string;
  text: string;
  words: number;
}

type Place = (typeof PLACES)[number];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST_DAY = Date.UTC(2024, 0, 1);
/** Evens out the commonest made-up words: the top one is about 0.5% of them, not 8%. */
const WORD_FLATTEN = 50;

/** Builds the shared word lists of a corpus. */
export function createLexicon(random: Random): Lexicon {
  const words = makeUpWords(random, 4000);
  return { words, people: makeUpPeople(random, 600), organisations: makeUpOrganisations(random, words, 120) };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function amount(random: Random): string {
  switch (random.int(0, 3)) {
    case 0: return `${random.int(2, 95)}%`;
    case 1: return `£${random.int(1, 900)}m`;
    case 2: return `$${random.int(1, 40)}.${random.int(1, 9)}bn`;
    default: return `${random.int(1, 99)},${String(random.int(0, 999)).padStart(3, '0')}`;
  }
}

function sentence(random: Random, lexicon: Lexicon, place: Place): string {
  const tokens: string[] = [];
  for (let i = random.int(8, 24); i > 0; i--) {
    const roll = random.next();
    if (roll < 0.42) tokens.push(random.pickSkewed(FUNCTION_WORDS));
    else if (roll < 0.94) tokens.push(random.pickSkewed(lexicon.words, WORD_FLATTEN));
    else if (roll < 0.96) tokens.push(`in ${random.chance(0.6) ? place.city : random.pickSkewed(PLACES).city}`);
    else if (roll < 0.98) tokens.push(amount(random));
    else tokens.push(`the ${random.pickSkewed(lexicon.organisations, 3)}`);
    if (i > 2 && random.chance(0.06)) tokens[tokens.length - 1] += ',';
  }
  return capitalise(tokens.join(' '));
}

function paragraph(random: Random, lexicon: Lexicon, place: Place, cast: readonly string[]): string {
  if (random.chance(0.18)) {
    const speaker = random.pick(cast);
    const said = random.chance(0.5) ? `${speaker} said` : `said ${speaker}, ${random.pick(ROLES).toLowerCase()}`;
    return `"${sentence(random, lexicon, place)}," ${said}.`;
  }
  const sentences: string[] = [];
  for (let i = random.int(2, 4); i > 0; i--) sentences.push(`${sentence(random, lexicon, place)}.`);
  if (random.chance(0.3)) sentences.push(`${random.pick(cast)} told reporters in ${place.city} that ${sentence(random, lexicon, place).toLowerCase()}.`);
  return sentences.join(' ');
}

function hardWrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

function headlineFor(random: Random, lexicon: Lexicon, place: Place): string {
  const words = Array.from({ length: random.int(4, 8) }, () => random.pickSkewed(lexicon.words, WORD_FLATTEN));
  if (random.chance(0.5)) words.splice(random.int(0, words.length), 0, place.city);
  const headline = capitalise(words.join(' '));
  return random.chance(0.05) ? `${headline}?` : headline;
}

/** What one article is about; its blocks are written from it. */
interface Story {
  title: string;
  place: Place;
  /** People quoted in it. */
  cast: readonly string[];
  day: Date;
}

/** "14 November 2025", "14 November, 2025" (captions) or "Nov 14, 2025" (datelines). */
function writeDate(day: Date, style: 'published' | 'caption' | 'dateline'): string {
  const [d, month, year] = [day.getUTCDate(), MONTHS[day.getUTCMonth()] ?? 'January', day.getUTCFullYear()];
  if (style === 'dateline') return `${month.slice(0, 3)} ${d}, ${year}`;
  return style === 'caption' ? `${d} ${month}, ${year}` : `${d} ${month} ${year}`;
}

/** The lines between the headline and the body: headline again, byline, page chrome, caption and credit. */
function headerLines(random: Random, lexicon: Lexicon, shape: ArticleShape, story: Story): string[] {
  const lines: string[] = [];
  if ((shape === 'caption' || shape === 'byline') && random.chance(0.6)) lines.push(story.title);
  if (shape === 'byline' || (shape === 'caption' && random.chance(0.25))) lines.push(`By ${random.pickSkewed(lexicon.people, 5)}`, random.pick(ROLES));
  if (shape === 'byline') lines.push('Published', writeDate(story.day, 'published'), 'Share', 'Save');
  if (shape === 'caption') {
    const subject = random.chance(0.5) ? `${story.cast[0] ?? 'An official'} speaks to reporters` : `People gather outside the ${random.pickSkewed(lexicon.organisations, 3)}`;
    lines.push(`${subject}, ${story.place.city}, ${story.place.country}, ${writeDate(story.day, 'caption')}`, random.pick(CREDITS));
  }
  return lines;
}

/** A "Tags" footer and its tag lines, for tagged shapes. */
function footerLines(random: Random, shape: ArticleShape, story: Story): string[] {
  if (shape !== 'tags' && !(shape === 'caption' && random.chance(0.3))) return [];
  const tags = new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(TAGS)));
  return ['Tags', ...tags, ...(random.chance(0.5) ? [story.place.country] : [])];
}

/**
 * Composes one article file in the input format (DESIGN.md §2): a headline,
 * its shape's header and footer blocks, and several hundred words of made-up
 * prose with real place names, invented people and organisations, and
 * amounts, dated on one of `days` days from 1 January 2024. `headline`
 * reuses an earlier article's (two articles, one headline).
 */
export function composeArticle(random: Random, lexicon: Lexicon, days: number, headline?: string): GeneratedArticle {
  const place = random.pickSkewed(PLACES);
  const story: Story = {
    place,
    cast: Array.from({ length: random.int(1, 3) }, () => random.pickSkewed(lexicon.people, 5)),
    title: headline ?? headlineFor(random, lexicon, place),
    day: new Date(FIRST_DAY + random.int(0, days - 1) * 86_400_000),
  };
  const roll = random.next();
  const shape: ArticleShape = roll < 0.35 ? 'caption' : roll < 0.6 ? 'byline' : roll < 0.8 ? 'tags' : 'plain';

  const paragraphs = Array.from({ length: random.int(6, 14) }, () => paragraph(random, lexicon, place, story.cast));
  // Wire copy carries its date in a dateline: "NAIROBI, Nov 14, 2025 (Reuters) - …".
  if (shape === 'tags') paragraphs[0] = `${place.city.toUpperCase()}, ${writeDate(story.day, 'dateline')} (Reuters) - ${paragraphs[0] ?? ''}`;
  const body = (random.chance(0.1) ? paragraphs.map((text) => hardWrap(text, 72)) : paragraphs).join('\n\n');
  const header = headerLines(random, lexicon, shape, story);
  const footer = footerLines(random, shape, story);

  const blocks = [[story.title], header, [body], footer].filter((block) => block.length > 0);
  return {
    section: random.pick(SECTIONS),
    shape,
    headline: story.title,
    date: shape === 'plain' ? undefined : story.day.toISOString().slice(0, 10),
    text: `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`,
    words: body.split(/\s+/).length,
  };
}
