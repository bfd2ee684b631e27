import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };

/**
 * A story's text on the kiosk: a link to another story opens its kiosk page; any other link
 * (another site, a mail address, a page of the public site) stays as plain text — nothing leaves
 * the kiosk. Works on the text's HTML (stories are HTML made by the content layer).
 */
export function kioskText(html: string, kioskStoryPath: (id: string) => string): string {
  const tree = htmlToHast(html, { fragment: true }) as Node;
  const visit = (node: Node): Node => {
    const children = node.children?.map(visit);
    if (node.type === 'element' && node.tagName === 'a') {
      const href = String(node.properties?.href ?? '');
      const story = /^\/temoignages\/([a-z0-9-]+)\/?$/.exec(href)?.[1];
      return story
        ? { ...node, properties: { href: kioskStoryPath(story) }, children }
        : { type: 'element', tagName: 'span', properties: { className: ['kiosk-unlinked'] }, children };
    }
    return children ? { ...node, children } : node;
  };
  return toHtml(visit(tree) as never);
}
