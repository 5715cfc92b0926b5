// Mermaid's own parser, in Node: mermaid sanitises with DOMPurify, which needs a window, so a
// jsdom window is installed before mermaid is loaded (the parse itself draws nothing).
import { JSDOM } from 'jsdom';

type Mermaid = { parse(text: string): Promise<{ diagramType: string } | false> };
let loaded: Promise<Mermaid> | undefined;

export function mermaidParser(): Promise<Mermaid> {
  loaded ??= (async () => {
    const { window } = new JSDOM('');
    Object.assign(globalThis, { window, document: window.document });
    return (await import('mermaid')).default as unknown as Mermaid;
  })();
  return loaded;
}

/** The bodies of the ```mermaid blocks of a markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((match) => match[2]!);
}
