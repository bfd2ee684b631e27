/**
 * Text measurement for images drawn at build time (Open Graph cards). The cards use the Liberation
 * fonts (installed with Debian's Chromium), which are metric-compatible with Times and Arial: their
 * advance widths are the standard PostScript ones below, in thousandths of an em. No font file is
 * parsed, and a line measured here is the line librsvg draws.
 */
export type Face = 'serif' | 'sans' | 'sans-bold';

const ASCII = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';

// prettier-ignore
const widths: Record<Face, number[]> = {
  // Times-Roman (Liberation Serif)
  serif: [250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921,
    722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333,
    444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541],
  // Helvetica (Liberation Sans)
  sans: [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015,
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333,
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584],
  // Helvetica-Bold (Liberation Sans Bold)
  'sans-bold': [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975,
    722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333,
    556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584],
};

// Typographic characters French and English texts use, per face: serif, sans, sans-bold.
const extra: Record<string, [number, number, number]> = {
  '\u00a0': [250, 278, 278], // no-break space
  '\u202f': [200, 200, 200], // narrow no-break space (French « » ? ! : ;), drawn from a fallback font
  '«': [500, 556, 556],
  '»': [500, 556, 556],
  '‘': [333, 222, 278],
  '’': [333, 222, 278],
  '“': [444, 333, 500],
  '”': [444, 333, 500],
  '–': [500, 556, 556],
  '—': [1000, 1000, 1000],
  '…': [1000, 1000, 1000],
  '·': [250, 278, 278],
  '€': [500, 556, 556],
  'œ': [722, 944, 944],
  'Œ': [889, 1000, 1000],
  'æ': [667, 889, 889],
  'Æ': [889, 1000, 1000],
  'ß': [500, 611, 611],
};
const faceIndex: Record<Face, 0 | 1 | 2> = { serif: 0, sans: 1, 'sans-bold': 2 };

/** Advance width of one character, in thousandths of an em; accented letters measure as their base letter. */
export function charWidth(char: string, face: Face): number {
  const known = extra[char];
  if (known) return known[faceIndex[face]];
  const base = char.normalize('NFD').charAt(0);
  const index = ASCII.indexOf(base);
  // Anything else (another script, an emoji) comes from a fallback font: count it wide.
  return index >= 0 ? widths[face][index]! : 1000;
}

/** Width of a text in pixels at a font size. */
export function textWidth(text: string, fontSize: number, face: Face): number {
  let total = 0;
  for (const char of text) total += charWidth(char, face);
  return (total * fontSize) / 1000;
}

/** Cuts a line to fit a width, ending it with an ellipsis at a word boundary when it can. */
export function truncate(text: string, maxWidth: number, fontSize: number, face: Face): string {
  if (textWidth(text, fontSize, face) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 0 && textWidth(`${cut}…`, fontSize, face) > maxWidth) {
    const space = cut.lastIndexOf(' ');
    cut = space > cut.length / 2 ? cut.slice(0, space) : cut.slice(0, -1);
    cut = cut.replace(/[\s,;:.\u202f\u00a0«“‘-]+$/u, '');
  }
  return `${cut}…`;
}

/**
 * Breaks a text into lines no wider than maxWidth, at spaces only (no-break spaces hold, so French
 * « and » stay with their word). Beyond maxLines, the last line ends with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, face: Face, maxLines = Infinity): { lines: string[]; truncated: boolean } {
  const words = text.trim().split(/ +/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, fontSize, face) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  // A single word wider than the box (a long URL) is cut rather than overflowing.
  const fitted = lines.map((l) => truncate(l, maxWidth, fontSize, face));
  if (fitted.length <= maxLines) return { lines: fitted, truncated: fitted.some((l, i) => l !== lines[i]) };
  const kept = fitted.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${lines[maxLines - 1]} ${lines[maxLines]}`, maxWidth, fontSize, face);
  if (!kept[maxLines - 1]!.endsWith('…')) kept[maxLines - 1] = truncate(`${kept[maxLines - 1]}…`, maxWidth, fontSize, face);
  return { lines: kept, truncated: true };
}

/**
 * The largest of the given font sizes at which a text fits a box whole; at the smallest size, the
 * text is cut with an ellipsis. lineHeight is a multiple of the font size.
 */
export function fitText(text: string, box: { width: number; height: number }, face: Face, sizes: number[], lineHeight: number) {
  const sorted = [...sizes].sort((a, b) => b - a);
  for (const fontSize of sorted) {
    const maxLines = Math.max(1, Math.floor(box.height / (fontSize * lineHeight)));
    const wrapped = wrapText(text, box.width, fontSize, face, maxLines);
    if (!wrapped.truncated) return { fontSize, lines: wrapped.lines, truncated: false };
  }
  const fontSize = sorted[sorted.length - 1]!;
  const maxLines = Math.max(1, Math.floor(box.height / (fontSize * lineHeight)));
  return { fontSize, ...wrapText(text, box.width, fontSize, face, maxLines) };
}
