-- D173: the draw decides, the order keeps what people and jobs do. The draw writes one draw entry per
-- order it decides (selected or not) and nothing else per order; while an order's own status is still
-- PLACED, its entry says whether it is SELECTED or NOT_SELECTED (lib/orders/order-state.ts).

-- Payment codes are given at placement, by the database, so the draw need not write to orders: 14
-- digits from two independent 7-digit halves of 48 strong random bits each (the same shape as before;
-- gen_random_uuid() draws from pg_strong_random and its first 12 hex digits are random). Pages and
-- notices show the code only once the order is selected.
CREATE FUNCTION emask_payment_code() RETURNS varchar LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT lpad(((('x' || left(replace(gen_random_uuid()::text, '-', ''), 12))::bit(48)::bigint) % 10000000)::text, 7, '0')
      || lpad(((('x' || left(replace(gen_random_uuid()::text, '-', ''), 12))::bit(48)::bigint) % 10000000)::text, 7, '0')
$$;
ALTER TABLE "orders" ALTER COLUMN "payment_code" SET DEFAULT emask_payment_code();
-- Orders still waiting for a draw get theirs now (drawn ones kept the code the draw gave them).
UPDATE "orders" SET "payment_code" = emask_payment_code() WHERE "payment_code" IS NULL AND "status" = 'PLACED';

-- An entry for a store with enough supply has no draw, ticket or rank, and is selected.
ALTER TABLE "draw_entries" ALTER COLUMN "draw_id" DROP NOT NULL,
ALTER COLUMN "ticket" DROP NOT NULL,
ALTER COLUMN "rank" DROP NOT NULL;
ALTER TABLE "draw_entries" ADD CONSTRAINT "draw_entries_drawn_or_enough" CHECK (
  ("draw_id" IS NOT NULL AND "ticket" IS NOT NULL AND "rank" IS NOT NULL)
  OR ("draw_id" IS NULL AND "ticket" IS NULL AND "rank" IS NULL AND "selected"));

-- The same format as before, checked without a regular expression (which cost 13 µs an entry).
ALTER TABLE "draw_entries" DROP CONSTRAINT "draw_entries_ticket_format";
ALTER TABLE "draw_entries" ADD CONSTRAINT "draw_entries_ticket_format" CHECK ("ticket" = lower("ticket") AND octet_length(decode("ticket", 'hex')) = 32);

-- No foreign key from an entry to its order: the draw inserts entries from the orders it reads, in
-- the same statement, and orders are never deleted. The key's per-row check locked every order row
-- (FOR KEY SHARE) and was 40 % of the draw's time. Prisma's schema keeps the relation for queries;
-- `prisma migrate dev` would propose to add the key back — do not accept that (see D170, D173).
ALTER TABLE "draw_entries" DROP CONSTRAINT "draw_entries_order_id_fkey";

-- Rounds drawn before: the orders of stores with enough supply had a status event but no entry.
-- Give them their entry, so that "took part in the draw" is "has an entry" for every round.
INSERT INTO "draw_entries" ("order_id", "selected")
SELECT ev."order_id", true FROM "order_status_events" ev
WHERE ev."actor" = 'job:draw' AND ev."to_status" = 'SELECTED'
  AND NOT EXISTS (SELECT 1 FROM "draw_entries" de WHERE de."order_id" = ev."order_id");
