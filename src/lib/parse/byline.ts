// Bylines as pages and wires write them: "By Jane Doe", "Par Sébastien
// Farcis", "Von …", "Por …", "Автор: …", "بقلم …", "By DANICA KIRKA and
// JILL LAWLESS / Associated Press", "Jane Doe, BBC News". The name is kept
// apart from the role or outlet after it; nothing is taken for a byline
// that does not name someone.
import { isPageButton } from './page-buttons.ts';

/** A byline: who wrote it, and their role or outlet when the line gives one. */
export interface Byline {
  name: string;
  role?: string;
  /** Where the reporter filed from, when the byline says so: "Tom Aldridge at Marine Park", "Shaun Walker in Budapest". */
  location?: string;
}

// "Author" as a label, in the languages a newsroom publishes in: BBC pages write it with a comma ("Author, Name",
// "مصنف, احمد علی"), others with a colon ("Συντάκτης: …").
const AUTHOR = String.raw`(?:Author|Authors|Autor|Autorka|Autorzy|Auteur|Penulis|Yazar|Kirjoittaja|Teksti|Szerző|Szerzők|Forfatter|Författare|द्वारा|Tác giả|Συντάκτης|Συντάκτρια|Автор|Авторы|Автори|ავტორი|Հեղինակ|نویسنده|مصنف|لکھاری|رپورٹ|लेखक|作者)`;
// "By" in the languages a newsroom publishes in (Romanian's lowercase "de"), with the colon some use.
const PREFIX = String.raw`(?:By|by|BY|Par|par|Von|von|Por|por|Di|di|de|Door|door|Av|av|Af|af|Przez|Oprac\.|Opr\.|${AUTHOR}|Text|Texto|Oleh|oleh|Na|Ni|Του|Της|Των|Από|Текст|بقلم|كتب|מאת|โดย|本报记者|本報記者|記者|记者|文|編集委員|論説委員|特派員|特派员|编辑)`;
// Labels that say "byline" only with their colon: Turkish "Haber: Elif Yıldız" ("Haber Merkezi" is the news desk).
// So do "Reporter:" and Indonesian's "Pewarta:" (reporter), under an Indonesian wire's story.
const COLON_LABEL = String.raw`(?:Haber|Muhabir|Yazan|Haberi|Redacción|Redação|Reportagem|Tekst|Bericht|Reportage|Reporters?|Repórter|Reporter[oa]|Pewarta|Wartawan)`;
// "and" between two names.
const AND = String.raw`(?:and|&|et|und|y|e|en|och|og|i|и|та|و)`;
// One word of a name: a capital (of any script) or a name particle.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|da|di|du|van|von|der|den|al|el|bin|ibn|le|la|dos|das|del|y)(?=\s))`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,4}`;
const NAMES = String.raw`${NAME}(?:\s*,\s*${NAME})*(?:\s+${AND}\s+${NAME})?`;
// A name in a script without capitals (Arabic, Hebrew, Thai, Tamil, Georgian, Han…), with its initials and
// hyphens: "செ. கார்த்திகேயன்", "יעל בן-חיים".
// Georgian's letters are small letters whose capitals are not used in names.
const UNCASED = String.raw`\p{Lo}\p{Script=Georgian}`;
const UNCASED_NAME = String.raw`[${UNCASED}](?:(?:[${UNCASED}\p{M} .'’]|(?<=[${UNCASED}\p{M}])-(?=[${UNCASED}])){0,40}[${UNCASED}\p{M}])?`;

