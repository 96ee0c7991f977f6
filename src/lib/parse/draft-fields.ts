// A story as a newsroom drafts it in a word processor or its editing
// system, saved as text: labelled fields first ("HED:", "DEK:", "BYLINE:",
// "Slug:", "Rubrik:", "Datum:"), then the body, sometimes under a label of
// its own ("Brödtext:", "BODY:"). The labels say what each line is, so the
// fields are read by their labels, in the languages a newsroom works in.
import { normaliseWhitespace } from './clean-text.ts';

export type DraftField = 'headline' | 'standfirst' | 'byline' | 'date' | 'dateline' | 'credit' | 'tags' | 'body' | 'other';

const LABELS: Record<Exclude<DraftField, 'other'>, readonly string[]> = {
  headline: ['hed', 'head', 'headline', 'title', 'titel', 'titre', 'título', 'titulo', 'titolo', 'rubrik', 'overskrift', 'otsikko', 'tytuł', 'titulek', 'titlu', 'τίτλος', 'заголовок', 'başlık', 'judul', 'kop', 'kopregel', '标题', '標題', '見出し', '제목'],
  standfirst: ['dek', 'deck', 'standfirst', 'subhead', 'subheadline', 'ingress', 'ingress', 'chapô', 'chapeau', 'vorspann', 'teaser', 'entradilla', 'subtítulo', 'sumário', 'catenaccio', 'occhiello', 'lead', 'lid', 'excerpt', 'summary', 'лид', 'подзаголовок', 'şapka', 'spot', 'podtitul', 'perex', 'intro'],
  byline: ['byline', 'by', 'author', 'authors', 'autor', 'autorzy', 'auteur', 'författare', 'forfatter', 'reporter', 'автор', 'yazar', 'penulis', 'firma', 'firma/s', '作者', '記者', '기자'],
  date: ['date', 'datum', 'data', 'fecha', 'dato', 'päivämäärä', 'дата', 'tarih', 'tanggal', '日期', '日付', '날짜', 'pubdate', 'pub date', 'publish date', 'publication date', 'for publication', 'published', 'date published', 'posted', 'post date', 'filed', 'veröffentlicht', 'publié', 'publicado', 'pubblicato', 'publicerad', 'opublikowano'],
  dateline: ['dateline', 'ort', 'lieu', 'lugar', 'luogo', 'место'],
  credit: ['photo', 'photos', 'foto', 'fotos', 'bild', 'bilder', 'image', 'images', 'credit', 'photo credit', 'фото', 'fotoğraf', '写真', '图片', '사진'],
  // An editing system's tags and category, which the site's topic pages list the story under.
  tags: ['tags', 'tag', 'keywords', 'category', 'categories', 'schlagwörter', 'schlagworte', 'kategorie', 'mots-clés', 'mots clés', 'catégorie', 'etiquetas', 'palabras clave', 'categoría', 'categoria', 'tagi', 'kategoria', 'теги', 'ключевые слова', 'рубрика', 'etiketler', 'kategori', '标签', '关键词', 'タグ', '태그'],
  body: ['body', 'text', 'copy', 'brödtext', 'brødtekst', 'leipäteksti', 'fließtext', 'corps', 'cuerpo', 'corpo', 'testo', 'tekst', 'текст', 'metin', 'isi', '正文', '本文', '본문'],
};
const FIELD_OF = new Map<string, DraftField>(Object.entries(LABELS).flatMap(([field, labels]) => labels.map((label) => [label, field as DraftField])));
// A field's label: a word or three, then a colon ("NOTĂ PENTRU EDITOR:", "Längd:").
// An editing system's export writes its labels with underscores and numbers ("STORY_ID:", "WEB_HED:", "CREDIT_1:").
const FIELD_LINE = /^([\p{L}][\p{L}\p{M}\d_/ .-]{0,30}?)\s*[:：]\s*(.*)$/u;
// The rules an export sets between its parts ("=====", "-----"), and the banner between two of them.
const RULE_LINE = /^\s*(?:[=_*~-]\s?){5,}\s*$/u;
const MAX_LABEL_WORDS = 4;
// A draft has at least this many labelled lines, one of them its headline.
const MIN_FIELDS = 3;

export interface DraftHeader {
  title: string;
  standfirst?: string;
  byline?: string;
  date?: string;
  dateline?: string;
  credit?: string;
  /** The tags and category the fields give, in their order. */
  tags: string[];
  /** The fields that are no part of the story: slug, length, status, notes to editors. */
  dropped: string[];
  /** The line the body starts at. */
  bodyStart: number;
}

function fieldOf(line: string): { field: DraftField; value: string } | undefined {
  const match = FIELD_LINE.exec(line.trim());
  if (!match?.[1] || match[1].split(/\s+/u).length > MAX_LABEL_WORDS) return undefined;
  const label = match[1].toLowerCase().replace(/_\d+$/u, '').replace(/_/gu, ' ');
  return { field: FIELD_OF.get(label) ?? 'other', value: normaliseWhitespace(match[2] ?? '') };
}

/**
 * The fields of a draft whose first line (`first`) is a labelled field, or
 * undefined when the file is no such draft. Reads label lines, block by
 * block, until a block that is not one, or the body's own label.
 */
export function draftHeader(lines: readonly string[], from: number): DraftHeader | undefined {
  const dropped: string[] = [];
  // An export's banner between rules over its fields: "=====" / "STORY EXPORT | Tidewater CMS 7.4 | …" / "=====".
  let first = from;
  while (RULE_LINE.test(lines[first] ?? '')) first++;
  if (!fieldOf(lines[first] ?? '') && RULE_LINE.test(lines[first + 1] ?? '')) dropped.push(normaliseWhitespace(lines[first++] ?? ''));
  while (RULE_LINE.test(lines[first] ?? '')) first++;
  if (!fieldOf(lines[first] ?? '')) return undefined;
  const values = new Map<DraftField, string>();
  const tags: string[] = [];
  let fields = 0;
  let index = first;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '' || RULE_LINE.test(line)) continue;
    const read = fieldOf(line);
    // A field's value may go on under it, as a standfirst does ("Ingress:" / its sentence).
    if (!read) break;
    fields++;
    if (read.field === 'body') {
      index++;
      break;
    }
    if (read.field === 'other') dropped.push(normaliseWhitespace(line));
    else if (read.field === 'tags') tags.push(...read.value.split(/\s*[,;|、]\s*/u).filter(Boolean));
    else if (read.value !== '' && !values.has(read.field)) values.set(read.field, read.value);
  }
  const title = values.get('headline');
  if (!title || fields < MIN_FIELDS) return undefined;
  const optional = (field: DraftField) => (values.has(field) ? { [field]: values.get(field)! } : {});
  return { title, ...optional('standfirst'), ...optional('byline'), ...optional('date'), ...optional('dateline'), ...optional('credit'), tags, dropped, bodyStart: index } as DraftHeader;
}
