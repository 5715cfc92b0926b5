/** The message of anything thrown: an Error's message, a string, or its JSON. */
export declare function errorMessage(error: unknown): string;
