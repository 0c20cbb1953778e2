/**
 * Printed text: receipt printers and the print fonts we ship have no glyphs for emoji, which then
 * print as empty boxes. The data keeps what the clerk typed; only the printed copy drops them.
 */

// Pictographs (emoji and the symbols drawn as emoji), flags' regional indicators, skin-tone
// modifiers, the joiner and variation selectors that build sequences, keycap marks and tag letters.
// ©, ® and ™ are pictographic in Unicode's tables but are in every font: they stay.
const pictographs = new RegExp(
  [
    '(?![\\u00a9\\u00ae\\u2122])\\p{Extended_Pictographic}',
    '[\\u{1f1e6}-\\u{1f1ff}]', // regional indicators (flags)
    '[\\u{1f3fb}-\\u{1f3ff}]', // skin tones
    '\\u200d', // zero-width joiner
    '[\\ufe00-\\ufe0f]', // variation selectors
    '[\\u{e0100}-\\u{e01ef}]',
    '\\u20e3', // combining keycap
    '[\\u{e0020}-\\u{e007f}]', // tags (subdivision flags)
  ].join('|'),
  'gu',
)

/** The text as it can be printed: without emoji; spaces they leave doubled are closed up. */
export function printableText(text: string): string {
  const stripped = text.replace(pictographs, '')
  if (stripped === text) return text
  return stripped.replace(/ {2,}/g, ' ').replace(/^ +| +$/gm, '')
}

/** Every string inside a document's data made printable (objects and arrays are copied, not changed). */
export function printableData<T>(value: T): T {
  if (typeof value === 'string') return printableText(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => printableData(item)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, printableData(item as unknown)]),
    ) as T
  }
  return value
}
