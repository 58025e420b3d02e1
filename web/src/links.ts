/**
 * The article's own address as a link target, only when it is a web address (http or https). A stored url comes from
 * whatever was ingested or POSTed: "javascript:...", "data:text/html,..." or "vbscript:..." would run or open code
 * when the reader clicks "open source" (React 19 blocks only javascript:), so any other scheme is shown as no link.
 */
export function webLink(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
