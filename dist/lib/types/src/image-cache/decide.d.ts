import type { ImageLedger } from './ledger.js';
export type ImageChoice = {
    use: 'cache';
    basis: 'faster' | 'unmeasured';
    reason: string;
} | {
    use: 'pull';
    basis: 'no-archive' | 'slower';
    reason: string;
};
export declare function decideImageSource(ledger: ImageLedger | undefined): ImageChoice;
