/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element.
 * `<`, `>` and `&` are written as Unicode escapes, so text such as
 * `</script>` in an article cannot end the element; U+2028/U+2029 too.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
