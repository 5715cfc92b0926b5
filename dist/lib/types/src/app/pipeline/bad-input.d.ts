/** The errors that mean "bad input": the files, the configuration or the inputs, not the daemon. */
export declare function isInputError(error: unknown): error is Error;
