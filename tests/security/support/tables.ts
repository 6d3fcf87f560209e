/**
 * The security tier's two tables, one row per HTTP entry point of the app. A route or server
 * action without a row here FAILS the tier (discovery: support/discover.ts), so nothing new can
 * ship unexamined. To add one, see docs/security.md ("Adding a route or an action").
 *
 * - ACCESS: who may call it (the authorization matrix derives allow/deny per principal from it)
 *   and one well-formed sample request (so a refusal is about *who*, not about a bad body).
 * - FUZZ: where its inputs live (path params, query keys, JSON body fields, form fields) and, per
 *   field, a valid example, so the generator can mix valid and hostile values and reach deep.
 */
import type { Fixtures } from "./principals";

/** Who may call a target. "owner": a citizen, and only on their own resource (the sample's). */
export type Access =
  | { who: "public" }
  | { who: "citizen" }
  | { who: "owner" }
  | { who: "staff"; roles: StaffRole[] }
  | { who: "pharmacy" };

export type StaffRole = "COUNTER" | "CLERK" | "ADMIN" | "AUDITOR";
export const STAFF_ROLES: readonly StaffRole[] = ["COUNTER", "CLERK", "ADMIN", "AUDITOR"];

/** A field: its valid example (a function of the fixtures when it names a record). */
export type Field = string | number | boolean | { [key: string]: unknown } | ((fx: Fixtures) => unknown);
export type Fields = Record<string, Field>;

export type RouteSpec = {
  access: Access;
  /** Concrete values for the path's dynamic segments, e.g. { id: fx.ownOrderId }. */
  path?: (fx: Fixtures) => Record<string, string>;
  /** Query parameters (GET) with valid examples. */
  query?: Fields;
  /** JSON body fields with valid examples (POST). */
  body?: Fields;
  /** Not our `{ error: { code, message } }` handler (next-auth's own): only "no 5xx" is asserted. */
  foreignShape?: true;
};

export type ActionSpec = {
  access: Access;
  /** "form": (formData); "state": (previousState, formData) — as useActionState calls it. */
  args: "form" | "state" | "none";
  fields: Fields;
  /** Concrete values for the page's dynamic segments (the action is posted to that page). */
  path?: (fx: Fixtures) => Record<string, string>;
};

const card = "000012345678";
const uuid = "0196f3a0-7c1e-7000-8000-000000000000";
const own = (fx: Fixtures) => ({ id: fx.ownOrderId });

