import type { ComposeModel, ComposeService } from '../compose/model.js';
export interface SettingRow {
    setting: string;
    dev: string;
    test: string;
    same: boolean;
}
export interface ServiceComparison {
    dev: string;
    test: string;
    matchedBy: 'name' | 'image';
    rows: SettingRow[];
}
export interface Divergence {
    /** How each side is named: its files joined with " + ". */
    devFile: string;
    testFile: string;
    services: ServiceComparison[];
    onlyInDev: string[];
    onlyInTest: string[];
}
export declare const SETTINGS: readonly ["Image", "Storage", "Memory limit", "Declared memory", "CPU limit", "Health check", "Restart policy", "Durability switches", "Persistence", "Published ports"];
export declare function describeService(service: ComposeService): Record<(typeof SETTINGS)[number], string>;
/** Pairs services by name, then the rest by image repository, each at most once. */
export declare function pairServices(dev: ComposeModel, test: ComposeModel): {
    pairs: Array<Omit<ServiceComparison, 'rows'>>;
    onlyInDev: string[];
    onlyInTest: string[];
};
export declare function compareModels(dev: ComposeModel, test: ComposeModel, files: {
    dev: string;
    test: string;
}): Divergence;
export interface DivergenceView {
    /** Every row, identical ones included (`--all`); by default only the differing rows. */
    all?: boolean;
}
/** The divergence with only what the view shows: identical rows (and fully identical pairs) dropped unless `all`. */
export declare function viewOf(divergence: Divergence, view?: DivergenceView): Divergence;
export declare function formatDivergenceMarkdown(divergence: Divergence, view?: DivergenceView): string;
export declare function formatDivergenceJson(divergence: Divergence, view?: DivergenceView): string;
