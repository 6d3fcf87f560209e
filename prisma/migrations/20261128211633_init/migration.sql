-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "IdKind" AS ENUM ('NATIONAL', 'RESIDENT', 'RESIDENT_LEGACY');

-- CreateEnum
CREATE TYPE "CardStatus" AS ENUM ('ACTIVE', 'REPLACED', 'LOST');

-- CreateEnum
CREATE TYPE "VerificationMethod" AS ENUM ('NHI_CARD', 'CITIZEN_CERT', 'PHONE', 'DEVICE', 'COUNTER');

-- CreateEnum
CREATE TYPE "CredentialStatus" AS ENUM ('PENDING', 'ACTIVE', 'SUSPENDED', 'CANCELLED', 'REVOKED');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('COUNTER', 'CLERK', 'ADMIN', 'AUDITOR');

-- CreateEnum
CREATE TYPE "Product" AS ENUM ('ADULT_MASK');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WEB', 'APP');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('PLACED', 'SELECTED', 'NOT_SELECTED', 'PAID', 'LAPSED', 'PICKED_UP', 'FORFEITED');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('ONLINE_BANKING', 'CREDIT_CARD', 'ATM');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('ID_CARD', 'NHI_CARD', 'DRIVERS_LICENSE');

-- CreateEnum
CREATE TYPE "PurchaseChannel" AS ENUM ('PHARMACY', 'ONLINE');

-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('PAYMENT', 'NOT_SELECTED', 'PICKUP_CODE', 'PAYMENT_REMINDER', 'PICKUP_STARTS', 'PICKUP_ENDS_SOON', 'EMAIL_CONFIRMATION');

-- CreateEnum
CREATE TYPE "NoticeChannel" AS ENUM ('SMS', 'EMAIL');

