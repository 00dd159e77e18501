// What both Node harnesses share: where the driver and the sandboxes are,
// and the line pump between the runner's pipes and the driver's
// handle_line(). Only protocol lines reach stdout; the runtime's own
// output is sent to stderr by each harness.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const DRIVER_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'driver.py');

export function fail(message) {
  process.stderr.write(`osconform: error: ${message}\n`);
  process.exit(2);
}

export function sandboxRoot() {
  const root = process.env.OSCONFORM_SANDBOX_ROOT;
  if (!root || !path.isAbsolute(root))
    fail('OSCONFORM_SANDBOX_ROOT must name an absolute directory (the runner sets it)');
  return path.normalize(root);
}

export function driverSource() {
  try {
    return readFileSync(DRIVER_PATH, 'utf8');
  } catch (e) {
    fail(`${DRIVER_PATH}: ${e.message}`);
  }
}

// Sends stderr text of the runtime somewhere harmless, line by line.
export function toStderr(text) {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n');
}

// hello: () => string; handle: (line) => string or a promise of one, one
// outcome line per case.
export async function serve(hello, handle) {
  process.stdout.write(hello() + '\n');
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of input) {
    if (!line.trim())
      continue;
    if (!process.stdout.write(await handle(line) + '\n'))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}
