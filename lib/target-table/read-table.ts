/** The whole importer: bytes → (reader for their format) rows of cells → (layout) the import preview. */
import { TableFormatError } from './errors';
import { parseRows } from './parse-table';
import { readerFor } from './readers';
import type { ImportPreview, SourceRef } from './types';

/** Points warnings and projects, which know their row's line, at the place in the source document too. */
function withSources(preview: ImportPreview, sources: SourceRef[] | undefined): ImportPreview {
  if (!sources) return preview;
  const at = (line: number | undefined) => (line === undefined ? undefined : sources[line - 1]);
  return {
    ...preview,
    projects: preview.projects.map((project) => ({ ...project, source: at(project.line) })),
    warnings: preview.warnings.map((warning) => ({ ...warning, source: at(warning.line) })),
  };
}

export async function readTable(bytes: Uint8Array): Promise<ImportPreview> {
  if (bytes.length === 0) throw new TableFormatError('文件为空');
  const reader = readerFor(bytes);
  const source = await reader.read(bytes);
  return { ...withSources(parseRows(source.rows), source.sources), format: reader.format };
}
