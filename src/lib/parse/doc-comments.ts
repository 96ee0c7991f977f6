// A document exported as text from Google Docs keeps its comments: a
// letter in brackets where each was anchored ("voted 7-2[a] on Tuesday")
// and, at the end of the file, the comments themselves ("[a]Check the count
// with the clerk"). Both are the editors' notes, not the article.

// A comment at the end: its letters in brackets, run into its text (not a Markdown link's "[a](b)").
const COMMENT_LINE = /^\[([a-z]{1,3})\](?![([:])\S/u;
// How many lines a comment may run on to under its first.
const MAX_RUN_ON = 3;

/** The text without its comments' anchors and the comments listed at its end, which go to `dropped`. */
export function withoutDocComments(text: string): { text: string; dropped: string[] } {
  const lines = text.split('\n');
  // Walking up from the end: comments, and the lines a long comment runs on to, up to the body.
  let start = lines.length;
  let runOn = 0;
  for (let at = lines.length - 1; at >= 0; at--) {
    const line = lines[at]!.trim();
    if (line === '') continue;
    if (COMMENT_LINE.test(line)) {
      start = at;
      runOn = 0;
    } else if (++runOn > MAX_RUN_ON) break;
  }
  if (start === lines.length) return { text, dropped: [] };
  const comments = lines.slice(start).filter((line) => line.trim() !== '');
  const labels = new Set(comments.map((line) => COMMENT_LINE.exec(line.trim())?.[1]).filter((label): label is string => label !== undefined));
  const before = lines.slice(0, start).join('\n');
  // Only letters the text anchors somewhere are comments; a bracketed letter alone proves nothing.
  const anchor = new RegExp(`\\[(?:${[...labels].join('|')})\\](?![([:])`, 'gu');
  if (!anchor.test(before)) return { text, dropped: [] };
  return { text: before.replace(anchor, '').replace(/\s+$/u, '\n'), dropped: comments.map((line) => line.trim()) };
}
