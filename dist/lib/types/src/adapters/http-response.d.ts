export interface HttpResponse {
    status: number;
    /** Header names lower-cased. */
    headers: Record<string, string>;
    body: Buffer;
}
export declare function readHttpResponse(data: Buffer): HttpResponse | 'incomplete' | {
    error: string;
};
