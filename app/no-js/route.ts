import { route } from "@/lib/http/route";
import { safeNextPath } from "@/lib/identity/chooser/next-path";

export const dynamic = "force-dynamic";

/**
 * POST /no-js?from=<path> — where forms that cannot work without JavaScript post when it is off
 * (issue 7 item 7): the NHI card and certificate (the card reader and signer are reached from the
 * page's script), phone verification (the phone must reach the telecom operator), device binding
 * and the counter. Posting (never GET) keeps what was typed out of the URL; the body is not even
 * read. The answer is a short bilingual page saying what is needed, with the way back.
 */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const POST = route(async (req) => {
  const back = safeNextPath(req.nextUrl.searchParams.get("from")) ?? "/";
  // The page's one style element carries this request's CSP nonce (proxy.ts): no inline style attribute.
  const nonce = req.headers.get("x-nonce") ?? "";
  const html = `<!doctype html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>需要啟用 JavaScript · JavaScript needed</title>
<style nonce="${escape(nonce)}">body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6 }</style></head>
<body>
<main>
<h1>此步驟需要啟用 JavaScript</h1>
<p>這個步驟要由網頁程式與讀卡機、電信業者或其他服務溝通，瀏覽器關閉 JavaScript 時無法進行。您輸入的資料沒有被送出，也沒有被保存。請啟用 JavaScript 後再試，或撥健保署諮詢專線 0800-030-598。</p>
<h2 lang="en">This step needs JavaScript</h2>
<p lang="en">This step talks to the card reader, the telecom operator or another service from the page's script, which cannot run with JavaScript off. Nothing you typed was sent on or kept. Turn JavaScript on and try again, or call the NHIA help line 0800-030-598.</p>
<p><a href="${escape(back)}">返回 Back</a></p>
</main></body></html>`;
  return new Response(html, { status: 400, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
});
