// The part of unzip-stream test/support/unzip.ts uses (the package ships no types).
declare module 'unzip-stream' {
  import type { Duplex, Readable } from 'node:stream';
  export interface Entry extends Readable {
    path: string;
    type: 'File' | 'Directory';
    autodrain(): void;
  }
  export function Parse(): Duplex & { on(event: 'entry', listener: (entry: Entry) => void): Duplex; on(event: string, listener: (...args: never[]) => void): Duplex };
}
