/** A Taiwan mobile number in national form: 09 + 8 digits (what the phone and the operator use). */
export const MOBILE_NUMBER = /^09\d{8}$/;

/** "0912345678" → "0912-345-678", for reading on screen. */
export function formatMsisdn(msisdn: string): string {
  return MOBILE_NUMBER.test(msisdn) ? `${msisdn.slice(0, 4)}-${msisdn.slice(4, 7)}-${msisdn.slice(7)}` : msisdn;
}
