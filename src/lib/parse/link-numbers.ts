// `lynx -dump` without `-nolist` numbers every link in the text ("the
// [9]council said", "By [7]Ellen Marsh") and lists their addresses under
// "References" at the end. Such a dump is read without the numbers, so that
// a byline or a paragraph reads as the page printed it; the list itself is
// page chrome after the article. A file without that list keeps its
// bracketed numbers (footnote marks, say) as they are.

// The list: "References", then numbered addresses (lynx may put "Visible links:" and "Hidden links:" between).
const REFERENCES = /^References\s*\n(?:\s*\n)*(?:\s*(?:Visible|Hidden) links:\s*\n)?(?:\s*\d{1,4}\.\s+\S+:\S*\s*\n?){3,}/mu;
const LINK_NUMBER = /\[\d{1,4}\]/gu;

/** Whether a text is a lynx dump that numbers its links. */
export const numbersLinks = (text: string): boolean => REFERENCES.test(text);

/** The text without lynx's link numbers. */
export const withoutLinkNumbers = (text: string): string => text.replace(LINK_NUMBER, '');
