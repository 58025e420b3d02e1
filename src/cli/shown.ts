/**
 * A file name or label as a one-line message shows it: one that holds a line break or another control character
 * (or U+2028/U+2029) is written as a JSON string, so the message stays one line naming the file ("bad\nname.txt" made
 * the line about it two, qa16); any other name is shown as it is.
 */
export function shownName(name: string): string {
  if (!/[\u0000-\u001f\u007f\u2028\u2029]/.test(name)) return name;
  return JSON.stringify(name).replace(/[\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
