// The files of a zip archive (an uploaded artifact), through unzip-stream — the reader
// @actions/artifact itself uses for downloads.
import { Readable } from 'node:stream';
import { Parse } from 'unzip-stream';

export async function unzipFiles(zip: Buffer): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const reading: Array<Promise<void>> = [];
  await new Promise<void>((resolve, reject) => {
    Readable.from([zip])
      .pipe(Parse())
      .on('entry', (entry) => {
        if (entry.type !== 'File') return entry.autodrain();
        const chunks: Buffer[] = [];
        reading.push(
          new Promise((done, failed) => {
            entry.on('data', (chunk: Buffer) => chunks.push(chunk));
            entry.on('end', () => {
              files[entry.path] = Buffer.concat(chunks).toString('utf8');
              done();
            });
            entry.on('error', failed);
          }),
        );
      })
      .on('close', resolve)
      .on('error', reject);
  });
  await Promise.all(reading);
  return files;
}