/** Key: "METHOD /path/with/[segments]" as in app/ (route groups and files, not URLs). */
export const ROUTES: Record<string, RouteSpec> = {
  // Unknown /api paths: a JSON 404 (app/api/[...path]/route.ts).
  ...Object.fromEntries(["GET", "POST", "PUT", "PATCH", "DELETE"].map((m) => [`${m} /api/[...path]`, { access: { who: "public" }, path: () => ({ path: "no/such/api" }) } satisfies RouteSpec])),
  "POST /api/app/device-id": { access: { who: "public" } },
  "POST /api/app/device/bind": { access: { who: "public" }, body: { code: "12345678" } },
  "POST /api/app/login": { access: { who: "public" }, body: { idNumber: "A123456789", password: "secret12" } },
  "POST /api/app/phone/nonce": { access: { who: "public" }, body: { idNumber: "A123456789" } },
  "POST /api/app/phone": { access: { who: "public" }, body: { assertion: { payload: "e30", signature: "c2lnbmF0dXJl", keyId: "standin-operator-1" } } },
  // Form posts that sign in without JavaScript (D35): they answer with a 303 back to the form.
  "POST /app/login/submit": { access: { who: "public" }, body: { idNumber: "A123456789", password: "secret12" }, foreignShape: true },
  "POST /staff/login/submit": { access: { who: "public" }, body: { username: "admin", password: "wrong" }, foreignShape: true },
  "POST /no-js": { access: { who: "public" }, foreignShape: true }, // a readable HTML page, 400
  // ── issue 9 (the citizen's path) ──
  "POST /signout": { access: { who: "public" }, foreignShape: true }, // a 303 home that expires the session cookie
  // ── end issue 9 ──
  "GET /api/auth/[...nextauth]": { access: { who: "public" }, path: () => ({ nextauth: "session" }), foreignShape: true },
  "POST /api/auth/[...nextauth]": { access: { who: "public" }, path: () => ({ nextauth: "callback/staff" }), body: { username: "admin", password: "wrong" }, foreignShape: true },
  "GET /api/health": { access: { who: "public" } },
  "POST /api/csp-report": { access: { who: "public" }, body: { "csp-report": { "document-uri": "http://127.0.0.1/", "violated-directive": "script-src", "blocked-uri": "inline" } } },
  "GET /api/me": { access: { who: "public" } },
  "POST /api/orders": { access: { who: "citizen" }, body: { roundId: (fx) => fx.roundId, storeId: (fx) => fx.storeId } },
  "GET /api/orders": { access: { who: "citizen" } },
  "POST /api/orders/[id]/payments": { access: { who: "owner" }, path: own, body: { method: "ATM" } },
  "POST /api/payments/callback": { access: { who: "public" }, body: { paymentId: uuid, gatewayRef: "REF123456" } },
  "POST /api/pharmacy/eligibility": { access: { who: "pharmacy" }, body: { cardNumber: card } },
  "POST /api/pharmacy/sales": { access: { who: "pharmacy" }, body: { cardNumber: card } },
  "GET /api/rounds/[id]/draw": { access: { who: "public" }, path: (fx) => ({ id: fx.roundId }) },
  "POST /api/staff/counter": { access: { who: "staff", roles: ["COUNTER"] }, body: { idNumber: "A123456789", cardNumber: card, phoneNumber: "0912345678", documents: { nhiCard: true, idCard: true } } },
  "POST /api/staff/pickups": { access: { who: "staff", roles: ["CLERK"] }, body: { pickupCode: "1234567890", documentType: "ID_CARD", documentNumber: "A123456789" } },
  "GET /api/standins/card-reader/cards": { access: { who: "public" } },
  "POST /api/standins/card-reader/read": { access: { who: "public" }, body: { cardNumber: card } },
  "POST /api/standins/card-reader/sign": { access: { who: "public" }, body: { cardNumber: card, nonce: "a".repeat(32) } },
  "GET /api/standins/moica-signer/cards": { access: { who: "public" } },
  "POST /api/standins/moica-signer/reset": { access: { who: "public" }, body: { card: "ABCDEFGH12345678" } },
  "POST /api/standins/moica-signer/sign": { access: { who: "public" }, body: { card: "ABCDEFGH12345678", pin: "123456", nonce: "n".repeat(32) } },
  "POST /api/standins/telecom/assert": { access: { who: "public" }, body: { nonce: "n".repeat(22), idNumber: "A123456789", connection: { sim: "0912345678", network: "MOBILE_DATA" } } },
  "GET /api/stores": { access: { who: "public" }, query: { q: "台北", county: "臺北市", town: "信義區", chain: "7-ELEVEN", roundId: uuid, limit: 5 } },
  "POST /api/verify/card/challenge": { access: { who: "public" } },
  "POST /api/verify/card/login": { access: { who: "public" }, body: { proof: { cardNumber: card, nonce: "a".repeat(32), response: "b".repeat(64) }, form: { password: "secret12" } } },
  "POST /api/verify/card/register": { access: { who: "public" }, body: { proof: { cardNumber: card, nonce: "a".repeat(32), response: "b".repeat(64) }, form: { email: "a@example.com", password: "secret12", passwordConfirm: "secret12" } } },
  "POST /api/verify/card/reset-password": { access: { who: "public" }, body: { proof: { cardNumber: card, nonce: "a".repeat(32), response: "b".repeat(64) }, form: { householdNumber: "AB1234", password: "secret12", passwordConfirm: "secret12" } } },
  "POST /api/verify/certificate/challenge": { access: { who: "public" }, body: { idNumber: "A123456789" } },
  "POST /api/verify/certificate": { access: { who: "public" }, body: { challenge: "c".repeat(32), idNumber: "A123456789", signature: "QUJD" } },
  // ── Issue 10 part B: console exports (streamed CSV) and public open data ──
  "GET /api/staff/exports/[kind]": { access: { who: "staff", roles: ["ADMIN", "AUDITOR"] }, path: () => ({ kind: "pick-list" }), query: { round: (fx) => fx.roundId, store: (fx) => fx.storeId } },
  "GET /api/open-data/stores": { access: { who: "public" } },
  "GET /api/open-data/stores.csv": { access: { who: "public" } },
  // ── end issue 10 part B ──
};