-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "people" (
    "id" UUID NOT NULL,
    "id_number" VARCHAR(10) NOT NULL,
    "id_kind" "IdKind" NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "birth_date" DATE NOT NULL,
    "phone" VARCHAR(20),
    "email" VARCHAR(254),
    "email_verified_at" TIMESTAMPTZ(3),
    "address" VARCHAR(200),
    "household_number" VARCHAR(20),
    "resident_cert_issued_on" DATE,
    "resident_cert_expires_on" DATE,
    "resident_cert_serial" VARCHAR(20),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nhi_cards" (
    "id" UUID NOT NULL,
    "card_number" CHAR(12) NOT NULL,
    "person_id" UUID NOT NULL,
    "status" "CardStatus" NOT NULL DEFAULT 'ACTIVE',
    "issued_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "nhi_cards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "credentials" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "method" "VerificationMethod" NOT NULL,
    "status" "CredentialStatus" NOT NULL DEFAULT 'PENDING',
    "external_ref" VARCHAR(128),
    "secret_hash" VARCHAR(255),
    "failed_attempts" INTEGER NOT NULL DEFAULT 0,
    "suspensions" INTEGER NOT NULL DEFAULT 0,
    "suspended_until" TIMESTAMPTZ(3),
    "verified_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "credentials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_accounts" (
    "id" UUID NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "display_name" VARCHAR(100) NOT NULL,
    "role" "StaffRole" NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "store_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failed_attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chains" (
    "id" VARCHAR(16) NOT NULL,
    "name_zh" VARCHAR(50) NOT NULL,
    "name_en" VARCHAR(50) NOT NULL,

    CONSTRAINT "chains_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "logistics_centres" (
    "id" UUID NOT NULL,
    "chain_id" VARCHAR(16) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "region" VARCHAR(16) NOT NULL,

    CONSTRAINT "logistics_centres_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stores" (
    "id" UUID NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "chain_id" VARCHAR(16) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "county" VARCHAR(10) NOT NULL,
    "town" VARCHAR(10) NOT NULL,
    "postal_code" VARCHAR(6) NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "logistics_centre_id" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "stores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pharmacies" (
    "id" UUID NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "county" VARCHAR(10) NOT NULL,
    "town" VARCHAR(10) NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "api_key_hash" VARCHAR(255),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pharmacies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rounds" (
    "id" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "product" "Product" NOT NULL DEFAULT 'ADULT_MASK',
    "masks_per_order" INTEGER NOT NULL DEFAULT 3,
    "unit_price" INTEGER NOT NULL DEFAULT 5,
    "fee" INTEGER NOT NULL DEFAULT 7,
    "adult_age" INTEGER NOT NULL DEFAULT 12,
    "order_opens_at" TIMESTAMPTZ(3) NOT NULL,
    "order_closes_on" DATE NOT NULL,
    "results_on" DATE NOT NULL,
    "payment_deadline" DATE NOT NULL,
    "pickup_start" DATE NOT NULL,
    "pickup_end" DATE NOT NULL,
    "draw_commitment" CHAR(64),
    "draw_seed" VARCHAR(128),
    "closed_at" TIMESTAMPTZ(3),
    "drawn_at" TIMESTAMPTZ(3),
    "notified_at" TIMESTAMPTZ(3),
    "lapsed_at" TIMESTAMPTZ(3),
    "forfeited_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "store_supplies" (
    "round_id" UUID NOT NULL,
    "store_id" UUID NOT NULL,
    "packs" INTEGER NOT NULL,

    CONSTRAINT "store_supplies_pkey" PRIMARY KEY ("round_id","store_id")
);

-- CreateTable
CREATE TABLE "orders" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "store_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'PLACED',
    "masks" INTEGER NOT NULL,
    "unit_price" INTEGER NOT NULL,
    "fee" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "idempotency_key" VARCHAR(64),
    "pickup_code_hash" VARCHAR(128),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_status_events" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "from_status" "OrderStatus",
    "to_status" "OrderStatus" NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(200),
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_status_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "draws" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "store_id" UUID NOT NULL,
    "supply" INTEGER NOT NULL,
    "demand" INTEGER NOT NULL,
    "performed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "draws_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "draw_entries" (
    "order_id" UUID NOT NULL,
    "draw_id" UUID NOT NULL,
    "ticket" CHAR(64) NOT NULL,
    "rank" INTEGER NOT NULL,
    "selected" BOOLEAN NOT NULL,

    CONSTRAINT "draw_entries_pkey" PRIMARY KEY ("order_id")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "amount" INTEGER NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "virtual_account" VARCHAR(32),
    "gateway_ref" VARCHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paid_at" TIMESTAMPTZ(3),

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pickups" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "store_id" UUID NOT NULL,
    "clerk_id" UUID NOT NULL,
    "document_type" "DocumentType" NOT NULL,
    "document_last4" VARCHAR(4) NOT NULL,
    "by_proxy" BOOLEAN NOT NULL DEFAULT false,
    "picked_up_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pickups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_entries" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "channel" "PurchaseChannel" NOT NULL,
    "effective_day" DATE NOT NULL,
    "masks" INTEGER NOT NULL DEFAULT 3,
    "order_id" UUID,
    "pharmacy_id" UUID,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notices" (
    "id" UUID NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "channel" "NoticeChannel" NOT NULL,
    "person_id" UUID,
    "order_id" UUID,
    "recipient" VARCHAR(254) NOT NULL,
    "locale" VARCHAR(8) NOT NULL DEFAULT 'zh-TW',
    "body" TEXT NOT NULL,
    "dedupe_key" VARCHAR(128) NOT NULL,
    "check_code" VARCHAR(16) NOT NULL,
    "status" "NoticeStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" UUID NOT NULL,
    "actor_staff_id" UUID,
    "actor_kind" VARCHAR(16) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "target_type" VARCHAR(32),
    "target_id" VARCHAR(64),
    "details" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "people_id_number_key" ON "people"("id_number");

-- CreateIndex
CREATE UNIQUE INDEX "nhi_cards_card_number_key" ON "nhi_cards"("card_number");

-- CreateIndex
CREATE INDEX "nhi_cards_person_id_idx" ON "nhi_cards"("person_id");

-- CreateIndex
CREATE INDEX "credentials_person_id_method_idx" ON "credentials"("person_id", "method");

-- CreateIndex
CREATE UNIQUE INDEX "credentials_method_external_ref_key" ON "credentials"("method", "external_ref");

-- CreateIndex
CREATE UNIQUE INDEX "staff_accounts_username_key" ON "staff_accounts"("username");

-- CreateIndex
CREATE UNIQUE INDEX "logistics_centres_chain_id_name_key" ON "logistics_centres"("chain_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "stores_code_key" ON "stores"("code");

-- CreateIndex
CREATE INDEX "stores_chain_id_county_town_idx" ON "stores"("chain_id", "county", "town");

-- CreateIndex
CREATE UNIQUE INDEX "pharmacies_code_key" ON "pharmacies"("code");

-- CreateIndex
CREATE UNIQUE INDEX "rounds_name_key" ON "rounds"("name");

-- CreateIndex
CREATE INDEX "rounds_order_opens_at_idx" ON "rounds"("order_opens_at");

-- CreateIndex
CREATE UNIQUE INDEX "orders_pickup_code_hash_key" ON "orders"("pickup_code_hash");

-- CreateIndex
CREATE INDEX "orders_round_id_store_id_status_idx" ON "orders"("round_id", "store_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "orders_person_id_round_id_key" ON "orders"("person_id", "round_id");

-- CreateIndex
CREATE UNIQUE INDEX "orders_person_id_idempotency_key_key" ON "orders"("person_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "order_status_events_order_id_at_idx" ON "order_status_events"("order_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "draws_round_id_store_id_key" ON "draws"("round_id", "store_id");

-- CreateIndex
CREATE UNIQUE INDEX "draw_entries_draw_id_rank_key" ON "draw_entries"("draw_id", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "payments_virtual_account_key" ON "payments"("virtual_account");

-- CreateIndex
CREATE UNIQUE INDEX "payments_gateway_ref_key" ON "payments"("gateway_ref");

-- CreateIndex
CREATE INDEX "payments_order_id_idx" ON "payments"("order_id");

-- CreateIndex
CREATE UNIQUE INDEX "pickups_order_id_key" ON "pickups"("order_id");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_entries_order_id_key" ON "ledger_entries"("order_id");

-- CreateIndex
CREATE INDEX "ledger_entries_person_id_effective_day_idx" ON "ledger_entries"("person_id", "effective_day");

-- CreateIndex
CREATE UNIQUE INDEX "notices_dedupe_key_key" ON "notices"("dedupe_key");

-- CreateIndex
CREATE UNIQUE INDEX "notices_check_code_key" ON "notices"("check_code");

-- CreateIndex
CREATE INDEX "notices_status_next_attempt_at_idx" ON "notices"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "audit_logs_at_idx" ON "audit_logs"("at");

-- CreateIndex
CREATE INDEX "audit_logs_actor_staff_id_at_idx" ON "audit_logs"("actor_staff_id", "at");

-- AddForeignKey
ALTER TABLE "nhi_cards" ADD CONSTRAINT "nhi_cards_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_accounts" ADD CONSTRAINT "staff_accounts_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "logistics_centres" ADD CONSTRAINT "logistics_centres_chain_id_fkey" FOREIGN KEY ("chain_id") REFERENCES "chains"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stores" ADD CONSTRAINT "stores_chain_id_fkey" FOREIGN KEY ("chain_id") REFERENCES "chains"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stores" ADD CONSTRAINT "stores_logistics_centre_id_fkey" FOREIGN KEY ("logistics_centre_id") REFERENCES "logistics_centres"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "store_supplies" ADD CONSTRAINT "store_supplies_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "store_supplies" ADD CONSTRAINT "store_supplies_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_status_events" ADD CONSTRAINT "order_status_events_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draws" ADD CONSTRAINT "draws_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draws" ADD CONSTRAINT "draws_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draw_entries" ADD CONSTRAINT "draw_entries_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draw_entries" ADD CONSTRAINT "draw_entries_draw_id_fkey" FOREIGN KEY ("draw_id") REFERENCES "draws"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pickups" ADD CONSTRAINT "pickups_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pickups" ADD CONSTRAINT "pickups_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pickups" ADD CONSTRAINT "pickups_clerk_id_fkey" FOREIGN KEY ("clerk_id") REFERENCES "staff_accounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_pharmacy_id_fkey" FOREIGN KEY ("pharmacy_id") REFERENCES "pharmacies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notices" ADD CONSTRAINT "notices_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notices" ADD CONSTRAINT "notices_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_staff_id_fkey" FOREIGN KEY ("actor_staff_id") REFERENCES "staff_accounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─────────────────────────────────────────────────────────────────────────────
-- Written by hand: constraints Prisma's schema language cannot express.
-- Kept in the same migration as the tables they guard (docs/decisions.md).
-- ─────────────────────────────────────────────────────────────────────────────

-- I2: ID numbers are stored normalised (trimmed, upper case) in one of the three published forms,
-- and the kind agrees with the second character. The check digit is verified by lib/rules.
ALTER TABLE "people" ADD CONSTRAINT "people_id_number_format"
  CHECK ("id_number" ~ '^[A-Z][1289A-D][0-9]{8}$');
ALTER TABLE "people" ADD CONSTRAINT "people_id_kind_matches_number" CHECK (
  ("id_kind" = 'NATIONAL' AND substr("id_number", 2, 1) IN ('1', '2')) OR
  ("id_kind" = 'RESIDENT' AND substr("id_number", 2, 1) IN ('8', '9')) OR
  ("id_kind" = 'RESIDENT_LEGACY' AND substr("id_number", 2, 1) IN ('A', 'B', 'C', 'D')));
-- I3: the household number is for nationals, the resident certificate for residents.
ALTER TABLE "people" ADD CONSTRAINT "people_household_number_nationals_only"
  CHECK ("household_number" IS NULL OR "id_kind" = 'NATIONAL');
ALTER TABLE "people" ADD CONSTRAINT "people_resident_cert_residents_only"
  CHECK ("id_kind" <> 'NATIONAL' OR ("resident_cert_serial" IS NULL AND "resident_cert_issued_on" IS NULL));

-- I2: the NHI card number is the 12 digits on the card's front.
ALTER TABLE "nhi_cards" ADD CONSTRAINT "nhi_cards_card_number_format" CHECK ("card_number" ~ '^[0-9]{12}$');

-- I3: three wrong passwords suspend; three suspensions cancel.
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_counters_in_range"
  CHECK ("failed_attempts" >= 0 AND "suspensions" BETWEEN 0 AND 3);

ALTER TABLE "staff_accounts" ADD CONSTRAINT "staff_accounts_clerk_has_store"
  CHECK (("role" = 'CLERK') = ("store_id" IS NOT NULL));

ALTER TABLE "store_supplies" ADD CONSTRAINT "store_supplies_packs_non_negative" CHECK ("packs" >= 0);

-- R1, O4: a round's money is non-negative integers and its calendar runs in order.
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_offer_valid" CHECK (
  "masks_per_order" > 0 AND "unit_price" >= 0 AND "fee" >= 0 AND "adult_age" BETWEEN 0 AND 150);
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_calendar_in_order" CHECK (
  ("order_opens_at" AT TIME ZONE 'Asia/Taipei')::date <= "order_closes_on" AND
  "order_closes_on" < "results_on" AND
  "results_on" <= "payment_deadline" AND
  "payment_deadline" < "pickup_start" AND
  "pickup_start" <= "pickup_end");
-- R2: the seed can only be revealed against a published commitment (sha256, hex).
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_draw_commitment_format"
  CHECK ("draw_commitment" IS NULL OR "draw_commitment" ~ '^[0-9a-f]{64}$');
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_seed_needs_commitment"
  CHECK ("draw_seed" IS NULL OR "draw_commitment" IS NOT NULL);

-- O3, O4: an order is one pack, priced as goods + its own fee.
ALTER TABLE "orders" ADD CONSTRAINT "orders_price_consistent" CHECK (
  "masks" > 0 AND "unit_price" >= 0 AND "fee" >= 0 AND "total" = "masks" * "unit_price" + "fee");

-- R2: a draw exists only where orders exceed supply.
ALTER TABLE "draws" ADD CONSTRAINT "draws_only_when_oversubscribed" CHECK ("supply" >= 0 AND "demand" > "supply");
ALTER TABLE "draw_entries" ADD CONSTRAINT "draw_entries_rank_positive" CHECK ("rank" >= 1);
ALTER TABLE "draw_entries" ADD CONSTRAINT "draw_entries_ticket_format" CHECK ("ticket" ~ '^[0-9a-f]{64}$');

-- R3: money is positive; a payment is paid exactly when it succeeded; at most one success per order.
ALTER TABLE "payments" ADD CONSTRAINT "payments_amount_positive" CHECK ("amount" > 0);
ALTER TABLE "payments" ADD CONSTRAINT "payments_paid_at_iff_succeeded"
  CHECK (("status" = 'SUCCEEDED') = ("paid_at" IS NOT NULL));
CREATE UNIQUE INDEX "payments_one_success_per_order" ON "payments" ("order_id") WHERE "status" = 'SUCCEEDED';

-- R4: least data: only the last 4 characters of the document shown.
ALTER TABLE "pickups" ADD CONSTRAINT "pickups_document_last4_format" CHECK ("document_last4" ~ '^[0-9A-Z]{4}$');

-- S1–S6: one ledger. An online entry names its order, a pharmacy entry its pharmacy.
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_source" CHECK (
  ("channel" = 'ONLINE' AND "order_id" IS NOT NULL AND "pharmacy_id" IS NULL) OR
  ("channel" = 'PHARMACY' AND "pharmacy_id" IS NOT NULL AND "order_id" IS NULL));
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_masks_positive" CHECK ("masks" > 0);
-- S1: no two purchases of one person less than 7 days apart, whatever the channel, enforced by the
-- database itself so concurrent sales (pharmacy + online, two pharmacies) cannot both be recorded:
-- [day, day+7) ranges of one person may not overlap.
CREATE EXTENSION IF NOT EXISTS "btree_gist";
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_one_purchase_per_7_days"
  EXCLUDE USING gist ("person_id" WITH =, daterange("effective_day", "effective_day" + 7) WITH &&);

ALTER TABLE "notices" ADD CONSTRAINT "notices_attempts_non_negative" CHECK ("attempts" >= 0);
ALTER TABLE "notices" ADD CONSTRAINT "notices_sent_at_iff_sent" CHECK (("status" = 'SENT') = ("sent_at" IS NOT NULL));

-- Audit log is append-only: rows can be added, never changed or removed.
CREATE FUNCTION "audit_logs_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_logs is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "audit_logs_no_update_or_delete" BEFORE UPDATE OR DELETE ON "audit_logs"
  FOR EACH ROW EXECUTE FUNCTION "audit_logs_append_only"();
