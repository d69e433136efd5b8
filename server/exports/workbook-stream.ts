/** A workbook written while it is sent: exceljs's streaming writer into the response body, a sheet or a row at a time. */
import type { EventEmitter } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS, { type Worksheet } from 'exceljs';

export interface WorkbookPump {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  /** Commits a finished sheet, then waits until the zip has caught up to within a few sheets and the reader too. */
  commitSheet: (sheet: Worksheet) => Promise<void>;
  /** Between pages of committed rows: lets other requests run, and waits while the reader is behind. */
  next: () => Promise<void>;
}

const GONE = '下载已中断';
/** Committed sheets that may wait to be compressed while the next is written (keeps the zip busy, memory bounded). */
const PENDING_SHEETS = 4;

/**
 * The body of a workbook that `write` fills after the response has started, so the right checks and the parameters
 * must be settled before. Memory stays bounded by a sheet or a page of rows: each committed sheet is compressed into
 * the zip before the next is written, and nothing more is written while the reader lags. A failure part-way ends the
 * body with an error, so the client gets a broken download rather than a file that looks complete.
 */
export function streamWorkbook(properties: { creator: string; title: string }, write: (pump: WorkbookPump) => Promise<void>): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = properties.creator;
  workbook.title = properties.title;
  workbook.created = new Date();
  // The writer's archiver (a public field its typings leave out) reports each entry once it is in the zip.
  const zip = (workbook as unknown as { zip: EventEmitter }).zip;
  let committed = 0;
  const sheets: Worksheet[] = [];
  let zipped = 0;
  zip.on('entry', (entry: { name: string }) => (zipped += entry.name.includes('worksheets/sheet') ? 1 : 0));

  /** Resolves on the next `event` of `source` (or at once when `ready`), rejects when the reader has gone. */
  const until = (ready: () => boolean, source: EventEmitter, event: string): Promise<void> =>
    new Promise((resolve, reject) => {
      if (output.destroyed) return reject(new Error(GONE));
      if (ready()) return setImmediate(resolve);
      const done = () => (output.off('close', gone), resolve());
      const gone = () => (source.off(event, done), reject(new Error(GONE)));
      source.once(event, done);
      output.once('close', gone);
    });
  const next = async () => {
    do await until(() => !output.writableNeedDrain, output, 'drain');
    while (output.writableNeedDrain);
  };
  const commitSheet = async (sheet: Worksheet) => {
    sheet.commit();
    committed += 1;
    sheets.push(sheet);
    while (zipped < committed - PENDING_SHEETS) await until(() => zipped >= committed - PENDING_SHEETS, zip, 'entry');
    // A zipped sheet's writer keeps its buffer stream (and, through it, the zip entry's) to the end: let it go.
    for (const done of sheets.splice(0, Math.max(0, sheets.length - (committed - zipped)))) (done as unknown as { _stream: unknown })._stream = null;
    await next();
  };
  const run = async () => {
    await write({ workbook, commitSheet, next });
    await workbook.commit();
  };
  run().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