/** Issue 10 part A: a well-formed round form whose opening is long past, so it is never saved. */
const ROUND_SAMPLE: Fields = {
  name: "fuzz round", product: "ADULT_MASK", masksPerOrder: 3, unitPrice: 5, fee: 7, adultAge: 12,
  orderOpensOn: "2020-03-12", orderOpensTime: "09:00", orderClosesOn: "2020-03-18", resultsOn: "2020-03-19",
  paymentDeadline: "2020-03-25", pickupStart: "2020-03-26", pickupEnd: "2020-04-01",
};

/** Key: "<file>#<export>" as in the build's server-reference manifest. */
export const ACTIONS: Record<string, ActionSpec> = {
  "app/actions/set-language.ts#setLanguage": { access: { who: "public" }, args: "form", fields: { lang: "en" } },
  "app/me/device/actions.ts#generateDeviceCodeAction": { access: { who: "citizen" }, args: "state", fields: {} },
  "app/order/actions.ts#placeOrderAction": { access: { who: "citizen" }, args: "form", fields: { roundId: (fx) => fx.roundId, storeId: (fx) => fx.storeId, idempotencyKey: "fuzz-key-0001" } },
  "app/orders/[id]/pay/actions.ts#startPaymentAction": { access: { who: "owner" }, args: "form", path: own, fields: { orderId: (fx) => fx.ownOrderId, method: "ATM" } },
  "app/staff/admin/actions.ts#runJobsAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "none", fields: {} },
  "app/staff/admin/actions.ts#setClockAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "form", fields: { to: "" } },
  // ── Issue 10 part A: operations console (rounds, stores & supply, staff accounts) ──────────
  // Samples are well-formed but can never change the shared database: a round opening in 2020
  // (refused IN_PAST / LOCKED), unknown stores, rounds and staff ids. Auditors are refused (403).
  "app/staff/admin/rounds/actions.ts#createRoundAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "state", path: (fx) => ({ id: fx.roundId }), fields: ROUND_SAMPLE },
  "app/staff/admin/rounds/actions.ts#updateRoundAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "state", path: (fx) => ({ id: fx.roundId }), fields: { roundId: (fx) => fx.roundId, ...ROUND_SAMPLE } },
  "app/staff/admin/stores/actions.ts#importStoresAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "state", fields: { csv: "code,chain,name,name_en,county,town,postal_code,address,logistics_centre" } },
  "app/staff/admin/stores/actions.ts#setSupplyAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "state", fields: { roundId: (fx) => fx.roundId, storeCode: "NO-SUCH-STORE", packs: 10 } },
  "app/staff/admin/stores/actions.ts#spreadSupplyAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "state", fields: { roundId: uuid, chainId: "OKMART", packs: 100 } },
  "app/staff/admin/accounts/actions.ts#createStaffAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "state", fields: { username: "fuzz-clerk", displayName: "Fuzz", role: "CLERK", storeCode: "NO-SUCH-STORE" } },
  "app/staff/admin/accounts/actions.ts#resetStaffAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "state", fields: { staffId: uuid } },
  "app/staff/admin/accounts/actions.ts#setStaffActiveAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "form", fields: { staffId: uuid, active: "false" } },
  "app/staff/admin/accounts/actions.ts#changeStaffRoleAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "form", fields: { staffId: uuid, role: "AUDITOR", storeCode: "" } },
  // ── end issue 10 part A ──
  "app/staff/pickup/actions.ts#handOverAction": { access: { who: "staff", roles: ["CLERK"] }, args: "form", fields: { pickupCode: "1234567890", documentType: "ID_CARD", documentNumber: "A123456789" } },
  "app/standins/actions.ts#gatewayPayAction": { access: { who: "public" }, args: "form", fields: { paymentId: uuid }, path: () => ({ paymentId: uuid }) },
  "app/standins/actions.ts#atmTransferAction": { access: { who: "public" }, args: "form", fields: { account: "12345678901234", amount: 22 } },
  "app/verify/card/confirm/actions.ts#confirmEmailAction": { access: { who: "public" }, args: "state", fields: { token: "t".repeat(32) } },
  // ── Issue 10 part B: the draw console's actions (each needs a ticked confirmation) ──
  "app/staff/admin/draw/actions.ts#runDrawAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "form", fields: { round: (fx) => fx.roundId, confirm: "yes" } },
  "app/staff/admin/draw/actions.ts#publishNoticesAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "form", fields: { round: (fx) => fx.roundId, confirm: "yes" } },
  "app/staff/admin/draw/actions.ts#runDueStepsAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "form", fields: { round: (fx) => fx.roundId, confirm: "yes" } },
  "app/staff/admin/draw/actions.ts#retryNoticesAction": { access: { who: "staff", roles: ["ADMIN"] }, args: "form", fields: { round: (fx) => fx.roundId, notice: uuid, confirm: "yes" } },
  // ── end issue 10 part B ──
};

