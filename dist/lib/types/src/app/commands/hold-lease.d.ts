import type { RegisterCommand } from './index.js';
export declare const registerHoldLease: RegisterCommand;