// A newsroom's team, which names no one: "Tim Redaksi", "Redazione", "Staff".
const NEWSROOM = /^(?:tim redaksi|redaksi|redazione|redaktion|rédaction|redacción|redação|redactie|staff|editorial team|newsroom|news desk)$/iu;
const WRITER_THEN_PHOTOGRAPHER = /^(?:文|記者|记者|撰文)\s*[／/:：]\s*(\p{Script=Han}{2,4})[\s\u3000]+(?:攝影|摄影|圖|图|照片|編輯|编辑)\s*[／/:：]/u;
const WEB_DOMAIN = /\p{L}\.(?:com|net|org|co\.[a-z]{2}|id|in|ru|cn|de|fr)\b/iu;
// The editor a page credits beside the writer: "Editor Sari Lestari", "Edited by …", "Penyunting: …".
const EDITOR_CREDIT = /^(?:editor|edited by|editing by|redaktur|penyunting|redaktor|szerkesztő)[:\s]\s*\p{Lu}/iu;

/** Whether a line credits the editor, not the writer ("| Editor Siti Rahmawati", "Penyunting: …"). */
export const isEditorCredit = (line: string) => EDITOR_CREDIT.test(line.replace(/^[|•·\s]+/u, ''));
// What some pages put before "by": "Analysis by Joan Biskupic", "Written by …".
// Also German's "Ein Bericht von", "Eine Analyse von" and French's "Propos recueillis par".
const LABEL = String.raw`(?:(?:News provided|Provided|Live reporting|Live coverage|Coverage|Reporting|Analysis|Opinion|Commentary|Review|Interview|Story|Text|Words|Written|Reported|Posted|Photos?|Video|Report|Eine?\s+\p{Lu}\p{Ll}+|Propos recueillis|Análisis|Reportaje|Entrevista)\s+)?`;
// The role after the name, or the helpers in brackets: "(avec Damien Leloup et Morgane Tual)".
// Or the place the reporter filed from, as the Guardian prints it: "Tom Aldridge at Marine Park", "Shaun Walker in Budapest".
const PREFIXED = new RegExp(String.raw`^${LABEL}(?:${PREFIX}(?:\s*[:：]|\s+[–—-])?|${AUTHOR}\s*,|${COLON_LABEL}\s*[:：])\s+(${NAMES}|${UNCASED_NAME})\s*(?:(?:/|\||—|–|-|,)\s*(.{2,60})|\((.{2,80})\)|\s(?:at|in)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4}))?$`, 'u');
// "By Alex Heath, a deputy editor and author of …": a name, then a line of biography.
const PREFIXED_WITH_BIO = new RegExp(String.raw`^${LABEL}${PREFIX}\s+(${NAMES})\s*,\s+((?:a|an|the)\s.+)$`, 'u');
// "بقلم: …", "كتب - …", "文／王小明".
const PREFIXED_UNCASED = new RegExp(String.raw`^(?:${PREFIX}\s*[:：／/–—-]|${AUTHOR}\s*,)\s*(${UNCASED_NAME})$`, 'u');
// A role after the name, where these languages put it: "김철수 기자", "（記者王小明／台北報導）".
const NAME_THEN_ROLE = /^[（(]?(?:記者|记者)?\s*([\p{Script=Hangul}\p{Script=Han}]{2,4})\s*(기자|특파원|선임기자|논설위원|[／/]\s*\p{Script=Han}{2,6}(?:報導|报道))[）)]?$/u;
// A Chinese paper's outlet and role before the name: "澎湃新闻记者 刘䶮".
const ROLE_THEN_NAME = /^(\p{Script=Han}{0,10}(?:记者|記者|通讯员|通訊員|特约记者|特約記者|实习生|實習生))\s+(\p{Script=Han}{2,4})$/u;
// "Jane Doe, BBC News", "Иван Петров, корреспондент РИА Новости": a name of two to four words, then an outlet or role without figures.
const NAME_THEN_OUTLET = new RegExp(String.raw`^(\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}[\p{Ll}'’.-]+(?:-\p{Lu}\p{Ll}+)?){1,3})(?:\s*[,|]\s*|\s+\/\s+)(\p{L}[^,|/\d]{1,40})$`, 'u');
// What an outlet or a reporter's role is called, in the languages of the
// bylines above: so that "Lansdowne Road, Dublin" is not a byline.
const OUTLET = new RegExp(
  String.raw`(?<!\p{L})(?:${[
    'news', 'times', 'post', 'press', 'reuters', 'agency', 'herald', 'journal', 'gazette', 'tribune', 'courier', 'chronicle', 'telegraph', 'guardian',
    'correspondent', 'reporter', 'editor', 'staff', 'writer', 'columnist', 'analyst', 'producer', 'contributor', 'photographer', 'service',
    'radio', 'tv', 'television', 'media', 'online', 'daily', 'weekly', 'bbc', 'cnn', 'afp', 'ap',
    'journaliste', 'correspondante?', 'envoyée? spéciale?', 'rédact(?:eur|rice)', 'chroniqueu(?:r|se)',
    'korrespondent(?:in)?', 'redakteur(?:in)?', 'reporter(?:in)?', 'journalist(?:in)?', 'redaktør', 'redaktör', 'toimittaja', 'dziennikarz(?:ka)?', 'novinář(?:ka)?', 'újságíró', 'jurnalist', 'wartawan', 'muhabir',
    'corresponsal', 'periodista', 'redactora?', 'enviada? especial', 'correspondente', 'repórter', 'jornalista',
    'giornalista', 'inviat[oa]', 'corrispondente', 'verslaggever', 'redacteur',
    'корреспондент', 'обозреватель', 'редактор', 'журналист(?:ка)?', 'кореспондент', 'оглядач',
    'مراسل(?:ة)?', 'محرر(?:ة)?', 'صحفي(?:ة)?', 'خبرنگار', 'כתב(?:ת)?', 'संवाददाता', 'रिपोर्टर', 'muhabiri',
  ].join('|')})(?!\p{L})`,
  'iu',
);

