/** The HTML the dashboard webview shows: the generated dashboard under a strict policy, or a short message. */

/**
 * What the dashboard may load: its own inline styles and scripts and data: images and fonts; nothing from the
 * network or the disk. The generated dashboard is one self-contained file, so this is all it needs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "script-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;

/**
 * The page with the policy as the first element of its head, before anything that could load. A policy the
 * page brings itself stays: browsers enforce every policy, so it can only narrow this one.
 */
export function withContentSecurityPolicy(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) {
    const end = head.index + head[0].length;
    return `${html.slice(0, end)}${META}${html.slice(end)}`;
  }
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  if (htmlTag) {
    const end = htmlTag.index + htmlTag[0].length;
    return `${html.slice(0, end)}<head>${META}</head>${html.slice(end)}`;
  }
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}<head>${META}</head>${html.slice(at)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A page that says why there is no dashboard to show, under the same policy. */
export function messagePage(title: string, message: string): string {
  return withContentSecurityPolicy(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>' +
      'body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);padding:1.5em;line-height:1.5}' +
      'pre{white-space:pre-wrap}</style></head>' +
      `<body><h2>${escapeHtml(title)}</h2><pre>${escapeHtml(message)}</pre></body></html>`,
  );
}
