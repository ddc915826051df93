/**
 * Turns a command-line input into the InputFile list the importer takes: a folder gives
 * its data files (.csv, .tsv, .txt, .gexf, .graphml, .xml), a file gives itself, generic
 * --nodes/--edges give those two. Reading fails with a message naming the path.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { InputSpec } from './args.ts';
import type { InputFile } from '../io/index.ts';

const DATA_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.gexf', '.graphml', '.xml']);

export type ReadOutcome =
  { ok: true; files: InputFile[]; name: string } | { ok: false; error: string };

export async function readInput(spec: InputSpec): Promise<ReadOutcome> {
  try {
    if (spec.kind === 'generic') {
      const files: InputFile[] = [];
      // The importer recognises generic files by name, so they are passed as nodes.csv/edges.csv.
      if (spec.nodes !== undefined) files.push(await readAs(spec.nodes, 'nodes.csv'));
      if (spec.edges !== undefined) files.push(await readAs(spec.edges, 'edges.csv'));
      const name = basename(spec.edges ?? spec.nodes ?? 'graph').replace(/\.[^.]+$/, '');
      return { ok: true, files, name };
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
          error: `${spec.path}: no data files (.csv, .gexf, .graphml) in this folder`,
        };
      }
      const files = await Promise.all(entries.map((f) => readAs(join(spec.path, f), f)));
      return { ok: true, files, name: basename(spec.path.replace(/[\\/]+$/, '')) };
    }
    const file = await readAs(spec.path, basename(spec.path));
    return { ok: true, files: [file], name: basename(spec.path).replace(/\.[^.]+$/, '') };
  } catch (error) {
    const path = spec.kind === 'path' ? spec.path : (spec.nodes ?? spec.edges ?? '');
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or folder' : (error as Error).message;
    return { ok: false, error: `${path}: cannot be read (${reason})` };
  }
}

async function readAs(path: string, name: string): Promise<InputFile> {
  const buffer = await readFile(path);
  return { name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
}