/** Whether a short text names an outlet or a reporter's role ("BBC News, Port Alder", "Africa correspondent"). */
export const namesOutletOrRole = (text: string) => OUTLET.test(text);

const HANDLE = /,?\s+(?:Follow\s+)?@\w+/g;
// The label BBC pages print before the reporter's role, as before the name: "Role, Africa correspondent", "عہدہ, نامہ نگار".
const ROLE_LABEL = /^(?:Role|Position|عہدہ|पदनाम|سمت|الدور|Должность|Cargo|Função|Görevi|Jabatan)\s*[,:]\s+(?=\S)/u;

/** A role line without the label before it ("Role, Africa correspondent" → "Africa correspondent"). */
export const withoutRoleLabel = (text: string) => text.replace(ROLE_LABEL, '');

/** A byline's or role's text without the social media handle a page prints in it ("News reporter @rheacastell"). */
export const withoutHandle = (text: string) => text.replace(HANDLE, '').trim();
// An address after the name ("홍길동 기자 hong@example.com") and a reading time ("• 5 min read").
const EMAIL = /\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/u;
const READING_TIME = /\s*[•·|–-]?\s*\d+\s*(?:min(?:ute)?s?)\s+read\s*$/iu;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
// Month names in any case: "JAN. 12, 2017" as the New York Times prints them.
const TRAILING_TIME = new RegExp(String.raw`\s+(?:Updated\s+)?${MONTH}\.?\s+\d{1,2}(?:,?\s+\d{4})?(?:[:,]?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)?(?:\s*[A-Z]{2,4})?)?\s*$`, 'i');
// "MCCARTHY" → "McCarthy", "O'NEILL" → "O'Neill" (the apostrophe is a word boundary already).
const titleCase = (name: string) =>
  name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/\bMc(\p{Ll})/gu, (_, letter: string) => `Mc${letter.toUpperCase()}`);
// Names written all in capitals (wires do) are shown in title case.
const CONJUNCTION = new RegExp(String.raw`\s${AND}\s`, 'giu');
const ENDS_IN_AND = new RegExp(String.raw`\s${AND}$`, 'u');
const readable = (name: string) => {
  const letters = name.replace(CONJUNCTION, ' ');
  if (/\p{Ll}/u.test(letters) || !/\p{Lu}{2}/u.test(letters)) return name;
  return titleCase(name).replace(CONJUNCTION, (word) => word.toLowerCase());
};

