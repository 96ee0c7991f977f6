// The time a page prints after a date that the date parser read without it:
// "17 de noviembre de 2023 - 14:05", "17 ноября 2023 г., 14:05",
// "17/11/2023 14h05", "17 نوفمبر 2023، 14:05 GMT", "17 listopada 2025 r., godz. 14:05".

/** Minutes east of UTC of the zones pages print beside a time; ET and the like are left out, since they change with the season. */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  GMT: 0, UTC: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  HKT: 480, SGT: 480, JST: 540, KST: 540, IST: 330, AEST: 600, AEDT: 660,
  // Indonesia's three (western, central, eastern), Pakistan's, Indochina's, the Philippines', Africa's.
  WIB: 420, WITA: 480, WIT: 540, PKT: 300, ICT: 420, PHT: 480, WAT: 60, CAT: 120, EAT: 180, SAST: 120,
};

/** The same zones written out, as releases print them: "09:00 AM Eastern Standard Time". */
const ZONE_NAMES: Readonly<Record<string, string>> = {
  'Greenwich Mean Time': 'GMT', 'Coordinated Universal Time': 'UTC', 'British Summer Time': 'BST',
  'Central European Time': 'CET', 'Central European Summer Time': 'CEST', 'Eastern European Time': 'EET', 'Eastern European Summer Time': 'EEST',
  'Eastern Standard Time': 'EST', 'Eastern Daylight Time': 'EDT', 'Central Standard Time': 'CST', 'Central Daylight Time': 'CDT',
  'Mountain Standard Time': 'MST', 'Mountain Daylight Time': 'MDT', 'Pacific Standard Time': 'PST', 'Pacific Daylight Time': 'PDT',
  'India Standard Time': 'IST', 'Japan Standard Time': 'JST', 'Korea Standard Time': 'KST', 'Hong Kong Time': 'HKT', 'Singapore Time': 'SGT',
};
// Longest first, so that "Central European Summer Time" is not read as "Central European …".
/** Every zone name a time may be followed by, as a regular expression alternation. */
export const ZONES = [...Object.keys(ZONE_NAMES).sort((a, b) => b.length - a.length), ...Object.keys(ZONE_OFFSETS)].map((zone) => zone.replace(/ /g, '\\s+')).join('|');
const offsetOf = (zone: string): number | undefined => ZONE_OFFSETS[ZONE_NAMES[zone.replace(/\s+/gu, ' ')] ?? zone];

export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC, when a zone follows the time. */
  offset?: number;
  /** Where the time ends in the text. */
  end: number;
}

const MERIDIEM_WORDS = '오전|오후|午前|午後|上午|下午';
const HALF_AFTER_WORDS = 'صبح|دوپہر|سہ پہر|شام|सुबह|दोपहर|शाम';
const MORNING_AFTER = /^(?:صبح|सुबह)$/u;
const AFTERNOON = /^(?:오후|午後|下午)$/u;

const TIME_AFTER = new RegExp(
  [
    // What stands between: "г.", separators and the little word for "at".
    '(?:\\s*(?:г|r)\\.)?[\\s.,،|•·–—-]*',
    '(?:(?:à|a las|a la|a les|às|alle|ore|ora|um|at|в|о|u|om|kl\\.?|klo|kello|saat|o|godz\\.?|o godz\\.?|lúc|pukul|jam|στις)\\s+)?',
    // Korean, Japanese and Chinese say the half of the day before the time ("오후 2:05", "午後2時5分", "下午2:05").
    `(?:(${MERIDIEM_WORDS})\\s*)?`,
    // A dot between hour and minute only where a word or zone says it is a time ("kl. 14.05", "14.05 Uhr");
    // hours and minutes counted in words ("2시 5분", "14時05分").
    '(\\d{1,2})(?:(:)|h|\\.(?=\\d{2}\\s*(?:Uhr|h\\b|[A-Z]{3}))|(?<=(?:kl\\.?|klo|kello|godz\\.?|om|ore|saat|u|pukul|jam)\\s+\\d{1,2})\\.(?=\\d{2}(?!\\d))|\\s*(?:시|時|点)\\s*)(\\d{2}|\\d(?=\\s*(?:분|分)))(?::(\\d{2}))?(?!\\d)(?:\\s*(?:분|分))?',
    '(?:\\s*([ap])\\.?\\s?m\\.?)?',
    '(?:\\s*(?:Uhr|ч\\.|h(?!\\p{L})))?',
    `(?:\\s*(${ZONES})(?!\\p{L}))?`,
    // Urdu and Hindi say the half of the day after the time: "02:05 بجے دوپہر", "2:05 बजे दोपहर".
    `(?:\\s*(?:بجے|बजे)?\\s*(${HALF_AFTER_WORDS})(?!\\p{L}))?`,
  ].join(''),
  'uy',
);

/** The time that directly follows a date ending at `from`; undefined when none does. */
export function timeAfterDate(text: string, from: number): TimeOfDay | undefined {
  TIME_AFTER.lastIndex = from;
  const match = TIME_AFTER.exec(text);
  if (!match) return undefined;
  let hour = Number(match[2]);
  const minute = Number(match[4]);
  const second = Number(match[5] ?? 0);
  const half = match[6] ?? (match[1] ? (AFTERNOON.test(match[1]) ? 'p' : 'a') : match[8] ? (MORNING_AFTER.test(match[8]) ? 'a' : 'p') : undefined);
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = match[7];
  const offset = zone ? offsetOf(zone) : undefined;
  return { hour, minute, second, ...(offset !== undefined ? { offset } : {}), end: from + match[0].length };
}

const ZONE_AFTER = new RegExp(`\\s*(${ZONES})(?!\\p{L})`, 'uy');

/** The zone printed right after a time that ends at `from` ("14:05 WIB"): its minutes east of UTC, and where it ends. */
export function zoneAfter(text: string, from: number): { offset: number; end: number } | undefined {
  ZONE_AFTER.lastIndex = from;
  const match = ZONE_AFTER.exec(text);
  const offset = match?.[1] ? offsetOf(match[1]) : undefined;
  return offset !== undefined ? { offset, end: from + match![0].length } : undefined;
}
