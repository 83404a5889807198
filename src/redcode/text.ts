// Warrior files are bytes: UTF-8 when they decode as such, else Latin-1 (old hill files), so that
// no byte is lost and names read as their authors wrote them.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

export function decodeWarriorBytes(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}
