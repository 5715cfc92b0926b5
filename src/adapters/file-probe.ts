import { realpathSync, statSync } from 'node:fs';
import type { FileProbe } from '../ports/files.js';

export const nodeFileProbe: FileProbe = {
  isFile: (absolutePath) => statSync(absolutePath, { throwIfNoEntry: false })?.isFile() ?? false,
  isDirectory: (absolutePath) => statSync(absolutePath, { throwIfNoEntry: false })?.isDirectory() ?? false,
  realPath: (absolutePath) => {
    try {
      return realpathSync(absolutePath);
    } catch {
      return absolutePath;
    }
  },
};
