import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/lib/text-file';

const file = (name: string, content: BlobPart) => new File([content], name);

describe('readTextFile', () => {
  it('reads plain text and Markdown as they are, one kind of line end', async () => {
    expect(await readTextFile(file('report.txt', 'a\r\nb'))).toEqual({
      ok: true,
      text: 'a\nb',
      title: 'report',
    });
    expect(await readTextFile(file('notes.md', '# Title\n\nText'))).toMatchObject({
      ok: true,
      text: '# Title\n\nText',
    });
  });

  it('reduces HTML to its text and takes its title', async () => {
    const read = await readTextFile(
      file('page.HTML', '<title>JCS</title><p>over <i>1,100</i></p><script>x()</script>'),
    );
    expect(read).toEqual({ ok: true, text: 'over 1,100', title: 'JCS' });
  });

  it('refuses another type, a binary file and a file over 5 MB, naming the file', async () => {
    expect(await readTextFile(file('scan.pdf', '%PDF'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('“scan.pdf” is not a text file'),
    });
    expect(await readTextFile(file('image.txt', new Uint8Array([0, 1, 2, 0])))).toMatchObject({
      ok: false,
      message: expect.stringContaining('binary'),
    });
    expect(await readTextFile(file('big.txt', 'x'.repeat(5 * 1024 * 1024 + 1)))).toMatchObject({
      ok: false,
      message: expect.stringContaining('at most 5 MB'),
    });
  });
});
