import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { pickupCodeFor } from "@/lib/payments/pickup-code";
import { randomToken } from "@/lib/security/hash";

/**
 * Secrets are never stored in an outbox body (issue 7 item 6, D58). A queued body holds a
 * placeholder; the secret is derived from the server secret when the message is sent, and the body
 * is emptied once it is delivered. A copy of the database alone (a backup, a read replica, an
 * analyst's query) therefore shows no pickup code and no working e-mail link.
 *
 *   {{pickup-code}}              → the order's pickup code, HMAC(secret, "pickup-code:" + orderId) (D20)
 *   {{email-confirmation:REF}}   → the confirmation token, HMAC(secret, "email-confirmation:" + REF);
 *                                  REF is random and useless without the server secret
 */
export const PICKUP_CODE_PLACEHOLDER = "{{pickup-code}}";

export function emailConfirmationRef(): string {
  return randomToken(16);
}

export function emailConfirmationToken(ref: string): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`email-confirmation:${ref}`).digest("base64url");
}

export function emailConfirmationPlaceholder(ref: string): string {
  return `{{email-confirmation:${ref}}}`;
}

/** The body as it is sent: every placeholder replaced by its secret. Throws on one it cannot fill. */
export function renderSecrets(body: string, notice: { orderId: string | null }): string {
  return body.replace(/\{\{([a-z-]+)(?::([\w-]+))?\}\}/g, (whole, name: string, ref: string | undefined) => {
    if (name === "pickup-code" && notice.orderId) return pickupCodeFor(notice.orderId);
    if (name === "email-confirmation" && ref) return emailConfirmationToken(ref);
    throw new Error(`notice placeholder ${whole} cannot be filled`);
  });
}

/** What a delivered notice keeps: nothing of its text (kind, recipient, check code and times stay for /check). */
export const PURGED_BODY = "";
