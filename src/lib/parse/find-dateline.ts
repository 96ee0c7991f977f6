import { dateReader, type DateReader } from './find-date.ts';

/** A wire-style dateline at the start of the first paragraph. */
export interface Dateline {
  /** The place, in title case: "BAMAKO" → "Bamako"; none in a brief's "Dec 14 (Reuters) -". */
  location?: string;
  /** The date, when the dateline gives one: with its year, or the year that makes it the latest not after `today`. */
  date?: string;
  /** How many characters of the paragraph the dateline takes, with its agency and dash. */
  length: number;
  /** The reporters a Chinese wire's dateline names ("（记者王小明）"). */
  byline?: string;
}

// The date of a dateline: "Nov 12, 2025", "March 3", "10 авг", "3. März 2024", "30 апреля".
// Or in figures, day first, as Polish and German wires write it: "14.03.2026".
const DATE = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\.?\s+\p{L}{3,12}\.?(?:\s+\d{4})?|\d{1,2}\.\d{1,2}\.\d{4})`;
// An agency named in the dateline, whoever it is: in brackets, "(Reuters)", "(dpa)", "(ΑΠΕ-ΜΠΕ)"; between
// slashes, "/PRNewswire/", "/Мария Петкова, БТА/" (with its reporter); "INTERFAX.RU"; or by its address,
// "LINTANG, KOMPAS.com - ".
const BRACKETED_AGENCY = String.raw`\((?:\p{Lu}[\p{L}\p{N}&.'’ -]{0,24}|\p{Ll}{2,4})\)`;
const SLASHED_AGENCY = String.raw`/\p{Lu}[^/\n]{1,40}/`;
const AGENCY = String.raw`(?:${BRACKETED_AGENCY}|${SLASHED_AGENCY}|\p{Lu}{2,}\.\p{Lu}{2,}|\p{Lu}[\p{L}\p{N}-]{1,30}\.(?:com|net|org|co\.id|id|ru|cn)(?!\p{L}))`;
// A region in brackets after the place, as AFP writes it ("CHAMONIX-MONT-BLANC (France), 18 juil 2025 (AFP) -"):
// in title case, so that an agency in capitals ("(AFP)") stays the agency.
const AGENCY_NAME_IN_BRACKETS = String.raw`(?:Reuters|Belga|Lusa|Efe|Ansa)\)`;
// After the dash, some wires name themselves: "– РИА Новости.", "- Reuters.":
// one to three capitalised words and a full stop, before the first sentence
// or at the end of a dateline on a line of its own.
const AGENCY_AFTER = String.raw`(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\.(?:\s+(?=\p{Lu})|$))?`;
// What ends a dateline: a dash (".-" after a Spanish wire's "(EFE)", "--" after a release's "/PRNewswire/"), or
// a colon, as Indian and African papers write it ("NEW DELHI: ", "KILIFI, KENYA: "). A slashed agency ends one itself.
// Indian and other Asian agencies set no dash after their name in brackets (named, since "European Community (EC) Agriculture" opens a sentence so): "Bengaluru, Aug 7 (PTI) The much-delayed…".
const END = String.raw`(?:\.?\s*(?:[-–—]{1,2}|:)\s|(?<=/)\s|(?<=\((?:PTI|IANS|UNI|ANI|APP|Bernama)\)\s)(?=\p{Lu}\p{Ll}))`;
// Labels in capitals that open a paragraph as a dateline would: "BREAKING: ", "FILE - ".
const NOT_A_PLACE = String.raw`(?!(?:BREAKING|UPDATED?|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|COMMENT|EDITORIAL|EDITOR'S NOTE|NOTE|WARNING|CORRECTION|CLARIFICATION|VIDEO|PHOTOS?|FILE|READ MORE|ALSO READ|FACT CHECK|SPOILERS?)\b)`;
// A place in title case, of up to four words with the particles of place names: "Rio de Janeiro", "Άρτα".
const TITLED_WORDS = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]{1,30}(?:\s(?:\p{Lu}[\p{Ll}\p{M}'’-]{1,30}|d[aeiou]s?|del|la|le|am|an|upon|sur)){0,3}`;
// The place in capitals ("BAMAKO", "DAR ES SALAAM", "NAIROBI, Kenya"), or in title case when a date or an agency
// follows ("Москва. 30 апреля.", "Grimmbach (dpa) -", "Valmarina (España), 8 abr (EFE).-"); an agency may come first ("(ANSA) - PERUGIA, 17 NOV - ").
// A release may set its date between dashes: "SAN FRANCISCO, Calif. – March 18, 2025 – ".
const DATELINE = new RegExp(
  String.raw`^(?:${AGENCY}\s*[-–—]{1,2}\s*)?${NOT_A_PLACE}(?:([\p{Lu}][\p{Lu}.'’ -]{1,40}?(?:,\s*(?!${AGENCY})[\p{Lu}][\p{L}.'’ -]{1,30}?)?)(?:\s*\((?!${AGENCY_NAME_IN_BRACKETS})\p{Lu}[\p{Ll}.'’ -]{2,30}\))?\s*(?:,|\.?\s*[-–—](?=\s*${DATE}\s*[-–—]))?\s*(?:(${DATE})|\((${DATE})\))?|(${TITLED_WORDS})(?:\s*\(\p{Lu}[\p{Ll}\p{M}.'’ -]{2,30}\))?(?:[.,]?\s*(${DATE})[.,]?|(?=\s*${AGENCY})))\s*(?:(${AGENCY})\s*)?${END}${AGENCY_AFTER}`,
  'u',
);
// A Chinese wire's: agency, place, month and day, "电" (cabled), and the reporter in brackets:
// "新华社北京12月14日电（记者王小明）", "本报上海3月2日讯".
const CHINESE_DATELINE = /^(?:新华社|中新社|中新网|人民网|央视网|本报|本刊)\s*(\p{Script=Han}{2,8}?)\s*(\d{1,2})月(\d{1,2})日(?:电|讯)\s*(?:[（(](?:记者|記者|通讯员)\s*([^（）()]{2,30}?)\s*[）)])?/u;
// The same from any paper, whose name runs into the place: "港湾日报港湾市11月9日电（记者 周明 何丽）". The place
// follows the paper's last word for what it is (报, 社, 网, 台); with the reporters in brackets only, so a sentence is no dateline.
const PAPER_DATELINE = /^(\p{Script=Han}{1,10}(?:日报|晚报|报|社|网|台))\s*(\p{Script=Han}{2,8}?)\s*(\d{1,2})月(\d{1,2})日(?:电|讯)\s*[（(](?:记者|記者|通讯员)\s*([^（）()]{2,30}?)\s*[）)]/u;
// A wire's company brief gives the date and agency without a place: "Dec 14 (Reuters) - ".
// A Japanese paper's place and reporter in brackets before the lede: "【港町＝山田太郎】", "【ワシントン=共同】".
const JAPANESE_DATELINE = /^【([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{1,12})[＝=]([^【】＝=]{1,20})】\s*/u;
// Indonesian papers open with the place alone before a dash, in title case: "Tanjung Harapan - Hujan deras …".
const TITLED_PLACE = /^(\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20}){0,2})\s[-–—]\s(?=\p{Lu}\p{Ll})/u;
// A release wire's dateline, written without spaces: "KNOXVILLE, Tenn.--(BUSINESS WIRE)--".
const RELEASE_DATELINE = /^(\p{Lu}[\p{Lu}.'’ -]{1,40}?(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?)\s*--\(\p{Lu}[\p{Lu} ]{2,30}\)--\s*/u;
// A broadcaster's dateline, its name in capitals after the place, in brackets or (as a copy leaves its logo) not,
// before a long dash: "Redcliff, Colorado (CNN) — ", "Washington CNN — ".
const PLACE_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’.-]+`;
const OUTLET_DATELINE = new RegExp(String.raw`^(${PLACE_WORD}(?:\s${PLACE_WORD}){0,2}(?:,\s${PLACE_WORD}(?:\s${PLACE_WORD}){0,2})?)\s+(?:\(\p{Lu}{2,6}\)|\p{Lu}{2,6})\s*[—–]\s*`, 'u');
// A place in a script without capitals, before a dash: "القاهرة - ", "เชียงใหม่ - ". Indian and Pakistani papers put a
// colon after it ("மதுரை: ", "नई दिल्ली: ", "لاہور: "). Chinese, Japanese and Korean have datelines of their own (above and below).
const INDIC = String.raw`\p{Script=Tamil}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Oriya}\p{Script=Sinhala}`;
// Labels in those scripts that open a paragraph as a place would: "عاجل: " (breaking), "فيديو: ", "بریکنگ: ".
const UNCASED_LABELS = '(?:عاجل|تحديث|فيديو|شاهد|خاص|بالفيديو|بالصور|مباشر|تقرير|بریکنگ|ویڈیو|خبر|ด่วน)';
const UNCASED_PLACE = new RegExp(
  String.raw`^(?:(?!${UNCASED_LABELS}(?!\p{L}))((?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])\p{Lo}[\p{Lo}\p{M}]{1,30})(?:\s[-–—]|\s?:)\s|([${INDIC}][${INDIC}\p{M}]{1,30}(?:\s[${INDIC}][${INDIC}\p{M}]{1,30})?)\s?:\s)`,
  'u',
);
// An Indian agency's, with the day and month: "नई दिल्ली, 5 जून (भाषा)।", "मुंबई, 12 मार्च (वार्ता) - ".
const INDIC_DATELINE = new RegExp(String.raw`^([${INDIC}][${INDIC}\p{M}]{1,30}(?:\s[${INDIC}][${INDIC}\p{M}]{1,30})?),\s*(\d{1,2}\s+[${INDIC}][${INDIC}\p{M}]{1,12})\s*(?:\([^()]{1,20}\))?\s*(?:।|[-–—:])\s*`, 'u');
// A Taiwanese wire's agency, reporter, place and day in brackets: "（中央社記者林怡君港灣17日電）".
const TAIWANESE_DATELINE = /^[（(](?:中央社|中央通訊社)(?:記者|记者)?((?:\p{Script=Han}{2,4}、)*)(\p{Script=Han}{2,12}?)\d{1,2}日(?:電|电|綜合外電報導)[）)]/u;
// A Taiwanese paper's reporter and place in brackets: "〔記者林怡君／台北報導〕", "（記者王小明／高雄報導）".
const REPORTED_FROM = /^[〔［\[（(]\s*(?:記者|记者)\s*([\p{Script=Han}、]{2,14}?)\s*[／/]\s*(\p{Script=Han}{2,8}?)(?:綜合報導|综合报道|報導|报道)\s*[〕］\]）)]\s*/u;
// A Korean wire's place and agency in brackets, then the reporter: "(남포=한빛뉴스) 이서연 기자 = ".
const KOREAN_DATELINE = /^[(（]([\p{Script=Hangul}\p{Script=Han}·]{1,12})\s?=\s?[^()（）=]{1,20}[)）]\s*(?:([\p{Script=Hangul}]{2,4}(?:\s[\p{Script=Hangul}]{2,4})?)\s?(?:기자|특파원|선임기자|통신원)\s?=\s?)?/u;
// A Chinese name has two or three characters: of the reporter and place run together ("林怡君港灣"), three are the name when
// the place keeps two.
const TAIWANESE_NAME = 3;
const DATE_AND_AGENCY = new RegExp(String.raw`^(${DATE})\s*${AGENCY}\s*[-–—]{1,2}\s`, 'u');

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/iu;

const titleCase = (text: string) =>
  text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/**
 * Finds "BAMAKO, Nov 12, 2025 (Reuters) - …", "LISBON, March 3 (Reuters) -",
 * "МОСКВА, 10 авг – РИА Новости." and "Москва. 30 апреля. INTERFAX.RU - "
 * at a paragraph's start. A date without its year takes the year that makes
 * it the latest not after `today`, when `today` is given.
 */
export function findDateline(paragraph: string, dates: DateReader = dateReader(), today?: string): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  if (!match) return placelessDateline(paragraph, dates, today);
  // Groups: the place in capitals, its date (or the date in brackets, as releases write it), the place in
  // title case, its date, the agency.
  const titled = match[4] !== undefined;
  const place = (match[1] ?? match[4] ?? '').trim();
  const datePart = match[2] ?? match[3] ?? match[5];
  // A dateline's place is upper case; "The US - and others" is not a dateline.
  const [city, ...rest] = place.split(',');
  if (!city || (!titled && (city !== city.toUpperCase() || !/\p{Lu}{2}/u.test(city)))) return undefined;
  // "UN (Reuters) - ", "Monday, March 3 - ": no place.
  if (city.trim().length < 3 || WEEKDAY.test(city)) return undefined;
  // "KILIFI, KENYA" → "Kilifi, Kenya"; "NAIROBI, Kenya" keeps its region as written.
  const readable = (part: string) => (part === part.toUpperCase() && !titled ? titleCase(part) : part);
  const location = [city, ...rest].map((part) => readable(part.trim())).join(', ');
  const date = datePart ? (dates.findDates(datePart)[0]?.iso ?? (today ? dates.dayWithoutYear(datePart, today) : undefined)) : undefined;
  // "/Мария Петкова, БТА/": the reporter before the agency.
  const byline = match[6] ? /^\/(.+),\s*[^,]+\/$/u.exec(match[6])?.[1]?.trim() : undefined;
  return { location, length: match[0].length, ...(date ? { date } : {}), ...(byline ? { byline } : {}) };
}

function placelessDateline(paragraph: string, dates: DateReader, today: string | undefined): Dateline | undefined {
  // [whole, place, month, day, reporters], from a wire's dateline or any paper's.
  const chinese = CHINESE_DATELINE.exec(paragraph) ?? PAPER_DATELINE.exec(paragraph)?.filter((_, group) => group !== 1);
  if (chinese?.[0] && chinese[1]) {
    const date = today ? dates.dayWithoutYear(`${chinese[2]}月${chinese[3]}日`, today) : undefined;
    // Several reporters are joined by "、" or spaces.
    const byline = chinese[4]?.split(/[、\s]+/u).filter(Boolean).join('、');
    return { location: chinese[1], length: chinese[0].length, ...(date ? { date } : {}), ...(byline ? { byline } : {}) };
  }
  const japanese = JAPANESE_DATELINE.exec(paragraph);
  if (japanese?.[1] && japanese[2]) {
    // An agency in the brackets ("共同", "時事", "ロイター") is the source, not a reporter.
    const agency = /^(?:共同|時事|ロイター|AP|AFP|新華社|聯合)$/u.test(japanese[2]);
    return { location: japanese[1], length: japanese[0].length, ...(agency ? {} : { byline: japanese[2] }) };
  }
  const reported = REPORTED_FROM.exec(paragraph);
  if (reported?.[1] && reported[2]) return { location: reported[2], length: reported[0].length, byline: reported[1] };
  const taiwanese = TAIWANESE_DATELINE.exec(paragraph);
  if (taiwanese?.[2]) {
    const run = taiwanese[2];
    const reporter = run.length >= TAIWANESE_NAME + 2 ? run.slice(0, TAIWANESE_NAME) : run.slice(0, 2);
    const withReporter = /記者|记者/u.test(taiwanese[0]);
    const location = withReporter ? run.slice(reporter.length) : run;
    const reporters = withReporter ? [...taiwanese[1]!.split('、').filter(Boolean), reporter] : [];
    // Its day has no month: the date is the header's.
    return { location, length: taiwanese[0].length, ...(reporters.length > 0 ? { byline: reporters.join('、') } : {}) };
  }
  const korean = KOREAN_DATELINE.exec(paragraph);
  if (korean?.[1]) return { location: korean[1], length: korean[0].length, ...(korean[2] ? { byline: korean[2] } : {}) };
  const uncased = UNCASED_PLACE.exec(paragraph);
  if (uncased) return { location: (uncased[1] ?? uncased[2])!, length: uncased[0].length };
  const indic = INDIC_DATELINE.exec(paragraph);
  if (indic?.[1] && indic[2]) {
    const date = today ? dates.dayWithoutYear(indic[2], today) : undefined;
    return { location: indic[1], length: indic[0].length, ...(date ? { date } : {}) };
  }
  const release = RELEASE_DATELINE.exec(paragraph);
  if (release?.[1]) {
    const [city = '', ...region] = release[1].split(',');
    return { location: [titleCase(city.trim()), ...region.map((part) => part.trim())].join(', '), length: release[0].length };
  }
  const outlet = OUTLET_DATELINE.exec(paragraph);
  if (outlet?.[1] && !WEEKDAY.test(outlet[1])) return { location: outlet[1], length: outlet[0].length };
  const titled = TITLED_PLACE.exec(paragraph);
  if (titled?.[1]) return { location: titled[1], length: titled[0].length };
  const match = DATE_AND_AGENCY.exec(paragraph);
  if (!match?.[1]) return undefined;
  const date = dates.findDates(match[1])[0]?.iso ?? (today ? dates.dayWithoutYear(match[1], today) : undefined);
  return { length: match[0].length, ...(date ? { date } : {}) };
}

/** A paragraph without its dateline, for text analysis that would misread "DAR ES SALAAM", and for the summary. */
export function withoutDateline(paragraph: string, dates: DateReader = dateReader()): string {
  const dateline = findDateline(paragraph, dates);
  return dateline ? paragraph.slice(dateline.length) : paragraph;
}
