// The part of jsdom the mermaid parser helper uses (jsdom ships no types; @types/jsdom would
// pull the DOM lib into a project that has none).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: { document: unknown } & Record<string, unknown>;
  }
}
