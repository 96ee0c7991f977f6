import type { Random } from './random.ts';

/** Real places, most newsworthy first (the generator picks early ones more often). */
export const PLACES: readonly { city: string; country: string }[] = [
  { city: 'London', country: 'United Kingdom' },
  { city: 'Washington', country: 'United States' },
  { city: 'Nairobi', country: 'Kenya' },
  { city: 'Paris', country: 'France' },
  { city: 'Berlin', country: 'Germany' },
  { city: 'Kyiv', country: 'Ukraine' },
  { city: 'Beijing', country: 'China' },
  { city: 'New Delhi', country: 'India' },
  { city: 'Lagos', country: 'Nigeria' },
  { city: 'Tokyo', country: 'Japan' },
  { city: 'Brussels', country: 'Belgium' },
  { city: 'Moscow', country: 'Russia' },
  { city: 'Jerusalem', country: 'Israel' },
  { city: 'Cairo', country: 'Egypt' },
  { city: 'Johannesburg', country: 'South Africa' },
  { city: 'São Paulo', country: 'Brazil' },
  { city: 'Mexico City', country: 'Mexico' },
  { city: 'Ottawa', country: 'Canada' },
  { city: 'Canberra', country: 'Australia' },
  { city: 'Bamako', country: 'Mali' },
  { city: 'Addis Ababa', country: 'Ethiopia' },
  { city: 'Istanbul', country: 'Turkey' },
  { city: 'Tehran', country: 'Iran' },
  { city: 'Seoul', country: 'South Korea' },
  { city: 'Jakarta', country: 'Indonesia' },
  { city: 'Manila', country: 'Philippines' },
  { city: 'Karachi', country: 'Pakistan' },
  { city: 'Dhaka', country: 'Bangladesh' },
  { city: 'Buenos Aires', country: 'Argentina' },
  { city: 'Bogotá', country: 'Colombia' },
  { city: 'Lima', country: 'Peru' },
  { city: 'Santiago', country: 'Chile' },
  { city: 'Madrid', country: 'Spain' },
  { city: 'Rome', country: 'Italy' },
  { city: 'Warsaw', country: 'Poland' },
  { city: 'Athens', country: 'Greece' },
  { city: 'Stockholm', country: 'Sweden' },
  { city: 'Oslo', country: 'Norway' },
  { city: 'Dublin', country: 'Ireland' },
  { city: 'Edinburgh', country: 'United Kingdom' },
  { city: 'Geneva', country: 'Switzerland' },
  { city: 'Vienna', country: 'Austria' },
  { city: 'Accra', country: 'Ghana' },
  { city: 'Dakar', country: 'Senegal' },
  { city: 'Kinshasa', country: 'DR Congo' },
  { city: 'Khartoum', country: 'Sudan' },
  { city: 'Kampala', country: 'Uganda' },
  { city: 'Harare', country: 'Zimbabwe' },
  { city: 'Riyadh', country: 'Saudi Arabia' },
  { city: 'Dubai', country: 'United Arab Emirates' },
  { city: 'Baghdad', country: 'Iraq' },
  { city: 'Beirut', country: 'Lebanon' },
  { city: 'Kabul', country: 'Afghanistan' },
  { city: 'Bangkok', country: 'Thailand' },
  { city: 'Hanoi', country: 'Vietnam' },
  { city: 'Singapore', country: 'Singapore' },
  { city: 'Kuala Lumpur', country: 'Malaysia' },
  { city: 'Taipei', country: 'Taiwan' },
  { city: 'Wellington', country: 'New Zealand' },
  { city: 'Havana', country: 'Cuba' },
  { city: 'Caracas', country: 'Venezuela' },
  { city: 'Quito', country: 'Ecuador' },
  { city: 'Montevideo', country: 'Uruguay' },
  { city: 'Lisbon', country: 'Portugal' },
  { city: 'Amsterdam', country: 'Netherlands' },
  { city: 'Copenhagen', country: 'Denmark' },
  { city: 'Helsinki', country: 'Finland' },
  { city: 'Prague', country: 'Czech Republic' },
  { city: 'Budapest', country: 'Hungary' },
  { city: 'Bucharest', country: 'Romania' },
  { city: 'Belgrade', country: 'Serbia' },
  { city: 'Tbilisi', country: 'Georgia' },
  { city: 'Yerevan', country: 'Armenia' },
  { city: 'Baku', country: 'Azerbaijan' },
  { city: 'Almaty', country: 'Kazakhstan' },
  { city: 'Tashkent', country: 'Uzbekistan' },
  { city: 'Ulaanbaatar', country: 'Mongolia' },
  { city: 'Kathmandu', country: 'Nepal' },
  { city: 'Colombo', country: 'Sri Lanka' },
  { city: 'Yangon', country: 'Myanmar' },
  { city: 'Port Moresby', country: 'Papua New Guinea' },
  { city: 'Suva', country: 'Fiji' },
  { city: 'Reykjavik', country: 'Iceland' },
  { city: 'Tunis', country: 'Tunisia' },
  { city: 'Algiers', country: 'Algeria' },
  { city: 'Rabat', country: 'Morocco' },
  { city: 'Tripoli', country: 'Libya' },
  { city: 'Niamey', country: 'Niger' },
  { city: 'Ouagadougou', country: 'Burkina Faso' },
  { city: 'Mogadishu', country: 'Somalia' },
  { city: 'Kigali', country: 'Rwanda' },
  { city: 'Lusaka', country: 'Zambia' },
  { city: 'Maputo', country: 'Mozambique' },
  { city: 'Windhoek', country: 'Namibia' },
  { city: 'Antananarivo', country: 'Madagascar' },
  { city: 'Manchester', country: 'United Kingdom' },
  { city: 'Cardiff', country: 'United Kingdom' },
  { city: 'Belfast', country: 'United Kingdom' },
  { city: 'New York', country: 'United States' },
  { city: 'Los Angeles', country: 'United States' },
  { city: 'Chicago', country: 'United States' },
];

