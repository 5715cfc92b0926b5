import type { Clock } from '../ports/clock.js';
export declare const systemClock: Clock;
