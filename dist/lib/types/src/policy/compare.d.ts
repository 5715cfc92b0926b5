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
    devFile: string;
    testFile: string;
    services: ServiceComparison[];
    onlyInDev: string[];
    onlyInTest: string[];
}
export declare const SETTINGS: readonly ["Storage", "Memory limit", "CPU limit", "Health check", "Restart policy", "Durability switches", "Published ports"];
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
export declare function formatDivergenceMarkdown(divergence: Divergence): string;
export declare function formatDivergenceJson(divergence: Divergence): string;
