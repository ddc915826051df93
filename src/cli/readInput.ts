/**
 * Turns a command-line input into the InputFile list the importer takes: a folder gives
 * its data files, a file gives itself, tables given by role (`--edges FILE`…) give
 * themselves under their own names with the role and `--map` columns as mappings.
 * Reading fails with a message naming the path.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { InputSpec } from './args.ts';
import type { InputFile } from '../io/index.ts';
import type { TableMapping } from '../io/roles.ts';

const DATA_EXTENSIONS = new Set([
  '.csv',
  '.tsv',
  '.txt',
  '.gexf',
  '.graphml',
  '.xml',
  '.net',
  '.paj',
  '.gml',
  '.dl',
  '.dat',
  '.edges',
  '.el',
  '.xlsx',
  '.xlsm',
  '.xls',
]);

export type ReadOutcome =
  | { ok: true; files: InputFile[]; name: string; mappings?: Map<string, TableMapping> }
  | { ok: false; error: string };

export async function readInput(spec: InputSpec): Promise<ReadOutcome> {
  try {
    if (spec.kind === 'tables') {
      const { mappings } = spec;
      const files: InputFile[] = [];
      for (const table of spec.tables) files.push(await readAs(table.path, table.path));
      const main = spec.tables.find((t) => t.role === 'edges' || t.role === 'organizations');
      const name = basename((main ?? spec.tables[0]).path).replace(/\.[^.]+$/, '');
      return { ok: true, files, name, mappings };
    }
    const info = await stat(spec.path);
    if (info.isDirectory()) {
      const entries = (await readdir(spec.path)).filter((f) =>
        DATA_EXTENSIONS.has(extname(f).toLowerCase()),
      );
      entries.sort();
      if (entries.length === 0) {
        return {
          ok: false,
          error: `${spec.path}: no data files (${[...DATA_EXTENSIONS].join(', ')}) in this folder`,
        };
      }
      const files = await Promise.all(entries.map((f) => readAs(join(spec.path, f), f)));
      return { ok: true, files, name: basename(spec.path.replace(/[\\/]+$/, '')) };
    }
    const file = await readAs(spec.path, basename(spec.path));
    return { ok: true, files: [file], name: basename(spec.path).replace(/\.[^.]+$/, '') };
  } catch (error) {
    const path = spec.kind === 'path' ? spec.path : spec.tables.map((t) => t.path).join(', ');
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or folder' : (error as Error).message;
    return { ok: false, error: `${path}: cannot be read (${reason})` };
  }
}

async function readAs(path: string, name: string): Promise<InputFile> {
  const buffer = await readFile(path);
  return { name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
}
