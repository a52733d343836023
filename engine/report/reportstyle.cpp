#include "reporthtml.h"

namespace Mailscope::Report {

// One local style sheet for every page: a report opened from disk needs no server and no network.
// The transcript's colours are the window's (ui/transcriptview.cpp), light and dark.
QString styleSheet()
{
    return QStringLiteral(R"css(:root {
  color-scheme: light dark;
  --fg: #1d1f23; --muted: #6a6f78; --bg: #ffffff; --panel: #f5f6f8; --line: #dde0e5;
  --link: #0b5cc4; --client: #0b5cc4; --server: #1a7f37; --note: #8050a8;
  --ok: #1a7f37; --fail: #c62828;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e4e6ea; --muted: #9aa0a9; --bg: #1b1d21; --panel: #24272c; --line: #3a3e45;
    --link: #6cb6ff; --client: #6cb6ff; --server: #7ed38f; --note: #c09be8;
    --ok: #7ed38f; --fail: #ff8a80;
  }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
  color: var(--fg); background: var(--bg); }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
h1 { font-size: 22px; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 16px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
nav { margin-bottom: 16px; color: var(--muted); }
nav a { margin-right: 16px; }
.muted { color: var(--muted); }
.mono, pre, code { font-family: "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace; font-size: 12.5px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 5px 10px; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); background: var(--panel); white-space: nowrap; }
tbody tr:nth-child(even) td { background: color-mix(in srgb, var(--panel) 55%, transparent); }
td { overflow-wrap: anywhere; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
table.facts { width: auto; min-width: 50%; }
.columns { display: flex; flex-wrap: wrap; gap: 0 40px; }
.columns > section { flex: 1 1 420px; min-width: 0; }
.columns table.facts { width: 100%; }
table.facts th { width: 11em; background: transparent; border-bottom-color: var(--line); }
.summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px; min-width: 9em; }
.card .value { font-size: 22px; font-weight: 600; }
.card .label { color: var(--muted); font-size: 12px; }
.pass { color: var(--ok); font-weight: 600; }
.fail { color: var(--fail); font-weight: 600; }
.params { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; padding: 12px 0; }
pre.text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); border: 1px solid var(--line);
  border-radius: 6px; padding: 12px 14px; margin: 0; max-height: 60vh; overflow: auto; }
iframe.html-body { width: 100%; height: 520px; border: 1px solid var(--line); border-radius: 6px; background: #fff;
  resize: vertical; display: block; }
.note-box { background: var(--panel); border-left: 3px solid var(--note); padding: 6px 12px; margin: 8px 0; }
table.transcript td { border-bottom: none; padding: 1px 8px; white-space: pre-wrap; }
table.transcript tbody tr:nth-child(even) td { background: transparent; }
table.transcript td.time { color: var(--muted); white-space: nowrap; width: 1%; }
table.transcript td.dir { white-space: nowrap; font-weight: 600; width: 1%; }
tr.client td.dir, tr.client td.line { color: var(--client); }
tr.server td.dir, tr.server td.line { color: var(--server); }
tr.note td.dir, tr.note td.line { color: var(--note); font-style: italic; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
)css");
}

} // namespace Mailscope::Report
