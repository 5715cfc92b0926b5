import { marked, type Token } from 'marked';

// What a markdown document renders as HTML outside code, found the way a renderer finds it
// (marked, GFM): raw HTML blocks and inline tags, and the links and images markdown makes.

/** The tags this product writes itself: collapsed sections and line breaks in table cells. */
export const OUR_TAGS = /^(<details><summary>[^<]*<\/summary>|<\/details>|<br>)$/;

export function htmlOutsideCode(markdown: string): { raw: string[]; links: string[]; images: string[] } {
  const raw: string[] = [];
  const links: string[] = [];
  const images: string[] = [];
  const walk = (token: Token): void => {
    if (token.type === 'html') raw.push(token.raw.trim());
    if (token.type === 'link') links.push(token.href);
    if (token.type === 'image') images.push(token.href);
    const nested = token as Token & { tokens?: Token[]; items?: Token[]; header?: Array<{ tokens: Token[] }>; rows?: Array<Array<{ tokens: Token[] }>> };
    for (const child of nested.tokens ?? []) walk(child);
    for (const item of nested.items ?? []) walk(item);
    for (const cell of [...(nested.header ?? []), ...(nested.rows ?? []).flat()]) for (const child of cell.tokens) walk(child);
  };
  for (const token of marked.lexer(markdown, { gfm: true })) walk(token);
  return { raw, links, images };
}

/** Raw HTML other than ours: what must never be in a summary. */
export function foreignHtml(markdown: string): string[] {
  const { raw, links, images } = htmlOutsideCode(markdown);
  return [...raw.filter((tag) => !OUR_TAGS.test(tag)), ...links.map((href) => `link ${href}`), ...images.map((href) => `image ${href}`)];
}
