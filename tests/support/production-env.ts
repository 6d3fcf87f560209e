/**
 * A complete, valid configuration of a real deployment (issue 7 item 3): every outside party has a
 * real adapter with its settings (the addresses need not answer — nothing here sends). Tests start
 * from it and remove or change one thing to see it refused.
 */
export const PRODUCTION_ENV = {
  NODE_ENV: "production",
  EMASK_DEPLOYMENT: "production",
  NEXTAUTH_SECRET: "p".repeat(48),
  EMASK_NHI_CARD_ADAPTER: "nhia",
  EMASK_NHIA_URL: "https://nhia.invalid/card-auth",
  EMASK_NHIA_TOKEN: "nhia-token-0123456789",
  EMASK_CERTIFICATE_ADAPTER: "moica",
  EMASK_MOICA_TRUST_DIR: "/nonexistent/moica-trust",
  EMASK_TELECOM_ADAPTER: "operator",
  EMASK_TELECOM_ASSERTION_URL: "https://telecom.invalid/assert",
  EMASK_TELECOM_KEYS_DIR: "/nonexistent/telecom-keys",
  EMASK_SMS_ADAPTER: "http",
  EMASK_SMS_URL: "https://sms.invalid/send",
  EMASK_SMS_TOKEN: "sms-token-0123456789",
  EMASK_MAIL_ADAPTER: "http",
  EMASK_MAIL_URL: "https://mail.invalid/send",
  EMASK_MAIL_TOKEN: "mail-token-0123456789",
  EMASK_PUBLIC_ORIGIN: "https://emask.example",
  EMASK_PAYMENT_ADAPTER: "gateway",
  EMASK_PAYMENT_CALLBACK_SECRET: "ab".repeat(32),
  EMASK_PAYMENT_BANK_CODE: "004",
  EMASK_PAYMENT_CHECKOUT_URL: "https://pay.invalid/checkout",
  // Set by scripts/server.mjs for its own process: a deployment runs behind it (issue 7 item 2).
  EMASK_SOCKET_ADDRESS_HEADER: "1",
} as const;