/** First names for invented people. */
export const FIRST_NAMES: readonly string[] = [
  'Amara', 'Belen', 'Corvin', 'Dalia', 'Emeka', 'Farida', 'Galen', 'Hana', 'Idris', 'Jora', 'Kaveh', 'Lenka',
  'Mireille', 'Nuno', 'Oksana', 'Pavlo', 'Quilla', 'Rafe', 'Saoirse', 'Tomas', 'Ulla', 'Vesna', 'Wendell', 'Ximena',
  'Yusra', 'Zoltan', 'Adaeze', 'Bram', 'Cosima', 'Dev', 'Esperanza', 'Femi', 'Greta', 'Hamid', 'Ines', 'Jalen',
  'Kofi', 'Liesel', 'Marek', 'Nadia', 'Orla', 'Priya', 'Rashid', 'Sunniva', 'Teodor', 'Uche', 'Valeria', 'Wiremu',
];

const SURNAME_STARTS = ['Al', 'Bren', 'Cas', 'Dor', 'El', 'Fen', 'Gar', 'Hol', 'Ish', 'Jan', 'Kel', 'Lor', 'Mar', 'Nev', 'Os', 'Pel', 'Quin', 'Ros', 'Sab', 'Tor', 'Ul', 'Var', 'Wes', 'Yar', 'Zel'];
const SURNAME_ENDS = ['ani', 'berg', 'court', 'dottir', 'enko', 'field', 'ida', 'ington', 'kovic', 'lund', 'mann', 'nard', 'oye', 'quist', 'ridge', 'sen', 'ton', 'uba', 'vich', 'wright', 'yama', 'zadeh'];

/** Job titles for a byline's role line and for people quoted in the text. */
export const ROLES: readonly string[] = [
  'Africa correspondent', 'Business reporter', 'Political editor', 'Health correspondent', 'Technology reporter',
  'Economics editor', 'Security correspondent', 'Sports reporter', 'Environment analyst', 'Culture reporter',
  'Chief international correspondent', 'Senior reporter', 'Asia editor', 'Data journalist',
];

/** Agencies and services named on photo credit lines. */
export const CREDITS: readonly string[] = ['Reuters', 'AFP', 'Getty Images', 'PA Media', 'EPA', 'AP', 'AFP via Getty Images', 'EPA-EFE/REX/Shutterstock'];

/** Tags for a "Tags" footer. */
export const TAGS: readonly string[] = [
  'Economy', 'Elections', 'Climate change', 'Health', 'Technology', 'Football', 'Trade', 'Energy', 'Conflict',
  'Education', 'Migration', 'Agriculture', 'Transport', 'Human rights', 'Housing', 'Science', 'Music', 'Film',
];

/** Folders the generated files are spread over; the ingest makes each a tag. */
export const SECTIONS: readonly string[] = ['world', 'business', 'politics', 'sport', 'tech', 'culture'];

/** Common English words, most frequent first, that keep the made-up text shaped like prose. */
export const FUNCTION_WORDS: readonly string[] = [
  'the', 'of', 'and', 'to', 'in', 'a', 'that', 'is', 'for', 'on', 'with', 'as', 'was', 'said', 'by', 'at', 'from',
  'it', 'be', 'has', 'have', 'will', 'not', 'are', 'an', 'this', 'which', 'their', 'after', 'over', 'more', 'than',
  'but', 'its', 'were', 'had', 'new', 'last', 'year', 'would', 'been', 'also', 'people', 'government', 'week',
];

const ORGANISATION_KINDS = ['Bank', 'Group', 'Holdings', 'Council', 'Institute', 'Union', 'Authority', 'Party', 'Foundation', 'Agency'];

const SYLLABLES = [
  'ba', 'ke', 'lo', 'mi', 'nu', 'ra', 'se', 'ti', 'vo', 'zu', 'dra', 'ple', 'sko', 'tri', 'fen', 'gal', 'hor',
  'mit', 'pas', 'rul', 'ven', 'cor', 'dis', 'lan', 'mor', 'pel', 'sta', 'tor', 'un', 'bre', 'cla', 'fro', 'gri',
];
const WORD_ENDINGS = ['', '', '', 's', 'ed', 'ing', 'tion', 'ly', 'er', 'al', 'ment'];

/** `count` distinct made-up words of one to three syllables. */
export function makeUpWords(random: Random, count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    let word = '';
    for (let i = random.int(1, 3); i > 0; i--) word += random.pick(SYLLABLES);
    words.add(word + random.pick(WORD_ENDINGS));
  }
  return [...words];
}

/** `count` distinct invented people, "First Surname". */
export function makeUpPeople(random: Random, count: number): string[] {
  const people = new Set<string>();
  const limit = FIRST_NAMES.length * SURNAME_STARTS.length * SURNAME_ENDS.length;
  while (people.size < Math.min(count, limit)) {
    people.add(`${random.pick(FIRST_NAMES)} ${random.pick(SURNAME_STARTS)}${random.pick(SURNAME_ENDS)}`);
  }
  return [...people];
}

/** `count` distinct invented organisations such as "Trivomor Holdings". */
export function makeUpOrganisations(random: Random, words: readonly string[], count: number): string[] {
  const organisations = new Set<string>();
  while (organisations.size < count) {
    const name = random.pick(words);
    organisations.add(`${name.charAt(0).toUpperCase()}${name.slice(1)} ${random.pick(ORGANISATION_KINDS)}`);
  }
  return [...organisations];
}
