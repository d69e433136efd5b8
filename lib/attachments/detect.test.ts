import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildZip } from '@/test/support/zip-writer';
import { detectAttachmentType } from './detect';

const fixture = (file: string) => new Uint8Array(fs.readFileSync(`test/fixtures/${file}`));

describe('detectAttachmentType', () => {
  it('knows the allowed types from real files', () => {
    expect(detectAttachmentType(fixture('attachments/survey.pdf'))).toBe('pdf');
    expect(detectAttachmentType(fixture('attachments/survey.png'))).toBe('png');
    expect(detectAttachmentType(fixture('attachments/survey.jpg'))).toBe('jpg');
    expect(detectAttachmentType(fixture('tables/hubei-huangshi-dangxiao-2022.docx'))).toBe('docx');
    expect(detectAttachmentType(fixture('tables/hunan-xiangtan-wupaoche-2023.xlsx'))).toBe('xlsx');
  });

  it('goes by the content, not the name: executables, HTML, other archives and old Office files are refused', () => {
    expect(detectAttachmentType(fixture('attachments/elf-executable.pdf'))).toBeNull();
    expect(detectAttachmentType(fixture('attachments/pe-executable.pdf'))).toBeNull();
    expect(detectAttachmentType(fixture('attachments/page.html.pdf'))).toBeNull();
    expect(detectAttachmentType(fixture('attachments/not-office.docx'))).toBeNull();
    expect(detectAttachmentType(fixture('attachments/empty.pdf'))).toBeNull();
    expect(detectAttachmentType(fixture('tables/hubei-huangshi-dangxiao-2022.doc'))).toBeNull();
    expect(detectAttachmentType(fixture('tables/hunan-xiangtan-wupaoche-2023.txt'))).toBeNull();
  });

  it('a Word part without the package’s content types, or a damaged zip, is not a document', () => {
    expect(detectAttachmentType(buildZip([{ name: 'word/document.xml', data: '<w:document/>' }]))).toBeNull();
    const docx = fixture('tables/hubei-huangshi-dangxiao-2022.docx');
    expect(detectAttachmentType(docx.subarray(0, docx.length - 30))).toBeNull();
    expect(detectAttachmentType(new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toBeNull(); // "%PDF" without the dash
  });
});