/** A page: who looks at it in the fuzz tier, the query parameters it reads, its dynamic segments. */
export type PageSpec = { as: "anonymous" | "citizen" | StaffRole; query: string[]; path?: (fx: Fixtures) => Record<string, string> };

/** Key: the page's path under app/ ("/" for app/page.tsx), segments as folders: "/orders/[id]/pay". */
export const PAGES: Record<string, PageSpec> = {
  "/": { as: "anonymous", query: [] },
  "/app": { as: "anonymous", query: ["next", "error"] },
  "/app/device": { as: "anonymous", query: ["code"] },
  "/app/login": { as: "anonymous", query: ["next", "error"] },
  "/app/phone": { as: "anonymous", query: ["next", "error"] },
  "/check": { as: "anonymous", query: ["code"] },
  "/dev/mailbox": { as: "anonymous", query: ["to"] },
  "/dev/sms": { as: "anonymous", query: ["to"] },
  "/me": { as: "citizen", query: [] },
  "/me/device": { as: "citizen", query: [] },
  "/order": { as: "citizen", query: ["chain", "county", "town", "q", "near", "error"] },
  "/orders": { as: "citizen", query: ["placed", "paid"] },
  "/orders/[id]/pay": { as: "citizen", query: ["atm", "error"], path: own },
  "/orders/[id]/slip": { as: "citizen", query: [], path: own },
  "/rounds/[id]/draw": { as: "anonymous", query: [], path: (fx) => ({ id: fx.roundId }) },
  "/staff": { as: "ADMIN", query: ["denied"] },
  "/staff/admin": { as: "ADMIN", query: ["ran", "moved", "error"] },
  // ── Issue 10 part A ──
  "/staff/admin/rounds": { as: "AUDITOR", query: [] },
  "/staff/admin/rounds/new": { as: "ADMIN", query: [] },
  "/staff/admin/rounds/[id]": { as: "ADMIN", query: ["saved"], path: (fx) => ({ id: fx.roundId }) },
  "/staff/admin/stores": { as: "ADMIN", query: ["round"] },
  "/staff/admin/accounts": { as: "ADMIN", query: ["done", "error"] },
  // ── end issue 10 part A ──
  "/staff/audit": { as: "AUDITOR", query: ["actor", "action", "subject", "from", "to", "page"] }, // issue 10 item 6
  "/staff/counter": { as: "COUNTER", query: [] },
  "/staff/login": { as: "anonymous", query: ["next", "error"] },
  "/staff/pickup": { as: "CLERK", query: ["done", "error", "from"] },
  "/standins/atm": { as: "anonymous", query: ["account", "amount", "error", "done"] },
  "/standins/gateway/[paymentId]": { as: "anonymous", query: ["error"], path: () => ({ paymentId: uuid }) },
  "/verify": { as: "anonymous", query: ["next", "asked", "national", "own", "reader", "cert", "prefer"] },
  "/verify/card": { as: "anonymous", query: ["next"] },
  "/verify/card/confirm": { as: "anonymous", query: ["token"] },
  "/verify/certificate": { as: "anonymous", query: ["next"] },
  // ── issue 9 (the citizen's path) ──
  "/order/check": { as: "citizen", query: ["storeId"] },
  "/orders/[id]/confirmation": { as: "citizen", query: [], path: own },
  // ── end issue 9 ──
  // ── Issue 10 part B: console pages (batches, draw, exports) and the public open-data page ──
  "/staff/admin/batches": { as: "ADMIN", query: ["round", "by", "chain", "centre", "county", "town", "page", "q"] },
  "/staff/admin/batches/[storeId]": { as: "ADMIN", query: ["round", "page"], path: (fx) => ({ storeId: fx.storeId }) },
  "/staff/admin/draw": { as: "ADMIN", query: ["round", "error", "done"] },
  "/staff/admin/exports": { as: "ADMIN", query: ["round", "store"] },
  "/staff/admin/exports/pick-list": { as: "ADMIN", query: ["round", "centre", "store"] },
  "/open-data": { as: "anonymous", query: ["county"] },
  // ── end issue 10 part B ──
};
