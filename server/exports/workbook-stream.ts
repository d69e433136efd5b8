/** A workbook written while it is sent: exceljs's streaming writer into the response body, a sheet or a row at a time. */
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export type StreamedWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * Before the next piece: lets other requests run, and while the reader is behind (the body's buffer full) waits
 * until it has caught up, so memory stays bounded by a piece, not by the workbook. Rejects when the reader is gone.
 */
function readerCaughtUp(output: PassThrough): Promise<void> {
  if (output.destroyed) return Promise.reject(new Error('下载已中断'));
  if (!output.writableNeedDrain) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve, reject) => {
    const drained = () => (output.off('close', closed), resolve());
    const closed = () => (output.off('drain', drained), reject(new Error('下载已中断')));
    output.once('drain', drained);
    output.once('close', closed);
  });
}

/**
 * The body of a workbook that `write` fills (awaiting `next()` between pieces) after the response has started: the
 * right checks and the parameters must be settled before. A failure part-way ends the body with an error, so the
 * client gets a broken download rather than a file that looks complete.
 */
export function streamWorkbook(
  properties: { creator: string; title: string },
  write: (workbook: StreamedWorkbook, next: () => Promise<void>) => Promise<void>,
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = properties.creator;
  workbook.title = properties.title;
  workbook.created = new Date();
  const run = async () => {
    await write(workbook, () => readerCaughtUp(output));
    await workbook.commit();
  };
  run().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
