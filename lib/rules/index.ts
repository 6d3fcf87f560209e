/**
 * The product's public rules API (docs/rules.md). Pure: no clock, no database, no framework,
 * no environment. The caller passes the days. Rule numbers refer to docs/domain.md.
 */
export {
  type Day,
  isDay,
  assertDay,
  addDays,
  compareDays,
  daysBetween,
  weekdayOf,
  dayInTaipei,
} from "./day";
export {
  type IdNumberCheck,
  LEGACY_RESIDENT_VALID_UNTIL,
  checkIdNumber,
  completeIdNumber,
  idNumberValidOn,
} from "./id-number";
export { PASSWORD_CHARACTERS, PASSWORD_MAX, PASSWORD_MIN } from "./card-password";
export { PURCHASE_INTERVAL_DAYS, nextPurchaseDay, onlinePurchaseDay } from "./purchase";
export { pharmacyDayAllowed } from "./pharmacy";
export { DEFAULT_ADULT_AGE, adultIfBornBy, ageOn, isAdult } from "./age";
export {
  type OrderPrice,
  MASKS_PER_ORDER,
  UNIT_PRICE_NTD,
  ORDER_FEE_NTD,
  orderPrice,
} from "./price";
export {
  type RoundCalendar,
  type RoundPhase,
  ROUND_2020_CALENDAR,
  validateRoundCalendar,
  roundPhase,
} from "./round";
export {
  type DrawResult,
  drawCommitment,
  seedMatchesCommitment,
  drawTicket,
  drawStore,
  needsDraw,
} from "./draw";
export {
  type OrderRefusal,
  type PickupCheck,
  type PharmacySaleCheck,
  type PickupDocument,
  pickupDocumentMatches,
  orderingOpen,
  orderRefusal,
  pickupCheck,
  pharmacySaleCheck,
} from "./ordering";
export { type ResidentCertificateCheck, checkResidentCertificate } from "./resident-certificate";
export { type Transition, type RoundJobState, TRANSITIONS, dueTransitions } from "./round-jobs";
export {
  type AttemptState,
  type AttemptOutcome,
  WRONG_PASSWORDS_PER_SUSPENSION,
  SUSPENSION_MINUTES,
  SUSPENSIONS_BEFORE_CANCEL,
  loginAllowed,
  afterWrongPassword,
  afterRightPassword,
} from "./password-attempts";
export {
  type Network,
  type Plan,
  type SubscriberFacts,
  type DeviceFacts,
  type PhoneRefusal,
  PHONE_REFUSALS,
  checkDeviceConditions,
  checkIdConditions,
  checkSubscriberConditions,
  checkPhoneConditions,
} from "./phone-conditions";
