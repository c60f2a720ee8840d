import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/lib/html-text';

describe('htmlToText', () => {
  it('keeps the readable text in paragraphs and the title', () => {
    const { title, text } = htmlToText(
      '<html><head><title> JCS  report </title><style>p{color:red}</style></head><body>' +
        '<h1>North Korean losses</h1><p>The JCS says <b>over 1,100</b>\n   were killed or wounded.</p>' +
        '<ul><li>one</li><li>two</li></ul>line<br>break</body></html>',
    );
    expect(title).toBe('JCS report');
    expect(text).toBe(
      'North Korean losses\nThe JCS says over 1,100 were killed or wounded.\none\ntwo\nline\nbreak',
    );
  });

  it('drops scripts, styles and event handlers, and runs none of them', () => {
    const marker = globalThis as { pwned?: number };
    const { text } = htmlToText(
      '<p onclick="pwned=1">Text</p><script>globalThis.pwned = 2</script>' +
        '<img src="x" onerror="globalThis.pwned = 3"><svg><text>svg words</text></svg><noscript>ns</noscript>',
    );
    expect(text).toBe('Text');
    expect(marker.pwned).toBeUndefined();
  });

  it('reads table cells apart and ignores forms and navigation', () => {
    const { text } = htmlToText(
      '<nav>Home | World</nav><table><tr><td>JCS</td><td>1,100</td></tr></table><form><button>Go</button></form>',
    );
    expect(text).toBe('JCS 1,100');
  });
});