// A reporter's role as pages print it after the name with no comma: "Local government correspondent".
const ROLE_AT_END = /(?<!\p{L})(?:correspondent|reporter|editor|writer|columnist|analyst|producer|contributor|photographer)$/iu;
const NAME_WORDS = /^\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}\p{Ll}+)?$/u;

/** "Rhea Castell Local government correspondent": a name of two or three words, then a role that starts with a capital. */
function nameThenRole(line: string): Byline | undefined {
  const words = line.split(' ');
  if (words.length > 8 || !ROLE_AT_END.test(line)) return undefined;
  for (const take of [2, 3]) {
    const role = words.slice(take).join(' ');
    // "Port Alder Gazette reporter" names an outlet's reporter, not a person.
    const outlet = OUTLET.test(words.slice(take, -1).join(' '));
    if (!outlet && words.slice(0, take).every((word) => NAME_WORDS.test(word)) && /^\p{Lu}/u.test(role)) return { name: words.slice(0, take).join(' '), role };
  }
  return undefined;
}

/** The last one to three words of a name when they name an outlet ("… Fox News"), leaving a name of two words or more. */
function outletAtEnd(names: string): string | undefined {
  const words = names.split(' ');
  for (let take = Math.min(3, words.length - 2); take >= 1; take--) {
    const outlet = words.slice(-take).join(' ');
    const rest = words.slice(0, -take).join(' ');
    if (words.slice(-take).every((word) => /^\p{Lu}/u.test(word)) && OUTLET.test(words.at(-1)!) && !ENDS_IN_AND.test(rest)) return outlet;
  }
  return undefined;
}

/**
 * The byline a header line gives, or undefined. `allowBare` admits the
 * "Name, Outlet" form, which only a header line can be (in a body it is
 * an ordinary clause).
 */
// A company's legal form ends its name: "Northmere Foods Inc.", "Halvard AG" (a release's issuer, no reporter).
const COMPANY = /\s(?:Inc|Ltd|LLC|LLP|PLC|plc|Corp|Corporation|Limited|GmbH|AG|SA|S\.A|S\.p\.A|N\.V|B\.V|Co)\.?$/u;

const NAME_AT_GROUND = /^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\sat\s(\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|de|of|the)){0,4})$/u;

export function bylineOf(raw: string, options: { allowBare?: boolean } = {}): Byline | undefined {
  const byline = readByline(raw, options) ?? amongDots(raw);
  // A button ("شیئر کریں", "Share") under the date or after "By" names no one.
  return byline && !isPageButton(byline.name) && !NEWSROOM.test(byline.name) && !COMPANY.test(byline.name) ? byline : undefined;
}

/** "ecodellevalli.it · di Marco Bellini · 6 min": a reader app's line of the source, the byline and the reading time. */
function amongDots(line: string): Byline | undefined {
  if (!line.includes(' · ')) return undefined;
  for (const part of line.split(' · ')) {
    const byline = PREFIXED.test(part.trim()) ? readByline(part.trim()) : undefined;
    if (byline) return byline;
  }
  return undefined;
}

// The photographer's credit after the writer's: "Story by Jamal Price • Photos by Renee Carter".
const PHOTOS_BY_AFTER = /\s[•·|]\s(?:Photos?|Photographs?|Photography|Pictures|Images|Video|Graphics)\s+by\s.{2,60}$/u;

