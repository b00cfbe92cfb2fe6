// The inbox page of the local SMTP capture: every captured mail, newest first, and the selected
// one's plain text with clickable links, so a person running `npm start` can open a verification
// link. Server-rendered, no script; mail content is always escaped (mails are untrusted input).

const escape = (s) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function linkify(text) {
  return escape(text).replace(/https?:\/\/[^\s<>"')\]]+/g, (url) => {
    const clean = url.replace(/[.,;:!?]+$/, '');
    return `<a href="${clean}">${clean}</a>${url.slice(clean.length)}`;
  });
}

export function renderInbox(messages, selected) {
  const rows = messages
    .map((m) => {
      const current = selected?.id === m.id ? ' aria-current="true"' : '';
      return `<li><a href="/?id=${encodeURIComponent(m.id)}"${current}><strong>${escape(m.subject || '(no subject)')}</strong>
        <span>${escape(m.envelope.rcptTo.join(', '))} · ${escape(new Date(m.receivedAt).toLocaleString('en-GB'))}</span></a></li>`;
    })
    .join('\n');
  const detail = selected
    ? `<article aria-labelledby="subject">
        <h2 id="subject">${escape(selected.subject || '(no subject)')}</h2>
        <dl><dt>From</dt><dd>${escape(selected.from ?? selected.envelope.mailFrom)}</dd>
        <dt>To</dt><dd>${escape(selected.to ?? selected.envelope.rcptTo.join(', '))}</dd>
        <dt>Received</dt><dd>${escape(selected.receivedAt)}</dd></dl>
        <pre>${linkify(selected.text)}</pre>
        <p><a href="/messages/${encodeURIComponent(selected.id)}">JSON</a></p>
      </article>`
    : `<p>${messages.length ? 'Choose a mail.' : 'No mail yet. Mails the worker sends appear here.'}</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Balss local mailbox (${messages.length})</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1a1a1a; }
  header { padding: .75rem 1rem; background: #9e3039; color: #fff; display: flex; gap: 1rem; align-items: center; }
  header a { color: #fff; } h1 { font-size: 1.2rem; margin: 0; flex: 1; }
  main { display: grid; grid-template-columns: minmax(14rem, 1fr) 2fr; gap: 1rem; padding: 1rem; }
  @media (max-width: 40rem) { main { grid-template-columns: 1fr; } }
  ul { list-style: none; padding: 0; margin: 0; } li a { display: block; padding: .5rem; border-bottom: 1px solid #ddd; color: inherit; text-decoration: none; }
  li a span { display: block; font-size: .85rem; color: #555; } li a[aria-current] { background: #f3e6e7; }
  a:focus-visible, button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
  pre { white-space: pre-wrap; background: #f6f6f6; padding: 1rem; } dl { display: grid; grid-template-columns: auto 1fr; gap: 0 1rem; }
</style></head>
<body><header><h1>Balss local mailbox</h1><a href="/">Refresh</a>
<form method="post" action="/clear"><button type="submit">Delete all</button></form></header>
<main><nav aria-label="Mails"><ul>${rows}</ul></nav><section aria-label="Mail">${detail}</section></main></body></html>`;
}
