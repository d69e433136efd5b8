/** The input is not a 项目支出绩效目标表 the importer can read at all (as opposed to a warning). */
export class TableFormatError extends Error {
  override readonly name = 'TableFormatError';
}