function readByline(raw: string, { allowBare = false } = {}): Byline | undefined {
  // Pages print the reporter's handle and the time after the name: "By Jane Doe @janedoe March 18 at 12:22 PM".
  // Pages also leave a space before a comma between names: "By Dana Ford , Tom Watkins".
  // The address and reading time are looked for only where they can be: these patterns would scan every line.
  const unmailed = raw.includes('@') ? raw.replace(EMAIL, '') : raw;
  const untimed = /read\s*$/i.test(unmailed) ? unmailed.replace(READING_TIME, '') : unmailed;
  // "文／林怡君　攝影／陳志豪": the writer, then the photographer, on one line.
  const withPhotographer = WRITER_THEN_PHOTOGRAPHER.exec(untimed);
  if (withPhotographer?.[1]) return { name: withPhotographer[1] };
  // A dash before it ("— Reporting by Jenna Morales") sets the credit off from the text above.
  const line = withoutHandle(untimed).replace(TRAILING_TIME, '').replace(PHOTOS_BY_AFTER, '').replace(/\s+,/g, ',').replace(/^[—–-]\s*/u, '').trim();

  // A web address names an outlet ("Kompas Nusantara.com"), no person.
  if (WEB_DOMAIN.test(line)) return undefined;
  const withBio = line.length <= 400 ? PREFIXED_WITH_BIO.exec(line) : null;
  if (withBio?.[1] && withBio[2]) return { name: readable(withBio[1].trim()), role: withBio[2].split(/(?<=[.!?])\s/)[0]!.replace(/[.]$/, '') };
  // A menu of links ("By topic | By region | …") is no byline; one bar before a role is.
  if (line.length > 100 || /[*[\]]|\|.*\|/.test(line)) return undefined;
  const roleFirst = ROLE_THEN_NAME.exec(line);
  if (roleFirst?.[1] && roleFirst[2]) return { name: roleFirst[2], role: roleFirst[1] };
  const withRoleAfter = NAME_THEN_ROLE.exec(line);
  if (withRoleAfter?.[1] && withRoleAfter[2]) return { name: withRoleAfter[1], role: withRoleAfter[2].replace(/^[／/]\s*/, '') };
  const prefixed = PREFIXED.exec(line) ?? PREFIXED_UNCASED.exec(line);
  if (prefixed?.[1]) {
    // "By Morgan Ellery, Senior Analyst", "Von Katharina Vogel, Berlin": the comma-part that names a
    // role, or a place of one word (a person has two), starts the role.
    const parts = prefixed[1].split(/\s*,\s*/);
    // A part that no name can be, a figure or a small letter first ("Por Camila Ferraz, g1 RS"), is one too.
    const roleAt = parts.findIndex((part, index) => index > 0 && (OUTLET.test(part) || /^\p{Ll}|\d/u.test(part) || (!part.includes(' ') && index === parts.length - 1)));
    const named = roleAt > 0 ? parts.slice(0, roleAt).join(', ') : prefixed[1];
    // "By Rhea Castell Fox News": the outlet run onto the name without a comma.
    const outletAfter = roleAt > 0 ? undefined : outletAtEnd(named);
    const names = outletAfter ? named.slice(0, -outletAfter.length).trim() : named;
    // "Penulis Name | Editor Other": the editor after the bar is another person, not the writer's role.
    const after = (prefixed[2] ?? prefixed[3])?.trim();
    // A count after the bar ("| 14 Comments") is the page's, not the writer's role.
    const count = after !== undefined && /^\d+\s+\p{L}+$/u.test(after);
    const role = [outletAfter, ...(roleAt > 0 ? parts.slice(roleAt) : []), (after && EDITOR_CREDIT.test(after)) || count ? undefined : after].filter(Boolean).join(', ');
    const location = prefixed[4];
    return { name: readable(names.trim()), ...(role ? { role } : {}), ...(location ? { location } : {}) };
  }
  if (!allowBare) return undefined;
  // A sports reporter at the ground: "Sophie Aldana at Fenwick Park".
  const atGround = NAME_AT_GROUND.exec(line);
  if (atGround?.[1] && atGround[2]) return { name: atGround[1], location: atGround[2] };
  const bare = NAME_THEN_OUTLET.exec(line);
  if (bare?.[1] && bare[2] && OUTLET.test(bare[2])) return { name: bare[1], role: bare[2].trim() };
  return nameThenRole(line);
}

