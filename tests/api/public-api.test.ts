// The public surface: the library's export list and the CLI's --help text are snapshotted, so any
// change to them is deliberate (rewrite with `npx vitest run tests/api -u`).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

function capture(): { stream: NodeJS.WritableStream & { text: string } } {
  const stream = {
    text: '',
    write(chunk: string | Uint8Array): boolean {
      stream.text += String(chunk);
      return true;
    },
  };
  return { stream: stream as unknown as NodeJS.WritableStream & { text: string } };
}

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('../../src/index.js');
    expect(Object.keys(api).sort()).toMatchSnapshot();
  });

  it('prints the same top-level --help', async () => {
    const out = capture();
    const code = await main(['--help'], { stdout: out.stream as never, stderr: out.stream as never });
    expect(code).toBe(0);
    expect(out.stream.text).toMatchSnapshot();
  });

  it('every command has its own --help', async () => {
    for (const command of ['build', 'extract', 'stats', 'export', 'query', 'load', 'viz', 'serve', 'eval']) {
      const out = capture();
      const code = await main([command, '--help'], {
        stdout: out.stream as never,
        stderr: out.stream as never,
      });
      expect(code, command).toBe(0);
      expect(out.stream.text, command).toContain(`Usage: corpgraph ${command}`);
    }
  });

  it('the package ships its model weights', () => {
    expect(existsSync(new URL('../../models/ner-weights.json.gz', import.meta.url))).toBe(true);
  });
});
