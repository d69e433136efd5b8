/** How large a table file may be, for the upload route, the page and the command line alike. */
export const MAX_TABLE_BYTES = 10 * 1024 * 1024;

/** What any file over the limit is told, whatever its size and however it came. */
export const TOO_LARGE = `文件过大（上限 ${MAX_TABLE_BYTES / 1024 / 1024} MB）`;
