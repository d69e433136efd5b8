import { describe, expect, it } from 'vitest';
import { badDocuments } from '../../test/support/bad-documents';
import { TableFormatError } from './errors';
import { readTable } from './read-table';

describe('documents the importer refuses', () => {
  it.each(badDocuments())('refuses %s with a Chinese message', async (_, bytes, message) => {
    const error = await readTable(bytes).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(TableFormatError);
    expect((error as Error).message).toMatch(message);
  });
});
