/** Debian's Chromium (installed when missing and root), or SAPI_KIT_CHROMIUM; throws with the command to run otherwise. */
export function ensureChromium(log?: (line: string) => void): string;
