/** The system Chromium (Debian's package) as the measuring scripts launch it: headless, quiet, local. */
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const QUIET = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

export function launchChromium(extra: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...QUIET, ...extra] });
}
