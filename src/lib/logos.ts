/**
 * An SVG file made decorative for inlining in a page: no XML prolog, comment, <title>, <desc>,
 * role or ARIA label (the text next to it says what it is), aria-hidden, and every id prefixed so
 * that two inlined files (the school's logo, an emblem) never share an id.
 */
export function decorativeSvg(svg: string, idPrefix: string): string {
  const ids = new Set([...svg.matchAll(/\sid=["']([^"']+)["']/g)].map((m) => m[1]));
  let out = svg
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(title|desc)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/\s(role|aria-labelledby|aria-describedby|aria-label)=("[^"]*"|'[^']*')/g, '');
  for (const id of ids) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`(\\sid=["'])${escaped}(["'])`, 'g'), `$1${idPrefix}-${id}$2`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${idPrefix}-${id})`)
      .replace(new RegExp(`((?:xlink:)?href=["'])#${escaped}(["'])`, 'g'), `$1#${idPrefix}-${id}$2`);
  }
  return out.replace(/<svg\b/, '<svg aria-hidden="true" focusable="false"').trim();
}

const imageTypes: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

/**
 * A logo file as a data: URI (no request, and an SVG's ids cannot clash with the page's), with its
 * width for a given height (from an SVG's viewBox; square otherwise). Undefined for an unknown type.
 */
export function logoImage(bytes: Uint8Array, fileName: string, height: number): { src: string; width: number; height: number } | undefined {
  const type = imageTypes[fileName.split('.').pop()?.toLowerCase() ?? ''];
  if (!type) return undefined;
  let width = height;
  if (type === 'image/svg+xml') {
    const box = /viewBox=["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(new TextDecoder().decode(bytes));
    if (box && Number(box[2]) > 0) width = Math.round((Number(box[1]) / Number(box[2])) * height);
  }
  return { src: `data:${type};base64,${Buffer.from(bytes).toString('base64')}`, width, height };
}
